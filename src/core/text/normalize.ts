/**
 * Text on the way in. Word, PDFs, web pages and macOS hand us Vietnamese in forms that break every match: decomposed
 * (NFD) letters, invisible format characters inside words (zero-width space and joiners, word joiner, soft hyphen,
 * bidi marks, overrides and isolates, a stray BOM) and full-width ASCII from East Asian input methods ("１５/１２").
 * The pane and the CLI both read text through here, so they see the same words.
 */

/** NFC only: for text that must keep every character (the clerk's own input). */
export function toNfc(s: string): string {
  return s.normalize("NFC");
}

/** Format characters that carry no text. */
const RX_INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
/** Full-width forms of ASCII "!" … "~" (U+FF01 … U+FF5E) sit exactly 0xFEE0 above them. */
const RX_FULLWIDTH = /[\uff01-\uff5e]/g;
const FULLWIDTH_OFFSET = 0xfee0;
/**
 * Spaces other than U+0020 (tabs, no-break, thin, ideographic, line and paragraph separators) and runs of spaces. A
 * single plain space is not matched: replacing it by itself would only cost time on long lines.
 */
const RX_SPACES =
  / ?[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000][\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*| {2,}/g;
/**
 * One test that says whether a line needs more than NFC and a trim: most lines do not. A class alone (the double
 * space is looked for with indexOf): an alternation would stop V8 scanning the line quickly.
 */
const RX_NEEDS_WORK =
  /[\t\n\v\f\r\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\uff01-\uff5e]/;

/**
 * A line as the extractor reads it: NFC, invisible format characters removed (they sit inside words: "Sở Tài ch⁠ính"),
 * full-width ASCII mapped to ASCII, every run of spaces one plain space, trimmed.
 */
export function cleanLine(s: string): string {
  let t = s.normalize("NFC");
  if (!RX_NEEDS_WORK.test(t) && t.indexOf("  ") < 0) return t.trim();
  // Each replacement only when its characters are there: most lines that need work only have tabs or a double space.
  const invisible = RX_INVISIBLE_ANY.test(t);
  if (invisible) t = t.replace(RX_INVISIBLE, "");
  if (RX_FULLWIDTH_ANY.test(t))
    t = t.replace(RX_FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - FULLWIDTH_OFFSET));
  t = t.replace(RX_SPACES, " ").trim();
  // A removed joiner may leave a letter and a combining mark side by side.
  return invisible ? t.normalize("NFC") : t;
}

const RX_INVISIBLE_ANY = new RegExp(RX_INVISIBLE.source);
const RX_FULLWIDTH_ANY = new RegExp(RX_FULLWIDTH.source);
