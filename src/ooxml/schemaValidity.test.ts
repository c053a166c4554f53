import { strFromU8, unzipSync } from "fflate";
import { validateDocx, validateFlatPackage } from "../../test/support/ooxmlSchema";
import { task as taskOf } from "../../test/export/fixtures";
import { EMPTY_PROFILE, AgencyProfile } from "../core/profile";
import { DRAFT_KINDS, DraftBlockName, buildBlock, draftDocument } from "../core/templates";
import { contentOnlyPackage, flatPackageParts, insertablePackage, writeDocx } from ".";

const profile: AgencyProfile = {
  ...EMPTY_PROFILE,
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  place: "Tây Ninh",
  signerAuthority: "KT.",
  headTitle: "CHÁNH THANH TRA",
  signerTitle: "PHÓ CHÁNH THANH TRA",
  signerName: "Nguyễn Văn A",
  recipients: ["LĐ Thanh tra tỉnh", "Tất cả CC"],
  archive: "VT, HS",
  drafterInitials: "M.An",
  copies: "10",
  headerOverhang: true,
  unitAbbreviation: "NV",
};
const date = { year: 2020, month: 11, day: 10 };
const BLOCKS: DraftBlockName[] = ["header", "title", "scaffold", "signature"];

describe.each(DRAFT_KINDS.map((k) => k.id))("%s validates against ECMA-376", (kind) => {
  test.each(BLOCKS)("%s: insertable and content-only packages", async (name) => {
    const block = buildBlock(name, { kind, profile, date, number: 5 });
    expect(await validateFlatPackage(insertablePackage(block))).toEqual([]);
    expect(await validateFlatPackage(contentOnlyPackage(block))).toEqual([]);
  });

  test("the .docx, every part", async () => {
    const bytes = writeDocx(draftDocument({ kind, profile, date: { year: 2026, month: 6 }, number: null }));
    expect(await validateDocx(bytes)).toEqual([]);
  });
});

describe("escaping end to end", () => {
  const nasty = "A<B>&\"C\"'D' 🇻🇳😀 ";
  const nfd = "Thanh tra tỉnh Tây Ninh".normalize("NFD");

  test("markup characters, emoji and decomposed Vietnamese: valid XML, NFC, text intact", async () => {
    const { normalizeProfile } = await import("../core/profile");
    const p = normalizeProfile({ ...profile, issuingAgency: nfd, signerName: nasty, recipients: [nasty, nfd] });
    const bytes = writeDocx(draftDocument({ kind: "ket-luan-giao-ban", profile: p, date, number: 1, subject: nasty }));
    expect(await validateDocx(bytes)).toEqual([]);
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
    expect(xml).toContain("A&lt;B&gt;&amp;&quot;C&quot;&apos;D&apos; 🇻🇳😀");
    expect(xml).not.toContain("A<B>");
    // The header breaks the long name between words: "THANH TRA" / "TỈNH TÂY NINH".
    expect(xml).toContain("TỈNH TÂY NINH".normalize("NFC"));
    expect(xml).not.toContain("TỈNH".normalize("NFD"));
    expect(xml).toBe(xml.normalize("NFC"));
  });

  test("the flat package carries the same escaped text", async () => {
    const block = buildBlock("title", { kind: "bao-cao", profile, date, number: null, subject: nasty });
    const pkg = insertablePackage(block);
    expect(await validateFlatPackage(pkg)).toEqual([]);
    expect(flatPackageParts(pkg).get("/word/document.xml")).toContain("A&lt;B&gt;&amp;&quot;C&quot;");
  });
});

