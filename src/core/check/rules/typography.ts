/**
 * Size, weight, slant, case and alignment of each element, from the table of Phụ lục I Mục V and the text of
 * Mục II–III (decree30.md §2.2). One row per element; each property of a row becomes one rule.
 */
import type { Placement, Segment } from "../place";
import { segments, wholeParagraph } from "../place";
import { Hit, Rule, clampTo, fmtPt, shownText, target, textRuns, vn, whereSegment } from "../kit";
import type { Area, BlockName, FixAction } from "../types";
import { unicodeRegExp } from "../../text";

const RX_LETTER_OR_DIGIT = unicodeRegExp("[\\p{L}\\d]");

/** Word's size when nothing in the document names one. */
const WORD_DEFAULT_SIZE_PT = 10;

interface ElementSpec {
  id: string;
  block: BlockName;
  area: Area;
  label: string;
  labelEn: string;
  clause: string;
  segments(place: Placement): Segment[];
  size?: readonly [number, number];
  bold?: boolean;
  italic?: boolean;
  upper?: boolean;
  centred?: boolean;
}

const PL = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I";
const one = (s: Segment | undefined): Segment[] => (s ? [s] : []);

export const ELEMENTS: ElementSpec[] = [
  {
    id: "national-title",
    block: "national-title",
    area: "header",
    label: "Quốc hiệu",
    labelEn: "The national title",
    clause: `${PL}, Mục II.1.a`,
    segments: (p) => one(p.nationalTitle),
    size: [12, 13],
    bold: true,
    italic: false,
    upper: true,
  },
  {
    id: "motto",
    block: "motto",
    area: "header",
    label: "Tiêu ngữ",
    labelEn: "The motto",
    clause: `${PL}, Mục II.1.b`,
    segments: (p) => one(p.motto),
    size: [13, 14],
    bold: true,
    italic: false,
  },
  {
    id: "parent-agency",
    block: "parent-agency",
    area: "header",
    label: "Tên cơ quan chủ quản",
    labelEn: "The parent agency's name",
    clause: `${PL}, Mục II.2.b`,
    segments: (p) => p.parentAgency,
    size: [12, 13],
    bold: false,
    italic: false,
    upper: true,
  },
  {
    id: "issuing-agency",
    block: "issuing-agency",
    area: "header",
    label: "Tên cơ quan ban hành",
    labelEn: "The issuing agency's name",
    clause: `${PL}, Mục II.2.b`,
    segments: (p) => p.issuingAgency,
    size: [12, 13],
    bold: true,
    italic: false,
    upper: true,
  },
  {
    id: "number",
    block: "number",
    area: "header",
    label: "Số, ký hiệu",
    labelEn: "The number and symbol",
    clause: `${PL}, Mục II.3.c`,
    segments: (p) => one(p.number),
    size: [13, 13],
    italic: false,
  },
  {
    id: "place-date",
    block: "place-date",
    area: "header",
    label: "Địa danh và thời gian ban hành",
    labelEn: "The place and date",
    clause: `${PL}, Mục II.4.c`,
    segments: (p) => one(p.placeDate),
    size: [13, 14],
    italic: true,
  },
  {
    id: "document-type",
    block: "document-type",
    area: "title",
    label: "Tên loại văn bản",
    labelEn: "The document type name",
    clause: `${PL}, Mục II.5.b`,
    segments: (p) => one(p.documentType),
    size: [13, 14],
    bold: true,
    italic: false,
    upper: true,
    centred: true,
  },
  {
    id: "subject",
    block: "subject",
    area: "title",
    label: "Trích yếu nội dung",
    labelEn: "The subject line",
    clause: `${PL}, Mục II.5.b`,
    segments: (p) => p.subject,
    size: [13, 14],
    bold: true,
    italic: false,
    centred: true,
  },
  {
    id: "official-letter-subject",
    block: "official-letter-subject",
    area: "title",
    label: "Trích yếu công văn (V/v)",
    labelEn: "The official letter's subject (V/v)",
    clause: `${PL}, Mục II.5.b`,
    segments: (p) => p.officialSubject,
    size: [12, 13],
    italic: false,
  },
  {
    id: "addressees",
    block: "addressees",
    area: "recipients",
    label: "“Kính gửi” và nơi nhận",
    labelEn: "“Kính gửi” and its addressees",
    clause: `${PL}, Mục II.9.d`,
    segments: (p) => p.addressees,
    size: [13, 14],
    italic: false,
  },
  {
    id: "authority",
    block: "signature",
    area: "signature",
    label: "Quyền hạn, chức vụ người ký",
    labelEn: "The signing authority and title",
    clause: `${PL}, Mục II.7.đ`,
    segments: (p) => p.authority,
    size: [13, 14],
    bold: true,
    italic: false,
    upper: true,
  },
  {
    id: "signer-name",
    block: "signature",
    area: "signature",
    label: "Họ tên người ký",
    labelEn: "The signer's name",
    clause: `${PL}, Mục II.7.đ`,
    segments: (p) => one(p.signerName),
    size: [13, 14],
    bold: true,
    italic: false,
  },
  {
    id: "label",
    block: "recipients",
    area: "recipients",
    label: "Từ “Nơi nhận”",
    labelEn: "The word “Nơi nhận”",
    clause: `${PL}, Mục II.9.d`,
    segments: (p) => one(p.recipientsLabel),
    size: [12, 12],
    bold: true,
    italic: true,
  },
  {
    id: "items",
    block: "recipients",
    area: "recipients",
    label: "Danh sách nơi nhận",
    labelEn: "The list of recipients",
    clause: `${PL}, Mục II.9.d`,
    segments: (p) => p.recipients,
    size: [11, 11],
    italic: false,
  },
  {
    id: "drafter",
    block: "drafter",
    area: "recipients",
    label: "Ký hiệu người soạn thảo, số lượng bản",
    labelEn: "The drafter's initials and number of copies",
    clause: `${PL}, Mục III.3`,
    segments: (p) => p.drafter,
    size: [11, 11],
    italic: false,
  },
  {
    id: "body",
    block: "body",
    area: "body",
    label: "Nội dung văn bản",
    labelEn: "The body text",
    clause: `${PL}, Mục II.6.e`,
    segments: (p) => p.body.map((q) => wholeParagraph(q) as Segment),
    size: [13, 14],
  },
];

