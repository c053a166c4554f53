/**
 * Page setup and page numbers (Phụ lục I, Phần I, Mục I.1–I.4, I.7): A4, margins in range, font, page numbers in
 * the header, centred, 13–14 pt, upright, not on page 1.
 */
import { mmToTwips } from "../../model";
import type { LayoutParagraph, LayoutSection } from "../layout";
import { CheckContext, Hit, Rule, clampTo, fmtPt, paragraphFix, target, vn, whereOf } from "../kit";
import type { FixAction, PageFormat, Where } from "../types";

const PL = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I";
const A4 = { w: 11906, h: 16838 };
/** Word stores A4 as 11906 × 16838 or 11907 × 16840; both are A4 to the printer. */
const A4_TOLERANCE_TWIPS = 20;
/** Margins in mm (Mục I.3). */
const MARGINS_MM = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
const SIDE_VI = { top: "trên", bottom: "dưới", left: "trái", right: "phải" } as const;
const SIDE_EN = { top: "top", bottom: "bottom", left: "left", right: "right" } as const;
/** Half a millimetre either way is rounding, not a breach (Word shows margins to 0.01 cm). */
const MARGIN_TOLERANCE_TWIPS = 28;

const pageWhere = (s: LayoutSection): Where => ({ block: "page", part: "body", section: s.index });
const mm = (twips: number): string => fmtPt(Math.round((twips * 25.4) / 144) / 10);
const pageFix = (s: LayoutSection, set: PageFormat, description: string, descriptionEn: string) => ({
  description,
  descriptionEn,
  actions: [{ kind: "page", section: s.index, set } as FixAction],
});

const paper: Rule = {
  id: "page.paper-a4",
  clause: `${PL}, Mục I.1`,
  severity: "error",
  area: "page",
  message: "Khổ giấy phải là A4 (210 × 297 mm).",
  messageEn: "The paper must be A4 (210 × 297 mm).",
  fixes: "khổ giấy / paper size",
  check: ({ layout }) =>
    layout.sections.flatMap((s): Hit[] => {
      if (s.pageWidthTwips === undefined || s.pageHeightTwips === undefined) return [];
      const short = Math.min(s.pageWidthTwips, s.pageHeightTwips);
      const long = Math.max(s.pageWidthTwips, s.pageHeightTwips);
      if (Math.abs(short - A4.w) <= A4_TOLERANCE_TWIPS && Math.abs(long - A4.h) <= A4_TOLERANCE_TWIPS) return [];
      const landscape = s.pageWidthTwips > s.pageHeightTwips;
      const set = landscape ? { widthTwips: A4.h, heightTwips: A4.w } : { widthTwips: A4.w, heightTwips: A4.h };
      return [
        {
          where: pageWhere(s),
          detail: `(đang là ${vn(mm(s.pageWidthTwips))} × ${vn(mm(s.pageHeightTwips))} mm.)`,
          detailEn: `(now ${mm(s.pageWidthTwips)} × ${mm(s.pageHeightTwips)} mm.)`,
          fix: pageFix(
            s,
            set,
            "Đổi khổ giấy thành A4, giữ hướng trang.",
            "Set the paper to A4, keeping the orientation.",
          ),
        },
      ];
    }),
};

const orientation: Rule = {
  id: "page.orientation",
  clause: `${PL}, Mục I.2`,
  severity: "warning",
  area: "page",
  message: "Văn bản trình bày theo chiều dài khổ A4; chỉ trình bày chiều rộng khi có bảng, biểu.",
  messageEn: "Documents are set portrait; landscape only for pages with tables or charts.",
  check: ({ layout }) =>
    layout.sections.flatMap((s): Hit[] => {
      if (!s.pageWidthTwips || !s.pageHeightTwips || s.pageWidthTwips <= s.pageHeightTwips) return [];
      const first = s.index === 0 ? 0 : layout.sections[s.index - 1].lastParagraph + 1;
      // A data table has three rows or three columns; the header and signature layout tables have fewer.
      const data = new Set(
        layout.tables.filter((t) => t.rows >= 3 || t.columnWidthsTwips.length >= 3).map((t) => t.index),
      );
      const hasTable = layout.paragraphs.some(
        (p) => p.cell && data.has(p.cell.table) && p.index >= first && p.index <= s.lastParagraph,
      );
      return hasTable ? [] : [{ where: pageWhere(s) }];
    }),
};

