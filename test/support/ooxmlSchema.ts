/**
 * Validates what the project writes against the ECMA-376 (transitional) schemas with xmllint compiled to
 * WebAssembly, so the tests need no system xmllint. Word rejects out-of-order children that LibreOffice
 * forgives; these checks are the closest thing to Word that runs on Linux.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { validateXML, XMLFileInfo } from "xmllint-wasm";
import { flatPackageParts } from "../../src/ooxml";

export const SCHEMA_DIR = join(__dirname, "..", "fixtures", "ooxml-schemas");

export type SchemaName = "wml" | "contentTypes" | "relationships";

const ENTRY: Record<SchemaName, string> = {
  wml: "wml.xsd",
  contentTypes: "opc-contentTypes.xsd",
  relationships: "opc-relationships.xsd",
};

function listXsd(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listXsd(path);
    return name.endsWith(".xsd") ? [path] : [];
  });
}

let schemaFiles: XMLFileInfo[] | undefined;
/** Every .xsd under the fixture folder, by relative path, so that xs:import schemaLocation resolves. */
function allSchemas(): XMLFileInfo[] {
  schemaFiles ??= listXsd(SCHEMA_DIR).map((path) => ({
    fileName: relative(SCHEMA_DIR, path),
    contents: readFileSync(path, "utf8"),
  }));
  return schemaFiles;
}

/** Schema errors of one part; an empty list means the part is valid (well-formedness errors included). */
export async function validatePart(xml: string, schema: SchemaName): Promise<string[]> {
  const files = allSchemas();
  const entry = files.find((f) => f.fileName === ENTRY[schema]);
  if (!entry) throw new Error(`Schema ${ENTRY[schema]} is missing from ${SCHEMA_DIR}`);
  const result = await validateXML({
    xml: { fileName: "part.xml", contents: xml },
    schema: entry,
    preload: files.filter((f) => f !== entry),
    initialMemoryPages: 4096,
    maxMemoryPages: 65536,
  });
  // xmllint also reports harmless schema-parser warnings (a namespace imported twice); only errors count.
  return result.valid ? [] : result.errors.map((e) => e.message.trim()).filter((m) => !/parser warning/.test(m));
}

/** Which schema a package part is checked against; null for parts we do not write as XML. */
export function schemaForPart(name: string): SchemaName | null {
  const bare = name.replace(/^\//, "");
  if (bare === "[Content_Types].xml") return "contentTypes";
  if (bare.endsWith(".rels")) return "relationships";
  if (bare.startsWith("word/") && bare.endsWith(".xml")) return "wml";
  return null;
}

async function validateParts(parts: Iterable<[string, string]>): Promise<string[]> {
  const errors: string[] = [];
  let seen = 0;
  for (const [name, xml] of parts) {
    const schema = schemaForPart(name);
    if (!schema) {
      errors.push(`${name}: no schema for this part`);
      continue;
    }
    seen++;
    for (const e of await validatePart(xml, schema)) errors.push(`${name}: ${e}`);
  }
  if (seen === 0) errors.push("the package has no parts");
  return errors;
}

/** Errors of every XML part of a .docx. */
export async function validateDocx(bytes: Uint8Array): Promise<string[]> {
  const files = unzipSync(bytes);
  return validateParts(Object.entries(files).map(([name, data]) => [name, strFromU8(data)] as [string, string]));
}

/** Errors of every part of a flat OPC package (the string Word's insertOoxml takes). */
export async function validateFlatPackage(pkg: string): Promise<string[]> {
  const parts = flatPackageParts(pkg);
  const errors = await validateParts(parts);
  if (!parts.has("/word/document.xml")) errors.push("the package has no /word/document.xml");
  return errors;
}

/** Errors of many WordprocessingML parts in one xmllint run (the schemas load once), each prefixed by its name. */
export async function validateWmlParts(parts: Array<{ name: string; xml: string }>): Promise<string[]> {
  if (!parts.length) return [];
  const files = allSchemas();
  const entry = files.find((f) => f.fileName === ENTRY.wml) as XMLFileInfo;
  const result = await validateXML({
    xml: parts.map((p) => ({ fileName: p.name, contents: p.xml })),
    schema: entry,
    preload: files.filter((f) => f !== entry),
    initialMemoryPages: 4096,
    maxMemoryPages: 65536,
  });
  return result.valid ? [] : result.errors.map((e) => e.message.trim()).filter((m) => !/parser warning/.test(m));
}
