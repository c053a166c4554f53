/**
 * Where a clause hands work to a body: an explicit assignment ("Giao X …", "Đề nghị X …", "Yêu cầu: A, B …"), the
 * object of a lead-in's request, or a subject after a topic phrase (spec owner rules 1, 3 and 5).
 */
import { UPPER_CHARS, WORD_CHARS, isWordUnit as isWordUnitImport, startsUpper } from "../text";
import { DELEGATING, OwnerRead, readOwner, startsWithOwnerHead } from "./bodies";
import { startsWithVerb } from "./verbs";

/** Bound once: compiled to CommonJS (tsx, Jest), every call through an import reads a getter, costly per character. */
const isLetterOrDigit = isWordUnitImport;

/**
 * "Giao (nhiệm vụ cho) X …", "Phân công Phó Thủ tướng X chỉ đạo …" at a clause start; "Yêu cầu: A, B …" and "Giao các
 * sở: A, B …" name their bodies after a colon.
 */
const RX_ASSIGN =
  /(^|[,;:.]\s*|\slà,?\s+|\sđồng thời,?\s+)(giao(?:\s+(?:nhiệm\s+vụ\s+)?cho)?|phân\s+công|(?:kính\s+)?đề\s+nghị|yêu\s+cầu|chỉ\s+đạo)\s*:?\s+/giu;
/** The verb every RX_ASSIGN match holds: a quick test that spares most sentences the full pattern. */
const RX_ASSIGN_VERB = /(?:giao|phân\s+công|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo)[\s:]/iu;
/** "Giao các sở: A, B, …": the group before the colon only announces the bodies listed after it. */
const RX_GROUP_BEFORE_LIST = /^các\s[^:,;]{1,30}:\s+/u;

/**
 * Explicit assignment anywhere at a clause start: "Giao X …", "…, đề nghị X …", "Hai là, giao X …".
 * `skipDirecting` ignores "yêu cầu"/"chỉ đạo"/"phân công" (under an agency heading or a lead-in, the heading body
 * requires, directs or assigns its own people: "Chỉ đạo Sở X …", "Phân công đồng chí Phó Chủ tịch …" are its tasks).
 */
export function findAssignment(text: string, skipDirecting: boolean): (OwnerRead & { at: number }) | null {
  if (!RX_ASSIGN_VERB.test(text)) return null;
  RX_ASSIGN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RX_ASSIGN.exec(text))) {
    const verbAt = m.index + m[1].length;
    // Under an agency heading or a lead-in, the body that requires or directs is that agency, wherever the verb is.
    if (skipDirecting && /^(?:yêu|chỉ|phân)/iu.test(m[2])) continue;
    // "2. Các Bộ Quốc phòng, Công an: Chỉ đạo các đơn vị trực thuộc …": the body before the colon directs; its work.
    if (m[1].includes(":") && /^(?:yêu|chỉ)/iu.test(m[2]) && namesBody(text.slice(0, m.index))) continue;
    // The bodies asked may be a long list ("Đề nghị Văn phòng Tỉnh ủy …, Viện kiểm sát …, Thuế tỉnh, … tăng cường …").
    const r = readOwner(text, m.index + m[0].length, 90, true);
    if (!r) continue;
    const group = RX_GROUP_BEFORE_LIST.exec(r.owner);
    const owned = { ...r, owner: group ? r.owner.slice(group[0].length) : r.owner };
    const via = m[2]
      .toLowerCase()
      .replace(/\s+/gu, " ")
      .replace(/^kính /u, "");
    return { via, ...(directedBy(text, m[2], owned) ?? owned), at: verbAt, delegated: true };
  }
  return null;
}

/** The label of "<body>: <work>" ("Các Bộ Quốc phòng, Công an", "Bộ Y tế"); the outline has cut its list marker. */
function namesBody(label: string): boolean {
  return label.length <= 160 && !/[.;]/.test(label) && startsWithOwnerHead(label);
}

