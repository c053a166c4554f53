/**
 * The XML parts of a package, from a .docx file or from the flat OPC string Word's getOoxml() returns, so the
 * layout reader does not care which. A .docx is opened through the project's bounded DocxPackage (size limits per
 * part and per file); its text is then read by the check's own tokenizer (xmlTree.ts), not xmldom.
 */
import { strToU8, zipSync } from "fflate";
import { DOCX_LIMITS, DocxPackage } from "./package";

/** Part name without a leading slash ("word/document.xml") → its XML text. */
export type PackageParts = Map<string, string>;

const isXmlPart = (name: string): boolean => name.endsWith(".xml") || name.endsWith(".rels");
/** Parts the check never reads (the checklist, document properties): a bloated one must not stop the check. */
const NOT_READ = /^(customXml|docProps)\//;

/** The XML parts (and the names of every part) of a .docx, read through the bounded DocxPackage. */
export function unzipXmlParts(bytes: Uint8Array): { parts: PackageParts; names: string[] } {
  const pkg = DocxPackage.open(bytes);
  const names = pkg.names();
  const parts: PackageParts = new Map();
  for (const name of names.filter((n) => isXmlPart(n) && !NOT_READ.test(n))) {
    const text = pkg.text(name);
    if (text !== null) parts.set(name, text);
  }
  return { parts, names };
}

/** Room to copy a document's pictures when writing it back, above the limits for reading its text. */
const REWRITE_LIMITS = { ...DOCX_LIMITS, partBytes: 64 * 1024 * 1024, totalBytes: 256 * 1024 * 1024 };

const FLAT_PART = /<pkg:part\b[^>]*\bpkg:name="([^"]+)"[^>]*>\s*<pkg:xmlData>([\s\S]*?)<\/pkg:xmlData>\s*<\/pkg:part>/g;

/** The XML parts of a flat OPC package (pkg:package), as Word's getOoxml() returns it. */
export function flatPackageXmlParts(pkg: string): PackageParts {
  const parts: PackageParts = new Map();
  FLAT_PART.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FLAT_PART.exec(pkg))) parts.set(m[1].replace(/^\//, ""), m[2]);
  return parts;
}

/** The .docx with some XML parts replaced; every other entry is copied as it was (bounded, like reading). */
export function replaceParts(bytes: Uint8Array, changed: PackageParts): Uint8Array {
  const pkg = DocxPackage.open(bytes, REWRITE_LIMITS);
  const files: Record<string, Uint8Array> = {};
  for (const name of pkg.names()) {
    if (name.endsWith("/")) continue;
    const xml = changed.get(name);
    files[name] = xml !== undefined ? strToU8(xml) : (pkg.bytes(name) ?? new Uint8Array());
  }
  return zipSync(files, { level: 6 });
}
