/**
 * Báo cáo kết quả thực hiện (the progress report a clerk sends the leader each month or quarter), drafted from the
 * checklist: the profile's header, "BÁO CÁO / Kết quả thực hiện <văn bản> …", the as-of day, counts and shares per
 * status, a task table per source document with the clerk's notes, grey guidance for difficulties and proposals,
 * Nơi nhận and signature. A Decree 30 báo cáo like any other draft of the kind.
 */
import { ExportRow, NO_OWNER, RULE_LABELS, shortDate, statusOf, stripListMark } from "../export";
import {
  FollowUpStatus,
  STATUS_LABELS,
  dueDayAsOf,
  formatPermille,
  isDone,
  shares,
  summarizeStatuses,
  type StatusSummary,
} from "../followup";
import { Block, DocumentModel, SectionBreak, TaggedBlock } from "../model";
import { appendixBlock } from "./appendix";
import { dataTable, type DataColumn } from "./dataTable";
import { bodyText, guidance, heading } from "./guidance";
import { headerBlock } from "./header";
import { bodyDefaults, landscape, pageSetup, textWidthOf } from "./pageSetup";
import { signatureBlock } from "./signature";
import { titleBlock } from "./title";
import {
  FollowUpOptions,
  beforeTable,
  bySource,
  dueSoonOf,
  issueDateOf,
  issuerInSentence,
  sourcesInSentence,
  textWidth,
} from "./followUpCommon";
import { sourceTitle } from "../export";

/**
 * The report's task table (issue 16): STT, nội dung, chủ trì, phối hợp, thời hạn, tình trạng, kết quả / ghi chú. It
 * is set on a landscape page (the appendix), where the task text and both owner columns have room: on the portrait
 * page "Nội dung" was a narrow column (96 tasks took 26 pages), and widening it broke owners' names mid-word.
 */
export const REPORT_COLUMNS: readonly DataColumn[] = [
  // Weights in twips over the landscape text width with 30 + 20 mm margins (14003; scaled to the page). At 12 pt with
  // Word's 108 tw cell padding on each side: "STT" (bold) needs ≈ 670 tw and "31/12/2026" ≈ 1310 tw on one line, and
  // the owner columns (≈ 74 pt of text) hold the longest word of any agency name ("nghiệp", "Thương,", "UBND") whole.
  { title: "STT", weight: 700, align: "center" },
  { title: "Nội dung nhiệm vụ", weight: 5600 },
  { title: "Đơn vị chủ trì", weight: 1700 },
  { title: "Đơn vị phối hợp", weight: 1700 },
  { title: "Thời hạn", weight: 1350, align: "center" },
  { title: "Tình trạng", weight: 1300, align: "center" },
  { title: "Kết quả, ghi chú", weight: 1653 },
];

/** The appendix's title: the table of every task, on landscape pages after the signature. */
const TASK_APPENDIX_TITLE = "Kết quả thực hiện từng nhiệm vụ";

const COUNT_COLUMNS: readonly DataColumn[] = [
  { title: "STT", weight: 680, align: "center" },
  { title: "Tình trạng", weight: 4391 },
  { title: "Số nhiệm vụ", weight: 2000, align: "center" },
  { title: "Tỷ lệ", weight: 2000, align: "center" },
];

/**
 * The line of the table for one task: its deadline as written when it has no day; the day it was done opens the
 * result column, before the clerk's note.
 */
function taskCells(row: ExportRow, n: number, options: FollowUpOptions): string[] {
  const { task } = row;
  const status = statusOf(row, { today: options.asOf, dueSoonDays: dueSoonOf(options) });
  // A recurring duty is due at its next repetition (the day its status is judged by), its period named under it.
  const due = dueDayAsOf(task.deadline, options.asOf);
  const rule = task.deadline?.rule ? `\n(${RULE_LABELS[task.deadline.rule].toLowerCase()})` : "";
  const deadline = due ? `${shortDate(due)}${rule}` : (task.deadline?.raw ?? "");
  const doneOn = row.doneOn && isDone(status) ? `Hoàn thành ngày ${shortDate(row.doneOn)}.` : "";
  return [
    String(n),
    stripListMark(task.text),
    task.owner?.trim() || NO_OWNER,
    task.coOwners.join("; "),
    deadline,
    STATUS_LABELS[status],
    [doneOn, row.note ?? ""].filter(Boolean).join("\n"),
  ];
}

/** "Đã hoàn thành 3/10 nhiệm vụ (30%), trong đó: đúng hạn 2, quá hạn 1. Chưa hoàn thành 7 …". */
export function summarySentences(summary: StatusSummary, dueSoonDays: number): string[] {
  const n = (status: FollowUpStatus) => summary.counts.find((c) => c.status === status)!.count;
  const [donePart, openPart] = shares([summary.done, summary.open]);
  return [
    `Tổng số nhiệm vụ được giao: ${summary.total}.`,
    `Đã hoàn thành: ${summary.done} nhiệm vụ (${formatPermille(donePart)}), trong đó đúng hạn ${n("done-on-time")}, ` +
      `quá hạn ${n("done-late")}.`,
    `Chưa hoàn thành: ${summary.open} nhiệm vụ (${formatPermille(openPart)}), trong đó còn trong hạn ` +
      `${n("in-time") + n("due-soon")} (sắp đến hạn trong ${dueSoonDays} ngày: ${n("due-soon")}), quá hạn ` +
      `${n("overdue")}, không có thời hạn ${n("no-deadline")}.`,
  ];
}

