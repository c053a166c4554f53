/**
 * Issue 17, point 3: long names break only between words (Vietnamese words of one or more syllables, written
 * out below by hand), take at most two lines, and every rule is sized from the text as it wraps: ⅓–½ of the
 * agency name and of the trích yếu, the motto's as long as the motto (decree30.md §2.2).
 */
import { Line, Rendered, RenderedPage } from "../support/render";
import { renderNew } from "./draftCli";
import { A4_PT, CONTENT_LEFT, MARGINS_PT, centreX } from "./geometry";
import { lengthOf, ruleUnder, vectorPage } from "./vector";

const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** Names split into their words: a line may only end between two of these. */
const CASES: Array<{ parent: string[]; issuer: string[]; abbreviation: string; maxLines?: number }> = [
  { parent: ["UBND", "TỈNH", "TÂY NINH"], issuer: ["SỞ", "NÔNG NGHIỆP", "VÀ", "MÔI TRƯỜNG"], abbreviation: "SNNMT" },
  {
    parent: ["ỦY BAN NHÂN DÂN", "TỈNH", "TÂY NINH"],
    issuer: ["BAN", "QUẢN LÝ", "DỰ ÁN", "ĐẦU TƯ", "XÂY DỰNG", "TỈNH"],
    abbreviation: "BQLDA",
  },
  {
    parent: ["SỞ", "GIÁO DỤC", "VÀ", "ĐÀO TẠO"],
    issuer: ["TRƯỜNG", "TRUNG HỌC", "PHỔ THÔNG", "CHU VĂN AN"],
    abbreviation: "THPTCVA",
  },
  {
    parent: [],
    issuer: ["VĂN PHÒNG", "ĐOÀN", "ĐẠI BIỂU", "QUỐC HỘI", "VÀ", "HỘI ĐỒNG NHÂN DÂN", "TỈNH"],
    abbreviation: "VPĐĐBQH",
    // Too long for two lines even at 12 pt across 1.75 cm of margin: three, said to the clerk (below).
    maxLines: 3,
  },
];

function render(parent: string[], issuer: string[], abbreviation: string, subject?: string, name = abbreviation) {
  const profile = {
    parentAgency: parent.join(" "),
    issuingAgency: issuer.join(" "),
    issuerAbbreviation: abbreviation,
    place: "Tây Ninh",
    signerTitle: "GIÁM ĐỐC",
    signerName: "Nguyễn Văn An",
  };
  const args = ["--kind", "bao-cao", "--number", "7", ...(subject ? ["--subject", subject] : [])];
  return renderNew(profile, args, `wrap-${name}`);
}

/** The header's left-column lines above "Số:", top to bottom. */
function agencyLines(page: RenderedPage): Line[] {
  const title = page.lines.find((l) => l.text === NATIONAL_TITLE)!;
  const number = page.lines.find((l) => l.text.startsWith("Số:"))!;
  return page.lines.filter((l) => l.xMax < title.xMin && l.yMax < number.yMin).sort((a, b) => a.yMin - b.yMin);
}

