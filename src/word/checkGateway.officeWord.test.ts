/**
 * The "Kiểm tra" gateway's read against the in-memory Word of test/fakes/officeWord (results readable only after the
 * sync, headers and footers of every type): what the checker then sees.
 */
import { layoutFromWord } from "../docx/wordSnapshot";
import { WordHost, installOfficeWord, uninstallOfficeWord } from "../../test/fakes/officeWord";
import { officeCheckGateway } from "./checkGateway";

let host: WordHost;
beforeEach(() => {
  host = installOfficeWord();
});
afterEach(uninstallOfficeWord);

const HEADER = '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>2</w:t></w:r></w:p>';

test("reads the body, the first section's headers and its footers in one sync, as the checker reads them", async () => {
  host.loadDocument({
    paragraphs: [{ text: "ỦY BAN NHÂN DÂN" }, { text: "Kết luận: giao Sở Tài chính <chủ trì> & báo cáo." }],
    headerXml: HEADER,
  });
  const read = await officeCheckGateway.readForCheck();
  if (!read.ok) throw new Error(read.error.message);
  expect(host.stats.syncsPerRun).toEqual([1]);
  const layout = layoutFromWord(read.value);
  expect(layout.paragraphs.map((p) => p.text)).toEqual([
    "ỦY BAN NHÂN DÂN",
    "Kết luận: giao Sở Tài chính <chủ trì> & báo cáo.",
  ]);
  const headers = layout.sections[0].headers;
  expect(headers.find((h) => h.kind === "default")?.paragraphs.map((p) => p.text)).toEqual(["2"]);
  // Never written: an empty paragraph, as Word shows a header or footer the document does not have.
  expect(headers.find((h) => h.kind === "first")?.paragraphs.map((p) => p.text)).toEqual([""]);
  expect(layout.sections[0].footers.map((f) => f.paragraphs.map((p) => p.text))).toEqual([[""], [""]]);
});

test("a read Word fails says the document was not changed (never 'part of the change may have been applied')", async () => {
  host.loadDocument({ paragraphs: [{ text: "Một" }] });
  host.failures.set("body.getOoxml", { code: "GeneralException", message: "Lỗi lạ" });
  const read = await officeCheckGateway.readForCheck();
  expect(read.ok).toBe(false);
  if (read.ok) return;
  expect(read.error.code).toBe("unknown");
  expect(read.error.message).toContain("Văn bản không bị thay đổi");
  expect(read.error.message).not.toContain("Một phần thay đổi");
});
