/** The extraction worker's entry (built by webpack from `new Worker(new URL(…))` in spawnExtractWorker.ts). */
import { ScanRequest, answerScan } from "./scanProtocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ScanRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => scope.postMessage(answerScan(event.data));
