/**
 * A compliant document with every element the Decree 30 check looks at, written by the project's own writer
 * (so it validates against ECMA-376), and small edits on its XML that break one rule at a time.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DocumentModel, Paragraph, TaggedBlock, paragraph, text } from "../../src/core/model";
import { EMPTY_PROFILE, AgencyProfile } from "../../src/core/profile";
import { bodyDefaults, headerBlock, pageSetup, signatureBlock, titleBlock } from "../../src/core/templates";
import { readLayout } from "../../src/docx/layout";
import { unzipXmlParts } from "../../src/docx/packageParts";
import { writeDocx } from "../../src/ooxml";

export const PROFILE: AgencyProfile = {
  ...EMPTY_PROFILE,
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  place: "Tây Ninh",
  signerAuthority: "KT.",
  headTitle: "CHÁNH THANH TRA",
  signerTitle: "PHÓ CHÁNH THANH TRA",
  signerName: "Nguyễn Văn An",
  recipients: ["Các phòng nghiệp vụ", "Văn phòng"],
  archive: "VT, NV",
  drafterInitials: "M.An",
  copies: "10",
};

const LONG =
  "Thanh tra tỉnh đã tổ chức thực hiện nghiêm túc các nhiệm vụ được giao, bảo đảm đúng tiến độ và chất lượng theo kế hoạch đề ra";

const body = (value: string, props: Omit<Paragraph, "kind" | "runs"> = {}) => paragraph([text(value)], props);
const bold = (value: string, props: Omit<Paragraph, "kind" | "runs"> = {}) =>
  paragraph([text(value, { bold: true })], props);
const centred = { align: "center", firstLineIndentTwips: 0 } as const;

/** The body: addressees, legal bases, a part, an article, points, a Roman heading, running text, the closing. */
function bodyBlock(): TaggedBlock {
  return {
    name: "scaffold",
    title: "Nội dung",
    blocks: [
      body("Kính gửi:", { align: "center", firstLineIndentTwips: 0 }),
      body("- Sở Tài chính;", { firstLineIndentTwips: 0, leftIndentTwips: 2835 }),
      body("- Sở Xây dựng.", { firstLineIndentTwips: 0, leftIndentTwips: 2835 }),
      paragraph([text("Căn cứ Luật Thanh tra ngày 14 tháng 11 năm 2022;", { italic: true })]),
      paragraph([text("Căn cứ Kế hoạch công tác năm 2026 của Thanh tra tỉnh.", { italic: true })]),
      bold("Phần I", centred),
      bold("KẾT QUẢ THỰC HIỆN", centred),
      bold("Điều 1. Phạm vi áp dụng"),
      body(`${LONG}, được các cơ quan ghi nhận.`),
      body("a) Rà soát hồ sơ;"),
      body("b) Tổng hợp kết quả;"),
      body("c) Báo cáo Chánh Thanh tra."),
      bold("I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC"),
      body(`${LONG}; các phòng phối hợp chặt chẽ, kịp thời báo cáo khó khăn, vướng mắc.`),
      body(`Trên đây là thông báo kết luận; ${LONG.toLocaleLowerCase("vi")}./.`),
    ],
  };
}

export function baseModel(): DocumentModel {
  const header = headerBlock({
    profile: PROFILE,
    typeAbbreviation: "TB",
    number: 5,
    date: { year: 2026, month: 2, day: 5 },
    officialLetterSubject: "thông báo kết quả",
  });
  const title = titleBlock({
    typeName: "THÔNG BÁO",
    subject: "Kết luận của Chánh Thanh tra tại cuộc họp giao ban",
    subjectGuidance: "",
    contentWidthTwips: 9071,
  });
  return {
    page: pageSetup(PROFILE),
    defaults: bodyDefaults(PROFILE),
    body: [header, title, bodyBlock(), signatureBlock({ profile: PROFILE, withAsAbove: true })],
  };
}

export type Parts = Record<string, string>;

export function baseParts(): Parts {
  const files = unzipSync(writeDocx(baseModel()));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

export const zipParts = (parts: Parts): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));

const PARAGRAPH = /<w:p>(?:(?!<w:p>)[\s\S])*?<\/w:p>/g;

