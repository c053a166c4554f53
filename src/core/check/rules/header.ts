/**
 * The words and punctuation of the header (Phụ lục I, Phần I, Mục II.1–II.4): national title and motto exactly,
 * the rules under the motto and the issuer, "Số:" with its colon and leading zero, the ký hiệu, the place name in
 * full and the date with its leading zeros.
 */
import { isAbbreviatedPlace } from "../../profile";
import { DOCUMENT_TYPES, textWidthPt } from "../../templates";
import type { LayoutParagraph } from "../layout";
import { CheckContext, Rule, colonRule, shownText, textFix, textRuns, whereSegment } from "../kit";
import { RuleMark, Segment, fold, segments } from "../place";
import type { FixAction } from "../types";
import { unicodeRegExp } from "../../text";

const RX_PLACE_AND_SHORT_DATE = unicodeRegExp(
  "^[\\p{L} .]{2,40},\\s*(ngày\\s*)?\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}$",
);

const PL = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I";
const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const PHRASES = ["Độc lập", "Tự do", "Hạnh phúc"];
/** Word's default left and right cell padding. */
const CELL_PADDING_TWIPS = 108;

const rule = (r: Omit<Rule, "area"> & { area?: Rule["area"] }): Rule => ({ area: "header", ...r });

const nationalTitleWording = rule({
  id: "header.national-title-wording",
  clause: `${PL}, Mục II.1.a`,
  severity: "error",
  message: `Quốc hiệu phải ghi đúng “${NATIONAL_TITLE}”.`,
  messageEn: `The national title must read “${NATIONAL_TITLE}”.`,
  check: ({ place }) => {
    const s = place.nationalTitle;
    if (!s) return [];
    // "HOÀ" and "HÒA" are the same word in two accent placements; the decree itself prints both.
    const shown = shownText(s).toLocaleUpperCase("vi").replace(/\s+/g, " ").replace("HOÀ", "HÒA");
    return shown === NATIONAL_TITLE
      ? []
      : [
          {
            where: whereSegment("national-title", s),
            detail: `(đang ghi “${s.text}”.)`,
            detailEn: `(reads “${s.text}”.)`,
          },
        ];
  },
});

const MOTTO_SHAPE = /^(\S+\s+\S+)(\s*[-–—‐‑]?\s*)(\S+\s+\S+)(\s*[-–—‐‑]?\s*)(\S+\s+\S+)$/u;

const mottoWording = rule({
  id: "header.motto-wording",
  clause: `${PL}, Mục II.1.b`,
  severity: "error",
  message: "Tiêu ngữ phải ghi đúng “Độc lập - Tự do - Hạnh phúc”.",
  messageEn: "The motto must read “Độc lập - Tự do - Hạnh phúc”.",
  check: ({ place }) => {
    const s = place.motto;
    if (!s) return [];
    const words = s.text
      .toLocaleLowerCase("vi")
      .replace(/[-–—‐‑]/g, " ")
      .split(/\s+/)
      .filter(Boolean)
      .join(" ");
    return words === PHRASES.join(" ").toLocaleLowerCase("vi")
      ? []
      : [{ where: whereSegment("motto", s), detail: `(đang ghi “${s.text}”.)`, detailEn: `(reads “${s.text}”.)` }];
  },
});

const mottoDashes = rule({
  id: "header.motto-dashes",
  clause: `${PL}, Mục II.1.b`,
  severity: "error",
  message: "Giữa các cụm từ của Tiêu ngữ có gạch nối (-), có cách chữ.",
  messageEn: "The motto's phrases are separated by a hyphen with a space on each side.",
  fixes: "dấu gạch nối / hyphens",
  check: ({ place }) => {
    const s = place.motto;
    const m = s && MOTTO_SHAPE.exec(s.text);
    if (!s || !m) return [];
    const actions: FixAction[] = [];
    let at = s.start + m[1].length;
    for (const [sep, next] of [
      [m[2], m[3]],
      [m[4], m[5]],
    ]) {
      if (sep !== " - ") {
        const fix = textFix(s.p, at, at + sep.length, " - ", "", "");
        if (fix) actions.push(...fix.actions);
      }
      at += sep.length + next.length;
    }
    if (!actions.length) return [];
    return [
      {
        where: whereSegment("motto", s),
        fix: {
          description: "Đặt gạch nối có cách chữ: “Độc lập - Tự do - Hạnh phúc”.",
          descriptionEn: "Use spaced hyphens: “Độc lập - Tự do - Hạnh phúc”.",
          actions,
        },
      },
    ];
  },
});

