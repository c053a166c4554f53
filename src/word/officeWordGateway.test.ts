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

    expect(outcome).toEqual({ ok: true });
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
