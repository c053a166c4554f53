/**
 * Decision pass: is this node a task? From evidence, not from position alone. For: a table row, field lines, an
 * explicit assignment or a subject with work, a duty phrase, a task section, a lead-in or agency heading above, a work
 * verb first, a schedule day, a deadline label that names its work, a line that looks ahead. Against: legal grounds and
 * history, findings in the past tense, agreements, descriptions, titles, a body's term, a negated verb or a permission,
 * a lead-in that only hands out its list, a bare "Thời hạn …" line.
 */
import { findDeadline } from "../dates";
import { startsWithOwnerHead } from "./bodies";
import { containsVerb, startsWithFoldedVerb, startsWithVerb, workIsSubject } from "./verbs";
import { ClauseOwner, RX_REPORTED, RX_SENTENCE_END, clauseOwner, leadOwner, stripOrdinal } from "./claims";
import { HandedOwner, Inheritance, upChain } from "./context";
import { Evidence, evidence } from "./evidence";
import { isDetailLine } from "./fields";
import { RX_HEADING_ASSIGN, bodyNames } from "./headingOwners";
import { assignsWork } from "./form";
import {
  announcesBreakdown,
  asksReportOf,
  citesDocument,
  isDossierPaper,
  namesRoleOnly,
  quotesSlogans,
  SectionKind,
  dayLabel,
  afterCondition,
  isAgreement,
  announcesSessionAgenda,
  isClosing,
  isDescription,
  isFinding,
  isFunding,
  isHistory,
  isNeverTask,
  isGenericClosing,
  isPersonCondition,
  isRuleStatement,
  isTermEnd,
  isTitleLine,
  keepsCitationsCurrent,
  listsCases,
  listsSpending,
  looksAhead,
  spellsOutCheck,
  RX_EFFECT,
} from "./lexicon";
import { RX_ARTICLE, endsWithColon, withoutFinalColon, wordCount } from "./markers";
import type { OutlineNode } from "./outline";

/**
 * "Số tiền thuế nộp bằng phương thức điện tử đạt tối thiểu 85% …", "Tối thiểu 70% đại lý thuế hoạt động thường xuyên",
 * "Số lượng yêu cầu … tăng 20%- 30% hàng năm": a measured target, unless a verb opens it or it says who strives for it
 * ("Phấn đấu …", "Bảo đảm …").
 */
const RX_MEASURED =
  /(?:^|\s)(?:đạt|tăng|giảm|không\s+quá|tối\s+thiểu|ít\s+nhất|trên|dưới)\s+(?:khoảng\s+)?(?:tối\s+thiểu\s+)?\d+(?:[.,]\d+)?\s*%/iu;
const RX_STRIVES = /^(?:phấn\s+đấu|bảo\s+đảm|đảm\s+bảo|duy\s+trì|nâng)\s/iu;
function statesTarget(core: string): boolean {
  return RX_MEASURED.test(core) && !startsWithVerb(core) && !startsWithFoldedVerb(core) && !RX_STRIVES.test(core);
}

/**
 * A state named by a noun ("Tình hình …", "Việc …", "Tồn tại, vướng mắc …") or a measured target ("Tỷ lệ … đạt 98%",
 * "100% văn bản … được kiểm tra"): with nobody named to act, no work.
 */
const RX_STATE_NOUN =
  /^(?:(?:tình\s+hình|việc|mức\s+độ|tồn\s+tại|phương\s+hướng|kết\s+quả|tỷ\s+lệ|tỉ\s+lệ)[\s,]|\d+(?:[.,]\d+)?\s*%\s)/iu;
const RX_NEGATED = /\s(?:không|chưa)(?:\s+được)?$/u;
/** "Doanh nghiệp được hỗ trợ …": a right or a benefit, not work (not "… đã được", what was done before the duty). */
const RX_BENEFIT = /(?:^|\s)(?!đã\s)\S+\s+được$/u;
/** "Các cơ sở giáo dục được tự chủ …", "Các trường được phép …": a right the phrase grants, not work. */
const RX_RIGHT = /\sđược\s+(?:tự\s+chủ|phép|quyền)(?:\s|$)/u;
/** An owner phrase that ends in a negation or a benefit, or grants a right: the line states a rule. */
const statesRule = (owner: string) => RX_NEGATED.test(owner) || RX_BENEFIT.test(owner) || RX_RIGHT.test(owner);
/** "Trước ngày 15 hằng tháng, ", "Định kỳ hằng quý, ": when the work is due, before the work. */
const RX_DUE_OPENER =
  /^(?:(?:trước|chậm\s+nhất|vào|trong)\s[^,;:]{0,60}?(?:\d|hằng|hàng|mỗi)[^,;:]{0,40}|(?:định\s+kỳ|hằng|hàng)\s[^,;:]{1,40}),\s*/iu;
/** "Trước ngày 15 hằng tháng, báo cáo …" → "báo cáo …": the work after a due day that opens the line. */
function afterDueOpener(s: string): string {
  const m = RX_DUE_OPENER.exec(s);
  return m ? s.slice(m[0].length) : "";
}
const RX_DUTY = /(?:có|chịu)\s+trách\s+nhiệm|chủ\s+trì|là\s+(?:cơ\s+quan\s+)?đầu\s+mối|có\s+nhiệm\s+vụ/iu;

