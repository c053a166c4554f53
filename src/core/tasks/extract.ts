/**
 * Paragraphs (and tables) of a document → its tasks, owners and deadlines, per spec/deadlines.md. A pipeline of
 * passes, each in its own file: text (glued PDF words spaced) → zones → issue date → outline (quoted law left out) →
 * decision → split → owner → deadline → ids.
 * Pure, and linear in the length of the document and of each paragraph.
 */
import type { DateWarning } from "../dates";
import { findImpossibleDates } from "../dates";
import { cleanLine, detectEncodingProblemInLines } from "../text";
import { Inheritance, upChain } from "./context";
import { closingDates, deadlineOf, holidayOf, meetingOf } from "./deadlines";
import { backgroundOnly, decide, decideRequest, laterDuty, laterRequest } from "./decide";
import { Evidence, confidenceOf } from "./evidence";
import { datePointedRows } from "./appendix";
import { assignIds } from "./ids";
import { citedLines } from "./cited";
import { restoreGlued, unglue } from "./glued";
import { inlineItems } from "./inline";
import { findIssueDate } from "./issued";
import { OutlineBuilder, OutlineNode } from "./outline";
import { ownerAsked, ownerOf } from "./owners";
import { PlanTask, ownContentItems } from "./plan";
import { speller } from "./spelling";
import { stripOrdinal } from "./claims";
import { startsWithVerb } from "./verbs";
import { splitByOwner } from "./split";
import type { ExtractInput, ExtractOptions, ExtractResult, ExtractWarning, SourceParagraph, Task } from "./types";
import { Zone, markZones } from "./zones";

export function extractTasks(input: ExtractInput, options: ExtractOptions): ExtractResult {
  const warnings: ExtractWarning[] = [];
  const raw = input.paragraphs.map((p) => p.text ?? "");
  const encoding = detectEncodingProblemInLines(raw);
  if (encoding) {
    warnings.push({ code: encoding.code, message: encoding.message });
    if (encoding.blocking) return { issuedDate: null, tasks: [], warnings };
  }
  const written = raw.map(cleanLine);
  const texts = written.map(unglue);
  const zones = markZones(texts, (i) => input.paragraphs[i].table !== undefined);
  const { issued, issuedDate, floor } = findIssueDate(texts, options, warnings);
  const dateWarnings = new DateWarnings(warnings);

  const invitation = isInvitation(texts);
  const inh = new Inheritance(issued, invitation);
  const after = (at: number) => nextText(texts, at);
  const builder = new OutlineBuilder({ issued, spell: speller(texts), hands: (n) => inh.handedBy(n), after });
  const outline = buildOutline(input, texts, zones, builder);
  for (let i = 0; i < texts.length; i++)
    if (zones[i] === "body" || input.paragraphs[i].table) dateWarnings.add(findImpossibleDates(texts[i]));

  const decided = decideAll(outline, inh);
  datePointedRows(
    decided.map((d) => d.node),
    issued,
    floor,
  );
  const clauses = decided.flatMap(({ node, why }) => clausesOf(node, why, inh));
  ownContentItems(clauses);

  const ctx = {
    issued,
    floor,
    inh,
    meeting: invitation ? meetingOf(texts) : null,
    holiday: holidayOf(texts, issued, floor),
    closing: closingDates(outline.order, issued, floor),
    warn: (ws: DateWarning[]) => dateWarnings.add(ws),
  };
  const tasks = clauses.map((c) => {
    const task = toTask(c, c.owned, deadlineOf(c.node, c.text, ctx));
    return { ...task, text: restoreGlued(written[c.node.at] ?? "", texts[c.node.at] ?? "", task.text) };
  });
  const ids = assignIds(tasks.map((t) => t.text));
  return { issuedDate, tasks: tasks.map((t, k) => ({ id: ids[k], ...t })), warnings };
}

/**
 * The decision for every node; then, for a group whose field lines found no task in it (the items under a title were
 * only its details), the title with those fields is the task; and a lead-in that asks for work but hands out no task.
 */
function decideAll(outline: OutlineBuilder, inh: Inheritance): { node: OutlineNode; why: Evidence[] }[] {
  const decided = new Map<OutlineNode, Evidence[]>();
  for (const node of outline.order) {
    const why = decide(node, inh);
    if (why) decided.set(node, why);
  }
  for (const f of outline.footers) {
    if (decided.has(f.anchor) || f.targets.some((t) => decided.has(t))) continue;
    f.anchor.fields.push(...f.fields);
    const why = decide(f.anchor, inh);
    if (why) decided.set(f.anchor, why);
  }
  // A request whose list only explains ("… đề nghị X chỉ đạo …, cụ thể như sau:" over facts) is itself the task.
  const handing = new Set<OutlineNode>();
  for (const n of decided.keys()) if (!n.closing) for (const up of upChain(n)) if (up.leadIn) handing.add(up);
  for (const node of outline.order) {
    if (!node.leadIn || decided.has(node) || handing.has(node)) continue;
    const why = decideRequest(node, inh);
    if (why) decided.set(node, why);
  }
  return outline.order.filter((n) => decided.has(n)).map((node) => ({ node, why: decided.get(node)! }));
}

