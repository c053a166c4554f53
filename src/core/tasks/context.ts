/**
 * What a node inherits through the outline, nearest first: its lead-in, its parent, the parent's lead-in, and so on up.
 * Kinds of section, owners handed down (rules 4 and 5), deadlines handed down, urgency. Answers are cached per node.
 */
import type { CalendarDate, Deadline } from "../dates";
import { findDeadline } from "../dates";
import { OwnerRead } from "./bodies";
import { ClauseOwner, clauseOwner, leadOwner, leadSubject, stripOrdinal } from "./claims";
import { assignsWork } from "./form";
import { SectionKind, afterCondition, isUrgent, leadInKind } from "./lexicon";
import { roleWithDuties } from "./headingOwners";
import { withoutFinalColon } from "./markers";
import type { OutlineNode } from "./outline";

export interface HandedOwner {
  owner: string;
  coOwners: string[];
  source: "heading" | "lead";
  from: OutlineNode;
  /** "chỉ đạo" when a lead-in asks a superior to direct ("Đề nghị đồng chí Chủ tịch UBND tỉnh chỉ đạo: …"). */
  verb: string;
  /** True when a lead-in requests the work of the body it names ("… yêu cầu các bộ, ngành, địa phương:"). */
  requested?: boolean;
}

/**
 * "Bộ Y tế đề nghị Đ/c Chủ tịch UBND tỉnh tiếp tục chỉ đạo thực hiện một số nội dung sau:": a superior asked to direct,
 * in a lead-in or in a numbered item that ends with the colon ("b) Đề nghị UBND tỉnh chỉ đạo các ngành … sau:").
 */
const RX_ASKS_TO_DIRECT = /đề\s+nghị\s[^.;]{0,160}?\schỉ\s+đạo(?:\s|:|,)[^.;]{0,200}:\s*$/iu;
function asksToDirect(l: OutlineNode): boolean {
  return RX_ASKS_TO_DIRECT.test(l.text.slice(-300));
}

/**
 * "Các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:", "Đảng uỷ Chính phủ khẩn trương triển khai
 * thực hiện, bảo đảm tiến độ cụ thể như sau:": a subject that announces it does the lines below (or their schedule)
 * assigns them in any section, not only in a section of tasks.
 */