/** The evidence that makes n a task, or null when it is not one. */
/**
 * "Ủy ban nhân dân thành phố Cần Thơ ban hành Quyết định quy định …", "Hội đồng nhân dân ban hành Nghị quyết …", "UBND
 * tỉnh Đồng Nai ban hành Kế hoạch …, cụ thể như sau:": the enacting formula after the grounds, before any heading. It is
 * the document issuing itself, not work (an item under a heading that asks a body to issue a plan still is).
 */
const RX_ENACTS =
  /^\S[^.;:]{0,100}?\sban\s+hành\s+(?:Quyết\s+định|Nghị\s+quyết|Kế\s+hoạch|Thông\s+tư|Chỉ\s+thị|Nghị\s+định|Quy\s+chế|Quy\s+định|Chương\s+trình|Hướng\s+dẫn)\s(?!số\s)/u;
/** "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:": the word that enacts the articles below; never work, whatever fields follow it. */
const RX_ENACTING_WORD = /^(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|CHỈ\s+THỊ)\s*:?\s*$/u;
const RX_ASKS_AFTER = /(?:^|[\s,;:])(?:đề\s+nghị|yêu\s+cầu|giao)\s/iu;
/** "… đã ban hành Kế hoạch số 120/KH-UBND": one issued before, told as history. */
const RX_ISSUED_BEFORE = /\s(?:đã|vừa)\s+ban\s+hành\s/u;
function enacts(n: OutlineNode): boolean {
  if (n.marker.kind !== "none" || n.parent?.form !== "root") return false;
  const m = RX_ENACTS.exec(n.text);
  // "UBND tỉnh ban hành Kế hoạch …, yêu cầu các sở …": a line that goes on to ask is a request, not the formula.
  return m !== null && !RX_ISSUED_BEFORE.test(m[0]) && !RX_ASKS_AFTER.test(n.text.slice(m[0].length));
}

/**
 * "các nhiệm vụ, chương trình công tác thuê n": a paragraph that starts in lower case with no list marker continues the
 * line before it (a scan's hard wraps, two columns read line by line); a new paragraph or item starts with a capital or
 * a marker. It is no task of its own.
 */
function continuesLine(n: OutlineNode): boolean {
  if (n.marker.kind !== "none") return false;
  const first = n.text.trimStart().charAt(0);
  return first !== first.toUpperCase();
}

export function decide(n: OutlineNode, inh: Inheritance): Evidence[] | null {
  if (n.form === "root" || RX_ENACTING_WORD.test(n.text)) return null;
  const inherited = inh.kindOf(n);
  // "Trong thời gian tới, Tỉnh tổ chức …", "- Hạn nộp hồ sơ: …": a line that looks ahead or names a due day for its work
  // gives work even under an assessment or requirements heading.
  if (
    inherited === "nontask" &&
    (n.heading ||
      n.row ||
      !(
        looksAhead(n.text) ||
        RX_DUE_LABEL.test(n.text) ||
        asksNow(n, inh) ||
        namesDoer(n, inh) ||
        schedulesDoer(n, inh)
      ))
  )
    return null;
  const kind = inherited === "nontask" ? "neutral" : inherited;
  if (n.row) return [evidence("table-row", n.row.text)];
  // "II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN" over "- Thời gian thực hiện: …": a heading of no tasks stays one;
  // but an item with its own owner line ("6. Kiểm tra, đánh giá, báo cáo kết quả …" over "- Bộ phận tham mưu: …") is
  // work, whatever words of findings ("đánh giá") its title holds.
  if (n.heading?.kind === "nontask" && !n.fields.some((f) => f.kind === "owner")) return null;
  const fieldLine = n.fields.find((f) => f.kind === "owner" || f.kind === "co" || f.kind === "time");
  // "- Hội nghị 2: Gồm các tỉnh/thành phố: …" over "Thời gian: 01 buổi chiều, ngày 26/11/2025": a time alone under a
  // description dates an event, not work.
  const dated = fieldLine && !(fieldLine.kind === "time" && isDescription(n.marker.body));
  // "Hội đồng … tổ chức cuộc họp kính mời:" over "Thời gian: …": a meeting's time, the inviter's own act.
  if (dated && !isNeverTask(n.text) && !RX_OPENS_INVITATION.test(n.text) && !announcesMeeting(n, inh))
    return [evidence("field-line", `${fieldLine.label}: ${fieldLine.value}`)];
  if (n.form === "heading" || isDetailLine(n.marker.body) || enacts(n) || continuesLine(n)) return null;
  if (n.content) return n.text && !n.leadIn ? [evidence("field-line", n.text)] : null;
  const introducer = n.lead ?? (n.parent?.leadIn ? n.parent : null);
  if (introducer && announcesBreakdown(introducer.text)) return null;
  // "2. Gửi phiếu khảo sát đến các đơn vị trực thuộc …. Cụ thể như sau:" over "- Trung tâm Y tế dự phòng tỉnh, 02 Trung tâm
  // … (mẫu phiếu số 02);": details of that work, naming no work of their own.
  if (introducer && spellsOutWork(introducer.text) && !containsVerb(n.text)) return null;
  // The line above may be a lead-in or a heading-shaped clause ("1. Chủ quản dữ liệu … trong những trường hợp sau:").
  const above = n.marker.kind === "none" ? null : (n.lead ?? n.parent);
  if (above && listsCases(above.text)) return null;
  if (above && listsSpending(above.text) && inh.claimOf(n, false) === null) return null;
  // "… báo cáo cụ thể về một số nội dung sau:" over "(1) Số hộ dân có nhà bị sập …": what the report holds.
  if (above && asksReportOf(above.text) && !namesWork(n, inh)) return null;
  const line = stripOrdinal(n.text);
  if (above && quotesSlogans(above.text) && !startsWithVerb(line)) return null;
  if (above && isDossierPaper(above.text, line)) return null;
  if (above && citesDocument(line) && !assignment(line)) return null;
  return decideText(n, inh, kind);
}

