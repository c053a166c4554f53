/**
 * Title, body, signature and recipients (Phụ lục I, Phần I, Mục II.5–II.9): the rule under the trích yếu, the body
 * layout, headings, căn cứ, "Kính gửi:", the signing authority, the name, the "Nơi nhận:" block and the closing.
 */
import type { LayoutParagraph } from "../layout";
import {
  Hit,
  Rule,
  clampTo,
  colonRule,
  paragraphFix,
  shownText,
  target,
  textFix,
  textRuns,
  vn,
  whereOf,
  whereSegment,
} from "../kit";
import { AUTHORITY_PREFIX, Segment, fold, isUpper, wholeParagraph } from "../place";
import type { BlockName, Fix, FixAction } from "../types";
import { ruleRules } from "./header";
import { unicodeRegExp } from "../../text";

const RX_LETTERS = unicodeRegExp("\\p{L}", "gu");
const RX_ENDS_IN_WORD = unicodeRegExp('[\\p{L}\\d)”"]$');
const RX_WORD_END = unicodeRegExp('[\\p{L}\\d)”"]');

const PL = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I";
const BODY = `${PL}, Mục II.6.e`;

const seg = (p: LayoutParagraph): Segment => wholeParagraph(p) as Segment;
const many = (block: BlockName, ps: LayoutParagraph[]) => ({
  ...whereOf(block, ps[0]),
  ...(ps.length > 1 && { paragraphs: ps.map((p) => p.index) }),
});
const merge = (fixes: Array<Fix | undefined>, description: string, descriptionEn: string): Fix | undefined => {
  const actions = fixes.flatMap((f) => f?.actions ?? []);
  return actions.length ? { description, descriptionEn, actions } : undefined;
};

/** The size most of the paragraph's text is set in. */
function mainSize(p: LayoutParagraph): number {
  let best = 14;
  let most = 0;
  const count = new Map<number, number>();
  for (const r of p.runs) {
    const size = r.sizePt ?? 10;
    const n = (count.get(size) ?? 0) + r.text.length;
    count.set(size, n);
    if (n > most) ((most = n), (best = size));
  }
  return best;
}

const PART_HEADING = /^(Phần|Chương|Mục|Tiểu mục)\s+([IVXLC]+|\d+)\s*$/u;
const ROMAN_HEADING = /^[IVX]+\.\s+\S/u;
const ARTICLE = /^Điều\s+(\d+)(\s*)([.:]?)/u;
const POINT = /^([a-zđ])\)\s/u;
// No \b after a Vietnamese letter: JavaScript word boundaries know ASCII letters only.
const BASIS = /^(Căn cứ|Theo đề nghị|Xét đề nghị)(\s|$)/u;

const isCentredHeading = (p: LayoutParagraph) =>
  PART_HEADING.test(p.text.trim()) || (p.align === "center" && p.text.trim().length < 80);
/** Paragraphs the body layout rules apply to: the running text, not centred headings. */
const running = (ps: LayoutParagraph[]) => ps.filter((p) => !isCentredHeading(p));
/** A paragraph that starts with spaces or a tab is indented by hand: its first-line position cannot be read. */
const indentedByHand = (p: LayoutParagraph) => /^[ \t]/.test(p.text);

const subjectRules = ruleRules(
  "subject",
  "trích yếu",
  "The subject line",
  `${PL}, Mục II.5.b`,
  (ctx) => ({ segments: ctx.place.subject, mark: ctx.place.subjectRule }),
  [1 / 3, 1 / 2],
  "từ 1/3 đến 1/2 dòng chữ",
  "a third to a half of the text",
  "title",
);

const subjectLowerCase: Rule = {
  id: "title.subject-lower-case",
  clause: `${PL}, Mục II.5.b`,
  severity: "error",
  area: "title",
  message: "Trích yếu nội dung trình bày bằng chữ in thường, không viết in hoa cả dòng.",
  messageEn: "The subject line is in lower case, not all capitals.",
  check: ({ place }) => {
    const bad = place.subject.filter(
      (s) => (shownText(s).match(RX_LETTERS) ?? []).length >= 12 && isUpper(shownText(s)),
    );
    return bad.length
      ? [
          {
            where: many(
              "subject",
              bad.map((s) => s.p),
            ),
          },
        ]
      : [];
  },
};

const justified: Rule = {
  id: "body.justified",
  clause: BODY,
  severity: "error",
  area: "body",
  message: "Nội dung văn bản phải canh đều cả hai lề.",
  messageEn: "The body text must be justified.",
  fixes: "canh đều / justify",
  check: ({ place }) => {
    // A one-line paragraph looks the same left-aligned or justified; only longer ones show the difference.
    const bad = running(place.body).filter((p) => p.align !== "justify" && p.text.length > 90);
    return bad.length
      ? [
          {
            where: many("body", bad),
            detail: `(${bad.length} đoạn.)`,
            detailEn: `(${bad.length} paragraphs.)`,
            fix: paragraphFix(
              bad,
              { align: "justify" },
              `Canh đều hai lề ${bad.length} đoạn.`,
              `Justify ${bad.length} paragraphs.`,
            ),
          },
        ]
      : [];
  },
};

