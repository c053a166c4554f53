import { CalendarDate, Deadline, findDeadline, fromIso, parseMinutesDate, parsePlaceAndDate, toIso } from "../dates";
import { cleanLine, detectEncodingProblemInLines, normalizeNfcForMatch } from "../text";
import { assignIds } from "./ids";
import {
  RX_ORDINAL,
  afterCondition,
  headingDepth,
  isBodyEnd,
  isClosing,
  isAgreement,
  isFinding,
  isLeadIn,
  isNeverTask,
  isUrgent,
  parseFooter,
  parseMarker,
  sectionKind,
  Marker,
  SectionKind,
  wordCount,
} from "./lines";
import {
  OwnerRead,
  containsVerb,
  findAssignment,
  findDelegatedObject,
  findTopicSubject,
  ownerOfHeading,
  readCoOwners,
  readOwner,
  splitBodies,
  startsWithVerb,
} from "./owner";
import { readTaskTable } from "./tables";
import type { ExtractInput, ExtractOptions, ExtractResult, ExtractWarning, Task } from "./types";

interface Heading {
  depth: number;
  text: string;
  kind: SectionKind;
  owner: string | null;
  period: Deadline | null;
  urgent: boolean;
  /** Numbered or lettered ("1.", "a)"), not a line in capitals. */
  numbered: boolean;
}

/** Owner strength, spec order: 1 explicit … 6 footer. */
type OwnerSource = 1 | 2 | 3 | 4 | 5 | 6 | 7;

interface Draft {
  task: Omit<Task, "id">;
  ownerSource: OwnerSource;
  isList: boolean;
}

const RX_DOC_TITLE =
  /^(?:KẾT LUẬN|THÔNG BÁO|KẾ HOẠCH|BIÊN BẢN|GIẤY MỜI|CÔNG VĂN|BÁO CÁO|QUYẾT ĐỊNH|CHỈ THỊ|TỜ TRÌNH|CỘNG H[ÒO]A|ĐỘC LẬP)/u;
const RX_INVITATION = /^GIẤY MỜI/u;
/** The meeting's time in an invitation: "Từ 14h00 thứ Ba, ngày 16/6/2026". */
const RX_MEETING =
  /(\d{1,2})\s*(?:h|giờ)\s*(\d{2})?(?:\s*phút)?\s*,?\s*(?:(?:thứ\s*[\p{L}\d]+|chủ\s*nhật)\s*,?\s*)?ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu;
/** "Báo cáo của các cơ quan, đơn vị gửi về …": the body after "của" sends it. */
const RX_OF_OWNER = /^(?:báo cáo|văn bản|ý kiến|kết quả|hồ sơ|tài liệu|đề xuất)[^,;:]{0,40}?\s+của\s+/iu;
/** A closing line that dates the items above it. */
const RX_CLOSING_LINE = /^(?:báo cáo|văn bản|ý kiến|kết quả|hồ sơ|tài liệu|thời hạn)/iu;
/** Where a paragraph splits into tasks for different owners: "…; giao Sở B …", "…, đồng thời X …", "…, để X … trước ngày …". */
const RX_SPLIT = /(?:;\s+|\.\s+(?=\p{Lu})|,?\s+(?=để\s+\p{Lu})|,?\s+(?=đồng thời\s))/gu;
/**
 * A colon that opens the content of a proposal or an agreement: "theo hướng:", or "như sau:" after "thống nhất",
 * "đề xuất", "trao đổi" …, within one sentence.
 */
const RX_PROPOSAL_COLON =
  /theo\s+hướng\s*:|(?:thống\s+nhất|trao\s+đổi|làm\s+việc|đề\s+xuất|kiến\s+nghị|tham\s+mưu|nghiên\s+cứu)[^.;:]*(?:như\s+sau|sau\s+đây|cụ\s+thể)\s*:/iu;
/** A new owner in a split clause must look like a named body, not "các chính sách …". */
const RX_PROPER_BODY = /^(?:\p{Lu}|các\s+\p{Lu})/u;