/** The `via` of a body a superior is asked to direct. */
export const DIRECTED = "đề nghị chỉ đạo";

/** "… chỉ đạo Sở X …" after the body asked: that body is directed to do the work. */
const RX_DIRECTS = /^(?:(?:quan\s+tâm|tiếp\s+tục|sớm)\s+)?chỉ\s+đạo\s*:?\s+/iu;

/**
 * "Đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp …", "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:": a superior
 * asked to direct a named body hands it the work (spec additions: the items keep their own owners; the superior owns
 * only what names no one). Null when no named body follows ("… chỉ đạo thực hiện các nội dung sau:").
 */
function directedBy(text: string, asking: string, r: OwnerRead): OwnerRead | null {
  if (!/đề\s+nghị|yêu\s+cầu/iu.test(asking)) return null;
  const m = RX_DIRECTS.exec(text.slice(r.workStart, r.workStart + 40));
  const body = m ? readOwner(text, r.workStart + m[0].length, 40, true) : null;
  // A class ("các cấp uỷ", "các phòng chuyên môn") is directed by the superior, whose work that stays.
  return body && startsUpper(body.owner) ? { ...body, subject: r.owner, via: DIRECTED } : null;
}

/** "giao cho X", "giao nhiệm vụ cho X": the body after "cho" is the one given the work, as after "giao". */
const RX_DELEGATE_ANYWHERE = /(?:kính\s+)?(?:đề\s+nghị|yêu\s+cầu|giao(?:\s+(?:nhiệm\s+vụ\s+)?cho)?)\s*:?\s+/giu;

/**
 * The body a lead-in hands its list to, wherever its verb sits: "Để triển khai …, Bộ X kính đề nghị Ủy ban nhân dân các
 * tỉnh chỉ đạo …, cụ thể như sau:" gives "Ủy ban nhân dân các tỉnh" (spec owner rule 5).
 */
export function findDelegatedObject(text: string): OwnerRead | null {
  if (!RX_ASSIGN_VERB.test(text)) return null;
  let m: RegExpExecArray | null;
  for (RX_DELEGATE_ANYWHERE.lastIndex = 0; (m = RX_DELEGATE_ANYWHERE.exec(text));) {
    if (m.index > 0 && isLetterOrDigit(text.charCodeAt(m.index - 1))) continue;
    // A lead-in's object is often a long list of bodies ("các Bộ, cơ quan ngang bộ, … và Ủy ban nhân dân các tỉnh …").
    const r = readOwner(text, m.index + m[0].length, 40, true);
    if (r) return { ...(directedBy(text, m[0], r) ?? r), delegated: true };
  }
  return null;
}

/** Words after which "các X" is an object, not a subject ("Đôn đốc các cơ sở … thực hiện"). */
const NOT_SUBJECT_BEFORE = new Set(
  (
    "đôn đốc hướng dẫn yêu cầu đề nghị chỉ đạo mời giao hỗ trợ vận động tuyên truyền khuyến khích theo dõi với cho của tại " +
    "đến về giữa từ để và hoặc cùng trong đối giúp tạo phân công kiểm tra giám sát thanh tra xử lý nhắc nhở thu hút do bởi " +
    "chủ trì phối hợp làm việc đối với trên thuộc nhưng mà là kiến"
  ).split(" "),
);

/**
 * "các <body noun>" in a sentence. It must follow a space; as a leading lookbehind that would make V8 try the pattern at
 * every position, so findTopicSubject checks it on each hit instead.
 */
const RX_TOPIC_CAC = new RegExp(
  `các\\s+(?=(?:phòng|đơn vị|sở|ban|cơ quan|địa phương|xã|phường|huyện|chủ đầu tư|thành viên|tổ|đoàn|cán bộ|công chức|đồng chí|chi cục|trung tâm|hội|ủy ban|uỷ ban|doanh nghiệp|nhà đầu tư|trường|bộ phận)(?![${WORD_CHARS}]))`,
  "gu",
);

