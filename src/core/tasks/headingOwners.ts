/**
 * The body a heading names: "1. Sở Công Thương", "NHIỆM VỤ CỦA SỞ Y TẾ", "Đối với Ủy ban nhân dân các huyện:",
 * "a) Sở Y tế có trách nhiệm:" (spec owner rule 4), and the body names of a line that only lists bodies.
 */
import { DIRECTED, findAssignment } from "./assignments";
import {
  OwnerRead,
  RX_NOT_A_NAME,
  RX_SENTENCE_DOT,
  ownerHeadAt,
  readOwner,
  restIsAside,
  startsWithOwnerHead,
  trimOwner,
  withoutDefinition,
} from "./bodies";
import { afterCondition, partyOfRequirements } from "./lexicon";
import { RX_DUTIES_OF, TAKES_ON_DUTY, withoutFinalColon, wordCount } from "./markers";
import { containsVerb, startsWithVerb } from "./verbs";

/**
 * "… có trách nhiệm", "… chịu trách nhiệm", "… có quyền hạn và trách nhiệm", "… phải thực hiện trách nhiệm", "… có
 * nhiệm vụ (, quyền hạn)", "… chủ trì", "… chủ trì, phối hợp với các cơ quan, địa phương", "… chủ trì, phối hợp thực
 * hiện", "… thực hiện các nhiệm vụ sau": a duty heading's tail; the work is in the items under it. A scan may lose the
 * grave of "chủ trì" ("2. Bộ Công an chủ tri, phối hợp với …").
 */
const RX_DUTY_TAIL = new RegExp(
  String.raw`\s+(?:(?:phải\s+)?(?:${TAKES_ON_DUTY})|(?:phải\s+)?thực\s+hiện\s+(?:các\s+)?trách\s+nhiệm|` +
    String.raw`chủ\s+tr[ìi](?:,?\s+phối\s+hợp\s+với\s+[^:;.]{1,80}|(?:,?\s+phối\s+hợp)?\s+thực\s+hiện)?|` +
    String.raw`(?:tổ\s+chức\s+)?thực\s+hiện\s+(?:các|những)\s+(?:nhiệm\s+vụ|nội\s+dung|công\s+việc))` +
    String.raw`(?:\s+(?:chủ\s+yếu|cụ\s+thể|sau\s+đây|sau|như\s+sau))*\s*$`,
  "iu",
);
/** "… bao gồm …", "… gồm có …": the heading lists what something holds. */
const RX_HOLDS = /\s(?:bao\s+)?gồm(?:\s+có)?\s/iu;
/** "NHIỆM VỤ CHỦ YẾU CỦA BỘ …": the body a task heading belongs to. */
const RX_OF_BODY = /(?:^|\s)của\s+(\S.*)$/iu;

/** "Đối với …" opening a heading: the body it names follows. */
const RX_HEADING_ABOUT = /^đối\s+với\s+/iu;
/** "Về lĩnh vực Tư pháp: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:": a topic, then the request that names the body. */
const RX_TOPIC_THEN_ASK = /^về\s[^:]{1,80}:\s+(?=(?:giao|(?:kính\s+)?đề\s+nghị|yêu\s+cầu)\s)/iu;
/** "(theo quy định tại khoản 5 Điều 3 …)" closing a heading, one level of brackets. */
const RX_TRAILING_ASIDE = /\s*\([^()]*\)\s*$/u;

