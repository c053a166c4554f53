/**
 * Owners (chủ trì) and co-owners (phối hợp): reading the body named in a clause.
 * Vietnamese agency names run until the verb that starts the work, so the reader walks words until a known verb
 * (verbs.ts).
 */
import { UPPER_CHARS, WORD_CHARS, startsUpper } from "../text";
import { isSpace as isSpaceImport } from "./markers";
import { PURPOSE, Tokens, containsVerb, endsNameAt, stopAt as stopAtImport, workAfterColon } from "./verbs";

/** Bound once: compiled to CommonJS (tsx, Jest), every call through an import reads a getter, costly per character. */
const isSpace = isSpaceImport;
const stopAt = stopAtImport;

/** Words an owner phrase can start with: bodies, offices, roles, or "các …" ("Phòng chống …" is a verb, not an office). */
const OWNER_HEAD = new RegExp(
  "^(?:(?:[Tt]ất cả(?:\\s+(?:các|những))?|[Cc]ác|[Nn]hững|[Tt]oàn thể|[Mm]ỗi|[Tt]ừng)\\s+[" +
    WORD_CHARS +
    // "…, thành phố Đà Nẵng cần …", "đề nghị tỉnh Quảng Trị …", "đề nghị phòng Kinh tế các huyện …": a place or an
    // office in lower case before its capitalised name.
    "]|(?:tỉnh|thành\\s+phố|phòng|sở|ban|chi\\s+cục|cục|trung\\s+tâm|văn\\s+phòng|trường|khoa|viện|hội)\\s+[" +
    UPPER_CHARS +
    // "kính đề nghị giám đốc các doanh nghiệp …", "yêu cầu lãnh đạo các đơn vị …": a role in lower case before whose.
    "]|(?:giám\\s+đốc|lãnh\\s+đạo|trưởng|chủ\\s+tịch|hiệu\\s+trưởng)\\s+(?:các\\s+[" +
    WORD_CHARS +
    "]|[" +
    UPPER_CHARS +
    "])|(?:(?:Ủy|Uỷ)\\s+ban|UBND|Thành\\s+phố|Tỉnh|HĐND|MTTQ|Sở|Bộ|Ban|BQL|Phòng(?!\\s*,?\\s*(?:chống|ngừa|tránh|cháy|bệnh|dịch)(?![" +
    WORD_CHARS +
    "]))|Văn\\s+phòng|Thanh\\s+tra|Công\\s+an|Cục|Chi\\s+cục|Tổng\\s+cục|" +
    // "Trung ương Mặt trận Tổ quốc Việt Nam", "Trung ương Đoàn": the central body of a named organisation.
    "Trung\\s+tâm|Trung\\s+ương(?=\\s+[" +
    UPPER_CHARS +
    "])|Tổng\\s+công\\s+ty|Công\\s+ty|Chi\\s+nhánh|Viễn\\s+thông|Điện\\s+lực|Kho\\s+bạc|Ngân\\s+hàng|Hội\\s+đồng|Hội(?!\\s+(?:nghị|thảo|thi|diễn|chợ|khỏe|trại)(?![" +
    WORD_CHARS +
    "]))|Đoàn|Tỉnh\\s+đoàn|Liên\\s+đoàn|" +
    "Mặt\\s+trận|Đảng\\s+ủy|Đảng\\s+uỷ|Tỉnh\\s+ủy|Tỉnh\\s+uỷ|Huyện\\s+ủy|Huyện\\s+uỷ|Thành\\s+ủy|Thành\\s+uỷ|Quân\\s+ủy|Quân\\s+uỷ|Đảng\\s+bộ|Chi\\s+bộ|Cấp\\s+ủy|Cấp\\s+uỷ|Tòa\\s+án|Toà\\s+án|Viện|Học\\s+viện|Bảo\\s+hiểm|Đài|Báo|Trường(?!\\s+hợp)|Bệnh\\s+viện|" +
    "Vụ|Cơ\\s+quan|Đơn\\s+vị|Tổ|" +
    // "Cơ sở giáo dục nghề nghiệp có trách nhiệm …", "Cơ sở khám bệnh …": an institution; not "Cơ sở dữ liệu".
    "Cơ\\s+sở(?!\\s+(?:dữ\\s+liệu|pháp\\s+lý|vật\\s+chất|hạ\\s+tầng|khoa\\s+học|lý\\s+luận|thực\\s+tiễn|để|của)(?![" +
    WORD_CHARS +
    "]))|" +
    // "Nhóm công tác …" works; "1. Nhóm giải pháp về tuyên truyền …" titles a group of an Đề án's solutions,
    // "1. Nhóm các nền tảng …", "2. Nhóm ứng dụng, nền tảng số …", "Nhóm 1: …" a category of a programme's work or of
    // findings.
    "Nhóm(?!\\s+(?:giải\\s+pháp|nhiệm\\s+vụ|chỉ\\s+tiêu|mục\\s+tiêu|nội\\s+dung|hoạt\\s+động|chính\\s+sách|năng\\s+lực|đối\\s+tượng|vấn\\s+đề|các|ứng\\s+dụng|nền\\s+tảng|hệ\\s+thống|dịch\\s+vụ|sản\\s+phẩm|hàng|ngành|\\d)(?![" +
    WORD_CHARS +
    "]))|Đội|Địa\\s+phương|Chủ\\s+(?:[Cc]hương\\s+trình|[Dd]ự\\s+án|[Cc]ơ\\s+sở)|Cảnh\\s+sát|Hải\\s+quan|Quỹ|Thủ\\s+trưởng|Lãnh\\s+đạo|Chủ\\s+tịch|Phó\\s+Chủ\\s+tịch|Giám\\s+đốc|Phó\\s+Giám\\s+đốc|" +
    // "Giám thị trại giam, Giám thị trại tạm giam có trách nhiệm …", "Giám thị phòng thi …": a warden, an invigilator;
    // a school's notice writes its invigilators in lower case ("5. Yêu cầu giám thị giám sát …", "cán bộ coi thi …").
    "[Gg]iám\\s+thị|Phó\\s+Giám\\s+thị|[Cc]án\\s+bộ\\s+coi\\s+(?:thi|kiểm\\s+tra)|" +
    "Trưởng|Phó\\s+Trưởng|Hiệu\\s+trưởng|Phó\\s+Hiệu\\s+trưởng|" +
    // A school's notices give duties to candidates and students, in lower case too after an opener ("Khi đi thi, thí sinh …").
    "[Tt]hí\\s+sinh|[Ss]inh\\s+viên|[Gg]iáo\\s+viên|[Gg]iảng\\s+viên|[Hh]ọc\\s+sinh|[Hh]ọc\\s+viên|[Nn]gười\\s+học|Chánh|Phó\\s+Chánh|Chủ\\s+nhiệm|Người\\s+đứng\\s+đầu|Đồng\\s+chí|Đ/c|đồng\\s+chí|Đại\\s+diện|[Qq]uý(?=\\s+[" +
    WORD_CHARS +
    "])|Chủ\\s+đầu\\s+tư|chủ\\s+đầu\\s+tư|" +
    "Thủ\\s+tướng|Phó\\s+Thủ\\s+tướng|Bộ\\s+trưởng|Thứ\\s+trưởng|Thống\\s+đốc|Tổng\\s+giám\\s+đốc|" +
    // Deputies by office: "01 Phó Thống đốc Ngân hàng Nhà nước", "Phó Chủ nhiệm Văn phòng Chính phủ".
    "Phó\\s+(?:Chủ\\s+nhiệm|Thống\\s+đốc|Viện\\s+trưởng|Chánh\\s+án|Cục\\s+trưởng|Tổng\\s+cục\\s+trưởng|Tổng\\s+giám\\s+đốc)|" +
    "Chính\\s+phủ|Nhà\\s+đầu\\s+tư|Nhà\\s+thầu|Người\\s+sử\\s+dụng\\s+lao\\s+động|Doanh\\s+nghiệp|Cán\\s+bộ|Công\\s+chức|Bộ\\s+phận|Hợp\\s+tác\\s+xã|Tập\\s+đoàn|Cảng\\s+vụ|Ủy\\s+ban\\s+MTTQ|Thường\\s+trực|Thuế|Kiểm\\s+toán|Kiểm\\s+lâm|Hạt|Biên\\s+phòng|Bộ\\s+đội|Hiệp\\s+hội|Liên\\s+minh|Liên\\s+hiệp|Đại\\s+học|Tạp\\s+chí|Nhà\\s+xuất\\s+bản|" +
    // "yêu cầu ông (bà) Hiệu trưởng các đơn vị …": the courtesy pair before a role names whoever holds it.
    "[Ôô]ng\\s*(?:\\(\\s*[Bb]à\\s*\\)|/\\s*[Bb]à)|" +
    // "Giao ông Trần Nhật Quang công chức Địa chính …, bà Nguyễn Thị Bích Ly …": a person by full name, in lower case
    // inside a sentence (a list of members writes "(1) Bà Nguyễn … - Phó Chủ tịch …"; "bà N" is a worked example).
    "(?:ông|bà)(?=\\s+[" +
    UPPER_CHARS +
    "]\\S*\\s+[" +
    UPPER_CHARS +
    "])|" +
    // Service companies a province's directive names by their brand: "4. VNPT Quảng Ngãi chủ động phối hợp …",
    // "Bưu điện tỉnh …", "Điện lực Quảng Ngãi …", "Viễn thông Quảng Ngãi …".
    "VNPT|Viettel|VNPost|MobiFone|EVN[A-Z]*|Bưu\\s+điện|Điện\\s+lực|Viễn\\s+thông|" +
    // A school's or an office's staff by their roles: "2. GVCN các lớp nhắc …", "3. Nhân viên y tế rà soát …",
    // "4. Lực lượng bảo vệ làm tốt …".
    // A hospital's letters ask its staff by role: "- Bác sĩ Trưởng khoa RHM … phổ biến …", "- Y – Bác sĩ RHM tham dự lớp
    // tập huấn đăng ký …", "Điều dưỡng trưởng các khoa …" ("Điều dưỡng, phục hồi sức khỏe" is a benefit).
    "Bác\\s+sĩ|Y\\s*[–-]\\s*[Bb]ác\\s+sĩ|Y\\s+sĩ|Dược\\s+sĩ|Điều\\s+dưỡng\\s+(?:trưởng|viên)|" +
    // "Kế toán" is the accountant ("Kế toán, chuyên viên … lập dự toán"), not the field ("6. Kế toán thuế, thống kê
    // thuế").
    "GVCN|GVBM|CVHT|Nhân\\s+viên|Chuyên\\s+viên|Lực\\s+lượng|Tổ\\s+trưởng|Văn\\s+thư|" +
    "Kế\\s+toán(?!\\s+(?:thuế|ngân\\s+sách|nhà\\s+nước|tài\\s+chính|doanh\\s+nghiệp|quản\\s+trị|hành\\s+chính|công(?!\\s+đoàn)))|" +
    // People by their standing, in lower case after an opener: "Trong thời gian nghỉ lễ, công chức, viên chức … đảm bảo
    // …", "…, cá nhân lập hồ sơ xét tặng …".
    "công\\s+chức|[Vv]iên\\s+chức|[Cc]á\\s+nhân|[Nn]gười\\s+lao\\s+động|" +
    // A school's notices ask its teachers: "Đề nghị Thầy Cô chủ nhiệm …", "quý thầy cô giáo …".
    "Thầy(?:\\s*(?:/|,)?\\s*[Cc]ô)?|Cô\\s+(?:giáo|chủ\\s+nhiệm)|thầy\\s*(?:/|,)?\\s*cô|" +
    // A sector by its name: "- Đối với Ngành Y tế: Xây dựng kế hoạch …" ("Ngành nghề …" is none).
    "Ngành(?=\\s+[" +
    UPPER_CHARS +
    "])|Công\\s+đoàn|Chi\\s+bộ|Đảng\\s+đoàn|Ban\\s+cán\\s+sự|Cấp\\s+ủy|Cấp\\s+uỷ|Các\\s+cấp\\s+ủy|Bí\\s+thư|Phó\\s+Bí\\s+thư|Thư\\s+ký|Ủy\\s+viên|Uỷ\\s+viên|Thành\\s+viên|" +
    "Thường\\s+vụ|Huyện\\s+đoàn|Thành\\s+đoàn|Đảng\\s+bộ|Nhà\\s+trường|Khoa|Trạm|Chi\\s+nhánh|Ngân\\s+hàng|Đài|Phân\\s+hiệu|BCĐ|BCH|UBMTTQ|BHXH|TTYT[A-ZĐ]{0,4}|BVĐK|TYT|KBNN|VKSND|TAND|LĐLĐ|HLHPN|CAND|" +
    // "đề nghị bộ, ngành, địa phương …": the pair names the ministries and sectors in lower case too; Party documents
    // write their bodies in lower case ("ban thường vụ cấp ủy, tập thể lãnh đạo cơ quan … có trách nhiệm …").
    "bộ,\\s*ngành|ban\\s+thường\\s+vụ|ban\\s+chấp\\s+hành|cấp\\s+(?:ủy|uỷ)|tập\\s+thể\\s+lãnh\\s+đạo|người\\s+đứng\\s+đầu|thủ\\s+trưởng)(?![" +
    WORD_CHARS +
    "]))",
  "u",
);

