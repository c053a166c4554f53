/**
 * Owners (chủ trì) and co-owners (phối hợp): reading the body named in a clause.
 * Vietnamese agency names run until the verb that starts the work, so the reader walks words until a known verb.
 */
import { UPPER_CHARS, WORD_CHARS, isWordUnit as isWordUnitImport } from "../text";
import { isSpace as isSpaceImport, wordCount } from "./markers";

/** Bound once: compiled to CommonJS (tsx, Jest), every call through an import reads a getter, costly per character. */
const isLetterOrDigit = isWordUnitImport;
const isSpace = isSpaceImport;

/** Words an owner phrase can start with: bodies, offices, roles, or "các …". */
const OWNER_HEAD = new RegExp(
  "^(?:(?:[Cc]ác|[Nn]hững|[Tt]oàn thể|[Mm]ỗi|[Tt]ừng)\\s+[" +
    WORD_CHARS +
    "]|(?:(?:Ủy|Uỷ)\\s+ban|UBND|HĐND|MTTQ|Sở|Bộ|Ban|BQL|Phòng|Văn\\s+phòng|Thanh\\s+tra|Công\\s+an|Cục|Chi\\s+cục|Tổng\\s+cục|" +
    "Trung\\s+tâm|Tổng\\s+công\\s+ty|Công\\s+ty|Chi\\s+nhánh|Viễn\\s+thông|Điện\\s+lực|Kho\\s+bạc|Ngân\\s+hàng|Hội\\s+đồng|Hội|Đoàn|Tỉnh\\s+đoàn|Liên\\s+đoàn|" +
    "Mặt\\s+trận|Đảng\\s+ủy|Đảng\\s+uỷ|Tỉnh\\s+ủy|Tỉnh\\s+uỷ|Huyện\\s+ủy|Thành\\s+ủy|Tòa\\s+án|Toà\\s+án|Viện|Học\\s+viện|Bảo\\s+hiểm|Đài|Báo|Trường(?!\\s+hợp)|Bệnh\\s+viện|" +
    "Vụ|Cơ\\s+quan|Đơn\\s+vị|Tổ|Nhóm|Đội|Cảnh\\s+sát|Hải\\s+quan|Quỹ|Thủ\\s+trưởng|Lãnh\\s+đạo|Chủ\\s+tịch|Phó\\s+Chủ\\s+tịch|Giám\\s+đốc|Phó\\s+Giám\\s+đốc|" +
    "Trưởng|Phó\\s+Trưởng|Chánh|Phó\\s+Chánh|Chủ\\s+nhiệm|Người\\s+đứng\\s+đầu|Đồng\\s+chí|Đ/c|đồng\\s+chí|Đại\\s+diện|Quý\\s+[" +
    WORD_CHARS +
    "]|Chủ\\s+đầu\\s+tư|chủ\\s+đầu\\s+tư|" +
    "Thủ\\s+tướng|Phó\\s+Thủ\\s+tướng|Bộ\\s+trưởng|Thứ\\s+trưởng|Chính\\s+phủ|Nhà\\s+đầu\\s+tư|Doanh\\s+nghiệp|Cán\\s+bộ|Công\\s+chức|Bộ\\s+phận|Hợp\\s+tác\\s+xã|Tập\\s+đoàn|Cảng\\s+vụ|Ủy\\s+ban\\s+MTTQ|Thường\\s+trực|Thuế|Kiểm\\s+toán|Kiểm\\s+lâm|Hạt|Biên\\s+phòng|Bộ\\s+đội|Hiệp\\s+hội|Liên\\s+minh|Đại\\s+học|" +
    "Công\\s+đoàn|Chi\\s+bộ|Đảng\\s+đoàn|Ban\\s+cán\\s+sự|Cấp\\s+ủy|Cấp\\s+uỷ|Các\\s+cấp\\s+ủy|Bí\\s+thư|Phó\\s+Bí\\s+thư|Ủy\\s+viên|Uỷ\\s+viên|" +
    "Thường\\s+vụ|Huyện\\s+đoàn|Thành\\s+đoàn|Đảng\\s+bộ|Nhà\\s+trường|Khoa|Trạm|Chi\\s+nhánh|Ngân\\s+hàng|Đài|Phân\\s+hiệu|BCĐ|BCH|UBMTTQ|BHXH|KBNN|VKSND|TAND|LĐLĐ|HLHPN|CAND|" +
    "người\\s+đứng\\s+đầu|thủ\\s+trưởng)(?![" +
    WORD_CHARS +
    "]))",
  "u",
);

/**
 * Verbs (and modal words) that start the work after an owner phrase. Matched only in lower case inside a sentence:
 * names are capitalised ("Sở Xây dựng", "Phòng Kế hoạch - Tổng hợp") while the verb is not ("… tổng hợp, báo cáo").
 * Words that also live inside agency names in lower case ("quản lý", "đầu tư", "xây dựng", "phát triển") are left out.
 */
