/**
 * Địa danh must be written in full (decree30.md §2.4): "Thành phố Hồ Chí Minh", not "TP. HCM";
 * "Phường 3", not "P.3"; "Hà Nội", not "Tp Hà Nội".
 */
/** Two or more letters, all capitals ("HCM", "TPHCM"); checked by case, not by \p{Lu}, which ES2017 lacks. */
function allCapitals(letters: string): boolean {
  const chars = Array.from(letters);
  return chars.length >= 2 && chars.every((c) => c !== c.toLocaleLowerCase("vi") && c === c.toLocaleUpperCase("vi"));
}

/** Administrative-unit abbreviations clerks type: thành phố, thị xã, thị trấn, quận, huyện, phường, xã. */
const UNIT_ABBREVIATIONS = new Set(["tp", "tx", "tt", "q", "h", "p", "x"]);

/** True when the place name uses an abbreviation instead of the full official name. */
export function isAbbreviatedPlace(place: string): boolean {
  const value = place.normalize("NFC").trim();
  if (value === "") return false;
  // "TP. HCM", "P.3", "Q.1": a dot always marks an abbreviation in a place name.
  if (value.includes(".")) return true;
  return value.split(/\s+/).some((token) => {
    const letters = token.replace(/\d+$/, "");
    if (UNIT_ABBREVIATIONS.has(letters.toLocaleLowerCase("vi"))) return true;
    // "HCM", "HN", "TPHCM": two or more capitals with nothing else is an acronym, not a name.
    return allCapitals(letters);
  });
}