/** 1 cm and 1.27 cm in twips, and how far from them still counts as them. */
const INDENTS = [567, 720];
const INDENT_SLACK = 6;
const firstLinePosition = (p: LayoutParagraph) => p.leftIndentTwips + p.firstLineTwips;

const firstLine: Rule = {
  id: "body.first-line-indent",
  clause: BODY,
  severity: "error",
  area: "body",
  message: "Chữ đầu dòng của mỗi đoạn lùi vào 1 cm hoặc 1,27 cm.",
  messageEn: "Each paragraph's first line is indented 1 cm or 1.27 cm.",
  fixes: "thụt đầu dòng / first-line indent",
  check: ({ place }) => {
    const bad = running(place.body).filter((p) => {
      const at = firstLinePosition(p);
      return (!indentedByHand(p) && at < INDENTS[0] - INDENT_SLACK) || at > INDENTS[1] + INDENT_SLACK;
    });
    if (!bad.length) return [];
    const actions = bad.map((p): FixAction => {
      const to = firstLinePosition(p) < INDENTS[0] ? INDENTS[1] : INDENTS[1];
      return { kind: "paragraph", target: target(p), set: { firstLineTwips: to - p.leftIndentTwips } };
    });
    return [
      {
        where: many("body", bad),
        detail: `(${bad.length} đoạn.)`,
        detailEn: `(${bad.length} paragraphs.)`,
        fix: {
          description: `Thụt đầu dòng 1,27 cm cho ${bad.length} đoạn.`,
          descriptionEn: `Indent the first line 1.27 cm in ${bad.length} paragraphs.`,
          actions,
        },
      },
    ];
  },
};

const firstLineValue: Rule = {
  id: "body.first-line-indent-value",
  clause: BODY,
  severity: "warning",
  area: "body",
  message: "Nghị định 30 ghi thụt đầu dòng 1 cm hoặc 1,27 cm; văn bản dùng một giá trị khác trong khoảng đó.",
  messageEn: "Decree 30 names a first-line indent of 1 cm or 1.27 cm; the document uses another value between them.",
  fixes: "thụt đầu dòng / first-line indent",
  check: ({ place }) => {
    const bad = running(place.body).filter((p) => {
      const at = firstLinePosition(p);
      return (
        !indentedByHand(p) &&
        at >= INDENTS[0] - INDENT_SLACK &&
        at <= INDENTS[1] + INDENT_SLACK &&
        INDENTS.every((v) => Math.abs(at - v) > INDENT_SLACK)
      );
    });
    if (!bad.length) return [];
    const cm = String(Math.round((firstLinePosition(bad[0]) / 567) * 100) / 100);
    const actions = bad.map((p): FixAction => ({
      kind: "paragraph",
      target: target(p),
      set: { firstLineTwips: INDENTS[1] - p.leftIndentTwips },
    }));
    return [
      {
        where: many("body", bad),
        detail: `(${vn(cm)} cm ở ${bad.length} đoạn.)`,
        detailEn: `(${cm} cm in ${bad.length} paragraphs.)`,
        fix: {
          description: `Đặt thụt đầu dòng 1,27 cm cho ${bad.length} đoạn.`,
          descriptionEn: `Set a 1.27 cm first-line indent in ${bad.length} paragraphs.`,
          actions,
        },
      },
    ];
  },
};

const spacing: Rule = {
  id: "body.paragraph-spacing",
  clause: BODY,
  severity: "error",
  area: "body",
  message: "Khoảng cách giữa các đoạn văn tối thiểu là 6 pt.",
  messageEn: "Paragraphs are at least 6 pt apart.",
  fixes: "khoảng cách đoạn / paragraph spacing",
  check: ({ layout, place }) => {
    const bad: LayoutParagraph[] = [];
    for (const p of running(place.body)) {
      const prev = layout.paragraphs[p.index - 1];
      if (!prev || !place.body.includes(prev)) continue;
      if (prev.spacingAfterPt + p.spacingBeforePt < 5.95) bad.push(p);
    }
    if (!bad.length) return [];
    const actions = bad.map((p): FixAction => ({
      kind: "paragraph",
      target: target(p),
      set: { spacingBeforePt: Math.max(p.spacingBeforePt, 6 - layout.paragraphs[p.index - 1].spacingAfterPt) },
    }));
    return [
      {
        where: many("body", bad),
        detail: `(${bad.length} đoạn.)`,
        detailEn: `(${bad.length} paragraphs.)`,
        fix: {
          description: `Đặt khoảng cách trước đoạn để các đoạn cách nhau 6 pt (${bad.length} đoạn).`,
          descriptionEn: `Set the space before so paragraphs are 6 pt apart (${bad.length} paragraphs).`,
          actions,
        },
      },
    ];
  },
};

