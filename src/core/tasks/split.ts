/**
 * One task per owner: "Giao Sở A …; giao Sở B …" is two tasks. A paragraph splits where a clause names a new body that
 * works (";", a new sentence, "để <Body> …" with a date, "đồng thời …"); clauses without a new owner stay together.
 * Linear: the split points are found in one pass and each clause is read only at its head.
 */
import { findDeadline } from "../dates";
import { UPPER_CHARS, normalizeNfcForMatch } from "../text";
import { findAssignment } from "./assignments";
import { readOwner } from "./bodies";
import { stripOrdinal } from "./claims";
import { afterCondition } from "./lexicon";
import { startsWithVerb } from "./verbs";

const RX_SPLIT = new RegExp(
  `(?:;\\s+|\\.\\s+(?=[${UPPER_CHARS}])|,?\\s+(?=để\\s+[${UPPER_CHARS}])|,?\\s+(?=đồng thời\\s))`,
  "gu",
);
/**
 * RX_SPLIT without its "để"/"đồng thời" branches, for a body that holds neither word: those branches start at every
 * space, while this one starts only at ";" or ".", which the engine skips to.
 */
const RX_SPLIT_PUNCT = new RegExp(`(?:;\\s+|\\.\\s+(?=[${UPPER_CHARS}]))`, "gu");
/**
 * A colon that opens the content of a proposal or an agreement: "theo hướng:", or "như sau:" after "thống nhất",
 * "đề xuất", "trao đổi" …, within one sentence. What follows is the content, not assignments.
 */
const RX_PROPOSAL_COLON =
  /theo\s+hướng\s*:|(?:thống\s+nhất|trao\s+đổi|làm\s+việc|đề\s+xuất|kiến\s+nghị|tham\s+mưu|nghiên\s+cứu)[^.;:]*(?:như\s+sau|sau\s+đây|cụ\s+thể)\s*:/iu;
/**
 * "Đề nghị A; B; các Hội …; HĐND, UBND các xã: tổ chức …": a request addressed to a list of bodies split by ";" up to
 * the colon before the work. The list is one owner; the ";" inside it are no split points.
 */
const RX_ADDRESSED_LIST = /^(?:kính\s+)?(?:đề\s+nghị|yêu\s+cầu|giao)\s[^.:]{0,600}?(?=:\s)/iu;

/** The addressed list before its colon, when the work follows the colon ("…: tổ chức triển khai …"), not a list of places. */
function addressedList(body: string): RegExpExecArray | null {
  const list = RX_ADDRESSED_LIST.exec(body);
  return list && startsWithVerb(body.slice(list[0].length + 1).trimStart()) ? list : null;
}

/** A new owner in a split clause must look like a named body, not "các chính sách …". */
const RX_PROPER_BODY = new RegExp(`^(?:[${UPPER_CHARS}]|các\\s+[${UPPER_CHARS}])`, "u");
const RX_LEAD_WORD = /^(?:để|đồng thời),?\s+/u;
const RX_PURPOSE_BEFORE = /[\s,](?:để|nhằm)\s+$/u;
const RX_ANSWERS_FOR = /^chịu\s+trách\s+nhiệm\s+(?:trước|về)\s/iu;
/** How much of a clause is read for its owner and date. */
const CLAUSE_HEAD = 400;
const ANY_DAY = { year: 2000, month: 1, day: 1 };

const key = (s: string) => normalizeNfcForMatch(s);

/**
 * The split points of a body after `from`: [index of the separator, index where the next clause starts]. Those after
 * a colon that opens a proposal's content are not split points; that colon is looked for only when there are points.
 */
function splitPoints(body: string, from: number): [number, number][] {
  const points: [number, number][] = [];
  const rx = body.indexOf("để") < 0 && body.indexOf("đồng thời") < 0 ? RX_SPLIT_PUNCT : RX_SPLIT;
  rx.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = rx.exec(body))) points.push([m.index, m.index + m[0].length]);
  if (points.length === 0) return points;
  const list = addressedList(body);
  const proposal = RX_PROPOSAL_COLON.exec(body);
  return points.filter(([at]) => (list === null || at > list[0].length) && (!proposal || at < proposal.index));
}

/** The body that works in a clause starting at `next`, if it names one; "để" clauses also need a date. */
function clauseBody(body: string, next: number, end: number): string | null {
  const window = body.slice(next, Math.min(end, next + CLAUSE_HEAD));
  const lead = RX_LEAD_WORD.exec(window);
  // "Trên cơ sở đó, Bộ Tư pháp tổng hợp …": the body that works follows the opener.
  const core = afterCondition(lead ? window.slice(lead[0].length) : stripOrdinal(window));
  const a = findAssignment(core, false);
  const owner = a && a.at === 0 ? a : readOwner(core, 0);
  if (!owner || owner.verb === "" || !RX_PROPER_BODY.test(owner.owner)) return null;
  // "…; Trưởng ban công tác Mặt trận thôn, để hướng dẫn …": one more party met with, and a purpose, not its work.
  if (RX_PURPOSE_BEFORE.test(core.slice(0, owner.workStart))) return null;
  // "…. Chủ tịch UBND các xã chịu trách nhiệm trước Chủ tịch UBND huyện": a body that answers for the work gets none.
  if (RX_ANSWERS_FOR.test(core.slice(owner.workStart, owner.workStart + 40))) return null;
  if (lead && /^để/u.test(lead[0]) && !findDeadline(body.slice(next, end), { issued: ANY_DAY }).deadline) return null;
  return owner.owner;
}

/** Splits "Giao Sở A …; giao Sở B …" into one clause per owner. */
export function splitByOwner(body: string, firstOwner: string): string[] {
  // "Viện A; Viện B nghiên cứu …": a split point inside the owner phrase itself is not a new clause.
  const named = body.indexOf(firstOwner);
  const points = splitPoints(body, named >= 0 ? named + firstOwner.length : 0);
  if (points.length === 0) return body.trim().length > 0 ? [body] : [];
  const parts: string[] = [];
  let start = 0;
  let current = key(firstOwner);
  for (let k = 0; k < points.length; k++) {
    const [at, next] = points[k];
    const owner = clauseBody(body, next, k + 1 < points.length ? points[k + 1][0] : body.length);
    if (!owner || key(owner) === current) continue;
    parts.push(body.slice(start, at).replace(/[\s,;]+$/u, ""));
    start = next;
    current = key(owner);
  }
  parts.push(body.slice(start));
  return parts.filter((p) => p.trim().length > 0);
}
