/**
 * The form of a body line: a heading (it titles what follows), an item (a marked line of its own) or prose. Form only;
 * whether a line is a task is decided later from evidence (decide.ts).
 */
import { CalendarDate, findDeadline } from "../dates";
import { findAssignment } from "./assignments";
import { OwnerRead, readOwner } from "./bodies";
import { namesWhoWorks, ownerOfHeading } from "./headingOwners";
import { afterCondition, announcesList, sectionKind } from "./lexicon";
import {
  DUTY_WORDS,
  Marker,
  RX_DUTIES_OF,
  endsWithColon,
  isAllCaps,
  isArticleTitle,
  isPartTitle,
  withoutFinalColon,
  wordCount,
} from "./markers";
import { containsVerb, startsWithVerb } from "./verbs";

export type Form = "heading" | "item" | "prose";

/** "Nhiệm vụ, quyền hạn của Chủ tịch Hội đồng quản lý.": a short title of duties whose only dot is its last. */
function isDutiesTitle(body: string): boolean {
  return body.endsWith(".") && RX_DUTIES_OF.test(body) && wordCount(body, 21) <= 20 && !/[,;:]\s*$|\.\s\S/u.test(body);
}

/** Heading by its shape: short, no sentence end; Roman numerals unless very long; a line in capitals; Word's outline. */
function headingShape(body: string, marker: Marker, outlineLevel: number | undefined): boolean {
  if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9 && wordCount(body, 30) <= 30) return true;
  if (marker.kind === "roman") return wordCount(body, 30) <= 30;
  if (marker.kind === "number" || marker.kind === "letter" || marker.kind === "paren") {
    if (/[.;]$/.test(body) && !/\.\.\.$/.test(body)) return false;
    const words = wordCount(body, 30);
    if (words <= 30 && !/;/.test(body)) return true;
    return /:$/.test(body) && words <= 25;
  }
  if (marker.kind === "none" && isAllCaps(body)) {
    const words = wordCount(body, 25);
    return words >= 1 && words <= 25;
  }
  return false;
}

/**
 * A phase heading: "Đợt 1: Trong tháng 12/2025", "Giai đoạn 2: Từ tháng 01 đến ngày bầu cử 15/3/2026". It titles the
 * work of that phase (the items under it inherit its period), however dated it is.
 */
const RX_PHASE = /^(?:đợt|giai\s+đoạn|bước)\s+(?:\d{1,2}|[IVX]{1,4})\s*[:.–-]\s*/iu;
function isPhaseHeading(body: string): boolean {
  const m = RX_PHASE.exec(body);
  return m !== null && wordCount(body.slice(m[0].length), 14) <= 12;
}

/** A date the text is due by, within or after (not a recurring or ongoing one). */
function hasDueDate(text: string, issued: CalendarDate): boolean {
  const d = findDeadline(text, { issued, mode: "text" }).deadline;
  return d !== null && (d.kind === "by" || d.kind === "within" || d.kind === "relative");
}

const RX_DUTY_ONLY = new RegExp(`^(?:${DUTY_WORDS})(?:\\s+(?:sau(?:\\s+đây)?|như\\s+sau|cụ\\s+thể))?\\s*$`, "iu");

/**
 * A numbered or lettered item that assigns work by itself: its subject and a duty ("6. Các Bộ … có trách nhiệm chỉ đạo
 * … thực hiện việc:"), or, in a context that names who works, a work verb ("a) Rà soát …"). `inContext` says whether a
 * heading or lead-in above names the owner.
 */
export function assignsWork(text: string, marker: Marker, inContext: boolean): { subject: OwnerRead | null } | null {
  if (marker.kind !== "number" && marker.kind !== "letter" && marker.kind !== "paren") return null;
  // "a) Trong thời hạn 06 tháng, kể từ …, các bộ … thực hiện việc …:": the duty follows the condition.
  const duty = afterCondition(text);
  const r = readOwner(duty, 0);
  const work = r ? duty.slice(r.workStart, r.workStart + 200) : "";
  // "Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm:": a duty with no work of its own
  // introduces the items, as "Sở Y tế có trách nhiệm:" does without the opener.
  if (r && r.verb !== "" && !r.delegated && wordCount(work, 3) >= 3 && !RX_DUTY_ONLY.test(work)) return { subject: r };
  if (inContext && startsWithVerb(duty) && wordCount(duty, 6) >= 6) return { subject: null };
  if (inContext && duty !== text && containsVerb(duty)) return { subject: null };
  return null;
}

/**
 * The form of a line. A heading-shaped item that assigns work ("2. Cục Y chủ trì …", "a) Rà soát … trước ngày …",
 * "đ) Phối hợp … chỉ đạo, hướng dẫn triển khai:" in a context) is an item; a duty heading ("1. Sở Y tế có trách
 * nhiệm:") stays a heading. `inContext` is asked only for such a heading-shaped item ending with a colon: walking the
 * outline above for every line cost more than the rest of this function.
 */
export function formOf(
  body: string,
  marker: Marker,
  outlineLevel: number | undefined,
  issued: CalendarDate,
  inContext: () => boolean,
): Form {
  // "Điều 2. Đối tượng áp dụng", "Điều 18. Trách nhiệm của các cơ quan, tổ chức": an article's title heads its clauses.
  if (isArticleTitle(body) || isPartTitle(body)) return "heading";
  // "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường": only names who works, ";" or not.
  if (marker.kind !== "none" && marker.kind !== "bullet" && namesWhoWorks(withoutFinalColon(body))) return "heading";
  // "1. Nhiệm vụ, quyền hạn của Chủ tịch Hội đồng quản lý.": a title of duties, its final dot notwithstanding.
  if (marker.kind !== "none" && marker.kind !== "bullet" && isDutiesTitle(body)) return "heading";
  if (!headingShape(body, marker, outlineLevel)) return marker.kind === "none" ? "prose" : "item";
  if (marker.kind === "roman" || marker.kind === "none" || outlineLevel !== undefined) return "heading";
  if (isPhaseHeading(body)) return "heading";
  if (!endsWithColon(body) && !announcesList(body)) {
    const r = readOwner(body, 0);
    if ((r && r.verb !== "") || findAssignment(body, false) || hasDueDate(body, issued)) return "item";
    return "heading";
  }
  const title = withoutFinalColon(body);
  if (assignsWork(title, marker, inContext()) && !ownerOfHeading(title, sectionKind(title), (s) => s)) return "item";
  return "heading";
}