/** Times New Roman's single line is 1.15 em. */
const SINGLE_LINE_EM = 1.15;

const lineSpacing: Rule = {
  id: "body.line-spacing",
  clause: BODY,
  severity: "error",
  area: "body",
  message: "Khoảng cách giữa các dòng tối thiểu là dòng đơn, tối đa là 1,5 dòng.",
  messageEn: "Line spacing is between single and 1.5 lines.",
  fixes: "giãn dòng / line spacing",
  check: ({ place }) => {
    const actions: FixAction[] = [];
    const bad: LayoutParagraph[] = [];
    for (const p of running(place.body)) {
      const single = mainSize(p) * SINGLE_LINE_EM;
      if (p.lineRule === "auto") {
        if (p.lineValue >= 0.99 && p.lineValue <= 1.51) continue;
        bad.push(p);
        actions.push({
          kind: "paragraph",
          target: target(p),
          set: { line: { rule: "auto", value: clampTo(p.lineValue, [1, 1.5]) } },
        });
      } else {
        const low = p.lineRule === "exact" ? single * 0.95 : 0;
        if (p.lineValue >= low && p.lineValue <= single * 1.5 * 1.05) continue;
        bad.push(p);
        const to = Math.round(clampTo(p.lineValue, [single, single * 1.5]) * 2) / 2;
        actions.push({ kind: "paragraph", target: target(p), set: { line: { rule: "exact", value: to } } });
      }
    }
    return bad.length
      ? [
          {
            where: many("body", bad),
            detail: `(${bad.length} đoạn.)`,
            detailEn: `(${bad.length} paragraphs.)`,
            fix: {
              description: `Đưa giãn dòng về khoảng dòng đơn – 1,5 dòng (${bad.length} đoạn).`,
              descriptionEn: `Bring line spacing within single to 1.5 lines (${bad.length} paragraphs).`,
              actions,
            },
          },
        ]
      : [];
  },
};

const closing: Rule = {
  id: "body.closing",
  clause: "Nghị định 30/2020/NĐ-CP, Phụ lục III (mẫu trình bày)",
  severity: "warning",
  area: "body",
  message: "Nội dung văn bản hành chính kết thúc bằng dấu “./.”.",
  messageEn: "The body of an administrative document ends with “./.”.",
  fixes: "dấu kết thúc / closing mark",
  check: ({ place }) => {
    const last = place.body[place.body.length - 1];
    if (!last || !place.recipientsLabel) return [];
    const text = last.text.trimEnd();
    if (/\.\/\.$/.test(text)) return [];
    let fix: Fix | undefined;
    if (RX_ENDS_IN_WORD.test(text))
      fix = textFix(
        last,
        text.length - 1,
        text.length,
        `${text.slice(-1)}./.`,
        "Thêm “./.” vào cuối nội dung.",
        "Add “./.” at the end of the body.",
      );
    else if (text.endsWith("."))
      fix = textFix(
        last,
        text.length - 1,
        text.length,
        "./.",
        "Đổi dấu chấm cuối thành “./.”.",
        "Turn the final full stop into “./.”.",
      );
    return [{ where: whereOf("closing", last), ...(fix && { fix }) }];
  },
};

