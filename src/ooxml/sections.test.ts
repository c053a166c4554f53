/**
 * Section breaks as WordprocessingML writes them (ECMA-376 Part 1, §17.6.17–17.6.18): a section's properties in the
 * pPr of its last paragraph, the last section's as the body's last child; and never in a package for insertOoxml.
 */
import { DocumentModel, PageSetup, TaggedBlock, isSectionBreak, paragraph, singleSectionBlocks } from "../core/model";
import { EMPTY_PROFILE } from "../core/profile";
import { buildDraft, draftDocument, progressReportBlocks, progressReportDocument } from "../core/templates";
import { bodyDefaults, landscape, pageSetup } from "../core/templates/pageSetup";
import { task as taskOf } from "../../test/export/fixtures";
import { contentOnlyPackage, docxParts, flatPackageParts, insertablePackage, insertablePackageOf } from ".";

const portrait: PageSetup = pageSetup(EMPTY_PROFILE);
const block = (title: string): TaggedBlock => ({ name: "draft", title, blocks: [paragraph(title)] });

const model: DocumentModel = {
  page: portrait,
  defaults: bodyDefaults(EMPTY_PROFILE),
  body: [
    block("Một"),
    { kind: "section-break", page: landscape(portrait), restartPageNumbers: true },
    block("Hai"),
    { kind: "section-break", page: portrait },
    block("Ba"),
  ],
};
const xml = docxParts(model)["word/document.xml"];
const body = /<w:body>([^]*)<\/w:body>/.exec(xml)![1];
const sectPrs = [...body.matchAll(/<w:sectPr>[^]*?<\/w:sectPr>/g)].map((m) => m[0]);

test("one w:sectPr per section; the first two end their last paragraph, the last ends the body", () => {
  expect(sectPrs).toHaveLength(3);
  // Each break is a paragraph of its own at body level, outside every content control, its sectPr last in pPr.
  const breaks = [...body.matchAll(/<w:p><w:pPr>((?:(?!<\/w:pPr>).)*)<\/w:pPr><\/w:p>/g)]
    .map((m) => m[1])
    .filter((pPr) => pPr.includes("<w:sectPr>"));
  expect(breaks).toHaveLength(2);
  for (const pPr of breaks) expect(pPr).toMatch(/<\/w:rPr><w:sectPr>.*<\/w:sectPr>$/);
  expect(body.endsWith(sectPrs[2])).toBe(true);
  const depth = (at: number) =>
    (body.slice(0, at).match(/<w:sdt>/g) ?? []).length - (body.slice(0, at).match(/<\/w:sdt>/g) ?? []).length;
  expect(sectPrs.map((s) => depth(body.indexOf(s)))).toEqual([0, 0, 0]);
});

test("a section's properties describe the section they end: portrait, then landscape numbered from 1, then portrait", () => {
  const sizes = sectPrs.map((s) => /<w:pgSz [^>]*\/>/.exec(s)![0]);
  expect(sizes).toEqual([
    '<w:pgSz w:w="11906" w:h="16838"/>',
    '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    '<w:pgSz w:w="11906" w:h="16838"/>',
  ]);
  expect(sectPrs.map((s) => s.includes('<w:pgNumType w:start="1"/>'))).toEqual([false, true, false]);
  // Every section names the page-number header and the empty first-page header, and hides the number on its page 1.
  for (const s of sectPrs) {
    expect(s).toMatch(
      /^<w:sectPr><w:headerReference w:type="default" r:id="rId3"\/><w:headerReference w:type="first" r:id="rId4"\/><w:pgSz/,
    );
    expect(s).toMatch(/<w:titlePg\/><\/w:sectPr>$/);
  }
  // The landscape page keeps each margin on its side (all within Decree 30's ranges).
  expect(/<w:pgMar [^>]*\/>/.exec(sectPrs[1])![0]).toBe(/<w:pgMar [^>]*\/>/.exec(sectPrs[0])![0]);
});

test("content-control ids run on across the breaks", () => {
  const ids = [...body.matchAll(/<w:tag w:val="kl:draft"\/><w:id w:val="(\d+)"\/>/g)].map((m) => m[1]);
  expect(ids).toEqual(["1", "2", "3"]);
});

test("a document without a break is written as before: one sectPr, the body's last child", () => {
  const one = docxParts({ ...model, body: [block("Một")] })["word/document.xml"];
  expect(one.match(/<w:sectPr>/g)).toHaveLength(1);
  expect(one).toMatch(/<\/w:sectPr><\/w:body>/);
});

describe("insertOoxml never receives a section break", () => {
  const source = { number: "05/KL-TTr", issuedDate: "2020-11-10", kind: "Kết luận" };
  const task = taskOf("1", "Rà soát hồ sơ.", { owner: "Văn phòng" });
  const options = { profile: EMPTY_PROFILE, asOf: "2020-12-03" };
  const report = progressReportDocument([{ task, done: false, source }], options);
  const documentOf = (pkg: string) => flatPackageParts(pkg).get("/word/document.xml") ?? "";

  test("the report's blocks, its appendix included, go into packages without a sectPr", () => {
    const blocks = report.body.filter((item): item is TaggedBlock => !isSectionBreak(item));
    expect(blocks.map((b) => b.name)).toEqual(["header", "title", "scaffold", "signature", "appendix"]);
    for (const b of blocks) {
      expect(documentOf(insertablePackage(b))).not.toContain("<w:sectPr");
      expect(documentOf(contentOnlyPackage(b))).not.toContain("<w:sectPr");
    }
    expect(
      documentOf(insertablePackageOf(progressReportBlocks([{ task, done: false, source }], options))),
    ).not.toContain("<w:sectPr");
  });

  test("a document with a section break is refused whole, not inserted without its break", () => {
    expect(() => singleSectionBlocks(report)).toThrow(/section break/);
    const draft = draftDocument({ kind: "bao-cao", profile: EMPTY_PROFILE, date: { year: 2026 }, number: null });
    expect(singleSectionBlocks(draft)).toEqual(
      buildDraft({ kind: "bao-cao", profile: EMPTY_PROFILE, date: { year: 2026 }, number: null }),
    );
  });
});