const STOP_PHRASES = [
  "chủ trì",
  "phối hợp",
  "khẩn trương",
  "khẩn trường", // a PDF text layer's typo
  "là cơ quan",
  "là đầu mối",
  "tập trung",
  "tiếp tục",
  "chủ động",
  "nghiêm túc",
  "báo cáo",
  "tổng hợp",
  "tham mưu",
  "rà soát",
  "triển khai",
  "thực hiện",
  "hướng dẫn",
  "theo dõi",
  "đôn đốc",
  "tổ chức",
  "chuẩn bị",
  "kiểm tra",
  "hoàn thành",
  "hoàn thiện",
  "đề xuất",
  "gửi",
  "lập",
  "đẩy nhanh",
  "đẩy mạnh",
  "tăng cường",
  "có ý kiến",
  "có trách nhiệm",
  "có văn bản",
  "phải",
  "cần",
  "nghiên cứu",
  "xem xét",
  "xử lý",
  "bố trí",
  "cung cấp",
  "giải quyết",
  "tìm kiếm",
  "bảo đảm",
  "đảm bảo",
  "quán triệt",
  "tuyên truyền",
  "dự thảo",
  "trình",
  "cân đối",
  "ban hành",
  "công bố",
  "sớm",
  "khảo sát",
  "cập nhật",
  "giám sát",
  "thống nhất",
  "nâng cao",
  "thông báo",
  "tiếp nhận",
  "hỗ trợ",
  "vận động",
  "mời",
  "điều chỉnh",
  "bổ sung",
  "khắc phục",
  "thu hồi",
  "nộp",
  "chỉ đạo",
  "yêu cầu",
  "đề nghị",
  "kính đề nghị",
  "kính mời",
  "trân trọng",
  "giao",
  "làm rõ",
  "sẽ",
  "được giao",
  "là đầu mối",
  "kịp thời",
  "thường xuyên",
  "chịu trách nhiệm",
  "rà soát",
  "ưu tiên",
  "duy trì",
  "quyết liệt",
  "nêu cao",
  "kiểm điểm",
  "chấn chỉnh",
  "thẩm định",
  "tiếp thu",
  "lựa chọn",
  "đăng ký",
  "trực",
  "bảo vệ",
  "căn cứ",
  "tích cực",
  "khẩn cấp",
  "xây dựng kế hoạch",
  "làm việc",
  "trao đổi",
];
/** A stop word preceded or followed by these is part of a noun ("công trình", "thành lập", "giao thông"), not a verb. */
const NOUN_BEFORE: Record<string, string[]> = {
  trình: ["công", "quy", "chương", "tờ", "lộ", "hành", "tiến", "giáo", "phiên", "đệ"],
  lập: ["thành", "độc", "thiết", "công"],
  "tổ chức": ["là"],
  mời: ["giấy", "thư"],
  trực: ["thường"],
  "báo cáo": ["chế", "các", "bản"],
  giao: ["ngoại"],
  "làm việc": ["buổi", "giờ", "ngày", "chế", "đoàn", "phiên", "nơi", "thời", "cuộc", "lịch", "tổ", "nhóm", "phòng"],
};
const NOUN_AFTER: Record<string, string[]> = {
  giao: ["thông", "đất", "dịch", "ban", "lưu"],
  cần: ["thiết"],
  trực: ["tuyến", "tiếp", "thuộc"],
  lập: ["trường"],
  sớm: ["nhất"],
};
/** Verbs that hand work to someone else: the body after them is the owner, not the speaker before them. */
const DELEGATING = new Set(["đề nghị", "kính đề nghị", "yêu cầu", "giao", "chỉ đạo"]);

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Characters that continue a word after its first letter or digit: "Đ/c", "V.v", "Sở Tài chính-Kế hoạch". */
const isWordJoiner = (c: number) => c === 0x26 || c === 0x2e || c === 0x2f || c === 0x27 || c === 0x2019 || c === 0x2d; // & . / ' ’ -
const isPunctToken = (c: number) => c === 0x3a || c === 0x3b || c === 0x2c || c === 0x2e || c === 0x28 || c === 0x29; // : ; , . ( )
const cpLength = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * The tokens of /[W][W&./'’-]*|[:;,.()]/gu (W: a letter or digit of WORD_CHARS) from `from` on, at most `max`: a word, or one punctuation
 * mark. A plain loop, not the Unicode regex, and lazy: tokens are read only as far as the caller looks, since the owner
 * reader runs on most paragraphs, several times, and usually stops within a few words.
 */
class Tokens {
  private readonly read: Token[] = [];
  private next: number;

  constructor(
    private readonly s: string,
    from: number,
    private readonly max: number,
  ) {
    this.next = from;
  }

  /** Token i, or undefined past the last one. */
  at(i: number): Token | undefined {
    return i < this.read.length ? this.read[i] : this.readTo(i);
  }

  has(i: number): boolean {
    return this.at(i) !== undefined;
  }

  private readTo(i: number): Token | undefined {
    while (this.read.length <= i && this.read.length < this.max && this.readOne());
    return this.read[i];
  }

  /** Appends the next token; false at the end of the text. */
  private readOne(): boolean {
    const s = this.s;
    let i = this.next;
    while (i < s.length) {
      const cp = s.codePointAt(i)!;
      let end = i + cpLength(cp);
      if (isLetterOrDigit(cp)) {
        while (end < s.length) {
          const next = s.codePointAt(end)!;
          if (!isLetterOrDigit(next) && !isWordJoiner(next)) break;
          end += cpLength(next);
        }
      } else if (!isPunctToken(cp)) {
        i = end;
        continue;
      }
      this.read.push({ text: s.slice(i, end), start: i, end });
      this.next = end;
      return true;
    }
    this.next = i;
    return false;
  }
}

/** The stop phrases by first word, each as its words, longest first: matched word by word, no string built. */
const PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const p of [...STOP_PHRASES].sort((a, b) => b.split(" ").length - a.split(" ").length)) {
  const words = p.split(" ");
  const list = PHRASES_BY_FIRST.get(words[0]) ?? [];
  if (!list.some((w) => w.join(" ") === p)) list.push(words);
  PHRASES_BY_FIRST.set(words[0], list);
}

