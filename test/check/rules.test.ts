/**
 * Every rule, one at a time: a compliant document does not trip it; the same document with one thing broken does;
 * and where the rule has a safe fix, the fixed document passes that rule, keeps every word, and validates against
 * the ECMA-376 schemas.
 */
import { RULES } from "../../src/core/check";
import { ELEMENTS } from "../../src/core/check/rules/typography";
import { checkDocx, fixDocx } from "../../src/docx";
import { validateWmlParts } from "../support/ooxmlSchema";
import { Parts, baseParts, editParagraph, editSection, p, textOf, words, zipParts } from "./fixture";

type Break = (parts: Parts) => Parts;

const at =
  (needle: string, edit: (x: string) => string, part?: string): Break =>
  (parts) =>
    editParagraph(parts, needle, edit, part);
const replaceText = (from: string, to: string): Break =>
  at(
    from,
    p.text((t) => t.replace(from, to)),
  );
const section =
  (edit: (s: string) => string): Break =>
  (parts) =>
    editSection(parts, edit);
const HEADER = "word/header1.xml";

/** The n-th rule paragraph (a bottom border) of document.xml: 0 issuer, 1 motto, 2 subject. */
function nthRule(n: number, edit: (p: string) => string): Break {
  return (parts) => {
    let seen = -1;
    const xml = parts["word/document.xml"].replace(/<w:p>(?:(?!<w:p>)[\s\S])*?<\/w:p>/g, (para) => {
      if (!para.includes("<w:pBdr>")) return para;
      seen++;
      return seen === n ? edit(para) : para;
    });
    return { ...parts, "word/document.xml": xml };
  };
}
const shorten = (para: string) => para.replace(/w:left="\d+" w:right="\d+"/, 'w:left="2000" w:right="2000"');

/** Moves the place-and-date line up beside the motto, off the number's row. */
const dateOffNumberRow: Break = (parts) => {
  let date = "";
  const cut = editParagraph(parts, "Tây Ninh, ngày", (x) => ((date = x), "<w:p/>"));
  return editParagraph(cut, "Độc lập", (x) => x + date);
};

/** A long document without page numbers. */
const longWithoutNumbers: Break = (parts) => {
  const body = "được các cơ quan ghi nhận";
  let copy = "";
  const marked = editParagraph(parts, body, (x) => ((copy = x), x));
  const long = editParagraph(marked, body, (x) => x + copy.repeat(60));
  return editSection(long, (s) => s.replace(/<w:headerReference [^>]*\/>/g, "").replace("<w:titlePg/>", ""));
};

