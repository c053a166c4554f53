/**
 * The WordprocessingML parts both wrappers need: document.xml around a body, and for files
 * the styles (document defaults in Times New Roman), settings and page-number headers.
 */
import { BodyDefaults, Paragraph, TaggedBlock, paragraph } from "../core/model";
import { pageNumberParagraph } from "../core/templates/pageSetup";
import { paragraphProperties, paragraphXml, runProperties, taggedBlockXml } from "./body";
import { NS, XML_DECLARATION } from "./xml";

export function documentXml(bodyContent: string): string {
  return `${XML_DECLARATION}<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${bodyContent}</w:body></w:document>`;
}

/** Body content for tagged blocks, with content-control ids numbered from `firstId`. */
export function taggedBlocksXml(blocks: TaggedBlock[], firstId = 1, fallback?: BodyDefaults): string {
  return blocks.map((block, i) => taggedBlockXml(block, firstId + i, fallback)).join("");
}

/** styles.xml: document defaults carry Times New Roman and the body layout, named explicitly (no theme fonts). */
export function stylesXml(defaults: BodyDefaults): string {
  const {
    kind: _k,
    runs: _r,
    ...bodyProps
  }: Paragraph = paragraph("", {
    align: defaults.align,
    firstLineIndentTwips: defaults.firstLineIndentTwips,
    spacingBeforePt: defaults.spacingBeforePt,
    spacingAfterPt: defaults.spacingAfterPt,
    lineMultiple: defaults.lineMultiple,
  });
  const pPr = paragraphProperties(bodyProps);
  return (
    `${XML_DECLARATION}<w:styles xmlns:w="${NS.w}">` +
    `<w:docDefaults><w:rPrDefault>${runProperties({ sizePt: defaults.sizePt }, defaults.fontName)}</w:rPrDefault>` +
    `<w:pPrDefault>${pPr}</w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>` +
    `<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
    `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`
  );
}

export function settingsXml(): string {
  return `${XML_DECLARATION}<w:settings xmlns:w="${NS.w}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
}

/** Page-number header: a PAGE field centred, upright, at the page-number size (Decree 30 §1). */
export function pageNumberHeaderXml(): string {
  return `${XML_DECLARATION}<w:hdr xmlns:w="${NS.w}" xmlns:r="${NS.r}">${paragraphXml(pageNumberParagraph())}</w:hdr>`;
}

/** The first page's header is empty: page numbers are not shown on page 1. */
export function emptyHeaderXml(): string {
  return `${XML_DECLARATION}<w:hdr xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:p/></w:hdr>`;
}