/** Matches a stop phrase at token i; `anyCase` for the word right after a colon ("X: Chủ trì …"). */
function stopAt(tokens: Tokens, i: number, anyCase: boolean): { phrase: string; len: number } | null {
  const first = anyCase ? tokens.at(i)!.text.toLowerCase() : tokens.at(i)!.text;
  const candidates = PHRASES_BY_FIRST.get(first);
  if (!candidates) return anyCase && first === "là" ? { phrase: "là", len: 1 } : null;
  for (const words of candidates) {
    let k = 1;
    for (; k < words.length; k++) {
      const t = tokens.at(i + k);
      if (!t || (anyCase ? t.text.toLowerCase() : t.text) !== words[k]) break;
    }
    if (k < words.length) continue;
    const key = words.length === 1 ? first : words.join(" ");
    const prev = i > 0 ? tokens.at(i - 1)!.text.toLowerCase() : "";
    const next = tokens.at(i + words.length)?.text.toLowerCase() ?? "";
    if (NOUN_BEFORE[key]?.includes(prev) || NOUN_AFTER[key]?.includes(next)) continue;
    return { phrase: key, len: words.length };
  }
  return anyCase && first === "là" ? { phrase: "là", len: 1 } : null;
}

/** True when any work verb occurs in the text (case-insensitive). */
export function containsVerb(text: string): boolean {
  const tokens = new Tokens(text, 0, 60);
  for (let i = 0; tokens.has(i); i++) if (stopAt(tokens, i, true)) return true;
  return false;
}

/** True when the text opens with a work verb ("Rà soát …", "Chủ trì, phối hợp …"). */
export function startsWithVerb(text: string): boolean {
  const tokens = new Tokens(text, 0, 3);
  return tokens.has(0) && stopAt(tokens, 0, true) !== null;
}

/** OWNER_HEAD tested at an offset (sticky, without its "^"), so callers need not slice the text. */
const OWNER_HEAD_AT = new RegExp(OWNER_HEAD.source.replace(/^\^/, ""), "uy");
/**
 * A body word typed without its diacritics ("Vu Kế hoạch - Tài chính", "So Tài chính"): accepted only before a
 * capitalised name, so "So sánh …" or "Phong trào …" never start a body.
 */
const OWNER_HEAD_SLIP_AT = new RegExp(
  `(?:Vu|So|Bo|Cuc|Chi\\s+cuc|Tong\\s+cuc|Phong|Vien|Uy\\s+ban|Trung\\s+tam|Van\\s+phong)\\s+[${UPPER_CHARS}]`,
  "uy",
);
function ownerHeadAt(text: string, at: number): boolean {
  OWNER_HEAD_AT.lastIndex = at;
  if (OWNER_HEAD_AT.test(text)) return true;
  OWNER_HEAD_SLIP_AT.lastIndex = at;
  return OWNER_HEAD_SLIP_AT.test(text);
}

export function startsWithOwnerHead(s: string): boolean {
  return ownerHeadAt(s, 0);
}

/** Words that open a body phrase but name no body: "các", "những" … */
const QUANTIFIERS = new Set(["các", "những", "mỗi", "từng"]);

