/** Tổng hợp: per owner, how many tasks are open, overdue and done. */
import { NO_OWNER, statusOf } from "./columns";
import type { ExportOptions, ExportRow } from "./model";
import { compareOwners } from "./sort";

export interface OwnerSummary {
  /** Đơn vị chủ trì ("Chưa xác định" for tasks nobody owns). */
  owner: string;
  /** Chưa xong (not overdue). */
  open: number;
  /** Quá hạn. */
  overdue: number;
  /** Đã xong. */
  done: number;
  total: number;
}

export const SUMMARY_LABELS = ["Đơn vị chủ trì", "Chưa xong", "Quá hạn", "Đã xong", "Tổng số"] as const;

/** One line per owner as written (trimmed, NFC), in Vietnamese order, the unowned last. */
export function summarizeByOwner(rows: readonly ExportRow[], options: ExportOptions): OwnerSummary[] {
  const byOwner = new Map<string | null, OwnerSummary>();
  for (const row of rows) {
    const key = row.task.owner?.normalize("NFC").trim() || null;
    let s = byOwner.get(key);
    if (!s) byOwner.set(key, (s = { owner: key ?? NO_OWNER, open: 0, overdue: 0, done: 0, total: 0 }));
    const status = statusOf(row, options.today);
    if (status === "Đã xong") s.done++;
    else if (status === "Quá hạn") s.overdue++;
    else s.open++;
    s.total++;
  }
  return [...byOwner.entries()].sort(([a], [b]) => compareOwners(a, b)).map(([, s]) => s);
}