describe.each(CASES)("$abbreviation", ({ parent, issuer, abbreviation, maxLines = 2 }) => {
  let rendered: Rendered;
  let lines: Line[];
  beforeAll(() => {
    rendered = render(parent, issuer, abbreviation);
    lines = agencyLines(rendered.pages[0]);
  });

  test("lines break between words only, parent first, the issuer in at most two lines when it can", () => {
    const words = [...parent, ...issuer];
    const boundaries = new Set<number>();
    let count = 0;
    for (const w of words) boundaries.add((count += w.split(" ").length));
    let seen = 0;
    for (const line of lines) {
      seen += line.words.length;
      expect({ line: line.text, betweenWords: boundaries.has(seen) }).toEqual({ line: line.text, betweenWords: true });
    }
    expect(lines.map((l) => l.text).join(" ")).toBe(words.join(" "));
    const parentSyllables = parent.join(" ").split(" ").filter(Boolean).length;
    let parentLines = 0;
    for (let n = 0; n < parentSyllables; parentLines++) n += lines[parentLines].words.length;
    expect(lines.length - parentLines).toBeLessThanOrEqual(maxLines);
  });

  test("the rule under the name is ⅓–½ of its widest line, centred under it", () => {
    const page = vectorPage(rendered.pdfPath);
    const parentSyllables = parent.join(" ").split(" ").filter(Boolean).length;
    let n = 0;
    const issuerLines = lines.filter((l) => {
      const isIssuer = n >= parentSyllables;
      n += l.words.length;
      return isIssuer;
    });
    const widest = Math.max(...issuerLines.map((l) => l.xMax - l.xMin));
    const rule = ruleUnder(page, issuerLines[issuerLines.length - 1]);
    expect(lengthOf(rule) / widest).toBeGreaterThanOrEqual(1 / 3);
    expect(lengthOf(rule) / widest).toBeLessThanOrEqual(1 / 2);
    expect(Math.abs((rule.x1 + rule.x2) / 2 - centreX(issuerLines[0]))).toBeLessThan(2);
  });

  test("the national title stays on one line and the motto's rule is as long as the motto", () => {
    const page = rendered.pages[0];
    expect(page.lines.filter((l) => l.text === NATIONAL_TITLE)).toHaveLength(1);
    const motto = page.lines.find((l) => l.text === MOTTO)!;
    const rule = ruleUnder(vectorPage(rendered.pdfPath), motto);
    expect(Math.abs(lengthOf(rule) / (motto.xMax - motto.xMin) - 1)).toBeLessThan(0.03);
  });

  test("nothing leaves the page, and no more than 1.75 cm of the left margin is used", () => {
    const left = Math.min(...rendered.pages[0].lines.map((l) => l.xMin));
    expect(left).toBeGreaterThanOrEqual(CONTENT_LEFT - (1.75 * 72) / 2.54 - 0.5);
    expect(Math.max(...rendered.pages[0].lines.map((l) => l.xMax))).toBeLessThanOrEqual(
      A4_PT.width - MARGINS_PT.right + 0.5,
    );
  });
});

test("a name that needs more room says so, and where the room came from", () => {
  const [, , , long] = CASES;
  const { stderr } = render(long.parent, long.issuer, long.abbreviation);
  expect(stderr).toMatch(/Lưu ý \/ note: Tên cơ quan vẫn phải xuống hơn hai dòng/);
  const school = CASES[2];
  expect(render(school.parent, school.issuer, school.abbreviation).stderr).toMatch(
    /Lưu ý \/ note: Tên cơ quan dài: .*(nới rộng thêm [\d,]+ cm|cỡ chữ 12)/,
  );
  expect(render(["UBND", "TỈNH", "TÂY NINH"], ["THANH TRA", "TỈNH"], "TTr").stderr).not.toMatch(/Tên cơ quan/);
});

describe("the trích yếu's rule", () => {
  test.each([
    ["one line", "Kết quả thực hiện nhiệm vụ quý II năm 2026"],
    [
      "several lines",
      "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh sáu tháng đầu năm và phương hướng sáu tháng cuối năm 2026",
    ],
  ])("%s: ⅓–½ of the widest line as it wraps", (label, subject) => {
    const rendered = render(["UBND", "TỈNH", "TÂY NINH"], ["THANH TRA", "TỈNH"], "TTr", subject, `subject-${label}`);
    const page = rendered.pages[0];
    const type = page.lines.find((l) => l.text === "BÁO CÁO")!;
    const body = page.lines.find((l) => l.text.startsWith("Thực hiện"))!;
    // Line boxes are 1.3 em tall, so neighbours overlap a little: compare tops.
    const subjectLines = page.lines
      .filter((l) => l.yMin > type.yMin + 5 && l.yMin < body.yMin - 5)
      .sort((a, b) => a.yMin - b.yMin);
    expect(subjectLines.map((l) => l.text).join(" ")).toBe(subject);
    const widest = Math.max(...subjectLines.map((l) => l.xMax - l.xMin));
    const rule = ruleUnder(vectorPage(rendered.pdfPath), subjectLines[subjectLines.length - 1]);
    expect(lengthOf(rule) / widest).toBeGreaterThanOrEqual(1 / 3);
    expect(lengthOf(rule) / widest).toBeLessThanOrEqual(1 / 2);
  });
});