export interface OwnerRead {
  owner: string;
  coOwners: string[];
  /** Offset where the work (the verb) starts. */
  workStart: number;
  /** The verb that ended the owner phrase. */
  verb: string;
  /** True when the owner is the object of "đề nghị/yêu cầu/giao/chỉ đạo" rather than the grammatical subject. */
  delegated?: boolean;
  /** For a delegated owner: the subject that delegated and its verb ("Các địa phương" "chỉ đạo" …). */
  subject?: string;
  via?: string;
}

/**
 * s.replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, "").replace(/\s+/g, " ").trim(), as loops: the ends are cut by hand, and the
 * inner spaces are rewritten only when some are not already single plain spaces (names seldom need it).
 */
function trimOwner(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isOwnerEdge(s.charCodeAt(start))) start++;
  while (end > start && isOwnerEdge(s.charCodeAt(end - 1))) end--;
  const t = s.slice(start, end);
  return hasLooseSpace(t) ? t.replace(/\s+/g, " ") : t;
}

/** [\s,;:–-]: what trimOwner cuts from both ends. */
const isOwnerEdge = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2013 || c === 0x2d || isSpace(c);

/** True when some space is not a single U+0020. */
function hasLooseSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 0x20 || isSpace(s.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/**
 * Reads "<owner> <verb> …" starting at `from`. Returns null unless the phrase starts like a body and a verb follows
 * within `maxWords`. Handles "X chủ trì, phối hợp (với) Y <verb>", "X phối hợp với Y <verb>", "X: <task>",
 * and "X đề nghị Y <verb>" (Y is the owner).
 */
export function readOwner(text: string, from = 0, maxWords = 26, addressee = false): OwnerRead | null {
  if (!ownerHeadAt(text, skipSpaces(text, from))) return null;
  const tokens = new Tokens(text, from, maxWords + 8 + (addressee ? ASIDE_TOKENS : 0));
  // "Tổ chức phổ biến …", "Báo cáo kết quả …": a line that opens with a verb has no subject, though "Tổ", "Báo" head names.
  if (stopAt(tokens, 0, true)) return null;
  let colonAt = -1;
  let limit = maxWords;
  for (let i = 1; i <= limit && tokens.has(i); i++) {
    const t = tokens.at(i)!.text;
    // "đề nghị các Bộ (sau đây gọi là …) và Ủy ban nhân dân các tỉnh …": an aside in brackets inside the object is part
    // of its name, and its words are not counted.
    if (t === "(" && addressee) {
      const close = closingBracket(tokens, i);
      if (close > 0) {
        limit += close - i + 1;
        i = close;
        continue;
      }
    }
    // "Viện A; Viện B nghiên cứu …": a ";" between two bodies continues the subject.
    if (t === ";" && tokens.has(i + 1) && ownerHeadAt(text, tokens.at(i + 1)!.start)) continue;
    if (t === ";" || t === "." || t === "(") break;
    if (t === ":") {
      colonAt = i;
      const s = tokens.has(i + 1) ? stopAt(tokens, i + 1, true) : null;
      if (s) return finish(text, from, tokens, i, i + 1, s, addressee);
      continue;
    }
    // "các tổ chức, cá nhân …": right after a quantifier the word is the body's noun, not the verb "tổ chức".
    if (i === 1 && QUANTIFIERS.has(tokens.at(0)!.text.toLowerCase())) continue;
    const s = stopAt(tokens, i, false);
    if (s) {
      if (i > 0 && tokens.at(i - 1)!.text === ":") continue; // handled above
      return finish(text, from, tokens, i, i, s, addressee);
    }
  }
  if (colonAt > 0 && colonAt <= 14 && !RX_NOT_A_NAME.test(text.slice(from, tokens.at(colonAt)!.start))) {
    // "Phòng X: <task that starts with a verb we do not know>"; not "Các trường hợp miễn kiểm tra: …".
    return {
      owner: trimOwner(text.slice(from, tokens.at(colonAt)!.start)),
      coOwners: [],
      workStart: tokens.at(colonAt)!.end,
      verb: "",
    };
  }
  return null;
}

/** "Các trường hợp miễn kiểm tra …", "Các nội dung …": "các" before these words names no body. */
const RX_NO_BODY =
  /^(?:các|những)\s+(?:trường\s+hợp|nội\s+dung|vấn\s+đề|việc|hoạt\s+động|chỉ\s+tiêu|nhiệm\s+vụ|giải\s+pháp)(?:\s|$)/iu;

/** Tokens an aside in brackets may hold. */
const ASIDE_TOKENS = 24;

/** The index of the ")" closing the "(" at token i, within ASIDE_TOKENS, or -1. */
function closingBracket(tokens: Tokens, i: number): number {
  for (let j = i + 1; j <= i + ASIDE_TOKENS && tokens.has(j); j++) {
    const t = tokens.at(j)!.text;
    if (t === ")") return j;
    if (t === "(" || t === ";") return -1;
  }
  return -1;
}

function finish(
  text: string,
  from: number,
  tokens: Tokens,
  ownerEnd: number,
  verbIdx: number,
  s: { phrase: string; len: number },
  addressee: boolean,
): OwnerRead | null {
  const owner = trimOwner(text.slice(from, tokens.at(ownerEnd)!.start));
  if (!owner || RX_NO_BODY.test(owner)) return null;
  const afterVerb = tokens.at(verbIdx + s.len - 1)!.end;
  // "đề nghị UBND các tỉnh chỉ đạo các cơ quan …": the body asked to direct or require is the owner (spec rule 4).
  if (DELEGATING.has(s.phrase) && !(addressee && (s.phrase === "chỉ đạo" || s.phrase === "yêu cầu"))) {
    // "Sở Công Thương đề nghị các chủ đầu tư …": the object is the owner.
    const obj = readOwner(text, skipSpaces(text, afterVerb), 26, true);
    if (obj) return { ...obj, delegated: true, subject: owner, via: s.phrase };
    return { owner, coOwners: [], workStart: afterVerb, verb: s.phrase };
  }
  const verbStart = tokens.at(verbIdx)!.start;
  const co = readCoOwners(text, verbStart);
  return { owner, coOwners: co.names, workStart: co.end > 0 ? co.end : verbStart, verb: s.phrase };
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i])) i++;
  return i;
}

