/**
 * The seed reproduced: Thanh tra tỉnh Tây Ninh's "Kết luận cuộc họp giao ban tháng 11/2020", drafted from its
 * profile and rendered. Expected lines are read from the seed document (test/fixtures/seed), not from the code.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { draftDocument } from "../../src/core/templates";
import { normalizeProfile } from "../../src/core/profile";
import { writeDocx } from "../../src/ooxml";
import { Line, renderDocx, Rendered } from "../support/render";
import { CONTENT_CENTRE, centreX } from "./geometry";

const seedLines = readFileSync(
  join(__dirname, "..", "fixtures", "seed", "ket-luan-giao-ban-thanh-tra-tay-ninh-2020-11.plain.txt"),
  "utf8",
)
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l !== "");

const squash = (s: string) => s.replace(/\s+/g, "");
const at = (needle: string) => seedLines.findIndex((l) => l === needle);

// From the seed: the header lines it kept, the title pair, the numbered section headings, the Nơi nhận block.
const seedNumber = seedLines.find((l) => l.startsWith("Số:"))!;
const seedDate = seedLines.find((l) => l.startsWith("Tây Ninh, ngày"))!;
const seedTitle = seedLines.slice(at("KẾT LUẬN"), at("KẾT LUẬN") + 2);
const seedHeadings = seedLines.filter((l) => /^\d\. /.test(l));
// Decree 30 ô 12 writes the drafter's mark in capitals (issue 17): the seed's "(M.An)" is drafted "(M.AN)".
const seedRecipients = seedLines
  .slice(at("Nơi nhận:"), at("CHÁNH THANH TRA"))
  .map((line) => (/^\(.*\)$/.test(line) ? line.toLocaleUpperCase("vi") : line));
const seedSigner = seedLines[at("CHÁNH THANH TRA")];

const profile = normalizeProfile({
  name: "Thanh tra tỉnh Tây Ninh",
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  place: "Tây Ninh",
  signerTitle: "CHÁNH THANH TRA",
  signerName: "Nguyễn Văn An",
  recipients: ["LĐ Thanh tra tỉnh", "Tất cả CC"],
  archive: "VT, HS",
  drafterInitials: "M.An",
});

let rendered: Rendered;
let lines: Line[];
beforeAll(() => {
  // The seed is a draft: its number is blank ("Số: /KL-TTr").
  const model = draftDocument({
    kind: "ket-luan-giao-ban",
    profile,
    date: { year: 2020, month: 11, day: 10 },
    number: null,
  });
  rendered = renderDocx(writeDocx(model), "seed-ket-luan-giao-ban");
  lines = joinBlankGaps(rendered.pages.flatMap((p) => p.lines));
});

/**
 * pdftotext splits a line at a wide blank, as in a draft's "Số:      /KL-TTr"; join neighbours on the same
 * baseline less than 60 pt apart so the line compares with the seed's as a reader sees it.
 */
function joinBlankGaps(input: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of input) {
    const prev = out[out.length - 1];
    if (prev && Math.abs(prev.yMax - line.yMax) < 1 && line.xMin > prev.xMax && line.xMin - prev.xMax < 60) {
      out[out.length - 1] = {
        ...prev,
        text: `${prev.text} ${line.text}`,
        words: [...prev.words, ...line.words],
        xMax: line.xMax,
      };
    } else out.push(line);
  }
  return out;
}

/** The rendered line equal to a seed line, ignoring spacing (the draft's blank number is several spaces). */
function rendered1(seedLine: string): Line {
  const found = lines.filter((l) => squash(l.text) === squash(seedLine));
  if (found.length !== 1)
    throw new Error(`"${seedLine}": ${found.length} rendered lines:\n${lines.map((l) => l.text).join("\n")}`);
  return found[0];
}

test("the seed fixture has what this test reads", () => {
  expect(seedTitle).toHaveLength(2);
  expect(seedHeadings).toHaveLength(3);
  expect(seedRecipients.length).toBeGreaterThanOrEqual(4);
});

test("header lines as in the seed, with the agency lines from the profile", () => {
  const parent = rendered1("UBND TỈNH TÂY NINH");
  const issuing = rendered1("THANH TRA TỈNH");
  const number = rendered1(seedNumber);
  const date = rendered1(seedDate);
  expect(issuing.yMin).toBeGreaterThan(parent.yMin);
  expect(number.yMin).toBeGreaterThan(issuing.yMax);
  expect(Math.abs(number.yMax - date.yMax)).toBeLessThan(2.5);
  expect(rendered.pages[0].lines.some((l) => l.text === "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBe(true);
});

test("title: 'KẾT LUẬN' over 'Cuộc họp giao ban tháng 11/2020', centred", () => {
  const [type, subject] = seedTitle.map(rendered1);
  expect(subject.yMin).toBeGreaterThan(type.yMin);
  expect(Math.abs(centreX(type) - CONTENT_CENTRE)).toBeLessThan(3);
  expect(Math.abs(centreX(subject) - CONTENT_CENTRE)).toBeLessThan(3);
});

test("the three section headings of the seed, in order", () => {
  const found = seedHeadings.map(rendered1);
  for (let i = 1; i < found.length; i++) expect(found[i].yMin).toBeGreaterThan(found[i - 1].yMax);
});

test("the Nơi nhận block line by line, then the signer's title level with 'Nơi nhận:'", () => {
  const found = seedRecipients.map(rendered1);
  for (let i = 1; i < found.length; i++) {
    expect(found[i].yMin).toBeGreaterThan(found[i - 1].yMin);
    expect(Math.abs(found[i].xMin - found[0].xMin)).toBeLessThan(1); // flush left
  }
  const signer = rendered1(seedSigner);
  expect(Math.abs(signer.yMax - found[0].yMax)).toBeLessThan(2);
  expect(signer.xMin).toBeGreaterThan(CONTENT_CENTRE);
});

test("one page, like the seed's first page", () => {
  expect(rendered.pages).toHaveLength(1);
});