/** Lower case, letters and digits only, one space between words: normalizeNfcForMatch, a loop, not a Unicode regex. */
function ownerKey(s: string | null): string {
  return s ? normalizeNfcForMatch(s) : "";
}

/** Reads the owner of one clause in spec order 1–3; 4–6 come from context. */
function clauseOwner(core: string, underAgency: boolean): { read: OwnerRead; source: OwnerSource } | null {
  const a = findAssignment(core, underAgency);
  const s = readOwner(core, 0);
  // The grammatical subject at the start beats a later "giao" only when the subject itself delegates nothing.
  if (s && (!a || a.at > 0) && !(a && s.delegated)) {
    if (s.verb !== "" || !a) return { read: s, source: s.delegated ? 1 : 2 };
  }
  if (a) return { read: a, source: 1 };
  const of = RX_OF_OWNER.exec(core);
  if (of) {
    const r = readOwner(core, of[0].length);
    if (r) return { read: r, source: 2 };
  }
  const t = findTopicSubject(core);
  if (t) return { read: t, source: 3 };
  return null;
}

/** The body a lead-in clause hands its list to: a "giao/đề nghị" object, a delegating subject, or the body asked to direct. */
function leadOwner(c: string): OwnerRead | null {
  const a = findAssignment(stripOrdinal(c), false);
  const s = readOwner(stripOrdinal(c), 0);
  return a ?? (s && s.delegated ? s : null) ?? findDelegatedObject(stripOrdinal(c));
}

function stripOrdinal(s: string): string {
  const m = RX_ORDINAL.exec(s);
  return m ? s.slice(m[0].length) : s;
}

/** A date the text is due by, within or after (not a recurring or ongoing one). */
function hasDueDate(text: string, issued: CalendarDate): boolean {
  const d = findDeadline(text, { issued, mode: "text" }).deadline;
  return d !== null && (d.kind === "by" || d.kind === "within" || d.kind === "relative");
}

/** Splits "Giao Sở A …; giao Sở B …" into one clause per owner; clauses without a new owner stay together. */
function splitByOwner(body: string, firstOwner: string | null): string[] {
  if (!firstOwner) return [body];
  const parts: string[] = [];
  let start = 0;
  let current = ownerKey(firstOwner);
  // "Viện A; Viện B nghiên cứu …": a split point inside the owner phrase itself is not a new clause.
  const named = body.indexOf(firstOwner);
  RX_SPLIT.lastIndex = named >= 0 ? named + firstOwner.length : 0;
  // "… thống nhất với Bộ B về phân công theo hướng: Bộ B chủ trì …; Bộ A chủ trì …": what follows is the content
  // to be agreed or proposed, not assignments, so the paragraph stays one task.
  const proposal = RX_PROPOSAL_COLON.exec(body);
  const frozenFrom = proposal ? proposal.index : body.length;
  let m: RegExpExecArray | null;
  while ((m = RX_SPLIT.exec(body))) {
    if (m.index >= frozenFrom) break;
    const next = m.index + m[0].length;
    const clause = body.slice(next);
    const lead = /^(?:để|đồng thời),?\s+/u.exec(clause);
    const core = lead ? clause.slice(lead[0].length) : stripOrdinal(clause);
    const r = findAssignment(core, false);
    const owner = r && r.at === 0 ? r : readOwner(core, 0);
    if (!owner || owner.verb === "") continue;
    if (!RX_PROPER_BODY.test(owner.owner)) continue;
    if (ownerKey(owner.owner) === current) continue;
    if (lead && /^để/u.test(lead[0]) && !findDeadline(core, { issued: { year: 2000, month: 1, day: 1 } }).deadline)
      continue;
    parts.push(body.slice(start, m.index).replace(/[\s,;]+$/u, ""));
    start = next;
    current = ownerKey(owner.owner);
  }
  parts.push(body.slice(start));
  return parts.filter((p) => p.trim().length > 0);
}

