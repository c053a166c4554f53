/** Task extraction: paragraphs and tables → tasks (nhiệm vụ) with owner, co-owners, deadline, section and position. */
export type {
  SourceParagraph,
  SourceTable,
  ExtractInput,
  ExtractOptions,
  Task,
  ExtractResult,
  ExtractWarning,
  ExtractWarningCode,
} from "./types";
export { extractTasks } from "./extract";
export { assignIds } from "./ids";
