/**
 * A plan's content items ("II. NỘI DUNG … 1. Tuyên truyền …") often name no owner: "Tổ chức thực hiện" names one for
 * them ("Sở Nội vụ chủ trì nội dung 1, 2 …"), or else the plan's lead body there owns them, as "review" (spec additions
 * of 2026-12).
 */
import { evidence } from "./evidence";
import type { Evidence } from "./evidence";
import type { OutlineNode } from "./outline";
import { foldDiacritics } from "../text";

export interface PlanTask {
  node: OutlineNode;
  text: string;
  owner: string | null;
  evidence: Evidence[];
}

/** The sections that list a plan's work: "NỘI DUNG", "NHIỆM VỤ", "GIẢI PHÁP (THỰC HIỆN)", "Các giải pháp chủ yếu", "LỘ TRÌNH THỰC HIỆN". */
const RX_CONTENT_SECTION = /noi dung|nhiem vu|giai phap|lo trinh/;
/**
 * The section that hands it out: "TỔ CHỨC THỰC HIỆN", "(THỜI GIAN VÀ) TRÁCH NHIỆM THỰC HIỆN", "PHÂN CÔNG THỰC HIỆN";
 * "NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHIỆM" is content that hands itself out, so "phân công" counts only first.
 */
const RX_ORGANISATION = /to chuc thuc hien|trach nhiem thuc hien|^(?:[ivxl]+\.\s*)?phan cong/;
/** "chủ trì (thực hiện) nội dung 1, 2 và 3", "các nhiệm vụ tại mục 1, 2", "nội dung số 4". */
const RX_NAMED_ITEMS =
  /(?:nội dung|nhiệm vụ|mục)\s+(?:số\s+|tại\s+(?:mục\s+)?)?(\d{1,2}(?:\s*(?:,|và|-|–)\s*\d{1,2})*)/iu;
/** "các nhiệm vụ tại mục (IV) (1)", "mục (IV) (4.1) (4.2)", "mục IV.2": items of a section named by its Roman number. */
const RX_SECTION_ITEMS = /mục\s*\(?([IVXL]{1,5})\)?((?:\s*[(.]?\s*\d{1,2}(?:\.\d{1,2})*\)?(?=[\s,;.(]|$))+)/gu;

/** "Kế hoạch của từng địa phương", "kế hoạch riêng": a plan of each body's own, not the plan being read. */
const NOT_OWN_PLAN = String.raw`(?!\s+(?:riêng|của\s+(?:từng|mỗi|các|mình|địa\s+phương|đơn\s+vị|ngành)))`;
/**
 * "… Đề án.", "… Đề án này;": the document's own scheme or programme, not one named after it ("chương trình phát hiện
 * sớm …").
 */
const THIS_ONE = String.raw`(?=\s*(?:này(?:\s|[.;,]|$)|[.;,]|$))`;
/**
 * The body that follows the plan as a whole: "… theo dõi, đôn đốc … thực hiện Kế hoạch (này)", "… nhiệm vụ được nêu trong
 * Kế hoạch", "X là cơ quan thường trực", "Chủ trì triển khai kế hoạch", "Ban hành Kế hoạch …" (the issuer of a monitoring
 * plan). Not "Chủ trì, xây dựng và tổ chức thực hiện Kế hoạch của từng địa phương": each province's own plan; nor a
 * bare "là đầu mối" for some other work ("…; là đầu mối chủ trì, phối hợp … thẩm định, xác nhận cho các doanh nghiệp",
 * the eighth body of k43's 982/QĐ-TTg): without "cơ quan" it must name the plan.
 */
const RX_FOLLOWS_PLAN = new RegExp(
  String.raw`(?:theo dõi|đôn đốc|hướng dẫn|kiểm tra|tổng hợp|ban hành)[^.]{0,160}kế hoạch${NOT_OWN_PLAN}|là\s+cơ\s+quan\s+(?:thường\s+trực|đầu\s+mối)|là\s+(?:thường\s+trực|đầu\s+mối)[^.;]{0,120}?(?:kế\s+hoạch|đề\s+án|chương\s+trình)|chủ\s+trì[^.;]{0,30}?(?:triển\s+khai(?:\s+thực\s+hiện)?|tổ\s+chức\s+thực\s+hiện|thực\s+hiện)\s+(?:các\s+nội\s+dung\s+của\s+)?(?:kế\s+hoạch${NOT_OWN_PLAN}|(?:đề\s+án|chương\s+trình)${THIS_ONE})`,
  "iu",
);

/**
 * Leading the plan's implementation: "Tổng cục Thuế chủ trì phối hợp với các đơn vị liên quan có trách nhiệm tổ chức
 * tuyên truyền, triển khai thực hiện Kế hoạch …": ahead of the bodies that only follow it ("Ban Chỉ đạo các cấp có nhiệm vụ
 * chỉ đạo, theo dõi, đôn đốc …"). The plan as it names itself, capitalised or "kế hoạch này": not "triển khai kế hoạch
 * hỗ trợ …", another plan.
 */
const RX_CARRIES_OUT_PLAN = new RegExp(
  String.raw`[Cc]hủ\s+trì[^.;]{0,120}?(?:triển\s+khai|tổ\s+chức)(?:\s+thực\s+hiện)?\s+(?:các\s+nội\s+dung\s+của\s+)?(?:Kế\s+hoạch(?!\s+h[ằà]ng\s+năm)|kế\s+hoạch\s+này)${NOT_OWN_PLAN}`,
  "u",
);

/** A duty that only takes part in others' work: "Cử cán bộ tham gia …", "Phối hợp với …", "Tham gia …". */
const RX_ONLY_TAKES_PART = /^(?:cử\s|tham\s+gia\s|phối\s+hợp\s)/iu;

/** Stronger than following the plan: the body "phụ trách chung", "chịu trách nhiệm chung / chính" leads it. */
const RX_LEADS_PLAN = /phụ\s+trách\s+chung|chịu\s+trách\s+nhiệm\s+(?:chung|chính)/iu;

function topHeading(n: OutlineNode): OutlineNode | null {
  let top: OutlineNode | null = null;
  for (let p = n.parent; p && p.parent; p = p.parent) if (p.heading) top = p;
  return top;
}

/**
 * "6.1. Nội dung", "6.2. Lộ trình thực hiện": a content heading nested in a topic ("6. Kế toán thuế"), each topic of a
 * scheme holding its own; the title is only those words.
 */
const RX_NESTED_CONTENT = /^(?:[\d.]+\s*|[a-zđ]\)\s*)?(?:noi dung|lo trinh(?: thuc hien| trien khai)?)\s*:?\s*$/;

