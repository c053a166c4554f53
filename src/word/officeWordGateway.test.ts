/**
 * The gateway against the in-memory Word of test/fakes/officeWord (Office.js semantics as documented: queued calls,
 * load before read, half-applied batches, the cursor after insertOoxml, requirement sets, Word on the web's
 * tracked changes, Word's search): what it asks of Word, what the document holds afterwards, and the syncs.
 */
import { CHECKLIST_NAMESPACE } from "../core/checklist";
import { bodyDefaults, buildBlock, buildDraft, pageSetup } from "../core/templates";
import { WordHost, installOfficeWord, uninstallOfficeWord } from "../../test/fakes/officeWord";
import { TAY_NINH } from "../../test/fakes/profiles";
import { SETTINGS_KEY, forgetChecklistPart } from "./checklistStore";
import { officeWordGateway as gateway } from "./officeWordGateway";

const options = {
  kind: "thong-bao-ket-luan" as const,
  profile: TAY_NINH,
  date: { year: 2026, month: 6, day: 5 },
  number: 1,
};
const block = (name: "header" | "title" | "scaffold" | "signature") => buildBlock(name, options);

let host: WordHost;
beforeEach(() => {
  host = installOfficeWord();
  forgetChecklistPart(); // each test is a new document in a new pane
});
afterEach(uninstallOfficeWord);

describe("inserting blocks", () => {
  test("three blocks in a row come out in the order they were inserted, one sync each", async () => {
    for (const name of ["header", "title", "signature"] as const)
      expect(await gateway.insertBlock(block(name))).toEqual({ ok: true, value: undefined });
    expect(host.blockOrder()).toEqual(["kl:header", "kl:title", "kl:signature"]);
    expect(host.stats.syncsPerRun).toEqual([1, 1, 1]);
    expect(host.insertions.map((i) => i.location)).toEqual(["After", "After", "After"]);
  });

  test("a block inserted between two others goes where the cursor is, and the cursor moves after it", async () => {
    await gateway.insertBlock(block("header"));
    await gateway.insertBlock(block("signature"));
    host.cursor = { index: host.paragraphs.findIndex((p) => p.text === "Nơi nhận:") - 1, length: 0 };
    host.cursor.index = host.paragraphs.findIndex(
      (p, i) => i > 0 && p.controls[0] !== host.paragraphs[i - 1].controls[0],
    );
    await gateway.insertBlock(block("title"));
    await gateway.insertBlock(block("scaffold"));
    expect(host.blockOrder()).toEqual(["kl:header", "kl:title", "kl:scaffold", "kl:signature"]);
  });

  test("the whole draft is one package and one sync", async () => {
    expect(await gateway.insertBlocks(buildDraft(options))).toEqual({ ok: true, value: undefined });
    expect(host.stats.syncsPerRun).toEqual([1]);
    expect(host.blockOrder()).toEqual(["kl:header", "kl:title", "kl:scaffold", "kl:signature"]);
  });

  test("a protected document is reported in Vietnamese, and nothing went in", async () => {
    host.failures.set("selection.insertOoxml", { code: "AccessDenied", message: "The document is read-only." });
    const outcome = await gateway.insertBlock(block("header"));
    expect(outcome).toMatchObject({ ok: false, error: { code: "document-protected" } });
    expect(host.blockOrder()).toEqual([]);
  });

  test("NotAllowed (reading view, a comment) gets its own message", async () => {
    host.failures.set("selection.insertOoxml", { code: "NotAllowed", message: "" });
    const outcome = await gateway.insertBlock(block("header"));
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: "not-allowed", message: expect.stringMatching(/không cho phép/) },
    });
  });
});