const mottoCapitals = rule({
  id: "header.motto-capitals",
  clause: `${PL}, Mục II.1.b`,
  severity: "error",
  message: "Tiêu ngữ viết chữ in thường, chữ cái đầu của mỗi cụm từ viết hoa.",
  messageEn: "The motto is in lower case with each phrase capitalised.",
  fixes: "chữ hoa đầu cụm từ / capitals",
  check: ({ place }) => {
    const s = place.motto;
    const m = s && MOTTO_SHAPE.exec(s.text);
    if (!s || !m) return [];
    const shown = shownText(s);
    const phrases = [m[1], m[3], m[5]];
    const wanted = phrases.map((ph) => ph.charAt(0).toLocaleUpperCase("vi") + ph.slice(1).toLocaleLowerCase("vi"));
    const shownPhrases = MOTTO_SHAPE.exec(shown);
    if (!shownPhrases || [shownPhrases[1], shownPhrases[3], shownPhrases[5]].every((ph, i) => ph === wanted[i]))
      return [];
    // Capitals shown through w:caps cannot be fixed by retyping letters.
    const caps = textRuns(s).some((r) => r.caps);
    const actions: FixAction[] = [];
    let at = s.start;
    [m[1], m[2], m[3], m[4], m[5]].forEach((piece, i) => {
      if (i % 2 === 0 && piece !== wanted[i / 2])
        actions.push(...(textFix(s.p, at, at + piece.length, wanted[i / 2], "", "")?.actions ?? []));
      at += piece.length;
    });
    const fix =
      !caps && actions.length
        ? {
            description: "Viết hoa chữ cái đầu mỗi cụm từ, còn lại chữ thường.",
            descriptionEn: "Capitalise each phrase's first letter, the rest lower case.",
            actions,
          }
        : undefined;
    return [{ where: whereSegment("motto", s), ...(fix && { fix }) }];
  },
});

/** Text width of a segment in twips at its size and weight. */
function textWidthTwips(s: Segment): number {
  const runs = textRuns(s);
  const size = runs[0]?.sizePt ?? 13;
  return (
    textWidthPt(
      shownText(s),
      size,
      runs.some((r) => r.bold),
    ) * 20
  );
}

/** The length of a rule line when it can be known: a shape's extent, or a border narrowed by indents in a cell. */
function ruleLength(mark: RuleMark, layout: CheckContext["layout"]): number | undefined {
  if (mark.how === "shape") return mark.widthTwips;
  if (mark.how !== "border") return undefined;
  const indents = mark.p.leftIndentTwips + mark.p.rightIndentTwips;
  if (mark.p.cell?.widthTwips) return mark.p.cell.widthTwips - 2 * CELL_PADDING_TWIPS - indents;
  const s = layout.sections[mark.p.section];
  if (mark.p.cell || !s?.pageWidthTwips || !s.margins) return undefined;
  return s.pageWidthTwips - s.margins.left - s.margins.right - indents;
}

