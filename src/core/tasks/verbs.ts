/**
 * The words that start the work after an owner's name ("chủ trì", "tổ chức", "báo cáo" …), read over a lazy stream of
 * tokens: where a body's name ends, and whether a line opens with work.
 */
import { foldDiacritics, isWordUnit as isWordUnitImport } from "../text";

/** Bound once: compiled to CommonJS (tsx, Jest), every call through an import reads a getter, costly per character. */
const isLetterOrDigit = isWordUnitImport;

/**
 * Verbs (and modal words) that start the work after an owner phrase. Matched only in lower case inside a sentence:
 * names are capitalised ("Sở Xây dựng", "Phòng Kế hoạch - Tổng hợp") while the verb is not ("… tổng hợp, báo cáo").
 * Words that also live inside agency names in lower case ("quản lý", "đầu tư", "xây dựng", "phát triển") are left out.
 */
const STOP_PHRASES = [
  "chủ trì",
  "chủ tri", // a scan's text layer that lost the grave ("2. Bộ Công an chủ tri, phối hợp với …")
  "phối hợp",
  "khẩn trương",
  "khẩn trường", // a PDF text layer's typo
  "là cơ quan",
  // "Giao Vụ DNNCN là đơn vị đầu mối của Tổng cục Thuế chịu trách nhiệm theo dõi …": designated, as "là cơ quan …".
  "là đơn vị đầu mối",
  "là đơn vị chủ trì",
  "là đơn vị thường trực",
  "là đầu mối",
  "làm đầu mối",
  // "Các TTYT huyện làm đề nghị UBND huyện … hỗ trợ kinh phí": they draw up the request; UBND huyện is asked by them.
  "làm đề nghị",
  "tranh thủ",
  "vận dụng",
  "tập trung",
  "tiếp tục",
  "bám sát",
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
  "treo",
  "tháo dỡ",
  "hoàn thành",
  "hoàn thiện",
  "đề xuất",
  "gửi",
  "lập",
  "đẩy nhanh",
  "đẩy mạnh",
  "tăng cường",
  "có ý kiến",
  "vui lòng",
  "xin vui lòng",
  "sinh hoạt",
  "lên kế hoạch",
  "ủng hộ",
  "giới thiệu",
  "kêu gọi",
  "nhắc",
  "làm tốt",
  "cử",
  "lưu tâm",
  // Clearance notices: "các hộ … tự thu dọn …", "di dời …", "tự giác chấp hành".
  "thu dọn",
  "tự thu dọn",
  "tự tháo dỡ",
  "di dời",
  "tự giác",
  "trang bị",
  "tự trang bị",
  // "… Phòng Lao động - Thương binh và Xã hội rút dự toán chuyển kinh phí …": money drawn from a budget.
  "rút dự toán",
  "đăng tải",
  "đóng góp",
  "có mặt",
  "có trách nhiệm",
  // "Ủy ban nhân dân Thành phố có quyền hạn và trách nhiệm:".
  "có quyền hạn",
  "có nhiệm vụ",
  "có văn bản",
  "phải",
  "cần",
  "nghiên cứu",
  "xem xét",
  "xử lý",
  "bố trí",
  "cung cấp",
  // "Đề nghị Công ty hợp tác để đơn vị tư vấn tiến hành lấy mẫu …" (not "hợp tác xã", "hợp tác quốc tế": NOUN_AFTER).
  "hợp tác",
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
  "ra quyết định",
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
  "kính mong",
  "thông báo và đề nghị",
  "thông báo và yêu cầu",
  "thông báo đến",
  "thông báo tới",
  "kính mời",
  "trân trọng",
  // "Sở X xin trân trọng thông báo … đến quý cơ quan, đơn vị biết": the speaker tells (decide.ts: no work for anyone).
  "xin trân trọng thông báo",
  "trân trọng thông báo và đề nghị",
  "xin thông báo",
  "trân trọng đề nghị",
  "giao",
  "làm rõ",
  "sẽ",
  "được giao",
  "kịp thời",
  "thường xuyên",
  "chịu trách nhiệm",
  "phụ trách chung",
  // "X theo chức năng, nhiệm vụ, thẩm quyền đề cao trách nhiệm …": the manner ends the name, before the work.
  "theo chức năng",
  "đề cao",
  "ưu tiên",
  "duy trì",
  "quyết liệt",
  "nêu cao",
  "kiểm điểm",
  "chấn chỉnh",
  "thẩm định",
  "tiếp thu",
  // Work verbs of letters and plans that no agency name carries in lower case.
  "đối chiếu",
  "xác minh",
  "kiểm kê",
  "phổ biến",
  "tập huấn",
  "sơ kết",
  "tổng kết",
  // A procedure's steps: "cơ quan bảo hiểm xã hội xác nhận …", "doanh nghiệp niêm yết …", "… tiến hành xác minh".
  "xác nhận",
  "niêm yết",
  "tiến hành",
  // Money and plans: "Cục Kế hoạch và tài chính tạm ứng …", "Công an đơn vị quyết toán …", "… lồng ghép …".
  "tạm ứng",
  "quyết toán",
  "lồng ghép",
  "xác định",
  // "… thì Trưởng Công an cấp xã triệu tập người đó đến làm việc".
  "triệu tập",
  // "Sở X xét duyệt …", "Công an cấp xã thống kê …" (not "Cục Thống kê", capitalised).
  "xét duyệt",
  "thống kê",
  // A cadence between the owner and the work: "Sở X định kỳ 06 tháng báo cáo …", "Sở X hằng năm tổ chức …".
  "định kỳ",
  "hằng năm",
  "hàng năm",
  "hằng quý",
  "hàng quý",
  "hằng tháng",
  "hàng tháng",
  "lựa chọn",
  "đăng ký",
  // "Các siêu thị, trung tâm thương mại … hạn chế cấp phát túi ni lông …" (NOUN_BEFORE: the noun and the purpose).
  "hạn chế",
  "trực",
  "bảo vệ",
  "căn cứ",
  "tích cực",
  "khẩn cấp",
  // "xây dựng" heads names in lower case ("Ban quản lý dự án đầu tư xây dựng"); before a work product it is the work.
  "xây dựng kế hoạch",
  "xây dựng báo cáo",
  "xây dựng phương án",
  "xây dựng dự thảo",
  "xây dựng chương trình",
  "xây dựng đề án",
  "xây dựng quy chế",
  "xây dựng quy trình",
  "xây dựng hồ sơ",
  "xây dựng lộ trình",
  "xây dựng dự toán",
  "xây dựng cơ sở dữ liệu",
  "cấu hình",
  "hoàn tất",
  "xuất cấp",
  "làm việc",
  // "Ban Thường trực … họp với …": a meeting held; "phòng họp", "cuộc họp", "giấy mời họp" are nouns (NOUN_BEFORE).
  "họp",
  "trao đổi",
  "quan tâm",
  "xem",
  "cụ thể hóa",
  "cụ thể hoá",
  // "Sinh viên có thể thực tập …": a permission ends the name too (decide.ts: no duty).
  "có thể",
  // The South writes "gởi" for "gửi" ("GVCN gởi biên bản …").
  "gởi",
];
/**
 * "… và các tổ chức thành viên", "những báo cáo", "mọi hạn chế": a quantifier is followed by a noun, so a stop word
 * right after one is never the work.
 */