function headingRules(): Rule[] {
  const parts = (ctx: Parameters<Rule["check"]>[0]) => ctx.place.body.filter((p) => PART_HEADING.test(p.text.trim()));
  const romans = (ctx: Parameters<Rule["check"]>[0]) =>
    ctx.place.body.filter((p) => ROMAN_HEADING.test(p.text.trim()) && p.text.length <= 150);
  const articles = (ctx: Parameters<Rule["check"]>[0]) => ctx.place.body.filter((p) => ARTICLE.test(p.text.trim()));
  const notBold = (p: LayoutParagraph) => textRuns(seg(p)).some((r) => !r.bold);
  const boldFix = (ps: LayoutParagraph[]) => ({
    description: "Đặt chữ đậm cho đề mục.",
    descriptionEn: "Make the heading bold.",
    actions: ps.map((p): FixAction => ({
      kind: "run",
      target: target(p),
      start: seg(p).start,
      end: seg(p).end,
      set: { bold: true },
    })),
  });
  const D = `${PL}, Mục II.6.đ`;
  return [
    {
      id: "body.part-heading-centred",
      clause: D,
      severity: "error",
      area: "body",
      message: "Từ “Phần”, “Chương”, “Mục” và số thứ tự trình bày trên một dòng riêng, canh giữa.",
      messageEn: "“Phần”, “Chương”, “Mục” and their number stand on their own line, centred.",
      fixes: "canh giữa / centre",
      check: (ctx) => {
        const bad = parts(ctx).filter((p) => p.align !== "center");
        return bad.length
          ? [
              {
                where: many("body", bad),
                fix: paragraphFix(bad, { align: "center" }, "Canh giữa đề mục.", "Centre the heading."),
              },
            ]
          : [];
      },
    },
    {
      id: "body.part-heading-bold",
      clause: D,
      severity: "error",
      area: "body",
      message: "Từ “Phần”, “Chương”, “Mục” và số thứ tự in đậm.",
      messageEn: "“Phần”, “Chương”, “Mục” and their number are bold.",
      fixes: "chữ đậm / bold",
      check: (ctx) => {
        const bad = parts(ctx).filter(notBold);
        return bad.length ? [{ where: many("body", bad), fix: boldFix(bad) }] : [];
      },
    },
    {
      id: "body.part-heading-roman",
      clause: D,
      severity: "error",
      area: "body",
      message: "Số thứ tự của phần, chương dùng chữ số La Mã.",
      messageEn: "Parts and chapters are numbered in Roman numerals.",
      check: (ctx) => {
        const bad = parts(ctx).filter((p) => /^(Phần|Chương)\s+\d/u.test(p.text.trim()));
        return bad.length ? [{ where: many("body", bad) }] : [];
      },
    },
    {
      id: "body.roman-heading-bold",
      clause: `${PL}, Mục V (mẫu 6.b)`,
      severity: "error",
      area: "body",
      message: "Số thứ tự và tiêu đề của mục (“I. …”) in đậm.",
      messageEn: "A section number and title (“I. …”) are bold.",
      fixes: "chữ đậm / bold",
      check: (ctx) => {
        const bad = romans(ctx).filter(notBold);
        return bad.length ? [{ where: many("body", bad), fix: boldFix(bad) }] : [];
      },
    },
    {
      id: "body.roman-heading-upper",
      clause: `${PL}, Mục V (mẫu 6.b)`,
      severity: "error",
      area: "body",
      message: "Tiêu đề của mục (“I. …”) viết chữ in hoa.",
      messageEn: "A section title (“I. …”) is in capitals.",
      fixes: "chữ in hoa / capitals",
      check: (ctx) => {
        const bad = romans(ctx).filter((p) => !isUpper(shownText(seg(p))));
        if (!bad.length) return [];
        const caps = bad.some((p) => textRuns(seg(p)).some((r) => r.caps));
        const fix = caps
          ? undefined
          : merge(
              bad.map((p) => textFix(p, seg(p).start, seg(p).end, seg(p).text.toLocaleUpperCase("vi"), "", "")),
              "Chuyển tiêu đề mục thành chữ in hoa (chỉ đổi kiểu chữ).",
              "Turn the section titles into capitals (letter case only).",
            );
        return [{ where: many("body", bad), ...(fix && { fix }) }];
      },
    },
    {
      id: "body.article-bold",
      clause: D,
      severity: "error",
      area: "body",
      message: "Từ “Điều”, số thứ tự và tiêu đề của điều in đậm.",
      messageEn: "“Điều”, its number and title are bold.",
      fixes: "chữ đậm / bold",
      check: (ctx) => {
        const bad = articles(ctx).filter((p) => p.text.length <= 150 && notBold(p));
        return bad.length ? [{ where: many("body", bad), fix: boldFix(bad) }] : [];
      },
    },
    {
      id: "body.article-full-stop",
      clause: D,
      severity: "error",
      area: "body",
      message: "Sau số thứ tự của điều có dấu chấm (“Điều 1.”).",
      messageEn: "An article's number is followed by a full stop (“Điều 1.”).",
      fixes: "dấu chấm / full stop",
      check: (ctx) => {
        const hits: Hit[] = [];
        for (const p of articles(ctx)) {
          const s = seg(p);
          const m = ARTICLE.exec(s.text) as RegExpExecArray;
          if (m[3] === ".") continue;
          const at = s.start + 5 + s.text.slice(5).indexOf(m[1]) + m[1].length;
          const fix = textFix(
            p,
            at,
            at + m[2].length + m[3].length,
            ". ",
            `Ghi “Điều ${m[1]}.”.`,
            `Write “Điều ${m[1]}.”.`,
          );
          hits.push({ where: whereOf("body", p), ...(fix && { fix }) });
        }
        return hits;
      },
    },
  ];
}

/** The Vietnamese alphabet points follow (a, b, c, d, đ, e, g, …). */
const ALPHABET = "abcdđeghiklmnopqrstuvxy";

