/** NFC on the way in: Word, PDFs and macOS can hand us decomposed (NFD) Vietnamese, which breaks every match. */
export function toNfc(s: string): string {
  return s.normalize("NFC");
}

/** NFC, tabs and non-breaking spaces to plain spaces, runs of spaces collapsed, trimmed. */
export function cleanLine(s: string): string {
  const nfc = toNfc(s);
  // Most lines need neither replacement: one test instead of two scans.
  if (!/[\t\u00a0\u2007\u202f\u200b]| {2}/.test(nfc)) return nfc.trim();
  return nfc
    .replace(/[\t\u00a0\u2007\u202f\u200b]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}
