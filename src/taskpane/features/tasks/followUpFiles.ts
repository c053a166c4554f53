/**
 * The follow-up documents as .docx files: the progress report and one reminder letter per owner, built with the
 * drafts' templates and writer. Loaded on demand (its own chunk) so the writer never weighs on the first load.
 */
import { fromIso } from "../../../core/dates";
import type { ExportRow } from "../../../core/export";
import { safeFileStem } from "../../../core/followup";
import type { AgencyProfile } from "../../../core/profile";
import { progressReportDocument, reminderLetters } from "../../../core/templates";
import { writeDocx } from "../../../ooxml";

export interface FollowUpInput {
  rows: ExportRow[];
  profile: AgencyProfile;
  /** The day the statuses are counted on (today unless the clerk picks another), ISO. */
  asOf: string;
  /** Today, ISO: the documents' date line. */
  today: string;
  dueSoonDays: number;
  /** The source document's number and date, for file names ("05-KL-TTr_2020-11-10"). */
  baseName: string;
}

export interface FollowUpFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface LetterFile extends FollowUpFile {
  owner: string;
  /** Tasks chased in the letter, and how many of them are overdue. */
  count: number;
  overdue: number;
}

const optionsOf = (input: FollowUpInput) => ({
  profile: input.profile,
  asOf: input.asOf,
  dueSoonDays: input.dueSoonDays,
  date: fromIso(input.today) ?? undefined,
});

export function reportFile(input: FollowUpInput): FollowUpFile {
  const model = progressReportDocument(input.rows, optionsOf(input));
  return { fileName: `${safeFileStem(`Báo cáo tiến độ ${input.baseName}`)}.docx`, bytes: writeDocx(model) };
}

export function letterFiles(input: FollowUpInput): { letters: LetterFile[]; unowned: number } {
  const { letters, unowned } = reminderLetters(input.rows, optionsOf(input));
  return {
    letters: letters.map((letter) => ({
      owner: letter.owner,
      fileName: `${safeFileStem(`Công văn đôn đốc - ${letter.fileStem}`)}.docx`,
      bytes: writeDocx(letter.model),
      count: letter.rows.length,
      overdue: letter.overdue,
    })),
    unowned: unowned.length,
  };
}