/** Rewrites the first paragraph of document.xml whose text contains `needle`. */
export function editParagraph(
  parts: Parts,
  needle: string,
  edit: (p: string) => string,
  part = "word/document.xml",
): Parts {
  let done = false;
  const xml = parts[part].replace(PARAGRAPH, (p) => {
    const plain = [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    if (done || !plain.includes(needle)) return p;
    done = true;
    return edit(p);
  });
  if (!done) throw new Error(`no paragraph contains “${needle}”`);
  return { ...parts, [part]: xml };
}

/** Edits on one paragraph's XML as the project's writer lays it out (rPr: rFonts, b, bCs, i, iCs, color, sz, szCs, u, lang). */
export const p = {
  size: (pt: number) => (x: string) =>
    x
      .replace(/<w:sz w:val="\d+"\/><w:szCs w:val="\d+"\/>/g, "")
      .replace(
        /(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*?)(<w:u |<w:lang |<\/w:rPr>)/g,
        `$1<w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/>$2`,
      ),
  bold: (on: boolean) => (x: string) => {
    const off = x.replace(/<w:b\/><w:bCs\/>/g, "");
    return on ? off.replace(/(<w:rFonts [^>]*\/>)/g, "$1<w:b/><w:bCs/>") : off;
  },
  italic: (on: boolean) => (x: string) => {
    const off = x.replace(/<w:i\/><w:iCs\/>/g, "");
    return on ? off.replace(/(<w:rFonts [^>]*\/>(?:<w:b\/><w:bCs\/>)?)/g, "$1<w:i/><w:iCs/>") : off;
  },
  text: (edit: (t: string) => string) => (x: string) =>
    x.replace(/(<w:t[^>]*>)([^<]*)(<\/w:t>)/g, (_, a: string, t: string, b: string) => `${a}${edit(t)}${b}`),
  /** Sets w:jc (pPr order: keepNext, pBdr, spacing, ind, jc, outlineLvl, rPr). */
  align: (val: string) => (x: string) =>
    /<w:jc /.test(x)
      ? x.replace(/<w:jc w:val="[^"]*"\/>/, `<w:jc w:val="${val}"/>`)
      : x.replace(/(<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?)(<w:outlineLvl|<w:rPr>)/, `$1<w:jc w:val="${val}"/>$2`),
  ind: (attrs: string) => (x: string) =>
    /<w:ind /.test(x)
      ? x.replace(/<w:ind [^>]*\/>/, `<w:ind ${attrs}/>`)
      : x.replace(/(<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?)(<w:jc |<w:outlineLvl|<w:rPr>)/, `$1<w:ind ${attrs}/>$2`),
  spacing: (attrs: string) => (x: string) =>
    /<w:spacing /.test(x)
      ? x.replace(/<w:spacing [^>]*\/>/, `<w:spacing ${attrs}/>`)
      : x.replace(
          /(<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?)(<w:ind |<w:jc |<w:outlineLvl|<w:rPr>)/,
          `$1<w:spacing ${attrs}/>$2`,
        ),
  font: (name: string) => (x: string) =>
    x.replace(
      /<w:rFonts [^>]*\/>/g,
      `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:eastAsia="${name}" w:cs="${name}"/>`,
    ),
  color: (hex: string) => (x: string) =>
    x.replace(/(<w:rFonts [^>]*\/>(?:<w:b\/><w:bCs\/>)?(?:<w:i\/><w:iCs\/>)?)/g, `$1<w:color w:val="${hex}"/>`),
  noBorder: () => (x: string) => x.replace(/<w:pBdr>[\s\S]*?<\/w:pBdr>/, ""),
};

/** Edits the body's final section properties. */
export function editSection(parts: Parts, edit: (sectPr: string) => string): Parts {
  const xml = parts["word/document.xml"].replace(/<w:sectPr>[\s\S]*<\/w:sectPr>/, (s) => edit(s));
  return { ...parts, "word/document.xml": xml };
}

/** The words of a document's text (letters and digits), for “no word was changed” checks; case folded. */
export function words(text: string): string[] {
  return (
    text
      .replace(/(\p{L})\/(\p{L})/gu, "$1$2")
      .toLocaleLowerCase("vi")
      .match(/[\p{L}\d]+/gu) ?? []
  ).map((w) => w.replace(/^0+(?=\d)/, ""));
}

/** The text of a .docx as the check reads it: body paragraphs, then every header and footer. */
export function textOf(bytes: Uint8Array): string {
  const { layout } = readLayout(unzipXmlParts(bytes).parts);
  return [...layout.paragraphs, ...layout.sections.flatMap((s) => s.headers.flatMap((h) => h.paragraphs))]
    .map((q) => q.text)
    .join("\n");
}