const pointOrder: Rule = {
  id: "body.point-order",
  clause: `${PL}, Mục II.6.đ`,
  severity: "error",
  area: "body",
  message: "Các điểm đánh theo thứ tự bảng chữ cái tiếng Việt (a, b, c, d, đ, e, g, …).",
  messageEn: "Points follow the Vietnamese alphabet (a, b, c, d, đ, e, g, …).",
  check: ({ place }) => {
    const hits: Hit[] = [];
    let expected = -1;
    for (const p of place.body) {
      const m = POINT.exec(p.text.trim());
      if (!m) continue;
      const at = ALPHABET.indexOf(m[1]);
      if (m[1] === "a") expected = 1;
      else {
        if (at !== expected)
          hits.push({
            where: whereOf("body", p),
            detail: `(“${m[1]})” đứng sau “${ALPHABET[expected - 1] ?? "?"})”.)`,
            detailEn: `(“${m[1]})” follows “${ALPHABET[expected - 1] ?? "?"})”.)`,
          });
        expected = at >= 0 ? at + 1 : expected + 1;
      }
    }
    return hits;
  },
};

/**
 * The legal bases under the title: two or more lines "Căn cứ …" at the start of the body. A single "Căn cứ …, Sở …
 * ban hành Kế hoạch như sau:" is a sentence of the text, not a list of bases.
 */
function basisBlock(body: LayoutParagraph[]): LayoutParagraph[] {
  const out: LayoutParagraph[] = [];
  for (const p of body.slice(0, 12)) {
    if (BASIS.test(p.text.trim())) out.push(p);
    else break;
  }
  // "Căn cứ chức năng, nhiệm vụ …, Sở … xây dựng Kế hoạch như sau:" leads into the text; it is not a basis.
  if (out.length && out[out.length - 1].text.trimEnd().endsWith(":")) out.pop();
  return out.length >= 2 ? out : [];
}

const basisItalic: Rule = {
  id: "body.basis-italic",
  clause: `${PL}, Mục II.6.a`,
  severity: "error",
  area: "body",
  message: "Căn cứ ban hành văn bản trình bày kiểu chữ nghiêng.",
  messageEn: "The legal bases (“Căn cứ …”) are italic.",
  fixes: "chữ nghiêng / italics",
  check: ({ place }) => {
    const bad = basisBlock(place.body).filter((p) => textRuns(seg(p)).some((r) => !r.italic));
    return bad.length
      ? [
          {
            where: many("body", bad),
            fix: {
              description: "Đặt chữ nghiêng cho phần căn cứ.",
              descriptionEn: "Make the legal bases italic.",
              actions: bad.map((p): FixAction => ({
                kind: "run",
                target: target(p),
                start: seg(p).start,
                end: seg(p).end,
                set: { italic: true },
              })),
            },
          },
        ]
      : [];
  },
};

/** Replaces or adds the final punctuation mark of a paragraph. */
function endWith(p: LayoutParagraph, mark: string): Fix | undefined {
  const text = p.text.trimEnd();
  const last = text.slice(-1);
  if (last === mark) return undefined;
  return /[;,.:]/.test(last)
    ? textFix(p, text.length - 1, text.length, mark, "", "")
    : RX_WORD_END.test(last)
      ? textFix(p, text.length - 1, text.length, `${last}${mark}`, "", "")
      : undefined;
}

/** Lines ending ";" and the last "."; `openEnded` when the list goes on after these lines (all ";"). */
function listPunctuation(ps: LayoutParagraph[], openEnded = false): { bad: LayoutParagraph[]; fix?: Fix } {
  const bad: LayoutParagraph[] = [];
  const fixes: Array<Fix | undefined> = [];
  ps.forEach((p, i) => {
    const mark = i === ps.length - 1 && !openEnded ? "." : ";";
    if (p.text.trimEnd().endsWith(mark)) return;
    bad.push(p);
    fixes.push(endWith(p, mark));
  });
  return {
    bad,
    fix: merge(fixes, "Đặt “;” cuối mỗi dòng và “.” cuối dòng cuối.", "End each line with “;” and the last with “.”."),
  };
}

const basisPunctuation: Rule = {
  id: "body.basis-punctuation",
  clause: `${PL}, Mục II.6.a`,
  severity: "error",
  area: "body",
  message: "Sau mỗi căn cứ có dấu chấm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.).",
  messageEn: "Each legal basis ends with “;” and the last one with “.”.",
  fixes: "dấu câu / punctuation",
  check: ({ place }) => {
    // The last basis may end with ";" when a lead-in sentence follows ("… ban hành Kế hoạch như sau:").
    const block = basisBlock(place.body);
    const last = block[block.length - 1];
    const lastOk = last && /[.;]$/.test(last.text.trimEnd());
    const { bad, fix } = listPunctuation(lastOk ? block.slice(0, -1) : block, lastOk);
    return bad.length ? [{ where: many("body", bad), ...(fix && { fix }) }] : [];
  },
};

const addresseeColon = colonRule({
  id: "recipients.addressee-colon",
  clause: `${PL}, Mục II.9.d`,
  area: "recipients",
  block: "addressees",
  word: "Kính gửi",
  wordEn: "Kính gửi",
  pattern: /^(Kính\s*gửi)(\s*)([:.]?)/iu,
  pick: (ctx) => ctx.place.addressees[0],
  spaceAfter: true,
});