function ruleRules(
  id: string,
  label: string,
  labelEn: string,
  clause: string,
  pick: (ctx: CheckContext) => { segments: Segment[]; mark?: RuleMark },
  ratio: readonly [number, number],
  ratioText: string,
  ratioTextEn: string,
  area: Rule["area"] = "header",
): Rule[] {
  const block = id === "subject" ? "subject" : id === "motto" ? "motto" : "issuing-agency";
  return [
    {
      id: `${area}.${id}-rule`,
      clause,
      severity: "error",
      area,
      message: `Dưới ${label} phải có đường kẻ ngang, nét liền.`,
      messageEn: `${labelEn} must have a solid horizontal line below it.`,
      check: (ctx) => {
        const { segments: segs, mark } = pick(ctx);
        return segs.length && !mark ? [{ where: whereSegment(block, segs[segs.length - 1]) }] : [];
      },
    },
    {
      id: `${area}.${id}-rule-length`,
      clause,
      severity: "warning",
      area,
      message: `Đường kẻ dưới ${label} phải dài ${ratioText}.`,
      messageEn: `The line below ${labelEn.toLowerCase()} should be ${ratioTextEn}.`,
      check: (ctx) => {
        const { segments: segs, mark } = pick(ctx);
        if (!segs.length || !mark) return [];
        const length = ruleLength(mark, ctx.layout);
        const text = Math.max(...segs.map(textWidthTwips));
        if (length === undefined || text <= 0) return [];
        const r = length / text;
        // Lines are drawn by hand: a quarter either way of the decree's proportion still reads as right.
        return r >= ratio[0] * 0.75 && r <= ratio[1] * 1.25
          ? []
          : [
              {
                where: whereSegment(block, segs[segs.length - 1]),
                detail: `(đang bằng ${Math.round(r * 100)}% dòng chữ.)`,
                detailEn: `(now ${Math.round(r * 100)}% of the text.)`,
              },
            ];
      },
    },
  ];
}

const NUMBER_LABEL = /^(S[ốỐ])(\s*)([:.]?)/u;

const numberColon = colonRule({
  id: "header.number-colon",
  clause: `${PL}, Mục II.3.c`,
  area: "header",
  block: "number",
  word: "Số",
  wordEn: "Số",
  pattern: NUMBER_LABEL,
  pick: (ctx) => ctx.place.number,
  spaceAfter: true,
});

const numberCase = rule({
  id: "header.number-word-case",
  clause: `${PL}, Mục II.3.c`,
  severity: "error",
  message: "Từ “Số” trình bày bằng chữ in thường (“Số”, không phải “SỐ”).",
  messageEn: "The word “Số” is written in lower case (“Số”, not “SỐ”).",
  fixes: "chữ thường / lower case",
  check: ({ place }) => {
    const s = place.number;
    if (!s) return [];
    const shown = shownText(s).slice(0, 2);
    if (shown === "Số") return [];
    const caps = textRuns(s).some((r) => r.caps && r.start < s.start + 2);
    const fix = caps
      ? undefined
      : textFix(s.p, s.start, s.start + 2, "Số", "Viết “Số” chữ thường.", "Write “Số” in lower case.");
    return [{ where: whereSegment("number", s), ...(fix && { fix }) }];
  },
});

const NUMBER_VALUE = /^S[ốỐ]\s*[:.]?\s*(\d+)\s*\//u;

const numberZero = rule({
  id: "header.number-leading-zero",
  clause: `${PL}, Mục II.3.c`,
  severity: "error",
  message: "Số văn bản nhỏ hơn 10 phải ghi thêm số 0 phía trước.",
  messageEn: "A document number below 10 takes a leading zero.",
  fixes: "số 0 đứng trước / leading zero",
  check: ({ place }) => {
    const s = place.number;
    const m = s && NUMBER_VALUE.exec(s.text);
    if (!s || !m || m[1].length !== 1 || m[1] === "0") return [];
    const at = s.start + m[0].indexOf(m[1], 2);
    const fix = textFix(
      s.p,
      at,
      at + 1,
      `0${m[1]}`,
      `Ghi “0${m[1]}” thay cho “${m[1]}”.`,
      `Write “0${m[1]}” instead of “${m[1]}”.`,
    );
    return [{ where: whereSegment("number", s), ...(fix && { fix }) }];
  },
});

const symbolSpaces = rule({
  id: "header.symbol-spacing",
  clause: `${PL}, Mục II.3.c`,
  severity: "error",
  message: "Giữa số và ký hiệu có dấu gạch chéo (/), giữa các nhóm chữ viết tắt có gạch nối (-), không cách chữ.",
  messageEn: "The number and symbol are joined by “/” and the symbol's groups by “-”, without spaces.",
  fixes: "bỏ dấu cách / spaces",
  check: ({ place }) => {
    const s = place.number;
    if (!s) return [];
    const slash = s.text.indexOf("/");
    if (slash < 0) return [];
    // A draft leaves the number blank ("Số:      /TB-VP"): spaces before the slash are the văn thư's room.
    const hasNumber = /\d\s+\/$/.test(s.text.slice(0, slash + 1));
    const from = hasNumber ? s.text.slice(0, slash).search(/\s+$/) : slash;
    const symbol = s.text.slice(from);
    const clean = symbol.replace(/\s*\/\s*/g, "/").replace(/\s*-\s*/g, "-");
    if (clean === symbol) return [];
    const fix = textFix(
      s.p,
      s.start + from,
      s.end,
      clean,
      `Bỏ dấu cách trong ký hiệu: “${clean}”.`,
      `Remove the spaces in the symbol: “${clean}”.`,
    );
    return [{ where: whereSegment("number", s), ...(fix && { fix }) }];
  },
});

