/**
 * A pure job off the UI thread: on a 300-page document extraction and the Decree 30 check each take long enough to
 * freeze the pane if they run there. One worker per job, started on its first call and kept; where Worker is missing,
 * or the worker fails to start or dies, the job runs on the main thread instead, so the clerk always gets the answer.
 */
import { JobReply, JobRequest } from "./protocol";

/** The part of a Worker the client uses (a fake in tests). */
export interface JobWorker<I, O> {
  postMessage(request: JobRequest<I>): void;
  addEventListener(type: "message", listener: (event: { data: JobReply<O> }) => void): void;
  addEventListener(type: "error", listener: (event: unknown) => void): void;
  terminate(): void;
}

export type SpawnWorker<I, O> = () => Promise<JobWorker<I, O> | null>;

interface Pending<I, O> {
  input: I;
  resolve(result: O): void;
  reject(error: Error): void;
}

/** A browser without Worker (Word's oldest webviews, jsdom) gets null: the job runs on the main thread. */
export const hasWorker = (): boolean => typeof Worker === "function";

/** `run(input)` answers what `job(input)` answers, in the worker `spawn` starts when it can. */
export function createOffThread<I, O>(job: (input: I) => O, spawn: SpawnWorker<I, O>): (input: I) => Promise<O> {
  let worker: Promise<JobWorker<I, O> | null> | null = null;
  const pending = new Map<number, Pending<I, O>>();
  let nextId = 0;

  /** A call the worker could not take runs here, and still settles: the pane must never wait forever. */
  const runHere = (call: Pending<I, O>): void => {
    try {
      call.resolve(job(call.input));
    } catch (error) {
      call.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  /** The worker is gone: every waiting call runs on the main thread, and later calls do too. */
  const abandon = (dead: JobWorker<I, O>) => {
    dead.terminate();
    worker = Promise.resolve(null);
    const waiting = [...pending.values()];
    pending.clear();
    waiting.forEach(runHere);
  };

  const start = async (): Promise<JobWorker<I, O> | null> => {
    const started = await spawn().catch(() => null);
    if (!started) return null;
    started.addEventListener("message", ({ data }) => {
      const call = pending.get(data.id);
      if (!call) return;
      pending.delete(data.id);
      // The job itself failed: the main thread would fail the same way, so say it.
      if (data.ok) call.resolve(data.result);
      else call.reject(new Error(data.message));
    });
    started.addEventListener("error", () => abandon(started));
    return started;
  };

  return async function run(input: I): Promise<O> {
    worker = worker ?? start();
    const ready = await worker;
    if (!ready) return job(input);
    const id = (nextId += 1);
    return new Promise<O>((resolve, reject) => {
      const call: Pending<I, O> = { input, resolve, reject };
      pending.set(id, call);
      try {
        ready.postMessage({ id, input });
      } catch {
        // An input the browser cannot copy to the worker (DataCloneError): this one call runs here.
        pending.delete(id);
        runHere(call);
      }
    });
  };
}
