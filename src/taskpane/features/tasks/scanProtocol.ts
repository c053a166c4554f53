/**
 * The messages between the pane and the extraction worker, and the worker's one job: answer a scan request. Kept
 * apart from the worker's entry so the same answer is tested without a Worker.
 */
import { ExtractInput, ExtractOptions, ExtractResult, extractTasks } from "../../../core/tasks";

export interface ScanRequest {
  id: number;
  input: ExtractInput;
  options: ExtractOptions;
}

export type ScanReply = { id: number; ok: true; result: ExtractResult } | { id: number; ok: false; message: string };

export function answerScan(request: ScanRequest): ScanReply {
  try {
    return { id: request.id, ok: true, result: extractTasks(request.input, request.options) };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
