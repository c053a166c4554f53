/**
 * Deadline pass: each task's own deadline (its field line or table cell, else its text), or one handed down through
 * the outline (a closing line of its list, the paragraph that introduces it, its heading's period, an invitation's
 * meeting). Urgency is the task's own or its heading's or lead-in's. History before the issue date is never a deadline.
 */
import { CalendarDate, DateWarning, Deadline, findDeadline, isValidDate, toIso } from "../dates";
import { clauseOwner, stripOrdinal } from "./claims";
import { Inheritance } from "./context";
import { Evidence, evidence } from "./evidence";
import type { Field } from "./fields";
import { RX_CLOSING_LINE, asksReportOf, dayLabel, isUrgent, leadingTopic } from "./lexicon";
import type { OutlineNode } from "./outline";
import { WORD_CHARS } from "../text";

export interface Dated {
  deadline: Deadline | null;
  urgent: boolean;
  evidence: Evidence[];
}

export interface DeadlineContext {
  issued: CalendarDate;
  /** A task's own date before this is history (the issue date, or with none the day the grounds bound it by). */
  floor: CalendarDate;
  inh: Inheritance;
  /** An invitation's meeting: the preparation tasks it lists are due then. */
  meeting: Deadline | null;
  /** The last day off a holiday notice grants, for "trong thời gian nghỉ lễ" in its tasks (holidayOf). */
  holiday: string | null;
  /** Dates given to the items of a list by a closing line under it. */
  closing: Map<OutlineNode, { deadline: Deadline; from: OutlineNode }>;
  warn(ws: DateWarning[]): void;
}

function scan(text: string, ctx: DeadlineContext, mode: "text" | "cell") {
  const r = findDeadline(text, { issued: ctx.issued, mode, notBefore: ctx.floor });
  ctx.warn(r.warnings);
  return r;
}

function fromField(fields: readonly Field[], ctx: DeadlineContext): Deadline | null {
  for (const f of fields) if (f.kind === "time" && f.value) return scan(f.value, ctx, "cell").deadline;
  return null;
}

/**
 * A time that opens the task ("Khi …, ") is when it is due: an event. "(Trong) trường hợp …" only says when the duty
 * applies (a condition, not timing), so it dates nothing.
 */
const RX_CONDITION_OPENER = /^khi\s/iu;

/** The task's own deadline: its field line or deadline cell, else its words (past a leading topic or condition). */
function ownDeadline(n: OutlineNode, clause: string, ctx: DeadlineContext): Dated | null {
  const fieldLine = fromField(n.fields, ctx);
  const earlier = fieldLine ? earlierInWords(clause, fieldLine, ctx) : null;
  if (earlier) return { deadline: earlier, urgent: false, evidence: [evidence("deadline-own", earlier.raw)] };
  const field = fieldLine ?? (n.row?.deadlineCell ? scan(n.row.deadlineCell, ctx, "cell").deadline : null);
  if (field) return { deadline: field, urgent: false, evidence: [evidence("deadline-field", field.raw)] };
  // "15/11: Phát động …": a schedule line is due on the day it opens with.
  const day = dayLabel(clause);
  const onDay = day === null ? null : scan(day, ctx, "cell").deadline;
  if (onDay) return { deadline: onDay, urgent: false, evidence: [evidence("deadline-own", onDay.raw)] };
  const topic = n.row ? null : leadingTopic(clause);
  const own = scan(topic ? clause.slice(topic.length) : clause, ctx, "text");
  if (!own.deadline && topic && RX_CONDITION_OPENER.test(topic)) {
    const raw = topic.replace(/(?:,\s*|\s+thì,?\s*)$/u, "").trim();
    return { deadline: { raw, date: null, kind: "event" }, urgent: false, evidence: [evidence("deadline-own", raw)] };
  }
  if (!own.deadline) return duringHoliday(clause, ctx) ?? closingSentenceDeadline(n.text, clause, ctx);
  const why = [evidence("deadline-own", own.deadline.raw)];
  if (own.alternatives > 0) why.push(evidence("deadline-choice", own.deadline.raw));
  return { deadline: own.deadline, urgent: false, evidence: why };
}

/**
 * "(3) Tổ chức hiệp thương lần thứ ba: Chậm nhất ngày 20/02/2026 …" under a group's "- Thời gian hoàn thành: Quý IV/2025
 * và Quý I/2026": an item's own day before its field line's is the earlier of two due dates (spec: the earliest wins).
 */
