/** The clerk's checklist over the extracted tasks: state, merge with a scan, storage format. */
export * from "./state";
export { mergeChecklist, newTaskIds, removedRows } from "./merge";
export type { ChecklistRow, RowStatus } from "./merge";
export { serializeChecklist, parseChecklist, CHECKLIST_NAMESPACE } from "./storage";
export type { ParsedChecklist } from "./storage";
