/**
 * Outline pass: the body as a tree. Every line becomes a node (heading, item, prose or table row) under the nearest
 * open heading or item of a lower level; a lead-in ("… thực hiện các nội dung sau:") is remembered for the siblings
 * after it; field lines ("- Đơn vị chủ trì: X") attach to the item above them or, after a group, to the group.
 */
import type { CalendarDate } from "../dates";
import { Field, bareLabel, isDetailLine, isLabelLine, onlyDetails, parseFields } from "./fields";
import { Form, formOf } from "./form";
import { bodyNames, namesWhoWorks } from "./headingOwners";
import { readOwner } from "./bodies";
import { findAssignment } from "./assignments";
import { startsWithVerb } from "./verbs";
import { HeadingFacts, agencyLine, headingFacts } from "./headings";
import { isLeadIn, spellsOutCheck } from "./lexicon";
import {
  BulletLevels,
  DUTY_WORDS,
  Marker,
  RX_ARTICLE,
  bareNumber,
  endsWithColon,
  isArticleTitle,
  lastNonSpace,
  parseMarker,
  withoutFinalColon,
  wordCount,
} from "./markers";
import { TableEntry, readTaskTable } from "./tables";
import type { SourceParagraph, SourceTable } from "./types";

/** A paragraph that opens a new assignment: "Giao Đảng ủy Chính phủ …", "Đề nghị …", "Yêu cầu …". */
const RX_NEW_ASSIGNMENT = /^(?:giao|đề\s+nghị|yêu\s+cầu)\s/iu;
/** How far back a numbered point looks for its closed parent item ("2.2" for "2."). */
const REOPEN_REACH = 60;
/** "Yêu cầu", "Yêu cầu chung", "Yêu cầu cụ thể" as a heading's whole title. */
const RX_REQUIREMENTS_TITLE = /^yêu\s+cầu(?:\s+(?:chung|cụ\s+thể))?\s*$/iu;

export interface OutlineNode {
  /** Paragraph index (for a table row, the first paragraph of its task cell); -1 for the root. */
  at: number;
  /** The line without its marker. */
  text: string;
  /** The line as written, marker included (a heading's section name). */
  line: string;
  marker: Marker;
  form: Form | "row" | "root";
  level: number;
  parent: OutlineNode | null;
  children: OutlineNode[];
  /** The lead-in among the siblings before this node, if any: it hands out this node's work. */
  lead: OutlineNode | null;
  /** Set on a prose line or item that ends by handing out the lines after it. */
  leadIn: boolean;
  heading?: HeadingFacts;
  /** Field lines under this node: the strongest source of its owner and deadline. */
  fields: Field[];
  /** Field lines after the group this node belongs to (spec owner rule 6). */
  footer: Field[];
  /** The text of a "Nhiệm vụ: …" field line, which is the task itself. */
  content?: boolean;
  /** The line that ends the body ("…./."): a task only when it asks something specific. */
  closing?: boolean;
  /** The body's last paragraph, where a short notice puts its closing formula without the "/." (decide.ts). */
  last?: boolean;
  row?: Extract<TableEntry, { kind: "row" }>;
}

export interface OutlineContext {
  issued: CalendarDate;
  spell: (name: string) => string;
  /** The body a lead-in or an item hands the lines under it, if any (context.ts). */
  hands: (n: OutlineNode) => unknown;
  /** The next paragraph with text after paragraph `at` (""): what follows an article's first line. */
  after: (at: number) => string;
}

interface Frame {
  node: OutlineNode;
  /** The lead-in in force for the children added next. */
  activeLead: OutlineNode | null;
  /** Index in `order` where the current group of this frame starts (after its last field block). */
  groupFrom: number;
}

/** "1. …": an article's first clause. */
const RX_FIRST_CLAUSE = /^1\s*\.\s/u;

const TABLE_SECTION_LEVEL = 50;
const TABLE_ROW_LEVEL = 60;
const AGENCY_LINE_LEVEL = 98;
const PROSE_LEVEL = 99;