const QUANTIFIED = new Set(["các", "những", "mọi", "từng"]);
/**
 * "Ban tổ chức Hội thi", "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia", "các đoàn kiểm tra của Bộ Chính trị",
 * "Trưởng Đoàn giám sát", "Tổ thẩm định": a committee is named for its work, so that kind of work (COMMITTEE_WORK)
 * right after "ban", "tổ", "nhóm" or "đoàn" is its name. Not after a union ("Công đoàn tổ chức …", "Chi đoàn tổ chức
 * …"): that "đoàn" ends a name.
 */
const COMMITTEES = new Set(["ban", "tổ", "nhóm", "đoàn"]);
/** The kinds of work committees are named for; a duty after one ("Trưởng đoàn chịu trách nhiệm …") still ends the name. */
const COMMITTEE_WORK = new Set([
  "tổ chức",
  "chỉ đạo",
  "kiểm tra",
  "giám sát",
  "thẩm định",
  "tuyên truyền",
  "xét duyệt",
]);
const UNIONS = new Set(["công", "chi"]);
function namesCommittee(tokens: Tokens, i: number): boolean {
  if (i === 0) return false;
  const prev = tokens.at(i - 1)!.text.toLowerCase();
  if (!COMMITTEES.has(prev)) return false;
  return prev !== "đoàn" || i < 2 || !UNIONS.has(tokens.at(i - 2)!.text.toLowerCase());
}
/**
 * "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm …", "Thủ trưởng các cơ quan,
 * đơn vị được giao nhiệm vụ có trách nhiệm …": "được giao/được phân công" opens a clause that says which bodies; when
 * the clause runs on to a duty ("có/chịu trách nhiệm", "phải"), its verbs are part of the name, not the work. Without
 * the duty ("Sở X được giao chủ trì …") "được giao" ends the name as before.
 */