const RX_DOES_WHAT_FOLLOWS =
  /\s(?:(?:phối\s+hợp\s+)?(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện\s+(?:tốt\s+)?(?:các|những|một\s+số)\s+(?:nhiệm\s+vụ|nội\s+dung|hoạt\s+động|công\s+việc|giải\s+pháp)(?:\s+(?:chính|chủ\s+yếu|trọng\s+tâm|cụ\s+thể))?|(?:bảo\s+đảm|đảm\s+bảo)\s+(?:tiến\s+độ|lộ\s+trình|các\s+mốc(?:\s+thời\s+gian)?)(?:\s+cụ\s+thể)?)(?:\s+(?:sau\s+đây|sau|như\s+sau|dưới\s+đây))(?:\s+và\s+[^.;:]{1,80})?\s*:\s*$/iu;
/**
 * "Ủy ban nhân dân Thành phố ban hành Kế hoạch triển khai … cuối năm 2025 … như sau:": the sentence that issues the
 * document names it, with the period in its name; it dates none of the items (spec: a period that names the subject).
 */
const RX_ISSUES_ITSELF =
  /\s(?:ban\s+hành|xây\s+dựng)\s+(?:kế\s+hoạch|chương\s+trình|đề\s+án|phương\s+án|quy\s+chế|hướng\s+dẫn)\s[^.;]*(?:như\s+sau|sau\s+đây)\s*:\s*$/iu;

/**
 * "Để … bảo đảm chỗ ở cho Nhân dân trước Tết nguyên đán năm 2026, …, Thủ tướng Chính phủ yêu cầu:": a lead-in's opening
 * purpose is the motive of the whole list, and the time in it is the goal's; only its main clause, from the request on,
 * can date the items ("Để …, đề nghị các Sở hoàn thành trước ngày 15/12/2025 các nội dung sau:"), unless the purpose
 * is to finish the listed work itself (as a purpose clause's year in dates/absolute.ts). So with an opening ground
 * ("Thực hiện … văn bản … về … ứng phó với đợt ô nhiễm (dự báo vào cuối tháng 11, đầu tháng 12); UBND Thành phố yêu
 * cầu …:"): what it implements carries its own times.
 */
const RX_PURPOSE_OPENER = /^(?:để|nhằm|thực\s+hiện|căn\s+cứ|tiếp\s+theo)\s/iu;
const RX_MAIN_REQUEST = /[,;]\s*(?:[^,;]{0,120}?\s)?(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao)[\s:]/giu;
const RX_FINISHING =
  /hoàn\s+thành|hoàn\s+tất|thông\s+xe|khánh\s+thành|đưa\s+vào\s+(?:sử\s+dụng|vận\s+hành|khai\s+thác)/iu;
function mainClause(lead: string): string {
  if (!RX_PURPOSE_OPENER.test(lead)) return lead;
  // The last request is the main one: "Thực hiện …; chỉ đạo của Bộ … tại các văn bản …; UBND Thành phố yêu cầu …:".
  let m: RegExpExecArray | null = null;
  RX_MAIN_REQUEST.lastIndex = 0;
  for (let hit; (hit = RX_MAIN_REQUEST.exec(lead));) m = hit;
  // "Để …, phấn đấu hoàn thành công trình trước ngày 30/12/2025, đề nghị …:" finishes the very work listed: it dates it.
  return m && !RX_FINISHING.test(lead.slice(0, m.index)) ? lead.slice(m.index) : lead;
}

/** "Căn cứ …, Trung tâm thông báo lịch …:": the speaker's own verb, past an opening ground or condition. */
function announces(lead: string): boolean {
  return clauseOwner(afterCondition(stripOrdinal(lead)), false)?.read.verb === "thông báo";
}

/** The nodes whose facts pass down to n, nearest first (the root excluded). */
export function* upChain(n: OutlineNode): Generator<OutlineNode> {
  for (let cur = n; cur.parent; cur = cur.parent) {
    if (cur.lead) yield cur.lead;
    if (cur.parent.parent) yield cur.parent;
  }
}

export class Inheritance {
  private readonly hands = new Map<OutlineNode, OwnerRead | null>();
  /** Per underContext (false, true): a node's claim read as on its own, or under a body that requires and directs. */
  private readonly claims = [new Map<OutlineNode, ClauseOwner | null>(), new Map<OutlineNode, ClauseOwner | null>()];
  private readonly deadlines = new Map<OutlineNode, Deadline | null>();
  private readonly ownKinds = new Map<OutlineNode, SectionKind>();
  private readonly kinds = new Map<OutlineNode, SectionKind>();
  private readonly owners = new Map<OutlineNode, HandedOwner | null>();
  private readonly urgents = new Map<OutlineNode, OutlineNode | null>();

  /** `invitation`: the document is an invitation to a meeting (giấy mời), which its opening sentence announces. */
  constructor(
    readonly issued: CalendarDate,
    readonly invitation = false,
  ) {}

  /** The kind of section n sits in: the nearest lead-in or heading that says tasks or not tasks. */
  kindOf(n: OutlineNode): SectionKind {
    const hit = this.kinds.get(n);
    return hit !== undefined ? hit : remember(this.kinds, n, this.findKind(n));
  }

  private findKind(n: OutlineNode): SectionKind {
    const own = n.lead ? this.ownKind(n.lead) : "neutral";
    if (own !== "neutral" || !n.parent?.parent) return own;
    const p = this.ownKind(n.parent);
    return p !== "neutral" ? p : this.kindOf(n.parent);
  }

  private ownKind(l: OutlineNode): SectionKind {
    const hit = this.ownKinds.get(l);
    if (hit !== undefined) return hit;
    const kind = l.heading ? l.heading.kind : l.leadIn ? leadInKind(l.text) : "neutral";
    return remember(this.ownKinds, l, kind);
  }

  /** The owner handed down to n by the nearest heading (rule 4), lead-in or item above (rule 5). */
  ownerFor(n: OutlineNode): HandedOwner | null {
    const hit = this.owners.get(n);
    return hit !== undefined ? hit : remember(this.owners, n, this.findOwnerFor(n));
  }

  private findOwnerFor(n: OutlineNode): HandedOwner | null {
    for (const l of upChain(n)) {
      if (l.heading) {
        if (l.heading.owner)
          return {
            owner: l.heading.owner,
            coOwners: [],
            source: "heading",
            from: l,
            verb: asksToDirect(l) ? "chỉ đạo" : "",
          };
        continue;
      }
      const r = this.handedBy(l);
      if (r)
        return {
          owner: r.owner,
          coOwners: r.coOwners,
          source: "lead",
          from: l,
          verb: asksToDirect(l) ? "chỉ đạo" : "",
          requested: r.delegated === true && (r.via === "yêu cầu" || r.via === "đề nghị"),
        };
    }
    return null;
  }

  /** The owner named by a node's own words (rules 1–3), cached. */
  claimOf(n: OutlineNode, underContext: boolean): ClauseOwner | null {
    const cache = this.claims[underContext ? 1 : 0];
    const hit = cache.get(n);
    return hit !== undefined ? hit : remember(cache, n, clauseOwner(stripOrdinal(n.text), underContext));
  }

  /**
   * The body a lead-in or an item hands the lines under it: a lead-in's object ("đề nghị các chủ đầu tư … sau:"), else
   * the subject of an item that assigns ("6. Các Bộ … có trách nhiệm chỉ đạo … thực hiện việc:" or "1. Sở A rà soát …").
   */
  handedBy(l: OutlineNode): OwnerRead | null {
    const hit = this.hands.get(l);
    return hit !== undefined ? hit : remember(this.hands, l, this.findHandedBy(l));
  }

  private findHandedBy(l: OutlineNode): OwnerRead | null {
    if (l.row) return l.row.owner ? { owner: l.row.owner, coOwners: l.row.coOwners, workStart: 0, verb: "" } : null;
    if (l.leadIn)
      return (
        leadOwner(l.text) ??
        assignsWork(withoutFinalColon(l.text), l.marker, false)?.subject ??
        roleRead(l.text) ??
        (this.ownKind(l) === "tasks" || RX_DOES_WHAT_FOLLOWS.test(l.text) ? leadSubject(l.text) : null)
      );
    return l.form === "item" || l.form === "prose" ? this.subjectOf(l) : null;
  }

  private subjectOf(l: OutlineNode): OwnerRead | null {
    const c = this.claimOf(l, false);
    return c && c.source !== "topic" && c.read.verb !== "" ? c.read : null;
  }

  /**
   * A deadline handed down: the one stated by the nearest paragraph that introduces n, past items that introduce
   * nothing ("… trước ngày 22/9/2025, cụ thể:" over "(1) Bộ Y tế …" over "- Chỉ đạo …"), else the period of the
   * nearest heading above.
   */
  deadlineFor(n: OutlineNode): { deadline: Deadline; from: OutlineNode } | null {
    let introduced = false;
    for (const l of upChain(n)) {
      if (l.heading?.period) return { deadline: l.heading.period, from: l };
      if (l.heading?.past) return null;
      if (introduced || l.form === "heading" || !(l.leadIn || subItemsOf(l, n))) continue;
      introduced = true;
      const d = this.ownDeadlineOf(l);
      if (d) return { deadline: d, from: l };
    }
    return null;
  }

  private ownDeadlineOf(l: OutlineNode): Deadline | null {
    const hit = this.deadlines.get(l);
    if (hit !== undefined) return hit;
    // A lead-in that issues the document or announces a schedule ("Trung tâm thông báo lịch … trong tháng 12/2025 như
    // sau:") names the period of what it presents, not a deadline of the work under it.
    const presents = RX_ISSUES_ITSELF.test(l.text.slice(-400)) || announces(l.text);
    const d = presents
      ? null
      : findDeadline(mainClause(l.text), { issued: this.issued, mode: "text", notBefore: this.issued }).deadline;
    const cycle = d?.kind === "recurring" && !l.leadIn; // a numbered task's yearly day, for its lettered parts
    const dated = d && d.date && (d.kind === "by" || d.kind === "within" || d.kind === "relative" || cycle) ? d : null;
    return remember(this.deadlines, l, dated);
  }

  /** Urgency in a heading or lead-in above ("1. Khẩn trương triển khai …", "khẩn trương thực hiện các nội dung sau:"). */
  urgentFor(n: OutlineNode): OutlineNode | null {
    const hit = this.urgents.get(n);
    return hit !== undefined ? hit : remember(this.urgents, n, this.findUrgent(n));
  }

  private findUrgent(n: OutlineNode): OutlineNode | null {
    const lead = n.lead && n.lead.leadIn && isUrgent(n.lead.text) ? n.lead : null;
    if (lead || !n.parent?.parent) return lead;
    const p = n.parent;
    return (p.heading ? p.heading.urgent : p.leadIn && isUrgent(p.text)) ? p : this.urgentFor(p);
  }
}

/**
 * Stores a computed answer and returns it. The caches hold no undefined, so one get() tells a hit; no closure is
 * built per question (the nodes ask these for every line).
 */
function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  cache.set(key, value);
  return value;
}

/**
 * "2. Các cơ quan … có trách nhiệm theo dõi, tổng hợp … trước ngày 10/12 hằng năm" over "a) Công an tỉnh: Tổng hợp …": a
 * numbered task over lettered ones splits its work among them, so they share its date.
 */
function subItemsOf(l: OutlineNode, n: OutlineNode): boolean {
  return l.form === "item" && l.marker.kind === "number" && n.parent === l && n.marker.kind === "letter";
}

/** A lead-in whose subject is a role ("Người có thẩm quyền …, công chức … có trách nhiệm:") hands its items to it. */
function roleRead(text: string): OwnerRead | null {
  const owner = roleWithDuties(stripOrdinal(text));
  return owner ? { owner, coOwners: [], workStart: text.length, verb: "có trách nhiệm" } : null;
}