function newNode(at: number, line: string, marker: Marker, form: OutlineNode["form"], level: number): OutlineNode {
  return {
    at,
    text: marker.body.trim(),
    line,
    marker,
    form,
    level,
    parent: null,
    children: [],
    lead: null,
    leadIn: false,
    fields: [],
    footer: [],
  };
}

/** Builds the tree of the body; `order` lists every node in document order. */

/**
 * An amending text quotes the provisions it writes in: "“Điều 22. Trách nhiệm của …", "“3. Trong thời hạn …". The
 * opening quote before a number or an article is not part of the line's marker.
 */
const RX_QUOTED_PROVISION = /^[“"‘]\s*(?=\d|[a-zđ]\)|Điều\s)/u;
function unquoted(line: string): string {
  return RX_QUOTED_PROVISION.test(line) ? line.replace(RX_QUOTED_PROVISION, "") : line;
}

export class OutlineBuilder {
  readonly root = newNode(-1, "", { kind: "none", level: 0, label: "", body: "" }, "root", 0);
  readonly order: OutlineNode[] = [];
  private readonly stack: Frame[] = [{ node: this.root, activeLead: null, groupFrom: 0 }];
  private readonly bullets = new BulletLevels();
  /** Field blocks after a group: if no line of the group turns out to be a task, the anchor is (extract.ts). */
  readonly footers: { anchor: OutlineNode; targets: OutlineNode[]; fields: Field[] }[] = [];
  /** The targets of the field block being read, so its next line joins it. */
  private fieldBlock: (FieldTargets & { fields: Field[] }) | null = null;
  /**
   * An empty field that the deeper marked lines after it fill: "- Thời gian thực hiện:", or a bare owner label
   * ("a) Cơ quan chủ trì"), `pending` until a line under it turns out to be a body's name.
   */
  private openField: { field: Field; level: number; pending?: boolean } | null = null;

  constructor(private readonly ctx: OutlineContext) {}

  private get top(): Frame {
    return this.stack[this.stack.length - 1];
  }

  /** Adds one body paragraph; `closing` for the closing formula that ends the body, "last" for the body's last line. */
  addLine(at: number, line: string, p: SourceParagraph, closing: boolean | "last" = false): void {
    const text = unquoted(line);
    const marker = parseMarker(text, p.isListItem ? p.listLabel : undefined, this.bullets);
    const body = marker.body.trim();
    if (!body) return;
    const fields = parseFields(body);
    if (fields && !onlyDetails(fields)) return this.addFields(at, text, marker, fields);
    const label = fields ? null : bareLabel(body);
    if (label) return this.openLabel(marker, label);
    if (this.fillsOpenField(marker, body)) return;
    this.fieldBlock = null;
    const agency = agencyLine(body);
    if (agency !== null) {
      const level = marker.kind === "none" ? AGENCY_LINE_LEVEL : marker.level;
      const n = this.attach(newNode(at, text, marker, "heading", level), true);
      n.heading = { ...headingFacts(agency, this.ctx.issued, this.ctx.spell), owner: agency };
      return;
    }
    const form = this.titlesClauses(at, body)
      ? "heading"
      : formOf(body, marker, p.outlineLevel, this.ctx.issued, () => this.inContext());
    const level =
      form === "heading"
        ? this.headingLevel(marker, p.outlineLevel)
        : marker.kind === "none"
          ? PROSE_LEVEL
          : marker.level;
    const n = this.attach(newNode(at, text, marker, form, level), form !== "prose");
    // "Điều 2. …": a decision's new article is out of reach of the previous one's lead-in ("Điều 1. … gồm:"); so is a
    // new assignment after a list that a lead-in only describes ("… điều chỉnh đối với nhóm đối tượng, gồm:" / "Giao …").
    if (form === "prose" && (RX_ARTICLE.test(body) || this.endsDescribedList(n, body)))
      n.lead = this.top.activeLead = null;
    // "Nhận được công văn này, yêu cầu ông (bà) Hiệu trưởng … nộp báo cáo …/.": the closing formula ends the body; no
    // lead-in above hands it out, so its own "yêu cầu" names its owner.
    if (closing === "last") n.last = true;
    else if (closing) {
      n.closing = true;
      n.lead = null;
    }
    if (form === "heading") n.heading = this.headingOf(n, withoutFinalColon(body));
    else if (isLeadIn(body)) {
      n.leadIn = true;
      if (form === "prose") this.top.activeLead = n;
    }
  }

  /**
   * "Điều 15. Tổng hợp báo cáo kết quả giải quyết kiến nghị cử tri trước kỳ họp thường lệ HĐND tỉnh" over "1. Chậm
   * nhất …", or over a paragraph ("Điều 8. Xử lý vướng mắc đối với dự án … khả thi" over "Trong quá trình …, cơ quan có
   * thẩm quyền xem xét …"): an article's title, however long; the same line alone (the next line is another article)
   * is a one-line article that may assign work.
   */
  private titlesClauses(at: number, body: string): boolean {
    if (!RX_ARTICLE.test(body) || !isArticleTitle(body, true)) return false;
    const next = this.ctx.after(at);
    return RX_FIRST_CLAUSE.test(next) || (next !== "" && !RX_ARTICLE.test(next) && !findAssignment(body, false));
  }

  /**
   * A heading's facts. "1. Yêu cầu chung:" titles a plan's requirements (no tasks), but under a lead-in that hands out
   * work ("UBND Thành phố yêu cầu các sở … thực hiện một số nội dung sau:") it groups the work asked for.
   */
  private headingOf(n: OutlineNode, title: string): HeadingFacts {
    const facts = headingFacts(title, this.ctx.issued, this.ctx.spell);
    const asked = facts.kind === "nontask" && RX_REQUIREMENTS_TITLE.test(title) && n.lead && this.ctx.hands(n.lead);
    return asked ? { ...facts, kind: "neutral" } : facts;
  }

  private endsDescribedList(n: OutlineNode, body: string): boolean {
    return n.lead !== null && RX_NEW_ASSIGNMENT.test(body) && !this.ctx.hands(n.lead);
  }

  /** Adds the rows of a table, nested under the open heading or item. */
  addTable(table: SourceTable, paragraphs: SourceParagraph[], tableIndex: number, first: number): void {
    const entries = readTaskTable(table, paragraphs, tableIndex, first);
    if (!entries.length) return;
    this.fieldBlock = null;
    const none: Marker = { kind: "none", level: 0, label: "", body: "" };
    for (const e of entries) {
      if (e.kind === "section") {
        const n = this.attach(newNode(first, e.text, { ...none, body: e.text }, "heading", TABLE_SECTION_LEVEL), true);
        // "II. Hoàn thiện thể chế … đáp ứng mục tiêu bao phủ …": a task table's section groups its rows, whatever words
        // ("mục tiêu", "kết quả") its title holds.
        const facts = headingFacts(e.text, this.ctx.issued, this.ctx.spell);
        n.heading = facts.kind === "nontask" ? { ...facts, kind: "neutral" } : facts;
      } else {
        const n = this.attach(
          newNode(e.paragraphIndex, e.text, { ...none, body: e.text }, "row", TABLE_ROW_LEVEL),
          false,
        );
        n.row = e;
      }
    }
    this.popTo(TABLE_SECTION_LEVEL);
  }

  /** A heading's nesting: Word's outline level, its marker's, or 1 for a line in capitals. */
  private headingLevel(marker: Marker, outlineLevel: number | undefined): number {
    if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9)
      return marker.kind === "none" ? outlineLevel + 1 : Math.min(marker.level, outlineLevel + 1);
    return marker.kind === "none" ? 1 : marker.level;
  }

  /** Whether a heading, lead-in or item above names who works (items under it may then be bare verbs). */
  private inContext(): boolean {
    for (let k = this.stack.length - 1; k > 0; k--) {
      const f = this.stack[k];
      if (
        f.node.heading?.owner ||
        (f.activeLead && this.ctx.hands(f.activeLead)) ||
        (f.node.leadIn && this.ctx.hands(f.node))
      )
        return true;
    }
    return this.stack[0].activeLead !== null && this.ctx.hands(this.stack[0].activeLead) !== null;
  }

  /**
   * "2. Yêu cầu các cấp uỷ …" / "2.1. …" / a prose paragraph / "2.2. …": the prose closed item 2, but "2.2" is still
   * its point. A numbered point whose parent number is an item closed since, with nothing else numbered opened after
   * it, goes back under that item.
   */
  private reopenNumberedParent(n: OutlineNode): void {
    const label = n.marker.kind === "number" ? bareNumber(n.marker.label) : "";
    const cut = label.lastIndexOf(".");
    if (cut <= 0) return;
    const parentLabel = label.slice(0, cut);
    for (let k = this.order.length - 1; k >= 0 && k >= this.order.length - REOPEN_REACH; k--) {
      const p = this.order[k];
      if (p.marker.kind !== "number") continue;
      const l = bareNumber(p.marker.label);
      if (l !== parentLabel && !l.startsWith(`${parentLabel}.`)) return;
      if (l === parentLabel) {
        if (p.form === "item" && p.parent === this.top.node)
          this.stack.push({ node: p, activeLead: null, groupFrom: this.order.length });
        return;
      }
    }
  }

  private popTo(level: number): void {
    while (this.stack.length > 1 && this.top.node.level >= level) this.stack.pop();
  }

  /**
   * Hangs a node under the nearest open frame of a lower level. Prose hangs under the nearest heading or the nearest
   * item that hands out what follows it (ends with ":"); other items close when prose comes.
   */
  private attach(n: OutlineNode, opens: boolean): OutlineNode {
    this.popTo(n.level);
    if (n.form === "prose")
      while (
        this.stack.length > 1 &&
        this.top.node.form === "item" &&
        !endsWithColon(this.top.node.text) &&
        !titlesStep(this.top.node)
      )
        this.stack.pop();
    else this.reopenNumberedParent(n);
    const parent = this.top;
    if (
      titlesItems(parent.node, n) ||
      namesItsBullets(parent.node, n) ||
      (n.form === "prose" && titlesStep(parent.node))
    )
      this.makeTitle(parent.node);
    n.parent = parent.node;
    n.lead = parent.activeLead;
    parent.node.children.push(n);
    this.order.push(n);
    if (opens) this.stack.push({ node: n, activeLead: null, groupFrom: this.order.length });
    return n;
  }

  /** An item that turns out to title the lines under it becomes a heading. */
  private makeTitle(node: OutlineNode): void {
    node.form = "heading";
    // Its words were read as work, not as a section's name: it passes down its period, never "not tasks".
    // A final full stop is no part of the name it gives ("1. Văn phòng Ủy ban nhân dân tỉnh.").
    const facts = headingFacts(node.text.replace(/\.\s*$/u, ""), this.ctx.issued, this.ctx.spell);
    node.heading = { ...facts, kind: facts.kind === "nontask" ? "neutral" : facts.kind };
  }

  /**
   * A field line. Its anchor is the nearest open item or heading above it (a marked field closes its siblings first;
   * an unmarked or bulleted one closes the bullets of a group). The items of the anchor's current group take the fields:
   * one item takes them as its own, several as a footer; with none, the anchor itself does (a title with field lines is
   * the task). "Nhiệm vụ: …" is the task's own text.
   */
  private addFields(at: number, text: string, marker: Marker, fields: Field[]): void {
    const content = fields.find((f) => f.kind === "content") ?? this.contentOfBareLabel(at, marker, fields);
    if (content) {
      this.fieldBlock = null;
      // An unmarked "Nội dung: …" right under its title nests under it, so the field lines below are its own.
      const level = marker.kind === "none" && content.kind === "description" ? this.top.node.level + 1 : marker.level;
      const n = this.attach(newNode(at, text, { ...marker, body: content.value }, "item", level), true);
      n.content = true;
      // "1. Hội nghị hiệp thương lần thứ nhất." over its "1.1. Nội dung: …": the title is no task of its own.
      if (content.kind === "description" && n.parent?.form === "item") this.makeTitle(n.parent);
      if (endsWithColon(text)) n.leadIn = true;
      return;
    }
    if (!this.fieldBlock) {
      this.fieldBlock = { ...this.fieldTargets(marker), fields: [] };
      if (!this.fieldBlock.own) this.footers.push(this.fieldBlock);
    }
    this.give(fields);
    const last = fields[fields.length - 1];
    this.openField = last.kind === "time" && !last.value ? { field: last, level: marker.level } : null;
  }

  /** Hands fields to the targets of the block being read. */
  private give(fields: Field[]): void {
    const { targets, own, details } = this.fieldBlock!;
    this.fieldBlock!.fields.push(...fields);
    for (const t of targets) (own ? t.fields : t.footer).push(...fields);
    for (const t of details ?? []) t.footer.push(...fields);
  }

  /**
   * "2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia." / "b) Cơ quan phối hợp" / "- …": a
   * label alone on its line, after a section's content. It becomes a field only when the marked line under it is a
   * body's name (fillsOpenField); then it is that section's field line, as strong for each item as its own (spec
   * additions), not a footer.
   */
  private openLabel(marker: Marker, label: Field): void {
    if (!this.fieldBlock) this.fieldBlock = { ...this.fieldTargets(marker), own: true, fields: [] };
    this.openField = { field: label, level: marker.level, pending: true };
  }

  /**
   * "a) Hoạt động 1" / "- Nội dung: Triển khai Tháng hành động …" / "- Cơ quan thực hiện: …": an item that only numbers
   * an activity (or counts a conference: "1. Hội nghị hiệp thương lần thứ nhất.") says no work; the "Nội dung" line
   * under it is the task, as "Nhiệm vụ: …" is. Unmarked, it must be the very next line ("3. Hội nghị … lần thứ ba" /
   * "Nội dung: Lựa chọn …").
   */
  private contentOfBareLabel(at: number, marker: Marker, fields: Field[]): Field | undefined {
    const description = fields[0];
    if (description.kind !== "description" || !description.value) return undefined;
    const above = this.order[this.order.length - 1];
    if (!above || above.form === "prose" || !RX_BARE_LABEL.test(above.text)) return undefined;
    const under =
      marker.kind === "none" ? above.at === at - 1 && above.marker.kind !== "none" : above.level < marker.level;
    return under ? description : undefined;
  }

  /**
   * "- Thời gian thực hiện:" with no value, then "+ Các bộ gửi … trước ngày 15/12/2025." / "+ Bộ X … trước ngày 31/12":
   * the marked lines under an empty time field are its value (the deadline pass takes the earliest day).
   */
  private fillsOpenField(marker: Marker, body: string): boolean {
    const open = this.openField;
    // "(Văn phòng Ban Chỉ đạo, cơ quan thường trực …)" after the bodies listed: a note on them, still the block.
    if (open && !open.pending && marker.kind === "none" && /^\(.*\)[.;]?$/u.test(body)) return true;
    if (!open || !this.fieldBlock || marker.kind === "none" || marker.level <= open.level) return false;
    const value = body.replace(/[.;,]+$/, "");
    if (open.pending) {
      // Under a bare label only bodies' names: "- Sở Tài chính … tham mưu …" is an item of work.
      if (value.length > 160 || startsWithVerb(value) || readOwner(value, 0)?.verb) return false;
      open.pending = false;
      this.give([open.field]);
    }
    // Several bodies listed under "Cơ quan chủ trì" lead together; the first listed is the owner, as written.
    if (open.field.kind === "owner") open.field.value ||= value;
    else open.field.value = open.field.value ? `${open.field.value}; ${value}` : value;
    return true;
  }

  private fieldTargets(marker: Marker): FieldTargets {
    if (marker.kind !== "none") this.popTo(marker.level);
    else
      while (this.stack.length > 1 && this.top.node.marker.kind === "bullet" && !endsWithColon(this.top.node.text))
        this.stack.pop();
    const frame = this.top;
    const group = this.order.slice(frame.groupFrom).filter((n) => n.form !== "heading" && n.parent !== null);
    // The lines before a field line are its block's, at every depth: "2.1.b. … / … / Thời gian hoàn tất: 27/6" keeps
    // "2.2. Bước 2: … / … / Thời gian hoàn tất: 25/7" from reaching back into step 1.
    for (const f of this.stack) f.groupFrom = Math.max(f.groupFrom, this.order.length);
    if (group.length === 0) {
      const run = handedRunClosedBy(frame.node);
      if (run) return run;
      return { anchor: frame.node, targets: [frame.node], own: true, details: fieldlessBefore(frame.node) };
    }
    if (ownsItsDetails(frame.node)) return { anchor: frame.node, targets: [frame.node], own: true, details: group };
    const detailed = leadOfDetails(frame.activeLead, group);
    if (detailed) return { anchor: detailed, targets: [detailed], own: true };
    return { anchor: frame.node, targets: group, own: group.length === 1 };
  }
}

