/**
 * Finds Decree 30's elements (ô 1–12) in a layout, whether the header sits in a borderless table or in
 * paragraphs separated by tabs, with or without a parent agency. Rules then look only at what was placed.
 */
import { foldDiacritics } from "../text";
import type { DocumentLayout, LayoutParagraph } from "./layout";
import { unicodeRegExp } from "../text";

const RX_ANY_LETTER = unicodeRegExp("\\p{L}");

/** A stretch of one paragraph: the whole text, or one tab-separated side of a header line. */
export interface Segment {
  p: LayoutParagraph;
  start: number;
  end: number;
  text: string;
}

/** A rule line found under an element, and how it is drawn. */
export interface RuleMark {
  how: "border" | "shape" | "underline" | "characters";
  p: LayoutParagraph;
  widthTwips?: number;
}

export interface Placement {
  kind: "administrative" | "party" | "unplaced";
  nationalTitle?: Segment;
  motto?: Segment;
  mottoRule?: RuleMark;
  parentAgency: Segment[];
  issuingAgency: Segment[];
  issuerRule?: RuleMark;
  number?: Segment;
  officialSubject: Segment[];
  placeDate?: Segment;
  documentType?: Segment;
  subject: Segment[];
  subjectRule?: RuleMark;
  addressees: Segment[];
  /** Body paragraphs outside tables, in order (headings included). */
  body: LayoutParagraph[];
  recipientsLabel?: Segment;
  recipients: Segment[];
  archive?: Segment;
  drafter: Segment[];
  authority: Segment[];
  signerName?: Segment;
  /** Index of the last paragraph of the header (ô 1–4). */
  headerEnd: number;
}

export const fold = (s: string): string =>
  foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const visible = (p: LayoutParagraph): boolean => !p.placeholder && p.text.trim() !== "";

/** The trimmed whole text of a paragraph, or its tab-separated sides. */
export function segments(p: LayoutParagraph): Segment[] {
  const out: Segment[] = [];
  const re = /[^\t]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ p, start: m.index + lead, end: m.index + lead + text.length, text });
  }
  return out;
}

export const wholeParagraph = (p: LayoutParagraph): Segment | undefined => {
  const text = p.text.trim();
  if (!text) return undefined;
  const start = p.text.indexOf(text);
  return { p, start, end: start + text.length, text };
};

const NATIONAL_TITLE = "cong hoa xa hoi chu nghia viet nam";
const MOTTO = "doc lap tu do hanh phuc";
const PARTY = "dang cong san viet nam";
const NUMBER = /^S[ốỐ]\s*[:.]?\s*[\d\s…._]*\/|^S[ốỐ]\s*:/i;
export const PLACE_DATE = /^(.{2,60}?)\s*,?\s*ngày\s+([\d\s.…_]*)\s*tháng\s+([\d\s.…_]*)\s*năm\s+(\d{4})/iu;
const RECIPIENTS_LABEL = /^n[ơo]i\s*nh[ậa]n\b/i;
export const AUTHORITY_PREFIX = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|T\.M|K\.T|T\.L)(\.|\s)/;
const ARCHIVE = /^[-–—+•]?\s*L[ưu]u\b/i;

/** Tên loại (Phụ lục III) and the types this add-in drafts, folded. */
const TYPE_NAMES = [
  "nghi quyet",
  "quyet dinh",
  "chi thi",
  "quy che",
  "quy dinh",
  "thong cao",
  "thong bao",
  "huong dan",
  "chuong trinh",
  "ke hoach",
  "phuong an",
  "de an",
  "du an",
  "bao cao",
  "bien ban",
  "to trinh",
  "hop dong",
  "cong dien",
  "ban ghi nho",
  "ban thoa thuan",
  "giay uy quyen",
  "giay moi",
  "giay gioi thieu",
  "giay nghi phep",
  "phieu gui",
  "phieu chuyen",
  "phieu bao",
  "ket luan",
  "thong tri",
];

const isUpper = (s: string): boolean => s === s.toLocaleUpperCase("vi") && RX_ANY_LETTER.test(s);

/** The paragraphs of the same cell as `p` (or, outside tables, `p` alone). */
function cellParagraphs(layout: DocumentLayout, p: LayoutParagraph): LayoutParagraph[] {
  if (!p.cell) return [p];
  const { table, row, column } = p.cell;
  return layout.paragraphs.filter(
    (q) => q.cell && q.cell.table === table && q.cell.row === row && q.cell.column === column,
  );
}

