/** Task extraction: paragraphs and tables → tasks (nhiệm vụ) with owner, co-owners, deadline, section, position, evidence. */
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
export { EVIDENCE_LABELS, confidenceOf } from "./evidence";
export type { EvidenceCode } from "./evidence";