const DUTIES = new Set(["có trách nhiệm", "chịu trách nhiệm", "phải"]);
function inPassiveRelative(tokens: Tokens, i: number, key: string): boolean {
  if (key === "được giao" || passiveEndsAt(tokens, i)) return true;
  for (let k = i - 1; k > 0; k--) {
    const w = tokens.at(k)!.text;
    if (w === "," || w === ";") return false;
    if (passiveEndsAt(tokens, k)) return true;
  }
  return false;
}
/** Whether token k ends "được giao" or "được phân công". */
function passiveEndsAt(tokens: Tokens, k: number): boolean {
  const word = (j: number) => (j >= 0 ? tokens.at(j)!.text.toLowerCase() : "");
  const w = word(k);
  return (w === "giao" && word(k - 1) === "được") || (w === "công" && word(k - 1) === "phân" && word(k - 2) === "được");
}
/**
 * The work at token i belongs to the body's name when a duty follows it: a passive relative ("Các cơ quan được phân
 * công chủ trì … có trách nhiệm …") or what a generic body does ("Các cơ sở cung cấp dịch vụ thu gom … phải …").
 */
function describesTheBody(tokens: Tokens, i: number, key: string, len: number): boolean {
  if (DUTIES.has(key)) return false;
  if (inPassiveRelative(tokens, i, key) && dutyFollows(tokens, i + len)) return true;
  return key !== "căn cứ" && afterGenericBody(tokens, i) && dutyFollows(tokens, i + len, true);
}
const CLAUSE_ENDS = new Set([",", ";", ".", ":", "(", ")"]);
/** Words that open a purpose ("để", "nhằm"): what follows is why, not the work of the body before. */
export const PURPOSE = new Set(["để", "nhằm"]);
const CITING = new Set(["tại", "theo", "của"]);
/**
 * Whether a duty ("phải", "có/chịu trách nhiệm") follows in the clause; `overCommas` reads on over a list's commas, but
 * not past a capital (another name or sentence: "… khoá cửa. Phòng Bảo vệ chịu trách nhiệm …") or a purpose ("để").
 */
function dutyFollows(tokens: Tokens, from: number, overCommas = false): boolean {
  let cited = false; // a capital is read on after "tại", "theo" ("… quy định tại Điều 3 Nghị quyết này có trách nhiệm")
  for (let k = from; k < from + 24 && tokens.has(k); k++) {
    const written = tokens.at(k)!.text;
    const w = written.toLowerCase();
    if (CLAUSE_ENDS.has(w) && !(overCommas && w === ",")) return false;
    cited = CITING.has(w) || (cited && (w !== written || /^\d/u.test(w)));
    if (overCommas && ((w !== written && !cited) || PURPOSE.has(w))) return false;
    const next = tokens.at(k + 1)?.text.toLowerCase();
    if (w === "phải" || ((w === "có" || w === "chịu") && next === "trách")) return true;
  }
  return false;
}
/**
 * "Các cơ sở cung cấp dịch vụ thu gom, vận chuyển chất thải … phải …", "Doanh nghiệp thực hiện dự án casino … có trách
 * nhiệm …": a generic body is named by what it does when a duty follows, so the work right after it is part of the
 * name. Without the duty ("Các đơn vị tổ chức cung cấp dịch vụ …") the work is theirs.
 */
