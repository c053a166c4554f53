/**
 * Issue 17, points 4, 6 and 7: "Kính gửi:" for a báo cáo to a superior and a công văn to several recipients
 * (decree30.md §2.2, §2.6), the follow-up item of a thông báo kết luận numbered by the clerk, and a công văn whose
 * profile lacks the drafting unit.
 */
import { Line, Rendered } from "../support/render";
import { allLines, renderNew } from "./draftCli";
import { CONTENT_CENTRE, centreX } from "./geometry";
import { BLACK, coloursOf, isGrey, vectorPage } from "./vector";
import { textWidthPt } from "../../src/core/templates";

const profile = {
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "SỞ TÀI CHÍNH",
  issuerAbbreviation: "STC",
  unitAbbreviation: "VP",
  place: "Tây Ninh",
  signerTitle: "GIÁM ĐỐC",
  signerName: "Nguyễn Văn An",
  recipients: ["Lãnh đạo Sở"],
  archive: "VT, VP",
};

const one = (rendered: Rendered, test: (l: Line) => boolean): Line => {
  const found = allLines(rendered).filter(test);
  if (found.length !== 1)
    throw new Error(
      `${found.length} lines:\n${allLines(rendered)
        .map((l) => l.text)
        .join("\n")}`,
    );
  return found[0];
};
const starting = (rendered: Rendered, start: string) => one(rendered, (l) => l.text.startsWith(start));

describe("báo cáo to a superior (point 4)", () => {
  let rendered: Rendered;
  beforeAll(() => {
    rendered = renderNew(profile, ["--kind", "bao-cao", "--to", "Ủy ban nhân dân tỉnh Tây Ninh"], "kinh-gui-bao-cao");
  });

  test("'Kính gửi:' and the recipient on one line, centred, between the title and the body", () => {
    const line = starting(rendered, "Kính gửi:");
    expect(line.text).toBe("Kính gửi: Ủy ban nhân dân tỉnh Tây Ninh");
    expect(Math.abs(centreX(line) - CONTENT_CENTRE)).toBeLessThan(3);
    expect(line.yMin).toBeGreaterThan(starting(rendered, "BÁO CÁO").yMax);
    expect(line.yMax).toBeLessThan(starting(rendered, "Thực hiện").yMin);
  });

  test("Nơi nhận starts with '- Như trên;'", () => {
    const label = starting(rendered, "Nơi nhận:");
    const first = allLines(rendered)
      .filter((l) => l.xMax < CONTENT_CENTRE && l.yMin > label.yMin + 5)
      .sort((a, b) => a.yMin - b.yMin)[0];
    expect(first.text).toBe("- Như trên;");
  });

  test("without a recipient a báo cáo has neither", () => {
    const plain = renderNew(profile, ["--kind", "bao-cao"], "kinh-gui-none");
    expect(allLines(plain).some((l) => l.text.startsWith("Kính gửi"))).toBe(false);
    expect(allLines(plain).some((l) => l.text.includes("Như trên"))).toBe(false);
  });
});

describe("công văn to several recipients (point 4)", () => {
  const to = ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường"];
  let rendered: Rendered;
  beforeAll(() => {
    rendered = renderNew(
      profile,
      ["--kind", "cong-van", "--subject", "góp ý dự thảo kế hoạch", ...to.flatMap((t) => ["--to", t])],
      "kinh-gui-cong-van",
    );
  });

  test("each recipient on its own line '- …;', the last '- ….', dashes aligned under the colon", () => {
    const label = starting(rendered, "Kính gửi");
    expect(label.text).toBe("Kính gửi:");
    const items = to.map((t, i) => one(rendered, (l) => l.text === `- ${t}${i === to.length - 1 ? "." : ";"}`));
    const colonX = label.xMax - textWidthPt(":", 14);
    for (const item of items) {
      expect(item.yMin).toBeGreaterThan(label.yMin);
      expect(Math.abs(item.xMin - colonX)).toBeLessThan(1.5);
    }
    for (let i = 1; i < items.length; i++) expect(items[i].yMin).toBeGreaterThan(items[i - 1].yMin);
    // The block as a whole sits in the middle of the page.
    const right = Math.max(...items.map((l) => l.xMax));
    expect(Math.abs((label.xMin + right) / 2 - CONTENT_CENTRE)).toBeLessThan(4);
  });

  test("Nơi nhận starts with '- Như trên;'", () => {
    expect(allLines(rendered).some((l) => l.text === "- Như trên;")).toBe(true);
  });
});

test("thông báo kết luận: the follow-up item's number is left to the clerk, grey (point 6)", () => {
  const rendered = renderNew(
    { ...profile, parentAgency: "UBND TỈNH LÀO CAI", issuingAgency: "VĂN PHÒNG", issuerAbbreviation: "VP" },
    ["--kind", "thong-bao-ket-luan"],
    "tbkl-number",
  );
  const item = one(rendered, (l) => l.text.endsWith("Văn phòng Ủy ban nhân dân tỉnh") && l.text.length < 60);
  const page = rendered.pages.findIndex((p) => p.lines.includes(item)) + 1;
  const vector = vectorPage(rendered.pdfPath, page);
  expect(item.text).not.toMatch(/^2\./);
  expect(coloursOf(vector, item.words[0]).some(isGrey)).toBe(true);
  expect(coloursOf(vector, item.words[item.words.length - 1])).toEqual([BLACK]);
});

describe("công văn from a profile without the drafting unit (point 7)", () => {
  test("the CLI warns and the ký hiệu shows a grey gap for the unit, not a bare 'Số: 07/TTr'", () => {
    const rendered = renderNew(
      { ...profile, unitAbbreviation: "" },
      ["--kind", "cong-van", "--number", "7", "--subject", "góp ý"],
      "cong-van-no-unit",
    );
    expect(rendered.stderr).toMatch(/Lưu ý \/ note: Hồ sơ chưa có chữ viết tắt đơn vị soạn thảo/);
    const number = starting(rendered, "Số:");
    expect(number.text).toBe("Số: 07/STC-[đơn vị soạn thảo]");
    const vector = vectorPage(rendered.pdfPath);
    expect(coloursOf(vector, number.words[number.words.length - 1]).every(isGrey)).toBe(true);
  });

  test("with the unit: no warning, 'Số: 07/STC-VP'", () => {
    const rendered = renderNew(profile, ["--kind", "cong-van", "--number", "7", "--subject", "góp ý"], "cong-van-unit");
    expect(rendered.stderr).not.toMatch(/đơn vị soạn thảo/);
    expect(starting(rendered, "Số:").text).toBe("Số: 07/STC-VP");
  });
});
