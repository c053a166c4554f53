import { createOffThread } from "./client";
import { FakeWorker } from "../../../test/fakes/fakeWorker";
import { answer } from "./protocol";

/** A pure job whose answer shows which input it got. */
const square = (n: number): { n: number; square: number } => ({ n, square: n * n });

describe("createOffThread: a pure job in a worker, with the main thread as fallback", () => {
  test("the worker's answer is the job's, and one worker serves every call", async () => {
    const worker = FakeWorker.of(square);
    const spawn = jest.fn(async () => worker);
    const run = createOffThread(square, spawn);
    expect(await run(3)).toEqual({ n: 3, square: 9 });
    expect(await run(4)).toEqual({ n: 4, square: 16 });
    expect(spawn).toHaveBeenCalledTimes(1);
    expect(worker.posted.map((r) => r.input)).toEqual([3, 4]);
  });

  test("two calls at once each get their own answer (matched by id)", async () => {
    const run = createOffThread(square, async () => FakeWorker.of(square));
    expect(await Promise.all([run(2), run(5)])).toEqual([square(2), square(5)]);
  });

  test("no Worker in this browser: the job runs on the main thread", async () => {
    const job = jest.fn(square);
    const run = createOffThread(job, async () => null);
    expect(await run(6)).toEqual(square(6));
    expect(job).toHaveBeenCalledWith(6);
  });

  test("a worker that cannot start (script blocked) falls back to the main thread", async () => {
    const run = createOffThread(square, () => Promise.reject(new Error("SecurityError")));
    expect(await run(7)).toEqual(square(7));
  });

  test("a worker that dies mid-call: the waiting call and later ones run on the main thread", async () => {
    const worker = new FakeWorker<number, ReturnType<typeof square>>(() => "crash");
    const spawn = jest.fn(async () => worker);
    const run = createOffThread(square, spawn);
    expect(await run(8)).toEqual(square(8));
    expect(worker.terminated).toBe(true);
    expect(await run(9)).toEqual(square(9));
    expect(worker.posted).toHaveLength(1);
    expect(spawn).toHaveBeenCalledTimes(1);
  });

  test("an input the worker cannot receive (DataCloneError) runs on the main thread", async () => {
    const job = (f: () => number) => f();
    const run = createOffThread(job, async () => FakeWorker.of(job));
    expect(await run(() => 42)).toBe(42);
  });

  test("the job failing in the worker rejects the call with its message (it never hangs)", async () => {
    const run = createOffThread(square, async () => new FakeWorker((r) => ({ id: r.id, ok: false, message: "boom" })));
    await expect(run(1)).rejects.toThrow("boom");
  });

  test("the job failing on the main thread rejects the call too", async () => {
    const run = createOffThread(
      (): number => {
        throw new Error("no paragraphs");
      },
      async () => null,
    );
    await expect(run(undefined)).rejects.toThrow("no paragraphs");
  });
});

describe("answer: the worker's side", () => {
  test("answers a request with its id and the job's result", () => {
    expect(answer(square, { id: 7, input: 3 })).toEqual({ id: 7, ok: true, result: square(3) });
  });

  test("a job that throws is answered with the message, not a dead worker", () => {
    const reply = answer((n: number) => (n > 0 ? n : JSON.parse("{")), { id: 8, input: -1 });
    expect(reply).toMatchObject({ id: 8, ok: false });
    expect(reply.ok ? "" : reply.message).toMatch(/JSON/);
  });
});
