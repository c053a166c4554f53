import { DocumentModel, paragraph } from "../core/model";
import { EMPTY_PROFILE } from "../core/profile";
import { bodyDefaults, pageSetup, taskTableBlock } from "../core/templates";
import { docxParts, writeDocx } from "../ooxml";
import { DocxError, readDocx } from ".";
import { HOSTILE, TASK, docxWith, documentXml, level, numbered, numberingXml, para } from "../../test/fuzz/hostileDocs";

const task = {
  id: "t1",
  text: "Các phòng rà soát kế hoạch thanh tra năm 2021, chậm nhất ngày 13/11.",
  owner: "Các phòng",
  coOwners: [],
  deadline: { raw: "chậm nhất ngày 13/11", date: "2020-11-13", kind: "by" as const },
  urgent: false,
  section: null,
  paragraphIndex: 0,
};

const model = (...body: DocumentModel["body"]): DocumentModel => ({
  page: pageSetup(EMPTY_PROFILE),
  defaults: bodyDefaults(EMPTY_PROFILE),
  body,
});

describe("readDocx", () => {
  it("reads the clerk's paragraphs but not the add-in's own task-tracking table, keeping paragraph positions", () => {
    const clerk = { name: "scaffold" as const, title: "Nội dung", blocks: [paragraph(`- ${task.text}`)] };
    const table = taskTableBlock([{ task, done: false, source: { number: "05/KL-TTr", issuedDate: "2020-11-10" } }], {
      today: "2020-11-20",
    });
    const doc = model(clerk, table);
    const { paragraphs, tables } = readDocx(writeDocx(doc));

    const texts = paragraphs.map((p) => p.text).filter((t) => t !== "");
    expect(texts).toEqual([`- ${task.text}`]);
    expect(tables).toEqual([]);
    // Every w:p still counts, so paragraph positions match Word's.
    const wordParagraphs = docxParts(doc)["word/document.xml"].match(/<w:p[ >]/g) ?? [];
    expect(paragraphs).toHaveLength(wordParagraphs.length);
  });

  it("rejects bytes that are not a zip with a message in Vietnamese and English", () => {
    expect(() => readDocx(new TextEncoder().encode("plain text, not a document"))).toThrow(DocxError);
    expect(() => readDocx(new TextEncoder().encode("plain text"))).toThrow(/không phải tệp \.docx/);
  });
});

describe("readDocx on hostile structure", () => {
  const labels = (levels: string, ...items: string[]) =>
    readDocx(docxWith({ "word/numbering.xml": numberingXml(levels), "word/document.xml": documentXml(items.join("")) }))
      .paragraphs;

  it("ignores list levels past Word's nine and keeps the item a list item at the last level", () => {
    const [p] = labels(level("4294967295", "decimal", "%1."), numbered(TASK, "4294967295"));
    expect(p).toMatchObject({ text: TASK, isListItem: true, listLevel: 8 });
    expect(p.listLabel).toBeUndefined();
    const [q] = labels(level("0", "decimal", "%1."), numbered(TASK, "-3"));
    expect(q).toMatchObject({ listLevel: 0, listLabel: "1." });
  });

  it("takes outline levels 0-8 as headings and nothing else (-5, 9, 4294967295)", () => {
    const outline = (val: string) =>
      readDocx(docxWith({ "word/document.xml": documentXml(para(TASK, `<w:outlineLvl w:val="${val}"/>`)) }))
        .paragraphs[0].outlineLevel;
    expect(["0", "8", "-5", "9", "4294967295", "x"].map(outline)).toEqual([
      0,
      8,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("writes Roman numerals up to 3999 and digits past them (a start of 10^12 is not a billion-step loop)", () => {
    const roman = (start: string) =>
      labels(level("0", "upperRoman", "%1.", start), numbered(TASK, "0"), numbered(TASK, "0"));
    expect(roman("4").map((p) => p.listLabel)).toEqual(["IV.", "V."]);
    expect(roman("3999").map((p) => p.listLabel)).toEqual(["MMMCMXCIX.", "4000."]);
    expect(roman("1000000000000").map((p) => p.listLabel)).toEqual(["1000000000000.", "1000000000001."]);
    expect(labels(level("0", "lowerLetter", "%1)", "0"), numbered(TASK, "0"))[0].listLabel).toBe("0)");
  });

  it("reads 2,000 nested tables into the outer cell, without recursion", () => {
    const { paragraphs, tables } = readDocx(HOSTILE["2,000 nested tables"][1]());
    expect(tables).toEqual([[[TASK]]]);
    expect(paragraphs.map((p) => [p.text, p.table])).toEqual([
      [TASK, { tableIndex: 0, row: 0, cell: 0 }],
      [TASK, undefined],
    ]);
  });

  it.each(["10,000 nested w:sdt", "10,000 nested w:ins", "10,000 nested w:smartTag inside a paragraph"])(
    "reads %s",
    (name) => {
      expect(readDocx(HOSTILE[name][1]()).paragraphs.map((p) => p.text)).toEqual([TASK]);
    },
  );

  it("a paragraph of the add-in's own table nested 10,000 deep still counts as a paragraph, without text", () => {
    const own = `<w:sdt><w:sdtPr><w:tag w:val="kl:task-table"/></w:sdtPr><w:sdtContent>${"<w:customXml>".repeat(10_000)}${para(TASK)}${"</w:customXml>".repeat(10_000)}</w:sdtContent></w:sdt>`;
    const { paragraphs } = readDocx(docxWith({ "word/document.xml": documentXml(para(TASK) + own) }));
    expect(paragraphs.map((p) => p.text)).toEqual([TASK, ""]);
  });
});
