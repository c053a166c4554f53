/**
 * The gateway against office-addin-mock: the calls it makes and how many syncs they cost.
 */
import { OfficeMockObject } from "office-addin-mock";
import { headerBlock } from "../core/templates";
import { flatPackageParts } from "../ooxml";
import { officeWordGateway } from "./officeWordGateway";

const header = headerBlock({
  profile: {
    parentAgency: "UBND TỈNH TÂY NINH",
    issuingAgency: "THANH TRA TỈNH",
    issuerAbbreviation: "TTr",
    place: "Tây Ninh",
  },
  typeAbbreviation: "KL",
  number: null,
  date: { year: 2020, month: 11, day: 10 },
});

function mockWord(insertOoxml: (ooxml: string, location: string) => void) {
  const data = {
    context: {
      document: {
        selection: { insertOoxml },
        getSelection() {
          return this.selection;
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<void>) {
      await callback(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as { context: { sync: () => Promise<void> } };
  const sync = jest.spyOn(mock.context, "sync");
  (global as unknown as { Word: unknown }).Word = mock;
  return { sync };
}

describe("officeWordGateway.insertBlock", () => {
  afterEach(() => {
    delete (global as unknown as { Word?: unknown }).Word;
  });

  it("inserts the header package after the selection in exactly one sync", async () => {
    const calls: Array<[string, string]> = [];
    const { sync } = mockWord((ooxml, location) => calls.push([ooxml, location]));

    const outcome = await officeWordGateway.insertBlock(header);

    expect(outcome).toEqual({ ok: true, value: undefined });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(1);
    const [ooxml, location] = calls[0];
    expect(location).toBe("After");
    const document = flatPackageParts(ooxml).get("/word/document.xml") ?? "";
    expect(document).toContain('<w:tag w:val="kl:header"/>');
    expect(document).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("reports a protected document in Vietnamese instead of throwing", async () => {
    mockWord(() => {
      throw Object.assign(new Error("The document is read-only."), { code: "AccessDenied" });
    });

    const outcome = await officeWordGateway.insertBlock(header);

    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe("document-protected");
      expect(outcome.error.message).toMatch(/bị khóa hoặc chỉ đọc/);
    }
  });
});

/**
 * office-addin-mock cannot mock collections (paragraphs, content controls, custom XML parts), so these
 * methods run against a small hand-made object model that records the calls and counts the syncs.
 */
interface Recorder {
  syncs: number;
  calls: string[];
}

function installWord(document: Record<string, unknown>, options: { wordApi14?: boolean } = {}): Recorder {
  const recorder: Recorder = { syncs: 0, calls: [] };
  const context = {
    document,
    sync: async () => {
      recorder.syncs++;
    },
  };
  (global as unknown as { Word: unknown }).Word = { run: (batch: (c: unknown) => Promise<unknown>) => batch(context) };
  (global as unknown as { Office: unknown }).Office = {
    context: {
      requirements: { isSetSupported: (_set: string, version: string) => version !== "1.4" || !!options.wordApi14 },
    },
  };
  return recorder;
}

const collection = <T>(items: T[], recorder: Recorder, name: string) => ({
  items,
  load: (what: unknown) => recorder.calls.push(`${name}.load ${JSON.stringify(what)}`),
});

describe("officeWordGateway reading and state", () => {
  afterEach(() => {
    delete (global as unknown as { Word?: unknown }).Word;
    delete (global as unknown as { Office?: unknown }).Office;
  });

  it("reads paragraphs and tables in one sync, loading only what the extractor needs", async () => {
    const recorder: Recorder = { syncs: 0, calls: [] };
    const paragraph = (text: string, listString?: string) => ({
      text,
      isListItem: listString !== undefined,
      tableNestingLevel: 0,
      outlineLevel: 10,
      styleBuiltIn: "Normal",
      listItemOrNullObject: listString ? { isNullObject: false, level: 0, listString } : { isNullObject: true },
      parentContentControlOrNullObject: { isNullObject: true },
    });
    const body = {
      paragraphs: collection(
        [paragraph("Sở Công Thương", "1."), paragraph("- Chủ trì theo dõi.")],
        recorder,
        "paragraphs",
      ),
      tables: collection([] as Array<{ values: string[][] }>, recorder, "tables"),
    };
    const installed = installWord({ body });
    installed.calls = recorder.calls;

    const result = await officeWordGateway.readDocument();

    expect(installed.syncs).toBe(1);
    expect(recorder.calls).toEqual([
      'paragraphs.load {"text":true,"isListItem":true,"tableNestingLevel":true,"outlineLevel":true,"styleBuiltIn":true,"listItemOrNullObject":{"level":true,"listString":true},"parentContentControlOrNullObject":{"tag":true}}',
      'tables.load "items/values"',
    ]);
    expect(result.ok && result.value.paragraphs).toEqual([
      { text: "Sở Công Thương", isListItem: true, listLevel: 0, listLabel: "1." },
      { text: "- Chủ trì theo dõi." },
    ]);
  });

  it("selects a sentence in one sync and says so clearly when it is gone", async () => {
    const searches: string[] = [];
    let selected = false;
    const recorder = installWord({
      body: {
        search: (text: string) => {
          searches.push(text);
          return {
            getFirst: () => ({
              select: () => {
                if (text.includes("đã xóa")) throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
                selected = true;
              },
            }),
          };
        },
      },
    });

    expect(await officeWordGateway.selectText("Các phòng rà soát ^ kế hoạch.")).toEqual({ ok: true, value: undefined });
    expect(searches[0]).toBe("Các phòng rà soát ^^ kế hoạch.");
    expect(selected).toBe(true);
    expect(recorder.syncs).toBe(1);

    const gone = await officeWordGateway.selectText("Câu đã xóa.");
    expect(gone.ok).toBe(false);
    if (!gone.ok)
      expect(gone.error).toMatchObject({ code: "not-found", message: expect.stringMatching(/Không còn tìm thấy/) });
  });

  it("saves the checklist into its custom XML part in two syncs, replacing the old part", async () => {
    const setXml = jest.fn();
    const add = jest.fn();
    const recorder = installWord(
      { customXmlParts: { add, getByNamespace: () => ({ items: [{ id: "1", setXml }], load: () => undefined }) } },
      { wordApi14: true },
    );

    const result = await officeWordGateway.saveChecklist("<checklist/>");

    expect(result.ok).toBe(true);
    expect(recorder.syncs).toBe(2);
    expect(setXml).toHaveBeenCalledWith("<checklist/>");
    expect(add).not.toHaveBeenCalled();
  });

  it("adds the part when the document has none yet", async () => {
    const add = jest.fn();
    const recorder = installWord(
      { customXmlParts: { add, getByNamespace: () => ({ items: [], load: () => undefined }) } },
      { wordApi14: true },
    );
    await officeWordGateway.saveChecklist("<checklist/>");
    expect(add).toHaveBeenCalledWith("<checklist/>");
    expect(recorder.syncs).toBe(2);
  });

  it("replaces only the tagged block's content in one sync", async () => {
    const tags: string[] = [];
    const inserts: Array<[string, string]> = [];
    const recorder = installWord({
      contentControls: {
        getByTag: (tag: string) => {
          tags.push(tag);
          return { getFirst: () => ({ insertOoxml: (xml: string, where: string) => inserts.push([xml, where]) }) };
        },
      },
    });

    await officeWordGateway.replaceBlock(header);

    expect(tags).toEqual(["kl:header"]);
    expect(inserts).toHaveLength(1);
    expect(inserts[0][1]).toBe("Replace");
    // The content goes in without a second content control around it.
    expect(inserts[0][0]).not.toContain("<w:sdt>");
    expect(recorder.syncs).toBe(1);
  });

  it("keeps the checklist in the document's settings where WordApi 1.4 (custom XML) is missing", async () => {
    const stored = new Map<string, unknown>();
    let saves = 0;
    (global as unknown as { Word: unknown }).Word = { run: () => Promise.reject(new Error("no Word.run expected")) };
    (global as unknown as { Office: unknown }).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        requirements: { isSetSupported: (_set: string, version: string) => version !== "1.4" },
        document: {
          settings: {
            get: (key: string) => stored.get(key) ?? null,
            set: (key: string, value: unknown) => stored.set(key, value),
            saveAsync: (callback: (result: { status: string }) => void) => {
              saves++;
              callback({ status: "succeeded" });
            },
          },
        },
      },
    };

    expect(await officeWordGateway.loadChecklist()).toEqual({ ok: true, value: null });
    expect(await officeWordGateway.saveChecklist("<checklist/>")).toEqual({ ok: true, value: undefined });
    expect(saves).toBe(1);
    expect(await officeWordGateway.loadChecklist()).toEqual({ ok: true, value: "<checklist/>" });
  });
});