/**
 * "Ghi chú: Các cơ quan, đơn vị … được giao nhiệm vụ … phải trình hồ sơ … trong tháng 3 năm 2023 …" under an appendix's
 * table: a note that lays a duty on the bodies of the table is read as the body's lines are.
 */
const RX_APPENDIX_DUTY = /^(?:ghi\s+chú|lưu\s+ý)\s*:\s*\S[^]*\s(?:phải|có\s+trách\s+nhiệm)\s/iu;

/**
 * The lines of an appendix read as the body's: a note that lays a duty on the bodies of its table, and the numbered
 * heading right over a task table ("1. Phòng Công nghệ thông tin (6 NV trọng tâm):" over that department's table),
 * whose body owns the rows when the table names no owner.
 */
function readInAppendix(input: ExtractInput, texts: string[], i: number): boolean {
  if (RX_APPENDIX_DUTY.test(texts[i])) return true;
  let next = i + 1;
  while (next < texts.length && !texts[next] && !input.paragraphs[next].table) next++;
  return input.paragraphs[next]?.table !== undefined && RX_NUMBERED_CAPTION.test(texts[i]);
}
const RX_NUMBERED_CAPTION = /^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+\S[^]{0,150}:$/u;

/** The outline of the body zone, with the task tables wherever they sit. */
function buildOutline(input: ExtractInput, texts: string[], zones: Zone[], builder: OutlineBuilder): OutlineBuilder {
  const tablesDone = new Set<number>();
  // The body's last paragraph is where a short notice puts its closing formula ("… yêu cầu hiệu trưởng các trường …
  // nghiêm túc thực hiện những nội dung thông báo này."), often without the "/." that marks the closing zone.
  let last = -1;
  zones.forEach((z, i) => {
    if (z === "body" && texts[i] && !input.paragraphs[i].table) last = i;
  });
  const cited = citedLines(texts);
  input.paragraphs.forEach((p, i) => {
    if (cited[i]) return;
    if (p.table) {
      const ti = p.table.tableIndex;
      const table = input.tables?.[ti];
      if (!tablesDone.has(ti) && table) builder.addTable(table, input.paragraphs, ti, i);
      tablesDone.add(ti);
    } else if ((zones[i] === "body" && texts[i]) || (zones[i] === "appendix" && readInAppendix(input, texts, i)))
      addBodyLine(builder, i, texts[i], p, i === last);
    else if (zones[i] === "addressee" && texts[i]) {
      const rest = afterAddressee(texts[i]);
      if (rest) addBodyLine(builder, i, rest, { text: rest });
    } else if (zones[i] === "closing" && zones[i - 1] !== "closing" && texts[i]) builder.addLine(i, texts[i], p, true);
  });
  return builder;
}

/**
 * "Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực hiện Kế hoạch số …, Phòng GD-ĐT yêu cầu các trường …:": a
 * web page glues the addressee and the body into one paragraph; the body starts after the addressee's sentence.
 */
const RX_GLUED_ADDRESSEE = /^kính\s+gửi\s*:[^.;:]{3,160}[.;]\s+(\S.{40,})$/iu;
function afterAddressee(text: string): string | null {
  const m = RX_GLUED_ADDRESSEE.exec(text);
  return m ? m[1] : null;
}

/** The first paragraph with text after `at`, or "". */
function nextText(texts: string[], at: number): string {
  for (let i = at + 1; i < texts.length; i++) if (texts[i]) return texts[i];
  return "";
}

/** A body line, or its lead and items when it numbers them inline ("b) Bộ Công an: (1) …; (2) …"). */
function addBodyLine(builder: OutlineBuilder, i: number, text: string, p: SourceParagraph, last = false): void {
  const inline = inlineItems(text);
  if (!inline) return builder.addLine(i, text, p, last && "last");
  builder.addLine(i, inline.lead, p);
  for (const item of inline.items) builder.addLine(i, item, { text: item });
}

interface Clause extends PlanTask {
  owned: ReturnType<typeof ownerOf>;
  why: Evidence[];
  first: boolean;
}

const RX_MUST = /\s(?:phải|cần)\s/iu;

