/**
 * Every paragraph and run the pane inserts states its own formatting, so the clerk's Normal cannot reach it
 * (issue 13, point 1). The rendering proof is test/render/inserted.test.ts; this is the fast structural check.
 */
import { EMPTY_PROFILE, AgencyProfile } from "../core/profile";
import { DRAFT_KINDS, buildDraft, pageNumberBlock, taskTableBlock } from "../core/templates";
import { contentOnlyPackage, flatPackageParts, insertablePackage, insertablePackageOf } from ".";

const profile: AgencyProfile = {
  ...EMPTY_PROFILE,
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  place: "Tây Ninh",
  signerTitle: "CHÁNH THANH TRA",
  signerName: "Nguyễn Văn A",
};
const date = { year: 2026, month: 6, day: 5 };

const documentOf = (pkg: string) => flatPackageParts(pkg).get("/word/document.xml") ?? "";
const paragraphs = (xml: string) => xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
const runs = (xml: string) => xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];

/** What a paragraph or run leaves to the destination's styles. */
function missing(xml: string): string[] {
  const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? "";
  const wanted: Array<[string, RegExp]> = [
    ["spacing before", /<w:spacing [^>]*w:before=/],
    ["spacing after", /<w:spacing [^>]*w:after=/],
    ["line", /<w:spacing [^>]*w:line=/],
    ["left indent", /<w:ind [^>]*w:left=/],
    ["right indent", /<w:ind [^>]*w:right=/],
    ["first line", /<w:ind [^>]*w:firstLine=/],
    ["alignment", /<w:jc /],
    ["mark font", /<w:rPr><w:rFonts w:ascii="Times New Roman"/],
    ["mark size", /<w:sz w:val=/],
  ];
  const out = wanted.filter(([, re]) => !re.test(pPr)).map(([name]) => name);
  for (const run of runs(xml)) {
    if (!/<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/.test(run)) out.push("run font");
    if (!/<w:sz w:val="\d+"\/><w:szCs w:val="\d+"\/>/.test(run)) out.push("run size");
  }
  return out;
}

describe.each(DRAFT_KINDS.map((k) => k.id))("%s: the pane's whole-draft package", (kind) => {
  const xml = documentOf(insertablePackageOf(buildDraft({ kind, profile, date, number: null })));

  test("states font, size, alignment, indents and spacing on every paragraph and run", () => {
    const gaps = paragraphs(xml)
      .map((p) => ({ p: p.slice(0, 160), gaps: missing(p) }))
      .filter((p) => p.gaps.length > 0);
    expect(paragraphs(xml).length).toBeGreaterThan(10);
    expect(gaps).toEqual([]);
  });

  test("names no paragraph style (the destination's definition would win)", () => {
    expect(xml).not.toMatch(/<w:pStyle|<w:rStyle|<w:tblStyle/);
  });
});

test("the profile's 13 pt body reaches every body run, not Word's 11 pt", () => {
  const at13 = documentOf(
    insertablePackageOf(
      buildDraft({ kind: "ket-luan-giao-ban", profile: { ...profile, bodySizePt: 13 }, date, number: 1 }),
    ),
  );
  const scaffold = /<w:tag w:val="kl:scaffold"\/>[\s\S]*?<w:tag w:val="kl:signature"\/>/.exec(at13)![0];
  const sizes = new Set(runs(scaffold).map((r) => /<w:sz w:val="(\d+)"/.exec(r)?.[1]));
  expect(runs(scaffold).length).toBeGreaterThan(5);
  expect([...sizes]).toEqual(["26"]);
});

test("the task table, the page number and a replace's content are just as self-contained", () => {
  const task = {
    id: "t1",
    text: "Sở Tài chính chủ trì",
    owner: "Sở Tài chính",
    coOwners: [],
    deadline: null,
    urgent: false,
    section: null,
    paragraphIndex: 0,
  };
  const table = taskTableBlock([{ task, done: false, source: { number: null, issuedDate: null } }], {
    today: "2026-06-05",
  });
  for (const pkg of [insertablePackage(table), insertablePackage(pageNumberBlock()), contentOnlyPackage(table)]) {
    const gaps = paragraphs(documentOf(pkg)).flatMap(missing);
    expect(gaps).toEqual([]);
  }
  // Cell margins and indent are stated too: "Normal Table" of the destination supplies them otherwise.
  expect(documentOf(insertablePackage(table))).toMatch(/<w:tblInd w:w="0" w:type="dxa"\/>[\s\S]*<w:top w:w="0"/);
});

test("a replace writes what an insert puts inside the control, lead paragraph first", () => {
  const [header] = buildDraft({ kind: "thong-bao-ket-luan", profile, date, number: 3 });
  const inserted = /<w:sdtContent>([\s\S]*)<\/w:sdtContent><\/w:sdt><\/w:body>/.exec(
    documentOf(insertablePackage(header)),
  )![1];
  const replaced = /<w:body>([\s\S]*)<\/w:body>/.exec(documentOf(contentOnlyPackage(header)))![1];
  expect(replaced).toBe(inserted);
  expect(replaced.startsWith("<w:p>")).toBe(true);
});