const BREAKS: Record<string, Break> = {
  "page.paper-a4": section((s) => s.replace(/<w:pgSz [^>]*\/>/, '<w:pgSz w:w="12240" w:h="15840"/>')),
  "page.orientation": section((s) =>
    s.replace(/<w:pgSz [^>]*\/>/, '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'),
  ),
  "page.margin-top": section((s) => s.replace(/w:top="\d+"/, 'w:top="850"')),
  "page.margin-bottom": section((s) => s.replace(/w:bottom="\d+"/, 'w:bottom="1700"')),
  "page.margin-left": section((s) => s.replace(/w:left="\d+"/, 'w:left="1418"')),
  "page.margin-right": section((s) => s.replace(/w:right="\d+"/, 'w:right="567"')),
  "page.number-first-page": section((s) => s.replace("<w:titlePg/>", "")),
  "page.number-in-header": section((s) =>
    s.replace('<w:headerReference w:type="default"', '<w:footerReference w:type="default"'),
  ),
  "page.number-centred": at("1", p.align("left"), HEADER),
  "page.number-size": at("1", p.size(11), HEADER),
  "page.number-upright": at("1", p.italic(true), HEADER),
  "page.number-missing": longWithoutNumbers,
  "font.unicode": at("được các cơ quan ghi nhận", p.font(".VnTime")),
  "font.times-new-roman": at("được các cơ quan ghi nhận", p.font("Arial")),
  "font.black": at("được các cơ quan ghi nhận", p.color("FF0000")),
  "header.national-title-wording": replaceText("NGHĨA", "NGHIÃ"),
  "header.national-title-one-line": at("CỘNG HÒA", p.size(14)),
  "header.motto-wording": replaceText("Hạnh phúc", "Hanh phúc"),
  "header.motto-dashes": replaceText("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"),
  "header.motto-capitals": replaceText("Độc lập - Tự do - Hạnh phúc", "Độc Lập - Tự Do - Hạnh Phúc"),
  "header.motto-rule": nthRule(1, p.noBorder()),
  "header.motto-rule-length": nthRule(1, shorten),
  "header.issuer-rule": nthRule(0, p.noBorder()),
  "header.issuer-rule-length": nthRule(0, (x) => x.replace(/w:left="\d+" w:right="\d+"/, 'w:left="100" w:right="100"')),
  "header.number-colon": replaceText("Số: 05", "Số 05"),
  "header.number-word-case": replaceText("Số:", "SỐ:"),
  "header.number-leading-zero": replaceText("05/TB", "5/TB"),
  "header.symbol-spacing": replaceText("05/TB-TTr", "05/TB - TTr"),
  "header.symbol-type": replaceText("05/TB-TTr", "05/KH-TTr"),
  "header.number-centred": at("Số:", p.align("left")),
  "header.place-comma": replaceText("Tây Ninh, ngày", "Tây Ninh ngày"),
  "header.date-day-zero": replaceText("ngày 05", "ngày 5"),
  "header.date-month-zero": replaceText("tháng 02", "tháng 2"),
  "header.date-month-no-zero": replaceText("tháng 02", "tháng 06"),
  "header.date-in-words": replaceText("Tây Ninh, ngày 05 tháng 02 năm 2026", "Tây Ninh, 05/02/2026"),
  "header.place-full-name": replaceText("Tây Ninh, ngày", "TP. Tây Ninh, ngày"),
  "header.place-capital": replaceText("Tây Ninh, ngày", "tây Ninh, ngày"),
  "header.date-beside-number": dateOffNumberRow,
  "header.place-date-centred": at("Tây Ninh, ngày", p.align("left")),
  "title.subject-rule": nthRule(2, p.noBorder()),
  "title.subject-rule-length": nthRule(2, (x) =>
    x.replace(/w:left="\d+" w:right="\d+"/, 'w:left="4200" w:right="4200"'),
  ),
  "title.subject-lower-case": at(
    "Kết luận của Chánh",
    p.text((t) => t.toLocaleUpperCase("vi")),
  ),
  "body.justified": at("được các cơ quan ghi nhận", p.align("left")),
  "body.first-line-indent": at("được các cơ quan ghi nhận", p.ind('w:firstLine="0"')),
  "body.first-line-indent-value": at("được các cơ quan ghi nhận", p.ind('w:firstLine="709"')),
  "body.paragraph-spacing": at("được các cơ quan ghi nhận", p.spacing('w:before="0" w:after="0"')),
  "body.line-spacing": at("được các cơ quan ghi nhận", p.spacing('w:line="480" w:lineRule="auto"')),
  "body.closing": replaceText("./.", "."),
  "body.part-heading-centred": at("Phần I", p.align("left")),
  "body.part-heading-bold": at("Phần I", p.bold(false)),
  "body.part-heading-roman": replaceText("Phần I", "Phần 1"),
  "body.roman-heading-bold": at("I. NHỮNG", p.bold(false)),
  "body.roman-heading-upper": replaceText("NHỮNG KẾT QUẢ ĐẠT ĐƯỢC", "Những kết quả đạt được"),
  "body.article-bold": at("Điều 1.", p.bold(false)),
  "body.article-full-stop": replaceText("Điều 1. Phạm", "Điều 1 Phạm"),
  "body.point-order": replaceText("c) Báo cáo", "d) Báo cáo"),
  "body.basis-italic": at("Căn cứ Luật", p.italic(false)),
  "body.basis-punctuation": replaceText("năm 2022;", "năm 2022,"),
  "recipients.addressee-colon": replaceText("Kính gửi:", "Kính gửi"),
  "recipients.addressee-punctuation": replaceText("- Sở Tài chính;", "- Sở Tài chính,"),
  "signature.authority-prefix": replaceText("KT. CHÁNH", "K/T CHÁNH"),
  "signature.name-case": replaceText("Nguyễn Văn An", "NGUYỄN VĂN AN"),
  "signature.name-without-degrees": replaceText("Nguyễn Văn An", "TS. Nguyễn Văn An"),
  "signature.centred": at("Nguyễn Văn An", p.align("left")),
  "recipients.label-colon": replaceText("Nơi nhận:", "Nơi nhận"),
  "recipients.label-flush-left": at("Nơi nhận", p.align("center")),
  "recipients.item-dash": replaceText("- Các phòng nghiệp vụ;", "+ Các phòng nghiệp vụ;"),
  "recipients.item-semicolon": replaceText("- Văn phòng;", "- Văn phòng"),
  "recipients.archive": replaceText("- Lưu: VT, NV.", "- Phòng Tổng hợp;"),
  "recipients.archive-colon": replaceText("Lưu: VT", "Lưu VT"),
  "recipients.archive-vt": replaceText("Lưu: VT, NV.", "Lưu: NV."),
  "recipients.archive-full-stop": replaceText("VT, NV.", "VT, NV"),
  "recipients.as-above": replaceText("- Như trên;", "- Các sở;"),
  "recipients.missing": replaceText("Nơi nhận:", "Gửi kèm:"),
  "header.number-missing": replaceText("Số: 05/TB-TTr", "05/TB-TTr"),
};