/** Capitalises as a name's first word would be: "BỘ TÀI NGUYÊN" → "Bộ tài nguyên" (only to test its head). */
function sentenceCase(s: string): string {
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The body a heading hands its items to (spec owner rule 4), or null:
 * - the heading is the body: "1. Sở Công Thương", and a list after a colon, "1. Các Bộ: Công Thương, Xây dựng";
 * - the body with a duty tail: "1. Cục X có trách nhiệm:", "… chịu trách nhiệm", "… thực hiện các nhiệm vụ sau";
 * - in a task heading, the body after "của": "II. NHIỆM VỤ CHỦ YẾU CỦA BỘ X" (`spell` gives a capitalised title's
 *   name as the document writes it elsewhere).
 * `title` is the heading without its marker and final colon.
 */
export function ownerOfHeading(title: string, kind: string, spell: (name: string) => string): string | null {
  if (kind === "nontask") return null;
  // "3. Đối với các Bộ quản lý chuyên ngành (theo quy định tại khoản 5 Điều 3 …)": the topic opener and an aside in
  // brackets after the name belong to the heading, not to the body it names.
  title = withoutAside(title.replace(RX_HEADING_ABOUT, "").replace(RX_TOPIC_THEN_ASK, ""));
  // "Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm": the body follows the time.
  title = afterCondition(title);
  const party = partyOfRequirements(title);
  if (party) return party;
  // "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì": the work the body named leads.
  const led = RX_CONTENT_LED_BY.exec(title);
  if (led) return bodyNames(led[1]);
  // "2. Giao Sở Nội vụ", "9. Đề nghị Ủy ban Mặt trận Tổ quốc …", "a) Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp …".
  const assign = RX_HEADING_ASSIGN.exec(title);
  if (assign) {
    // "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh(:)": the body directed heads the lines below (its colon was cut).
    const directed = findAssignment(`${title}:`, false);
    if (directed && directed.at === 0 && directed.via === DIRECTED) return directed.owner;
    const a = findAssignment(title, false);
    const names = assignedNames(title.slice(assign[0].length));
    if (names) return names;
    return a && a.at === 0 ? a.owner : null;
  }
  // A sentence is no title; a dot inside a name ("Tạp chí Giáo dục TP.HCM", "TP. Hồ Chí Minh") does not end one, nor
  // does a title's own final dot ("1. Nhiệm vụ, quyền hạn của Chủ tịch Hội đồng quản lý.").
  title = title.replace(/\.\s*$/u, "");
  if (RX_SENTENCE_DOT.test(title)) return null;
  if (startsWithOwnerHead(title)) return ownerNamedByHeading(title, kind);
  const roleOwner = roleWithDuties(title);
  if (roleOwner) return roleOwner;
  // "1.1. Nghiên cứu, quán triệt … chỉ đạo của Thành ủy:": a heading that opens with work names the body of its object.
  if (kind !== "tasks" || startsWithVerb(title)) return null;
  const of = RX_OF_BODY.exec(title);
  // "Quy chế hoạt động của Hội đồng quản lý bao gồm các nội dung chủ yếu sau": what a text holds, not whose duties.
  if (!of || /;/.test(of[1]) || RX_HOLDS.test(of[1])) return null;
  // "Trách nhiệm của Cục Quản lý, giám sát tổ chức tín dụng": after "Trách nhiệm của" comes a name, whatever verbs it
  // holds and however long ("… chi nhánh nơi tổ chức tín dụng đặt trụ sở …"); after other words, a verb is work.
  const duties = RX_DUTIES_OF.test(title);
  if (wordCount(of[1], 40) > (duties ? 40 : 24) || (!duties && containsVerb(of[1]))) return null;
  const name = trimOwner(of[1]);
  const upper = name === name.toUpperCase();
  // "Trách nhiệm của cán bộ, chiến sĩ …": after "Trách nhiệm của", people in lower case are whose duties follow.
  const probe = upper ? sentenceCase(name) : duties ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  // "Trách nhiệm của người quản trị vận hành Cổng …": a duties title names whoever it holds to them, a role too.
  const role = duties && RX_ROLE.test(name);
  if (!role && !startsWithOwnerHead(probe)) return null;
  return upper ? spell(name) : name;
}

/**
 * "Người có thẩm quyền thực hiện chứng thực, công chức … được phân công … có trách nhiệm(:)": a role's duty heading or
 * lead-in names that role, whatever verbs describe it.
 */
export function roleWithDuties(title: string): string | null {
  const duty = RX_ROLE.test(title) ? RX_DUTY_TAIL.exec(withoutFinalColon(title)) : null;
  return duty && wordCount(title, 40) <= 40 ? trimOwner(title.slice(0, duty.index)) : null;
}

/**
 * A person by the role they hold: "người quản trị …", "người được giao …", "chủ cơ sở …", "bên …"; or by profession,
 * a word in "-viên" among the first three ("công chứng viên, nhân viên nghiệp vụ …", "kiểm định viên", "giáo viên").
 */
const RX_ROLE = /^(?:người|chủ|bên)\s|^(?:[^\s,;]+\s){0,2}viên(?:[\s,]|$)/iu;

/** "Nội dung <Body> (có trách nhiệm | được giao) chủ trì (thực hiện)": an article listing what that body leads. */
const RX_CONTENT_LED_BY =
  /^nội\s+dung\s+(\S.*?)\s+(?:có\s+trách\s+nhiệm\s+|được\s+giao\s+)?chủ\s+trì(?:\s+thực\s+hiện)?$/iu;

/** "Giao …", "Đề nghị: …", "Yêu cầu …" opening a line: the request that hands out what follows. */
export const RX_HEADING_ASSIGN = /^(?:giao|(?:kính\s+)?đề\s+nghị|yêu\s+cầu)\s*:?\s+/iu;

/**
 * A line that only names who works: body names ("Thủ trưởng các sở …; Chủ tịch UBND các xã"), after "Giao"/"Đề nghị"
 * ("2. Giao Sở Nội vụ"), or with a duty tail ("10. Các đơn vị cấp nước … có trách nhiệm"). It heads the lines below.
 */
export function namesWhoWorks(title: string): string | null {
  const t = withoutAside(title.replace(RX_HEADING_ABOUT, ""));
  const assign = RX_HEADING_ASSIGN.exec(t);
  if (!assign && !ownerHeadAt(t, 0)) return null; // most lines: no body first, nothing to read
  const names = assign ? assignedNames(t.slice(assign[0].length)) : bodyNames(t);
  if (names) return names;
  const duty = assign || !RX_DUTY_WORDS.test(t) ? null : RX_DUTY_TAIL.exec(t);
  return duty ? (labelOfDuty(t) ?? bodyNames(t.slice(0, duty.index))) : null;
}

/**
 * "1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ …, trong thời hạn … có trách nhiệm": the body labels
 * the duty before its colon, however long the condition after it. Null when no body stands before a colon.
 */
function labelOfDuty(t: string): string | null {
  const colon = t.indexOf(":");
  return colon > 0 ? bodyNames(t.slice(0, colon)) : null;
}

/** The words every RX_DUTY_TAIL match holds: a cheap test first. */
const RX_DUTY_WORDS = /trách\s+nhiệm|nhiệm\s+vụ|thực\s+hiện|chủ\s+trì/iu;

/** A heading without the aside in brackets that closes it; tested only when the line ends with ")". */
function withoutAside(s: string): string {
  return /\)\s*$/.test(s) ? s.replace(RX_TRAILING_ASIDE, "") : s;
}