const RX_COOWNER = /(?:^|[\s,;])phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+(?:với|cùng))?\s+/giu;
/** What every RX_COOWNER match holds: most sentences fail this quick test and skip the full pattern. */
const RX_COOWNER_WORDS = /phối\s+hợp/iu;

/**
 * Co-owners: the bodies named after "phối hợp (với)" up to the verb that starts the work. Remarks in brackets are
 * skipped ("phối hợp với Sở Tài chính (trong việc thẩm định), Trung tâm X (…) và các cơ quan liên quan") and the list is
 * split at commas and "và" where a new body starts.
 */
export function readCoOwners(text: string, from = 0, window = 40): { names: string[]; end: number } {
  if (!RX_COOWNER_WORDS.test(text)) return { names: [], end: -1 };
  RX_COOWNER.lastIndex = from;
  const m = RX_COOWNER.exec(text);
  if (!m || m.index - from > window) return { names: [], end: -1 };
  const start = m.index + m[0].length;
  if (!ownerHeadAt(text, start)) return { names: [], end: -1 };
  const tokens = new Tokens(text, start, 80);
  let depth = 0;
  for (let i = 1; tokens.has(i); i++) {
    const t = tokens.at(i)!.text;
    if (t === "(") depth++;
    else if (t === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || t === ")") continue;
    if (t === ";" || t === ".") break;
    const s = stopAt(tokens, i, false);
    if (s) {
      const end = tokens.at(i)!.start;
      const list = trimOwner(text.slice(start, end).replace(RX_BRACKETED, " "));
      return { names: list ? splitProseBodies(list) : [], end };
    }
  }
  return { names: [], end: -1 };
}

const RX_BRACKETED = /\s*\([^()]*\)/g;
const RX_AND = /\s+và\s+/u;

/** A list of bodies in prose: split at ";", at commas and at "và" where the next piece starts like a body. */
export function splitProseBodies(list: string): string[] {
  const out: string[] = [];
  for (const piece of splitBodies(list, true)) {
    const parts = piece.split(RX_AND);
    let cur = parts[0];
    for (const p of parts.slice(1)) {
      if (OWNER_HEAD.test(p) && RX_CAPITAL_OR_CAC.test(p)) {
        out.push(trimOwner(cur));
        cur = p;
      } else cur = `${cur} và ${p}`;
    }
    out.push(trimOwner(cur));
  }
  return out.filter((x) => x.length > 0);
}

/**
 * Splits a list of bodies on ";" (always) and, when `commas`, on "," too — but a comma-piece that does not start
 * like a body ("ban, ngành" in "Các Sở, ban, ngành") stays with the piece before it.
 */
export function splitBodies(list: string, commas: boolean): string[] {
  const out: string[] = [];
  for (const semi of list.split(/\s*[;\n]\s*/)) {
    if (!semi.trim()) continue;
    if (!commas) {
      out.push(trimOwner(semi));
      continue;
    }
    const parts = semi.split(/\s*,\s*/);
    let cur = "";
    for (const p of parts) {
      if (cur && OWNER_HEAD.test(p) && RX_CAPITAL_OR_CAC.test(p)) {
        out.push(trimOwner(cur));
        cur = p;
      } else cur = cur ? `${cur}, ${p}` : p;
    }
    if (cur.trim()) out.push(trimOwner(cur));
  }
  return out.filter((x) => x.length > 0);
}