/**
 * "II. Địa điểm thi đấu: … / Để chương trình … thành công, BCH Công đoàn đề nghị các bộ phận tiến hành …": a request made
 * now asks for work under any heading; one made before ("UBND tỉnh đã đề nghị …") reports it.
 */
function asksNow(n: OutlineNode, inh: Inheritance): boolean {
  // The node's own claim, read once and cached (claimOf), is the assignment() of its text.
  const c = inh.claimOf(n, false);
  const asked = c !== null && c.source === "explicit" && c.read.verb !== "" ? c : null;
  return asked !== null && !RX_REPORTED.test(n.text.slice(0, n.text.indexOf(asked.read.owner)));
}

/**
 * "4.1. Yêu cầu về kỹ thuật và chất lượng:" over "4.1.a. Sở Xây dựng nghiên cứu, thiết kế …": a line whose subject is a
 * body, before its work verb, gives that body work under a requirements heading too.
 */
function namesDoer(n: OutlineNode, inh: Inheritance): boolean {
  return underRequirements(n) && agencyAtWork(n, inh);
}
/** The line's subject is an agency with its work verb ("Ban Thường trực Ủy ban MTTQ xã tổ chức …"). */
function agencyAtWork(n: OutlineNode, inh: Inheritance): boolean {
  const c = inh.claimOf(n, false);
  return c !== null && c.source === "subject" && c.read.verb !== "" && RX_PROPER_BODY.test(c.read.owner);
}
/**
 * "V. THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC" over "- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực … tổ chức hội nghị …": a
 * schedule line that names an agency at work is its task, under a heading of times and places too.
 */
function schedulesDoer(n: OutlineNode, inh: Inheritance): boolean {
  return RX_SCHEDULE_OPENER.test(n.marker.body) && agencyAtWork(n, inh);
}
const RX_SCHEDULE_OPENER = /^(?:(?:từ|trước|đến)\s+)?(?:ngày\s+)?\d{1,2}\/\d{1,2}[^:;.]{0,40}:\s/iu;
/** The nearest heading above titles requirements ("4.1. Yêu cầu về kỹ thuật …"), not findings or aims. */
function underRequirements(n: OutlineNode): boolean {
  for (let p = n.parent; p; p = p.parent) if (p.heading) return RX_REQUIREMENTS.test(stripOrdinal(p.text));
  return false;
}
const RX_REQUIREMENTS = /^yêu\s+cầu\s/iu;
/**
 * An agency by its name. Not bodies.ts's `startsWithOwnerHead`, which also opens people and classes ("Sinh viên …",
 * "Mỗi đội thi …"): tried here, it made two requirement lines of d1 tasks (round 12).
 */
const RX_PROPER_BODY =
  /^(?:Sở|Ủy\s+ban|UBND|Bộ|Phòng|Ban|Thanh\s+tra|Văn\s+phòng|Trung\s+tâm|Công\s+an|Hội|Đoàn|Cục|Chi\s+cục)\s/u;

/** The body a clause explicitly asks for work ("Giao X …", "Đề nghị X …", "X kính mong Y …"), with that work. */
function assignment(text: string): ClauseOwner | null {
  const c = clauseOwner(text, false);
  return c && c.source === "explicit" && c.read.verb !== "" ? c : null;
}

/** A line that opens with work or names a body that does it ("Ban Quản lý Khu kinh tế tỉnh báo cáo …"). */
function namesWork(n: OutlineNode, inh: Inheritance): boolean {
  return startsWithVerb(stripOrdinal(n.text)) || inh.claimOf(n, false) !== null;
}