describe("replacing a block", () => {
  test("'Cập nhật số và ngày' keeps the structure of the insert: no blank line of Word's own above the table", async () => {
    await gateway.insertBlock(block("header"));
    const inserted = host.controlStructure("kl:header");
    const updated = buildBlock("header", { ...options, number: 7 });
    expect(await gateway.replaceBlock(updated)).toEqual({ ok: true, value: undefined });
    expect(host.controlStructure("kl:header")).toEqual(inserted);
    expect(host.paragraphs.some((p) => p.text.includes("Số: 07/TB-TTr"))).toBe(true);
    expect(host.stats.syncsPerRun).toEqual([1, 1]);
  });

  test("a block that is gone is reported as not found", async () => {
    const outcome = await gateway.replaceBlock(block("header"));
    expect(outcome).toMatchObject({ ok: false, error: { code: "not-found" } });
  });
});

describe("reading the document", () => {
  test("paragraphs and top-level tables in one sync; a nested table does not shift the task table", async () => {
    host.loadDocument({
      paragraphs: [
        { text: "Ngoài", tableNestingLevel: 1 },
        { text: "Lồng", tableNestingLevel: 2 },
        { text: "Văn bản." },
        { text: "STT", tableNestingLevel: 1 },
        { text: "Nội dung", tableNestingLevel: 1 },
      ],
      tables: [{ values: [["Ngoài"]] }, { values: [["Lồng"]], nestingLevel: 2 }, { values: [["STT", "Nội dung"]] }],
    });
    const read = await gateway.readDocument();
    expect(host.stats.syncsPerRun).toEqual([1]);
    expect(read.ok && read.value.tables).toEqual([[["Ngoài"]], [["STT", "Nội dung"]]]);
    expect(read.ok && read.value.paragraphs[3].table).toEqual({ tableIndex: 1, row: 0, cell: 0 });
  });

  test("list labels and levels come from Word's list data", async () => {
    host.loadDocument({
      paragraphs: [{ text: "Sở Công Thương", isListItem: true, listString: "1." }, { text: "- Chủ trì." }],
    });
    const read = await gateway.readDocument();
    expect(read.ok && read.value.paragraphs).toEqual([
      { text: "Sở Công Thương", isListItem: true, listLevel: 0, listLabel: "1." },
      { text: "- Chủ trì." },
    ]);
  });

  test("Word on the web with tracked changes: list data that fails is read again without it, deleted text is left out", async () => {
    host.platform = "OfficeOnline";
    host.loadDocument({
      paragraphs: [
        { text: "Sở Tài chính chủ trì, chậm nhất ngày 30/6.", isListItem: true, listString: "1." },
        { text: "Sở Xây dựng phối hợp", deleted: " và báo cáo kết quả", isListItem: true, listString: "2." },
      ],
    });
    const read = await gateway.readDocument();
    expect(read.ok && read.value.paragraphs.map((p) => p.text)).toEqual([
      "Sở Tài chính chủ trì, chậm nhất ngày 30/6.",
      "Sở Xây dựng phối hợp",
    ]);
    expect(read.ok && read.value.paragraphs[0].isListItem).toBe(true);
    // The failed read, then the read without list data (reviewed text: one more sync).
    expect(host.stats.syncsPerRun).toEqual([1, 2]);
  });

  test("on the desktop the reviewed text is not asked for: one sync", async () => {
    host.loadDocument({ paragraphs: [{ text: "Văn bản." }] });
    await gateway.readDocument();
    expect(host.stats.calls).not.toContain("body.getReviewedText");
    expect(host.stats.syncsPerRun).toEqual([1]);
  });
});