const addresseeList: Rule = {
  id: "recipients.addressee-punctuation",
  clause: `${PL}, Mục II.9.d`,
  severity: "error",
  area: "recipients",
  message: "Khi gửi nhiều nơi, mỗi nơi một dòng, đầu dòng có gạch (-), cuối dòng có “;”, dòng cuối có “.”.",
  messageEn: "Several addressees: one per line, each starting “-” and ending “;”, the last ending “.”.",
  fixes: "dấu câu / punctuation",
  check: ({ place }) => {
    // Only the line that ends an addressee is punctuated; a wrapped addressee's first line is not.
    const lines = place.addressees.slice(1).map((s) => s.p);
    const ends = lines.filter((q, i) => i === lines.length - 1 || /^[-–+•]/.test(lines[i + 1].text.trim()));
    const { bad, fix } = listPunctuation(ends);
    return bad.length ? [{ where: many("addressees", bad), ...(fix && { fix }) }] : [];
  },
};

const PREFIX_FORMS: Record<string, string> = {
  "T/M": "TM.",
  "K/T": "KT.",
  "T/L": "TL.",
  "T.M": "TM.",
  "K.T": "KT.",
  "T.L": "TL.",
};

const authorityPrefix: Rule = {
  id: "signature.authority-prefix",
  clause: `${PL}, Mục II.7.b`,
  severity: "error",
  area: "signature",
  message: "Quyền hạn ký ghi bằng chữ viết tắt “TM.”, “KT.”, “TL.”, “TUQ.”, “Q.” (có dấu chấm).",
  messageEn: "The signing authority is abbreviated “TM.”, “KT.”, “TL.”, “TUQ.” or “Q.” (with the full stop).",
  fixes: "chữ viết tắt / abbreviation",
  check: ({ place }) => {
    const s = place.authority[0];
    const m = s && AUTHORITY_PREFIX.exec(s.text);
    if (!s || !m || m[2] === ".") return [];
    const to = PREFIX_FORMS[m[1]] ?? `${m[1]}.`;
    const fix = textFix(
      s.p,
      s.start,
      s.start + m[1].length,
      to.replace(/ $/, ""),
      `Ghi “${to}” thay cho “${m[1]}”.`,
      `Write “${to}” instead of “${m[1]}”.`,
    );
    return [
      {
        where: whereSegment("signature", s),
        detail: `(đang ghi “${m[1]}”.)`,
        detailEn: `(reads “${m[1]}”.)`,
        ...(fix && { fix }),
      },
    ];
  },
};

const titleCase = (name: string): string =>
  name
    .toLocaleLowerCase("vi")
    .split(/(\s+)/)
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join("");

const nameCase: Rule = {
  id: "signature.name-case",
  clause: `${PL}, Mục II.7.đ`,
  severity: "error",
  area: "signature",
  message: "Họ tên người ký trình bày bằng chữ in thường (viết hoa chữ cái đầu mỗi tiếng), không in hoa cả dòng.",
  messageEn: "The signer's name is in lower case with capital initials, not all capitals.",
  fixes: "chữ hoa đầu / capital initials",
  check: ({ place }) => {
    const s = place.signerName;
    if (!s || !isUpper(shownText(s))) return [];
    const caps = textRuns(s).some((r) => r.caps);
    const fix = caps
      ? undefined
      : textFix(s.p, s.start, s.end, titleCase(s.text), `Ghi “${titleCase(s.text)}”.`, `Write “${titleCase(s.text)}”.`);
    return [{ where: whereSegment("signature", s), ...(fix && { fix }) }];
  },
};

const ACADEMIC = /^(GS|PGS|TS|ThS|TSKH|KS|BS|CN|Tiến sĩ|Thạc sĩ|Giáo sư|Phó Giáo sư)(\.|\s)/u;

const nameTitles: Rule = {
  id: "signature.name-without-degrees",
  clause: `${PL}, Mục II.7.c`,
  severity: "warning",
  area: "signature",
  message: "Trước họ tên người ký không ghi học hàm, học vị (trừ ngành được người đứng đầu cho phép).",
  messageEn: "No academic titles or degrees before the signer's name (unless the sector's head allows them).",
  check: ({ place }) =>
    place.signerName && ACADEMIC.test(place.signerName.text)
      ? [{ where: whereSegment("signature", place.signerName) }]
      : [],
};