function decideText(n: OutlineNode, inh: Inheritance, kind: SectionKind): Evidence[] | null {
  const body = n.text;
  const core = stripOrdinal(body);
  // A lead-in that announces its own breakdown or spells out what it checks is the task; its lines are details.
  if (n.leadIn && !announcesBreakdown(core) && !spellsOutCheck(core) && !leadInAssigns(n, core, inh)) return null;
  const request = laterRequest(core);
  if (request) return [evidence("later-request", request.text)];
  const day = dayLabel(core);
  if (day !== null) return scheduled(core, day, inh);
  const duty = workFromGrounds(n, afterCondition(core));
  if ((isClosing(body) && !n.closing) || isHistory(core) || isNeverTask(duty) || wordCount(core, 4) < 4) return null;
  if (keepsCitationsCurrent(core)) return null;
  const sent = sendsIn(core);
  if (sent) return [evidence("send-in", sent)];
  if (namesRoleOnly(core) || namesOnly(core) || invitedOnly(n, core)) return null;
  const handed = inh.ownerFor(n);
  const underContext = handed !== null && handed.verb !== "chỉ đạo";
  const isList = n.marker.kind !== "none";
  const found = (duty !== core ? clauseOwner(duty, underContext, true) : null) ?? inh.claimOf(n, underContext);
  const explicit = found?.source === "explicit";
  // "…, Nhà trường không tổ chức thi …", "Sinh viên có thể thực tập …": a negated verb or a permission states a rule.
  if (found && !explicit && (statesRule(found.read.owner) || found.read.verb === "có thể")) return null;
  // "…, Trung tâm thông báo lịch bồi dưỡng …, cụ thể như sau:": the speaker announces what follows; "Sở X xin trân
  // trọng thông báo … đến quý cơ quan, đơn vị biết …": for information. No one is set work.
  if (found && !explicit && announces(found.read.verb, core) && (n.leadIn || toldForInformation(core, found)))
    return null;
  // "Hội đồng … tổ chức cuộc họp kính mời:", and in an invitation "Uỷ ban nhân dân tỉnh tổ chức Hội nghị thường kỳ
  // tháng 11.": the invitation's opening, the inviter's own act.
  if (found && !explicit && (RX_OPENS_INVITATION.test(core) || announcesMeeting(n, inh))) return null;
  // A numbered line with sections under it only titles them ("3. Tham gia góp ý …" over "3.1.", "3.2.").
  if (!explicit && n.children.some((c) => c.form === "heading" && c.marker.kind !== "none")) return null;
  // "- Cấp độ phổ quát:", "Hình thức:": a short label over the lines under it, no work of its own.
  if (!found && endsWithColon(core) && wordCount(core, 7) <= 6 && !startsWithVerb(core)) return null;
  if (!found && !handed && inCatalogue(n)) return null;
  const against: Evidence[] = [];
  const named = found !== null && found.source !== "topic";
  if (
    isFinding(duty) ||
    isAgreement(core) ||
    isDescription(core) ||
    isTermEnd(core) ||
    isPersonCondition(core) ||
    isTitleLine(core) ||
    (!named && isRuleStatement(duty)) ||
    (!named && isFunding(core)) ||
    history(found)
  ) {
    if (!explicit) return null;
    against.push(evidence("past-or-finding", core));
  }
  // "Tình hình huy động …", "Việc chấp hành …", "Mức độ đạt được …": a state named by a noun, with nobody to act (a
  // later clause may still name one: "Việc giám sát …; Sở X chủ trì …").
  if (!named && RX_STATE_NOUN.test(core) && !core.replace(/[;.]\s*$/u, "").includes(";")) return null;
  if (!named && statesTarget(core)) return null;
  // Guidance states rules; only a body named to act turns a line of it into a task.
  if (kind === "guidance" && !named) return null;
  // The closing formula's condition counts too ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, …/.").
  const opening = core.slice(0, core.length - duty.length);
  const generic = named && isGenericClosing(opening + duty.slice(found.read.workStart));
  // Under an agency's heading ("5. Bộ phận Tư pháp" / "Có trách nhiệm tổng hợp …, báo cáo … xem xét, chỉ đạo./.") the
  // body's last duty is its own, not the formula, though the "/." closes the letter.
  const agencysOwnDuty = handed?.source === "heading" && !RX_HEADING_ASSIGN.test(core);
  if (n.closing && n.marker.kind === "none" && ((!named && !agencysOwnDuty) || generic)) return null;
  // "Phòng GD & ĐT yêu cầu hiệu trưởng các trường … nghiêm túc thực hiện những nội dung thông báo này.": the same
  // formula as the body's last line, without its "/.", asks nothing either; a long one (over 200 characters) is work,
  // even when it ends on problems to settle.
  if (n.last && n.marker.kind === "none" && generic && core.length <= 200) return null;
  // "2. Đề nghị Giám đốc Công an tỉnh, … tổ chức thực hiện" over its bullets: a lead-in whose colon was never written;
  // the bullets are the work it asks for.
  const leadsItsItems = n.marker.kind !== "none" && n.children.some((c) => c.form === "item");
  if (named && leadsItsItems && RX_ONLY_CARRIES_OUT.test(duty.slice(found.read.workStart))) return null;
  if (/^(?:thời hạn|thời gian hoàn thành)/iu.test(core) || RX_DUE_LABEL.test(core)) return dueWork(core);
  const why = weigh({ n, kind, core, duty, found, handed, isList });
  return why && [...why, ...against];
}

/**
 * "Nội dung báo cáo … đề nghị gửi về Sở Kế hoạch và Đầu tư …", "Văn bản góp ý gửi về Phòng Nội vụ trước ngày …": a paper
 * the addressees must send in, asked for or dated. Not a rule on where papers go ("Hồ sơ được gửi tới …", "Báo cáo gửi
 * về Sở Nội vụ để tổng hợp").
 */
function sendsIn(core: string): string | null {
  const m = RX_SEND_IN.exec(core);
  if (!m || /\sđược\s/u.test(m[0])) return null;
  return m[1] || RX_DUE_DAY.test(core) ? m[0] : null;
}
const RX_SEND_IN =
  /^(?:báo\s+cáo|văn\s+bản|hồ\s+sơ|danh\s+sách|nội\s+dung|kết\s+quả|ý\s+kiến|đề\s+xuất|tài\s+liệu|sản\s+phẩm|bài)\s(?:[^.;:]{0,200}?\s)?((?:đề\s+nghị|yêu\s+cầu)\s+)?(?:gửi|nộp)\s+(?:về|đến|cho|tới)\s/iu;
