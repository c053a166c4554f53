/**
 * The XML parts of a package, from a .docx file or from the flat OPC string Word's getOoxml() returns, so the
 * layout reader does not care which. The .docx path goes through `unzipXmlParts` only: it is the one place to swap
 * for the project's bounded unzip when that lands.
 */
import { strFromU8, unzipSync } from "fflate";
import { DocxError } from "./read";

/** Part name without a leading slash ("word/document.xml") → its XML text. */
export type PackageParts = Map<string, string>;

/** A part larger than this is not a document a clerk wrote: refuse it rather than exhaust memory. */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 256 * 1024 * 1024;

/** Unzips the XML parts (and notes the names of every part) of a .docx; throws DocxError on a non-package. */
export function unzipXmlParts(bytes: Uint8Array): { parts: PackageParts; names: string[] } {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new DocxError(
      "not-zip",
      "Đây không phải tệp .docx (không phải gói ZIP của Word). / Not a .docx file (not a ZIP package).",
    );
  const names: string[] = [];
  let total = 0;
  let tooBig = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        const xml = f.name.endsWith(".xml") || f.name.endsWith(".rels");
        if (!xml) return false;
        total += f.originalSize;
        if (f.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) tooBig = true;
        return !tooBig;
      },
    });
  } catch {
    throw new DocxError(
      "not-zip",
      "Đây không phải tệp .docx (gói ZIP bị hỏng). / Not a .docx file (damaged ZIP package).",
    );
  }
  if (tooBig)
    throw new DocxError(
      "not-docx",
      "Tệp .docx quá lớn để kiểm tra (phần XML vượt giới hạn). / The .docx is too large to check (an XML part exceeds the limit).",
    );
  const parts: PackageParts = new Map();
  for (const [name, data] of Object.entries(files)) parts.set(name, strFromU8(data));
  return { parts, names };
}

const FLAT_PART = /<pkg:part\b[^>]*\bpkg:name="([^"]+)"[^>]*>\s*<pkg:xmlData>([\s\S]*?)<\/pkg:xmlData>\s*<\/pkg:part>/g;

/** The XML parts of a flat OPC package (pkg:package), as Word's getOoxml() returns it. */
export function flatPackageXmlParts(pkg: string): PackageParts {
  const parts: PackageParts = new Map();
  FLAT_PART.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FLAT_PART.exec(pkg))) parts.set(m[1].replace(/^\//, ""), m[2]);
  return parts;
}
