/**
 * Letter classes for regular expressions, spelled out instead of \p{L}: Unicode property escapes are ES2018 and
 * throw in EdgeHTML (Office 2019), where every shipped script must run. Vietnamese lives in these blocks.
 */

/** Letters and digits of the Latin blocks (Vietnamese included), for use inside a character class. */
export const WORD_CHARS = "0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF";

/** Upper-case letters of the same blocks, for use inside a character class. */
export const UPPER_CHARS = classOf((c) => c !== c.toLowerCase() && c === c.toUpperCase());

const RX_UPPER_FIRST = new RegExp(`^[${UPPER_CHARS}]`, "u");
/** True when the text opens with an upper-case letter: a name ("Sở Y tế", "Yên Bái"), not a class ("các sở"). */
export function startsUpper(s: string): boolean {
  return RX_UPPER_FIRST.test(s);
}

/** The code points of the Latin blocks matching `test`, as a character-class body of ranges. */
function classOf(test: (c: string) => boolean): string {
  const ranges: string[] = [];
  const blocks: [number, number][] = [
    [0x41, 0x5a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of blocks) {
    let start = -1;
    for (let cp = from; cp <= to + 1; cp++) {
      const yes = cp <= to && test(String.fromCharCode(cp));
      if (yes && start < 0) start = cp;
      if (!yes && start >= 0) {
        ranges.push(start === cp - 1 ? hex(start) : `${hex(start)}-${hex(cp - 1)}`);
        start = -1;
      }
    }
  }
  return ranges.join("");
}

function hex(cp: number): string {
  return "\\u" + cp.toString(16).padStart(4, "0");
}

/** True when the UTF-16 unit is a letter or digit of the Latin blocks (the word boundary of WORD_CHARS). */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Letters of the same blocks (no digits, no combining marks), for use inside a character class. */
export const LETTER_CHARS = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF";

const SPELLED: Record<string, string> = { L: LETTER_CHARS, Lu: UPPER_CHARS, N: "0-9" };

/** `source` with \p{L}, \p{Lu} and \p{N} spelled as the Latin-block classes, inside a class or standing alone. */
export function spellOutProperties(source: string): string {
  const inClasses = source.replace(/\[(?:\\.|[^\]\\])*\]/g, (cls) =>
    cls.replace(/\\p\{(L|Lu|N)\}/g, (_, name: string) => SPELLED[name]),
  );
  return inClasses.replace(/\\p\{(L|Lu|N)\}/g, (_, name: string) => `[${SPELLED[name]}]`);
}

/**
 * A regular expression with Unicode property escapes where the engine has them (ES2018: Chromium, WebKit, Node), and
 * the same pattern over the Latin blocks where it has not (EdgeHTML in Office 2019, which throws on \p{…} even when
 * the bundler turns the literal into `new RegExp`): Vietnamese text matches alike in both.
 */
export function unicodeRegExp(source: string, flags = "u"): RegExp {
  try {
    return new RegExp(source, flags);
  } catch {
    return new RegExp(spellOutProperties(source), flags);
  }
}