function findIssueDate(
  texts: string[],
  options: ExtractOptions,
  warnings: ExtractWarning[],
): { issued: CalendarDate; issuedDate: string | null } {
  for (const t of texts) {
    const m = parsePlaceAndDate(t);
    if (m && m.date) {
      if (m.warning)
        warnings.push({
          code: m.warning.code === "issue-date-impossible" ? "issue-day-blank" : m.warning.code,
          message: m.warning.message,
        });
      return { issued: m.date, issuedDate: toIso(m.date) };
    }
    if (m) {
      warnings.push({ code: "issue-date-impossible", message: m.warning!.message });
      break;
    }
  }
  for (const t of texts.slice(0, 200)) {
    const m = parseMinutesDate(t);
    if (m) return { issued: m.date, issuedDate: toIso(m.date) };
  }
  const fb = fromIso(options.fallbackDate);
  if (!fb) throw new Error(`fallbackDate must be YYYY-MM-DD, got "${options.fallbackDate}"`);
  const which = options.fallbackSource === "option" ? "ngày nhập bằng --date" : "ngày hôm nay";
  warnings.push({
    code: "issue-date-missing",
    message: `Không tìm thấy ngày ban hành trong văn bản; thời hạn được tính theo ${which} (${options.fallbackDate}).`,
  });
  return { issued: fb, issuedDate: null };
}

/**
 * Paragraphs (and tables) of a document → its tasks, owners and deadlines, per spec/deadlines.md.
 * Pure and linear in the number of paragraphs.
 */
