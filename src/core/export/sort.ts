/** Orders for the list: as the document reads, or by deadline for a tracker over many documents. */
import { dueDayAsOf } from "../followup";
import type { ExportRow } from "./model";

/** Vietnamese order (ă after a, đ after d), case- and accent-insensitive at first, numbers by value. */
export const viCollator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Document order: by file, then paragraph; tasks whose sentence is gone (paragraph -1) at the end of their file. */
export function byDocument(a: ExportRow, b: ExportRow): number {
  const file = viCollator.compare(a.source.fileName ?? "", b.source.fileName ?? "");
  if (file) return file;
  const pa = a.task.paragraphIndex < 0 ? Infinity : a.task.paragraphIndex;
  const pb = b.task.paragraphIndex < 0 ? Infinity : b.task.paragraphIndex;
  return pa === pb ? 0 : pa < pb ? -1 : 1;
}

/**
 * Earliest due day first (a recurring duty by its next repetition as of `asOf`, the day its Thời hạn cell shows),
 * tasks without a date last; ties by owner (Vietnamese order), then document order.
 */
export const byDeadline =
  (asOf: string) =>
  (a: ExportRow, b: ExportRow): number => {
    const da = dueDayAsOf(a.task.deadline, asOf);
    const db = dueDayAsOf(b.task.deadline, asOf);
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    return compareOwners(a.task.owner, b.task.owner) || byDocument(a, b);
  };

/** Named owners in Vietnamese order, tasks nobody owns after them. */
export function compareOwners(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return viCollator.compare(a, b);
}

/** `asOf` (ISO) places recurring duties by their next repetition when sorting by deadline. */
export function sortRows(rows: readonly ExportRow[], order: "document" | "deadline", asOf: string): ExportRow[] {
  return [...rows].sort(order === "deadline" ? byDeadline(asOf) : byDocument);
}