function earlierInWords(clause: string, field: Deadline, ctx: DeadlineContext): Deadline | null {
  if (!field.date) return null;
  const own = scan(clause, ctx, "text").deadline;
  return own?.date && own.date < field.date ? own : null;
}

/** A paragraph's last sentence that only states when its work is due: "Thời hạn hoàn thành: trước ngày 30/11/2025." */
const RX_DEADLINE_SENTENCE = new RegExp(
  `(?:^|[.;]\\s+)((?:thời\\s+(?:hạn|gian)(?:\\s+(?:hoàn\\s+thành|thực\\s+hiện))?|hạn\\s+(?:chót|cuối))\\s*:?\\s+[^.;]{4,80})\\.?\\s*$`,
  "iu",
);

/**
 * A paragraph split into one task per owner ("Bộ A …; UBND B …. Thời hạn hoàn thành: trước ngày 30/11/2025.") dates
 * every part by its closing deadline sentence, not only the part the sentence ended up in.
 */
function closingSentenceDeadline(paragraph: string, clause: string, ctx: DeadlineContext): Dated | null {
  if (clause.length >= paragraph.length) return null;
  const m = RX_DEADLINE_SENTENCE.exec(paragraph.slice(-200));
  const d = m ? scan(m[1], ctx, "text").deadline : null;
  return d ? { deadline: d, urgent: false, evidence: [evidence("deadline-own", d.raw)] } : null;
}

const inherited = (d: Deadline): Deadline => ({ ...d, inherited: true });

/** The deadline handed down to n, nearest first. */
function handedDeadline(n: OutlineNode, ctx: DeadlineContext): Dated | null {
  const footer = fromField(n.footer, ctx);
  if (footer) return { deadline: inherited(footer), urgent: false, evidence: [evidence("deadline-field", footer.raw)] };
  const closing = ctx.closing.get(n);
  if (closing)
    return {
      deadline: inherited(closing.deadline),
      urgent: false,
      evidence: [evidence("deadline-inherited", closing.from.line)],
    };
  const up = ctx.inh.deadlineFor(n);
  if (up)
    return {
      deadline: inherited(up.deadline),
      urgent: false,
      evidence: [evidence("deadline-inherited", up.from.line)],
    };
  if (ctx.meeting)
    return {
      deadline: inherited(ctx.meeting),
      urgent: false,
      evidence: [evidence("deadline-meeting", ctx.meeting.raw)],
    };
  return null;
}

export function deadlineOf(n: OutlineNode, clause: string, ctx: DeadlineContext): Dated {
  const found = ownDeadline(n, clause, ctx) ??
    handedDeadline(n, ctx) ?? { deadline: null, urgent: false, evidence: [] };
  const urgentFrom = isUrgent(clause) || (n.row && isUrgent(n.row.deadlineCell)) ? n : ctx.inh.urgentFor(n);
  if (urgentFrom) found.evidence.push(evidence("urgent", urgentFrom === n ? clause : urgentFrom.line));
  return { ...found, urgent: urgentFrom !== null };
}

/** "… khẩn trương gửi Báo cáo về Văn phòng Chính phủ …": a line that sends the report a lead-in asked for. */
const RX_SENDS = /(?:^|\s)(?:gửi|nộp)\s+(?:báo\s+cáo|kết\s+quả)/iu;

/**
 * Closing lines that date the list above them ("Báo cáo … gửi về UBND tỉnh trước ngày 12/6/2026", "Thời gian hoàn
 * thành trước ngày 31/12/2025."): each gives its date to the list items before it, back to the last lead-in or closing.
 */
/** "4. Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh … phải …": a last item that dates the items above it. */
const RX_DUE_FIRST =
  /^(?:chậm\s+nhất(?:\s+là)?|hạn\s+chót(?:\s+là)?)\s+(?:ngày\s+)?\d[^,;.]{0,30},\s+(?:việc|các|toàn\s+bộ)\s/iu;

/**
 * "…, bảo đảm đến hết tháng 12 năm 2025 giải quyết dứt điểm các khó khăn … về 04 nội dung nêu trên./.", "Trên đây là một
 * số nội dung trọng tâm cần thực hiện ngay, … báo cáo kết quả … trước Thứ Tư ngày 03/12/2025", "… báo cáo kết quả thực
 * hiện các nội dung chỉ đạo của Tổng cục nêu trên … trước ngày 05/12/2022": a closing line that names the items above it
 * dates them too (spec: a closing line that sets one date for the items above).
 */
