/**
 * What the progress report and the reminder letter share: the sources their tasks come from, the issuing body as a
 * sentence names it, the page and the header. Both are ordinary drafts of their kind (báo cáo, công văn), built with
 * the same blocks and writer as every other draft.
 */
import { fromIso, toIso } from "../dates";
import type { ExportRow, SourceDocument } from "../export";
import { sourceTitle } from "../export";
import { DEFAULT_FOLLOW_UP } from "../followup";
import { AgencyProfile, sentenceForms } from "../profile";
import { PartialDate } from "./placeAndDate";
import { contentWidthTwips } from "./typography";

export interface FollowUpOptions {
  profile: AgencyProfile;
  /** The day the statuses are counted on, ISO ("tính đến ngày …"). */
  asOf: string;
  /** Sắp đến hạn within this many days; 3 by default. */
  dueSoonDays?: number;
  /** The new document's date line, the day it is written (a month's report is made after the month); the as-of day by default. */
  date?: PartialDate;
}

/** The as-of day as a date line, unless a date is given. */
export function issueDateOf(options: FollowUpOptions): PartialDate {
  return options.date ?? fromIso(options.asOf) ?? { year: Number(options.asOf.slice(0, 4)) };
}

/** The day the document is written, ISO: its full date line, else the as-of day. */
export function writtenOn(options: FollowUpOptions): string {
  const { year, month, day } = issueDateOf(options);
  return month && day ? toIso({ year, month, day }) : options.asOf;
}

export const dueSoonOf = (options: FollowUpOptions): number => options.dueSoonDays ?? DEFAULT_FOLLOW_UP.dueSoonDays;

/**
 * The issuing body as running text names it (Decree 30 Appendix II, or the clerk's correction in the profile):
 * "Văn phòng Ủy ban nhân dân tỉnh", not the header's "VĂN PHÒNG".
 */
export const issuerInSentence = (profile: AgencyProfile): string => sentenceForms(profile).issuer || "…";

export const textWidth = (profile: AgencyProfile): number =>
  contentWidthTwips(profile.margins.leftMm, profile.margins.rightMm);

export interface SourceGroup {
  source: SourceDocument;
  rows: ExportRow[];
}

/** Rows grouped by the document they come from, in the order the documents first appear. */
export function bySource(rows: readonly ExportRow[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const row of rows) {
    const key = `${row.source.fileName ?? ""}\u0000${sourceTitle(row.source)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { source: row.source, rows: [] }));
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** "Thông báo kết luận số 05/TB-VP ngày 10/11/2020", or several such joined as a sentence lists them. */
export function sourcesInSentence(sources: readonly SourceDocument[], withDate = true): string {
  const titles = [...new Set(sources.map((source) => sourceTitle(source, withDate)))];
  if (titles.length <= 1) return titles[0] ?? "văn bản";
  return `${titles.slice(0, -1).join(", ")} và ${titles[titles.length - 1]}`;
}

/** A paragraph followed by a table: 6 pt below it, as the paragraph after the table has 6 pt above. */
export const beforeTable = <P extends { spacingAfterPt?: number }>(paragraph: P): P => ({
  ...paragraph,
  spacingAfterPt: 6,
});