const RX_DUE_DAY = /(?:trước|chậm\s+nhất)\s+(?:là\s+)?(?:ngày\s+)?\d/iu;

/**
 * "2. Căn cứ đăng ký thi đua đầu năm, tổ chức bình xét …", "- Căn cứ mục tiêu, nhiệm vụ … để xây dựng dự toán …": a
 * list item that says what to work from and then the work is an instruction, read from its work; "Căn cứ Nghị định số
 * …", a numbered text cited, or grounds outside a list stay legal grounds.
 */
function workFromGrounds(n: OutlineNode, duty: string): string {
  if (n.marker.kind === "none" || !RX_GROUNDS.test(duty)) return duty;
  const head = duty.slice(0, 240);
  RX_THEN.lastIndex = 0;
  for (let m = RX_THEN.exec(head); m && !RX_STOP.test(m[0]); m = RX_THEN.exec(head)) {
    // "Căn cứ Quyết định số 246-QĐ/TW, ngày 24/01/2025 … về chức năng, nhiệm vụ, tổ chức bộ máy …" cites a text.
    if (RX_NUMBERED_TEXT.test(duty.slice(0, m.index))) return duty;
    const rest = duty.slice(m.index + m[0].length);
    if (startsWithVerb(rest)) return rest;
  }
  return duty;
}
const RX_GROUNDS = /^căn\s+cứ\s/iu;
/** Where the grounds may end and the work start: a comma or "để", before the first full stop. */
const RX_THEN = /,\s*|\s+để\s+|[.;:]/gu;
const RX_STOP = /^[.;:]$/u;
const RX_NUMBERED_TEXT = /\ssố\s*\d|\d\s*\/\s*(?:\d{4}|[A-ZĐ])/u;

/** What decideText has read of a line by the time it weighs the evidence for work. */
interface Reading {
  n: OutlineNode;
  kind: SectionKind;
  core: string;
  /** The line after a condition it opens with ("Trường hợp …, "). */
  duty: string;
  found: ClauseOwner | null;
  handed: HandedOwner | null;
  isList: boolean;
}

/** The evidence for work on a line no rule has turned down: null when it is too weak to call a task. */
function weigh({ n, kind, core, duty, found, handed, isList }: Reading): Evidence[] | null {
  const explicit = found?.source === "explicit";
  const named = found !== null && found.source !== "topic";
  const why: Evidence[] = [];
  if (found && found.source !== "topic") why.push(evidence(explicit ? "assignment" : "subject", phraseOf(core, found)));
  const dutyPhrase = RX_DUTY.exec(core.slice(0, 300));
  if (dutyPhrase) why.push(evidence("duty", dutyPhrase[0]));
  const verbFirst = startsWithVerb(duty) || startsWithVerb(afterDueOpener(duty)) || startsWithFoldedVerb(duty);
  if (verbFirst && !explicit) why.push(evidence("work-verb", duty.split(/\s+/, 3).join(" ")));
  const section = kind === "tasks" ? sectionOf(n) : null;
  if (section) why.push(evidence("task-section", section.line));
  if (handed) why.push(evidence(handed.source === "heading" ? "agency-heading" : "lead-in", handed.from.line));

  const later = found ? null : laterDuty(core);
  if (later) why.push(evidence("duty", later));
  const strong =
    later !== null ||
    // A web copy may drop a request's full stop ("… file mẫu đăng tại trang www.hepza.gov.vn"): a request needs none.
    (named && (isList || explicit || /[.;:!]$/.test(core))) ||
    (verbFirst && (section !== null || handed !== null)) ||
    (dutyPhrase !== null && found !== null) ||
    (isList && handed?.source === "heading");
  const weak = section !== null || (isList && (handed !== null || verbFirst)) || (found?.source === "topic" && isList);
  if (!strong && !weak) return null;
  if (!strong && !found && (describes(core) || workIsSubject(core))) return null;
  if (!strong && !found && section && articleRule(core, section.line, !handed && !verbFirst)) return null;
  if (!strong) why.push(evidence("weak-evidence", core));
  return why;
}

/**
 * "Tên thương mại: Magic …", "Ký, mã hiệu, chủng loại: MTG", "Nhà sản xuất: Wizards …": a short label and a short
 * value, with no work in either, describe something; in a section of tasks they are still no task.
 */
const RX_LABEL_VALUE = /^([^:;.]{2,50}):\s+(\S)/u;
function describes(core: string): boolean {
  const m = RX_LABEL_VALUE.exec(core);
  if (!m || wordCount(m[1], 8) > 7 || startsWithOwnerHead(m[1]) || startsWithVerb(m[1])) return false;
  // A long value lists what work covers ("Thông số, tần suất …: pH, độ mặn …, 2 lần/tháng"): no description.
  const value = core.slice(m[0].length - 1);
  return wordCount(value, 11) <= 10 && !startsWithVerb(value);
}

/** "… có trách nhiệm chỉ đạo …": a duty with its work; "chịu trách nhiệm về nội dung …" only answers for it. */
const RX_LATER_DUTY = /(?:có\s+trách\s+nhiệm|chủ\s+trì,?)\s+/iu;