const RX_REFERS_ABOVE =
  /(?:các|những|\d{1,2})\s+(?:nội\s+dung|nhiệm\s+vụ)\s+(?:nêu\s+)?trên(?=[\s.,;:!?)/]|$)|(?:các|những)\s+(?:nội\s+dung|nhiệm\s+vụ)(?:\s+[^\s.,;:]+){1,6}?\s+nêu\s+trên(?=[\s.,;:!?)/]|$)|^trên\s+đây\s+là\s+(?:một\s+số\s+|các\s+|những\s+)?(?:nội\s+dung|nhiệm\s+vụ)\s/iu;

/**
 * "Doanh nghiệp hoàn tất báo cáo và gửi về Phòng … trước ngày 14/7/2012.", "Mọi sự đóng góp … xin gửi đến … (chậm nhất
 * là ngày 25/10/2010).", "- Lưu ý thời hạn đăng ký tham gia: … ngày 28/02/2018.": a line that says where and by when
 * to send what was asked closes that request. The requests right before it with no day of their own take its day.
 */
const RX_SENDS_BY =
  /(?:^|\s)(?:(?:gửi|nộp)\s+(?:về|đến|tới|qua|báo\s+cáo|kết\s+quả|hồ\s+sơ|ý\s+kiến|văn\s+bản|danh\s+sách)|có\s+ý\s+kiến)(?=\s)|^(?:lưu\s+ý\s+)?(?:thời\s+hạn|hạn\s+chót)\s/iu;

export function closingDates(
  order: readonly OutlineNode[],
  issued: CalendarDate,
  floor: CalendarDate,
): DeadlineContext["closing"] {
  const out: DeadlineContext["closing"] = new Map();
  for (const l of order) if (!closesList(l, issued, floor, out)) sendsBy(l, issued, floor, out);
  return out;
}

/** Whether l is a closing line of its list (see above); if so its date goes to the list's items. */
function closesList(
  l: OutlineNode,
  issued: CalendarDate,
  floor: CalendarDate,
  out: DeadlineContext["closing"],
): boolean {
  const item = l.marker.kind !== "none" && RX_DUE_FIRST.test(l.text);
  if ((l.marker.kind !== "none" || l.form !== "prose") && !item) return false;
  if (!l.parent) return false;
  const report = asksReportOf(l.parent.text) && RX_SENDS.test(l.text);
  if (!report && !item && !RX_CLOSING_LINE.test(l.text) && !RX_REFERS_ABOVE.test(l.text)) return false;
  // Days before the floor are history; an undated copy's floor is its own earliest day, not today (issued.ts).
  const d = findDeadline(l.text, { issued, mode: "text", notBefore: floor }).deadline;
  if (!d || (d.kind !== "by" && d.kind !== "within")) return false;
  // "… báo cáo về một số nội dung sau:" / (1) … (2) … / "X gửi Báo cáo … trước 17 giờ ngày 27/11": the report is due then.
  if (report) out.set(l.parent, { deadline: d, from: l });
  const asked = askedIn(l.text);
  const dated = { deadline: d, from: l };
  // A line that names "the items above" hangs under the last of their headings: it dates the headings' items too.
  const levels = RX_CLOSING_LINE.test(l.text) || report || item ? 1 : Infinity;
  let at: OutlineNode = l;
  for (let level = 0; level < levels && at.parent; level++, at = at.parent)
    if (!dateBefore(at, asked, dated, out)) break;
  return true;
}

const CLOSED_BY_PARAGRAPH = new Set(["bullet", "number"]);

/**
 * "2. Gửi phiếu khảo sát …. Cụ thể như sau: / - … / Phiếu khảo sát … xin gửi về … trước ngày 05/11/2017": a paragraph the
 * outline hangs under the last numbered request, after its details (only paragraphs follow it there), closes that
 * request and those before it.
 */
function closesLastItem(l: OutlineNode): boolean {
  const item = l.parent;
  return (
    l.marker.kind === "none" &&
    l.form === "prose" &&
    item !== null &&
    item.form === "item" &&
    item.marker.kind === "number" &&
    item.parent?.form === "root" &&
    item.children.slice(item.children.indexOf(l)).every((c) => c.marker.kind === "none")
  );
}