/** A rule drawn on `p` itself, or on an otherwise empty paragraph among `after`. */
function findRule(anchor: LayoutParagraph, after: LayoutParagraph[]): RuleMark | undefined {
  const own = ruleOn(anchor, true);
  if (own) return own;
  for (const q of after) {
    const mark = ruleOn(q, false);
    if (mark) return mark;
    if (visible(q)) return undefined;
  }
  return undefined;
}

function ruleOn(p: LayoutParagraph, isAnchor: boolean): RuleMark | undefined {
  if (p.lineShapes.length) return { how: "shape", p, widthTwips: p.lineShapes[0].widthTwips };
  if (p.bottomBorder) return { how: "border", p };
  const text = p.text.trim();
  if (!isAnchor && /^[_\-–—=.]{3,}$/.test(text)) return { how: "characters", p };
  if (isAnchor && p.runs.length && p.runs.every((r) => r.underline || !r.text.trim())) return { how: "underline", p };
  return undefined;
}

/** Paragraphs after `p` on the same side of the header: the same column of its table (any row), or the next ones. */
function below(layout: DocumentLayout, p: LayoutParagraph, count: number): LayoutParagraph[] {
  const cell = p.cell;
  const after = layout.paragraphs.filter((q) => q.index > p.index);
  const same = cell ? after.filter((q) => q.cell?.table === cell.table && q.cell.column === cell.column) : after;
  return same.slice(0, count);
}

function placeHeader(layout: DocumentLayout, place: Placement, title: Segment): void {
  const paragraphs = layout.paragraphs;
  const titleIndex = title.p.index;
  for (const q of below(layout, title.p, 4)) {
    const seg = segments(q).find(
      (s) => fold(s.text) === MOTTO || fold(s.text).replace(/ /g, "") === MOTTO.replace(/ /g, ""),
    );
    if (seg) {
      place.motto = seg;
      place.mottoRule = findRule(q, below(layout, q, 2));
      break;
    }
  }

  // The header zone: the header table (any row), or the paragraphs around the national title.
  const inTable = title.p.cell?.table;
  const zone =
    inTable !== undefined
      ? paragraphs.filter((q) => q.cell?.table === inTable)
      : paragraphs.slice(0, Math.min(paragraphs.length, titleIndex + 8));
  for (const q of zone) {
    for (const seg of segments(q)) {
      if (!place.number && NUMBER.test(seg.text)) place.number = seg;
      else if (!place.placeDate && PLACE_DATE.test(seg.text)) place.placeDate = seg;
    }
  }
  const placedEnds = [place.number, place.placeDate, place.motto].filter(Boolean).map((s) => (s as Segment).p.index);
  place.headerEnd = inTable !== undefined ? Math.max(...zone.map((q) => q.index)) : Math.max(titleIndex, ...placedEnds);

  // Agency lines: upper-case text on the left side, above the number.
  const left: Segment[] = [];
  const numberIndex = place.number?.p.index ?? place.headerEnd;
  const titleColumn = title.p.cell?.column;
  for (const q of zone) {
    if (q.index >= numberIndex) break;
    if (titleColumn !== undefined && (q.cell?.column ?? 0) >= titleColumn) continue;
    const seg = segments(q)[0];
    if (!seg || seg === place.motto || (seg.p === title.p && segments(q).length === 1)) continue;
    const f = fold(seg.text);
    if (PLACE_DATE.test(seg.text) || f === MOTTO || f.includes(NATIONAL_TITLE)) continue;
    // In a header table's left column every line above the number is the agency's name, whatever its case.
    if ((!q.cell && !isUpper(seg.text)) || /^[_\-–—=.*]+$/.test(seg.text)) continue;
    left.push(seg);
  }
  const bold = (s: Segment) => runsOf(s).some((r) => r.bold);
  const anyBold = left.some(bold);
  const anyPlain = left.some((s) => !bold(s));
  if (anyBold && anyPlain) {
    const firstBold = left.findIndex(bold);
    place.parentAgency = left.slice(0, firstBold);
    place.issuingAgency = left.slice(firstBold);
  } else if (left.length >= 2 && /\b(ubnd|tinh|thanh pho|bo|huyen|xa|phuong|so)\b/.test(fold(left[0].text))) {
    place.parentAgency = [left[0]];
    place.issuingAgency = left.slice(1);
  } else place.issuingAgency = left;
  const lastIssuer = place.issuingAgency[place.issuingAgency.length - 1];
  if (lastIssuer) place.issuerRule = findRule(lastIssuer.p, below(layout, lastIssuer.p, 2));

  // Công văn: "V/v …" under the number (ô 5b).
  if (place.number) {
    for (const q of below(layout, place.number.p, 4)) {
      const seg = segments(q)[0];
      if (!seg) continue;
      if (/^V\s*\/\s*v\b/i.test(seg.text)) place.officialSubject.push(seg);
      else if (place.officialSubject.length && q.cell && !PLACE_DATE.test(seg.text) && !isUpper(seg.text))
        place.officialSubject.push(seg);
      else if (place.officialSubject.length) break;
    }
  }
}

