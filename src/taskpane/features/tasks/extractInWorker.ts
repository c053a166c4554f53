/**
 * Extraction off the UI thread (offThread/client.ts): a 300-page document takes long enough to freeze the pane if
 * it runs there.
 */
import type { ExtractInput, ExtractOptions, ExtractResult } from "../../../core/tasks";
import { SpawnWorker, createOffThread, hasWorker } from "../../offThread/client";
import { ScanInput, scanJob } from "./scanJob";

export type ScanSpawner = SpawnWorker<ScanInput, ExtractResult>;

/** The production spawner: null where this browser has no Worker. */
const spawnDefault: ScanSpawner = async () => {
  if (!hasWorker()) return null;
  const { spawnExtractWorker } = await import(/* webpackChunkName: "spawn-worker" */ "./spawnExtractWorker");
  return spawnExtractWorker() as unknown as Awaited<ReturnType<ScanSpawner>>;
};

/** A scanner with its own worker; `spawn` is injected in tests. */
export function createScanner(spawn: ScanSpawner = spawnDefault) {
  const run = createOffThread(scanJob, spawn);
  return (input: ExtractInput, options: ExtractOptions): Promise<ExtractResult> => run({ input, options });
}

/** The pane's scanner: `scanInWorker(input, options)` answers what `extractTasks` answers, off the UI thread. */
export const scanInWorker = createScanner();
