/**
 * Names in running text (Decree 30, Phụ lục II; decree30.md "Names in running text"). Headers print agency names
 * in capitals; a sentence must not simply lower-case them. The upper-case name is read as a sequence of pieces:
 * type words of a body ("Sở", "Ủy ban nhân dân"), phrases of function or field ("Nông nghiệp và Môi trường", only
 * their first word capitalised), administrative units (lower case, "tỉnh") and proper names (every syllable
 * capitalised, "Tây Ninh"). The same pieces tell the header where a name may break between lines: between pieces,
 * never inside a two-syllable word such as "MÔI TRƯỜNG".
 *
 * A heuristic by nature: the clerk sees the result in Cài đặt and can correct it (kept in the profile).
 */

type Role = "type" | "level" | "unit" | "numbered-unit" | "proper" | "fixed" | "word" | "conj" | "keep";

interface Piece {
  role: Role;
  /** The words as the header prints them (upper case, commas attached). */
  source: string[];
  /** The words as a sentence writes them. */
  sentence: string[];
  /** A phrase of function or field starts here (its first word is capitalised). */
  phraseStart?: boolean;
}

/** Types of body (loại hình cơ quan, tổ chức): the first syllable capitalised. Single syllables only count at the start of a name or after another type. */
const TYPES = [
  "ỦY BAN NHÂN DÂN",
  "HỘI ĐỒNG NHÂN DÂN",
  "TÒA ÁN NHÂN DÂN",
  "VIỆN KIỂM SÁT NHÂN DÂN",
  "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
  "ĐOÀN ĐẠI BIỂU QUỐC HỘI",
  "KHO BẠC NHÀ NƯỚC",
  "TỈNH ỦY",
  "THÀNH ỦY",
  "HUYỆN ỦY",
  "QUẬN ỦY",
  "ĐẢNG ỦY",
  "TỈNH ĐOÀN",
  "THÀNH ĐOÀN",
  "VĂN PHÒNG",
  "THANH TRA",
  "TRUNG TÂM",
  "CHI CỤC",
  "TỔNG CỤC",
  "BỆNH VIỆN",
  "HỌC VIỆN",
  "CÔNG AN",
  "ĐẠI HỌC",
  "CAO ĐẲNG",
  "TRUNG CẤP",
  "CÔNG TY",
  "TỔNG CÔNG TY",
  "LIÊN ĐOÀN",
  "SỞ",
  "BỘ",
  "BAN",
  "CỤC",
  "VỤ",
  "VIỆN",
  "PHÒNG",
  "TRƯỜNG",
  "HỘI",
  "ĐOÀN",
  "ĐÀI",
];

/** Types whose sentence form keeps more than its first capital. */
const TYPE_FORMS: Record<string, string> = {
  "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM": "Ủy ban Mặt trận Tổ quốc Việt Nam",
  "ĐOÀN ĐẠI BIỂU QUỐC HỘI": "Đoàn đại biểu Quốc hội",
  "KHO BẠC NHÀ NƯỚC": "Kho bạc Nhà nước",
};

/** School levels after "Trường": what follows them is the school's proper name ("Chu Văn An"). */
const SCHOOL_LEVELS = [
  "MẦM NON",
  "TIỂU HỌC",
  "TRUNG HỌC CƠ SỞ",
  "TRUNG HỌC PHỔ THÔNG",
  "PHỔ THÔNG DÂN TỘC NỘI TRÚ",
  "PHỔ THÔNG DÂN TỘC BÁN TRÚ",
  "TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ",
  "TRUNG HỌC CƠ SỞ VÀ TRUNG HỌC PHỔ THÔNG",
];

/** Administrative units: the common noun stays lower case, the name after it is capitalised. */
const UNITS = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "ĐẶC KHU", "TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG"];