/** A heading that starts with a body: the body itself, names after a colon, or a body with a duty tail. */
function ownerNamedByHeading(heading: string, kind: string): string | null {
  const title = heading.replace(RX_ROLE_AFTER_DASH, "");
  const words = wordCount(title, 40);
  // A bare name, names joined by ";", or names listed after a colon with no verb ("Các Bộ: Công Thương, Giao thông
  // vận tải"). Only in a neutral heading: "Các nhiệm vụ trọng tâm" starts like a body but is a task heading.
  if (kind === "neutral") {
    const names = bodyNames(title);
    if (names) return names;
    const r = /;/.test(title) ? null : readOwner(title, 0);
    // "1. Tổ chức tiếp công dân về bầu cử": "Tổ" heads names, but the heading opens with work.
    if (
      (!r || r.verb === "" || verbAfterCommaNames(title, r)) &&
      !startsWithVerb(title) &&
      !/;/.test(title) &&
      (words <= 14 || (words <= 40 && /:/.test(title) && !containsVerb(title)))
    )
      return title;
  }
  const duty = RX_DUTY_TAIL.exec(title);
  const labelled = duty ? labelOfDuty(title) : null;
  if (labelled) return labelled;
  // "2. Ngân hàng Nhà nước … chỉ đạo và hướng dẫn Ngân hàng thương mại … thực hiện các nội dung sau": the body directed
  // heads the items, as after "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh".
  const directed = duty ? readOwner(title, 0) : null;
  if (directed?.delegated && directed.via === "chỉ đạo") return directed.owner;
  if (duty && words <= 30) {
    const name = title.slice(0, duty.index);
    const n = readOwner(name, 0);
    if (!n || n.verb === "") return trimOwner(withoutDefinition(name));
  }
  return null;
}

