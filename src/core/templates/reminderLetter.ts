/**
 * Công văn đôn đốc: one letter per owner whose tasks are overdue or due soon, "V/v đôn đốc thực hiện nhiệm vụ tại
 * <văn bản>", Kính gửi the owner, the tasks with their deadlines, a requested reply date, Nơi nhận ("Như trên"
 * first, as for every công văn) and signature. A Decree 30 công văn like any other draft of the kind.
 */
import { addWorkingDays, fromIso, toIso } from "../dates";
import { ExportRow, shortDate, stripListMark } from "../export";
import { FollowUpStatus, daysBetween, dueDayAsOf, remindersAsOf, safeFileStem, uniqueStems } from "../followup";
import { DocumentModel, Paragraph, TaggedBlock } from "../model";
import { capitaliseFirst } from "../profile";
import { dataTable, type DataColumn } from "./dataTable";
import { bodyText } from "./guidance";
import { headerBlock } from "./header";
import { bodyDefaults, pageSetup } from "./pageSetup";
import { signatureBlock } from "./signature";
import {
  FollowUpOptions,
  beforeTable,
  bySource,
  dueSoonOf,
  issueDateOf,
  issuerInSentence,
  sourcesInSentence,
  textWidth,
  writtenOn,
} from "./followUpCommon";

export interface ReminderOptions extends FollowUpOptions {
  /** The day the owner is asked to report back by, ISO; 5 working days after the as-of day by default. */
  replyBy?: string;
}

export interface ReminderLetter {
  /** Kính gửi, as the document wrote the owner. */
  owner: string;
  /** A file name stem safe on Windows, unique among the letters ("Sở Tài chính"). */
  fileStem: string;
  /** The tasks chased, in the letter's order. */
  rows: ExportRow[];
  /** How many of them are overdue (the others are due soon). */
  overdue: number;
  model: DocumentModel;
}

export interface ReminderLetters {
  letters: ReminderLetter[];
  /** Overdue or due-soon tasks nobody owns: no letter can go until the clerk names an owner. */
  unowned: ExportRow[];
}

/** Five working days: time enough to answer a letter, short enough to be a reminder. */
export const REPLY_WORKING_DAYS = 5;

const COLUMNS: readonly DataColumn[] = [
  { title: "STT", weight: 720, align: "center" },
  { title: "Nội dung nhiệm vụ", weight: 4580 },
  { title: "Thời hạn", weight: 1500, align: "center" },
  { title: "Tình trạng", weight: 2271, align: "center" },
];

export function defaultReplyBy(asOf: string): string {
  const day = fromIso(asOf);
  return day ? toIso(addWorkingDays(day, REPLY_WORKING_DAYS)) : asOf;
}

/** "Quá hạn 5 ngày", "Đến hạn hôm nay", "Còn 2 ngày". */
function lateness(status: FollowUpStatus, due: string | null, asOf: string): string {
  if (!due) return "";
  const days = daysBetween(asOf, due);
  if (status === "overdue") return `Quá hạn ${-days} ngày`;
  return days === 0 ? "Đến hạn hôm nay" : `Còn ${days} ngày`;
}

/** The addressee starts its line, so it starts with a capital even when the document wrote "các phòng" mid-sentence. */
const kinhGui = (owner: string): Paragraph => ({
  ...bodyText(`Kính gửi: ${capitaliseFirst(owner)}.`),
  align: "center",
  firstLineIndentTwips: 0,
  spacingBeforePt: 12,
  spacingAfterPt: 12,
});

function letterBlocks(
  owner: string,
  chased: Array<{ row: ExportRow; status: FollowUpStatus }>,
  options: ReminderOptions,
): TaggedBlock[] {
  const { profile, asOf } = options;
  const issuer = issuerInSentence(profile);
  const sources = sourcesInSentence(bySource(chased.map((c) => c.row)).map((g) => g.source));
  // The reply is asked for some working days after the letter is written, whatever day the figures are as of.
  const replyBy = options.replyBy ?? defaultReplyBy(writtenOn(options));
  const lines = chased.map(({ row, status }, i) => {
    const due = dueDayAsOf(row.task.deadline, asOf);
    return [String(i + 1), stripListMark(row.task.text), due ? shortDate(due) : "", lateness(status, due, asOf)];
  });
  const overdue = chased.filter((c) => c.status === "overdue").length;
  const situation =
    overdue === chased.length
      ? "đã quá thời hạn nhưng chưa có báo cáo kết quả thực hiện"
      : overdue === 0
        ? "sắp đến thời hạn nhưng chưa có báo cáo kết quả thực hiện"
        : "đã quá hoặc sắp đến thời hạn nhưng chưa có báo cáo kết quả thực hiện";
  const body = [
    kinhGui(owner),
    beforeTable(
      bodyText(
        `Thực hiện ${sources}, ${owner} được giao chủ trì thực hiện một số nhiệm vụ. Theo dõi đến ngày ` +
          `${shortDate(asOf)}, ${chased.length} nhiệm vụ sau ${situation}:`,
      ),
    ),
    dataTable(COLUMNS, lines, textWidth(profile)),
    bodyText(
      `Để bảo đảm tiến độ theo yêu cầu, ${issuer} đề nghị ${owner} khẩn trương triển khai thực hiện các nhiệm vụ ` +
        `nêu trên; báo cáo kết quả thực hiện (hoặc khó khăn, vướng mắc, đề xuất gia hạn nếu có) về ${issuer} ` +
        `trước ngày ${shortDate(replyBy)}.`,
    ),
    { ...bodyText(`${issuer} đề nghị ${owner} quan tâm, thực hiện./.`), keepWithNext: true },
  ];
  return [
    headerBlock({
      profile,
      typeAbbreviation: null,
      unitAbbreviation: profile.unitAbbreviation,
      number: null,
      date: issueDateOf(options),
      // The V/v line sits in the narrow number column: the documents without their dates.
      officialLetterSubject: `đôn đốc thực hiện nhiệm vụ tại ${sourcesInSentence(
        bySource(chased.map((c) => c.row)).map((g) => g.source),
        false,
      )}`,
    }),
    { name: "scaffold", title: "Nội dung công văn", blocks: body },
    signatureBlock({ profile, withAsAbove: true }),
  ];
}

/** One công văn per owner with tasks overdue or due soon as of the day given; owners in Vietnamese order. */
export function reminderLetters(rows: readonly ExportRow[], options: ReminderOptions): ReminderLetters {
  const { groups, unowned } = remindersAsOf(rows, options.asOf, dueSoonOf(options));
  const stems = uniqueStems(groups.map((g) => safeFileStem(g.owner)));
  const letters = groups.map((group, i) => {
    const chased = group.rows;
    return {
      owner: group.owner,
      fileStem: stems[i],
      rows: chased.map((c) => c.row),
      overdue: chased.filter((c) => c.status === "overdue").length,
      model: {
        page: pageSetup(options.profile),
        defaults: bodyDefaults(options.profile),
        body: letterBlocks(group.owner, chased, options),
      },
    };
  });
  return { letters, unowned };
}
