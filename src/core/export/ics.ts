/**
 * ICS (iCalendar, RFC 5545): one VTODO per task that has a due day, for Outlook's task list and calendar apps.
 * Reminders without a server: the due-day event carries alarms (VALARM) N days before, and a recurring duty
 * repeats (RRULE) instead of listing only its first occurrence.
 * Built with ical.js, loaded on demand, which writes CRLF, escapes TEXT and folds long lines itself. What it leaves
 * to us: control characters (a bare CR from a document made lenient parsers see extra components), and the fold's
 * leading space (see FOLD_LENGTH).
 */
import { Deadline, daysInMonth, fromIso } from "../dates";
import { DEFAULT_FOLLOW_UP } from "../followup";
import { KIND_LABELS, RULE_LABELS, NO_OWNER, sourceLabel, stripListMark } from "./columns";
import type { ExportRow } from "./model";

export const ICS_PRODID = "-//Soạn thảo Kết luận//Nhiệm vụ//VI";
export const UID_DOMAIN = "soan-thao-ket-luan";
const SUMMARY_MAX = 80;
/**
 * ical.js folds when a line passes `foldLength` octets but does not count the space that starts each continuation
 * line, which then has 76; RFC 5545 allows 75. One less leaves room for the space.
 */
const FOLD_LENGTH = 74;

/**
 * TEXT as a calendar may hold it: line breaks as LF (ical.js writes them "\n"; Word's manual line and page breaks
 * come as VT and FF), tabs as spaces, every other C0/C1 control and DEL dropped.
 */
function icsText(text: string): string {
  return (
    text
      .replace(/\r\n?|[\v\f]/g, "\n")
      .replace(/\t/g, " ")
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "")
  );
}

export interface IcsOptions {
  /** DTSTAMP: when the file was made, ISO date-time in UTC ("2026-06-20T08:00:00Z") or a day. Never the clock. */
  stamp: string;
  /** Days before the due day when the calendar reminds (Cài đặt); [3, 1] when not given, [] for none. */
  alarmDays?: readonly number[];
}

/** Reminders ring at 08:00 on the day, when the clerk is at work, not at midnight. */
const ALARM_HOUR = 8;

/**
 * The RRULE of a recurring duty, repeating as core/followup's nthDueDay does: a last-of-month anchor stays on the
 * month's last day (BYMONTHDAY=-1); a day past the 28th falls back to the month's last day in shorter months
 * (BYSETPOS picks the latest existing day of 28…d, where a plain BYMONTHDAY would skip those months). Null when
 * the deadline does not repeat or has no first day.
 */
export function recurrenceRule(deadline: Deadline | null): string | null {
  if (deadline?.kind !== "recurring" || !deadline.rule || !deadline.date) return null;
  const first = fromIso(deadline.date);
  if (!first) return null;
  const lastOfMonth = first.day === daysInMonth(first.year, first.month);
  const monthDay = lastOfMonth
    ? ";BYMONTHDAY=-1"
    : first.day > 28
      ? `;BYMONTHDAY=${Array.from({ length: first.day - 27 }, (_, i) => 28 + i).join(",")};BYSETPOS=-1`
      : "";
  switch (deadline.rule) {
    case "weekly":
      return "FREQ=WEEKLY";
    case "monthly":
      return `FREQ=MONTHLY${monthDay}`;
    case "quarterly":
      return `FREQ=MONTHLY;INTERVAL=3${monthDay}`;
    case "semiannual":
      return `FREQ=MONTHLY;INTERVAL=6${monthDay}`;
    case "yearly":
      return lastOfMonth ? `FREQ=YEARLY;BYMONTH=${first.month};BYMONTHDAY=-1` : "FREQ=YEARLY";
  }
}

/** "Còn 3 ngày" / "Đến hạn hôm nay": what the alarm says before the task's title. */
const alarmLead = (days: number): string => (days === 0 ? "Đến hạn hôm nay" : `Còn ${days} ngày đến hạn`);

type Ical = typeof import("ical.js").default;

async function loadIcal(): Promise<Ical> {
  const mod = await import("ical.js");
  return ((mod as { default?: Ical }).default ?? mod) as Ical;
}

/** A stable UID: the same task exported twice updates the same to-do instead of adding one. */
export const taskUid = (id: string): string => `${id}@${UID_DOMAIN}`;
/** The event's UID differs from the to-do's: one calendar object per UID. */
export const eventUid = (id: string): string => `${id}-han@${UID_DOMAIN}`;

