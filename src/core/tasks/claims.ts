/**
 * Who a clause names as the one to work, by the spec's first three rules: an explicit assignment ("Giao X …", "Đề
 * nghị X …", "X: …"), the subject at the start ("Các phòng đề xuất …"), a subject after a topic phrase; and the body a
 * lead-in hands its list to (rule 5).
 */
import { findAssignment, findDelegatedObject, findTopicSubject } from "./assignments";
import { OwnerRead, ownerHeadAt, readOwner, startsWithOwnerHead } from "./bodies";
import { shortLabel } from "./fields";
import { UPPER_CHARS } from "../text";
import { RX_AGREEING, afterCondition, isGenericClosing } from "./lexicon";
import { RX_ARTICLE, RX_LETTER, RX_ORDINAL, wordCount } from "./markers";

/** Spec order of strength: explicit (1), subject (2), topic (3). */
export type ClauseSource = "explicit" | "subject" | "topic";

export interface ClauseOwner {
  read: OwnerRead;
  source: ClauseSource;
}

/**
 * "Báo cáo của các cơ quan, đơn vị gửi về …": the body after "của" sends it; not in the address the paper is sent to
 * ("Báo cáo gửi về Sở Tư pháp - Cơ quan thường trực của Ban điều hành …").
 */
const RX_OF_OWNER =
  /^(?:báo cáo|văn bản|ý kiến|kết quả|hồ sơ|tài liệu|đề xuất)(?:(?!\s(?:gửi|nộp)\s)[^,;:]){0,40}?\s+của\s+/iu;
/** "Bộ Nội vụ đã …", "Sở X vừa …": a subject read up to a past marker reports, it does not take on work. */
export const RX_REPORTED = /\s(?:đã|vừa)(?:\s|$)/u;
/** "Về …: ": a topic, then what is decided about it. */
const RX_TOPIC_COLON = /^về\s[^:]{3,400}:\s+/iu;
/**
 * "a) Tiêu chuẩn - đo lường - chất lượng: Ủy ban nhân dân huyện, thị xã chủ động …", "b) Thanh tra khoa học và công
 * nghệ: Ủy ban nhân dân các huyện …": a field of work names the topic, longer than a short label or itself shaped like
 * a name; the body after its colon, capitalised as a name opens, works.
 */
const RX_FIELD_OF_WORK = new RegExp(`^[^:;.,]{2,80}:\\s+(?=[${UPPER_CHARS}])`, "u");
function fieldOfWork(core: string): RegExpExecArray | null {
  const m = RX_FIELD_OF_WORK.exec(core);
  return m && wordCount(m[0], 13) <= 12 && !RX_CITES.test(m[0]) && ownerHeadAt(core, m[0].length) ? m : null;
}
/** "Tại khoản 3 Điều 1 Luật số 106/2016/QH13 quy định: Cơ sở kinh doanh …": a quoted rule, no field of work. */
const RX_CITES = /(?:^|\s)(?:quy\s+định|luật|nghị\s+định|thông\s+tư|(?:điều|khoản)\s+\d+|điểm\s+[a-zđ])(?:\s|:)/iu;
/** "Đối với Ngành Y tế: Xây dựng kế hoạch …": the topic is a body, and what follows its colon is that body's work. */
const RX_ABOUT_LABEL = /^đối\s+với\s+(?=[^:;.]{2,80}:\s)/iu;
function aboutBody(core: string): OwnerRead | null {
  const m = RX_ABOUT_LABEL.exec(core);
  if (!m) return null;
  const r = readOwner(core, m[0].length);
  // The body is the whole label ("Đối với các nhiệm vụ còn tồn đọng: Sở Tài chính rà soát …" names no body there).
  return r && r.verb !== "" && !r.delegated && /^\s*:\s*$/u.test(core.slice(m[0].length + r.owner.length, r.workStart))
    ? r
    : null;
}
/** Owners are named early in a clause; reading a bounded head keeps a long paragraph linear. */
const CLAUSE_REACH = 1500;

export function stripOrdinal(s: string): string {
  if (s.charCodeAt(0) === 0x28) return unbracketed(s);
  const article = RX_ARTICLE.exec(s);
  // "Điều 2: a) Uỷ ban nhân dân thị xã … có nhiệm vụ …": an article whose first lettered clause shares its line.
  if (article) return s.slice(article[0].length).replace(RX_LETTER, "");
  const m = RX_ORDINAL.exec(s);
  return m ? s.slice(m[0].length) : s;
}

