/**
 * The clerk's open document, as the tests stand it in for Word: a blank document whose styles are Word's
 * defaults (or a clerk's own Normal), and the merge `insertOoxml` performs when the pane sends a flat package.
 *
 * Word's defaults, from a Word-made styles.xml (Word 2016 and later, e.g. accordproject/cicero-word-add-in
 * src/constants/spec/StylesSpec.js): document defaults Calibri (theme minor font) 11 pt, 8 pt after, line 259/240
 * (1.08); Normal states nothing of its own; "Normal Table" pads cells 108 tw left and right. Microsoft 365 since
 * 2023 uses Aptos 12 pt, line 278/240 and kerning. Many Vietnamese offices set Normal to Times New Roman 14.
 *
 * What insertOoxml does with the package's styles (Microsoft, "Understand when and how to use Office Open XML in
 * your Word add-in", Working with styles): a style already in the destination keeps the destination's definition;
 * a style the destination lacks is added from the package. Document defaults never travel. So the merge below keeps
 * the host's styles.xml, appends only the package's styles whose id the host lacks, and puts the package's body
 * where the cursor is: at the start of the blank document's one empty paragraph, which stays after the insert.
 */
import { strToU8, zipSync } from "fflate";
import { PageSetup } from "../../src/core/model";
import { flatPackageParts } from "../../src/ooxml";
import { sectionXml } from "../../src/ooxml/body";
import { CONTENT_TYPE, NS, REL_TYPE, XML_DECLARATION } from "../../src/ooxml/xml";

export type HostKind = "word-default" | "aptos-12" | "times-14";

export const HOST_KINDS: ReadonlyArray<{ kind: HostKind; title: string }> = [
  { kind: "word-default", title: "Word's default blank document (Calibri 11, 8 pt after, line 1.08)" },
  { kind: "aptos-12", title: "Microsoft 365 blank document (Aptos 12, 8 pt after, line 1.16, kerning)" },
  { kind: "times-14", title: "a clerk's document whose Normal is Times New Roman 14, justified, 1.5 lines" },
];

const THEME_FONTS =
  '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>';
const LANG = '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>';

/** docDefaults and the Normal style of each host, as Word writes them. */
const DEFAULTS: Record<HostKind, { rPr: string; pPr: string; normal: string }> = {
  "word-default": {
    rPr: `${THEME_FONTS}<w:sz w:val="22"/><w:szCs w:val="22"/>${LANG}`,
    pPr: '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/>',
    normal: "",
  },
  "aptos-12": {
    rPr: `${THEME_FONTS}<w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>${LANG}`,
    pPr: '<w:spacing w:after="160" w:line="278" w:lineRule="auto"/>',
    normal: "",
  },
  "times-14": {
    rPr: `${THEME_FONTS}<w:sz w:val="22"/><w:szCs w:val="22"/>${LANG}`,
    pPr: '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/>',
    normal:
      '<w:pPr><w:spacing w:before="120" w:after="120" w:line="360" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr>' +
      '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>',
  },
};

export function hostStylesXml(kind: HostKind): string {
  const { rPr, pPr, normal } = DEFAULTS[kind];
  return (
    `${XML_DECLARATION}<w:styles xmlns:w="${NS.w}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${rPr}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>${pPr}</w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>${normal}</w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>` +
    `<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
    `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `</w:styles>`
  );
}

/** settings.xml of a Word 2016+ blank document: the compatibility options that change layout. */
export function hostSettingsXml(): string {
  const compat = [
    ["compatibilityMode", "15"],
    ["overrideTableStyleFontSizeAndJustification", "1"],
    ["enableOpenTypeFeatures", "1"],
    ["doNotFlipMirrorIndents", "1"],
    ["differentiateMultirowTableHeaders", "1"],
  ]
    .map(
      ([name, val]) =>
        `<w:compatSetting w:name="${name}" w:uri="http://schemas.microsoft.com/office/word" w:val="${val}"/>`,
    )
    .join("");
  return (
    `${XML_DECLARATION}<w:settings xmlns:w="${NS.w}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
    `<w:characterSpacingControl w:val="doNotCompress"/><w:compat>${compat}</w:compat></w:settings>`
  );
}

/** The body of a package's document.xml, without section properties (insertOoxml keeps the host's sections). */
function packageBody(pkg: Map<string, string>): string {
  const document = pkg.get("/word/document.xml");
  if (!document) throw new Error("the package has no /word/document.xml");
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1];
  if (body === undefined) throw new Error("the package's document.xml has no body");
  return body.replace(/<w:sectPr[\s\S]*?<\/w:sectPr>\s*$/, "");
}

const styleIds = (styles: string): Set<string> =>
  new Set([...styles.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"/g)].map((m) => m[1]));

/** Styles the package defines and the host lacks are added; the host's own definitions win. */
function mergeStyles(host: string, pkg: Map<string, string>): string {
  const incoming = pkg.get("/word/styles.xml");
  if (!incoming) return host;
  const have = styleIds(host);
  const added = [...incoming.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"[\s\S]*?<\/w:style>/g)]
    .filter((m) => !have.has(m[1]))
    .map((m) => m[0]);
  return host.replace("</w:styles>", `${added.join("")}</w:styles>`);
}

const HANDLED_PARTS = new Set(["/_rels/.rels", "/word/document.xml", "/word/styles.xml"]);

/**
 * The host document after `insertOoxml(pkg, "After")` at the cursor of a blank document, as .docx bytes. The page
 * is the draft's (as after the pane's page setup), without page-number headers: the tests compare the body.
 */
export function insertIntoHost(kind: HostKind, pkgXml: string, page: PageSetup): Uint8Array {
  const pkg = flatPackageParts(pkgXml);
  const unhandled = [...pkg.keys()].filter((name) => !HANDLED_PARTS.has(name));
  // An honest merge or none: a part this helper does not model would make the comparison meaningless.
  if (unhandled.length) throw new Error(`insertIntoHost does not model the parts ${unhandled.join(", ")}`);

  const body = `${packageBody(pkg)}<w:p/>${sectionXml({ ...page, pageNumbers: false })}`;
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${XML_DECLARATION}<Types xmlns="${NS.contentTypes}">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
      `<Override PartName="/word/document.xml" ContentType="${CONTENT_TYPE.document}"/>` +
      `<Override PartName="/word/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>` +
      `<Override PartName="/word/settings.xml" ContentType="${CONTENT_TYPE.settings}"/></Types>`,
    "_rels/.rels": `${XML_DECLARATION}<Relationships xmlns="${NS.rels}">${rel("rId1", REL_TYPE.officeDocument, "word/document.xml")}</Relationships>`,
    "word/_rels/document.xml.rels":
      `${XML_DECLARATION}<Relationships xmlns="${NS.rels}">` +
      rel("rId1", REL_TYPE.styles, "styles.xml") +
      rel("rId2", REL_TYPE.settings, "settings.xml") +
      `</Relationships>`,
    "word/document.xml": `${XML_DECLARATION}<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${body}</w:body></w:document>`,
    "word/styles.xml": mergeStyles(hostStylesXml(kind), pkg),
    "word/settings.xml": hostSettingsXml(),
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])), { level: 6 });
}