const signatureCentred: Rule = {
  id: "signature.centred",
  clause: `${PL}, Mục II.7.đ`,
  severity: "error",
  area: "signature",
  message: "Họ tên người ký đặt canh giữa quyền hạn, chức vụ của người ký.",
  messageEn: "The signer's name is centred under the authority and title.",
  fixes: "canh giữa / centre",
  check: ({ place }) => {
    const all = [...place.authority, ...(place.signerName ? [place.signerName] : [])]
      .map((s) => s.p)
      .filter((p) => p.cell);
    const aligns = new Set(all.map((p) => p.align));
    if (all.length < 2 || (aligns.size === 1 && aligns.has("center"))) return [];
    const bad = all.filter((p) => p.align !== "center");
    return [
      {
        where: many("signature", bad),
        fix: paragraphFix(bad, { align: "center" }, "Canh giữa khối chữ ký.", "Centre the signature block."),
      },
    ];
  },
};

const labelColon = colonRule({
  id: "recipients.label-colon",
  clause: `${PL}, Mục II.9.d`,
  area: "recipients",
  block: "recipients",
  word: "Nơi nhận",
  wordEn: "Nơi nhận",
  pattern: /^(N[ơo]i\s*nh[ậa]n)(\s*)([:.]?)/iu,
  pick: (ctx) => ctx.place.recipientsLabel,
  spaceAfter: false,
});

const labelLeft: Rule = {
  id: "recipients.label-flush-left",
  clause: `${PL}, Mục II.9.d`,
  severity: "error",
  area: "recipients",
  message: "Từ “Nơi nhận” trình bày trên một dòng riêng, sát lề trái.",
  messageEn: "“Nơi nhận” stands on its own line, flush left.",
  fixes: "sát lề trái / flush left",
  check: ({ place }) => {
    const s = place.recipientsLabel;
    if (!s || s.start > 0) return [];
    const p = s.p;
    if ((p.align === "left" || p.align === "justify") && firstLinePosition(p) <= 0 && p.leftIndentTwips <= 0) return [];
    return [
      {
        where: whereSegment("recipients", s),
        fix: paragraphFix(
          [p],
          { align: "left", firstLineTwips: 0, leftIndentTwips: 0 },
          "Đặt “Nơi nhận:” sát lề trái.",
          "Put “Nơi nhận:” flush left.",
        ),
      },
    ];
  },
};

const items = (ctx: Parameters<Rule["check"]>[0]) => ctx.place.recipients.filter((s) => s !== ctx.place.archive);
const DASH = /^[-]\s*/;
const OTHER_BULLET = /^[–—+•*·]\s*/;

const itemDash: Rule = {
  id: "recipients.item-dash",
  clause: `${PL}, Mục II.9.d`,
  severity: "error",
  area: "recipients",
  message: "Mỗi nơi nhận trình bày trên một dòng riêng, đầu dòng có gạch đầu dòng (-).",
  messageEn: "Each recipient is on its own line starting with a hyphen (-).",
  fixes: "gạch đầu dòng / hyphen",
  check: (ctx) => {
    const list = [...items(ctx), ...(ctx.place.archive ? [ctx.place.archive] : [])];
    const bad = list.filter((s) => !DASH.test(s.text) && !(s.p.listLabel ?? "").includes("-"));
    if (!bad.length) return [];
    const fix = merge(
      bad.map((s) => {
        const other = OTHER_BULLET.exec(s.text);
        return other
          ? textFix(s.p, s.start, s.start + 1, "-", "", "")
          : textFix(s.p, s.start, s.start + 1, `- ${s.text.charAt(0)}`, "", "");
      }),
      "Đặt gạch đầu dòng “-” cho từng nơi nhận.",
      "Start each recipient with “-”.",
    );
    return [
      {
        where: many(
          "recipients",
          bad.map((s) => s.p),
        ),
        ...(fix && { fix }),
      },
    ];
  },
};

const itemSemicolon: Rule = {
  id: "recipients.item-semicolon",
  clause: `${PL}, Mục II.9.d`,
  severity: "error",
  area: "recipients",
  message: "Cuối mỗi dòng nơi nhận có dấu chấm phẩy (;).",
  messageEn: "Each recipient line ends with a semicolon.",
  fixes: "dấu chấm phẩy / semicolon",
  check: (ctx) => {
    const bad = items(ctx).filter((s) => !s.text.endsWith(";"));
    if (!bad.length) return [];
    const fix = merge(
      bad.map((s) => endWith(s.p, ";")),
      "Đặt “;” cuối mỗi dòng nơi nhận.",
      "End each recipient line with “;”.",
    );
    return [
      {
        where: many(
          "recipients",
          bad.map((s) => s.p),
        ),
        ...(fix && { fix }),
      },
    ];
  },
};

const archiveMissing: Rule = {
  id: "recipients.archive",
  clause: `${PL}, Mục II.9.d`,
  severity: "error",
  area: "recipients",
  message: "Dòng cuối cùng của nơi nhận là “- Lưu: VT, …”.",
  messageEn: "The last recipient line is “- Lưu: VT, …”.",
  check: ({ place }) =>
    place.recipientsLabel && !place.archive ? [{ where: whereSegment("recipients", place.recipientsLabel) }] : [],
};

