/**
 * Issue 17, point 10: the urgency and secrecy marks in the places and sizes Decree 30 (and Thông tư 24/2020/TT-BCA
 * for secrecy) give them, and appendices with their own heading, number and reference to the document.
 */
import { Line, Rendered, RenderedPage } from "../support/render";
import { renderNew, THANH_TRA_TAY_NINH } from "./draftCli";
import { CONTENT_CENTRE, PT_PER_MM, centreX } from "./geometry";
import { Segment, VectorPage, coloursOf, horizontal, isRed, vectorPage, vertical } from "./vector";

const profile = THANH_TRA_TAY_NINH;

const lineWith = (page: RenderedPage, text: string): Line => {
  const found = page.lines.filter((l) => l.text === text);
  if (found.length !== 1) throw new Error(`${found.length} × "${text}":\n${page.lines.map((l) => l.text).join("\n")}`);
  return found[0];
};

/** The red strokes around a line: the mark's frame. */
function frameAround(vector: VectorPage, line: Line): { segments: Segment[]; width: number; height: number } {
  const near = vector.segments.filter(
    (s) =>
      /^rgb\(100%,0%,0%\)$/.test(s.stroke) &&
      s.x2 > line.xMin - 80 &&
      s.x1 < line.xMax + 80 &&
      s.y2 > line.yMin - 20 &&
      s.y1 < line.yMax + 20,
  );
  const xs = near.flatMap((s) => [s.x1, s.x2]);
  const ys = near.flatMap((s) => [s.y1, s.y2]);
  return { segments: near, width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

describe.each([
  ["KHẨN", "--urgency", 20, false],
  ["THƯỢNG KHẨN", "--urgency", 40, false],
  ["HỎA TỐC", "--urgency", 30, false],
  ["MẬT", "--secrecy", 20, true],
  ["TỐI MẬT", "--secrecy", 30, true],
])("%s", (mark, flag, widthMm, double) => {
  let rendered: Rendered;
  beforeAll(() => {
    rendered = renderNew(
      profile,
      ["--kind", "cong-van", "--number", "5", "--subject", "x", flag, mark],
      `mark-${mark}`,
    );
  });

  test("under the number on the left, bold capitals in red", () => {
    const page = rendered.pages[0];
    const line = lineWith(page, mark);
    const number = page.lines.find((l) => l.text.startsWith("Số:"))!;
    expect(line.yMin).toBeGreaterThan(number.yMax);
    expect(line.xMax).toBeLessThan(CONTENT_CENTRE);
    expect(Math.abs(centreX(line) - centreX(number))).toBeLessThan(3);
    const colours = line.words.flatMap((w) => coloursOf(vectorPage(rendered.pdfPath), w));
    expect(colours.length).toBeGreaterThan(0);
    expect(colours.every(isRed)).toBe(true);
  });

  test(`in a ${double ? "double" : "single"} frame ${widthMm} × 8 mm`, () => {
    const line = lineWith(rendered.pages[0], mark);
    const frame = frameAround(vectorPage(rendered.pdfPath), line);
    expect(Math.abs(frame.width - widthMm * PT_PER_MM)).toBeLessThan(1.5);
    expect(Math.abs(frame.height - 8 * PT_PER_MM)).toBeLessThan(1.5);
    const tops = new Set(frame.segments.filter(horizontal).map((s) => s.y1.toFixed(0)));
    const sides = frame.segments.filter(vertical);
    expect(sides.length).toBeGreaterThanOrEqual(double ? 4 : 2);
    expect(tops.size).toBe(double ? 4 : 2);
  });
});

test("secrecy (ô 10a) above urgency (ô 10b) when a document has both", () => {
  const rendered = renderNew(profile, ["--kind", "bao-cao", "--urgency", "khẩn", "--secrecy", "mật"], "marks-both");
  const page = rendered.pages[0];
  expect(lineWith(page, "MẬT").yMax).toBeLessThan(lineWith(page, "KHẨN").yMin);
});

test("an unknown mark is refused with the list of marks", () => {
  expect(() => renderNew(profile, ["--urgency", "GẤP"], "mark-bad")).toThrow(/KHẨN, THƯỢNG KHẨN, HỎA TỐC/);
});

describe("appendices", () => {
  test("one appendix: 'Phụ lục' on a new page, its title, the reference to this document", () => {
    const rendered = renderNew(
      profile,
      ["--kind", "ket-luan-thanh-tra", "--number", "5", "--date", "2026-11-10", "--appendix", "Danh mục kiến nghị"],
      "appendix-one",
    );
    const last = rendered.pages[rendered.pages.length - 1];
    const lines = last.lines.filter((l) => l.text !== String(rendered.pages.length));
    expect(lines[0].text).toBe("Phụ lục");
    expect(lines[1].text).toBe("DANH MỤC KIẾN NGHỊ");
    const reference = lines
      .slice(2, 4)
      .map((l) => l.text)
      .join(" ");
    expect(reference).toContain(
      "(Kèm theo Kết luận thanh tra số 05/KL-TTr ngày 10 tháng 11 năm 2026 của Thanh tra tỉnh)",
    );
    for (const l of lines.slice(0, 2)) expect(Math.abs(centreX(l) - CONTENT_CENTRE)).toBeLessThan(3);
    // The signature is on an earlier page: the appendix starts its own.
    expect(last.lines.some((l) => l.text.startsWith("Nơi nhận"))).toBe(false);
  });

  test("several appendices: Phụ lục I, II, each on its own page; a draft's blank number is a gap", () => {
    const rendered = renderNew(
      profile,
      ["--kind", "bao-cao", "--appendix", "Biểu số liệu", "--appendix"],
      "appendix-two",
    );
    const firsts = rendered.pages.map((p) => p.lines.find((l) => !/^\d+$/.test(l.text))?.text);
    expect(firsts.filter((t) => t === "Phụ lục I")).toHaveLength(1);
    expect(firsts.filter((t) => t === "Phụ lục II")).toHaveLength(1);
    const second = rendered.pages[firsts.indexOf("Phụ lục II")];
    expect(second.lines.some((l) => l.text === "TÊN PHỤ LỤC")).toBe(true); // guidance for the title
    expect(second.lines.map((l) => l.text).join(" ")).toMatch(
      /\(Kèm theo Báo cáo số \[số\]\/BC-TTr ngày 05 tháng 6 năm 2026 của Thanh tra tỉnh\)/,
    );
  });
});
