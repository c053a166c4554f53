/**
 * The "Kiểm tra" gateway against a hand-made Word: what it reads, what it changes, and how many syncs it costs.
 */
import type { FixAction } from "../core/check";
import { officeCheckGateway, uniqueWindow } from "./checkGateway";

interface FakeParagraph {
  text: string;
  alignment?: string;
  firstLineIndent?: number;
  spaceBefore?: number;
  font: Record<string, unknown>;
  selected?: boolean;
  searches: Array<{ text: string; replaced?: [string, string]; font: Record<string, unknown> }>;
  select(): void;
  search(text: string): { getFirst(): { font: Record<string, unknown>; insertText(t: string, where: string): void } };
}

function paragraph(text: string): FakeParagraph {
  const p: FakeParagraph = {
    text,
    font: {},
    searches: [],
    select() {
      p.selected = true;
    },
    search(value: string) {
      const hit: FakeParagraph["searches"][number] = { text: value, font: {} };
      p.searches.push(hit);
      return {
        getFirst: () => ({ font: hit.font, insertText: (t: string, where: string) => (hit.replaced = [t, where]) }),
      };
    },
  };
  return p;
}

function mockWord(texts: string[], desktop = true, mode = "ReadWrite", headerTexts: string[] = []) {
  const paragraphs = texts.map(paragraph);
  const headerParagraphs = headerTexts.map(paragraph);
  const pageSetup: Record<string, unknown> = {};
  const ooxml = (value: string) => ({ value });
  const section = {
    pageSetup,
    getHeader: (kind: string) => ({
      getOoxml: () => ooxml(`header ${kind}`),
      paragraphs: { items: kind === "Primary" ? headerParagraphs : [], load: () => undefined },
    }),
    getFooter: (kind: string) => ({
      getOoxml: () => ooxml(`footer ${kind}`),
      paragraphs: { items: [], load: () => undefined },
    }),
  };
  const sync = jest.fn(async () => undefined);
  const context = {
    sync,
    document: {
      body: { getOoxml: () => ooxml("<pkg:package/>"), paragraphs: { items: paragraphs, load: () => undefined } },
      sections: { getFirst: () => section },
    },
  };
  (global as unknown as { Word: unknown }).Word = { run: async (cb: (c: unknown) => Promise<unknown>) => cb(context) };
  (global as unknown as { Office: unknown }).Office = {
    context: {
      requirements: { isSetSupported: (set: string) => desktop || set !== "WordApiDesktop" },
      document: { mode },
    },
    DocumentMode: { ReadOnly: "ReadOnly", ReadWrite: "ReadWrite" },
  };
  return { paragraphs, headerParagraphs, pageSetup, sync };
}

afterEach(() => {
  delete (global as unknown as { Word?: unknown }).Word;
  delete (global as unknown as { Office?: unknown }).Office;
});

const target = (index: number, text: string) => ({ where: { part: "body" as const }, index, text });

test("reads the body and the first section's headers and footers as OOXML in one sync", async () => {
  const { sync } = mockWord(["a"]);
  const read = await officeCheckGateway.readForCheck();
  expect(read).toEqual({
    ok: true,
    value: {
      readOnly: false,
      body: "<pkg:package/>",
      headers: { default: "header Primary", first: "header FirstPage" },
      footers: { default: "footer Primary", first: "footer FirstPage" },
    },
  });
  expect(sync).toHaveBeenCalledTimes(1);
});

test("says when Word has the document open read-only, as it opens a signed one", async () => {
  mockWord(["a"], true, "ReadOnly");
  const read = await officeCheckGateway.readForCheck();
  expect(read.ok && read.value.readOnly).toBe(true);
});