/** A body name's first word: capitalised, or "các …". */
const RX_CAPITAL_OR_CAC = new RegExp(`^[${UPPER_CHARS}]|^các\\s`, "u");

/** "Giao X …" at a clause start; "Yêu cầu: A, B …" and "Giao các sở: A, B …" name their bodies after a colon. */
const RX_ASSIGN = /(^|[,;:.]\s*|\slà,?\s+|\sđồng thời,?\s+)(giao|(?:kính\s+)?đề\s+nghị|yêu\s+cầu|chỉ\s+đạo)\s*:?\s+/giu;
/** The verb every RX_ASSIGN match holds: a quick test that spares most sentences the full pattern. */
const RX_ASSIGN_VERB = /(?:giao|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo)[\s:]/iu;
/** "Giao các sở: A, B, …": the group before the colon only announces the bodies listed after it. */
const RX_GROUP_BEFORE_LIST = /^các\s[^:,;]{1,30}:\s+/u;

/**
 * Explicit assignment anywhere at a clause start: "Giao X …", "…, đề nghị X …", "Hai là, giao X …".
 * `skipDirecting` ignores "yêu cầu"/"chỉ đạo" (under an agency heading or a lead-in, the heading body requires or
 * directs: "Chỉ đạo Sở X …", "…; yêu cầu các doanh nghiệp …" are its tasks).
 */
export function findAssignment(text: string, skipDirecting: boolean): (OwnerRead & { at: number }) | null {
  if (!RX_ASSIGN_VERB.test(text)) return null;
  RX_ASSIGN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RX_ASSIGN.exec(text))) {
    const verbAt = m.index + m[1].length;
    // Under an agency heading or a lead-in, the body that requires or directs is that agency, wherever the verb is.
    if (skipDirecting && /^(?:yêu|chỉ)/iu.test(m[2])) continue;
    // The bodies asked may be a long list ("Đề nghị Văn phòng Tỉnh ủy …, Viện kiểm sát …, Thuế tỉnh, … tăng cường …").
    const r = readOwner(text, m.index + m[0].length, 90, true);
    if (!r) continue;
    const group = RX_GROUP_BEFORE_LIST.exec(r.owner);
    return { ...r, owner: group ? r.owner.slice(group[0].length) : r.owner, at: verbAt, delegated: true };
  }
  return null;
}

const RX_DELEGATE_ANYWHERE = /(?:kính\s+)?(?:đề\s+nghị|yêu\s+cầu|giao)\s*:?\s+/giu;

/**
 * The body a lead-in hands its list to, wherever its verb sits: "Để triển khai …, Bộ X kính đề nghị Ủy ban nhân dân các
 * tỉnh chỉ đạo …, cụ thể như sau:" gives "Ủy ban nhân dân các tỉnh" (spec owner rule 5).
 */
export function findDelegatedObject(text: string): OwnerRead | null {
  if (!RX_ASSIGN_VERB.test(text)) return null;
  let m: RegExpExecArray | null;
  for (RX_DELEGATE_ANYWHERE.lastIndex = 0; (m = RX_DELEGATE_ANYWHERE.exec(text));) {
    if (m.index > 0 && isLetterOrDigit(text.charCodeAt(m.index - 1))) continue;
    // A lead-in's object is often a long list of bodies ("các Bộ, cơ quan ngang bộ, … và Ủy ban nhân dân các tỉnh …").
    const r = readOwner(text, m.index + m[0].length, 40, true);
    if (r) return { ...r, delegated: true };
  }
  return null;
}

/** Words after which "các X" is an object, not a subject ("Đôn đốc các cơ sở … thực hiện"). */
const NOT_SUBJECT_BEFORE = new Set(
  (
    "đôn đốc hướng dẫn yêu cầu đề nghị chỉ đạo mời giao hỗ trợ vận động tuyên truyền khuyến khích theo dõi với cho của tại " +
    "đến về giữa từ để và hoặc cùng trong đối giúp tạo phân công kiểm tra giám sát thanh tra xử lý nhắc nhở thu hút do bởi " +
    "chủ trì phối hợp làm việc đối với trên thuộc nhưng mà là"
  ).split(" "),
);

/**
 * "các <body noun>" in a sentence. It must follow a space; as a leading lookbehind that would make V8 try the pattern at
 * every position, so findTopicSubject checks it on each hit instead.
 */