/** Whether a heading between n and its top section is a nested content heading. */
function underNestedContent(n: OutlineNode, top: OutlineNode, title: (h: OutlineNode) => string): boolean {
  for (let p = n.parent; p && p !== top; p = p.parent) if (p.heading && RX_NESTED_CONTENT.test(title(p))) return true;
  return false;
}

/** Whether n sits in a plan's content section ("II. NỘI DUNG", "III. NHIỆM VỤ, GIẢI PHÁP"). */
export function inContentSection(n: OutlineNode): boolean {
  const section = topHeading(n);
  return section !== null && RX_CONTENT_SECTION.test(foldDiacritics(section.text));
}

/** The content items' own numbers: the label of the item directly under the content section. */
function itemNumber(n: OutlineNode, section: OutlineNode): number | null {
  let cur = n;
  while (cur.parent && cur.parent !== section) cur = cur.parent;
  return cur.marker.kind === "number" ? parseInt(cur.marker.label, 10) : null;
}

/** Gives owners to the content items of a plan that have none, from its "Tổ chức thực hiện" section. */
export function ownContentItems(tasks: PlanTask[]): void {
  // Each task's top heading, and its title folded, found once: a long plan has thousands of tasks under a few headings.
  const tops = tasks.map((t) => topHeading(t.node));
  const folded = new Map<OutlineNode, string>();
  const title = (h: OutlineNode) => {
    const hit = folded.get(h);
    if (hit !== undefined) return hit;
    const f = foldDiacritics(h.text);
    folded.set(h, f);
    return f;
  };
  const organisation = tasks.filter((t, i) => {
    const h = tops[i];
    return h && RX_ORGANISATION.test(title(h));
  });
  if (!organisation.length) return;
  const organising = new Set(organisation);
  const firstOrganising = organisation[0].node.at;
  const named = new Map<number, string>();
  const inSection = new Map<string, string>();
  for (const t of organisation) {
    if (!t.owner) continue;
    const m = RX_NAMED_ITEMS.exec(t.text);
    if (m) for (const k of m[1].match(/\d{1,2}/g) ?? []) if (!named.has(+k)) named.set(+k, t.owner);
    for (const key of sectionItems(t.text)) if (!inSection.has(key)) inSection.set(key, t.owner);
  }
  const sectors = sectorsNamed(organisation);
  const lead =
    organisation.find((t) => t.owner && RX_LEADS_PLAN.test(t.text)) ??
    organisation.find((t) => t.owner && RX_CARRIES_OUT_PLAN.test(t.text)) ??
    organisation.find((t) => t.owner && RX_FOLLOWS_PLAN.test(t.text)) ??
    // "V. TỔ CHỨC THỰC HIỆN / 1. Sở Xây dựng / - Chủ trì …": with no body said to follow the plan, the one named first
    // there leads it (plans list the lead body first), unless it only takes part ("Các tổ chức thành viên: - Cử cán bộ
    // tham gia các Đoàn kiểm tra").
    leadByOrder(organisation) ??
    null;
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    if (t.owner) continue;
    const section = tops[i];
    if (!section || organising.has(t)) continue;
    const k = itemNumber(t.node, section);
    const bySection =
      k !== null && section.marker.kind === "roman" ? inSection.get(`${section.marker.label}.${k}`) : undefined;
    if (
      !bySection &&
      !RX_CONTENT_SECTION.test(title(section)) &&
      !beforeOrganisation(section, firstOrganising) &&
      !underNestedContent(t.node, section, title)
    )
      continue;
    const byNumber = bySection ?? (k !== null ? named.get(k) : undefined) ?? bySector(t.node, sectors);
    const owner = byNumber ?? lead?.owner;
    if (!owner) continue;
    t.owner = owner;
    const from = byNumber ? "owner-organisation" : "owner-plan";
    t.evidence.push(evidence(from, from === "owner-plan" ? lead!.text : owner));
  }
}