/** A sending line (RX_SENDS_BY) dates the siblings right before it that have no day of their own. */
function sendsBy(l: OutlineNode, issued: CalendarDate, floor: CalendarDate, out: DeadlineContext["closing"]): void {
  // A letter's own paragraphs only: in a plan's section a report line ("- Chế độ báo cáo: … gửi về … trước …") dates
  // the report, not the section's other duties.
  if (l.marker.kind !== "none" && l.marker.kind !== "bullet") return;
  if ((l.parent?.form !== "root" && l.parent?.form !== "item") || !RX_SENDS_BY.test(l.text)) return;
  // Only for a sending line: the item's later children are looked at, which costs their number.
  const anchor = closesLastItem(l) ? l.parent! : l;
  if (anchor.parent?.form !== "root") return;
  const d = findDeadline(l.text, { issued, mode: "text", notBefore: floor }).deadline;
  if (!d || d.kind !== "by") return;
  const siblings = anchor.parent.children;
  for (let k = siblings.indexOf(anchor) - (anchor === l ? 1 : 0); k >= 0; k--) {
    const s = siblings[k];
    // A paragraph closes the paragraphs, bullets and numbered requests above it ("1. Cung cấp … / 2. Gửi … / Phiếu khảo
    // sát … xin gửi về … trước ngày 05/11/2017"); a bullet closes only its own list.
    if (s.marker.kind !== l.marker.kind && (l.marker.kind !== "none" || !CLOSED_BY_PARAGRAPH.has(s.marker.kind))) break;
    if (s.heading || out.has(s)) break;
    if (findDeadline(s.text, { issued, mode: "text", notBefore: floor }).deadline) break;
    // A lead-in's items are its children or the siblings after it: either way they are the request being closed.
    forEachNode(s, (x) => out.set(x, { deadline: d, from: l }));
    if (s.leadIn && s !== anchor) break;
  }
}

/** Dates the siblings before `at`, back to a lead-in or another closing line; false when it stopped at one. */
function dateBefore(
  at: OutlineNode,
  asked: string | null,
  dated: { deadline: Deadline; from: OutlineNode },
  out: DeadlineContext["closing"],
): boolean {
  const siblings = at.parent!.children;
  for (let k = siblings.indexOf(at) - 1; k >= 0; k--) {
    const s = siblings[k];
    if (s.leadIn || (s.marker.kind === "none" && RX_CLOSING_LINE.test(s.text))) return false;
    if (asked && worksOnItsOwn(s, asked)) continue;
    // A short letter's requests are prose paragraphs ("Đề nghị Hiệu trưởng các trường … / Các đơn vị thực hiện trước …").
    if (s.marker.kind !== "none" || s.form === "prose") forEachNode(s, (x) => out.set(x, dated));
  }
  return true;
}

/** "Nhận được công văn này, yêu cầu ông (bà) Hiệu trưởng … nộp báo cáo trước …": the body a closing line asks. */
function askedIn(text: string): string | null {
  const c = /^nhận\s+được\s/iu.test(text) ? clauseOwner(text, false) : null;
  return c && c.source === "explicit" ? c.read.owner : null;
}

/** "3. Phòng Giáo dục cử cán bộ theo dõi …": an item its own subject does is not the one the closing asks for. */
function worksOnItsOwn(n: OutlineNode, asked: string): boolean {
  const c = clauseOwner(stripOrdinal(n.text), false);
  return c !== null && c.source === "subject" && c.read.owner !== asked;
}

function forEachNode(n: OutlineNode, f: (n: OutlineNode) => void): void {
  f(n);
  for (const c of n.children) forEachNode(c, f);
}

/** The meeting's time in an invitation: "Từ 14h00 thứ Ba, ngày 16/6/2026". */
const RX_MEETING =
  /(\d{1,2})\s*(?:h|giờ)\s*(\d{2})?(?:\s*phút)?\s*,?\s*(?:(?:thứ\s*[0-9A-Za-zÀ-ỹ]+|chủ\s*nhật)\s*,?\s*)?ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu;