export function extractTasks(input: ExtractInput, options: ExtractOptions): ExtractResult {
  const warnings: ExtractWarning[] = [];
  const raw = input.paragraphs.map((p) => p.text ?? "");
  const encoding = detectEncodingProblemInLines(raw);
  if (encoding) {
    warnings.push({ code: encoding.code, message: encoding.message });
    if (encoding.blocking) return { issuedDate: null, tasks: [], warnings };
  }
  const texts = raw.map((t) => cleanLine(t.replace(/\n/g, " ")));
  const { issued, issuedDate } = findIssueDate(texts, options, warnings);
  const seenWarnings = new Set<string>();
  const warnDates = (ws: { code: "impossible-date"; message: string; raw: string }[]) => {
    for (const w of ws)
      if (!seenWarnings.has(w.raw)) {
        seenWarnings.add(w.raw);
        warnings.push({ code: w.code, message: w.message });
      }
  };

  // A name that a heading writes in capitals ("CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), as the body text writes it.
  const spellings = new Map<string, string>();
  const spell = (name: string): string => {
    let found = spellings.get(name);
    if (found === undefined) {
      found = name;
      const key = name.toLowerCase();
      for (const t of texts) {
        const at = t.toLowerCase().indexOf(key);
        if (at >= 0 && t.slice(at, at + key.length) !== name) {
          found = t.slice(at, at + key.length);
          break;
        }
      }
      spellings.set(name, found);
    }
    return found;
  };

  const invitation = texts.slice(0, 40).some((t) => RX_INVITATION.test(t));
  let meeting: Deadline | null = null;

  const drafts: Draft[] = [];
  const stack: Heading[] = [];
  let lead: { owner: string; coOwners: string[]; depth: number } | null = null;
  let groupStart = 0;
  let inRecipients = false;
  let ended = false;
  const tablesDone = new Set<number>();

  const currentKind = (): SectionKind => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].kind !== "neutral") return stack[k].kind;
    return "neutral";
  };
  const headingOwner = (): string | null => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].owner) return stack[k].owner;
    return null;
  };
  const headingPeriod = (): Deadline | null => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].period) return stack[k].period;
    return null;
  };
  const headingUrgent = () => stack.some((h) => h.urgent);
  const sectionName = () => (stack.length ? stack[stack.length - 1].text : null);

  /**
   * A numbered or lettered item that assigns work (spec owner rules 1–2 and 4–5): its subject and a duty
   * ("6. Các Bộ … có trách nhiệm chỉ đạo … thực hiện việc:"), or, under an agency or a lead-in, a work verb
   * ("a) Rà soát …", "đ) Phối hợp … chỉ đạo, hướng dẫn triển khai:"). Null when it is not one.
   * Defined once rather than per paragraph: a closure made in the loop costs an allocation (and a name under tsx) each time.
   */
  const assigningItem = (c: string, marker: Marker): { subject: OwnerRead | null } | null => {
    if (marker.kind !== "number" && marker.kind !== "letter") return null;
    // "a) Trong thời hạn 06 tháng, kể từ …, các bộ … thực hiện việc …:": the duty follows the condition.
    const duty = afterCondition(c);
    const r = readOwner(duty, 0);
    if (r && r.verb !== "" && !r.delegated && wordCount(duty.slice(r.workStart), 3) >= 3) return { subject: r };
    const context = headingOwner() !== null || lead !== null;
    if (context && startsWithVerb(duty) && wordCount(duty, 6) >= 6) return { subject: null };
    if (context && duty !== c && containsVerb(duty)) return { subject: null };
    return null;
  };

  for (let i = 0; i < input.paragraphs.length; i++) {
    const p = input.paragraphs[i];
    if (p.table) {
      const ti = p.table.tableIndex;
      if (!tablesDone.has(ti)) {
        tablesDone.add(ti);
        const table = input.tables?.[ti];
        if (table) {
          const rows = readTaskTable(table, input.paragraphs, ti, i, issued, sectionName());
          for (const r of rows) {
            warnDates(r.warnings);
            drafts.push({ task: r.task, ownerSource: r.task.owner ? 1 : 7, isList: false });
          }
        }
      }
      continue;
    }
    const text = texts[i];
    if (!text || ended) continue;
    const marker = parseMarker(text, p.isListItem ? p.listLabel : undefined);
    const body = marker.body.trim();
    if (!body) continue;
    if (isBodyEnd(body)) {
      ended = true;
      continue;
    }
    if (/^(?:kính gửi|đồng kính gửi)\s*:?/iu.test(body)) {
      inRecipients = true;
      continue;
    }
    if (inRecipients) {
      if (marker.kind === "bullet" || (wordCount(body, 14) <= 14 && /[;.,]$/.test(body))) continue;
      inRecipients = false;
    }

    let depth = headingDepth(text, marker, p.outlineLevel);
    // A paragraph the author styled as a heading (outline level from Word) is trusted as one.
    if (depth > 1 && p.outlineLevel === undefined && marker.kind !== "none" && !/:\s*$/.test(body)) {
      const r = readOwner(body, 0);
      // The deadline scan is the costliest test and its warnings are not kept here: run it only when still needed.
      if ((r && r.verb !== "") || findAssignment(body, false) || hasDueDate(body, issued)) depth = 0;
    }
    // "đ) Phối hợp với các Bộ … chỉ đạo, hướng dẫn triển khai:" under an agency: an item that assigns work is a task
    // that introduces sub-points, not a heading; a duty heading ("1. Sở Y tế có trách nhiệm:") stays a heading.
    if (depth > 1 && /:\s*$/.test(body)) {
      const title = body.replace(/:\s*$/, "");
      if (assigningItem(title, marker) && !ownerOfHeading(title, sectionKind(title), spell)) depth = 0;
    }
    if (depth === 0 && marker.kind !== "none" && marker.kind !== "bullet") {
      // A numbered item closes the sibling heading before it: "2. Cục Y chủ trì …" no longer sits under "1. Cục X:".
      let closedNumbered = false;
      // Pop first, then note it: `closedNumbered ||= stack.pop()` would stop popping once true and never end.
      while (stack.length && stack[stack.length - 1].depth >= marker.depth) {
        const closed = stack.pop()!;
        closedNumbered = closedNumbered || closed.numbered;
      }
      // A lead-in ends with the numbered heading it sat under; the document's title in capitals, closed by the first
      // item of the list the lead-in hands out, does not end it.
      if (lead && lead.depth > stack.length) {
        if (closedNumbered) lead = null;
        else lead.depth = stack.length;
      }
    }
    if (depth > 0) {
      while (stack.length && stack[stack.length - 1].depth >= depth) stack.pop();
      if (lead && lead.depth > stack.length) lead = null;
      const title = body.replace(/:\s*$/, "");
      const kind = marker.kind === "none" && RX_DOC_TITLE.test(body) ? "neutral" : sectionKind(title);
      const owner = ownerOfHeading(title, kind as SectionKind, spell);
      const scan = findDeadline(title, { issued, mode: "heading" });
      const period =
        scan.deadline && (scan.deadline.kind === "within" || scan.deadline.kind === "by") ? scan.deadline : null;
      stack.push({
        depth,
        text,
        kind: kind as SectionKind,
        owner,
        period,
        urgent: isUrgent(title),
        numbered: marker.kind !== "none",
      });
      groupStart = drafts.length;
      continue;
    }

    const footer = parseFooter(body);
    if (footer) {
      const cos = splitBodies(footer.coOwners, true);
      for (let k = groupStart; k < drafts.length; k++) {
        const d = drafts[k];
        if (d.ownerSource >= 6) {
          d.task.owner = footer.owner;
          d.ownerSource = 6;
        }
        if (d.ownerSource === 6) for (const c of cos) if (!d.task.coOwners.includes(c)) d.task.coOwners.push(c);
      }
      groupStart = drafts.length;
      continue;
    }

    if (invitation && !meeting && /thời gian|họp/iu.test(body)) {
      const m = RX_MEETING.exec(body);
      if (m) {
        const date = { year: +m[5], month: +m[4], day: +m[3] };
        const time = `${m[1].padStart(2, "0")}:${(m[2] ?? "00").padStart(2, "0")}`;
        meeting = { raw: m[0].trim(), date: toIso(date), kind: "by", time };
      }
    }

    const kind = currentKind();
    if (kind === "nontask") continue;
    const core = stripOrdinal(body);

    if (isLeadIn(body)) {
      // The clause that hands out the list is usually the last one; when that names nobody ("…; trong đó lưu ý các
      // nhiệm vụ sau:"), the whole last sentence is read ("Để …, Bộ X đề nghị <bodies> tập trung chỉ đạo …; trong đó …").
      const lastSentence = body.split(/\.\s+(?=\p{Lu})/u).pop() ?? body;
      const lastClause = lastSentence.split(/;\s+/u).pop() ?? lastSentence;
      const r = leadOwner(lastClause) ?? (lastClause !== lastSentence ? leadOwner(lastSentence) : null);
      const item = assigningItem(core, marker);
      // "6. X có trách nhiệm chỉ đạo … thực hiện việc:": X, the body asked to direct, owns the sub-points; an item
      // that names nobody ("a) Rà soát … theo các hình thức sau:") keeps the owner it had.
      const itemOwner = item?.subject ?? null;
      if (r) lead = { owner: r.owner, coOwners: r.coOwners, depth: stack.length };
      else if (itemOwner) lead = { owner: itemOwner.owner, coOwners: itemOwner.coOwners, depth: stack.length };
      else if (!item) lead = null;
      groupStart = drafts.length;
      // "2. Bộ A thực hiện … trước ngày 20/10/2024. Trong đó chú ý một số nội dung sau:": the sentences before the
      // introduction assign work of their own, so the paragraph is a task as well as the head of its sub-points.
      const sentences = core.split(/\.\s+(?=\p{Lu})/u);
      const before = sentences.slice(0, -1).join(". ");
      const own =
        sentences.length > 1 && !isNeverTask(before) && !isFinding(before) ? clauseOwner(before, false) : null;
      if (!item && (!own || own.source > 2 || own.read.verb === "")) continue;
    }
    if (isClosing(body)) {
      ended = true;
      continue;
    }
    if (isNeverTask(core) || wordCount(core, 4) < 4) continue;

    const isList = marker.kind !== "none" || !!p.isListItem;
    const agency = headingOwner();
    // "Đối với các địa phương chưa … thì cần sớm …": the condition is no finding, and the owner is the body named after it.
    const duty = afterCondition(core);
    const found =
      (duty !== core ? clauseOwner(duty, agency !== null || lead !== null) : null) ??
      clauseOwner(core, agency !== null || lead !== null);
    const finding = isFinding(duty);
    const closingLine = !isList && RX_CLOSING_LINE.test(core);
    let isTask: boolean;
    if ((finding || isAgreement(core)) && !(found && found.source === 1)) isTask = false;
    else if (kind === "tasks") isTask = true;
    else
      isTask =
        (found !== null && found.source <= 2 && (isList || /[.;:!]$/.test(core))) ||
        (isList && (lead !== null || agency !== null || startsWithVerb(core))) ||
        (agency !== null && startsWithVerb(core));

    const ownDeadline = findDeadline(core, { issued, mode: "text" });
    if (/^thời hạn/iu.test(core)) isTask = false;
    if (
      closingLine &&
      ownDeadline.deadline &&
      (ownDeadline.deadline.kind === "by" || ownDeadline.deadline.kind === "within")
    ) {
      // "Báo cáo … gửi về UBND tỉnh trước ngày 12/6/2026": one date for the items above it.
      for (let k = groupStart; k < drafts.length; k++) {
        const d = drafts[k];
        if (d.isList && (!d.task.deadline || d.task.deadline.inherited))
          d.task.deadline = { ...ownDeadline.deadline, inherited: true };
      }
    }
    if (!isTask) {
      warnDates(ownDeadline.warnings);
      continue;
    }

    // Spec order: explicit/subject/topic (1–3), agency heading (4), lead-in (5), footer (6, applied later), null.
    let owner: string | null = null;
    let coOwners: string[] = [];
    let source: OwnerSource = 7;
    // The body that requires, directs or guides is the heading's or the lead-in's (spec rules 4 and 5).
    const underAgencyVerb = (agency !== null || lead !== null) && /^(?:yêu cầu|chỉ đạo|hướng dẫn)/iu.test(core);
    if (found && !(underAgencyVerb && found.source !== 2)) {
      owner = found.read.owner;
      coOwners = found.read.coOwners;
      source = found.source;
    } else if (agency) {
      owner = agency;
      source = 4;
    } else if (lead) {
      owner = lead.owner;
      source = 5;
    }
    if (coOwners.length === 0) coOwners = readCoOwners(core, 0, 400).names;

    const segments = source <= 2 ? splitByOwner(body, owner) : [body];
    for (let s = 0; s < segments.length; s++) {
      const seg = segments[s];
      let segOwner = owner;
      let segCo = coOwners;
      let segSource = source;
      if (s > 0) {
        const c = stripOrdinal(seg.replace(/^(?:để|đồng thời),?\s+/u, ""));
        const r = clauseOwner(c, false);
        if (r) {
          segOwner = r.read.owner;
          segCo = r.read.coOwners;
          segSource = r.source;
        }
      }
      const scan = segments.length === 1 ? ownDeadline : findDeadline(seg, { issued, mode: "text" });
      warnDates(scan.warnings);
      let deadline: Deadline | null = scan.deadline;
      if (!deadline) {
        const period = headingPeriod();
        if (period) deadline = { ...period, inherited: true };
        else if (meeting) deadline = { ...meeting, inherited: true };
      }
      drafts.push({
        task: {
          text: seg.trim(),
          owner: segOwner,
          coOwners: [...segCo],
          deadline,
          urgent: isUrgent(seg) || headingUrgent(),
          section: sectionName(),
          paragraphIndex: i,
        },
        ownerSource: segSource,
        isList,
      });
    }
  }

  const ids = assignIds(drafts.map((d) => d.task.text));
  const tasks: Task[] = drafts.map((d, k) => ({ id: ids[k], ...d.task }));
  return { issuedDate, tasks, warnings };
}