describe("content controls", () => {
  test("each block is tagged kl:<name>; guidance is a nested placeholder control with grey text", () => {
    const xml = insertablePackage(buildBlock("scaffold", { kind: "ket-luan-giao-ban", profile, date, number: null }));
    expect(xml).toContain('<w:tag w:val="kl:scaffold"/>');
    const guidance = xml.split("<w:sdt>").slice(2);
    // Three guidance paragraphs and two gaps in the fixed sentences ("Ngày [ngày họp]", "Đề nghị [các phòng, đơn vị]").
    expect(guidance).toHaveLength(5);
    for (const control of guidance) {
      expect(control).toContain('<w:tag w:val="kl:guidance"/>');
      expect(control).toContain("<w:showingPlcHdr/>");
      expect(control).toMatch(/<w:color w:val="808080"\/>[^]*<w:t /);
    }
  });

  test("content-control ids are unique in a whole document", () => {
    const bytes = writeDocx(draftDocument({ kind: "thong-bao-ket-luan", profile, date, number: null }));
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
    const ids = [...xml.matchAll(/<w:id w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the add-in's other blocks validate against ECMA-376", () => {
  test("the task-tracking table (grid borders, repeated header row) and the page number", async () => {
    const { taskTableBlock, pageNumberBlock } = await import("../core/templates");
    const task = {
      id: "t1",
      text: "Sở Tài chính <chủ trì> & báo cáo",
      owner: "Sở Tài chính",
      coOwners: ["Sở Xây dựng"],
      deadline: { raw: "trước ngày 30/6/2026", date: "2026-06-30", kind: "by" as const },
      urgent: true,
      section: null,
      paragraphIndex: 3,
    };
    const table = taskTableBlock([{ task, done: true, source: { number: null, issuedDate: "2026-06-05" } }], {
      today: "2026-07-01",
    });
    const pkg = insertablePackage(table);
    expect(await validateFlatPackage(pkg)).toEqual([]);
    expect(await validateFlatPackage(contentOnlyPackage(table))).toEqual([]);
    const xml = flatPackageParts(pkg).get("/word/document.xml") ?? "";
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain('<w:insideH w:val="single"');
    expect(await validateFlatPackage(insertablePackage(pageNumberBlock()))).toEqual([]);
  });

  test("several blocks in one package (a whole draft as one undo step)", async () => {
    const { buildDraft } = await import("../core/templates");
    const { insertablePackageOf } = await import(".");
    const pkg = insertablePackageOf(buildDraft({ kind: "thong-bao-ket-luan", profile, date, number: null }));
    expect(await validateFlatPackage(pkg)).toEqual([]);
    const ids = [...(flatPackageParts(pkg).get("/word/document.xml") ?? "").matchAll(/<w:id w:val="(\d+)"\/>/g)].map(
      (m) => m[1],
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

test("a document of two sections validates: the progress report, portrait body and landscape appendix", async () => {
  const { progressReportDocument } = await import("../core/templates");
  const source = { number: "05/KL-TTr", issuedDate: "2020-11-10", kind: "Kết luận" };
  const task = taskOf("1", "Rà soát hồ sơ.", {
    owner: "Phòng Nghiệp vụ 1",
    coOwners: ["Văn phòng"],
    deadline: { raw: "31/12/2020", date: "2020-12-31", kind: "by" },
  });
  const bytes = writeDocx(progressReportDocument([{ task, done: false, source }], { profile, asOf: "2020-12-03" }));
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  // The shape under test is there: a section's properties inside a paragraph's, a landscape page, a restart.
  expect(xml).toMatch(/<w:pPr>[^]*?<w:sectPr>[^]*?<\/w:sectPr><\/w:pPr>/);
  expect(xml).toContain('w:orient="landscape"');
  expect(xml).toContain('<w:pgNumType w:start="1"/>');
  expect(await validateDocx(bytes)).toEqual([]);
});

test("lone surrogates are dropped, pairs kept, without a lookbehind", async () => {
  const { escapeXml } = await import("./xml");
  expect(escapeXml("a\uD83D\uDE00b\uD83Dc\uDE00d")).toBe("a\uD83D\uDE00bcd");
  expect(escapeXml("x\u0001y\uFFFF")).toBe("xy");
});