/** "3. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the body, then the role it holds (not "Phòng Kế hoạch - Tổng hợp"). */
const RX_ROLE_AFTER_DASH = /\s+[-–]\s+(?:cơ\s+quan|đơn\s+vị)\s+(?:thường\s+trực|chủ\s+trì|đầu\s+mối)(?:\s[^,;:]*)?$/iu;

/**
 * "Cơ quan Thanh tra, giám sát ngân hàng", "Cục Quản lý, giám sát tổ chức tín dụng": a heading that is one name whose
 * second half, after a comma, opens with a verb and runs to the end in a few words with no more punctuation.
 */
function verbAfterCommaNames(title: string, r: OwnerRead): boolean {
  const rest = title.slice(r.workStart);
  return /,\s*$/.test(title.slice(0, r.workStart)) && wordCount(rest, 6) <= 5 && !/[,;:.]/.test(rest);
}

/**
 * The bodies after "Giao"/"Đề nghị": there a name may start in lower case ("4. Giao bộ phận Văn hóa - Thông tin"),
 * being the object of the request; it is read as a name that opens a line would be, and kept as written.
 */
function assignedNames(s: string): string | null {
  const first = s.charAt(0);
  if (first === first.toUpperCase()) return bodyNames(s);
  const names = bodyNames(first.toUpperCase() + s.slice(1));
  return names && first + names.slice(1);
}

/** "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường": body names only (one or more, by ";"), or null. */
/**
 * "Các đồng chí bí thư huyện uỷ, …; bí thư ban cán sự đảng, đảng đoàn; trưởng các sở, ban, ngành": after the first
 * name, a leader's role in lower case goes on with the list.
 */
const RX_ROLE_GOES_ON = /^(?:bí\s+thư|trưởng|phó|giám\s+đốc|chủ\s+tịch|thủ\s+trưởng|người\s+đứng\s+đầu|lãnh\s+đạo)\s/u;

export function bodyNames(s: string): string | null {
  const t = trimOwner(s);
  if (!t || wordCount(t, 40) > 40) return null;
  const names: string[] = [];
  for (const [k, written] of t.split(/\s*;\s*/).entries()) {
    const part = k > 0 && RX_ROLE_GOES_ON.test(written) ? written.charAt(0).toUpperCase() + written.slice(1) : written;
    if (!startsWithOwnerHead(part) || RX_NOT_A_NAME.test(part)) return null;
    const r = readOwner(`${part} thực hiện`, 0, 40, true);
    if (!r || r.verb !== "thực hiện") return null;
    // "Chủ tịch UBND các tỉnh …, trong đó trọng tâm là các tỉnh: …": the names end where the aside starts.
    const whole = r.owner.length >= part.length - 1;
    if (!whole && !restIsAside(part.slice(part.indexOf(r.owner) + r.owner.length))) return null;
    names.push(whole ? part : r.owner);
  }
  return names.length > 1 ? t : names[0];
}
