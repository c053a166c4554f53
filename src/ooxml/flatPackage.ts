/**
 * The flat OPC package that Word's `insertOoxml` takes: a relationships part and document.xml,
 * whose body holds the tagged blocks as content controls.
 */
import { TaggedBlock } from "../core/model";
import { taggedContentXml } from "./body";
import { documentXml, taggedBlocksXml } from "./parts";
import { CONTENT_TYPE, NS, REL_TYPE } from "./xml";

const stripDeclaration = (xml: string): string => xml.replace(/^<\?xml[^>]*\?>/, "");

function packageXml(documentPart: string): string {
  const rels = `<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="word/document.xml"/></Relationships>`;
  return (
    `<pkg:package xmlns:pkg="${NS.pkg}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="${CONTENT_TYPE.rels}"><pkg:xmlData>${rels}</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="${CONTENT_TYPE.document}"><pkg:xmlData>${stripDeclaration(documentPart)}</pkg:xmlData></pkg:part>` +
    `</pkg:package>`
  );
}

/** A package that inserts the block wrapped in its `kl:<name>` content control. */
export function insertablePackage(block: TaggedBlock): string {
  return insertablePackageOf([block]);
}

/** Several blocks in one package (one insert, one undo step), each in its own content control. */
export function insertablePackageOf(blocks: TaggedBlock[]): string {
  return packageXml(documentXml(taggedBlocksXml(blocks)));
}

/**
 * A package with the block's content only, to replace the content of an existing `kl:<name>` control: the same
 * content an insert puts inside the control (lead paragraph included), so a replace keeps the insert's structure.
 */
export function contentOnlyPackage(block: TaggedBlock): string {
  return packageXml(documentXml(taggedContentXml(block, 1)));
}

/** The parts of a flat package by name, for validation and tests. */
export function flatPackageParts(pkg: string): Map<string, string> {
  const parts = new Map<string, string>();
  const re = /<pkg:part pkg:name="([^"]+)"[^>]*><pkg:xmlData>([\s\S]*?)<\/pkg:xmlData><\/pkg:part>/g;
  for (const m of pkg.matchAll(re)) parts.set(m[1], m[2]);
  return parts;
}