function countTable(summary: StatusSummary, width: number): Block {
  const rows = summary.counts.map((c, i) => [
    String(i + 1),
    STATUS_LABELS[c.status],
    String(c.count),
    formatPermille(c.permille),
  ]);
  rows.push(["", "Tổng số", String(summary.total), summary.total ? "100%" : "0%"]);
  return dataTable(COUNT_COLUMNS, rows, width, { boldRows: new Set([rows.length - 1]) });
}

/** One task table per source document, under the document's name when there are several. */
function taskTables(rows: readonly ExportRow[], options: FollowUpOptions, width: number): Block[] {
  const groups = bySource(rows);
  return groups.flatMap((group, i) => {
    const table = dataTable(
      REPORT_COLUMNS,
      group.rows.map((row, k) => taskCells(row, k + 1, options)),
      width,
      { splitRows: true },
    );
    return groups.length > 1 ? [beforeTable(heading(`${i + 1}. ${sourceTitle(group.source)}`, 2)), table] : [table];
  });
}

function body(rows: readonly ExportRow[], options: FollowUpOptions): Block[] {
  const { profile } = options;
  const issuer = issuerInSentence(profile);
  const sources = sourcesInSentence(bySource(rows).map((g) => g.source));
  const soon = dueSoonOf(options);
  const summary = summarizeStatuses(rows.map((row) => statusOf(row, { today: options.asOf, dueSoonDays: soon })));
  return [
    bodyText(
      `Thực hiện ${sources}, ${issuer} báo cáo kết quả thực hiện các nhiệm vụ tính đến ngày ` +
        `${shortDate(options.asOf)} như sau:`,
    ),
    heading("I. KẾT QUẢ CHUNG"),
    ...summarySentences(summary, soon).map((line, i, all) =>
      i === all.length - 1 ? beforeTable(bodyText(line)) : bodyText(line),
    ),
    countTable(summary, textWidth(profile)),
    heading("II. KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ"),
    bodyText(
      rows.length
        ? `Chi tiết kết quả thực hiện từng nhiệm vụ (${rows.length} nhiệm vụ) tại Phụ lục kèm theo Báo cáo này.`
        : "Không có nhiệm vụ nào được giao.",
    ),
    heading("III. KHÓ KHĂN, VƯỚNG MẮC"),
    guidance("Khó khăn, vướng mắc", "Nêu khó khăn, vướng mắc và nguyên nhân đối với các nhiệm vụ chưa hoàn thành."),
    heading("IV. KIẾN NGHỊ, ĐỀ XUẤT"),
    guidance("Kiến nghị", "Kiến nghị, đề xuất giải pháp, điều chỉnh thời hạn hoặc chỉ đạo tiếp theo (nếu có)."),
    { ...bodyText(`Trên đây là báo cáo kết quả thực hiện ${sources} của ${issuer}./.`), keepWithNext: true },
  ];
}

/** The subject under "BÁO CÁO". */
export function reportSubject(rows: readonly ExportRow[]): string {
  const groups = bySource(rows);
  if (groups.length > 3) return `Kết quả thực hiện nhiệm vụ tại ${groups.length} văn bản`;
  return `Kết quả thực hiện ${sourcesInSentence(groups.map((g) => g.source))}`;
}

/** The report's blocks: header, title, body, signature (tagged like any draft's); the task table is its appendix. */
export function progressReportBlocks(rows: readonly ExportRow[], options: FollowUpOptions): TaggedBlock[] {
  const { profile } = options;
  const date = issueDateOf(options);
  return [
    headerBlock({ profile, typeAbbreviation: "BC", number: null, date }),
    titleBlock({
      typeName: "BÁO CÁO",
      subject: reportSubject(rows),
      subjectGuidance: "Kết quả thực hiện …",
      contentWidthTwips: textWidth(profile),
    }),
    { name: "scaffold", title: "Nội dung báo cáo", blocks: body(rows, options) },
    signatureBlock({ profile }),
  ];
}

/**
 * The task table as the report's Phụ lục, in a landscape section of its own after the signature (Decree 30 §1 and
 * Phụ lục III model 2.1): "Phụ lục", its title, "(Kèm theo Báo cáo số …/BC-… ngày … của …)", then the tables; its
 * pages numbered from 1 in the header, centred, not on its first page, as each appendix is.
 */
function taskAppendix(rows: readonly ExportRow[], options: FollowUpOptions): [SectionBreak, TaggedBlock] {
  const page = landscape(pageSetup(options.profile));
  const width = textWidthOf(page);
  const appendix = appendixBlock({
    number: null,
    title: TASK_APPENDIX_TITLE,
    documentName: "Báo cáo",
    documentNumber: null,
    typeAbbreviation: "BC",
    date: issueDateOf(options),
    contentWidthTwips: width,
    content: taskTables(rows, options, width),
    startsSection: true,
    profile: options.profile,
  });
  return [{ kind: "section-break", page, restartPageNumbers: true }, appendix];
}

/** The whole report, for the .docx writer: portrait body and signature, then the landscape task appendix. */
export function progressReportDocument(rows: readonly ExportRow[], options: FollowUpOptions): DocumentModel {
  return {
    page: pageSetup(options.profile),
    defaults: bodyDefaults(options.profile),
    body: [...progressReportBlocks(rows, options), ...(rows.length ? taskAppendix(rows, options) : [])],
  };
}
