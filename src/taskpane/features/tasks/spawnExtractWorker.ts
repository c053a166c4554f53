/**
 * Starts the extraction worker. Its own module, loaded only where `Worker` exists: webpack turns this exact
 * `new Worker(new URL(…, import.meta.url))` form into a worker chunk, and jest (CommonJS) never has to parse it.
 */
export function spawnExtractWorker(): Worker {
  return new Worker(new URL("./extract.worker.ts", import.meta.url), { name: "extract" });
}