/**
 * "2. Tất cả các trụ sở … phải treo cờ Tổ quốc …. Chủ tịch UBND các xã, thị trấn có trách nhiệm chỉ đạo …": a later
 * sentence that gives a named body its duty makes the item a task though its first sentence names nobody we can read.
 */
export function laterDuty(core: string): string | null {
  const sentences = core.split(RX_SENTENCE_END);
  for (const s of sentences.slice(1)) {
    const duty = RX_LATER_DUTY.exec(s);
    if (!duty || !startsWithVerb(s.slice(duty.index + duty[0].length))) continue;
    const c = clauseOwner(s.trim(), false);
    if (c && c.source !== "topic") return s.trim();
  }
  return null;
}

/**
 * "Thực hiện sự chỉ đạo …, Mặt trận đã xây dựng dự thảo Kế hoạch …. Thường trực kính mong các đồng chí lãnh đạo cơ quan
 * tham gia góp ý …": a paragraph that opens on its grounds or on what was done and then asks a named body for work. The
 * request, from its sentence to the end, is the task; what came before is its background. Null otherwise.
 */
export function laterRequest(core: string): { text: string; claim: ClauseOwner } | null {
  const sentences = core.split(RX_SENTENCE_END);
  const first = sentences[0];
  if (sentences.length < 2 || !backgroundOnly(first)) return null;
  let from = first.length;
  // "Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan, … tổ chức triển khai …": after the effect clause, bodies
  // that work are the article's task, asked or not.
  const effect = RX_EFFECT.test(first);
  for (const s of sentences.slice(1)) {
    from = core.indexOf(s, from);
    const asked = requestIn(s) ?? (effect ? subjectAtWork(s) : null);
    // "Trên đây là Kế hoạch …. UBND tỉnh đề nghị các cơ quan triển khai thực hiện …": the closing formula asks nothing.
    if (asked) return isGenericClosing(asked.work) ? null : { text: core.slice(from), claim: asked.claim };
    from += s.length;
  }
  return null;
}

/** A sentence whose subject, a named body, does work: its claim and the work. */
function subjectAtWork(s: string): { claim: ClauseOwner; work: string } | null {
  const c = clauseOwner(s.trim(), false);
  return c && c.source === "subject" && c.read.verb !== ""
    ? { claim: c, work: s.trim().slice(c.read.workStart) }
    : null;
}

/** "…; UBND tỉnh có ý kiến như sau: Sở X chủ trì …": the directive a sentence announces after its colon. */
const RX_DIRECTIVE_COLON = /(?:có\s+ý\s+kiến(?:\s+chỉ\s+đạo)?|kết\s+luận|chỉ\s+đạo)\s+(?:như\s+sau|cụ\s+thể)\s*:\s*/iu;

/** The request a sentence makes: its own assignment, or the directive after "… có ý kiến như sau:", with its work. */
function requestIn(s: string): { claim: ClauseOwner; work: string } | null {
  const claim = assignment(s);
  if (claim) return { claim, work: s.slice(claim.read.workStart) };
  const m = RX_DIRECTIVE_COLON.exec(s);
  const tail = m ? s.slice(m.index + m[0].length) : "";
  const c = tail ? clauseOwner(tail, false) : null;
  return c && c.source !== "topic" && c.read.verb !== "" ? { claim: c, work: tail.slice(c.read.workStart) } : null;
}

/** "Năm 2023, hoạt động này sẽ được triển khai …": grounds, history, or a sentence that names nobody to work. */
export function backgroundOnly(sentence: string): boolean {
  if (isNeverTask(sentence) || isHistory(sentence) || RX_REPORTED.test(sentence)) return true;
  const own = clauseOwner(sentence, false);
  return (own === null || own.source === "topic") && !startsWithVerb(afterCondition(sentence));
}

/**
 * "Thời hạn nộp hồ sơ …: Từ 9/12/2024 đến 13/12/2024", "Hạn đăng ký …: trước 17h00 ngày …": a deadline label that
 * names its work is that work, due then ("Hạn chế: …" is a limitation). A
 * bare "Thời hạn: …" or "Thời gian hoàn thành …" only dates the line above.
 */
const RX_DUE_LABEL = /^(?:thời\s+)?hạn\s+(?!chế)([^:]{3,120}):\s*\S/iu;
function dueWork(core: string): Evidence[] | null {
  const m = RX_DUE_LABEL.exec(core);
  return m && startsWithVerb(m[1]) && !/^(?:hoàn\s+thành|thực\s+hiện|triển\s+khai)/iu.test(m[1])
    ? [evidence("work-verb", m[1])]
    : null;
}

/**
 * A schedule line ("15/11: Phát động cuộc thi …") plans work for its day: a task when the day is not past and the
 * words after it are not a finding.
 */
function scheduled(core: string, day: string, inh: Inheritance): Evidence[] | null {
  const work = core.slice(core.indexOf(":") + 1).trim();
  if (wordCount(work, 3) < 3 || isFinding(work)) return null;
  const due = findDeadline(day, { issued: inh.issued, mode: "cell", notBefore: inh.issued }).deadline;
  return due?.date ? [evidence("schedule-day", core)] : null;
}

/**
 * A lead-in that asks a body for work ("Bộ X trân trọng đề nghị Bộ Y chỉ đạo …, cụ thể như sau:") when none of the lines
 * it introduces is a task: the list explains the request, so the request is the task (spec rule 1).
 */
