/**
 * The blocks' typography as data, checked against Decree 30's table (decree30.md §2.2): what the writer
 * turns into Word formatting, before any rendering.
 */
import { Block, Paragraph, Table, TaggedBlock, TextRun } from "../model";
import { EMPTY_PROFILE } from "../profile";
import { buildBlock } from "./draft";
import { headerBlock } from "./header";
import { textWidthPt } from "./textWidth";

const paragraphs = (blocks: Block[]): Paragraph[] =>
  blocks.flatMap((b) =>
    b.kind === "paragraph"
      ? [b]
      : b.kind === "table"
        ? b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphs(c.blocks)))
        : [],
  );
const firstRun = (p: Paragraph) => p.runs.find((r): r is TextRun => r.kind === "text" && r.text.trim() !== "");
const byText = (block: TaggedBlock, text: string | RegExp): Paragraph => {
  const found = paragraphs(block.blocks).find((p) => {
    const t = p.runs.map((r) => (r.kind === "text" ? r.text : "")).join("");
    return typeof text === "string" ? t === text : text.test(t);
  });
  if (!found) throw new Error(`no paragraph ${String(text)}`);
  return found;
};
const styleOf = (block: TaggedBlock, text: string | RegExp) => {
  const p = byText(block, text);
  const style = firstRun(p)?.style ?? {};
  return { sizePt: style.sizePt, bold: style.bold === true, italic: style.italic === true, align: p.align };
};

const profile = {
  ...EMPTY_PROFILE,
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  place: "Tây Ninh",
  signerTitle: "CHÁNH THANH TRA",
  signerName: "Nguyễn Văn A",
  recipients: ["LĐ Thanh tra tỉnh"],
  archive: "VT, HS",
};
const header = headerBlock({ profile, typeAbbreviation: "KL", number: 5, date: { year: 2021, month: 1, day: 5 } });

describe("header (ô 1–4)", () => {
  const table = header.blocks[0] as Table;

  it("is a borderless two-column table: agency left, national title right, number and date on one row", () => {
    expect(table.kind).toBe("table");
    expect(table.borders ?? "none").toBe("none");
    expect(table.columnWidthsTwips).toHaveLength(2);
    const left = paragraphs(table.rows[0].cells[0].blocks).map((p) => firstRun(p)?.text);
    const right = paragraphs(table.rows[0].cells[1].blocks).map((p) => firstRun(p)?.text);
    expect(left.filter(Boolean)).toEqual(["UBND TỈNH TÂY NINH", "THANH TRA TỈNH"]);
    expect(right.filter(Boolean)).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    const lastRow = table.rows[table.rows.length - 1];
    expect(paragraphs(lastRow.cells[0].blocks).map((p) => firstRun(p)?.text)).toContain("Số: 05/KL-TTr");
    expect(paragraphs(lastRow.cells[1].blocks).map((p) => firstRun(p)?.text)).toContain(
      "Tây Ninh, ngày 05 tháng 01 năm 2021",
    );
  });

  it.each([
    ["UBND TỈNH TÂY NINH", { sizePt: 13, bold: false, align: "center" }], // chủ quản: upright, not bold
    ["THANH TRA TỈNH", { sizePt: 13, bold: true, align: "center" }],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { sizePt: 12, bold: true, align: "center" }],
    ["Độc lập - Tự do - Hạnh phúc", { sizePt: 13, bold: true, align: "center" }],
    ["Số: 05/KL-TTr", { sizePt: 13, bold: false, italic: false, align: "center" }],
    ["Tây Ninh, ngày 05 tháng 01 năm 2021", { italic: true, align: "center" }],
  ] as const)("%s", (text, expected) => {
    expect(styleOf(header, text)).toMatchObject(expected);
  });

  it("draws a rule as long as the motto under it, and one ⅓–½ as long as the agency name", () => {
    const rules = paragraphs(header.blocks).filter((p) => p.bottomRule);
    expect(rules).toHaveLength(2);
    const [leftWidth, rightWidth] = (header.blocks[0] as Table).columnWidthsTwips;
    const ruleLength = (p: Paragraph, column: number) =>
      column - 2 * 108 - (p.leftIndentTwips ?? 0) - (p.rightIndentTwips ?? 0);
    const agency = textWidthPt("THANH TRA TỈNH", 13, true) * 20;
    const motto = textWidthPt("Độc lập - Tự do - Hạnh phúc", 13, true) * 20;
    expect(ruleLength(rules[0], leftWidth) / agency).toBeGreaterThanOrEqual(1 / 3 - 0.01);
    expect(ruleLength(rules[0], leftWidth) / agency).toBeLessThanOrEqual(1 / 2 + 0.01);
    expect(Math.abs(ruleLength(rules[1], rightWidth) - motto)).toBeLessThanOrEqual(2);
  });

  it("fits the 12 pt national title on one line in its column", () => {
    const [, rightWidth] = (header.blocks[0] as Table).columnWidthsTwips;
    expect(textWidthPt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true) * 20).toBeLessThan(rightWidth - 2 * 108);
  });
});

describe("title and signature", () => {
  const options = {
    kind: "ket-luan-giao-ban" as const,
    profile,
    date: { year: 2020, month: 11, day: 10 },
    number: null,
  };

  it("sets the type name and subject bold and centred, 14 pt", () => {
    const title = buildBlock("title", options);
    expect(styleOf(title, "KẾT LUẬN")).toMatchObject({ bold: true, sizePt: 14, align: "center" });
    expect(styleOf(title, "Cuộc họp giao ban tháng 11/2020")).toMatchObject({
      bold: true,
      sizePt: 14,
      align: "center",
    });
  });

  it("sets 'Nơi nhận:' 12 pt bold italic, items 11 pt, and the signer's title and name bold", () => {
    const signature = buildBlock("signature", options);
    expect(styleOf(signature, "Nơi nhận:")).toMatchObject({ sizePt: 12, bold: true, italic: true });
    expect(styleOf(signature, /^- LĐ Thanh tra tỉnh;$/)).toMatchObject({ sizePt: 11 });
    expect(styleOf(signature, /^- Lưu: VT, HS/)).toMatchObject({ sizePt: 11 });
    expect(styleOf(signature, "CHÁNH THANH TRA")).toMatchObject({ bold: true, align: "center" });
    expect(styleOf(signature, "Nguyễn Văn A")).toMatchObject({ bold: true, align: "center" });
  });
});