const archiveColon = colonRule({
  id: "recipients.archive-colon",
  clause: `${PL}, Mục II.9.d`,
  area: "recipients",
  block: "archive",
  word: "Lưu",
  wordEn: "Lưu",
  pattern: /^([-–—+•]?\s*L[ưu]u)(\s*)([:.,]?)/iu,
  pick: (ctx) => ctx.place.archive,
  spaceAfter: true,
});

const archiveVt: Rule = {
  id: "recipients.archive-vt",
  clause: `${PL}, Mục II.9.d`,
  severity: "error",
  area: "recipients",
  message: "Dòng lưu ghi “Lưu: VT, …” (chữ viết tắt Văn thư đứng đầu).",
  messageEn: "The archive line reads “Lưu: VT, …” (the records office first).",
  check: ({ place }) => {
    const s = place.archive;
    if (!s) return [];
    const after = s.text.replace(/^[-–—+•]?\s*L[ưu]u\s*[:.,]?\s*/iu, "");
    return /^VT\b/.test(after)
      ? []
      : [{ where: whereSegment("archive", s), detail: `(đang ghi “${s.text}”.)`, detailEn: `(reads “${s.text}”.)` }];
  },
};

const archivePeriod: Rule = {
  id: "recipients.archive-full-stop",
  clause: `${PL}, Mục II.9.d`,
  severity: "error",
  area: "recipients",
  message: "Dòng “Lưu: VT, …” kết thúc bằng dấu chấm (.).",
  messageEn: "The “Lưu: VT, …” line ends with a full stop.",
  fixes: "dấu chấm / full stop",
  check: ({ place }) => {
    const s = place.archive;
    if (!s || s.text.endsWith(".")) return [];
    const fix = endWith(s.p, ".");
    return [
      {
        where: whereSegment("archive", s),
        ...(fix && {
          fix: {
            ...fix,
            description: "Đặt dấu chấm cuối dòng “Lưu”.",
            descriptionEn: "End the “Lưu” line with a full stop.",
          },
        }),
      },
    ];
  },
};

const asAbove: Rule = {
  id: "recipients.as-above",
  clause: `${PL}, Mục II.9.b`,
  severity: "error",
  area: "recipients",
  message: "Văn bản có “Kính gửi” thì phần “Nơi nhận” bắt đầu bằng “- Như trên;”.",
  messageEn: "With “Kính gửi”, the “Nơi nhận” list starts with “- Như trên;”.",
  check: ({ place }) => {
    if (!place.addressees.length || !place.recipientsLabel) return [];
    const first = place.recipients[0];
    // "Như kính gửi" is the common variant of "Như trên" and names the same addressees.
    const asAbove = (text: string) => /\bnhu (tren|kinh gui)\b/.test(fold(text));
    return asAbove(place.recipientsLabel.text) || (first && asAbove(first.text))
      ? []
      : [{ where: whereSegment("recipients", place.recipientsLabel) }];
  },
};

const recipientsMissing: Rule = {
  id: "recipients.missing",
  clause: "Nghị định 30/2020/NĐ-CP, Điều 8 và Phụ lục I, Mục II.9",
  severity: "error",
  area: "recipients",
  message: "Không thấy phần “Nơi nhận:”, một thành phần chính của văn bản.",
  messageEn: "No “Nơi nhận:” block, one of the main elements of a document.",
  check: ({ place, layout }) =>
    place.recipientsLabel
      ? []
      : [{ where: { block: "recipients", part: "body", paragraph: layout.paragraphs.length - 1 } }],
};

const numberMissing: Rule = {
  id: "header.number-missing",
  clause: "Nghị định 30/2020/NĐ-CP, Điều 8 và Phụ lục I, Mục II.3",
  severity: "error",
  area: "header",
  message: "Không thấy số, ký hiệu văn bản (“Số: …/…”) dưới tên cơ quan ban hành.",
  messageEn: "No number and symbol (“Số: …/…”) under the issuing agency.",
  check: ({ place }) =>
    place.number || !place.nationalTitle ? [] : [{ where: whereSegment("national-title", place.nationalTitle) }],
};

export const CONTENT_RULES: Rule[] = [
  ...subjectRules,
  subjectLowerCase,
  justified,
  firstLine,
  firstLineValue,
  spacing,
  lineSpacing,
  closing,
  ...headingRules(),
  pointOrder,
  basisItalic,
  basisPunctuation,
  addresseeColon,
  addresseeList,
  authorityPrefix,
  nameCase,
  nameTitles,
  signatureCentred,
  labelColon,
  labelLeft,
  itemDash,
  itemSemicolon,
  archiveMissing,
  archiveColon,
  archiveVt,
  archivePeriod,
  asAbove,
  recipientsMissing,
  numberMissing,
];