/** "mục (IV) (4.1) (4.2)" → "IV.4"; "mục (IV)(3.4)(a)" → "IV.3": the section's items a duty names. */
function sectionItems(text: string): string[] {
  const keys: string[] = [];
  RX_SECTION_ITEMS.lastIndex = 0;
  for (let m; (m = RX_SECTION_ITEMS.exec(text));)
    for (const n of m[2].match(/\d{1,2}(?:\.\d{1,2})*/g) ?? []) keys.push(`${m[1]}.${parseInt(n, 10)}`);
  return keys;
}

/**
 * "… triển khai các nhiệm vụ … trong lĩnh vực y tế của Kế hoạch": the sector whose items a body takes. The work must be
 * handed out (tasks, contents, a programme or a plan before it): "Thực hiện chức năng … điều phối … trong lĩnh vực công
 * nghệ số" describes a function and takes no items (k43's 982/QĐ-TTg gave one body a whole section so).
 */
const RX_SECTOR =
  /(?:nhiệm\s+vụ|nội\s+dung|giải\s+pháp|chương\s+trình|kế\s+hoạch|đề\s+án)[^.;:]{0,80}?(?:trong|thuộc)\s+lĩnh\s+vực\s+([^,;.:()]{2,60}?)(?=\s+(?:của|theo|thuộc|tại)\s|\s*[,;.:(]|$)/giu;
/** Sector words that name no section: "trong lĩnh vực quản lý (của Sở)", "lĩnh vực phụ trách". */
const RX_VAGUE_SECTOR = /^(?:quan ly|phu trach|duoc giao|lien quan)/;
const sectorWords = (s: string) =>
  new Set(
    foldDiacritics(s)
      .split(/[^a-z0-9]+/)
      .filter((w) => w && w !== "va"),
  );

interface Sector {
  words: Set<string>;
  owner: string;
}

function sectorsNamed(organisation: PlanTask[]): Sector[] {
  const out: Sector[] = [];
  for (const t of organisation) {
    if (!t.owner) continue;
    RX_SECTOR.lastIndex = 0;
    for (let m; (m = RX_SECTOR.exec(t.text));)
      if (!RX_VAGUE_SECTOR.test(foldDiacritics(m[1]))) out.push({ words: sectorWords(m[1]), owner: t.owner });
  }
  return out;
}

/**
 * "5. Giáo dục và Đào tạo" over a content item, and "Sở Giáo dục và Đào tạo: Chủ trì … các nhiệm vụ … trong lĩnh vực
 * giáo dục và đào tạo của Kế hoạch": the body that takes the sector of the item's nearest such heading ("2. Du lịch và
 * Văn hóa" is "lĩnh vực văn hóa và du lịch"; "lao động, việc làm" is part of "Lao động, việc làm và an sinh xã hội").
 */
function bySector(n: OutlineNode, sectors: Sector[]): string | undefined {
  if (!sectors.length) return undefined;
  for (let p = n.parent; p && p.parent; p = p.parent) {
    if (!p.heading) continue;
    const title = sectorWords(p.text);
    const hit = sectors.find(
      (s) => (s.words.size >= 2 || s.words.size === title.size) && [...s.words].every((w) => title.has(w)),
    );
    if (hit) return hit.owner;
  }
  return undefined;
}

function leadByOrder(organisation: PlanTask[]): PlanTask | null {
  const first = organisation.find((t) => t.owner);
  return first && !RX_ONLY_TAKES_PART.test(first.text) ? first : null;
}

/**
 * "III. PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ VÀ XÃ HỘI SỐ" before "VI. TỔ CHỨC THỰC HIỆN": a Roman section of the plan's body
 * that is neither aims nor requirements holds content items, whatever its title.
 */
function beforeOrganisation(section: OutlineNode, organisationAt: number): boolean {
  return section.marker.kind === "roman" && section.at < organisationAt && section.heading?.kind !== "nontask";
}