const range = ([min, max]: readonly [number, number]) => (min === max ? `${min}` : `${min}–${max}`);

function hitOver(
  spec: ElementSpec,
  bad: Segment[],
  actions: FixAction[],
  detail: string,
  detailEn: string,
  fixText: string,
  fixTextEn: string,
): Hit[] {
  if (!bad.length) return [];
  const where = {
    ...whereSegment(spec.block, bad[0]),
    ...(bad.length > 1 && { paragraphs: bad.map((s) => s.p.index) }),
  };
  return [
    {
      where,
      detail,
      detailEn,
      ...(actions.length && { fix: { description: fixText, descriptionEn: fixTextEn, actions } }),
    },
  ];
}

/** Formats a segment's runs; none for one side of a tab-separated header line, whose runs may hold both sides. */
const runAction = (s: Segment, set: Extract<FixAction, { kind: "run" }>["set"]): FixAction[] =>
  segments(s.p).length > 1 ? [] : [{ kind: "run", target: target(s.p), start: s.start, end: s.end, set }];

function sizeRule(spec: ElementSpec, size: readonly [number, number]): Rule {
  return {
    id: `${spec.area}.${spec.id}-size`,
    clause: spec.clause,
    severity: "error",
    area: spec.area,
    message: `${spec.label} phải cỡ chữ ${range(size)}.`,
    messageEn: `${spec.labelEn} must be set in ${range(size)} pt.`,
    fixes: "cỡ chữ / font size",
    check: ({ place }) => {
      const bad: Segment[] = [];
      const actions: FixAction[] = [];
      const seen = new Set<number>();
      for (const s of spec.segments(place)) {
        const sizes = textRuns(s).map((r) => r.sizePt ?? WORD_DEFAULT_SIZE_PT);
        const wrong = sizes.filter((v) => v < size[0] - 0.01 || v > size[1] + 0.01);
        if (!wrong.length) continue;
        bad.push(s);
        wrong.forEach((v) => seen.add(v));
        actions.push(...runAction(s, { sizePt: clampTo(wrong[0], size) }));
      }
      const found = [...seen].map(fmtPt);
      const to = actions.length ? (actions[0] as { set: { sizePt: number } }).set.sizePt : size[0];
      return hitOver(
        spec,
        bad,
        actions,
        `(đang là ${found.map(vn).join("; ")} pt.)`,
        `(now ${found.join(", ")} pt.)`,
        `Đặt cỡ chữ ${vn(fmtPt(to))} pt.`,
        `Set the size to ${fmtPt(to)} pt.`,
      );
    },
  };
}

