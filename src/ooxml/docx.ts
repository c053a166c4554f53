/**
 * A .docx file from a document model: the same body writer as insertOoxml, zipped with fflate.
 */
import { strToU8, zipSync } from "fflate";
import { DocumentModel } from "../core/model";
import { documentBodyXml } from "./body";
import { documentXml, emptyHeaderXml, pageNumberHeaderXml, settingsXml, stylesXml } from "./parts";
import { CONTENT_TYPE, NS, REL_TYPE, XML_DECLARATION } from "./xml";

export function docxParts(model: DocumentModel): Record<string, string> {
  const refs = { defaultHeaderRelId: "rId3", firstHeaderRelId: "rId4" };
  const body = documentBodyXml(model, refs);

  const overrides = [
    ["/word/document.xml", CONTENT_TYPE.document],
    ["/word/styles.xml", CONTENT_TYPE.styles],
    ["/word/settings.xml", CONTENT_TYPE.settings],
    ["/word/header1.xml", CONTENT_TYPE.header],
    ["/word/header2.xml", CONTENT_TYPE.header],
  ]
    .map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`)
    .join("");
  const rel = (id: string, type: string, target: string): string =>
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;

  return {
    "[Content_Types].xml":
      `${XML_DECLARATION}<Types xmlns="${NS.contentTypes}">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
      `${overrides}</Types>`,
    "_rels/.rels": `${XML_DECLARATION}<Relationships xmlns="${NS.rels}">${rel("rId1", REL_TYPE.officeDocument, "word/document.xml")}</Relationships>`,
    "word/_rels/document.xml.rels":
      `${XML_DECLARATION}<Relationships xmlns="${NS.rels}">` +
      rel("rId1", REL_TYPE.styles, "styles.xml") +
      rel("rId2", REL_TYPE.settings, "settings.xml") +
      rel(refs.defaultHeaderRelId, REL_TYPE.header, "header1.xml") +
      rel(refs.firstHeaderRelId, REL_TYPE.header, "header2.xml") +
      `</Relationships>`,
    "word/document.xml": documentXml(body),
    "word/styles.xml": stylesXml(model.defaults),
    "word/settings.xml": settingsXml(),
    "word/header1.xml": pageNumberHeaderXml(),
    "word/header2.xml": emptyHeaderXml(),
  };
}

/** The zipped .docx bytes. */
export function writeDocx(model: DocumentModel): Uint8Array {
  const parts = docxParts(model);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])), { level: 6 });
}
