/** Tổng hợp: per owner, how many tasks are in each status (core/followup), as of the export's day. */
import { FOLLOW_UP_STATUSES, FollowUpStatus, STATUS_LABELS } from "../followup";
import { NO_OWNER, statusOf } from "./columns";
import type { ExportOptions, ExportRow } from "./model";
import { compareOwners } from "./sort";

export interface OwnerSummary {
  /** Đơn vị chủ trì ("Chưa xác định" for tasks nobody owns). */
  owner: string;
  counts: Record<FollowUpStatus, number>;
  total: number;
}

/** The summary table's header: the owner, one column per status in report order, the total. */
export const SUMMARY_LABELS: readonly string[] = [
  "Đơn vị chủ trì",
  ...FOLLOW_UP_STATUSES.map((s) => STATUS_LABELS[s]),
  "Tổng số",
];

const zeros = (): Record<FollowUpStatus, number> =>
  Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as Record<FollowUpStatus, number>;

/** One line per owner as written (trimmed, NFC), in Vietnamese order, the unowned last. */
export function summarizeByOwner(rows: readonly ExportRow[], options: ExportOptions): OwnerSummary[] {
  const byOwner = new Map<string | null, OwnerSummary>();
  for (const row of rows) {
    const key = row.task.owner?.normalize("NFC").trim() || null;
    let s = byOwner.get(key);
    if (!s) byOwner.set(key, (s = { owner: key ?? NO_OWNER, counts: zeros(), total: 0 }));
    s.counts[statusOf(row, options)]++;
    s.total++;
  }
  return [...byOwner.entries()].sort(([a], [b]) => compareOwners(a, b)).map(([, s]) => s);
}
