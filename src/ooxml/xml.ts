/** XML text helpers shared by every part the writer produces. */

// Characters XML 1.0 forbids (C0 controls except tab, newline, carriage return; U+FFFE/U+FFFF).
/* eslint-disable no-control-regex -- matching control characters is the point */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/* eslint-enable no-control-regex */
// A surrogate pair is kept whole; a surrogate alone is dropped. Pairs are matched first, so no lookbehind is needed
// (WebKit before 16.4 rejects lookbehind when it parses the script).
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** Escapes text for an element or a double-quoted attribute and drops characters XML cannot carry. */
export function escapeXml(value: string): string {
  return value
    .replace(FORBIDDEN, "")
    .replace(SURROGATES, (match) => (match.length === 2 ? match : ""))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  pkg: "http://schemas.microsoft.com/office/2006/xmlPackage",
} as const;

export const REL_TYPE = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  settings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
  header: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
} as const;

export const CONTENT_TYPE = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
  settings: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
  header: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
} as const;