/** The type abbreviation a tên loại calls for (Phụ lục III), when the printed name is a known type. */
function abbreviationFor(typeName: string): string | undefined {
  const f = fold(typeName);
  const match = [...DOCUMENT_TYPES]
    .filter((t) => t.abbreviation && (f === fold(t.name) || f.startsWith(`${fold(t.name)} `)))
    .sort((a, b) => b.name.length - a.name.length)[0];
  return match?.abbreviation ?? undefined;
}

const symbolType = rule({
  id: "header.symbol-type",
  clause: "Nghị định 30/2020/NĐ-CP, Phụ lục III, Mục I",
  severity: "warning",
  message: "Ký hiệu văn bản nên bắt đầu bằng chữ viết tắt của tên loại (Phụ lục III).",
  messageEn: "The symbol should start with the type abbreviation of Phụ lục III.",
  check: ({ place }) => {
    const s = place.number;
    const type = place.documentType;
    if (!s || !type) return [];
    const wanted = abbreviationFor(type.text);
    const symbol = /\/\s*([^\s-]+)/u.exec(s.text)?.[1];
    if (!wanted || !symbol || symbol === wanted || (wanted === "QyĐ" && symbol === "QĐ")) return [];
    return [
      {
        where: whereSegment("number", s),
        detail: `(“${type.text}” viết tắt là ${wanted}, đang ghi ${symbol}.)`,
        detailEn: `(“${type.text}” is ${wanted}; the symbol has ${symbol}.)`,
      },
    ];
  },
});

interface DateParts {
  s: Segment;
  place: string;
  afterPlace: number;
  sep: string;
  day: { at: number; value: string };
  month: { at: number; value: string };
}

function dateParts(s: Segment | undefined): DateParts | undefined {
  if (!s) return undefined;
  const m = /^(.{2,60}?)(\s*,?\s*)ngày(\s+)([\d\s.…_]*?)(\s*)tháng(\s+)([\d\s.…_]*?)(\s*)năm\s+\d{4}/iu.exec(s.text);
  if (!m) return undefined;
  const dayAt = s.start + m[1].length + m[2].length + 4 + m[3].length;
  const monthAt = dayAt + m[4].length + m[5].length + 5 + m[6].length;
  return {
    s,
    place: m[1],
    afterPlace: s.start + m[1].length,
    sep: m[2],
    day: { at: dayAt, value: m[4] },
    month: { at: monthAt, value: m[7] },
  };
}

const dateComma = rule({
  id: "header.place-comma",
  clause: `${PL}, Mục II.4.c`,
  severity: "error",
  message: "Sau địa danh phải có dấu phẩy (,).",
  messageEn: "The place name is followed by a comma.",
  fixes: "dấu phẩy / comma",
  check: ({ place }) => {
    const d = dateParts(place.placeDate);
    if (!d || d.sep.trim() === ",") return [];
    const fix = textFix(
      d.s.p,
      d.afterPlace,
      d.afterPlace + d.sep.length,
      ", ",
      "Thêm dấu phẩy sau địa danh.",
      "Add the comma after the place name.",
    );
    return [{ where: whereSegment("place-date", d.s), ...(fix && { fix }) }];
  },
});

