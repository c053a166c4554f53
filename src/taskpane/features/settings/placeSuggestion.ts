/**
 * A one-click fix for an abbreviated place name (Decree 30 wants it in full): "TP. Tây Ninh" → "Tây Ninh" (the
 * unit's name), "P.3" → "Phường 3" (a numbered unit keeps its word), "TP. HCM" → "Thành phố Hồ Chí Minh".
 */
import { isAbbreviatedPlace } from "../../../core/profile";

const UNIT_WORDS: Record<string, string> = {
  tp: "Thành phố",
  tx: "Thị xã",
  tt: "Thị trấn",
  q: "Quận",
  h: "Huyện",
  p: "Phường",
  x: "Xã",
};

/** Acronyms clerks type for the two centrally-run cities named after a person or known by initials. */
const ACRONYMS: Record<string, string> = {
  hcm: "Thành phố Hồ Chí Minh",
  tphcm: "Thành phố Hồ Chí Minh",
  hn: "Hà Nội",
};

export function placeSuggestion(place: string): string | null {
  const value = place.normalize("NFC").trim();
  if (!isAbbreviatedPlace(value)) return null;
  const compact = value.replace(/[.\s]+/g, "").toLowerCase();
  if (ACRONYMS[compact]) return ACRONYMS[compact];
  const m = /^(tp|tx|tt|q|h|p|x)\.?\s*(.+)$/i.exec(value);
  if (!m) return null;
  const unit = UNIT_WORDS[m[1].toLowerCase()];
  const rest = m[2].trim();
  const suggestion = /^\d/.test(rest)
    ? `${unit} ${rest}`
    : (ACRONYMS[rest.replace(/[.\s]+/g, "").toLowerCase()] ?? rest);
  return isAbbreviatedPlace(suggestion) ? null : suggestion;
}
