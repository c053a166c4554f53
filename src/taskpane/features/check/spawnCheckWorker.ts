/**
 * Starts the check worker. Its own module, loaded only where `Worker` exists: webpack turns this exact
 * `new Worker(new URL(…, import.meta.url))` form into a worker chunk, and jest (CommonJS) never has to parse it.
 */
export function spawnCheckWorker(): Worker {
  return new Worker(new URL("./check.worker.ts", import.meta.url), { name: "check-worker" });
}