function styleRule(spec: ElementSpec, key: "bold" | "italic", wanted: boolean): Rule {
  const words = {
    bold: wanted
      ? ["in đậm", "bold", "Đặt chữ đậm.", "Make it bold."]
      : ["không in đậm", "not bold", "Bỏ chữ đậm.", "Remove bold."],
    italic: wanted
      ? ["in nghiêng", "italic", "Đặt chữ nghiêng.", "Make it italic."]
      : ["kiểu chữ đứng (không nghiêng)", "upright (not italic)", "Bỏ chữ nghiêng.", "Remove italics."],
  }[key];
  const suffix = key === "bold" ? (wanted ? "bold" : "not-bold") : wanted ? "italic" : "upright";
  return {
    id: `${spec.area}.${spec.id}-${suffix}`,
    clause: spec.clause,
    severity: "error",
    area: spec.area,
    message: `${spec.label} phải ${words[0]}.`,
    messageEn: `${spec.labelEn} must be ${words[1]}.`,
    fixes: words[2],
    check: ({ place }) => {
      // A colon or a comma in another slant or weight is not what the decree is about.
      const bad = spec
        .segments(place)
        .filter((s) => textRuns(s).some((r) => r[key] !== wanted && RX_LETTER_OR_DIGIT.test(r.text)));
      return hitOver(
        spec,
        bad,
        bad.flatMap((s) => runAction(s, { [key]: wanted })),
        "",
        "",
        words[2],
        words[3],
      );
    },
  };
}

function upperRule(spec: ElementSpec): Rule {
  return {
    id: `${spec.area}.${spec.id}-upper`,
    clause: spec.clause,
    severity: "error",
    area: spec.area,
    message: `${spec.label} phải viết chữ in hoa.`,
    messageEn: `${spec.labelEn} must be in capitals.`,
    fixes: "chữ in hoa / capitals",
    check: ({ place }) => {
      const bad = spec.segments(place).filter((s) => shownText(s) !== shownText(s).toLocaleUpperCase("vi"));
      const actions: FixAction[] = bad.map((s) => ({
        kind: "text",
        target: target(s.p),
        start: s.start,
        end: s.end,
        from: s.text,
        to: s.text.toLocaleUpperCase("vi"),
      }));
      return hitOver(
        spec,
        bad,
        actions,
        "",
        "",
        "Chuyển thành chữ in hoa (chỉ đổi kiểu chữ, không đổi chữ).",
        "Turn it into capitals (letter case only).",
      );
    },
  };
}

function centredRule(spec: ElementSpec): Rule {
  return {
    id: `${spec.area}.${spec.id}-centred`,
    clause: spec.clause,
    severity: "error",
    area: spec.area,
    message: `${spec.label} phải đặt canh giữa.`,
    messageEn: `${spec.labelEn} must be centred.`,
    fixes: "canh giữa / centre",
    check: ({ place }) => {
      const bad = spec.segments(place).filter((s) => s.p.align !== "center");
      const actions: FixAction[] = bad.map((s) => ({
        kind: "paragraph",
        target: target(s.p),
        set: { align: "center" },
      }));
      return hitOver(spec, bad, actions, "", "", "Canh giữa đoạn.", "Centre the paragraph.");
    },
  };
}

/** Every typography rule, generated from the element table. */
export const TYPOGRAPHY_RULES: Rule[] = ELEMENTS.flatMap((spec) => {
  const rules: Rule[] = [];
  if (spec.size) rules.push(sizeRule(spec, spec.size));
  if (spec.bold !== undefined) rules.push(styleRule(spec, "bold", spec.bold));
  if (spec.italic !== undefined) rules.push(styleRule(spec, "italic", spec.italic));
  if (spec.upper) rules.push(upperRule(spec));
  if (spec.centred) rules.push(centredRule(spec));
  return rules;
});