/** The task shortened for a to-do title: the first clause when it is long enough, cut at a word, "…". */
export function shortenSummary(text: string, max = SUMMARY_MAX): string {
  const clean = stripListMark(text).replace(/\s+/g, " ");
  if (clean.length <= max) return clean;
  const clause = /^(.{30,}?)[;:]/u.exec(clean)?.[1];
  if (clause && clause.length <= max) return clause;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, "")}…`;
}

/** DESCRIPTION: who, with whom, the deadline as written, the source, then the whole task. */
export function describeTask(row: ExportRow): string {
  const { task } = row;
  const d = task.deadline;
  const lines = [`Chủ trì: ${task.owner ?? NO_OWNER}`];
  if (task.coOwners.length) lines.push(`Phối hợp: ${task.coOwners.join("; ")}`);
  if (d) {
    let deadline = `Thời hạn: ${d.raw} (${KIND_LABELS[d.kind]}`;
    if (d.rule) deadline += `, ${RULE_LABELS[d.rule].toLowerCase()}`;
    if (d.time) deadline += `, trước ${d.time}`;
    lines.push(`${deadline})`);
  }
  if (task.urgent) lines.push("Khẩn");
  const source = sourceLabel(row.source);
  if (source) lines.push(`Văn bản: ${source}${task.paragraphIndex >= 0 ? `, đoạn ${task.paragraphIndex + 1}` : ""}`);
  lines.push("", stripListMark(task.text));
  return lines.join("\n");
}

function stampTime(ICAL: Ical, stamp: string) {
  const day = fromIso(stamp.slice(0, 10));
  const when = day && stamp.length === 10 ? new Date(Date.UTC(day.year, day.month - 1, day.day)) : new Date(stamp);
  if (Number.isNaN(when.getTime())) throw new Error(`DTSTAMP không hợp lệ / invalid stamp: ${stamp}`);
  return ICAL.Time.fromJSDate(when, true);
}

/**
 * The same deadline as an all-day event: Google Calendar and Outlook's calendar import events but not
 * to-dos, so without it the deadline would not show in the calendar clerks actually look at.
 */
function dueDayEvent(
  ICAL: Ical,
  row: ExportRow,
  date: string,
  dtstamp: ReturnType<Ical["Time"]["fromJSDate"]>,
  alarmDays: readonly number[],
) {
  const event = new ICAL.Component("vevent");
  event.addPropertyWithValue("uid", icsText(eventUid(row.task.id)));
  event.addPropertyWithValue("dtstamp", dtstamp);
  const start = ICAL.Time.fromDateString(date);
  const end = start.clone();
  end.adjust(1, 0, 0, 0);
  event.addPropertyWithValue("dtstart", start);
  event.addPropertyWithValue("dtend", end);
  event.addPropertyWithValue("summary", `${row.done ? "Đã xong: " : "Hạn: "}${icsText(shortenSummary(row.task.text))}`);
  event.addPropertyWithValue("description", icsText(describeTask(row)));
  // An all-day reminder, not a meeting: it does not block the clerk's time.
  event.addPropertyWithValue("transp", "TRANSPARENT");
  const rule = recurrenceRule(row.task.deadline);
  if (rule && !row.done) event.addPropertyWithValue("rrule", ICAL.Recur.fromString(rule));
  // Alarms on the event only: a calendar showing both the event and the to-do would ring twice. Nothing to chase
  // once the task is done.
  if (!row.done)
    for (const days of alarmDays) event.addSubcomponent(alarm(ICAL, days, icsText(shortenSummary(row.task.text))));
  return event;
}

/** A display alarm `days` before the all-day event's start, at 08:00 (a trigger relative to the day's midnight). */
function alarm(ICAL: Ical, days: number, summary: string) {
  const valarm = new ICAL.Component("valarm");
  valarm.addPropertyWithValue("action", "DISPLAY");
  const hours = days * 24 - ALARM_HOUR;
  const trigger = ICAL.Duration.fromSeconds(-hours * 3600);
  valarm.addPropertyWithValue("trigger", trigger);
  valarm.addPropertyWithValue("description", `${alarmLead(days)}: ${summary}`);
  return valarm;
}

/** The calendar text: per dated task a VTODO and an all-day VEVENT; tasks without a due day are left out (a to-do with no date helps nobody in a calendar). */
export async function toIcs(rows: readonly ExportRow[], options: IcsOptions): Promise<string> {
  const ICAL = await loadIcal();
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.addPropertyWithValue("prodid", ICS_PRODID);
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("method", "PUBLISH");
  const dtstamp = stampTime(ICAL, options.stamp);
  for (const row of rows) {
    const date = row.task.deadline?.date;
    if (!date || !fromIso(date)) continue;
    const todo = new ICAL.Component("vtodo");
    todo.addPropertyWithValue("uid", icsText(taskUid(row.task.id)));
    todo.addPropertyWithValue("dtstamp", dtstamp);
    todo.addPropertyWithValue("summary", icsText(shortenSummary(row.task.text)));
    todo.addPropertyWithValue("description", icsText(describeTask(row)));
    todo.addPropertyWithValue("due", ICAL.Time.fromDateString(date));
    todo.addPropertyWithValue("status", row.done ? "COMPLETED" : "NEEDS-ACTION");
    if (row.done) todo.addPropertyWithValue("percent-complete", 100);
    // RFC 5545 priority: 1 is the highest.
    if (row.task.urgent) todo.addPropertyWithValue("priority", 1);
    const rule = recurrenceRule(row.task.deadline);
    if (rule && !row.done) {
      // RFC 5545: a repeating to-do needs DTSTART; the first due day starts the series.
      todo.addPropertyWithValue("dtstart", ICAL.Time.fromDateString(date));
      todo.addPropertyWithValue("rrule", ICAL.Recur.fromString(rule));
    }
    calendar.addSubcomponent(todo);
    const alarmDays = options.alarmDays ?? DEFAULT_FOLLOW_UP.alarmDays;
    calendar.addSubcomponent(dueDayEvent(ICAL, row, date, dtstamp, alarmDays));
  }
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = FOLD_LENGTH;
  try {
    return calendar.toString() + "\r\n";
  } finally {
    ICAL.foldLength = foldLength;
  }
}
