/**
 * The two gateway calls behind "Cập nhật số, ngày và đường kẻ": read what the clerk typed in the add-in's blocks,
 * then replace the blocks, one sync each, loading only the blocks' text.
 */
import { headerBlock, titleBlock } from "../core/templates";
import { officeWordGateway } from "./officeWordGateway";

const header = headerBlock({
  profile: { parentAgency: "", issuingAgency: "THANH TRA TỈNH", issuerAbbreviation: "TTr", place: "Tây Ninh" },
  typeAbbreviation: "KL",
  number: 3,
  date: { year: 2026, month: 6, day: 5 },
});
const title = titleBlock({ typeName: "KẾT LUẬN", subject: "Về việc x", subjectGuidance: "…", contentWidthTwips: 9071 });

function installWord(contentControls: unknown): { syncs: number } {
  const recorder = { syncs: 0 };
  const context = { document: { contentControls }, sync: async () => void recorder.syncs++ };
  (global as unknown as { Word: unknown }).Word = { run: (batch: (c: unknown) => Promise<unknown>) => batch(context) };
  return recorder;
}

afterEach(() => {
  delete (global as unknown as { Word?: unknown }).Word;
});

test("reads the text of each named block in one sync; a block that is not there is absent", async () => {
  const loads: unknown[] = [];
  const texts: Record<string, string[]> = { "kl:header": ["Số: 03/KL-TTr\rV/v x"], "kl:title": [] };
  const recorder = installWord({
    getByTag: (tag: string) => ({
      items: (texts[tag] ?? []).map((text) => ({ text })),
      load: (what: unknown) => loads.push(what),
    }),
  });
  const result = await officeWordGateway.readBlockTexts(["header", "title"]);
  expect(result).toEqual({ ok: true, value: { header: "Số: 03/KL-TTr\rV/v x" } });
  expect(loads).toEqual(["items/text", "items/text"]);
  expect(recorder.syncs).toBe(1);
});

test("replaces several blocks in one sync, each inside its own control, in order", async () => {
  const inserts: Array<[string, string, string]> = [];
  const recorder = installWord({
    getByTag: (tag: string) => ({
      getFirst: () => ({ insertOoxml: (xml: string, where: string) => inserts.push([tag, xml, where]) }),
    }),
  });
  expect(await officeWordGateway.replaceBlocks([header, title])).toEqual({ ok: true, value: undefined });
  expect(inserts.map(([tag, , where]) => `${tag} ${where}`)).toEqual(["kl:header Replace", "kl:title Replace"]);
  for (const [, xml] of inserts) expect(xml).not.toContain("<w:sdt><w:sdtPr><w:alias");
  expect(recorder.syncs).toBe(1);
});

test("an Office error becomes a message for the clerk", async () => {
  installWord({
    getByTag: () => ({
      getFirst: () => {
        throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
      },
    }),
  });
  const result = await officeWordGateway.replaceBlocks([header]);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toBe("not-found");
});