/**
 * The day first, then the hour: "vào Thứ Hai, ngày 22/7/2013, từ 07h00"; a meeting over several days starts on the
 * first ("Ngày 14, 15 và 16/11/2012, bắt đầu từ 7 giờ 30 phút"). Groups: day, month, year, hour, minute.
 */
const RX_MEETING_DAY_FIRST =
  /(?:(?:thứ\s*[0-9A-Za-zÀ-ỹ]+|chủ\s*nhật)\s*,?\s*)?ngày\s+(\d{1,2})(?:\s*(?:,|và|-|–)\s*\d{1,2}){0,4}\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*,?\s*(?:bắt\s+đầu\s+)?(?:từ\s+|lúc\s+|vào\s+lúc\s+)?(\d{1,2})\s*(?:h|giờ)\s*(\d{2})?(?:\s*phút)?/iu;

/** "trong thời gian nghỉ lễ", "trong các ngày nghỉ lễ", "trong ngày nghỉ": the days off the notice itself grants. */
const RX_DURING_HOLIDAY = new RegExp(
  `trong\\s+(?:(?:thời\\s+gian|(?:các|những)\\s+ngày|dịp)\\s+nghỉ(?:\\s+lễ)?|ngày\\s+nghỉ)(?![${WORD_CHARS}])`,
  "iu",
);
const RX_BACK_TO_WORK = /\s(?:và\s+)?(?:trở\s+lại|đi\s+làm\s+lại|đi\s+học\s+lại)\s/iu;
/** "… được nghỉ 04 ngày, …": the line that grants the days off. */
const RX_GRANT = new RegExp(`được\\s+nghỉ(?![${WORD_CHARS}])`, "iu");

function duringHoliday(clause: string, ctx: DeadlineContext): Dated | null {
  const m = ctx.holiday ? RX_DURING_HOLIDAY.exec(clause) : null;
  if (!m || !ctx.holiday) return null;
  const deadline: Deadline = { raw: m[0], date: ctx.holiday, kind: "within" };
  return { deadline, urgent: false, evidence: [evidence("deadline-own", m[0])] };
}

/**
 * A holiday notice's grant ("… được nghỉ 04 ngày, từ thứ Năm ngày 01/9/2022 đến Chủ nhật ngày 04/9/2022", "… được nghỉ
 * 01 (một) ngày, ngày 01 tháng 01 năm 2021"): the first such line's due day (a span's end) is the time off its tasks
 * speak of; with two holidays granted, the first comes due first.
 */
export function holidayOf(texts: readonly string[], issued: CalendarDate, floor: CalendarDate): string | null {
  const at = texts.findIndex((t) => RX_GRANT.test(t));
  if (at < 0) return null;
  // The grant's days are often written bare ("…, ngày 01 tháng 01 năm 2021"): then read them as a table cell's are.
  // "… được nghỉ lễ 1 ngày 06/4/2017 và trở lại công tác … vào ngày 07/4/2017": the day back is no day off.
  const grant = texts[at].split(RX_BACK_TO_WORK)[0];
  const reads = [
    () => findDeadline(grant, { issued, mode: "text", notBefore: floor }).deadline,
    () => findDeadline(grant.slice(grant.search(RX_GRANT)), { issued, mode: "cell", notBefore: floor }).deadline,
  ];
  for (const read of reads) {
    const d = read();
    if (d?.date && (d.kind === "by" || d.kind === "within")) return d.date;
  }
  return null;
}

/** An invitation's meeting day and time, from its "Thời gian …" or "… họp …" line. */
export function meetingOf(texts: readonly string[]): Deadline | null {
  for (const t of texts.slice(0, 80)) {
    if (!/thời gian|họp/iu.test(t)) continue;
    const m = RX_MEETING.exec(t);
    const d = m ? null : RX_MEETING_DAY_FIRST.exec(t);
    // As [raw, hour, minute, day, month, year], whichever order the line writes them in.
    const parts = m ? [m[0], m[1], m[2], m[3], m[4], m[5]] : d ? [d[0], d[4], d[5], d[1], d[2], d[3]] : null;
    if (!parts) continue;
    const [raw, hour, minute, day, month, year] = parts;
    const date = { year: +year, month: +month, day: +day };
    if (isValidDate(date)) {
      const time = `${hour.padStart(2, "0")}:${(minute ?? "00").padStart(2, "0")}`;
      return { raw: raw.trim(), date: toIso(date), kind: "by", time };
    }
  }
  return null;
}