/** "Hoạt động 1", "Nhiệm vụ 2", "Dự án thứ ba": a label that numbers an activity and names no work. */
const RX_BARE_LABEL =
  /^(?:(?:hoạt động|nhiệm vụ|công việc|nội dung|dự án|tiểu dự án|đề án|chương trình|mô hình|giải pháp)\s+(?:\d{1,2}|[IVX]{1,4}|thứ\s+\S+)|(?:hội nghị|cuộc họp|phiên họp|kỳ họp|đợt)(?:\s+[^\s:;.,]+){0,4}?\s+lần\s+thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2}))\s*[.:]?$/iu;

/**
 * "2.2. Bước 2: Kiểm tra hiện trạng nhà ở …" over a paragraph: a numbered step's label titles the paragraph that does
 * the step's work, as a heading phrased as work does.
 */
const RX_STEP_LABEL = /^(?:bước|giai\s+đoạn|đợt)\s+(?:\d{1,2}|[IVX]{1,4})\s*[:.]\s*\S/iu;
function titlesStep(n: OutlineNode): boolean {
  return (
    n.form === "item" && n.marker.kind !== "bullet" && n.children.length === 0 && RX_STEP_LABEL.test(n.marker.body)
  );
}

/** An item that has no lines under it yet, no field lines and no sentence end (`ends`): it may be a title. */
function bareItem(n: OutlineNode, ends: RegExp): boolean {
  return n.form === "item" && n.children.length === 0 && n.fields.length === 0 && !ends.test(lastNonSpace(n.text));
}