/**
 * "(Giao Sở Nội vụ chuẩn bị các điều kiện tổ chức Hội nghị)", "(Đề nghị các sở … mời giúp các thành phần …)": a request
 * an invitation writes wholly in brackets between its lines is read without them. Other bracketed lines stay asides.
 */
function unbracketed(s: string): string {
  const m = RX_BRACKETED_REQUEST.exec(s);
  return m ? m[1] : s;
}
const RX_BRACKETED_REQUEST = /^\(((?:giao|đề\s+nghị|yêu\s+cầu)\s[^()]*)\)\s*[.;]?$/iu;

/** A full stop before a capital: where a sentence ends. */
export const RX_SENTENCE_END = new RegExp(`\\.\\s+(?=[${UPPER_CHARS}])`, "u");

const head = (s: string) => (s.length > CLAUSE_REACH ? s.slice(0, CLAUSE_REACH) : s);

/**
 * The owner a clause names itself (rules 1–3); `underContext` ignores "yêu cầu"/"chỉ đạo" (the context's body does
 * those); `afterOpener`: the clause followed an opener's comma (a procedure's actors may be in lower case there).
 */
export function clauseOwner(text: string, underContext: boolean, afterOpener = false): ClauseOwner | null {
  const core = head(text);
  const about = aboutBody(core);
  if (about) return { read: about, source: "subject" };
  // "Về đề nghị các bộ …: Ủy ban nhân dân thành phố X cần …": the topic restates a proposal; its answer names the owner.
  // So does a short label's sentence ("Thời gian đăng ký: Các công đoàn bộ phận đăng ký …").
  const topic = RX_TOPIC_COLON.exec(core) ?? shortLabel(core) ?? fieldOfWork(core);
  if (topic) {
    const answer = clauseOwner(core.slice(topic[0].length), underContext);
    // "…: Các Bộ, cơ quan thống nhất …" records an agreement, not who works.
    if (answer && answer.read.verb !== "" && !RX_AGREEING.test(answer.read.verb)) return answer;
  }
  const a = findAssignment(core, underContext);
  // A subject may be a long list of bodies ("Giám đốc các Sở, Thủ trưởng các ngành, …, các cơ quan, đơn vị có liên quan").
  const s = readOwner(core, 0, 40, false, afterOpener);
  // "Bộ Nội vụ đã xây dựng …. Để …, đề nghị UBND các tỉnh …": a subject that reports what it did gives way to the
  // request that follows it (spec: a request is a task; past facts are not).
  if (s && a && a.at > 0 && RX_REPORTED.test(s.owner)) return { read: a, source: "explicit" };
  // The grammatical subject at the start beats a later "giao" only when the subject itself delegates nothing.
  if (s && (!a || a.at > 0) && !(a && s.delegated)) {
    if (s.verb !== "" || !a) return directs(s) ?? { read: s, source: s.delegated ? "explicit" : "subject" };
  }
  if (a) return { read: a, source: "explicit" };
  const performer = performerAtEnd(core);
  if (performer) return { read: performer, source: "subject" };
  const of = RX_OF_OWNER.exec(core);
  if (of) {
    const r = readOwner(core, of[0].length);
    if (r) return { read: r, source: "subject" };
  }
  const t = findTopicSubject(core);
  if (!t) return underContext ? null : askedAnywhere(core);
  return directs(t) ?? { read: t, source: t.delegated ? "explicit" : "topic" };
}

/**
 * "2. Tham luận “…” - Trường THPT Thống Linh hỗ trợ thực hiện.": a content item whose performer follows a spaced dash
 * at its end. Only a body's name there (not "- các đơn vị cho ý kiến").
 */
const RX_PERFORMER_AT_END = new RegExp(
  `\\s[-–]\\s+([${UPPER_CHARS}][^–]{1,100}?)\\s+(?:(?:chủ\\s+trì|hỗ\\s+trợ|phối\\s+hợp)\\s+)?thực\\s+hiện\\s*\\.?\\s*$`,
  "u",
);
function performerAtEnd(core: string): OwnerRead | null {
  const m = RX_PERFORMER_AT_END.exec(core.length > 400 ? core.slice(-400) : core);
  if (!m || !startsWithOwnerHead(m[1]) || / [-–] /u.test(m[1])) return null;
  return { owner: m[1], coOwners: [], workStart: 0, verb: "thực hiện" };
}