describe("jumping to a sentence", () => {
  const sentence = "Các phòng rà soát kế hoạch, chậm nhất ngày 13/11.";
  const select = async (paragraph: string, text = sentence, hint?: number) => {
    host.loadDocument({ paragraphs: [{ text: "Mở đầu." }, { text: paragraph }, { text: "Kết." }] });
    host.stats = { runs: 0, syncs: 0, syncsPerRun: [], calls: [] };
    return gateway.selectText(text, hint);
  };

  test("plain text: one sync, the sentence selected", async () => {
    expect(await select(`- ${sentence}`)).toEqual({ ok: true, value: undefined });
    expect(host.selection).toMatchObject({ paragraphIndex: 1, text: sentence });
    expect(host.stats.syncsPerRun).toEqual([1]);
  });

  test.each([
    ["tabs", sentence.replace("phòng ", "phòng\t")],
    ["non-breaking spaces", sentence.replace(/ ngày /, "\u00a0ngày\u00a0")],
  ])("%s between words: still one sync", async (_, paragraph) => {
    expect(await select(paragraph)).toEqual({ ok: true, value: undefined });
    expect(host.selection?.paragraphIndex).toBe(1);
    expect(host.stats.syncsPerRun).toEqual([1]);
  });

  test.each([
    ["a manual line break", sentence.replace("kế hoạch, ", "kế hoạch,\v")],
    ["decomposed Unicode", sentence.normalize("NFD")],
  ])("%s: found in its paragraph and selected as Word holds it", async (_, paragraph) => {
    expect(await select(paragraph, sentence, 1)).toEqual({ ok: true, value: undefined });
    expect(host.selection).toMatchObject({ paragraphIndex: 1, text: paragraph });
    expect(host.stats.syncsPerRun).toEqual([1, 2]);
  });

  test("a caret in the sentence is searched for literally", async () => {
    expect(await select("Tỷ lệ 10^3 đạt.", "Tỷ lệ 10^3 đạt.")).toEqual({ ok: true, value: undefined });
  });

  test("a sentence that is gone is reported, not guessed", async () => {
    const gone = await select("Một câu khác.");
    expect(gone).toMatchObject({
      ok: false,
      error: { code: "not-found", message: expect.stringMatching(/Không còn tìm thấy/) },
    });
  });

  test("Word's Find dialog being open gets its own message", async () => {
    host.failures.set("body.search.getFirst.select", { code: "SearchDialogIsOpen", message: "" });
    expect(await select(sentence)).toMatchObject({ ok: false, error: { code: "search-dialog-open" } });
  });
});