/**
 * "1. Hoàn thành mục tiêu … trong năm 2025" with "a) …", "b) …" under it: a numbered line with no sentence end that
 * gets lettered items only titles them (spec: headings phrased as actions); it becomes a heading, its period theirs.
 * A line that only names a body may end with a full stop ("1. Văn phòng Ủy ban nhân dân tỉnh."): it heads them too.
 */
function titlesItems(parent: OutlineNode, child: OutlineNode): boolean {
  if (parent.marker.kind !== "number" || child.marker.kind !== "letter" || parent.leadIn) return false;
  if (bareItem(parent, /[.;:]/)) return !dutyOfNamedBody(parent.marker.body);
  return bareItem(parent, /[;:]/) && bodyNames(parent.marker.body.replace(/\.\s*$/u, "")) !== null;
}

/**
 * "2. Các cơ quan, đơn vị, địa phương có trách nhiệm theo dõi, tổng hợp … trước ngày 10/12 hằng năm" over "a) Công an
 * tỉnh: …": a body named with its duty and the work is a sentence, not a title, though it has no full stop.
 */
function dutyOfNamedBody(body: string): boolean {
  const r = readOwner(body, 0);
  return r !== null && RX_DUTY_VERB.test(r.verb) && wordCount(body.slice(r.workStart), 6) >= 6;
}
const RX_DUTY_VERB = new RegExp(`^(?:${DUTY_WORDS})$`, "u");