const GENERIC_BODIES = new Set(["cơ quan", "cơ sở", "tổ chức", "doanh nghiệp", "đơn vị", "nhà đầu tư", "chủ đầu tư"]);
function afterGenericBody(tokens: Tokens, i: number): boolean {
  // Back over the lower-case words of what it does ("… thu gom, vận chuyển chất thải rắn sinh hoạt"); a capital starts
  // another name.
  for (let k = i - 1; k > 0 && k > i - 24; k--) {
    const w = tokens.at(k)!.text;
    if (GENERIC_BODIES.has(`${tokens.at(k - 1)!.text} ${w}`.toLowerCase())) return true;
    if (CLAUSE_ENDS.has(w) ? w !== "," : w !== w.toLowerCase()) return false;
  }
  return false;
}
/** A stop word preceded or followed by these is part of a noun ("công trình", "thành lập", "giao thông"), not a verb. */
const NOUN_BEFORE: Record<string, string[]> = {
  // "Ban bầu cử", "người ứng cử", "được đề cử": the word ends a noun, it sends no one.
  cử: ["bầu", "ứng", "đề", "tuyển", "tiến"],
  // "Lực lượng bảo vệ", "nhân viên bảo vệ": the guards, not the verb.
  "bảo vệ": ["lượng", "viên"],
  trình: ["công", "quy", "chương", "tờ", "lộ", "hành", "tiến", "giáo", "phiên", "đệ"],
  lập: ["thành", "độc", "thiết", "công"],
  // "Các chi bộ và tổ chức đoàn thể", "các bộ, cơ quan trung ương và tổ chức hiệp hội": another body in the list.
  "tổ chức": ["là", "và"],
  mời: ["giấy", "thư"],
  trực: ["thường"],
  // "Y – Bác sĩ RHM tham dự lớp tập huấn đăng ký …": the class, not the training.
  "tập huấn": ["lớp", "khóa", "khoá", "đợt", "buổi"],
  "báo cáo": ["chế", "bản"],
  "yêu cầu": ["đạt", "ứng"],
  // "Khu công nghệ số tập trung", "khu xử lý chất thải tập trung", "điểm tập trung": the kind of a place.
  "tập trung": ["số", "khu", "thải", "điểm"],
  giao: ["ngoại"],
  // "Ban điều hành Chương trình hỗ trợ pháp lý …", "Trung tâm hỗ trợ …", "Quỹ hỗ trợ …": what the body is named for.
  "hỗ trợ": ["trình", "tâm", "quỹ"],
  // "Bảo hiểm tiền gửi Việt Nam", "lãi suất tiền gửi": the deposit, not the verb.
  gửi: ["tiền"],
  // "… cho các Phòng Kinh tế các huyện theo hướng dẫn tại Thông tư …", "theo chỉ đạo của …": the guidance followed.
  "hướng dẫn": ["theo"],
  "chỉ đạo": ["theo"],
  // "… các ngành có liên quan nhằm hạn chế …" is a purpose, not the ngành's work ("những hạn chế": QUANTIFIED).
  "hạn chế": ["nhằm", "để", "còn"],
  "sinh hoạt": ["lịch", "buổi", "giờ", "nếp", "chế", "nơi", "khu"],
  họp: ["phòng", "cuộc", "buổi", "mời", "dự", "kỳ", "phiên", "lịch", "giờ", "đi", "tham", "được"],
  "làm việc": ["buổi", "giờ", "ngày", "chế", "đoàn", "phiên", "nơi", "thời", "cuộc", "lịch", "tổ", "nhóm", "phòng"],
};
/**
 * "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "Chuyên viên phụ trách tổng hợp tham mưu …": after "lĩnh
 * vực" or "phụ trách" an activity names the field a post covers. Only activities that name fields: "… phụ trách lĩnh
 * vực tiếp tục bám sát …", "… ngành, lĩnh vực xem xét …" end the name there.
 */