function zeroRule(
  id: string,
  part: "day" | "month",
  message: string,
  messageEn: string,
  severity: Rule["severity"],
  needs: (n: number, text: string) => string | undefined,
): Rule {
  return rule({
    id,
    clause: `${PL}, Mục II.4.b`,
    severity,
    message,
    messageEn,
    fixes: "số 0 / zero",
    check: ({ place }) => {
      const d = dateParts(place.placeDate);
      const value = d?.[part].value.trim();
      if (!d || !value || !/^\d+$/.test(value)) return [];
      const to = needs(+value, value);
      if (to === undefined) return [];
      const at = d[part].at + d[part].value.indexOf(value);
      const fix = textFix(
        d.s.p,
        at,
        at + value.length,
        to,
        `Ghi “${to}” thay cho “${value}”.`,
        `Write “${to}” instead of “${value}”.`,
      );
      return [{ where: whereSegment("place-date", d.s), ...(fix && { fix }) }];
    },
  });
}

const dayZero = zeroRule(
  "header.date-day-zero",
  "day",
  "Ngày nhỏ hơn 10 phải ghi thêm số 0 phía trước.",
  "Days below 10 take a leading zero.",
  "error",
  (n, t) => (n < 10 && t.length === 1 ? `0${n}` : undefined),
);
const monthZero = zeroRule(
  "header.date-month-zero",
  "month",
  "Tháng 1, 2 phải ghi thêm số 0 phía trước (01, 02).",
  "Months 1 and 2 take a leading zero (01, 02).",
  "error",
  (n, t) => (n <= 2 && t.length === 1 ? `0${n}` : undefined),
);
const monthExtraZero = zeroRule(
  "header.date-month-no-zero",
  "month",
  "Chỉ tháng 1, 2 có số 0 phía trước; các tháng khác ghi như “tháng 6”.",
  "Only months 1 and 2 take a leading zero; others read “tháng 6”.",
  "warning",
  (n, t) => (n >= 3 && t.startsWith("0") ? String(n) : undefined),
);

const numericDate = rule({
  id: "header.date-in-words",
  clause: `${PL}, Mục II.4.b`,
  severity: "error",
  message: "Thời gian ban hành phải viết đầy đủ “ngày … tháng … năm …”.",
  messageEn: "The date is written in full: “ngày … tháng … năm …”.",
  check: ({ layout, place }) => {
    if (place.placeDate) return [];
    for (const p of layout.paragraphs.slice(0, place.headerEnd + 1)) {
      const s = segments(p).find((x) => RX_PLACE_AND_SHORT_DATE.test(x.text));
      if (s) return [{ where: whereSegment("place-date", s) }];
    }
    return [];
  },
});

const placeFull = rule({
  id: "header.place-full-name",
  clause: `${PL}, Mục II.4.a`,
  severity: "error",
  message: "Địa danh phải ghi tên gọi đầy đủ, không viết tắt (ví dụ “Thành phố Hồ Chí Minh”, không phải “TP. HCM”).",
  messageEn: "The place name is written in full, not abbreviated (“Thành phố Hồ Chí Minh”, not “TP. HCM”).",
  check: ({ place }) => {
    const d = dateParts(place.placeDate);
    return d && isAbbreviatedPlace(d.place)
      ? [
          {
            where: whereSegment("place-date", d.s),
            detail: `(đang ghi “${d.place}”.)`,
            detailEn: `(reads “${d.place}”.)`,
          },
        ]
      : [];
  },
});

const placeCapital = rule({
  id: "header.place-capital",
  clause: `${PL}, Mục II.4.c`,
  severity: "error",
  message: "Chữ cái đầu của địa danh phải viết hoa.",
  messageEn: "The place name starts with a capital letter.",
  fixes: "chữ hoa / capital",
  check: ({ place }) => {
    const d = dateParts(place.placeDate);
    if (!d) return [];
    const first = d.place.charAt(0);
    if (first === first.toLocaleUpperCase("vi")) return [];
    const fix = textFix(
      d.s.p,
      d.s.start,
      d.s.start + 1,
      first.toLocaleUpperCase("vi"),
      "Viết hoa chữ cái đầu của địa danh.",
      "Capitalise the place name.",
    );
    return [{ where: whereSegment("place-date", d.s), ...(fix && { fix }) }];
  },
});

const sameLine = rule({
  id: "header.date-beside-number",
  clause: `${PL}, Mục II.4.c`,
  severity: "error",
  message: "Địa danh và thời gian ban hành trình bày trên cùng một dòng với số, ký hiệu văn bản.",
  messageEn: "The place and date sit on the same line as the number and symbol.",
  check: ({ place }) => {
    const n = place.number;
    const d = place.placeDate;
    if (!n || !d) return [];
    const same =
      n.p === d.p || (n.p.cell && d.p.cell && n.p.cell.table === d.p.cell.table && n.p.cell.row === d.p.cell.row);
    return same ? [] : [{ where: whereSegment("place-date", d) }];
  },
});