const RX_TOPIC_CAC = new RegExp(
  `các\\s+(?=(?:phòng|đơn vị|sở|ban|cơ quan|địa phương|xã|phường|huyện|chủ đầu tư|thành viên|tổ|đoàn|cán bộ|công chức|đồng chí|chi cục|trung tâm|hội|ủy ban|uỷ ban|doanh nghiệp|nhà đầu tư|trường|bộ phận)(?![${WORD_CHARS}]))`,
  "gu",
);

/** ", Sở …": a capitalised word after a comma. */
const RX_COMMA_CAPITAL = new RegExp(`,\\s+(?=[${UPPER_CHARS}])`, "gu");
/** How far into a sentence a topic subject is looked for. */
const TOPIC_REACH = 600;

/**
 * Pattern 3: a subject after a topic phrase, "Xây dựng kế hoạch thanh tra năm 2021 các phòng tiếp tục rà soát …".
 * Only "các/những <noun>" in lower case, not right after a verb that takes it as its object.
 */
export function findTopicSubject(text: string): OwnerRead | null {
  // A topic subject sits early in its sentence: reading a bounded head keeps a long paragraph linear.
  const head = text.length > TOPIC_REACH ? text.slice(0, TOPIC_REACH) : text;
  const clauseEnd = head.search(/[;.]/);
  const clause = clauseEnd > 0 ? head.slice(0, clauseEnd) : head;
  let m: RegExpExecArray | null;
  for (RX_TOPIC_CAC.lastIndex = 0; (m = RX_TOPIC_CAC.exec(clause));) {
    if (!/\s/.test(clause.charAt(m.index - 1))) {
      RX_TOPIC_CAC.lastIndex = m.index + 1; // "các" must follow a space: (?<=\s), checked here (see RX_TOPIC_CAC)
      continue;
    }
    const before = clause.slice(Math.max(0, m.index - 40), m.index).trimEnd();
    const prev2 = before.split(/\s+/).slice(-2).join(" ").toLowerCase();
    const prev1 = before.split(/\s+/).pop()?.toLowerCase() ?? "";
    if (NOT_SUBJECT_BEFORE.has(prev1) || NOT_SUBJECT_BEFORE.has(prev2) || /[,:]$/.test(before)) continue;
    const r = readOwner(text, m.index, 8);
    if (r && !DELEGATING.has(r.verb)) return r;
  }
  // "Định kỳ 6 tháng, hàng năm, Sở Công Thương tổ chức sơ kết …": a capitalised body after leading adverbials.
  // "Chủ trì, phối hợp với A, B hoàn thành …": after a leading verb, a body after a comma is a partner.
  if (startsWithVerb(clause)) return null;
  const rc = RX_COMMA_CAPITAL;
  for (rc.lastIndex = 0; (m = rc.exec(clause));) {
    const at = m.index + m[0].length;
    const r = readOwner(text, at, 14);
    if (r && r.verb !== "") return r; // "Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ X …" too
  }
  return null;
}

/** "… có trách nhiệm", "… chịu trách nhiệm", "… có nhiệm vụ", "… thực hiện các nhiệm vụ sau": a duty heading's tail. */
const RX_DUTY_TAIL =
  /\s+(?:(?:có|chịu)\s+trách\s+nhiệm|có\s+(?:các\s+)?nhiệm\s+vụ|(?:tổ\s+chức\s+)?thực\s+hiện\s+(?:các|những)\s+(?:nhiệm\s+vụ|nội\s+dung|công\s+việc))(?:\s+(?:chủ\s+yếu|cụ\s+thể|sau\s+đây|sau|như\s+sau))*\s*$/iu;
/** "NHIỆM VỤ CHỦ YẾU CỦA BỘ …": the body a task heading belongs to. */
const RX_OF_BODY = /(?:^|\s)của\s+(\S.*)$/iu;

/** "Đối với …" opening a heading: the body it names follows. */
const RX_HEADING_ABOUT = /^đối\s+với\s+/iu;
/** "(theo quy định tại khoản 5 Điều 3 …)" closing a heading, one level of brackets. */
const RX_TRAILING_ASIDE = /\s*\([^()]*\)\s*$/u;

