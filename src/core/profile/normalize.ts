/**
 * Makes any stored or imported profile usable: every string NFC and trimmed, missing or mistyped fields
 * replaced by defaults. A profile JSON with missing fields must never crash a draft.
 */
import {
  AgencyProfile,
  DEFAULT_MARGINS,
  DEFAULT_SIGNATURE_LINES,
  EMPTY_PROFILE,
  Margins,
  SIGNATURE_LINES_RANGE,
  SentenceNames,
  SignerAuthority,
} from "./index";
import { SentenceForms, derivedSentenceForms } from "./sentenceForms";

const AUTHORITIES: readonly SignerAuthority[] = ["", "TM.", "KT.", "TL.", "TUQ.", "Q."];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** NFC and trimmed; multi-line values (agency names) keep their line breaks, each line trimmed. */
function cleanString(value: unknown, fallback: string): string {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return fallback;
  return value
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

function cleanAuthority(value: unknown): SignerAuthority {
  const raw = cleanString(value, "").toLocaleUpperCase("vi");
  const withDot = raw === "" || raw.endsWith(".") ? raw : `${raw}.`;
  return (AUTHORITIES as readonly string[]).includes(withDot) ? (withDot as SignerAuthority) : "";
}

/** A recipient as the clerk means it: no leading "- ", no trailing ";" or "." (the template adds them). */
const cleanRecipient = (value: string): string =>
  value
    .replace(/^[-–•+]\s*/, "")
    .replace(/[;.,]+$/, "")
    .trim();

function cleanRecipients(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/\n|;/) : [];
  return items
    .filter((item): item is string | number => typeof item === "string" || typeof item === "number")
    .map((item) => cleanRecipient(cleanString(item, "")))
    .filter((item) => item !== "");
}

function cleanNumber(value: unknown): number | undefined {
  const n = typeof value === "string" ? Number(value.trim().replace(",", ".")) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}

function cleanMargins(value: unknown): Margins {
  const source = isRecord(value) ? value : {};
  const pick = (key: keyof Margins): number => cleanNumber(source[key]) ?? DEFAULT_MARGINS[key];
  return { topMm: pick("topMm"), bottomMm: pick("bottomMm"), leftMm: pick("leftMm"), rightMm: pick("rightMm") };
}

const FORM_OF = { issuingAgency: "issuer", parentAgency: "parent", headTitle: "head" } as const;

/**
 * Only the corrections the clerk actually made: an empty entry, or one equal to the form derived from the
 * upper-case names, means "derived" (and keeps following those names when they change).
 */
function cleanSentenceNames(value: unknown, derived: SentenceForms): SentenceNames {
  const source = isRecord(value) ? value : {};
  const out: SentenceNames = {};
  for (const key of Object.keys(FORM_OF) as Array<keyof typeof FORM_OF>) {
    const text = cleanString(source[key], "").replace(/\n/g, " ");
    if (text !== "" && text !== derived[FORM_OF[key]]) out[key] = text;
  }
  return out;
}

/** A whole number of lines within the range; anything else is the default. */
function cleanSignatureLines(value: unknown): number {
  const n = cleanNumber(value);
  const [min, max] = SIGNATURE_LINES_RANGE;
  return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : DEFAULT_SIGNATURE_LINES;
}

/**
 * Any value (parsed JSON, an old stored profile) → a complete AgencyProfile. Out-of-range values are kept
 * (validateProfile reports them); only the wrong type or a missing field falls back to the default.
 */
export function normalizeProfile(input: unknown): AgencyProfile {
  const src = isRecord(input) ? input : {};
  const str = (key: keyof AgencyProfile): string => cleanString(src[key], EMPTY_PROFILE[key] as string);
  const size = cleanNumber(src.bodySizePt);
  const archive = cleanString(src.archive, EMPTY_PROFILE.archive)
    .replace(/^Lưu:\s*/i, "")
    .replace(/\.+$/, "");
  const profile: AgencyProfile = {
    name: str("name"),
    parentAgency: str("parentAgency"),
    issuingAgency: str("issuingAgency"),
    issuerAbbreviation: str("issuerAbbreviation"),
    place: str("place"),
    signerAuthority: cleanAuthority(src.signerAuthority),
    headTitle: str("headTitle"),
    signerTitle: str("signerTitle"),
    signerName: str("signerName"),
    recipients: cleanRecipients(src.recipients),
    archive,
    drafterInitials: str("drafterInitials"),
    copies: str("copies"),
    bodySizePt: (size ?? EMPTY_PROFILE.bodySizePt) as AgencyProfile["bodySizePt"],
    margins: cleanMargins(src.margins),
    unitAbbreviation: str("unitAbbreviation"),
    headerOverhang: src.headerOverhang === true || src.headerOverhang === "true",
    signatureLines: cleanSignatureLines(src.signatureLines),
  };
  return { ...profile, sentenceNames: cleanSentenceNames(src.sentenceNames, derivedSentenceForms(profile)) };
}
