/** What a heading carries to the items under it: its kind, the body it names, a period, urgency (spec rule 4). */
import { CalendarDate, Deadline, findDeadline } from "../dates";
import { RX_NOT_A_NAME } from "./bodies";
import { bodyNames, ownerOfHeading } from "./headingOwners";
import { SectionKind, isUrgent, sectionKind } from "./lexicon";
import { RX_ARTICLE, endsWithColon, withoutFinalColon, wordCount } from "./markers";

export interface HeadingFacts {
  kind: SectionKind;
  owner: string | null;
  /** A period its items inherit: "3. Một số nhiệm vụ trọng tâm tháng 12", "II. NHIỆM VỤ NĂM 2026". */
  period: Deadline | null;
  /** A period over before the issue date ("a) Năm 2021" in a roadmap of 2022): its items inherit no period at all. */
  past: boolean;
  urgent: boolean;
}

export function headingFacts(title: string, issued: CalendarDate, spell: (name: string) => string): HeadingFacts {
  const kind = sectionKind(title);
  // "Điều 12. Trách nhiệm của Liên hiệp các hội …": the article's number is no part of the body it names.
  const owner = ownerOfHeading(title.replace(RX_ARTICLE, ""), kind, spell);
  const scan = findDeadline(title, { issued, mode: "heading", notBefore: issued });
  const d = scan.deadline;
  // "Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm:": a body's duty heading gives its
  // items its cycle too; a section's "NHIỆM VỤ HẰNG NĂM" names what the items are, not when each is due.
  const cycle = d?.kind === "recurring" && owner !== null;
  const period = d && (d.kind === "within" || d.kind === "by" || cycle) && !RX_AND_AFTER.test(title) ? d : null;
  return { kind, owner, period, past: !d && namesPastPeriod(title, issued), urgent: isUrgent(title) };
}

/** "a) Năm 2021" under "2.1. Đến năm 2025", read in November 2022: the period the heading names is over. */
function namesPastPeriod(title: string, issued: CalendarDate): boolean {
  if (!/\d/.test(title)) return false;
  const d = findDeadline(title, { issued, mode: "heading" }).deadline;
  return d !== null && d.date !== null && (d.kind === "within" || d.kind === "by");
}

/**
 * "… trọng tâm tháng 5 và thời gian tới", "… năm 2026 và những năm tiếp theo": the period opens the work and does not
 * close it, so no item inherits it as a due day.
 */
const RX_AND_AFTER =
  /\svà\s+(?:(?:trong\s+)?thời\s+gian\s+(?:tới|tiếp\s+theo)|(?:những|các)\s+(?:tháng|năm)\s+tiếp\s+theo)/iu;

/**
 * A line that is only a body's name before a colon, with the duties under it: "a) Sở Nội vụ:", "- Văn phòng UBND tỉnh
 * (Trung tâm Phục vụ hành chính công):", "Công an tỉnh:". The name, or null.
 */
export function agencyLine(body: string): string | null {
  if (!endsWithColon(body) || wordCount(body, 24) > 24) return null;
  const title = withoutFinalColon(body).trimEnd();
  if (RX_NOT_A_NAME.test(title.replace(/\([^()]*\)/g, ""))) return null;
  const name = bodyNames(title);
  // "1. Sở Nội vụ (Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ …):": the bracket names the body's role here, and in
  // "1. Phòng Công nghệ thông tin (6 NV trọng tâm):" how many tasks follow; its name ends before it. A unit in brackets
  // stays ("Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)").
  const role = name ? RX_ROLE_ASIDE.exec(name) : null;
  return role ? name!.slice(0, role.index) : name;
}

const RX_ROLE_ASIDE =
  /\s*\((?:(?:cơ\s+quan|đơn\s+vị|bộ\s+phận)\s+(?:thường\s+trực|chủ\s+trì|đầu\s+mối|tham\s+mưu|giúp\s+việc)|\d{1,3}\s)[^()]*\)$/iu;