/**
 * "Nay Ban quản lý đề nghị các doanh nghiệp …", "Được sự chỉ đạo của …, VPĐU đề nghị Bí thư các Chi bộ …", "Thực hiện
 * Công văn …, Giám đốc Sở Y tế yêu cầu thủ trưởng các đơn vị rà soát …": a request whose asker we cannot read still
 * names the body asked. Not after "đã"/"vừa": that request was made before.
 */
const RX_ASKS = /(?:^|\s)(?:kính\s+)?đề\s+nghị\s+$/iu;
/** "…, Giám đốc Sở Y tế yêu cầu …": "yêu cầu" asks only after a body ("theo yêu cầu", "đáp ứng yêu cầu" do not). */
const RX_REQUIRED_BY = /(?:^|[,;]\s*)([^,;]{2,80}?)\s+yêu\s+cầu\s+$/u;
function askedAnywhere(core: string): ClauseOwner | null {
  const r = findDelegatedObject(core);
  if (!r || r.verb === "") return null;
  const before = core.slice(0, Math.max(0, core.indexOf(r.owner)));
  const by = RX_REQUIRED_BY.exec(before);
  const asks = RX_ASKS.test(before) || (by !== null && startsWithOwnerHead(by[1]));
  return asks && !RX_REPORTED.test(before) && !isGenericClosing(core) ? { read: r, source: "explicit" } : null;
}

/**
 * "Các địa phương chỉ đạo các Hợp tác xã … thu hoạch …": a body that directs others is the one responsible, unlike one
 * that asks or assigns ("đề nghị", "giao", "yêu cầu"), whose object works.
 */
function directs(r: OwnerRead): ClauseOwner | null {
  if (!r.delegated || r.via !== "chỉ đạo" || !r.subject) return null;
  return { read: { owner: r.subject, coOwners: [], workStart: 0, verb: "chỉ đạo" }, source: "subject" };
}

/** The body a lead-in clause hands its list to: a "giao/đề nghị" object, a delegating subject, or the body asked to direct. */
function leadClauseOwner(c: string): OwnerRead | null {
  const core = head(stripOrdinal(c));
  const a = findAssignment(core, false);
  // "Nhằm đảm bảo …, Ban Giám hiệu thông báo đến các đơn vị … thực hiện … như sau": the speaker is past the opener.
  const after = afterCondition(core);
  const past = after !== core ? readOwner(after, 0) : null;
  const s = readOwner(core, 0) ?? (past && { ...past, workStart: past.workStart + core.length - after.length });
  return a ?? (s && s.delegated ? s : null) ?? findDelegatedObject(core);
}

/**
 * The body a lead-in hands the lines after it to. The clause that hands out the list is usually the last one; when it
 * names nobody ("…; trong đó lưu ý các nhiệm vụ sau:"), the whole last sentence is read.
 */
export function leadOwner(text: string): OwnerRead | null {
  const { lastSentence, lastClause } = lastWords(text);
  return leadClauseOwner(lastClause) ?? (lastClause !== lastSentence ? leadClauseOwner(lastSentence) : null);
}

/**
 * Words and commas a lead-in's subject may take: "Các trung tâm thương mại, siêu thị, cửa hàng, chợ dân sinh, khách sạn,
 * nhà hàng, quán nước, quán café, quán ăn vỉa hè, cơ sở kinh doanh du lịch và … phải thực hiện các nội dung sau:".
 */
const LIST_OF_BODIES = 60;

/**
 * "Để tiếp tục …, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:": the subject of a
 * lead-in that announces its own tasks (past any opener) works on the items it lists.
 */
export function leadSubject(text: string): OwnerRead | null {
  const { lastSentence, lastClause } = lastWords(text);
  for (const clause of lastClause === lastSentence ? [lastSentence] : [lastClause, lastSentence]) {
    const r = readOwner(afterCondition(clause), 0, LIST_OF_BODIES); // a subject may be a long list of bodies
    if (r && r.verb !== "" && !r.delegated) return r;
  }
  return null;
}

function lastWords(text: string): { lastSentence: string; lastClause: string } {
  const tail = text.length > CLAUSE_REACH ? text.slice(text.length - CLAUSE_REACH) : text;
  const sentences = tail.split(RX_SENTENCE_END);
  let lastSentence = sentences.pop() ?? tail;
  // "… đề nghị UBND các xã … thực hiện nghiêm túc …. Cụ thể:": a bare "Cụ thể:" hands out what the sentence before says.
  if (sentences.length && wordCount(lastSentence, 5) < 5) lastSentence = `${sentences.pop()}. ${lastSentence}`;
  const lastClause = lastSentence.split(/;\s+/u).pop() ?? lastSentence;
  return { lastSentence, lastClause };
}
