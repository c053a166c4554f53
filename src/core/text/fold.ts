/** Removes Vietnamese diacritics and folds case: "Sở Tài chính" → "so tai chinh"; đ → d. */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** NFC, lower case, punctuation removed, spaces collapsed: the form task texts are compared and hashed in. */
export function normalizeForMatch(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** normalizeForMatch for text already in NFC (every line the extractor produces): skips the costly normalize(). */
export function normalizeNfcForMatch(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Same as normalizeForMatch but also without diacritics, for search boxes where clerks type without accents. */
export function normalizeForSearch(s: string): string {
  return foldDiacritics(normalizeForMatch(s));
}