/** Words whose capitals are fixed by usage inside otherwise lower-case phrases. */
const FIXED: Record<string, string> = {
  "VIỆT NAM": "Việt Nam",
  "CÔNG THƯƠNG": "Công Thương",
  "NHÀ NƯỚC": "Nhà nước",
  "QUỐC HỘI": "Quốc hội",
  "CHÍNH PHỦ": "Chính phủ",
  "TỔ QUỐC": "Tổ quốc",
  "HỒ CHÍ MINH": "Hồ Chí Minh",
  "CHỦ TỊCH NƯỚC": "Chủ tịch nước",
  // "xã hội" is a field word, not the unit "xã" followed by a name.
  "XÃ HỘI": "xã hội",
};

/**
 * Header abbreviations a sentence spells out: Decree 30 lets the header abbreviate the parent body ("UBND TỈNH
 * LÀO CAI"), while the body text writes a name in full the first time it uses it. Others are kept as given.
 */
const SPELLED_OUT: Record<string, string> = {
  UBND: "ỦY BAN NHÂN DÂN",
  HĐND: "HỘI ĐỒNG NHÂN DÂN",
  TAND: "TÒA ÁN NHÂN DÂN",
  VKSND: "VIỆN KIỂM SÁT NHÂN DÂN",
};

const VOWEL = /[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u;
const ROMAN = /^[IVXLC]+$/;

const lower = (word: string): string => word.toLocaleLowerCase("vi");
const capitalised = (word: string): string => {
  const low = lower(word);
  return low.charAt(0).toLocaleUpperCase("vi") + low.slice(1);
};
/** First word capitalised, the rest lower case: "Ủy ban nhân dân", "Trung học phổ thông". */
const firstCapital = (words: string[]): string[] => words.map((w, i) => (i === 0 ? capitalised(w) : lower(w)));

/** A token a sentence keeps as written: digits, Roman numerals, abbreviations (no vowel: "VP", "TTr", "BQL"), mixed case. */
function keptAsGiven(token: string): boolean {
  const bare = token.replace(/[.,;:]+$/, "");
  if (/^\d/.test(bare) || ROMAN.test(bare)) return true;
  if (bare !== bare.toLocaleUpperCase("vi")) return true;
  return !VOWEL.test(bare.normalize("NFC"));
}

/** Splits a name into tokens: words, "," attached to the word before it, "-" and "VÀ" as their own tokens. */
function tokens(name: string): string[] {
  return name
    .normalize("NFC")
    .replace(/[–—]/g, "-")
    .split(/\s+/)
    .filter((t) => t !== "");
}

/** Longest entry of `list` that the tokens at `at` spell (commas ignored on the last word). */
function match(words: string[], at: number, list: readonly string[]): number {
  let best = 0;
  for (const entry of list) {
    const parts = entry.split(" ");
    if (parts.length <= best || at + parts.length > words.length) continue;
    const ok = parts.every((part, k) => {
      const word = words[at + k];
      // Only the last word of an entry may carry a comma.
      return (k === parts.length - 1 ? word.replace(/,$/, "") : word) === part;
    });
    if (ok) best = parts.length;
  }
  return best;
}

const FIXED_KEYS = Object.keys(FIXED);

/** Reads an upper-case agency name into pieces. */
function analyse(name: string): Piece[] {
  const source = tokens(name);
  const upper = source.map((t) => t.toLocaleUpperCase("vi"));
  const pieces: Piece[] = [];
  let phraseStart = false;
  let proper = false;
  let i = 0;
  const last = () => pieces[pieces.length - 1];
  const push = (role: Role, length: number, sentence: string[], extra: Partial<Piece> = {}) => {
    pieces.push({ role, source: source.slice(i, i + length), sentence, ...extra });
    i += length;
  };
  while (i < upper.length) {
    // A comma closes a phrase ("VĂN HÓA, THỂ THAO VÀ DU LỊCH") and any proper name.
    if (i > 0 && source[i - 1].endsWith(",")) {
      phraseStart = true;
      proper = false;
    }
    const word = upper[i];
    const bare = word.replace(/,$/, "");
    const typeAllowed = pieces.length === 0 || last().role === "type" || last().role === "conj";
    if (word === "VÀ" || word === "-") {
      // A hyphen inside a proper name ("Bà Rịa - Vũng Tàu") continues it.
      if (!(proper && word === "-")) proper = false;
      push("conj", 1, [lower(word)]);
      phraseStart = !proper;
      continue;
    }
    if (SPELLED_OUT[bare]) {
      const expansion = SPELLED_OUT[bare].split(" ");
      push("type", 1, firstCapital(expansion));
      phraseStart = true;
      proper = false;
      continue;
    }
    const fixed = match(upper, i, FIXED_KEYS);
    const type = match(upper, i, TYPES);
    const multiType = type > 1 || (type === 1 && typeAllowed);
    if (fixed && !(multiType && type > fixed)) {
      const key = upper
        .slice(i, i + fixed)
        .join(" ")
        .replace(/,$/, "");
      const value = FIXED[key].split(" ");
      const words = proper ? value.map(capitalised) : phraseStart ? [capitalised(value[0]), ...value.slice(1)] : value;
      push("fixed", fixed, words, { phraseStart });
      phraseStart = false;
      continue;
    }
    if (multiType) {
      const words = upper.slice(i, i + type);
      push("type", type, TYPE_FORMS[words.join(" ")]?.split(" ") ?? firstCapital(words));
      phraseStart = true;
      proper = false;
      continue;
    }
    const level = last()?.role === "type" ? match(upper, i, SCHOOL_LEVELS) : 0;
    if (level) {
      push("level", level, firstCapital(upper.slice(i, i + level)));
      phraseStart = false;
      proper = true;
      continue;
    }
    const unit = match(upper, i, UNITS);
    if (unit) {
      const next = upper[i + unit];
      const numbered = next !== undefined && (/^\d/.test(next) || ROMAN.test(next.replace(/,$/, "")));
      const words = upper.slice(i, i + unit);
      push(numbered ? "numbered-unit" : "unit", unit, numbered ? firstCapital(words) : words.map(lower));
      phraseStart = false;
      proper = !numbered;
      continue;
    }
    if (keptAsGiven(source[i])) {
      push("keep", 1, [source[i]]);
      continue;
    }
    if (proper) push("proper", 1, [capitalised(word)]);
    else push("word", 1, [phraseStart ? capitalised(word) : lower(word)], { phraseStart });
    phraseStart = false;
  }
  return pieces;
}

const joinWords = (words: string[]): string => words.join(" ").replace(/ ,/g, ",");

/**
 * The sentence form of an agency name: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" → "Sở Nông nghiệp và Môi trường",
 * "UBND TỈNH TÂY NINH" → "Ủy ban nhân dân tỉnh Tây Ninh". A name already written in mixed case is the clerk's
 * own sentence form and is kept.
 */
export function agencyInSentence(name: string): string {
  const flat = name.replace(/\s*\n\s*/g, " ").trim();
  if (flat === "") return "";
  if (flat !== flat.toLocaleUpperCase("vi")) return flat.normalize("NFC");
  const out = joinWords(analyse(flat).flatMap((p) => p.sentence));
  // A name opening with a unit ("ĐẶC KHU PHÚ QUÝ") is still a name: it opens with a capital.
  return out.charAt(0).toLocaleUpperCase("vi") + out.slice(1);
}

/** A person's name with every syllable capitalised: "NGUYỄN VĂN AN" → "Nguyễn Văn An"; mixed case is kept. */
export function personInSentence(name: string): string {
  const flat = name.normalize("NFC").replace(/\s+/g, " ").trim();
  if (flat !== flat.toLocaleUpperCase("vi")) return flat;
  return flat
    .split(" ")
    .map((w) => w.replace(/[^-]+/g, capitalised))
    .join(" ");
}

/** Whether the name is nothing but one type of body ("VĂN PHÒNG", "THANH TRA"): a unit named by its parent. */
export function isBareUnit(name: string): boolean {
  const pieces = analyse(name.replace(/\n/g, " "));
  return pieces.length === 1 && pieces[0].role === "type";
}

/** The parent's sentence form without its place name: "UBND TỈNH LÀO CAI" → "Ủy ban nhân dân tỉnh". */
export function agencyWithoutPlace(name: string): string {
  const flat = name.replace(/\s*\n\s*/g, " ").trim();
  if (flat !== flat.toLocaleUpperCase("vi")) return flat;
  const kept = analyse(flat).filter((p) => p.role !== "proper");
  // A trailing "-" or "và" belonged to the place name.
  while (kept.length && kept[kept.length - 1].role === "conj") kept.pop();
  return capitaliseFirst(joinWords(kept.flatMap((p) => p.sentence)));
}

/**
 * A title in running text: "CHÁNH THANH TRA" of "THANH TRA TỈNH" → "Chánh Thanh tra tỉnh"; "GIÁM ĐỐC" of
 * "SỞ TÀI CHÍNH" → "Giám đốc Sở Tài chính". `agencySentence` is the agency's sentence form.
 */
export function titleInSentence(title: string, agency: string, agencySentence: string): string {
  const words = tokens(title.toLocaleUpperCase("vi"));
  if (words.length === 0) return agencySentence;
  const head = tokens(agency.replace(/\n/g, " ").toLocaleUpperCase("vi"));
  // The title may end with the agency's type ("CHÁNH VĂN PHÒNG" of "VĂN PHÒNG"): say it once.
  let keep = words.length;
  for (let k = 1; k < words.length && k <= head.length; k++) {
    if (words.slice(words.length - k).join(" ") === head.slice(0, k).join(" ")) keep = words.length - k;
  }
  const titleWords = firstCapital(words.slice(0, keep));
  return agencySentence ? `${titleWords.join(" ")} ${agencySentence}` : capitalised(words.join(" "));
}

export const capitaliseFirst = (value: string): string => value.charAt(0).toLocaleUpperCase("vi") + value.slice(1);

/** Line-break costs of a header name: 0 between pieces, higher inside a word or a proper name; Infinity never. */
export interface BreakableName {
  words: string[];
  /** breakBefore[i]: the cost of starting a line with words[i] (breakBefore[0] is 0). */
  breakBefore: number[];
}

/** From 8 up a break falls inside a word or a name (templates/wrap.ts takes those last of all). */
const COST = {
  betweenPieces: 0,
  afterConjunction: 6,
  unitFromName: 4,
  insideType: 8,
  insideName: 8,
  /** Vietnamese words are mostly two syllables: a break after an even count of syllables is a word boundary. */
  wordBoundary: 1,
  insideWord: 10,
};

/**
 * The header's words of an agency name (as printed, upper case) with where a line may break. Breaking "SỞ NÔNG
 * NGHIỆP VÀ MÔI TRƯỜNG" costs nothing before "VÀ" and a lot between "MÔI" and "TRƯỜNG".
 */
export function breakableName(name: string): BreakableName {
  const words: string[] = [];
  const breakBefore: number[] = [];
  let previous: Piece | undefined;
  let phraseOffset = 0;
  for (const piece of analyse(name.replace(/\n/g, " ").toLocaleUpperCase("vi"))) {
    const continuesPhrase = piece.role === "word" && !piece.phraseStart && previous?.role === "word";
    piece.source.forEach((word, k) => {
      let cost: number;
      if (words.length === 0) cost = 0;
      else if (k > 0) cost = piece.role === "proper" ? COST.insideName : COST.insideType;
      else if (previous?.role === "conj") cost = COST.afterConjunction;
      else if (piece.role === "proper" && previous?.role === "unit") cost = COST.unitFromName;
      else if (piece.role === "proper" && previous?.role === "proper") cost = COST.insideName;
      else if (continuesPhrase) cost = phraseOffset % 2 === 0 ? COST.wordBoundary : COST.insideWord;
      else cost = COST.betweenPieces;
      words.push(word);
      breakBefore.push(cost);
    });
    phraseOffset = continuesPhrase ? phraseOffset + 1 : piece.role === "word" ? 1 : 0;
    previous = piece;
  }
  return { words, breakBefore };
}
