/* eslint-disable office-addins/no-context-sync-in-loop, office-addins/call-sync-before-read, office-addins/load-object-before-read --
 * These tests make the calls Word forbids on purpose, to check that the model refuses them as Word does. */
/**
 * The in-memory Word is only worth its tests if it is as strict as Word: each rule of its header, checked on raw
 * Office.js calls (no gateway), so a gateway test passing against it means something.
 */
import { buildBlock } from "../../../src/core/templates";
import { contentOnlyPackage, insertablePackage } from "../../../src/ooxml";
import { TAY_NINH } from "../profiles";
import { WordHost, installOfficeWord, uninstallOfficeWord, wordSearchPattern } from ".";

const options = {
  kind: "thong-bao-ket-luan" as const,
  profile: TAY_NINH,
  date: { year: 2026, month: 6, day: 5 },
  number: 1,
};
const header = insertablePackage(buildBlock("header", options));
const signature = insertablePackage(buildBlock("signature", options));

let host: WordHost;
beforeEach(() => {
  host = installOfficeWord();
});
afterEach(uninstallOfficeWord);

const run = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Word.run(batch);

test("calls wait for sync; items and properties read before load + sync throw PropertyNotLoaded", async () => {
  host.loadDocument({ paragraphs: [{ text: "Một" }, { text: "Hai" }] });
  await run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    paragraphs.load("items/text");
    expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(paragraphs.items.map((p) => p.text)).toEqual(["Một", "Hai"]);
    expect(() => paragraphs.items[0].isListItem).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });
});

test("a ClientResult has no value before its sync", async () => {
  host.loadDocument({ paragraphs: [{ text: "x" }] });
  await run(async (context) => {
    const text = context.document.body.getReviewedText("Current");
    expect(() => text.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
    await context.sync();
    expect(text.value).toBe("x");
  });
});

test("body.getOoxml and every header and footer type give a package after the sync; an unknown type is refused", async () => {
  host.loadDocument({ paragraphs: [{ text: "A & <B>" }] });
  await run(async (context) => {
    const body = context.document.body.getOoxml();
    const footer = context.document.sections.getFirst().getFooter("FirstPage").getOoxml();
    expect(() => body.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
    await context.sync();
    expect(body.value).toContain('<w:t xml:space="preserve">A &amp; &lt;B&gt;</w:t>');
    expect(footer.value).toContain("<w:body><w:p/><w:sectPr/></w:body>");
    expect(() => context.document.sections.getFirst().getHeader("Odd" as Word.HeaderFooterType)).toThrow(
      expect.objectContaining({ code: "InvalidArgument" }),
    );
  });
});

test("insertOoxml 'After' leaves the cursor where the insert started: two inserts come out reversed", async () => {
  await run(async (context) => {
    context.document.getSelection().insertOoxml(header, "After");
    await context.sync();
  });
  await run(async (context) => {
    context.document.getSelection().insertOoxml(signature, "After");
    await context.sync();
  });
  expect(host.blockOrder()).toEqual(["kl:signature", "kl:header"]);
});

test("range.select('End') moves the cursor after the inserted range", async () => {
  for (const pkg of [header, signature])
    await run(async (context) => {
      context.document.getSelection().insertOoxml(pkg, "After").select("End");
      await context.sync();
    });
  expect(host.blockOrder()).toEqual(["kl:header", "kl:signature"]);
});

test("a failed batch keeps what ran before the failure and drops the rest", async () => {
  host.failures.set("selection.insertOoxml", { code: "GeneralException", message: "boom" });
  await expect(
    run(async (context) => {
      context.document.customXmlParts.add('<x xmlns="urn:a"/>');
      context.document.getSelection().insertOoxml(header, "After");
      context.document.customXmlParts.add('<y xmlns="urn:b"/>');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "GeneralException" });
  expect(host.parts.map((p) => p.namespace)).toEqual(["urn:a"]);
});

test("custom XML parts: an added part's id is read only after load and sync; a part named by a gone id fails at sync", async () => {
  await run(async (context) => {
    const added = context.document.customXmlParts.add('<x xmlns="urn:a"/>');
    expect(() => added.id).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    added.load("id");
    await context.sync();
    expect(added.id).toBe(host.parts[0].id);
  });
  const id = host.parts[0].id;
  await run(async (context) => {
    context.document.customXmlParts.getItem(id).setXml('<x xmlns="urn:a">2</x>');
    await context.sync();
  });
  expect(host.parts[0].xml).toBe('<x xmlns="urn:a">2</x>');
  host.parts = [];
  await expect(
    run(async (context) => {
      context.document.customXmlParts.getItem(id).setXml('<x xmlns="urn:a">3</x>');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(host.parts).toEqual([]);
});

test("members above the host's requirement sets throw ApiNotFound", async () => {
  host.wordApi = "1.3";
  await run(async (context) => {
    expect(() => context.document.customXmlParts).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    expect(() => context.document.getStyles()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    const section = context.document.sections.getFirst();
    expect(() => section.pageSetup).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
  });
  expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
  expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
});

test("replacing a control's content that starts with a table adds a paragraph of Word's own before it", async () => {
  const block = buildBlock("header", options);
  await run(async (context) => {
    context.document.getSelection().insertOoxml(insertablePackage(block), "After");
    await context.sync();
  });
  const tableOnly = contentOnlyPackage(block).replace(/<w:body><w:p>[\s\S]*?<\/w:p>/, "<w:body>");
  await run(async (context) => {
    context.document.contentControls.getByTag("kl:header").getFirst().insertOoxml(tableOnly, "Replace");
    await context.sync();
  });
  expect(host.controlStructure("kl:header")[0]).toBe("word");
});

test("Word on the web: deleted text is in the paragraph text and list data fails to load", async () => {
  host.platform = "OfficeOnline";
  host.loadDocument({
    paragraphs: [{ text: "Sở Tài chính", deleted: " chủ trì", isListItem: true, listString: "1." }],
  });
  await run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    expect(paragraphs.items[0].text).toBe("Sở Tài chính chủ trì");
  });
  await expect(
    run(async (context) => {
      context.document.body.paragraphs.load({ text: true, listItemOrNullObject: { level: true } });
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "GeneralException" });
});

test("search is literal and knows ^w, ^t, ^s, ^l and ^^; 256 characters are too many", () => {
  expect(wordSearchPattern("a^wb", true).test("a \t\u00a0b")).toBe(true);
  expect(wordSearchPattern("a^wb", true).test("a\vb")).toBe(false);
  expect(wordSearchPattern("a^lb^tc^sd^^", true).test("a\vb\tc\u00a0d^")).toBe(true);
  expect(wordSearchPattern("Sở", true).test("Sở".normalize("NFD"))).toBe(false);
  expect(() => wordSearchPattern("x".repeat(256), true)).toThrow(
    expect.objectContaining({ code: "SearchStringInvalidOrTooLong" }),
  );
});

test("writing to a null object fails at sync with ItemNotFound", async () => {
  host.loadDocument({ paragraphs: [{ text: "" }], styles: [] });
  host.wordApi = "1.5";
  await expect(
    run(async (context) => {
      const normal = context.document.getStyles().getByNameOrNullObject("Normal");
      expect(() => normal.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      normal.font.size = 14;
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
});
