import { DocumentModel, paragraph } from "../core/model";
import { EMPTY_PROFILE } from "../core/profile";
import { bodyDefaults, pageSetup, taskTableBlock } from "../core/templates";
import { docxParts, writeDocx } from "../ooxml";
import { DocxError, readDocx } from ".";

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