function marginRule(side: keyof typeof MARGINS_MM): Rule {
  const [min, max] = MARGINS_MM[side];
  return {
    id: `page.margin-${side}`,
    clause: `${PL}, Mục I.3`,
    severity: "error",
    area: "page",
    message: `Lề ${SIDE_VI[side]} phải từ ${min} đến ${max} mm.`,
    messageEn: `The ${SIDE_EN[side]} margin must be ${min}–${max} mm.`,
    fixes: "lề trang / margin",
    check: ({ layout }) =>
      layout.sections.flatMap((s): Hit[] => {
        if (!s.margins) return [];
        // A gutter adds to the left margin on the printed page.
        const value = s.margins[side] + (side === "left" ? s.margins.gutter : 0);
        const lo = mmToTwips(min) - MARGIN_TOLERANCE_TWIPS;
        const hi = mmToTwips(max) + MARGIN_TOLERANCE_TWIPS;
        if (value >= lo && value <= hi) return [];
        const to = clampTo(value, [mmToTwips(min), mmToTwips(max)]) - (side === "left" ? s.margins.gutter : 0);
        return [
          {
            where: pageWhere(s),
            detail: `(đang là ${vn(mm(value))} mm.)`,
            detailEn: `(now ${mm(value)} mm.)`,
            fix: pageFix(
              s,
              { [side]: to },
              `Đặt lề ${SIDE_VI[side]} ${vn(mm(to))} mm.`,
              `Set the ${SIDE_EN[side]} margin to ${mm(to)} mm.`,
            ),
          },
        ];
      }),
  };
}

/** The header or footer paragraphs carrying a PAGE field, with where they are. */
function pageNumberParagraphs(s: LayoutSection, part: "headers" | "footers", kind?: string): LayoutParagraph[] {
  return s[part]
    .filter((h) => (kind === undefined ? !h.inherited : h.kind === kind))
    .flatMap((h) => h.paragraphs.filter((p) => p.fields.some((f) => /^PAGE\b/i.test(f))));
}

/** The header/footer page 1 of the section shows: "first" with a different first page, else "default". */
const firstPageKind = (s: LayoutSection): string => (s.titlePage ? "first" : "default");

const numberOnFirstPage: Rule = {
  id: "page.number-first-page",
  clause: `${PL}, Mục I.7`,
  severity: "error",
  area: "page",
  message: "Không hiển thị số trang ở trang thứ nhất.",
  messageEn: "Page 1 must not show a page number.",
  fixes: "trang đầu khác / different first page",
  check: ({ layout }) => {
    const s = layout.sections[0];
    if (!s || !s.headersKnown) return [];
    const kind = firstPageKind(s);
    const shown = [...pageNumberParagraphs(s, "headers", kind), ...pageNumberParagraphs(s, "footers", kind)];
    if (!shown.length) return [];
    // Safe only when turning on "different first page" hides nothing but the number: no first-page parts of its
    // own, a default header holding the number alone and no default footer text.
    const blank = (list: LayoutSection["headers"]) =>
      list.every((h) => h.paragraphs.every((p) => p.text.trim() === "" && !p.fields.length));
    const onlyNumber =
      !s.titlePage &&
      blank(s.footers) &&
      blank(s.headers.filter((h) => h.kind === "first")) &&
      s.headers.every((h) =>
        h.paragraphs.every((p) => p.fields.length > 0 || p.text.trim() === "" || /^\d+$/.test(p.text.trim())),
      );
    const fix = onlyNumber
      ? pageFix(
          s,
          { titlePage: true },
          "Bật “Trang đầu khác” để trang 1 không hiện số trang.",
          "Turn on “Different first page” so page 1 shows no number.",
        )
      : undefined;
    return [{ where: { ...whereOf("page-number", shown[0]), section: s.index }, ...(fix && { fix }) }];
  },
};

const numberInHeader: Rule = {
  id: "page.number-in-header",
  clause: `${PL}, Mục I.7`,
  severity: "error",
  area: "page",
  message: "Số trang phải đặt ở phần lề trên (đầu trang), không ở chân trang.",
  messageEn: "Page numbers belong in the top margin (the header), not the footer.",
  check: ({ layout }) =>
    layout.sections.flatMap((s): Hit[] => {
      const inFooter = pageNumberParagraphs(s, "footers");
      return inFooter.length && !pageNumberParagraphs(s, "headers").length
        ? [{ where: whereOf("page-number", inFooter[0]) }]
        : [];
    }),
};