/** A text in each element of the base document, for the rules generated from the typography table. */
const NEEDLE: Record<string, string> = {
  "national-title": "CỘNG HÒA",
  motto: "Độc lập",
  "parent-agency": "UBND TỈNH",
  "issuing-agency": "THANH TRA TỈNH",
  number: "Số:",
  "place-date": "Tây Ninh, ngày",
  "document-type": "THÔNG BÁO",
  subject: "Kết luận của Chánh",
  "official-letter-subject": "V/v",
  addressees: "Kính gửi",
  authority: "KT. CHÁNH",
  "signer-name": "Nguyễn Văn An",
  label: "Nơi nhận",
  items: "- Văn phòng;",
  drafter: "M.AN",
  body: "được các cơ quan ghi nhận",
};

for (const spec of ELEMENTS) {
  const needle = NEEDLE[spec.id];
  const id = (suffix: string) => `${spec.area}.${spec.id}-${suffix}`;
  if (spec.size) BREAKS[id("size")] = at(needle, p.size(spec.size[1] + 3));
  if (spec.bold === true) BREAKS[id("bold")] = at(needle, p.bold(false));
  if (spec.bold === false) BREAKS[id("not-bold")] = at(needle, p.bold(true));
  if (spec.italic === true) BREAKS[id("italic")] = at(needle, p.italic(false));
  if (spec.italic === false) BREAKS[id("upright")] = at(needle, p.italic(true));
  if (spec.upper)
    BREAKS[id("upper")] = at(
      needle,
      p.text((t) => t.toLocaleLowerCase("vi")),
    );
  if (spec.centred) BREAKS[id("centred")] = at(needle, p.align("left"));
}

/** Rules whose fix the break above cannot exercise, and why. */
const NOT_FIXED_HERE: Record<string, string> = {};

const base = baseParts();
const fixedParts: Array<{ name: string; xml: string }> = [];

test("every rule has a case here, and there are at least 60", () => {
  expect(RULES.length).toBeGreaterThanOrEqual(60);
  expect(RULES.map((r) => r.id).filter((id) => !BREAKS[id])).toEqual([]);
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
});

test("the compliant document has no finding at all", () => {
  expect(checkDocx(zipParts(base)).report.findings).toEqual([]);
});

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  const broken = zipParts(BREAKS[id](base));
  const report = checkDocx(broken).report;
  const hit = report.findings.find((f) => f.rule === id);

  test("a document that breaks it is reported; the compliant one is not", () => {
    expect(checkDocx(zipParts(base)).report.findings.some((f) => f.rule === id)).toBe(false);
    expect(hit).toBeDefined();
    expect(hit?.severity).toBe(rule.severity);
    expect(hit?.clause).toMatch(/Nghị định 30|Hướng dẫn/);
  });

  if (rule.fixes && !NOT_FIXED_HERE[id]) {
    test("its safe fix clears it, keeps every word and validates", () => {
      expect(hit?.fixable).toBe(true);
      const fixed = fixDocx(broken);
      expect(fixed.failed).toEqual([]);
      expect(fixed.after.findings.some((f) => f.rule === id)).toBe(false);
      expect(words(textOf(fixed.bytes))).toEqual(words(textOf(broken)));
      for (const [name, xml] of fixed.changed) fixedParts.push({ name: `${id}:${name}`, xml });
    });
  }
});

test("every fixed part validates against ECMA-376", async () => {
  expect(fixedParts.length).toBeGreaterThan(50);
  expect(await validateWmlParts(fixedParts)).toEqual([]);
}, 120000);

test("sizes in the Vietnamese message and fix are written with a decimal comma", () => {
  const parts = editParagraph(baseParts(), "THÔNG BÁO", p.size(14.5));
  const report = checkDocx(zipParts(parts)).report;
  const hit = report.findings.find((f) => f.rule === "title.document-type-size");
  expect(hit?.message).toContain("(đang là 14,5 pt.)");
  expect(hit?.messageEn).toContain("(now 14.5 pt.)");
});