export function decideRequest(n: OutlineNode, inh: Inheritance): Evidence[] | null {
  if (n.form === "heading" || n.row || inh.kindOf(n) === "nontask") return null;
  const asked = leadOwner(n.text);
  return asked?.delegated && asked.verb !== "" ? [evidence("assignment", asked.owner)] : null;
}

/** "… tổ chức thực hiện", "… triển khai thực hiện các nội dung sau": work named by no object of its own. */
const RX_ONLY_CARRIES_OUT =
  /^(?:(?:nghiêm\s+túc|khẩn\s+trương|tập\s+trung|chủ\s+động)\s+)?(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện(?:\s+(?:các|những)\s+(?:nội\s+dung|nhiệm\s+vụ)(?:\s+sau(?:\s+đây)?)?)?\s*[.:]?\s*$/iu;

/**
 * A lead-in is a task itself only when it assigns work: a numbered item with a subject and a duty, or an earlier
 * sentence that gives work to someone ("2. Bộ A thực hiện … trước ngày 20/10/2024. Trong đó chú ý các nội dung sau:").
 */
function leadInAssigns(n: OutlineNode, core: string, inh: Inheritance): boolean {
  if (announcesSessionAgenda(core)) return false;
  if (assignsWork(withoutFinalColon(core), n.marker, inh.ownerFor(n) !== null)) return true;
  const sentences = core.split(RX_SENTENCE_END);
  if (sentences.length < 2) return false;
  const before = sentences.slice(0, -1).join(". ");
  if (isNeverTask(before) || isFinding(before)) return false;
  const own = clauseOwner(before, false);
  return own !== null && own.source !== "topic" && own.read.verb !== "";
}

/**
 * "- Bộ trưởng Bộ Quốc phòng;", "- 01 Thứ trưởng Bộ Nội vụ;", "1. Trưởng ban: Phó Thủ tướng Chính phủ …": names and
 * nothing else, a list of members; a body does work only where a verb says so.
 */
function namesOnly(core: string): boolean {
  const line = core.replace(RX_MEMBER_COUNT, "");
  if (!RX_PERSON_ROLE.test(line)) return false;
  const parts = line.replace(/[.;,]\s*$/, "").split(/\s*:\s*/);
  return parts.length <= 2 && parts.every((part) => part !== "" && bodyNames(part) !== null);
}

/**
 * "Sở Y tế kính mời:" over "1. Sở Y tế:" over "- Ban Giám đốc Sở;", "- Trưởng khoa dược bệnh viện hoặc cán bộ phụ
 * trách công tác dược.": those invited, named and set no work (their work, if any, is in a line with a verb).
 */
const RX_INVITES = /mời(?:\s+(?:tham\s+dự|dự))?\s*:\s*$/iu;
/**
 * In an invitation, "Uỷ ban nhân dân tỉnh tổ chức Hội nghị thường kỳ …" (with its "Thời gian: …" under it, or not):
 * the subject holds the meeting invited to, and asks no one anything.
 */
function announcesMeeting(n: OutlineNode, inh: Inheritance): boolean {
  if (!inh.invitation) return false;
  const core = stripOrdinal(n.text);
  const found = inh.claimOf(n, false);
  if (!found || found.source === "explicit" || RX_ASKS.test(core)) return false;
  const { verb, workStart } = found.read;
  return RX_HOLDS.test(verb) && RX_MEETING_NOUN.test(core.slice(workStart + verb.length));
}
const RX_HOLDS = /^(?:tổ\s+chức|triệu\s+tập)$/iu;
const RX_MEETING_NOUN = /^\s*(?:hội\s+nghị|cuộc\s+họp|phiên\s+họp|buổi\s+làm\s+việc|hội\s+thảo|họp)(?:\s|$)/iu;
const RX_ASKS = /(?:^|\s)(?:đề\s+nghị|yêu\s+cầu|giao)\s/iu;

/** "… tổ chức cuộc họp kính mời:", "Sở Y tế trân trọng kính mời:": an invitation opens; those invited follow. */
const RX_OPENS_INVITATION = /(?:kính|trân\s+trọng)\s+mời(?:\s+(?:tham\s+dự|dự))?\s*:?\s*$/iu;
const ANNOUNCES = new Set(["thông báo", "xin trân trọng thông báo", "xin thông báo"]);
/** "Sở X trân trọng thông báo …" ("trân trọng" is read as the verb), not "… trân trọng thông báo và đề nghị …". */
const RX_TRAN_TRONG_TELLS = /trân\s+trọng\s+thông\s+báo\s+(?!và\s)/iu;
/** The line opens with its speaker, who tells the rest "… biết" (not a later "gửi thông báo đến cử tri … được biết"). */
const toldForInformation = (core: string, found: ClauseOwner) =>
  core.startsWith(found.read.owner) && RX_TO_KNOW.test(core);
const announces = (verb: string, core: string) =>
  ANNOUNCES.has(verb) || (verb === "trân trọng" && RX_TRAN_TRONG_TELLS.test(core));
/** "… đến quý cơ quan, đơn vị biết", "… được biết": what is told is for information. */
const RX_TO_KNOW = /\s(?:được\s+)?biết(?=[\s.,;]|$)(?![\s,]+(?:và\s+|để\s+)?(?:thực\s+hiện|triển\s+khai|chấp\s+hành))/u;
function invitedOnly(n: OutlineNode, core: string): boolean {
  if (startsWithVerb(core) || /\d/.test(core) || wordCount(core, 17) > 16) return false;
  for (const up of upChain(n)) if (up.leadIn && RX_INVITES.test(up.text)) return true;
  return false;
}

/** Work first, then a sentence of its own that opens the details: "Gửi phiếu khảo sát …. Cụ thể như sau:". */
const RX_THEN_DETAILS = /\.\s+cụ\s+thể(?:\s+như\s+sau)?\s*:\s*$/iu;
const spellsOutWork = (text: string) => RX_THEN_DETAILS.test(text.slice(-40)) && startsWithVerb(stripOrdinal(text));

/** "01 Phó Chủ nhiệm …": how many members a body sends. */
const RX_MEMBER_COUNT = /^\d{1,2}\s+(?=\S)/u;
/** A member is a person by office ("Bộ trưởng Bộ Y tế"); "Các doanh nghiệp …, Tổng Công ty tiên phong …" is none. */
const RX_PERSON_ROLE =
  /^(?:phó\s+)?(?:bộ\s+trưởng|thứ\s+trưởng|chủ\s+tịch|trưởng\s+ban|giám\s+đốc|thủ\s+tướng|chủ\s+nhiệm|viện\s+trưởng|chánh\s+án|chánh\s+văn\s+phòng|thống\s+đốc|tổng\s+giám\s+đốc|ủy\s+viên|uỷ\s+viên|đồng\s+chí)\s/iu;

/** "Báo Đấu thầu ngày 26 tháng 3 năm 2019 đưa tin …": a body named with a past day reports history. */
function history(found: ClauseOwner | null): boolean {
  return found !== null && /ngày\s+\d/iu.test(found.read.owner);
}

/** "Điều 5. Trách nhiệm …", "Điều 2. Tổ chức thực hiện", "Điều 18. Văn phòng Ban Chỉ đạo": an article that hands out duties. */
const RX_DUTY_ARTICLE_TITLE = /^(?:trách\s+nhiệm|nhiệm\s+vụ|tổ\s+chức\s+(?:thực\s+hiện|triển\s+khai)|phân\s+công)/iu;
/** "Điều 3. Nội dung …", "Điều 2. Phạm vi …", "Điều 4. Đối tượng …": an article of what a regulation covers. */
const RX_COVERS_TITLE = /^(?:nội\s+dung|phạm\s+vi|đối\s+tượng)\s/iu;
/**
 * "Điều 2. Danh mục vị trí công tác …", "Điều 3. Nguyên tắc thực hiện", "Điều 1. Ủy quyền cho Giám đốc Sở … thực hiện
 * …:": a catalogue, principles, or the powers a body is delegated.
 */
const RX_CATALOGUE_TITLE = /^(?:danh\s+mục|nguyên\s+tắc|(?:ủy|uỷ)\s+quyền)\s/iu;

/** The title of an article line ("Điều 3. Mức đóng …" → "Mức đóng …"), or null when the line is no article. */
function articleTitle(line: string): string | null {
  const m = RX_ARTICLE.exec(line);
  return m ? line.slice(m[0].length) : null;
}

/**
 * A line with nothing stronger than its place in a regulation's article (`line`, the article's title) that states a
 * rule: under "Điều 3. Nội dung tư vấn …", a verbless line ("Kế hoạch 05 năm phát triển …") names a thing it covers;
 * under an article that hands out no duties ("Điều 3. Mức đóng …", "Điều 6. Hồ sơ đề nghị hỗ trợ"), a line with no
 * verb first and no lead-in above (`bare`) is one of its rules.
 */
function articleRule(core: string, line: string, bare: boolean): boolean {
  const title = articleTitle(line);
  if (title === null) return false;
  if (RX_COVERS_TITLE.test(title) && !containsVerb(core)) return true;
  return bare && !RX_DUTY_ARTICLE_TITLE.test(title) && !startsWithOwnerHead(title);
}

/**
 * Under an article that catalogues things or states principles (RX_CATALOGUE_TITLE): its lines without a body name
 * entries or rules, they assign nothing.
 */
function inCatalogue(n: OutlineNode): boolean {
  // An article line that ends with a colon leads its items in rather than heading them.
  const led = n.lead ? articleTitle(n.lead.text) : null;
  if (led !== null) return RX_CATALOGUE_TITLE.test(led);
  for (let p = n.parent; p; p = p.parent) {
    const title = articleTitle(p.text);
    if (title !== null) return RX_CATALOGUE_TITLE.test(title);
  }
  return false;
}

function sectionOf(n: OutlineNode): OutlineNode | null {
  for (let p = n.parent; p && p.parent; p = p.parent) if (p.heading?.kind === "tasks") return p;
  return n.lead;
}

/** The words that name the owner and the work: "Giao Sở Tài chính chủ trì", "Các phòng đề xuất". */
function phraseOf(core: string, found: { read: { owner: string; workStart: number } }): string {
  const at = core.indexOf(found.read.owner);
  const end = Math.min(core.length, Math.max(found.read.workStart, at + found.read.owner.length) + 20);
  return core.slice(Math.max(0, Math.min(at, found.read.workStart) - 20), end);
}
