/**
 * The real issued documents of the Lào Cai corpus: every finding the check reports, pinned, each judged in
 * test/check/CORPUS.md (true, false or debatable). A false error on a real document is a bug, so a new error here
 * must be judged before this list changes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkDocx, fixDocx } from "../../src/docx";
import { unzipXmlParts } from "../../src/docx/packageParts";
import { validateWmlParts } from "../support/ooxmlSchema";
import { textOf, words } from "./fixture";

const DIR = path.resolve(__dirname, "../fixtures/corpus/lao-cai");

const EXPECTED: Record<string, string[]> = {
  "bien-ban-lam-viec-lien-nganh-ccn": [
    "error page.paper-a4",
    "error body.roman-heading-upper",
    "error recipients.missing",
    "error header.number-missing",
    "error header.national-title-size",
    "warning page.number-missing",
    "warning header.motto-rule-length",
    "warning body.first-line-indent-value",
  ],
  "cong-van-don-doc-tien-do-ha-tang-ccn-bao-cao-hang-tuan": [
    "error recipients.items-size",
    "warning font.times-new-roman",
    "warning body.first-line-indent-value",
  ],
  "cong-van-ubnd-tinh-chi-dao": [
    "error header.national-title-size",
    "error header.issuing-agency-size",
    "error header.number-size",
    "error recipients.items-size",
    "warning body.first-line-indent-value",
  ],
  "cong-van-vp-ubnd-truyen-dat": [
    "error page.margin-top",
    "error page.margin-bottom",
    "error page.margin-left",
    "error body.justified",
    "error body.paragraph-spacing",
    "error header.issuing-agency-size",
    "error header.number-size",
    "warning body.first-line-indent-value",
  ],
  "giay-moi-hop-ubnd": [
    "error font.black",
    "error header.national-title-size",
    "error header.issuing-agency-size",
    "error header.number-size",
    "error title.document-type-size",
    "error recipients.items-size",
    "warning page.number-missing",
    "warning body.first-line-indent-value",
  ],
  "ke-hoach-thuc-hien-de-an-08": [
    "error page.margin-top",
    "error page.number-size",
    "error body.basis-italic",
    "error body.basis-punctuation",
  ],
  "thong-bao-ket-luan-ubnd": [
    "error page.margin-bottom",
    "error header.national-title-size",
    "error header.parent-agency-size",
    "error header.issuing-agency-size",
    "error header.number-size",
    "warning header.issuer-rule-length",
    "warning body.first-line-indent-value",
  ],
};

test.each(Object.keys(EXPECTED))("%s: the judged findings, no other", (name) => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, `${name}.docx`)));
  const { report } = checkDocx(bytes);
  expect(report.placed).toBe("administrative");
  expect(report.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(EXPECTED[name]);
});

test("every corpus document is covered", () => {
  const names = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".docx"))
    .map((f) => f.replace(/\.docx$/, ""));
  expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
});

/** Schema errors of parts, without the part's name and line, to compare a part before and after a fix. */
async function schemaErrors(parts: Array<{ name: string; xml: string }>): Promise<Set<string>> {
  return new Set((await validateWmlParts(parts)).map((e) => e.replace(/^[^ ]*?:\d+: /, "")));
}

test.each(Object.keys(EXPECTED))(
  "%s: the safe fixes clear their findings, keep every word and add no schema error",
  async (name) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, `${name}.docx`)));
    const before = checkDocx(bytes).report.findings;
    const fixed = fixDocx(bytes);
    expect(fixed.failed).toEqual([]);
    expect(fixed.applied.length).toBe(before.filter((f) => f.fixable).length);
    expect(fixed.after.findings.filter((f) => f.fixable)).toEqual([]);
    expect(words(textOf(fixed.bytes))).toEqual(words(textOf(bytes)));
    // Real files carry Word's own extensions (w14:paraId, mc:Ignorable) that the plain ECMA-376 schemas reject:
    // a fix may leave those, never add an error of its own.
    const original = unzipXmlParts(bytes).parts;
    const names = [...fixed.changed.keys()].filter((n) => n.startsWith("word/"));
    const was = await schemaErrors(names.map((n) => ({ name: n, xml: original.get(n) ?? "" })));
    const now = await schemaErrors(names.map((n) => ({ name: n, xml: fixed.changed.get(n) ?? "" })));
    expect([...now].filter((e) => !was.has(e))).toEqual([]);
  },
  60000,
);
