/**
 * File names made from document text (an owner, a number) that every system accepts, Windows first: no
 * \ / : * ? " < > | or control characters, no trailing dot or space, none of the device names (CON, NUL, COM1 …),
 * short enough for a deep folder. Vietnamese letters stay (NFC), so "Sở Tài chính.docx" reads as the clerk wrote it.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_STEM = 80;

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

export function safeFileStem(text: string, fallback = "van-ban"): string {
  let stem = text.normalize("NFC").replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).trim();
  stem = stem.replace(/[. ]+$/, "");
  if (stem === "" || stem.replace(/\./g, "") === "") return fallback;
  return RESERVED.test(stem.split(".")[0]) ? `${stem}_` : stem;
}

/** Stems made unique without regard to case (Windows and macOS folders ignore it): "A", "a (2)", "A (3)". */
export function uniqueStems(stems: readonly string[]): string[] {
  const used = new Set<string>();
  return stems.map((stem) => {
    let candidate = stem;
    for (let n = 2; used.has(candidate.toLocaleLowerCase("vi")); n++) candidate = `${stem} (${n})`;
    used.add(candidate.toLocaleLowerCase("vi"));
    return candidate;
  });
}