test("applies paragraph, font, text and page fixes in one write sync after one read", async () => {
  const { paragraphs, pageSetup, sync } = mockWord(["Số: 5/TB-VP", "Tây Ninh, ngày 5 tháng 02 năm 2026", "Nội dung"]);
  const actions: FixAction[] = [
    {
      kind: "paragraph",
      target: target(2, "Nội dung"),
      set: { align: "justify", firstLineTwips: 720, spacingBeforePt: 6 },
    },
    { kind: "run", target: target(0, "Số: 5/TB-VP"), start: 0, end: 11, set: { sizePt: 13, bold: false } },
    { kind: "text", target: target(1, "Tây Ninh, ngày 5 tháng 02 năm 2026"), start: 15, end: 16, from: "5", to: "05" },
    { kind: "page", section: 0, set: { left: 1701, titlePage: true } },
  ];
  const outcome = await officeCheckGateway.applyFixes(actions);
  expect(outcome).toEqual({ ok: true, value: { applied: 4, skipped: [] } });
  expect(sync).toHaveBeenCalledTimes(2);
  expect(paragraphs[2]).toMatchObject({ alignment: "Justified", firstLineIndent: 36, spaceBefore: 6 });
  expect(paragraphs[0].font).toEqual({ size: 13, bold: false });
  expect(paragraphs[1].searches).toEqual([{ text: "5", replaced: ["05", "Replace"], font: {} }]);
  expect(pageSetup).toEqual({ leftMargin: 85.05, differentFirstPageHeaderFooter: true });
});

test("changes nothing when a paragraph no longer holds the text the check saw", async () => {
  const { paragraphs, sync } = mockWord(["Nội dung đã sửa"]);
  const outcome = await officeCheckGateway.applyFixes([
    { kind: "paragraph", target: target(0, "Nội dung"), set: { align: "justify" } },
  ]);
  expect(outcome.ok).toBe(false);
  expect(!outcome.ok && outcome.error.message).toMatch(/đã thay đổi/);
  expect(paragraphs[0].alignment).toBeUndefined();
  expect(sync).toHaveBeenCalledTimes(1);
});

test("page setup is reported as skipped where WordApiDesktop 1.3 is missing (Word on the web)", async () => {
  const { pageSetup } = mockWord(["a"], false);
  const page: FixAction = { kind: "page", section: 0, set: { top: 1134 } };
  const outcome = await officeCheckGateway.applyFixes([page]);
  expect(outcome).toEqual({ ok: true, value: { applied: 0, skipped: [page] } });
  expect(pageSetup).toEqual({});
});

test("selects the paragraph in two syncs, and refuses one whose text changed", async () => {
  const { paragraphs, sync } = mockWord(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập"]);
  expect(await officeCheckGateway.selectParagraph({ part: "body" }, 0, "CỘNG HÒA")).toEqual({
    ok: true,
    value: undefined,
  });
  expect(paragraphs[0].selected).toBe(true);
  expect(sync).toHaveBeenCalledTimes(2);
  expect((await officeCheckGateway.selectParagraph({ part: "body" }, 1, "Tự do")).ok).toBe(false);
});

test("selects a paragraph of the first section's header; a later section's is not reached", async () => {
  const { paragraphs, headerParagraphs } = mockWord(["Nội dung"], true, "ReadWrite", ["2"]);
  const header = { part: "header", section: 0, kind: "default" } as const;
  expect((await officeCheckGateway.selectParagraph(header, 0, "2")).ok).toBe(true);
  expect(headerParagraphs[0].selected).toBe(true);
  expect(paragraphs[0].selected).toBeUndefined();
  expect((await officeCheckGateway.selectParagraph({ ...header, section: 1 }, 0, "2")).ok).toBe(false);
});

test("the search window is the shortest unique stretch around the edit", () => {
  // "5" and " 5 " occur twice; "y 5 t" once.
  expect(uniqueWindow("ngày 5 tháng 5 năm", 5, 6)).toEqual({ start: 3, end: 8 });
  expect(uniqueWindow("Số 05", 0, 2)).toEqual({ start: 0, end: 2 });
});