/**
 * "… đôn đốc các sở, ban, ngành, UBND các xã, phường triển khai …": "các" after "UBND" is inside a body's name, whose
 * sentence began earlier; it opens no subject.
 */
const RX_NAME_BEFORE_CAC =
  /(?:UBND|HĐND|[ỦU][ỷy]\s+ban\s+nhân\s+dân|Chủ\s+tịch|Thủ\s+trưởng|[Ll]ãnh\s+đạo|Giám\s+đốc)$/u;

const RX_PARTNERS_FIRST = /^(?:chủ\s+trì,?\s+)?phối\s+hợp\s/iu;

/** ", Sở …": a capitalised word after a comma, or a role in lower case before one (", lãnh đạo Văn phòng sẽ …"). */
const RX_COMMA_CAPITAL = new RegExp(
  `,\\s+(?=[${UPPER_CHARS}]|(?:lãnh\\s+đạo|giám\\s+đốc|chủ\\s+tịch|thủ\\s+trưởng)\\s+[${UPPER_CHARS}])`,
  "gu",
);
/** How far into a sentence a topic subject is looked for. */
const TOPIC_REACH = 600;

/**
 * Pattern 3: a subject after a topic phrase, "Xây dựng kế hoạch thanh tra năm 2021 các phòng tiếp tục rà soát …".
 * Only "các/những <noun>" in lower case, not right after a verb that takes it as its object.
 */
export function findTopicSubject(text: string): OwnerRead | null {
  // A topic subject sits early in its sentence: reading a bounded head keeps a long paragraph linear.
  const head = text.length > TOPIC_REACH ? text.slice(0, TOPIC_REACH) : text;
  const clauseEnd = head.search(/[;.]/);
  const clause = clauseEnd > 0 ? head.slice(0, clauseEnd) : head;
  // "(Chủ trì,) Phối hợp (với) Bộ Chỉ huy Quân sự tỉnh và UBND các xã, phường tổ chức …": the bodies after it are
  // partners (co-owners).
  if (RX_PARTNERS_FIRST.test(clause)) return null;
  let m: RegExpExecArray | null;
  for (RX_TOPIC_CAC.lastIndex = 0; (m = RX_TOPIC_CAC.exec(clause));) {
    if (!/\s/.test(clause.charAt(m.index - 1))) {
      RX_TOPIC_CAC.lastIndex = m.index + 1; // "các" must follow a space: (?<=\s), checked here (see RX_TOPIC_CAC)
      continue;
    }
    const before = clause.slice(Math.max(0, m.index - 40), m.index).trimEnd();
    const prev2 = before.split(/\s+/).slice(-2).join(" ").toLowerCase();
    const prev1 = before.split(/\s+/).pop()?.toLowerCase() ?? "";
    if (NOT_SUBJECT_BEFORE.has(prev1) || NOT_SUBJECT_BEFORE.has(prev2) || /[,:]$/.test(before)) continue;
    if (RX_NAME_BEFORE_CAC.test(before)) continue;
    const r = readOwner(text, m.index, 8);
    if (r && !DELEGATING.has(r.verb)) return r;
  }
  // "Định kỳ 6 tháng, hàng năm, Sở Công Thương tổ chức sơ kết …": a capitalised body after leading adverbials.
  // "Chủ trì, phối hợp với A, B hoàn thành …": after a leading verb, a body after a comma is a partner.
  if (startsWithVerb(clause)) return null;
  const rc = RX_COMMA_CAPITAL;
  for (rc.lastIndex = 0; (m = rc.exec(clause));) {
    const at = m.index + m[0].length;
    const r = readOwner(text, at, 14);
    if (r && r.verb !== "") return r; // "Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ X …" too
  }
  return null;
}