/** Capitalises as a name's first word would be: "BỘ TÀI NGUYÊN" → "Bộ tài nguyên" (only to test its head). */
function sentenceCase(s: string): string {
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The body a heading hands its items to (spec owner rule 4), or null:
 * - the heading is the body: "1. Sở Công Thương", and a list after a colon, "1. Các Bộ: Công Thương, Xây dựng";
 * - the body with a duty tail: "1. Cục X có trách nhiệm:", "… chịu trách nhiệm", "… thực hiện các nhiệm vụ sau";
 * - in a task heading, the body after "của": "II. NHIỆM VỤ CHỦ YẾU CỦA BỘ X" (`spell` gives a capitalised title's
 *   name as the document writes it elsewhere).
 * `title` is the heading without its marker and final colon.
 */
export function ownerOfHeading(title: string, kind: string, spell: (name: string) => string): string | null {
  if (kind === "nontask") return null;
  // "3. Đối với các Bộ quản lý chuyên ngành (theo quy định tại khoản 5 Điều 3 …)": the topic opener and an aside in
  // brackets after the name belong to the heading, not to the body it names.
  title = withoutAside(title.replace(RX_HEADING_ABOUT, ""));
  // "2. Giao Sở Nội vụ", "9. Đề nghị Ủy ban Mặt trận Tổ quốc …", "a) Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp …".
  const assign = RX_HEADING_ASSIGN.exec(title);
  if (assign) {
    const names = bodyNames(title.slice(assign[0].length));
    if (names) return names;
    const a = findAssignment(title, false);
    return a && a.at === 0 ? a.owner : null;
  }
  if (/\./.test(title)) return null;
  if (startsWithOwnerHead(title)) return ownerNamedByHeading(title, kind);
  if (kind !== "tasks") return null;
  const of = RX_OF_BODY.exec(title);
  if (!of || /;/.test(of[1]) || wordCount(of[1], 14) > 14 || containsVerb(of[1])) return null;
  const name = trimOwner(of[1]);
  const upper = name === name.toUpperCase();
  if (!startsWithOwnerHead(upper ? sentenceCase(name) : name)) return null;
  return upper ? spell(name) : name;
}

const RX_HEADING_ASSIGN = /^(?:giao|(?:kính\s+)?đề\s+nghị|yêu\s+cầu)\s*:?\s+/iu;

/**
 * A line that only names who works: body names ("Thủ trưởng các sở …; Chủ tịch UBND các xã"), after "Giao"/"Đề nghị"
 * ("2. Giao Sở Nội vụ"), or with a duty tail ("10. Các đơn vị cấp nước … có trách nhiệm"). It heads the lines below.
 */
export function namesWhoWorks(title: string): string | null {
  const t = withoutAside(title.replace(RX_HEADING_ABOUT, ""));
  const assign = RX_HEADING_ASSIGN.exec(t);
  if (!assign && !ownerHeadAt(t, 0)) return null; // most lines: no body first, nothing to read
  const names = bodyNames(assign ? t.slice(assign[0].length) : t);
  if (names) return names;
  const duty = assign || !RX_DUTY_WORDS.test(t) ? null : RX_DUTY_TAIL.exec(t);
  return duty ? bodyNames(t.slice(0, duty.index)) : null;
}

/** The words every RX_DUTY_TAIL match holds: a cheap test first. */
const RX_DUTY_WORDS = /trách\s+nhiệm|nhiệm\s+vụ|thực\s+hiện/iu;

/** A heading without the aside in brackets that closes it; tested only when the line ends with ")". */
function withoutAside(s: string): string {
  return /\)\s*$/.test(s) ? s.replace(RX_TRAILING_ASIDE, "") : s;
}

/** A heading that starts with a body: the body itself, names after a colon, or a body with a duty tail. */
function ownerNamedByHeading(title: string, kind: string): string | null {
  const words = wordCount(title, 40);
  // A bare name, names joined by ";", or names listed after a colon with no verb ("Các Bộ: Công Thương, Giao thông
  // vận tải"). Only in a neutral heading: "Các nhiệm vụ trọng tâm" starts like a body but is a task heading.
  if (kind === "neutral") {
    const names = bodyNames(title);
    if (names) return names;
    const r = /;/.test(title) ? null : readOwner(title, 0);
    if (
      (!r || r.verb === "") &&
      !/;/.test(title) &&
      (words <= 14 || (words <= 40 && /:/.test(title) && !containsVerb(title)))
    )
      return title;
  }
  const duty = RX_DUTY_TAIL.exec(title);
  if (duty && words <= 30) {
    const name = title.slice(0, duty.index);
    const n = readOwner(name, 0);
    if (!n || n.verb === "") return trimOwner(name);
  }
  return null;
}

/** Words of a lead-in or a topic, never of a body's name: "Các nội dung cụ thể như sau". */
export const RX_NOT_A_NAME =
  /nội dung|nhiệm vụ|như sau|sau đây|cụ thể|giải pháp|công tác|vấn đề|việc|yêu cầu|trường hợp|[.]/iu;

/** "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường": body names only (one or more, by ";"), or null. */
export function bodyNames(s: string): string | null {
  const t = trimOwner(s);
  if (!t || wordCount(t, 40) > 40) return null;
  for (const part of t.split(/\s*;\s*/)) {
    if (!startsWithOwnerHead(part) || RX_NOT_A_NAME.test(part)) return null;
    const r = readOwner(`${part} thực hiện`, 0, 40, true);
    if (!r || r.verb !== "thực hiện" || r.owner.length < part.length - 1) return null;
  }
  return t;
}
