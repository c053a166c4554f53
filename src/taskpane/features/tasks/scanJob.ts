/**
 * The extraction worker's one job: the document's paragraphs and the scan's options in, the tasks out. A fresh
 * draft's grey guidance is blanked here, not before posting: the first call builds every template to know its
 * sentences (about 20 ms), work for the worker rather than the UI thread.
 */
import { ExtractInput, ExtractOptions, ExtractResult, extractTasks } from "../../../core/tasks";
import { withoutUntouchedGuidance } from "../../../core/templates";

export interface ScanInput {
  input: ExtractInput;
  options: ExtractOptions;
}

export const scanJob = ({ input, options }: ScanInput): ExtractResult =>
  extractTasks(withoutUntouchedGuidance(input), options);
