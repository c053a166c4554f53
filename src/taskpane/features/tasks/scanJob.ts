/** The extraction worker's one job: the document's paragraphs and the scan's options in, the tasks out. */
import { ExtractInput, ExtractOptions, ExtractResult, extractTasks } from "../../../core/tasks";

export interface ScanInput {
  input: ExtractInput;
  options: ExtractOptions;
}

export const scanJob = ({ input, options }: ScanInput): ExtractResult => extractTasks(input, options);