/** One task per owner named in the node's text (spec: "Giao Sở A …; giao Sở B …" is two tasks). */
function clausesOf(node: OutlineNode, why: Evidence[], inh: Inheritance): Clause[] {
  // "…, Sở đã xây dựng dự thảo …. Sở kính mong các đồng chí … góp ý …": the request is the task, not its background.
  const request = why[0]?.code === "later-request" ? laterRequest(stripOrdinal(node.text)) : null;
  if (request) return [clause(node, request.text, ownerAsked(request.claim, request.text), why, true)];
  const first = ownerOf(node, node.text, true, inh);
  // A handed owner's item splits too when it opens with its own work ("- Khẩn trương … . Trên cơ sở đó, Bộ X …").
  const explicit = first.evidence.some((e) => e.code === "owner-explicit" || e.code === "owner-subject");
  const handedWork = !explicit && first.evidence.some((e) => e.code === "owner-lead" || e.code === "owner-heading");
  const splits = (explicit || (handedWork && startsWithVerb(stripOrdinal(node.text)))) && !node.row;
  const parts = splits && first.owner ? splitByOwner(node.text, first.owner) : atLaterDuty(node, first.owner);
  // "Công tác cấp phát … do ngành Lao động - Thương binh và Xã hội quản lý. Giám đốc Sở … chủ trì hướng dẫn …": what
  // comes before the duty only sets the scene; the paragraph is one task, the duty's. ("Tất cả các trụ sở … phải treo
  // cờ …" before it is an obligation of its own.)
  if (parts.length === 2 && !splits && backgroundOnly(parts[0]) && !RX_MUST.test(parts[0]))
    return [clause(node, node.text, ownerOf(node, parts[1], false, inh), why, true)];
  return parts.map((text, k) => {
    const owned = k === 0 ? first : ownerOf(node, text, false, inh);
    const o = k > 0 && owned.owner === null ? { ...owned, owner: first.owner, coOwners: first.coOwners } : owned;
    return clause(node, text, o, why, k === 0);
  });
}

function clause(node: OutlineNode, text: string, o: Clause["owned"], why: Evidence[], first: boolean): Clause {
  return { node, text: text.trim(), owner: o.owner, owned: o, why, evidence: [...why, ...o.evidence], first };
}

/** "2. Tất cả các trụ sở … phải treo cờ …. Chủ tịch UBND các xã có trách nhiệm …": the later sentence is its body's task. */
function atLaterDuty(node: OutlineNode, owner: string | null): string[] {
  const later = owner || node.row ? null : laterDuty(node.text);
  const at = later ? node.text.lastIndexOf(later) : -1;
  return at > 0 ? [node.text.slice(0, at).trim(), node.text.slice(at)] : [node.text];
}

function toTask(c: Clause, owned: Clause["owned"], dated: ReturnType<typeof deadlineOf>): Omit<Task, "id"> {
  const evidence = [...c.evidence, ...dated.evidence];
  return {
    text: c.text,
    owner: c.owner,
    coOwners: [...owned.coOwners],
    deadline: dated.deadline,
    urgent: dated.urgent,
    section: sectionOf(c.node),
    paragraphIndex: c.node.at,
    confidence: confidenceOf(evidence),
    evidence: evidence.map((e) => ({ code: e.code, phrase: e.phrase })),
  };
}

/** The nearest heading above a node, as written. */
function sectionOf(n: OutlineNode): string | null {
  for (let p = n.parent; p && p.parent; p = p.parent) if (p.form === "heading") return p.line;
  return null;
}

/**
 * Impossible dates, each warned about once by its phrase. The same date seen twice in one paragraph ("ngày 32 tháng
 * 13" by the date check, "trước ngày 32 tháng 13" by the deadline scan) is one: compared with the latest few only, so a
 * document full of them stays linear.
 */
class DateWarnings {
  private readonly seen = new Set<string>();
  private readonly recent: string[] = [];
  constructor(private readonly out: ExtractWarning[]) {}
  add(ws: readonly DateWarning[]): void {
    for (const w of ws) {
      if (this.seen.has(w.raw) || this.recent.some((s) => s.includes(w.raw) || w.raw.includes(s))) continue;
      this.seen.add(w.raw);
      if (this.recent.push(w.raw) > 8) this.recent.shift();
      this.out.push({ code: w.code, message: w.message });
    }
  }
}

/**
 * The type line "GIẤY MỜI (HỌP)" or "MỜI HỌP …" in the header, or an invitation's number ("Số: 289/GM-UBND"); a web
 * copy titles it "Giấy mời họp ngày …" on its first lines.
 */
function isInvitation(texts: readonly string[]): boolean {
  let seen = 0;
  for (const t of texts) {
    if (t.trim() === "") continue;
    if (RX_INVITATION_HEAD.test(t) || (seen < 3 && /^Giấy mời\s/u.test(t))) return true;
    if (++seen === 40) break;
  }
  return texts.some((t) => RX_INSTEAD_OF_INVITATION.test(t));
}
const RX_INVITATION_HEAD = /^(?:GIẤY MỜI|MỜI HỌP\s|Số\s*:?\s*\d+\s*\/\s*GM[-–\s])/u;
/** "(Thông báo này thay cho Giấy mời)./.": a notice sent as the invitation to a meeting is one. */
const RX_INSTEAD_OF_INVITATION = /(?:^|[\s(])thay\s+(?:cho\s+|thế\s+)?giấy\s+mời(?=[\s).;,/]|$)/iu;
