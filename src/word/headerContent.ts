/**
 * Whether a header holds anything of the clerk's. The header's text is not enough: a logo, a shape, a watermark
 * (Word keeps it in the header as a shape) or a field has no text, and writing the page number over it would
 * lose it. So the header's OOXML (Word.Body.getOoxml, WordApi 1.1) is read, and anything but empty paragraphs
 * counts as content.
 */

/** Elements that are content even without text: pictures, shapes, watermarks, embedded objects, fields, tables. */
const CONTENT =
  /<(?:w:drawing|w:pict|w:object|mc:AlternateContent|w:fldChar|w:fldSimple|w:instrText|w:tbl|w:sdt|w:sym|m:oMath|w:txbxContent)[\s/>]/;

/** The body of the header's package without its section properties. */
function bodyOf(ooxml: string): string {
  const document = /<w:body>([\s\S]*)<\/w:body>/.exec(ooxml)?.[1] ?? ooxml;
  return document.replace(/<w:sectPr[\s\S]*?(?:<\/w:sectPr>|\/>)/g, "");
}

export function headerHasContent(ooxml: string): boolean {
  const body = bodyOf(ooxml);
  if (CONTENT.test(body)) return true;
  return [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].some((m) => m[1].trim() !== "");
}