function centredInCell(
  id: string,
  block: "number" | "place-date",
  label: string,
  labelEn: string,
  clause: string,
  pick: (ctx: CheckContext) => Segment | undefined,
): Rule {
  return rule({
    id,
    clause,
    severity: "error",
    message: `${label} phải canh giữa trong cột của mình.`,
    messageEn: `${labelEn} must be centred in its column.`,
    fixes: "canh giữa / centre",
    check: (ctx) => {
      const s = pick(ctx);
      // Leading spaces mean the clerk centred it by hand; where it lands cannot be read from the file.
      if (!s || !s.p.cell || s.p.align === "center" || segments(s.p).length > 1 || /^\s{3,}/.test(s.p.text)) return [];
      return [
        {
          where: whereSegment(block, s),
          fix: {
            description: "Canh giữa đoạn.",
            descriptionEn: "Centre the paragraph.",
            actions: [
              {
                kind: "paragraph",
                target: { where: s.p.where, index: s.p.index, text: s.p.text },
                set: { align: "center" },
              },
            ],
          },
        },
      ];
    },
  });
}

const titleOneLine = rule({
  id: "header.national-title-one-line",
  clause: `${PL}, Mục II.1.a`,
  severity: "warning",
  message: "Quốc hiệu bị xuống dòng: cột tiêu đề quá hẹp cho cỡ chữ này.",
  messageEn: "The national title wraps onto two lines: its column is too narrow for this size.",
  check: ({ place }) => {
    const s = place.nationalTitle;
    const width = s?.p.cell?.widthTwips;
    if (!s || !width) return [];
    const room = width - 2 * CELL_PADDING_TWIPS - s.p.leftIndentTwips - s.p.rightIndentTwips;
    const needed = textWidthTwips(s);
    return needed > room
      ? [
          {
            where: whereSegment("national-title", s),
            detail: `(cần ${Math.round(needed)} twip, cột có ${room}.)`,
            detailEn: `(needs ${Math.round(needed)} twips, the column has ${room}.)`,
          },
        ]
      : [];
  },
});

const issuerParagraph = (ctx: CheckContext): LayoutParagraph | undefined => ctx.place.issuingAgency[0]?.p;

export const HEADER_RULES: Rule[] = [
  nationalTitleWording,
  titleOneLine,
  mottoWording,
  mottoDashes,
  mottoCapitals,
  ...ruleRules(
    "motto",
    "Tiêu ngữ",
    "The motto",
    `${PL}, Mục II.1.b`,
    (ctx) => ({ segments: ctx.place.motto ? [ctx.place.motto] : [], mark: ctx.place.mottoRule }),
    [1, 1],
    "bằng dòng chữ",
    "as long as the text",
  ),
  ...ruleRules(
    "issuer",
    "tên cơ quan ban hành",
    "The issuing agency's name",
    `${PL}, Mục II.2.b`,
    (ctx) => ({ segments: issuerParagraph(ctx) ? ctx.place.issuingAgency : [], mark: ctx.place.issuerRule }),
    [1 / 3, 1 / 2],
    "từ 1/3 đến 1/2 dòng chữ",
    "a third to a half of the text",
  ),
  numberColon,
  numberCase,
  numberZero,
  symbolSpaces,
  symbolType,
  centredInCell(
    "header.number-centred",
    "number",
    "Số, ký hiệu",
    "The number and symbol",
    `${PL}, Mục II.3.c`,
    (ctx) => ctx.place.number,
  ),
  dateComma,
  dayZero,
  monthZero,
  monthExtraZero,
  numericDate,
  placeFull,
  placeCapital,
  sameLine,
  centredInCell(
    "header.place-date-centred",
    "place-date",
    "Địa danh và thời gian ban hành",
    "The place and date",
    `${PL}, Mục II.4.c`,
    (ctx) => ctx.place.placeDate,
  ),
];

export { ruleRules };