/**
 * Verbs that hand work to someone else: the body after them is the owner, not the speaker before them ("Trung tâm kính
 * mong Thủ trưởng các đơn vị triển khai …" is a request as polite as "kính đề nghị").
 */
export const DELEGATING = new Set([
  "đề nghị",
  "kính đề nghị",
  "kính mong",
  "trân trọng đề nghị",
  // "Uỷ ban nhân dân phường thông báo và đề nghị các tổ chức … treo cờ …": the notice asks; its object works.
  "thông báo và đề nghị",
  "trân trọng thông báo và đề nghị",
  "thông báo và yêu cầu",
  // "Ban Giám hiệu thông báo đến các nhóm … thực hiện các công việc như sau:": the notice is addressed to those who work.
  "thông báo đến",
  "thông báo tới",
  "yêu cầu",
  "giao",
  "chỉ đạo",
]);

/**
 * OWNER_HEAD tested at an offset (sticky, without its "^"), so callers need not slice the text. Web copies title-case
 * every word ("Hiệu Trưởng các trường", "Ban Giám Hiệu", "Phó Chủ Tịch"): a later word of a head takes either case.
 */
const OWNER_HEAD_AT = new RegExp(
  OWNER_HEAD.source
    .replace(/^\^/, "")
    .replace(/\\s\+([a-z\u00E0-\u024F\u1E00-\u1EFF])/g, (w, c: string) =>
      c === c.toUpperCase() ? w : `\\s+[${c}${c.toUpperCase()}]`,
    ),
  "uy",
);
/**
 * A body word typed without its diacritics ("Vu Kế hoạch - Tài chính", "So Tài chính"): accepted only before a
 * capitalised name, so "So sánh …" or "Phong trào …" never start a body.
 */