const FIELD_OF_POST: Record<string, string> = { vực: "lĩnh", trách: "phụ" };
const FIELDS = new Set([
  "giám sát",
  "tổng hợp",
  "kiểm tra",
  "tuyên truyền",
  "theo dõi",
  "tổ chức",
  "thẩm định",
  "thống kê",
]);
function namesFieldOfPost(tokens: Tokens, i: number, phrase: string, prev: string): boolean {
  return FIELDS.has(phrase) && i > 1 && FIELD_OF_POST[prev] === tokens.at(i - 2)!.text.toLowerCase();
}
const NOUN_AFTER: Record<string, string[]> = {
  // "cử tri", "cử nhân", "cử chỉ" are nouns; "Phòng cử chuyên viên …" sends someone.
  cử: ["tri", "nhân", "chỉ"],
  giao: ["thông", "đất", "dịch", "ban", "lưu"],
  // "các cấp ủy, tổ chức đảng", "các tổ chức chính trị - xã hội": bodies, not the verb.
  "tổ chức": ["đảng", "chính"],
  cần: ["thiết"],
  trực: ["tuyến", "tiếp", "thuộc"],
  lập: ["trường"],
  sớm: ["nhất"],
  // "Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh": the service's name (TKCN), not the search.
  "tìm kiếm": ["cứu"],
  // "Trình tự, thủ tục … được quy định tại …", "Trình độ chuyên môn …": a procedure and a level, not "trình" (submit).
  trình: ["tự", "độ"],
  "hợp tác": ["xã", "quốc"],
  // "Các đồng chí Thành viên UBND tỉnh mời dự nội dung từ 1 đến 13": who is invited, to what; not inviting.
  mời: ["dự", "tham"],
};

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
export class Tokens {
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

/**
 * Verbs left out of STOP_PHRASES because they live inside agency names ("Ban Quản lý dự án đầu tư xây dựng", "Quỹ Đầu
 * tư phát triển") or run into a name's words ("Sở Giáo dục và Đào tạo", "… khu công nghiệp mở rộng"): at the very start
 * of a line nothing names a body yet, so there they open the work ("- Xây dựng Trung tâm …", "- Mở rộng các nguồn vốn
 * …", "- Thu hút chuyên gia …"). A second list tried on the corpus ("Phê duyệt", "Cử", "Tham dự" …) found no task and
 * cost precision, so it was left out.
 */
const OPENING_ONLY = [
  "xây dựng",
  "phát triển",
  "đầu tư",
  "quản lý",
  "mở rộng",
  "nâng cấp",
  "thu hút",
  "đào tạo",
  "khuyến khích",
  "lồng ghép",
  "phát hành",
  "thống kê",
  "huy động",
  "khơi thông",
  "nắm bắt",
  "biểu dương",
  "thúc đẩy",
  "ứng dụng",
  "áp dụng",
  "tích hợp",
  "hình thành",
  "thí điểm",
  "phổ cập",
  "phủ sóng",
  "kết hợp",
  "tạo",
  "chuyển",
  "thiết kế",
  // "- Thành lập Hội đồng đấu thầu, Tổ chuyên gia, Tổ thẩm định, …": the committees set up are no subject.
  "thành lập",
  "kiện toàn",
  // "- Khai thác, sử dụng cơ sở dữ liệu …", "- Công khai thông tin …", "- Sửa đổi, bổ sung quy trình …": a programme's
  // work; inside a line they name a body ("Công ty Khai thác công trình thủy lợi") or qualify ("được sửa đổi").
  "khai thác",
  "công khai",
  "sửa đổi",
];
const RX_OPENING_ONLY = new RegExp(
  `^(?:${OPENING_ONLY.map((p) => p.replace(/ /g, "\\s+")).join("|")}|(?:số|thông\\s+minh|đa\\s+dạng|chuẩn|hiện\\s+đại|xã\\s+hội|tự\\s+động)\\s+hóa)(?=[\\s,;:])`,
  "iu",
);

/** "Phát triển các cụm công nghiệp là nhiệm vụ quan trọng", "Xây dựng quy hoạch … được thực hiện …": a subject, not work. */
const RX_NAMES_A_SUBJECT = /^[^,;.:]*?\s(?:là|được)\s/iu;

/**
 * The first code unit of every key of PHRASES_BY_FIRST. The owner reader asks stopAt about each word of a subject in
 * turn ("Sở", "Tài", "chính" …); most cannot open a phrase, and this rules them out without hashing them for the Map.
 */
const FIRST_UNITS = new Set<number>([...PHRASES_BY_FIRST.keys()].map((k) => k.charCodeAt(0)));

const LONGEST_PHRASE = Math.max(...STOP_PHRASES.map((p) => p.split(" ").length));

/** Matches a stop phrase at token i; `anyCase` for the word right after a colon ("X: Chủ trì …"). */
export function stopAt(tokens: Tokens, i: number, anyCase: boolean): { phrase: string; len: number } | null {
  // Exact case: a word whose first unit opens no phrase has no candidates, and is no "là" (that needs anyCase).
  if (!anyCase && !FIRST_UNITS.has(tokens.at(i)!.text.charCodeAt(0))) return null;
  const first = anyCase ? tokens.at(i)!.text.toLowerCase() : tokens.at(i)!.text;
  const candidates = PHRASES_BY_FIRST.get(first);
  if (!candidates) return anyCase && first === "là" ? { phrase: "là", len: 1 } : null;
  for (const words of candidates) {
    let k = 1;
    for (; k < words.length; k++) {
      const t = tokens.at(i + k);
      // Only the first word's case tells a verb from a name ("Sở Xây dựng"); after it a title may be capitalised
      // ("… phường xây dựng Kế hoạch …").
      if (!t || t.text.toLowerCase() !== words[k]) break;
    }
    if (k < words.length) continue;
    const key = words.length === 1 ? first : words.join(" ");
    const prev = i > 0 ? tokens.at(i - 1)!.text.toLowerCase() : "";
    const next = tokens.at(i + words.length)?.text.toLowerCase() ?? "";
    if (QUANTIFIED.has(prev) || NOUN_BEFORE[key]?.includes(prev) || NOUN_AFTER[key]?.includes(next)) continue;
    if (COMMITTEE_WORK.has(key) && namesCommittee(tokens, i)) continue;
    if (describesTheBody(tokens, i, key, words.length)) continue;
    if (namesFieldOfPost(tokens, i, key, prev)) continue;
    // "Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan": one of a list of bodies.
    if (key === "tổ chức" && prev === "," && (next === "," || next === "và" || next === "cá")) continue;
    return { phrase: key, len: words.length };
  }
  return anyCase && first === "là" ? { phrase: "là", len: 1 } : null;
}

/**
 * Words that end a body's name before its work but are not work on their own, so they neither open a task ("Tham gia
 * …" is often a role) nor count as its verb: "Đảng uỷ Chính phủ lãnh đạo, chỉ đạo …", "Phó Thủ tướng X trực tiếp chỉ
 * đạo …", "Bộ trưởng Bộ Nội vụ thừa ủy quyền …". Lower case only, as written. ("tham gia" is left out: "người tham gia BHYT",
 * "Lãnh đạo các khoa tham gia …" name roles more often than they end a name.)
 */
const NAME_ENDERS = [
  ["trực", "tiếp"],
  ["thừa", "ủy", "quyền"],
  ["thừa", "uỷ", "quyền"],
  ["lãnh", "đạo"],
  ["kết", "hợp", "với"],
  ["phát", "động"],
  ["tiến", "hành"],
  ["huy", "động"],
  ["kiện", "toàn"],
  ["nỗ", "lực"],
  ["phát", "huy"],
  ["phân", "tích"],
  ["phân", "công"],
  ["thành", "lập"],
  ["tạo", "điều", "kiện"],
  ["làm", "chủ"],
  ["tìm", "giải", "pháp"],
  ["ngay", "sau", "khi"],
  // A clause of time or addition between the subject and its work: "Lãnh đạo khoa sau khi tổng hợp …, gởi …",
  // "Phòng Thanh tra ngoài việc kiểm tra theo lịch còn …", "Sinh viên kết thúc thực tập và nộp …". At a line's start
  // they open no work: "Kết thúc cuộc bầu cử, Ban Thường trực …", "Ngoài việc được tặng quà …".
  ["sau", "khi"],
  ["ngoài", "việc"],
  ["kết", "thúc"],
  // "Sinh viên chỉnh sửa báo cáo …"; at a line's start, a correction's wording ("Chỉnh sửa cụm từ …").
  ["chỉnh", "sửa"],
  // A time between the subject and its work: "Phòng CTHSSV cuối học kỳ 1 và cuối năm gởi …", "Khoa đầu năm học lập …".
  // Not weeks: "Tất cả các thứ Hai đầu tuần …" names days.
  ["cuối", "học", "kỳ"],
  ["cuối", "năm"],
  ["cuối", "quý"],
  ["cuối", "tháng"],
  ["đầu", "năm"],
  ["đầu", "quý"],
  ["đầu", "tháng"],
  ["theo", "nhiệm", "vụ"],
  ["theo", "chức", "năng"],
  ["theo", "thẩm", "quyền"],
  ["trên", "cơ", "sở"],
  ["trong", "phạm", "vi"],
  ["trong", "quá", "trình"],
  ["hết", "sức"],
  ["có", "kế", "hoạch"],
];
/**
 * "Ban lãnh đạo", "đồng chí lãnh đạo", "tập thể lãnh đạo": part of a name; "… để phát huy", "… cần phân tích": a purpose or a modal, so
 * the words after a body were not its name's end. After punctuation ("…, lãnh đạo Văn phòng") a new name starts.
 */
const NOT_ENDING_A_NAME_AFTER = new Set(
  "ban các đồng chí cán bộ tổ nhóm đoàn thể định người việc để nhằm cần phải và sẽ đã được cùng".split(" "),
);

/** NAME_ENDERS by first word, as PHRASES_BY_FIRST: most words open none, and are ruled out by one lookup. */
const ENDERS_BY_FIRST = new Map<string, string[][]>();
for (const words of NAME_ENDERS) ENDERS_BY_FIRST.set(words[0], [...(ENDERS_BY_FIRST.get(words[0]) ?? []), words]);

/** A name-ending phrase at token i (see NAME_ENDERS), as stopAt reports a verb. */
export function endsNameAt(tokens: Tokens, i: number): { phrase: string; len: number } | null {
  const words = enderAt(tokens, i, tokens.at(i)!.text);
  if (!words) return null;
  const prev = i > 0 ? tokens.at(i - 1)!.text : "";
  if (!isLetterOrDigit(prev.codePointAt(0) ?? 0x2c) || NOT_ENDING_A_NAME_AFTER.has(prev.toLowerCase())) return null;
  if (managesDirectly(tokens, i, words)) return null;
  return { phrase: words.join(" "), len: words.length };
}

/**
 * "Người đứng đầu đơn vị sự nghiệp công lập trực tiếp quản lý, sử dụng viên chức …", "đơn vị quản lý trực tiếp (nếu
 * được phân cấp)": "trực tiếp" next to "quản lý" says which body, the one that manages directly; it ends no name.
 */
function managesDirectly(tokens: Tokens, i: number, words: string[]): boolean {
  if (words[0] !== "trực" || words[1] !== "tiếp") return false;
  const after = tokens.at(i + 2)?.text.toLowerCase();
  const before = i > 1 ? `${tokens.at(i - 2)!.text} ${tokens.at(i - 1)!.text}`.toLowerCase() : "";
  return (after === "quản" && tokens.at(i + 3)?.text.toLowerCase() === "lý") || before === "quản lý";
}

/** The name-ending phrase at token i whose first word is `first` (the token as written, or lower-cased), or null. */
function enderAt(tokens: Tokens, i: number, first: string): string[] | null {
  for (const words of ENDERS_BY_FIRST.get(first) ?? []) {
    let k = 1;
    while (k < words.length && tokens.at(i + k)?.text === words[k]) k++;
    if (k === words.length) return words;
  }
  return null;
}

/**
 * Where the work after a colon starts, and its phrase: "X: Chủ trì …", "X: (i) Chỉ đạo …" (an enumerator first), "X:
 * Trực tiếp chỉ đạo …" (a word that ends a name, capitalised as a sentence's first word).
 */
export function workAfterColon(tokens: Tokens, colon: number): { at: number; phrase: string; len: number } | null {
  let at = colon + 1;
  if (tokens.at(at)?.text === "(" && tokens.at(at + 2)?.text === ")" && RX_ENUMERATOR.test(tokens.at(at + 1)!.text))
    at += 3;
  if (!tokens.has(at)) return null;
  const s = stopAt(tokens, at, true);
  if (s) return { at, ...s };
  const words = enderAt(tokens, at, tokens.at(at)!.text.toLowerCase());
  return words ? { at, phrase: words.join(" "), len: words.length } : null;
}

/** "(i)", "(iv)", "(1)", "(a)": an item's number in brackets. */
const RX_ENUMERATOR = /^(?:[ivx]{1,4}|\d{1,2}|[a-zđ])$/u;

function hasVerb(text: string, anyCase: boolean, reach: number): boolean {
  const tokens = new Tokens(text, 0, reach);
  for (let i = 0; tokens.has(i); i++) if (stopAt(tokens, i, anyCase)) return true;
  return false;
}

/** True when any work verb occurs in the text (case-insensitive). */
export function containsVerb(text: string): boolean {
  return hasVerb(text, true, 60);
}

/** True when a work verb occurs in the text as written in lower case (a seat's title is capitalised). */
export function containsLowerCaseVerb(text: string): boolean {
  return hasVerb(text, false, 80);
}

/**
 * Two-word work verbs, folded: a scan's text layer loses or misreads their marks ("Bồ sung", "Xây dụng", "Dao tạo").
 * Only two-word phrases: one folded syllable ("lap", "gui", "tao") is too often another word.
 */
const FOLDED_OPENERS = new Map(
  [...STOP_PHRASES, ...OPENING_ONLY].filter((p) => p.split(" ").length === 2).map((p) => [foldDiacritics(p), p]),
);
const RX_FIRST_TWO = /^(\S+)\s+([^\s,;:.]+)/u;

/**
 * A line that opens with a two-word work verb one of whose words lost or changed its marks ("Bồ sung nguồn nhân lực
 * …"): see FOLDED_OPENERS. Both words changed is another phrase ("Chi đào tạo" is not "chỉ đạo"), and both as written is
 * the verb itself, which startsWithVerb has already judged ("Xây dựng quy hoạch … được thực hiện …" names a subject).
 */
export function startsWithFoldedVerb(text: string): boolean {
  const m = RX_FIRST_TWO.exec(text);
  const phrase = m && FOLDED_OPENERS.get(foldDiacritics(`${m[1]} ${m[2]}`));
  if (!phrase) return false;
  const [a, b] = phrase.split(" ");
  return (m[1].toLowerCase() === a) !== (m[2].toLowerCase() === b) && !RX_NAMES_A_SUBJECT.test(text);
}

/**
 * "Phát triển các cụm công nghiệp là nhiệm vụ quan trọng", "Quản lý dự án được thực hiện theo …": a verb that opens
 * work only at a line's start is here the subject of "là" / "được", a statement even in a section of tasks.
 */
export function workIsSubject(text: string): boolean {
  const verb = RX_OPENING_ONLY.exec(text);
  // "Hình thành được đội ngũ …": "được" right after the verb is "manage to", not the passive of a subject.
  return verb !== null && RX_OBJECT_THEN_BE.test(text.slice(verb[0].length));
}
const RX_OBJECT_THEN_BE = /^\s+[^\s,;.:][^,;.:]*?\s(?:là|được)\s/u;

/** True when the text opens with a work verb ("Rà soát …", "Chủ trì, phối hợp …"). */
export function startsWithVerb(text: string): boolean {
  if (RX_OPENING_ONLY.test(text)) return !RX_NAMES_A_SUBJECT.test(text);
  // Room for the longest stop phrase ("xây dựng kế hoạch" is four words; three tokens never matched it).
  const tokens = new Tokens(text, 0, LONGEST_PHRASE);
  return tokens.has(0) && stopAt(tokens, 0, true) !== null;
}