describe("the checklist", () => {
  const xml = (n: number | string) => `<checklist xmlns="${CHECKLIST_NAMESPACE}">${n}</checklist>`;

  test("WordApi 1.4: saved in its custom XML part, replacing the old one: the first save 2 syncs, a tick 1", async () => {
    await gateway.saveChecklist(xml(1));
    await gateway.saveChecklist(xml(2));
    expect(host.parts).toHaveLength(1);
    expect(host.parts[0].xml).toContain(">2<");
    expect(host.stats.syncsPerRun).toEqual([2, 1]);
    expect(await gateway.loadChecklist()).toEqual({ ok: true, value: host.parts[0].xml });
  });

  test("a checklist read from the document is written back in place in one sync", async () => {
    host.parts.push({ id: "{A1B2}", namespace: CHECKLIST_NAMESPACE, xml: xml("stored") });
    expect(await gateway.loadChecklist()).toEqual({ ok: true, value: xml("stored") });
    host.stats.syncsPerRun = [];
    await gateway.saveChecklist(xml("ticked"));
    expect(host.stats.syncsPerRun).toEqual([1]);
    expect(host.parts).toEqual([{ id: "{A1B2}", namespace: CHECKLIST_NAMESPACE, xml: xml("ticked") }]);
  });

  test("a part removed behind the pane's back: the save finds none, adds one, and nothing is lost", async () => {
    await gateway.saveChecklist(xml(1));
    host.parts = []; // e.g. another add-in removed it
    expect(await gateway.saveChecklist(xml(2))).toEqual({ ok: true, value: undefined });
    expect(host.parts.map((p) => p.xml)).toEqual([xml(2)]);
    await gateway.saveChecklist(xml(3));
    expect(host.parts.map((p) => p.xml)).toEqual([xml(3)]);
    expect(host.stats.syncsPerRun).toEqual([2, 1, 2, 1]); // the failed quick write, then the look-up; then quick again
  });

  test("any other failure of the quick write is reported, not retried into a second part", async () => {
    await gateway.saveChecklist(xml(1));
    host.failures.set("customXmlPart.setXml", { code: "AccessDenied", message: "" });
    const failed = await gateway.saveChecklist(xml(2));
    expect(failed.ok).toBe(false);
    expect(host.parts.map((p) => p.xml)).toEqual([xml(1)]);
  });

  test("WordApi 1.3: kept in the document's settings", async () => {
    host.wordApi = "1.3";
    expect(await gateway.loadChecklist()).toEqual({ ok: true, value: null });
    await gateway.saveChecklist("<checklist/>");
    expect(host.settings[SETTINGS_KEY]).toBe("<checklist/>");
    expect(host.settingsSaves).toBe(1);
    expect(host.stats.runs).toBe(0);
  });

  test("a checklist an older Word left in the settings is read on WordApi 1.4 and moved into the part at the next save", async () => {
    const old = `<checklist xmlns="${CHECKLIST_NAMESPACE}">old</checklist>`;
    host.settings[SETTINGS_KEY] = old;
    expect(await gateway.loadChecklist()).toEqual({ ok: true, value: old });
    await gateway.saveChecklist(`<checklist xmlns="${CHECKLIST_NAMESPACE}">new</checklist>`);
    expect(host.parts.map((p) => p.xml)).toEqual([`<checklist xmlns="${CHECKLIST_NAMESPACE}">new</checklist>`]);
    expect(host.settings).toEqual({});
    expect(host.settingsSaves).toBe(1);
  });

  test("saves never overlap; of those waiting only the latest is written", async () => {
    let active = 0;
    let most = 0;
    const realRun = Word.run;
    (Word as unknown as { run: typeof Word.run }).run = (async (batch: never) => {
      most = Math.max(most, ++active);
      try {
        return await (realRun as (b: never) => Promise<unknown>)(batch);
      } finally {
        active--;
      }
    }) as never;
    const xml = (n: number) => `<checklist xmlns="${CHECKLIST_NAMESPACE}">${n}</checklist>`;
    const first = gateway.saveChecklist(xml(1));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the first save is now talking to Word
    const results = await Promise.all([first, ...[2, 3, 4].map((n) => gateway.saveChecklist(xml(n)))]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(most).toBe(1);
    expect(host.partWrites).toBe(2); // the first, then the latest of those that waited
    expect(host.parts[0].xml).toBe(xml(4));
  });
});

describe("page setup", () => {
  const page = pageSetup(TAY_NINH);
  const defaults = bodyDefaults(TAY_NINH);
  const desktop = () => {
    host.wordApi = "1.5";
    host.desktopApi = "1.3";
  };

  test("desktop: margins on every section, the page number in an empty header, Normal set; two syncs", async () => {
    desktop();
    host.loadDocument({ paragraphs: [{ text: "" }], sections: 2 });
    expect(await gateway.applyPageSetup(page, defaults)).toEqual({ ok: true, value: [] });
    expect(host.sections.map((s) => s.pageSetup.leftMargin)).toEqual([85.05, 85.05]);
    expect(host.sections.map((s) => s.pageSetup.differentFirstPageHeaderFooter)).toEqual([true, undefined]);
    expect(host.sections[0].headerXml).toContain('<w:tag w:val="kl:page-number"/>');
    expect(host.styles.get("Normal")).toMatchObject({ "font.name": "Times New Roman", "font.size": 14 });
    expect(host.stats.syncsPerRun).toEqual([2]);
  });

  test.each([
    ["text", "<w:p><w:r><w:t>Ban Chỉ đạo</w:t></w:r></w:p>"],
    ["only a picture", '<w:p><w:r><w:drawing><wp:inline distT="0"/></w:drawing></w:r></w:p>'],
    ["only a watermark", '<w:p><w:r><w:pict><v:shape id="PowerPlusWaterMarkObject1"/></w:pict></w:r></w:p>'],
    ["only a field", '<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t/></w:r></w:fldSimple></w:p>'],
  ])("a header holding %s is kept and the page number reported as not applied", async (_, headerXml) => {
    desktop();
    host.loadDocument({ paragraphs: [{ text: "" }], headerXml });
    expect(await gateway.applyPageSetup(page, defaults)).toEqual({ ok: true, value: ["page-number"] });
    expect(host.sections[0].headerXml).toBe(headerXml);
  });

  test("our own page number is updated in place", async () => {
    desktop();
    await gateway.applyPageSetup(page, defaults);
    await gateway.applyPageSetup(page, defaults);
    expect(host.sections[0].headerXml.match(/kl:page-number/g)).toHaveLength(1);
  });

  test("a document without a Normal style: reported, never written to", async () => {
    desktop();
    host.loadDocument({ paragraphs: [{ text: "" }], styles: [] });
    expect(await gateway.applyPageSetup(page, defaults)).toEqual({ ok: true, value: ["body-style"] });
    expect(host.stats.calls.some((c) => c.startsWith("style."))).toBe(false);
  });

  test("Word on the web (WordApi 1.3): only what the host allows, the rest reported; nothing it lacks is called", async () => {
    host.wordApi = "1.3";
    expect(await gateway.applyPageSetup(page, defaults)).toEqual({
      ok: true,
      value: ["paper-and-margins", "first-page-without-number", "body-style"],
    });
    expect(host.sections[0].headerXml).toContain("kl:page-number");
  });

  test("a batch failing half-way says the document may have changed, and it has", async () => {
    desktop();
    host.failures.set("header.insertOoxml", { code: "GeneralException", message: "Lỗi lạ" });
    const outcome = await gateway.applyPageSetup(page, defaults);
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: "unknown", message: expect.stringMatching(/có thể đã được áp dụng/) },
    });
    expect(outcome.ok || outcome.error.message).not.toMatch(/không bị thay đổi/);
    expect(host.sections[0].pageSetup.leftMargin).toBe(85.05); // applied before the failure, as in Word
  });
});