const OWNER_HEAD_SLIP_AT = new RegExp(
  `(?:Vu|So|Bo|Cuc|Chi\\s+cuc|Tong\\s+cuc|Phong|Vien|Uy\\s+ban|Trung\\s+tam|Van\\s+phong)\\s+[${UPPER_CHARS}]`,
  "uy",
);
/**
 * The generic actors of a legal procedure, in lower case after an opener ("Trên cơ sở đề nghị …, doanh nghiệp tổng hợp
 * …", "Trong 02 ngày làm việc, …, cơ quan bảo hiểm xã hội xác nhận …"). Accepted only there: elsewhere in lower case
 * they are objects or topics ("hỗ trợ doanh nghiệp …").
 */
const LOWER_ACTOR_AT = new RegExp(
  `(?:doanh\\s+nghiệp|người\\s+sử\\s+dụng\\s+lao\\s+động|cơ\\s+quan|nhà\\s+(?:thầu|đầu\\s+tư)|đơn\\s+vị|tổ\\s+chức\\s+tín\\s+dụng|người\\s+nộp\\s+thuế)(?![${WORD_CHARS}])` +
    // "Hàng năm, bộ phận Tư pháp - Hộ tịch có trách nhiệm …": a ward's unit, named after it.
    `|(?:bộ\\s+phận|công\\s+chức)(?=\\s+[${UPPER_CHARS}])`,
  "uy",
);
/** "… các cơ quan, đơn vị, địa phương …": after a body and a comma, a lower-case body continues a list. */
const RX_LIST_BEFORE = /(?:cơ\s+quan|đơn\s+vị|địa\s+phương|bộ|ngành|sở|tổ\s+chức|doanh\s+nghiệp|cá\s+nhân),\s*$/iu;
const RX_CONCERNED = new RegExp(`\\s+(?:có\\s+)?liên\\s+quan(?![${WORD_CHARS}])`, "uy");
function lowerActorAt(text: string, at: number): boolean {
  LOWER_ACTOR_AT.lastIndex = at;
  if (!LOWER_ACTOR_AT.test(text) || RX_LIST_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return false;
  // "…, đơn vị có liên quan …": whoever is concerned, not an actor named.
  RX_CONCERNED.lastIndex = LOWER_ACTOR_AT.lastIndex;
  return !RX_CONCERNED.test(text);
}

export function ownerHeadAt(text: string, at: number): boolean {
  OWNER_HEAD_AT.lastIndex = at;
  if (OWNER_HEAD_AT.test(text)) return true;
  OWNER_HEAD_SLIP_AT.lastIndex = at;
  return OWNER_HEAD_SLIP_AT.test(text);
}

export function startsWithOwnerHead(s: string): boolean {
  // "d) Các hoạt động chính", "Các giải pháp": "các" opens a body phrase, but these words name no body.
  return ownerHeadAt(s, 0) && !RX_NO_BODY.test(s);
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
export function trimOwner(s: string): string {
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

/** "Tạp chí Giáo dục TP.HCM", "UBND TP. Hồ Chí Minh": a dot inside a name abbreviates; it ends no sentence. */
function abbreviates(text: string, tokens: Tokens, i: number): boolean {
  const end = tokens.at(i)!.end;
  const glued = end < text.length && !isSpace(text.charCodeAt(end));
  return glued || /^(?:TP|Tp)$/u.test(i > 0 ? tokens.at(i - 1)!.text : "");
}

/** ", trong đó …", ", nhất là …", ", trong phạm vi …" after a body: an aside, so the name ended at the comma. */
const ASIDE_OPENERS = ["trong đó", "nhất là", "trong phạm vi", "đặc biệt là"].map((p) => p.split(" "));
function opensAside(tokens: Tokens, i: number): boolean {
  return ASIDE_OPENERS.some((words) => words.every((w, k) => tokens.at(i + k)?.text.toLowerCase() === w));
}
const RX_ASIDE_REST = new RegExp(`^\\s*,\\s*(?:${ASIDE_OPENERS.map((w) => w.join("\\s+")).join("|")})\\s`, "iu");

/** What follows a name read by readOwner is an aside (", trong đó trọng tâm là …"), so the name is complete. */
export function restIsAside(rest: string): boolean {
  return RX_ASIDE_REST.test(rest);
}

/** The level a body's name may end with after its short name in brackets. */
const LEVELS_AFTER_ASIDE = new Set(["tỉnh", "huyện", "xã", "thành", "thị", "quận", "phường"]);

/**
 * Reads "<owner> <verb> …" starting at `from`. Returns null unless the phrase starts like a body and a verb follows
 * within `maxWords`. Handles "X chủ trì, phối hợp (với) Y <verb>", "X phối hợp với Y <verb>", "X: <task>",
 * and "X đề nghị Y <verb>" (Y is the owner).
 */
/** `afterOpener`: the clause follows an opener's comma, where a procedure's actors are written in lower case. */
export function readOwner(
  text: string,
  from = 0,
  maxWords = 26,
  addressee = false,
  afterOpener = false,
): OwnerRead | null {
  const head = skipSpaces(text, from);
  if (!ownerHeadAt(text, head) && !(afterOpener && lowerActorAt(text, head))) return null;
  const tokens = new Tokens(text, from, maxWords + 8 + (addressee ? ASIDE_TOKENS : 0));
  // "Tổ chức phổ biến …", "Báo cáo kết quả …": a line that opens with a verb has no subject, though "Tổ", "Báo" head names.
  if (stopAt(tokens, 0, true) && !organisationFirst(text, head)) return null;
  let colonAt = -1;
  let asideAt = -1;
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
    // A subject's aside in brackets: part of the name, its level after it, or a label's aside (subjectAside).
    if (t === "(" && !addressee) {
      const close = closingBracket(tokens, i);
      const after = close > 0 ? subjectAside(text, from, tokens, i, close) : null;
      if (after === "level") {
        i = close;
        continue;
      }
      if (after) return after;
    }
    // "Viện A; Viện B nghiên cứu …": a ";" between two bodies continues the subject. An addressee's list may hold
    // several long names ("… đề nghị lãnh đạo Sở X; Đại học Huế và các trường thành viên; Các cơ quan TW và tổ chức
    // khoa học …; Các hội thành viên …"): each name after a ";" has a short name's room.
    if (t === ";" && tokens.has(i + 1) && ownerHeadAt(text, tokens.at(i + 1)!.start)) {
      if (addressee) limit = Math.max(limit, i + NAME_AFTER_SEMICOLON);
      continue;
    }
    if (t === "." && abbreviates(text, tokens, i)) continue;
    if (t === ";" || t === "." || t === "(") break;
    if (t === ":") {
      colonAt = i;
      const w = workAfterColon(tokens, i);
      if (w) return finish(text, from, tokens, i, w.at, w, addressee);
      continue;
    }
    // "các tổ chức, cá nhân …": right after a quantifier the word is the body's noun, not the verb "tổ chức".
    if (i === 1 && QUANTIFIERS.has(tokens.at(0)!.text.toLowerCase())) continue;
    if (t === "," && asideAt < 0 && opensAside(tokens, i + 1)) asideAt = i;
    const s = stopAt(tokens, i, false) ?? endsNameAt(tokens, i) ?? workAfterDash(text, tokens, i);
    if (s) {
      if (i > 0 && tokens.at(i - 1)!.text === ":") continue; // handled above
      return finish(text, from, tokens, asideAt > 0 ? asideAt : i, i, s, addressee);
    }
  }
  return colonAt > 0 ? labelOwner(text, from, tokens, colonAt, addressee ? maxWords : 0) : null;
}

/**
 * A subject's aside in brackets, from `open` to `close`: "Đài Truyền hình Việt Nam (VTV) chủ trì …", "Sở Nội vụ (cơ
 * quan thường trực) hướng dẫn …" belong to the name as written, right before its verb; "Ban Chỉ huy Phòng, chống thiên
 * tai và tìm kiếm cứu nạn (PCTT&TKCN) tỉnh trực tiếp …" goes on with the name's level ("level"); "3. Sở Nông nghiệp …
 * (Cơ quan Thường trực về Phòng, chống thiên tai): Phối hợp …" is a label's aside, no part of the name.
 */
function subjectAside(
  text: string,
  from: number,
  tokens: Tokens,
  open: number,
  close: number,
): OwnerRead | "level" | null {
  const s = tokens.has(close + 1) ? stopAt(tokens, close + 1, false) : null;
  if (s) return finish(text, from, tokens, close + 1, close + 1, s, false);
  if (LEVELS_AFTER_ASIDE.has(tokens.at(close + 1)?.text ?? "")) return "level";
  if (tokens.at(close + 1)?.text !== ":") return null;
  const w = workAfterColon(tokens, close + 1);
  return w ? finish(text, from, tokens, open, w.at, w, false) : null;
}

/**
 * "Phòng X: <task that starts with a verb we do not know>": the label before the colon names the owner; not "Các
 * trường hợp miễn kiểm tra: …". An addressee before the colon that ends a lead-in ("… yêu cầu Chủ tịch Ủy ban nhân dân
 * các tỉnh, thành phố trực thuộc Trung ương:") may be as long as any object (`leadWords`); a label before work is short.
 */
function labelOwner(text: string, from: number, tokens: Tokens, colonAt: number, leadWords: number): OwnerRead | null {
  const endsLead = leadWords > 0 && !tokens.has(colonAt + 1);
  if (colonAt > (endsLead ? leadWords : 14)) return null;
  const label = text.slice(from, tokens.at(colonAt)!.start);
  if (!label || RX_NOT_A_NAME.test(label) || RX_NO_BODY.test(trimOwner(label))) return null;
  return { owner: trimOwner(label), coOwners: [], workStart: tokens.at(colonAt)!.end, verb: "" };
}

/**
 * "Tổ chức hành nghề công chứng, Ủy ban nhân dân cấp xã có trách nhiệm …", "Tổ chức dịch vụ chi trả chịu trách nhiệm …":
 * "Tổ chức" before a kind of organisation and then a duty phrase or another body is the organisation, not the verb
 * ("Tổ chức thực hiện …, chịu trách nhiệm …" is work: a verb follows it).
 */
const RX_ORGANISATION_FIRST = new RegExp(
  `^[Tt]ổ\\s+chức\\s+([^,;.:()]{1,50}?)(?:\\s+(?:có|chịu)\\s+trách\\s+nhiệm|,\\s+(?=[${UPPER_CHARS}]))`,
  "u",
);
function organisationFirst(text: string, head: number): boolean {
  const m = RX_ORGANISATION_FIRST.exec(text.slice(head, head + 120));
  return m !== null && !containsVerb(m[1]);
}

/**
 * "Các trường hợp miễn kiểm tra …", "Các nội dung …", "Các Chương trình, đề án …", "Các dự thảo văn bản …", "Các thông
 * số: …": "các" before these words names no body; nor does a table's "Đơn vị tính: nghìn đồng" (the unit, though
 * "đơn vị" heads bodies).
 */
const RX_LEADERSHIP = /^lãnh\s+đạo$/iu;
const RX_NO_BODY =
  /^từng\s+bước(?:\s|$)|^đơn\s+vị\s+tính\b|^(?:các|những)\s+(?:trường\s+hợp|nội\s+dung|vấn\s+đề|việc|hoạt\s+động|chỉ\s+tiêu|nhiệm\s+vụ|giải\s+pháp|chương\s+trình|dự\s+án|công\s+trình|đề\s+án|kế\s+hoạch|thông\s+số|tiêu\s+chí|mẫu|điểm|báo\s+cáo|văn\s+bản|hồ\s+sơ|tài\s+liệu|hành\s+vi|nguyên\s+tắc|quy\s+định|điều\s+kiện|tiêu\s+chuẩn|hình\s+thức|biện\s+pháp|lĩnh\s+vực|tài\s+sản|dữ\s+liệu|thông\s+tin|dự\s+thảo|quyết\s+định|cơ\s+sở\s+dữ\s+liệu|ý\s+kiến|kiến\s+nghị|hệ\s+thống|kỳ\s+thi|cuộc\s+thi|thủ\s+tục|nền\s+tảng|khoản(?:\s+chi)?)(?=[\s,;:.]|$)/iu;

/**
 * "… của Trường Đại học A, Đại học Quốc gia B về việc ban hành …": what a cited document is about, not a body's name
 * (a comma inside the issuer's name is no clause boundary).
 */
const RX_CITED_SUBJECT = /\svề\s+(?:việc|kế\s+hoạch|chương\s+trình|đề\s+án|quy\s+chế|quy\s+định)(?:\s|$)/iu;
const RX_IS = /\slà\s/u;
/** "Đơn vị nào chưa thực hiện việc thu thì …": whichever body a condition picks out, not a body named. */
const RX_WHICHEVER = /\snào(?:\s|$)/u;

/** Tokens an aside in brackets may hold. */
const ASIDE_TOKENS = 24;
const NAME_AFTER_SEMICOLON = 16;

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
  const owner = trimOwner(
    withoutDefinition(text.slice(from, tokens.at(ownerEnd)!.start)).replace(RX_CITED_PROVISION, ""),
  );
  if (!owner || RX_NO_BODY.test(owner) || RX_CITED_SUBJECT.test(owner) || RX_WHICHEVER.test(owner)) return null;
  // "1. Lãnh đạo, chỉ đạo thực hiện": the work of leading and directing, not "Lãnh đạo (Sở …)" at work.
  if (s.phrase === "chỉ đạo" && RX_LEADERSHIP.test(owner)) return null;
  // "… giao cho Báo Lao Động là đơn vị trực tiếp thực hiện": a name holds no "là"; the body was described, not named.
  if (RX_IS.test(owner.replace(RX_BRACKETED, " "))) return null;
  const afterVerb = tokens.at(verbIdx + s.len - 1)!.end;
  // "đề nghị UBND các tỉnh chỉ đạo các cơ quan …": the body asked to direct or require is the owner (spec rule 4).
  if (DELEGATING.has(s.phrase) && !(addressee && (s.phrase === "chỉ đạo" || s.phrase === "yêu cầu"))) {
    // "Sở Công Thương đề nghị các chủ đầu tư …": the object is the owner; as in a lead-in, a list of titled bodies
    // ("Giám đốc Sở Y tế, Giám đốc Trung tâm …, Chủ tịch UBND các quận, huyện, thị xã") may run to 40 words.
    const obj = readOwner(text, skipGivenTo(text, skipSpaces(text, afterVerb), s.phrase), 40, true);
    // "Nhà trường thông báo đến các đơn vị, … phụ huynh biết, thực hiện …": a notice for information; its speaker
    // only announces.
    if (NOTIFYING.has(s.phrase) && (!obj || RX_FOR_INFORMATION.test(obj.owner)))
      return { owner, coOwners: [], workStart: tokens.at(verbIdx)!.start, verb: "thông báo" };
    if (obj) return { ...obj, delegated: true, subject: owner, via: s.phrase };
    return { owner, coOwners: [], workStart: afterVerb, verb: s.phrase };
  }
  const verbStart = tokens.at(verbIdx)!.start;
  // "UBND tỉnh chỉ đạo Bộ CHQS tỉnh phối hợp với Sở Tài chính …": the partners are the directed body's, read with it.
  if (s.phrase === "chỉ đạo") return { owner, coOwners: [], workStart: verbStart, verb: s.phrase };
  const co = readCoOwners(text, verbStart);
  return { owner, coOwners: co.names, workStart: co.end > 0 ? co.end : verbStart, verb: s.phrase };
}

/**
 * "thông báo đến/tới X": a notice addressed to X, who works only when a verb of work follows X; not when X is told
 * something ("… phụ huynh biết", "… sinh viên … kế hoạch tổ chức bảo vệ …", "… lịch thi …": what is announced).
 */
const NOTIFYING = new Set(["thông báo đến", "thông báo tới"]);
const RX_FOR_INFORMATION =
  /\s(?:(?:được\s+)?biết|kế\s+hoạch|lịch|thời\s+gian|danh\s+sách|kết\s+quả|nội\s+dung|chương\s+trình|về)(?:\s|$)/iu;

/**
 * "các cơ sở đào tạo trực thuộc Bộ (sau đây gọi là cơ sở đào tạo)": the bracket defines a short name for the text that
 * follows; it is not part of the body's name.
 */
const RX_DEFINED_AS = /\s*\(\s*sau\s+đây\s+(?:gọi|viết)\s+(?:tắt\s+)?(?:là\s+)?[^()]*\)/giu;
/** A name without the short name it defines for the text that follows ("X (sau đây gọi tắt là “Ban Quản lý”)"). */
export const withoutDefinition = (name: string) => name.replace(RX_DEFINED_AS, "");
/**
 * "Các tổ chức thúc đẩy phát triển kinh doanh bền vững tại điểm a, b khoản 5 Điều 2 Thông tư này": the provision that
 * defines the body is no part of its name.
 */
const RX_CITED_PROVISION = /\s+(?:(?:theo\s+)?(?:quy\s+định|nêu)\s+)?tại\s+(?:điểm|khoản|mục|Điều|Phụ\s+lục)\s[^]*$/u;

/**
 * "Phó Hiệu trưởng: Ông Nguyễn Văn Thành – Giám sát lịch trình …": after a spaced dash, a capitalised work verb starts
 * the work; a dash inside a name ("Phòng Văn hóa - Xã hội") is followed by no verb. A unit's name may join two
 * functions, one of them also a verb ("Phòng Kế hoạch - Tổng hợp", "Phòng Thanh tra - Kiểm tra"): after a unit's head
 * word only a role that no unit is named for ("- Chủ trì …", "- Phối hợp …") starts the work.
 */
function workAfterDash(text: string, tokens: Tokens, i: number): { phrase: string; len: number } | null {
  if (i === 0) return null;
  const gap = text.slice(tokens.at(i - 1)!.end, tokens.at(i)!.start);
  if (!RX_SPACED_DASH.test(gap) || !startsUpper(tokens.at(i)!.text)) return null;
  const s = stopAt(tokens, i, true);
  if (s && UNIT_HEADS.has(tokens.at(0)!.text) && !ROLES_AFTER_A_UNIT.has(s.phrase)) return null;
  return s;
}
const RX_SPACED_DASH = /^\s+[-–—]\s+$/u;
const UNIT_HEADS = new Set(["Phòng", "Ban", "Văn", "Vụ", "Cục", "Chi", "Khoa", "Tổ", "Đội", "Bộ", "Trung", "Viện"]);
const ROLES_AFTER_A_UNIT = new Set(["chủ trì", "phối hợp", "khẩn trương"]);

/**
 * "UBND tỉnh giao (nhiệm vụ) cho Sở X …": after "giao", the body follows "cho"; "Ngân hàng Nhà nước chỉ đạo và hướng
 * dẫn Ngân hàng thương mại …", "Sở X chỉ đạo, đôn đốc các phòng …": after "chỉ đạo", the body follows its companions.
 */
const RX_GIVEN_TO = /(?:nhiệm\s+vụ\s+)?cho\s+/iuy;
const RX_DIRECTS_ALSO = /(?:(?:,\s*|và\s+)(?:hướng\s+dẫn|đôn\s+đốc)\s*)+/iuy;
function skipGivenTo(text: string, at: number, verb: string): number {
  const rx = verb === "giao" ? RX_GIVEN_TO : verb === "chỉ đạo" ? RX_DIRECTS_ALSO : null;
  if (!rx) return at;
  rx.lastIndex = at;
  return rx.test(text) ? skipSpaces(text, rx.lastIndex) : at;
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
    // "… phối hợp với Sở Tài chính, Công an tỉnh để kiểm tra …": the purpose ends the partners' list.
    const s = stopAt(tokens, i, false) ?? (PURPOSE.has(t) ? { phrase: t, len: 1 } : null);
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

/** A sentence's end: a dot before a space or the end of the text, save after "TP" ("TP. Hồ Chí Minh", "TP.HCM"). */
export const RX_SENTENCE_DOT = /(?:^|[^Pp])\.(?:\s|$)|(?:^|[^Tt])[Pp]\.(?:\s|$)/u;

/** Words of a lead-in or a topic, never of a body's name ("Các nội dung cụ thể như sau"), or a sentence's end. */
export const RX_NOT_A_NAME = new RegExp(
  `nội dung|nhiệm vụ|như sau|sau đây|cụ thể|giải pháp|công tác|vấn đề|việc|yêu cầu|trường hợp|${RX_SENTENCE_DOT.source}`,
  "iu",
);