/**
 * "- Bộ Nông nghiệp và Môi trường" with "+ Nghiên cứu …", "+ Ban hành …" under it: a bullet that only names a body heads
 * the deeper bullets as an agency heading does (spec owner rule 4).
 */
function namesItsBullets(parent: OutlineNode, child: OutlineNode): boolean {
  return (
    bareItem(parent, /[.;]/) &&
    parent.marker.kind === "bullet" &&
    child.marker.kind === "bullet" &&
    namesWhoWorks(withoutFinalColon(parent.text)) !== null
  );
}

interface FieldTargets {
  anchor: OutlineNode;
  targets: OutlineNode[];
  own: boolean;
  /** Detail lines between an item and its field lines: they take the fields as a footer. */
  details?: OutlineNode[];
}

/**
 * "3.1. … / 3.2. … / 3.3. … / - Thời gian thực hiện: …": one field block after a run of numbered items none of which
 * has its own serves the whole run (spec rule 6); the last item takes it as its own, the others as a footer.
 */
function fieldlessBefore(n: OutlineNode): OutlineNode[] {
  if (n.form !== "item" || n.marker.kind !== "number" || !n.parent) return [];
  const siblings = n.parent.children;
  const out: OutlineNode[] = [];
  for (let k = siblings.indexOf(n) - 1; k >= 0; k--) {
    const s = siblings[k];
    if (s.form !== "item" || s.marker.kind !== "number" || s.marker.level !== n.marker.level) break;
    if (s.fields.length || s.footer.length || s.children.some((c) => c.footer.length)) break;
    out.push(s);
  }
  return out;
}