test("a failed read says, truthfully, that nothing changed", async () => {
  host.failures.set("body.paragraphs.load", { code: "GeneralException", message: "Lỗi lạ" });
  host.failures.set("body.tables.load", { code: "GeneralException", message: "Lỗi lạ" });
  const read = await gateway.readDocument();
  expect(read).toMatchObject({ ok: false, error: { message: expect.stringMatching(/không bị thay đổi/) } });
});

describe("opening a generated document as a new one", () => {
  const docx = (size: number) => {
    const bytes = new Uint8Array(size).map((_, i) => (i * 7) % 256); // past one String.fromCharCode slice
    bytes.set([0x50, 0x4b, 0x03, 0x04]); // a zip, as a .docx is
    return bytes;
  };

  test("creates the document from the file's Base64 and opens it in one sync; the open one is untouched", async () => {
    const before = host.text();
    const bytes = docx(100_000);
    expect(await gateway.openNewDocument(bytes)).toEqual({ ok: true, value: undefined });
    expect(host.stats.syncsPerRun).toEqual([1]);
    expect(host.newDocuments).toHaveLength(1);
    expect(new Uint8Array(Buffer.from(host.newDocuments[0], "base64"))).toEqual(bytes);
    expect(host.text()).toEqual(before);
    expect(host.insertions).toEqual([]);
  });

  test("says the host cannot, so the pane offers the download, when Word refuses or lacks WordApi 1.3", async () => {
    host.canCreateDocuments = false;
    expect(await gateway.openNewDocument(docx(10))).toMatchObject({ ok: false, error: { code: "api-unsupported" } });
    host.canCreateDocuments = true;
    host.wordApi = "1.2";
    const old = await gateway.openNewDocument(docx(10));
    expect(old).toMatchObject({
      ok: false,
      error: { code: "api-unsupported", message: expect.stringMatching(/tải xuống/) },
    });
    expect(host.stats.runs).toBe(1); // nothing was asked of a host without the API
    expect(host.newDocuments).toEqual([]);
  });
});

test("no call the in-memory Word lacks", () => {
  expect(host.unsupported).toEqual([]);
});
