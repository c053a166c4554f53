import { ExtractInput, extractTasks } from "../../../core/tasks";
import { ScanWorker, createScanner } from "./extractInWorker";
import { ScanReply, ScanRequest, answerScan } from "./scanProtocol";

const input: ExtractInput = {
  paragraphs: [
    { text: "Hà Nội, ngày 10 tháng 11 năm 2026" },
    { text: "- Giao Sở Tài chính chủ trì rà soát dự toán, hoàn thành trước ngày 15/12/2026." },
    { text: "- Đề nghị Sở Nội vụ báo cáo kết quả trong tháng 12/2026." },
  ],
};
const options = { fallbackDate: "2026-11-01" };
const expected = extractTasks(input, options);

/** A stand-in Worker that answers in a later task, as a real one does, through the worker's own answer. */
class FakeWorker implements ScanWorker {
  posted: ScanRequest[] = [];
  terminated = false;
  private listeners: { message: ((e: { data: ScanReply }) => void)[]; error: ((e: unknown) => void)[] } = {
    message: [],
    error: [],
  };
  constructor(private readonly reply: (request: ScanRequest) => ScanReply | "crash" = answerScan) {}
  addEventListener(type: "message", listener: (event: { data: ScanReply }) => void): void;
  addEventListener(type: "error", listener: (event: unknown) => void): void;
  addEventListener(type: "message" | "error", listener: (event: never) => void): void {
    (this.listeners[type] as unknown[]).push(listener);
  }
  postMessage(request: ScanRequest) {
    this.posted.push(structuredClone(request));
    const answer = this.reply(request);
    setTimeout(() => {
      if (answer === "crash") this.listeners.error.forEach((l) => l(new Error("worker died")));
      else this.listeners.message.forEach((l) => l({ data: structuredClone(answer) }));
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

describe("scanInWorker: extraction off the UI thread, with the main thread as fallback", () => {
  test("the worker's answer is what extractTasks answers, and one worker serves every scan", async () => {
    const worker = new FakeWorker();
    const spawn = jest.fn(async () => worker);
    const scan = createScanner(spawn);
    expect(expected.tasks.map((t) => t.owner)).toEqual(["Sở Tài chính", "Sở Nội vụ"]);
    expect(await scan(input, options)).toEqual(expected);
    expect(await scan(input, options)).toEqual(expected);
    expect(spawn).toHaveBeenCalledTimes(1);
    expect(worker.posted).toHaveLength(2);
  });

  test("two scans at once each get their own answer (matched by id)", async () => {
    const other: ExtractInput = { paragraphs: [{ text: "- Giao Công an tỉnh kiểm tra trong quý I/2027." }] };
    const scan = createScanner(async () => new FakeWorker());
    const [first, second] = await Promise.all([scan(input, options), scan(other, options)]);
    expect(first).toEqual(expected);
    expect(second).toEqual(extractTasks(other, options));
  });

  test("no Worker in this browser: the scan runs on the main thread", async () => {
    const scan = createScanner(async () => null);
    expect(await scan(input, options)).toEqual(expected);
  });

  test("a worker that cannot start (script blocked) falls back to the main thread", async () => {
    const scan = createScanner(() => Promise.reject(new Error("SecurityError")));
    expect(await scan(input, options)).toEqual(expected);
  });

  test("a worker that dies mid-scan: the waiting scan and later ones run on the main thread", async () => {
    const worker = new FakeWorker(() => "crash");
    const spawn = jest.fn(async () => worker);
    const scan = createScanner(spawn);
    expect(await scan(input, options)).toEqual(expected);
    expect(worker.terminated).toBe(true);
    expect(await scan(input, options)).toEqual(expected);
    expect(worker.posted).toHaveLength(1);
    expect(spawn).toHaveBeenCalledTimes(1);
  });

  test("an input the worker cannot receive (DataCloneError) is scanned on the main thread", async () => {
    const worker = new FakeWorker();
    worker.postMessage = () => {
      throw new Error("DataCloneError");
    };
    const scan = createScanner(async () => worker);
    expect(await scan(input, options)).toEqual(expected);
  });

  test("the extractor failing in the worker rejects the scan with its message (it never hangs)", async () => {
    const scan = createScanner(async () => new FakeWorker((r) => ({ id: r.id, ok: false, message: "boom" })));
    await expect(scan(input, options)).rejects.toThrow("boom");
  });
});

describe("answerScan: the worker's job", () => {
  test("answers a request with its id and the extraction", () => {
    expect(answerScan({ id: 7, input, options })).toEqual({ id: 7, ok: true, result: expected });
  });

  test("an input that makes the extractor throw is answered with the message, not a dead worker", () => {
    const broken = { paragraphs: null } as unknown as ExtractInput;
    expect(answerScan({ id: 8, input: broken, options })).toMatchObject({ id: 8, ok: false });
  });
});
