/**
 * Extraction off the UI thread: a 300-page document takes long enough to freeze the pane if it runs there. One
 * worker, started on the first scan and kept; where Worker is missing or the worker fails to start or dies, the
 * scan runs on the main thread instead, so the clerk always gets the result.
 */
import { ExtractInput, ExtractOptions, ExtractResult, extractTasks } from "../../../core/tasks";
import type { ScanReply, ScanRequest } from "./scanProtocol";

/** The part of a Worker the scanner uses (a fake in tests). */
export interface ScanWorker {
  postMessage(request: ScanRequest): void;
  addEventListener(type: "message", listener: (event: { data: ScanReply }) => void): void;
  addEventListener(type: "error", listener: (event: unknown) => void): void;
  terminate(): void;
}

export type SpawnWorker = () => Promise<ScanWorker | null>;

interface Pending {
  input: ExtractInput;
  options: ExtractOptions;
  resolve(result: ExtractResult): void;
  reject(error: Error): void;
}

/** A scan the worker could not take runs here, and still settles: the pane must never wait forever. */
function runHere(scan: Pending): void {
  try {
    scan.resolve(extractTasks(scan.input, scan.options));
  } catch (error) {
    scan.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** The production spawner: null where this browser has no Worker (Word's oldest webviews, jsdom). */
const spawnDefault: SpawnWorker = async () => {
  if (typeof Worker !== "function") return null;
  const { spawnExtractWorker } = await import(/* webpackChunkName: "spawn-worker" */ "./spawnExtractWorker");
  return spawnExtractWorker() as unknown as ScanWorker;
};

/** A scanner with its own worker; `spawn` is injected in tests. */
export function createScanner(spawn: SpawnWorker = spawnDefault) {
  let worker: Promise<ScanWorker | null> | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 0;

  /** The worker is gone: every waiting scan runs on the main thread, and later scans do too. */
  const abandon = (dead: ScanWorker) => {
    dead.terminate();
    worker = Promise.resolve(null);
    const waiting = [...pending.values()];
    pending.clear();
    waiting.forEach(runHere);
  };

  const start = async (): Promise<ScanWorker | null> => {
    const started = await spawn().catch(() => null);
    if (!started) return null;
    started.addEventListener("message", ({ data }) => {
      const scan = pending.get(data.id);
      if (!scan) return;
      pending.delete(data.id);
      // The extractor itself failed: the main thread would fail the same way, so say it.
      if (data.ok) scan.resolve(data.result);
      else scan.reject(new Error(data.message));
    });
    started.addEventListener("error", () => abandon(started));
    return started;
  };

  return async function scan(input: ExtractInput, options: ExtractOptions): Promise<ExtractResult> {
    worker = worker ?? start();
    const ready = await worker;
    if (!ready) return extractTasks(input, options);
    const id = (nextId += 1);
    return new Promise<ExtractResult>((resolve, reject) => {
      const scan: Pending = { input, options, resolve, reject };
      pending.set(id, scan);
      try {
        ready.postMessage({ id, input, options });
      } catch {
        // An input the browser cannot copy to the worker (DataCloneError): this one scan runs here.
        pending.delete(id);
        runHere(scan);
      }
    });
  };
}

/** The pane's scanner: `scanInWorker(input, options)` answers what `extractTasks` answers, off the UI thread. */
export const scanInWorker = createScanner();