/** The clerk's runs of a segment that show text (inline guidance left out). */
const runsOf = (s: Segment) =>
  s.p.runs.filter((r) => r.end > s.start && r.start < s.end && r.text.trim() !== "" && !r.placeholder);

function placeTitle(layout: DocumentLayout, place: Placement): number {
  const after = layout.paragraphs.filter((q) => q.index > place.headerEnd && visible(q) && !q.cell).slice(0, 6);
  let next = place.headerEnd + 1;
  const typeAt = after.findIndex((q) => {
    const text = q.text.trim();
    const f = fold(text);
    return text.length <= 60 && TYPE_NAMES.some((t) => f === t || (isUpper(text) && f.startsWith(`${t} `)));
  });
  if (typeAt >= 0) {
    const typeP = after[typeAt];
    place.documentType = wholeParagraph(typeP);
    next = typeP.index + 1;
    const lines: LayoutParagraph[] = [];
    for (const q of layout.paragraphs.filter((r) => r.index > typeP.index)) {
      if (q.placeholder) continue;
      if (!visible(q)) {
        if (lines.length || ruleOn(q, false)) break;
        continue;
      }
      const boldLine = q.runs.some((r) => r.bold) && q.runs.every((r) => r.bold || !r.text.trim());
      if (
        ruleOn(q, false) ||
        (q.align !== "center" && !boldLine) ||
        /^(\(|căn cứ|kính gửi)/i.test(q.text.trim()) ||
        lines.length >= 4 ||
        q.cell
      )
        break;
      lines.push(q);
      if (q.bottomBorder || q.lineShapes.length) break;
    }
    place.subject = lines.map((q) => wholeParagraph(q) as Segment);
    let anchor = lines[lines.length - 1] ?? typeP;
    // "(Ban hành kèm theo …)" under the subject belongs to the title; the rule comes after it.
    const following = layout.paragraphs.find((r) => r.index > anchor.index && visible(r));
    if (lines.length && following && /^\(.*\)$/.test(following.text.trim()) && !following.cell) anchor = following;
    const rest = layout.paragraphs.filter((r) => r.index > anchor.index && !r.placeholder).slice(0, 3);
    if (lines.length) place.subjectRule = findRule(anchor, rest);
    next = (place.subjectRule?.p.index ?? anchor.index) + 1;
  }
  // "Kính gửi:" (ô 9a) and its list.
  const rest = layout.paragraphs.filter((q) => q.index >= next && visible(q)).slice(0, 20);
  const kg = rest.findIndex((q) => /^kính\s*gửi/i.test(q.text.trim()));
  if (kg >= 0 && kg < 4) {
    place.addressees.push(wholeParagraph(rest[kg]) as Segment);
    for (const q of rest.slice(kg + 1)) {
      const t = q.text.trim();
      // A long addressee may wrap onto a line of its own without a dash: "- Các Sở: …, Xây dựng," / "Nông nghiệp …;".
      const previous = place.addressees[place.addressees.length - 1].text;
      const continues = place.addressees.length > 1 && !/[;.]$/.test(previous);
      if ((!/^[-–+•]\s*\S/.test(t) && !continues) || t.length > 160) break;
      place.addressees.push(wholeParagraph(q) as Segment);
    }
    next = place.addressees[place.addressees.length - 1].p.index + 1;
  }
  return next;
}

function placeSignature(layout: DocumentLayout, place: Placement, bodyStart: number): number {
  const ps = layout.paragraphs;
  const label = ps.find(
    (q) => q.index >= bodyStart && visible(q) && segments(q).some((s) => RECIPIENTS_LABEL.test(s.text)),
  );
  let signatureStart = ps.length;
  if (label) {
    const seg = segments(label).find((s) => RECIPIENTS_LABEL.test(s.text)) as Segment;
    place.recipientsLabel = seg;
    signatureStart = label.cell
      ? Math.min(...ps.filter((q) => q.cell?.table === label.cell?.table).map((q) => q.index))
      : label.index;
    const items = (label.cell ? cellParagraphs(layout, label) : ps.slice(label.index + 1, label.index + 40)).filter(
      (q) => q.index > label.index && visible(q),
    );
    // A recipient may share the label's line: "Nơi nhận: - Như trên;".
    let archived = false;
    for (const q of items) {
      const s = wholeParagraph(q) as Segment;
      if (archived) {
        if (s.text.length <= 30 && !/\s{2,}/.test(s.text)) place.drafter.push(s);
        continue;
      }
      if (!label.cell && !/^[-–—+•]/.test(s.text) && !ARCHIVE.test(s.text)) break;
      place.recipients.push(s);
      if (ARCHIVE.test(s.text)) {
        place.archive = s;
        archived = true;
      }
    }
  }
  // Signature: the cell beside "Nơi nhận:", else the first authority line after the body.
  let cell: LayoutParagraph[] = [];
  if (label?.cell) {
    const { table, row, column } = label.cell;
    cell = ps.filter((q) => q.cell?.table === table && q.cell.row === row && q.cell.column > column && visible(q));
  }
  if (!cell.some((q) => isUpper(q.text.trim()))) {
    const from = ps.find((q) => q.index >= bodyStart && visible(q) && AUTHORITY_PREFIX.test(q.text.trim()));
    if (from) {
      cell = (from.cell ? cellParagraphs(layout, from) : ps.slice(from.index, from.index + 12)).filter(
        (q) => q.index >= from.index && visible(q),
      );
      signatureStart = Math.min(
        signatureStart,
        from.cell ? Math.min(...ps.filter((q) => q.cell?.table === from.cell?.table).map((q) => q.index)) : from.index,
      );
    }
  }
  // The room left for the handwritten signature (empty lines) separates the titles from the name.
  const gap = cell.findIndex((q, i) => i > 0 && q.index - cell[i - 1].index > 1);
  if (gap > 0 && cell[gap].text.trim().length <= 40 && cell[gap].text.trim().split(/\s+/).length <= 6) {
    place.authority = cell.slice(0, gap).map((q) => wholeParagraph(q) as Segment);
    place.signerName = wholeParagraph(cell[gap]);
  } else
    for (const q of cell) {
      const s = wholeParagraph(q) as Segment;
      if (isUpper(s.text) && !place.signerName) place.authority.push(s);
      else if (place.authority.length && !place.signerName && s.text.length <= 40 && s.text.split(/\s+/).length <= 6) {
        place.signerName = s;
        break;
      }
    }
  return signatureStart;
}

export function place(layout: DocumentLayout): Placement {
  const place: Placement = {
    kind: "unplaced",
    parentAgency: [],
    issuingAgency: [],
    officialSubject: [],
    subject: [],
    addressees: [],
    body: [],
    recipients: [],
    drafter: [],
    authority: [],
    headerEnd: -1,
  };
  const head = layout.paragraphs.filter(visible).slice(0, 40);
  let title: Segment | undefined;
  for (const q of head) {
    title = segments(q).find(
      (s) => fold(s.text) === NATIONAL_TITLE || fold(s.text).replace(/ /g, "") === NATIONAL_TITLE.replace(/ /g, ""),
    );
    if (title) break;
  }
  if (!title) {
    if (head.slice(0, 15).some((q) => segments(q).some((s) => fold(s.text) === PARTY))) place.kind = "party";
    return place;
  }
  place.kind = "administrative";
  place.nationalTitle = title;
  placeHeader(layout, place, title);
  const bodyStart = placeTitle(layout, place);
  const bodyEnd = placeSignature(layout, place, bodyStart);
  place.body = layout.paragraphs.filter((q) => q.index >= bodyStart && q.index < bodyEnd && visible(q) && !q.cell);
  return place;
}

export { runsOf, isUpper, visible };