const numberCentred: Rule = {
  id: "page.number-centred",
  clause: `${PL}, Mục I.7`,
  severity: "error",
  area: "page",
  message: "Số trang phải canh giữa theo chiều ngang.",
  messageEn: "Page numbers must be centred horizontally.",
  fixes: "canh giữa / centre",
  check: ({ layout }) => {
    const bad = layout.sections
      .flatMap((s) => pageNumberParagraphs(s, "headers"))
      .filter((p, i, all) => p.align !== "center" && !/\t/.test(p.text) && all.findIndex((q) => q === p) === i);
    return bad.length
      ? [
          {
            where: whereOf("page-number", bad[0]),
            fix: paragraphFix(bad, { align: "center" }, "Canh giữa số trang.", "Centre the page number."),
          },
        ]
      : [];
  },
};

function numberRunRule(id: "size" | "upright"): Rule {
  const size = [13, 14] as const;
  return {
    id: `page.number-${id}`,
    clause: `${PL}, Mục I.7`,
    severity: "error",
    area: "page",
    message: id === "size" ? "Số trang phải cỡ chữ 13–14." : "Số trang phải kiểu chữ đứng.",
    messageEn: id === "size" ? "Page numbers must be 13–14 pt." : "Page numbers must be upright.",
    fixes: id === "size" ? "cỡ chữ / font size" : "bỏ nghiêng / upright",
    check: ({ layout }) => {
      const hits: Hit[] = [];
      for (const p of layout.sections.flatMap((s) => pageNumberParagraphs(s, "headers"))) {
        const runs = p.runs.filter((r) => /\d/.test(r.text));
        if (id === "size") {
          const wrong = runs.find((r) => (r.sizePt ?? 10) < size[0] || (r.sizePt ?? 10) > size[1]);
          if (!wrong) continue;
          const to = clampTo(wrong.sizePt ?? 10, size);
          hits.push({
            where: whereOf("page-number", p),
            detail: `(đang là ${vn(fmtPt(wrong.sizePt ?? 10))} pt.)`,
            detailEn: `(now ${fmtPt(wrong.sizePt ?? 10)} pt.)`,
            fix: {
              description: `Đặt cỡ chữ số trang ${to} pt.`,
              descriptionEn: `Set the page number to ${to} pt.`,
              actions: [{ kind: "run", target: target(p), start: 0, end: p.text.length, set: { sizePt: to } }],
            },
          });
        } else if (runs.some((r) => r.italic)) {
          hits.push({
            where: whereOf("page-number", p),
            fix: {
              description: "Bỏ chữ nghiêng ở số trang.",
              descriptionEn: "Remove italics from the page number.",
              actions: [{ kind: "run", target: target(p), start: 0, end: p.text.length, set: { italic: false } }],
            },
          });
        }
      }
      return hits;
    },
  };
}

/** About 45 lines of 14 pt text fill an A4 page inside Decree 30's margins. */
const LINES_PER_PAGE = 45;
const CHARS_PER_LINE = 90;

const numberMissing: Rule = {
  id: "page.number-missing",
  clause: `${PL}, Mục I.7`,
  severity: "warning",
  area: "page",
  message: "Văn bản nhiều trang nhưng không thấy số trang ở đầu trang.",
  messageEn: "The document runs to several pages but has no page number in the header.",
  check: ({ layout }: CheckContext) => {
    const s = layout.sections[0];
    if (!s || !s.headersKnown) return [];
    if (
      layout.sections.some(
        (x) => pageNumberParagraphs(x, "headers").length || pageNumberParagraphs(x, "footers").length,
      )
    )
      return [];
    const lines = layout.paragraphs.reduce((n, p) => n + Math.max(1, Math.ceil(p.text.length / CHARS_PER_LINE)), 0);
    return lines > LINES_PER_PAGE * 1.5 ? [{ where: pageWhere(s) }] : [];
  },
};

export const PAGE_RULES: Rule[] = [
  paper,
  orientation,
  marginRule("top"),
  marginRule("bottom"),
  marginRule("left"),
  marginRule("right"),
  numberOnFirstPage,
  numberInHeader,
  numberCentred,
  numberRunRule("size"),
  numberRunRule("upright"),
  numberMissing,
];
