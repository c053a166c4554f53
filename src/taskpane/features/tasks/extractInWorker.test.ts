import { plainParagraphs } from "../../../core/model";
import { EMPTY_PROFILE } from "../../../core/profile";
import { ExtractInput, extractTasks } from "../../../core/tasks";
import { buildDraft } from "../../../core/templates";
import { FakeWorker } from "../../../../test/fakes/fakeWorker";
import { createScanner } from "./extractInWorker";
import { scanJob } from "./scanJob";

const input: ExtractInput = {
  paragraphs: [
    { text: "Hà Nội, ngày 10 tháng 11 năm 2026" },
    { text: "- Giao Sở Tài chính chủ trì rà soát dự toán, hoàn thành trước ngày 15/12/2026." },
    { text: "- Đề nghị Sở Nội vụ báo cáo kết quả trong tháng 12/2026." },
  ],
};
const options = { fallbackDate: "2026-11-01" };
const expected = extractTasks(input, options);

describe("scanInWorker: extraction off the UI thread (the worker machinery is tested in offThread/client.test.ts)", () => {
  test("the worker's answer, copied across the thread boundary, is what extractTasks answers", async () => {
    const worker = FakeWorker.of(scanJob);
    const scan = createScanner(async () => worker);
    expect(expected.tasks.map((t) => t.owner)).toEqual(["Sở Tài chính", "Sở Nội vụ"]);
    expect(await scan(input, options)).toEqual(expected);
    expect(worker.posted).toEqual([{ id: 1, input: { input, options } }]);
  });

  test("no Worker in this browser: the scan runs on the main thread with the same answer", async () => {
    const scan = createScanner(async () => null);
    expect(await scan(input, options)).toEqual(expected);
  });

  test("the extractor failing in the worker rejects the scan with its message", async () => {
    const broken = { paragraphs: null } as unknown as ExtractInput;
    const scan = createScanner(async () => FakeWorker.of(scanJob));
    await expect(scan(broken, options)).rejects.toThrow();
  });

  test("a fresh draft's grey guidance is blanked by the job itself (off the UI thread)", async () => {
    const profile = { ...EMPTY_PROFILE, issuingAgency: "THANH TRA TỈNH", issuerAbbreviation: "TTr", place: "Tây Ninh" };
    const blocks = buildDraft({
      kind: "ket-luan-giao-ban",
      profile,
      date: { year: 2026, month: 11, day: 10 },
      number: null,
    });
    const draft: ExtractInput = {
      paragraphs: plainParagraphs(blocks.flatMap((b) => b.blocks)).map((text) => ({ text })),
    };
    // Read as it is, the guidance ("- Mỗi nhiệm vụ một dòng: …") reads like tasks; the job lists none of it.
    expect(extractTasks(draft, options).tasks.length).toBeGreaterThan(0);
    const scan = createScanner(async () => FakeWorker.of(scanJob));
    const result = await scan(draft, options);
    expect(result.tasks.filter((t) => !t.text.startsWith("Theo dõi, đôn đốc"))).toEqual([]);
  });
});