/**
 * "Ban X thực hiện các nội dung sau: / - Lập danh sách …; / - Gửi giấy mời …; / * Thời gian thực hiện: …": a field line
 * under the last of a run of bullets that one lead-in hands out, none with fields of its own, closes the run and serves
 * all of it (spec rule 6). When the lead-in spells out what it checks ("Giám sát việc … Cụ thể các nội dung:"), its
 * bullets are details and the field line is the lead-in's own.
 */
function handedRunClosedBy(n: OutlineNode): FieldTargets | null {
  const lead = n.lead;
  if (!lead || !lead.leadIn || n.marker.kind !== "bullet" || !n.parent) return null;
  const run = n.parent.children.filter((c) => c.lead === lead);
  if (run.length < 2 || run[run.length - 1] !== n || run.some((c) => c.fields.length || c.footer.length)) return null;
  if (spellsOutCheck(lead.text)) return { anchor: lead, targets: [lead], own: true, details: run };
  return { anchor: lead, targets: run, own: false };
}

/**
 * "Tổ công đoàn phát động vận động ủng hộ như sau: / - Vật phẩm ủng hộ: … / - Đối tượng hỗ trợ: … / - Thời gian ủng hộ:
 * chậm nhất …": when every line a lead-in introduced only gives details, the field lines after them are the lead-in's own.
 */
function leadOfDetails(lead: OutlineNode | null, group: OutlineNode[]): OutlineNode | null {
  if (!lead || !group.includes(lead)) return null;
  const run = group.filter((n) => n.lead === lead);
  return run.length > 0 && run.every((n) => isDetailLine(n.marker.body) || isLabelLine(n.marker.body)) ? lead : null;
}

/**
 * "1.1. Xây dựng … / - Bảo đảm … / - Thời gian hoàn thành: …": field lines after the detail bullets of a numbered item
 * that hands nothing out are the item's own; its details share them as a footer. An item that introduces the lines
 * under it ("6.1. Tham gia thực hiện các nhiệm vụ:") leaves them to those lines.
 */
function ownsItsDetails(n: OutlineNode): boolean {
  return (
    n.form === "item" &&
    (n.content || /^(?:number|letter|paren)$/.test(n.marker.kind)) &&
    !n.leadIn &&
    !endsWithColon(n.text)
  );
}
