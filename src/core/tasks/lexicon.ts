/**
 * Kinds of language that decide what a line is, as spec/deadlines.md describes them: section kinds, legal grounds and
 * history, findings, agreements, closings, lead-ins, urgency, conditions. Words, not documents.
 */
import { UPPER_CHARS, WORD_CHARS, foldDiacritics, isWordUnit, startsUpper, unicodeRegExp } from "../text";
import { readOwner, startsWithOwnerHead } from "./bodies";
import { TAKES_ON_DUTY, endsWithColon, isSpace as isSpaceImport, wordCount } from "./markers";
import { containsLowerCaseVerb, startsWithVerb } from "./verbs";

/** Bound once: compiled to CommonJS (tsx, Jest), a call through an import reads a getter, costly per character. */
const isSpace = isSpaceImport;

/** "guidance": a list of rules a body explains ("Bộ Tài chính hướng dẫn … như sau:"), tasks only where it assigns. */
export type SectionKind = "tasks" | "nontask" | "guidance" | "neutral";

const NONTASK_WORDS =
  "muc dich|muc tieu|chi tieu|ket qua|tinh hinh|danh gia|han che|ton tai|nguyen nhan|thanh phan|noi dung lam viec|y kien cua|" +
  "tom tat|dac diem|boi canh|uu diem|khuyet diem|dia diem|thoi gian, hinh thuc|can cu|quan diem|pham vi|doi tuong|thuc trang|" +
  "bai hoc|nhung viec da lam|so lieu|tham du|chu tri cuoc hop|^du bao|" +
  // What a draft took in from comments ("4. Một số nội dung khác được tiếp thu và chỉnh lý tại dự thảo Luật").
  "noi dung (?:khac )?(?:duoc|da) tiep thu|duoc tiep thu|" +
  // A contest's or an event's own rules: prizes, criteria, how to take part, the programme of the day.
  "co cau giai thuong|giai thuong|the le|tieu chi cham|cach thuc trao giai|cac buoc tham gia|" +
  "dieu kien (?:bai|tham gia|du thi|hop le)|noi dung chuong trinh|chuong trinh (?:hoi nghi|buoi le|le)|" +
  // A title "Quyền hạn và trách nhiệm (của thí sinh)", "Quy định về quyền hạn, trách nhiệm …", not a body's "… có quyền
  // hạn và trách nhiệm:" over its duties.
  "(?:^|(?:^|\\s)(?!co\\s)\\S+\\s)quyen han,? (?:va )?trach nhiem|" +
  // "Điều 3. Quyền hạn của Ban Chỉ đạo", "Quyền lợi của cố vấn học tập": what a body may do or receive, not its duties.
  "^(?:dieu \\d+[.:] )?quyen (?:han|loi)(?: cua |$)|" +
  // "Điều 4. Phân loại kiến nghị của cử tri", "2. Các phương thức kiến nghị của cử tri": kinds and channels, described.
  "^(?:dieu \\d+[.:] )?(?:phan loai|cac phuong thuc) |" +
  // "2. Tiêu chuẩn về năng lực chuyên môn, nghiệp vụ", "Điều 3. Tiêu chuẩn chung về đạo đức nghề nghiệp …": what a
  // holder of a post must be or know, not work.
  "^(?:dieu \\d+[.:] )?tieu chuan(?: chung| ve|, dieu kien)|" +
  // "1. Nội dung chi:" over "a) Chi thực hiện nghĩa vụ với Ngân sách nhà nước;", "2. Khoản thu … được sử dụng để
  // thực hiện các nhiệm vụ sau đây:": what money is spent on.
  "^noi dung chi(?: |:|$)|duoc su dung (?:de|cho) |" +
  // What a plan restates of the master plan it carries out: its land, its money, its list of projects.
  "ke hoach su dung dat|nhu cau (?:von|su dung dat)|nguon luc va viec su dung|danh muc (?:cac )?du an|" +
  // "Điều 2. Giải thích từ ngữ", "… các từ ngữ dưới đây được hiểu như sau:": definitions ("Doanh nghiệp cung cấp dịch vụ
  // Internet là doanh nghiệp … để cung cấp …").
  "giai thich tu ngu|tu ngu duoi day duoc hieu|" +
  // "Điều 14. Trình tự làm việc của Hội đồng": the order of business of a council's session (not its "Nguyên tắc làm
  // việc", which also lays duties on it: reports, meetings).
  "^(?:dieu \\d+[.:] )?(?:trinh tu|quy trinh) lam viec|" +
  // "2. Yêu cầu", "Yêu cầu đối với …", "MỤC ĐÍCH, YÊU CẦU" title requirements; "…, yêu cầu các bộ … thực hiện …" asks.
  "^yeu cau\\s*:?\\s*$|^yeu cau (?:chung|cu the|doi voi|ve|cua)(?![a-z])|, yeu cau\\s*:?\\s*$";
const TASK_WORDS =
  "nhiem vu|giai phap|to chuc thuc hien|kien nghi|de xuat|phan cong|che do bao cao|chuan bi|cac y kien thong nhat|ket luan|" +
  "chi dao|trien khai|phuong huong|de nghi|thuc hien nghiem|xu ly|trach nhiem|noi dung|phuong an to chuc|" +
  // "2. Trình tự, thời gian đánh giá, xếp loại": who does which step by when, before the word "đánh giá".
  "trinh tu,? thoi (?:gian|han)|" +
  // "6.2. Lộ trình thực hiện": a roadmap, the plan's work year by year, even under "II. MỤC TIÊU CỤ THỂ" (k61's scan
  // lost its "III. NỘI DUNG").
  "lo trinh (?:thuc hien|trien khai)";
const RX_KIND = new RegExp(`(${NONTASK_WORDS})|(${TASK_WORDS})`);

const RX_REPORTS_RESULTS = /^bao cao ket qua /;
const RX_STEERING_COMMITTEE = /\bban chi dao\b/g;
const RX_JOINT_STOCK = /\bcong ty co phan\b/g;

/** Words that make a heading's items tasks even in a topic or notes heading ("Về nhiệm vụ …"). */
const RX_STRONG_TASK = /nhiem vu|giai phap|to chuc thuc hien|phan cong|kien nghi|de xuat|de nghi/;
/** Notes and guidance: "2. Một số lưu ý trong triển khai thực hiện …", "Hướng dẫn thực hiện …". */
const RX_NOTES = /^(?:mot so |cac |nhung )?(?:luu y|huong dan)/;

/**
 * A heading's kind by its first telling word: "II. NHIỆM VỤ …" holds tasks, "2. Những hạn chế" does not. A topic
 * heading ("2.3. Về giường nội trú …", "14. Về việc xử lý hàng hóa …") names a subject, so only strong task words count
 * there; notes ("Một số lưu ý …") hold guidance.
 */
/**
 * "b) Để đạt được mục tiêu …, đề nghị:": a heading that ends by asking hands out work, whatever goal it names ("…, yêu
 * cầu" alone is the noun of "Mục đích, yêu cầu").
 */
const RX_ENDS_ASKING = /,\s*(?:(?:de nghi|yeu cau|giao)(?:\s+\S+){1,6}|de nghi|giao)\s*:?\s*$/;

/** "1. Thông qua nội dung cơ bản các dự thảo văn kiện … sau đây:": the documents a resolution adopts (folded text). */
const RX_ADOPTS_LIST = /^(?:\d{1,2}\.\s*)?thong qua\s[^:]{0,200}(?:sau day|nhu sau)\s*:?\s*$/;
export function sectionKind(headingBody: string): SectionKind {
  if (partyOfRequirements(headingBody)) return "tasks";
  const f = foldDiacritics(headingBody);
  if (RX_ADOPTS_LIST.test(f)) return "nontask";
  if (RX_NOTES.test(f) && !RX_STRONG_TASK.test(f)) return "guidance";
  // "1. Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn": a committee's name, not the act of directing.
  // "4. Công ty Cổ phần Công nghệ …": folded, "cổ phần Công nghệ" reads "phân công"; the company is no assignment.
  const m = RX_KIND.exec(f.replace(RX_STEERING_COMMITTEE, "ban").replace(RX_JOINT_STOCK, "cong ty"));
  if (!m) return "neutral";
  // "1.2. Báo cáo kết quả Hội nghị": the act of reporting the results, a step of the plan, not a section of them.
  if (m[1]) return RX_ENDS_ASKING.test(f) || RX_REPORTS_RESULTS.test(f) ? "neutral" : "nontask";
  return /^ve /.test(f) && !RX_STRONG_TASK.test(f) ? "neutral" : "tasks";
}

/**
 * "7. Yêu cầu đối với sinh viên", "8. Yêu cầu về giảng viên hướng dẫn": requirements on a party that works are its
 * duties (the party, as written); on a thing ("Yêu cầu đối với cơ sở thực tập", "Yêu cầu về báo cáo") they stay rules.
 */
const RX_REQUIREMENTS_ON = /^yêu\s+cầu\s+(?:đối\s+với|về|của)\s+(.+)$/iu;
export function partyOfRequirements(title: string): string | null {
  const m = RX_REQUIREMENTS_ON.exec(title);
  return m && startsWithOwnerHead(m[1]) ? m[1].trim() : null;
}

/**
 * A lead-in that lists an agenda, findings or members ("Nội dung làm việc của Đoàn:", "Kết quả đạt được như sau:", "…
 * gồm các ông, bà có tên sau đây:", "…, các Bộ đã có báo cáo Chính phủ như sau:") makes the lines it hands out no
 * tasks, as does a resolution's adoption of documents ("1. Thông qua nội dung cơ bản các dự thảo văn kiện … sau đây:" over
 * "- Báo cáo chính trị …"); any other lead-in leaves the kind to the headings above it.
 */
const RX_LEAD_NONTASK =
  /(?:noi dung (?:lam viec|chuong trinh)|chuong trinh lam viec|ket qua dat duoc|da dat duoc|tinh hinh (?:thuc hien|trien khai) nhu sau|(?:bao gom|gom co|gom)\s*:\s*$|gom (?:cac )?(?:ong|ba|dong chi|thanh vien)[^:]{0,40}:\s*$|\sda (?:co|nghe|bao cao|thuc hien|trien khai)\s[^:]{0,80}(?:nhu sau|sau day)\s*:\s*$)/;
/**
 * "2. Đoàn kiểm tra làm việc trực tiếp với lãnh đạo các cơ quan … về các nội dung:": how a working session runs, its
 * agenda below (folded text). Neither the lead-in nor its lines set anyone work.
 */
const RX_SESSION_AGENDA =
  /lam viec (?:truc tiep )?voi [^:]{0,160}(?:ve|theo) (?:cac|nhung) noi dung(?: sau(?: day)?)?\s*:\s*$/;
export const announcesSessionAgenda = (body: string): boolean => RX_SESSION_AGENDA.test(foldDiacritics(body));
/** "Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:" — not "… theo hướng dẫn của Sở X …, như sau:". */
const RX_LEAD_GUIDANCE = /(\S+) huong dan[^:]{0,60}(?:nhu sau|sau day)\s*:\s*$/;
const RX_LEAD_DIRECTIVE = /de nghi|yeu cau|giao |chi dao/;
/**
 * "…, tỉnh X cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:": a duty word (cần, phải) before the
 * tasks it announces opens a task list, whatever heading (findings, assessment) it sits under.
 */
const RX_LEAD_TASKS =
  /(?:^|\s)(?:cần|phải)\s[^:]{0,240}(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung)[^:]{0,60}(?:sau\s+đây|sau|như\s+sau)\s*:\s*$/u;
/**
 * "Các sở, ngành có trách nhiệm:", "… có quyền hạn và trách nhiệm:", "… chịu trách nhiệm thực hiện các nội dung
 * sau:", "… (tổ chức) thực hiện (tốt) một số nhiệm vụ sau đây:": a duty its subject takes on opens a task list too
 * ("UBND tỉnh có ý kiến như sau:" takes none).
 */
const RX_LEAD_DUTY = new RegExp(
  String.raw`\s(?:${TAKES_ON_DUTY}|thực\s+hiện(?:\s+tốt)?\s+(?:các|những|một\s+số)\s+(?:nhiệm\s+vụ|nội\s+dung|công\s+việc))` +
    String.raw`(?:\s+(?:thực\s+hiện|chủ\s+yếu|trọng\s+tâm|cụ\s+thể|sau\s+đây|sau|như\s+sau|các\s+nội\s+dung|các\s+nhiệm\s+vụ))*\s*:\s*$`,
  "u",
);
/** "Các nhiệm vụ trọng tâm bao gồm:": what is included are tasks (a members' or an agenda's "gồm:" is not). */
const RX_TASKS_INCLUDE = /(?:nhiệm\s+vụ|giải\s+pháp|công\s+việc)[^:.;]{0,40}\s(?:bao\s+gồm|gồm)\s*:\s*$/iu;
export function leadInKind(body: string): SectionKind {
  // In lower case as written: "cần" is a duty, "Cần Thơ" a city.
  const tail = body.slice(-400);
  if (RX_LEAD_TASKS.test(tail) || RX_LEAD_DUTY.test(tail) || RX_TASKS_INCLUDE.test(tail)) return "tasks";
  const f = foldDiacritics(body);
  if (RX_LEAD_DIRECTIVE.test(f)) return "neutral";
  if (RX_LEAD_NONTASK.test(f) || RX_ADOPTS_LIST.test(f) || RX_SESSION_AGENDA.test(f)) return "nontask";
  const g = RX_LEAD_GUIDANCE.exec(f);
  return g && g[1] !== "theo" && g[1] !== "cac" ? "guidance" : "neutral";
}

/**
 * A rule, not work: "Xử lý kết quả kiểm tra thực hiện theo quy định tại khoản 3 Điều 79 …", "Hàng hóa tồn đọng được
 * quy định tại …". Only when no body is named to do it.
 */
const RX_RULE =
  /^[^.;:]{0,150}?(?:được\s+)?(?:thực\s+hiện|áp\s+dụng|xử\s+lý|giải\s+quyết)\s+theo\s+(?:quy\s+định|hướng\s+dẫn)\s+tại\s/iu;
/**
 * "Hàng hóa tồn đọng được quy định tại …" states a rule; after work ("Thực hiện lưu giữ thẻ … theo Quyết định … được
 * quy định tại Điều 9") it only says where the thing worked on is defined.
 */
const RX_DEFINED_AT = /^[^.;:]{0,150}?được\s+quy\s+định\s+tại\s/iu;
/**
 * "… thì áp dụng tiền chậm nộp theo mức 0,05%/ngày …", "Áp dụng lãi suất bằng lãi suất cho vay quá hạn …": a rate
 * applied is how money is counted, not work.
 */
const RX_RATE_RULE =
  /^(?:[^.;:]{0,300}?\s)?áp\s+dụng\s+(?:theo\s+)?(?:mức|lãi\s+suất|thuế\s+suất|tiền\s+chậm\s+nộp|tỷ\s+lệ|hệ\s+số|đơn\s+giá|định\s+mức)[\s,]/iu;
export function isRuleStatement(body: string): boolean {
  if (body.indexOf(" tại ") > 0 && (RX_RULE.test(body) || (RX_DEFINED_AT.test(body) && !opensOwnWork(body))))
    return true;
  return RX_RATE_RULE.test(body);
}
/** Work of its own, not "Thực hiện theo Bản mô tả công việc … được quy định tại …" (what a post does, by reference). */
function opensOwnWork(body: string): boolean {
  return startsWithVerb(body) && !/^thực\s+hiện\s+theo\s/iu.test(body);
}
/**
 * "Cán bộ … phải đáp ứng tiêu chuẩn …", "Cán bộ sau khi … thì đủ điều kiện …", "Cán bộ có trình độ … là: …": a condition
 * or definition about persons in general, not a body's work (spec: conditions and definitions are not tasks).
 */
const RX_PERSON_CONDITION =
  /^(?:cán\s+bộ|công\s+chức|viên\s+chức|đảng\s+viên|người)\s[^.;:]{0,200}?(?:\sphải\s+(?:đáp\s+ứng|có\s+thời\s+gian)|\sđủ\s+điều\s+kiện|\slà\s*:)/iu;
export function isPersonCondition(body: string): boolean {
  return RX_PERSON_CONDITION.test(body);
}
/** "Ban bầu cử hết nhiệm vụ sau khi …", "Tổ công tác tự giải thể sau khi …": a body's term, not its work. */
const RX_TERM_END = /^[^.;:]{0,80}?\s(?:hết\s+nhiệm\s+vụ|tự\s+giải\s+thể|chấm\s+dứt\s+hoạt\s+động)(?:[\s.,;]|$)/iu;
export function isTermEnd(body: string): boolean {
  return RX_TERM_END.test(body);
}

/** The document itself, as its effect clause names it: "Quyết định này", "Hướng dẫn này", "Thông tư này" … */
const THIS_DOCUMENT =
  "(?:văn bản|quyết định|kế hoạch|hướng dẫn|thông báo|quy chế|quy định|chỉ thị|công văn|nghị quyết|thông tư) này";
/** "Quyết định này có hiệu lực kể từ ngày ký.", "Hướng dẫn này, các phụ lục … kèm theo có hiệu lực …": the effect clause. */
export const RX_EFFECT = new RegExp(`^${THIS_DOCUMENT}(?:,[^.;]{0,80}?)? có hiệu lực`, "iu");

/**
 * Legal grounds, history, meeting records, worked examples and the document's own effect clause ("Văn bản này có hiệu
 * lực …", "Hướng dẫn này, các phụ lục … kèm theo có hiệu lực …"): never tasks even in a task section. "Thực hiện kế hoạch, nhật ký …" (a comma after the noun) lists work, not a cited
 * document. "Về việc …" is a subject line, not the topic of an item that states its content after a colon ("(1) Về việc
 * phê duyệt …: giao Bộ X …"). "Căn cứ chức năng, nhiệm vụ …, chủ động phối hợp …" and "Căn cứ vào khả năng cân đối
 * ngân sách, …" open an instruction, not its legal grounds.
 */
const RX_NOT_TASK_START = new RegExp(
  "^(?:căn cứ(?!\\s+(?:vào\\s+|theo\\s+)?(?:chức năng|khả năng|tình hình|kết quả|tiêu chuẩn|nhu cầu|điều kiện thực tế))" +
    // "Căn cứ Kế hoạch này, chủ động giám sát …": grounds are other texts; the document itself is what work follows.
    "(?![^.;]{0,100}?\\s(?:kế hoạch|đề án|chương trình|quyết định|chỉ thị|nghị quyết|hướng dẫn|công văn|thông báo) này(?=[\\s,]))" +
    // "Căn cứ các quy định nêu trên, (Cục Thuế) đề nghị Thuế tỉnh X …": what the letter quoted above grounds the
    // request after it (not "Căn cứ hướng dẫn trên, trường hợp … thì …", a rule).
    "(?![^.;,]{0,60}?\\s(?:nêu\\s+)?trên\\s*,\\s*(?:[^,.;]{0,40}\\s)?(?:(?:kính\\s+)?đề\\s+nghị|yêu\\s+cầu|giao)\\s)|" +
    "xét (?:đề nghị|tờ trình|báo cáo)|theo (?:đề nghị|công văn|quyết định|kế hoạch)|" +
    "thực hiện (?:quyết định|nghị quyết|kế hoạch|công văn|văn bản|chỉ thị|thông báo|kết luận|nghị định|thông tư|ý kiến|chỉ đạo|chương trình|luật|phiếu|đề án|giấy mời)(?![,;])|" +
    "ngày \\d|hôm nay|vào (?:hồi|lúc)|tuy nhiên|nhìn chung|bên cạnh đó|v/v|về việc(?![^:;.]{0,150}:\\s*\\S)|kính gửi|đồng kính gửi|nơi nhận|số\\s*:|" +
    `kính mời|trân trọng kính mời|${THIS_DOCUMENT}(?:,[^.;]{0,80}?)? (?:có hiệu lực|thay thế)|` +
    // A worked example about a placeholder person ("Đồng chí Nguyễn Văn C, Vụ trưởng … được giới thiệu …").
    "(?:ví dụ\\s*:\\s*)?(?:đồng chí|ông|bà)\\s+nguyễn\\s+văn\\s+\\S(?=[\\s,.])|" +
    "(?:phương án|ưu điểm|nhược điểm|hiện trạng|lý do)(?:\\s+\\d+)?\\s*:|(?:ông|bà|đồng chí|đ/c)\\s*:|biên bản (?:kết thúc|được lập)|trên đây là)",
  "iu",
);
/**
 * "Label: value" lines of a meeting notice or a digital signature: who leads the meeting, where, when; and the conditions
 * a party must meet ("Điều kiện giảng viên hướng dẫn: …") and principles ("Nguyên tắc …: Bảo đảm …"): rules, not work.
 */
const RX_METADATA = new RegExp(
  "^(?:thành phần(?: tham dự| dự họp)?|chủ trì(?: cuộc họp| tại điểm cầu| hội nghị)|địa điểm|thời gian(?:, (?:địa điểm|hình thức)(?: họp)?)|" +
    "hình thức|nội dung(?: cuộc họp)?|điện thoại|email|fax|mục tiêu|chỉ tiêu|" +
    "ký bởi|cơ quan|thời gian ký|ngày ký|địa chỉ|điều kiện[^:]{0,60}|nguyên tắc[^:]{0,60}|" +
    // "Mẫu CVHT-02 : CVHT tổng hợp …": what a form holds.
    "mẫu(?: số)? [^\\s:]{1,20})\\s*:",
  "iu",
);

/**
 * History told before the tasks: "Trong những năm qua, …", "Thời gian qua, …", "Vừa qua, …", and the meeting's own
 * time "Chiều ngày 09 tháng 11 năm 2025, tại trụ sở …". Never a task.
 */
const RX_HISTORY =
  /^(?:trong\s+)?(?:những\s+năm|thời\s+gian|năm|tháng|tuần)\s+(?:qua|vừa\s+qua)|^vừa\s+qua|^(?:sáng|chiều|tối|trưa)\s+(?:ngày|nay)\s/iu;
export function isHistory(body: string): boolean {
  return RX_HISTORY.test(body);
}

/**
 * A paragraph that opens on its grounds and ends on a request ("Căn cứ quy định nêu trên, … Do vậy, đề nghị Thuế tỉnh
 * X …"): the grounds lead to the work, so the paragraph is read like any other.
 */
const RX_GROUNDS_THEN_REQUEST = new RegExp(
  "^[Cc]ăn cứ\\s[\\s\\S]*?(?:[.;]\\s+|(?:[Dd]o vậy|[Vv]ì vậy|[Dd]o đó|[Vv]ì thế|[Tt]heo đó)\\s*,\\s*)" +
    // The one asked is named with a capital ("đề nghị Thuế tỉnh …"); "giao đất" is not a request.
    `(?:[Đđ]ề nghị|[Yy]êu cầu|[Gg]iao)\\s+(?:các\\s+|cho\\s+)?[${UPPER_CHARS}]`,
  "u",
);

/**
 * A committee's member list: "Ông Nguyễn Văn A, Giám đốc Sở GDĐT, Trưởng ban;", "Các Ông/Bà là chuyên viên … là thành
 * viên Ban tổ chức." (a person and the seat they hold), who attends ("Thành phần mời dự: …"), and the topics of a
 * programme ("Chủ đề 1: …", "Chuyên đề 2: …").
 */
const RX_MEMBER_LINE = new RegExp(
  "^(?:(?:ông|bà|đồng chí|đ/c)\\s[^;:]{2,160},\\s*(?:đồng\\s+)?(?:phó\\s+)?(?:trưởng\\s+ban|tổ\\s+trưởng|tổ\\s+phó|" +
    "chủ\\s+tịch|thư\\s+ký|ủy\\s+viên|uỷ\\s+viên|thành\\s+viên)(?:\\s+thường\\s+trực)?\\s*[;.]?$|" +
    "các\\s+ông/bà\\s+là\\s|(?:chủ\\s+đề|chuyên\\s+đề)\\s+\\d{1,2}\\s*:|" +
    "thành\\s+phần(?:\\s+(?:mời\\s+dự|tham\\s+dự|dự\\s+họp|gồm|đoàn))?\\s*:)",
  "iu",
);

/**
 * "Bà Nguyễn Thị A - Phó Chủ tịch HĐND tỉnh, Phó Trưởng Đoàn giám sát - Tổ trưởng;": a person and the seats they hold,
 * named with a dash. A member with work after the seat ("… - phụ trách chung, chỉ đạo …") is still a task.
 */
const RX_PERSON_DASH = new RegExp(`^(?:ông|bà|đồng chí|đ/c)\\s+(?:[${UPPER_CHARS}][^\\s,;:]*\\s+){1,5}[-–]\\s`, "u");
function namesSeats(body: string): boolean {
  if (RX_PERSON_DASH.test(body.charAt(0).toLowerCase() + body.slice(1)) && !containsLowerCaseVerb(body)) return true;
  return seatsTaken(body);
}

/**
 * "Giám thị làm Chủ tịch; Phó Giám thị … làm Phó Chủ tịch; Đội trưởng … làm Thư ký …": who sits on a council, not its
 * work. Two seats at least, and no duty named ("… làm Trưởng ban, chịu trách nhiệm chỉ đạo chung" is one).
 */
const RX_SEAT =
  /\slàm\s+(?:phó\s+)?(?:chủ\s+tịch|trưởng\s+(?:ban|đoàn|nhóm|tiểu\s+ban)|tổ\s+(?:trưởng|phó)|thư\s+ký|thành\s+viên|[ủu]y\s+viên)(?=[\s;,.]|$)/giu;
/** "… làm Trưởng ban, chịu trách nhiệm chỉ đạo chung", "… phụ trách chung"; not a title ("Phó Giám thị phụ trách công tác …"). */
const RX_SEAT_DUTY = /(?:chịu|có)\s+trách\s+nhiệm|phụ\s+trách\s+chung|nhiệm\s+vụ/iu;
function seatsTaken(body: string): boolean {
  if (body.indexOf(" làm ") < 0) return false;
  const seats = body.match(RX_SEAT);
  return seats !== null && seats.length >= 2 && !RX_SEAT_DUTY.test(body);
}

/**
 * A line wholly in one pair of brackets: a pointer ("(Chi tiết có Phụ lục kèm theo)", "(Kèm theo Nghị quyết số …)",
 * "(Vị trí, địa điểm quan trắc theo phụ lục 01 đính kèm)"), a note or a suggestion ("(Gợi ý các nội dung: …)"): an
 * aside to the lines around it, never work of its own (no labelled task in the corpus is one).
 */
const RX_ASIDE_LINE = /^\([^()]*\)\s*[.;]?$/u;

/**
 * A decision's closing formula: "Điều 3. Chánh Văn phòng …, Chủ tịch UBND các xã … chịu trách nhiệm thi hành Quyết định
 * này./.", "… thi hành Thông tư này./", "… căn cứ Quyết định thi hành./.": the bodies named carry the decision out; the
 * formula sets them no task.
 */
const RX_EXECUTES_DECISION =
  /(?:chịu\s+trách\s+nhiệm\s+thi\s+hành|căn\s+cứ\s+quyết\s+định\s+(?:này\s+)?thi\s+hành)(?:\s+(?:quyết\s+định|nghị\s+quyết|thông\s+tư|chỉ\s+thị)(?:\s+này)?)?\s*[./]*\s*$/iu;

/** "Bộ Tài chính trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.": thanks that ask for nothing. */
const RX_THANKS = /^[^.;:]{0,120}?\s(?:trân\s+trọng\s+)?cảm\s+ơn\s/iu;
const RX_ASKS_TOO = /đề\s+nghị|mong|yêu\s+cầu/iu;
/** "Thời gian tới, dự báo tình hình thế giới tiếp tục biến động …": a forecast says what will happen, not who acts. */
const RX_FORECAST = /^(?:(?:trong\s+)?thời\s+gian\s+tới,\s+)?(?:được\s+)?dự\s+báo\s/iu;
/** "…, vi phạm pháp luật thì tùy theo mức độ sẽ bị xử lý …": a sanction for whoever breaks the rule, not work. */
const RX_SANCTION = /\sthì\s+t(?:ùy|uỳ)\s+theo\s+(?:tính\s+chất,\s*)?mức\s+độ/iu;

/**
 * "Trường hợp văn bản được dẫn chiếu tại Quyết định này được sửa đổi, bổ sung, thay thế … thì áp dụng theo …": the
 * formula that keeps citations current, a rule of reading.
 */
const RX_CITATIONS_FOLLOW =
  /^(?:trong\s+quá\s+trình\s+(?:áp\s+dụng|thực\s+hiện)[^,]{0,40},\s*)?(?:trường\s+hợp|khi)\s+(?:các\s+)?văn\s+bản\s(?:quy\s+phạm\s+pháp\s+luật\s)?[^.;]{0,80}?(?:dẫn\s+chiếu|trích\s+dẫn|viện\s+dẫn|ban\s+hành\s+sau)/iu;

export function keepsCitationsCurrent(body: string): boolean {
  return RX_CITATIONS_FOLLOW.test(body);
}

/**
 * "Người đứng đầu …, cán bộ … tham gia xây dựng, ban hành Nghị quyết này được xem xét loại trừ, miễn hoặc giảm trách
 * nhiệm …": who is shielded from blame, not anyone's work.
 */
const RX_SHIELDED =
  /\sđược\s+(?:xem\s+xét\s+)?(?:loại\s+trừ|miễn|giảm)(?:,?\s+(?:hoặc\s+)?(?:miễn|giảm)(?:\s+trừ)?)*\s+trách\s+nhiệm/iu;

/** "- Đầu mối hỗ trợ nghiệp vụ: số điện thoại …; địa chỉ thư điện tử …": whom to call, not work. */
const RX_CONTACT = /^[^:;.]{2,60}:\s*(?:số\s+)?(?:điện\s+thoại|ĐT\b|email|e-mail|địa\s+chỉ\s+thư)/iu;
/**
 * "Thuế tỉnh X trả lời cho Công ty được biết và thực hiện theo đúng quy định …", "Tổng cục Hải quan trả lời các đơn vị
 * được biết, thực hiện": an answer's courtesy closing, however it goes on; the answering body named first, no comma
 * before "trả lời", and no more than a body's name ("… thì phải có văn bản giải trình trả lời để cử tri biết" is a duty).
 */
const RX_ANSWERED_FOR_INFO =
  /^([^,.;:]{2,80}?)\strả\s+lời\s+(?:(?:cho|để|đến|tới)\s+)?[^,.;:]{2,80}?\s(?:được\s+)?biết(?=[\s,.;]|$)/iu;
function answeredForInfo(body: string): boolean {
  const m = RX_ANSWERED_FOR_INFO.exec(body);
  return m !== null && startsWithOwnerHead(m[1]) && readOwner(`${m[1]} thực hiện`, 0)?.verb === "thực hiện";
}
/**
 * "Nghị quyết này được Ủy ban Thường vụ Quốc hội … khóa XV thông qua ngày 16 tháng 06 năm 2025.", "Luật này đã được
 * Quốc hội … thông qua …": the adoption formula after the last article says when the text was passed; it asks nothing.
 */
const RX_ADOPTION_FORMULA =
  /^(?:nghị\s+quyết|luật|pháp\s+lệnh|bộ\s+luật|quy\s+chế|điều\s+lệ)\s+này\s+(?:đã\s+)?được\s[^.]{0,200}?\sthông\s+qua(?:\s|$)/iu;
export function isNeverTask(body: string): boolean {
  if (RX_METADATA.test(body) || RX_MEMBER_LINE.test(body) || RX_ASIDE_LINE.test(body) || namesSeats(body)) return true;
  if (RX_ADOPTION_FORMULA.test(body)) return true;
  if (RX_SHIELDED.test(body) || RX_CONTACT.test(body) || answeredForInfo(body)) return true;
  if ((RX_THANKS.test(body) && !RX_ASKS_TOO.test(body)) || RX_SANCTION.test(body) || RX_FORECAST.test(body))
    return true;
  if (RX_EXECUTES_DECISION.test(body.slice(-120))) return true;
  return (
    RX_NOT_TASK_START.test(body) &&
    !RX_GROUNDS_THEN_REQUEST.test(body) &&
    !groundsThenAsks(body) &&
    !historyThenAsks(body)
  );
}

/**
 * "Căn cứ Quyết định số 140/QĐ-BTP …; … và ý kiến chỉ đạo của Bộ trưởng, Văn phòng Bộ đề nghị các đơn vị chủ động …":
 * a long list of grounds that ends on a request to bodies named in lower case ("các đơn vị") is that request.
 */
const RX_GROUNDS_ASK = /^căn\s+cứ\s[^]*?[,;]\s+[^,;.]{0,60}?(?:đề\s+nghị|yêu\s+cầu)\s+(?=các\s)/iu;
/**
 * "Ngày 11/12/2017 Sở Y tế ban hành Công văn số 2243/SYT-NVY …; thực hiện Công văn …, Giám đốc Sở Y tế yêu cầu thủ
 * trưởng các đơn vị rà soát …": what was done before, told first, then the request this letter makes; its asker is
 * named ("…, trong đó đề nghị các Sở …" reports what the earlier letter asked).
 */
const RX_HISTORY_THEN_ASK =
  /^ngày\s+\d[^]*?[,;]\s+([^,;.]{2,60}?)\s+(?:đề\s+nghị|yêu\s+cầu)\s+(?=(?:các|thủ\s+trưởng|giám\s+đốc|chủ\s+tịch)\s)/iu;
const opening = (body: string) => (body.length > 3000 ? body.slice(0, 3000) : body);
function groundsThenAsks(body: string): boolean {
  const m = RX_GROUNDS_ASK.exec(opening(body));
  return m !== null && asksAt(body, m);
}
function historyThenAsks(body: string): boolean {
  const m = RX_HISTORY_THEN_ASK.exec(opening(body));
  return m !== null && startsWithOwnerHead(m[1]) && asksAt(body, m);
}
/** The body asked right after the request `m` ends, with work of its own, in a request not made before ("đã"). */
function asksAt(body: string, m: RegExpExecArray): boolean {
  const asked = readOwner(body, m[0].length, 40, true);
  return (
    asked !== null &&
    asked.verb !== "" &&
    !/\s(?:đã|vừa)\s/u.test(body.slice(Math.max(0, m[0].length - 80), m[0].length))
  );
}

/** A decision or praise, not work: "Thống nhất chủ trương …", "Nhất trí …" (unless it also assigns someone). */
const RX_AGREEMENT = new RegExp(
  `^(?:thống nhất|nhất trí|đồng ý|ghi nhận|biểu dương|hoan nghênh|đánh giá cao)(?![${WORD_CHARS}])`,
  "iu",
);
export function isAgreement(body: string): boolean {
  return RX_AGREEMENT.test(body);
}

/** A finding, not an order: "Các phòng đã tập trung thực hiện …" (đã/chưa in the first words). */
export function isFinding(body: string): boolean {
  // The pieces of body.slice(0, 60).split(/\s+/, 7), walked without building them.
  const head = Math.min(body.length, 60);
  let pieces = head > 0 && isSpace(body.charCodeAt(0)) ? 1 : 0;
  for (let i = 0; i < head && pieces < 7; pieces++) {
    while (i < head && isSpace(body.charCodeAt(i))) i++;
    const start = i;
    while (i < head && !isSpace(body.charCodeAt(i))) i++;
    // Only 2- and 4-unit words can lower-case to "đã" or "chưa".
    if (i - start !== 2 && i - start !== 4) continue;
    const w = body.slice(start, i).toLowerCase();
    if (w === "đã" || w === "chưa") return true;
  }
  return false;
}

/**
 * "Nhóm 1: 16 cụm công nghiệp …", "Hội X: Không có khả năng …", "Số lượng …: Tối đa 15 …": a label and a description,
 * not an owner and a task. So are a grade's definition ("Hoàn thành tốt: Là những cơ quan … đạt từ 85 điểm …") and a
 * quota ("Ủy ban nhân dân xã, phường: Xét tối đa 15 tập thể …").
 */
const RX_DESCRIPTION_AFTER_COLON =
  /^[^:]{1,80}:\s*(?:\d|không\s|chưa\s|đã\s|có\s+\d|gồm\s|bao\s+gồm\s|(?:xét\s+)?tối\s+(?:đa|thiểu)\s|ít\s+nhất\s|là\s+(?:những|các)\s)/iu;
/**
 * A rule of how a body works, in a quy chế: "Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ …", "… làm việc theo
 * các hình thức như …", "Hội đồng hoạt động theo nguyên tắc tập trung, dân chủ …", "Trưởng Ban Chỉ đạo sử dụng con dấu
 * của Thủ tướng Chính phủ".
 */
const RX_WORKING_RULE =
  /\s(?:(?:làm\s+việc|hoạt\s+động)\s+theo\s+(?:các\s+)?(?:nguyên\s+tắc|chế\s+độ|hình\s+thức)|sử\s+dụng\s+con\s+dấu)\s/iu;
/**
 * "Trình diện là việc người bị cấm … đến trụ sở …", "Hỗ trợ khởi nghiệp … là hoạt động …", "Báo cáo … trên Hệ thống là
 * báo cáo được kết xuất …", "Trạm trung chuyển … là nơi để tiếp nhận …", "Kế hoạch giáo dục của nhà trường là kế hoạch tổ
 * chức các hoạt động giáo dục …": a term's definition (not "Sở X là cơ quan đầu mối …", a duty).
 */
const RX_DEFINITION =
  /^[^,;:.]{1,100}?\slà\s+(?!(?:cơ\s+quan\s+)?(?:đầu\s+mối|thường\s+trực|chủ\s+trì))(?:việc|hoạt\s+động|quá\s+trình|hình\s+thức|báo\s+cáo|văn\s+bản|kế\s+hoạch|chương\s+trình|tài\s+liệu|các|những|một|nơi)\s/iu;
/**
 * "Thông tin về cá nhân gồm: họ và tên, …", "Cơ quan, tổ chức phát sinh chất thải … bao gồm cơ quan, tổ chức, …": what a
 * record or a set holds, listed after its name (no verb before "gồm").
 */
const RX_HOLDS =
  /^([^:;]{1,140}?)\s(?:(?:bao\s+)?gồm(?:\s+(?:các|những)\s+(?:thông\s+tin|nội\s+dung))?\s*:|bao\s+gồm)\s*\S/iu;
function listsWhatItHolds(body: string): boolean {
  const m = RX_HOLDS.exec(body);
  return m !== null && !startsWithVerb(m[1]) && !containsLowerCaseVerb(m[1]);
}

export function isDescription(body: string): boolean {
  return (
    (body.indexOf(":") > 0 && RX_DESCRIPTION_AFTER_COLON.test(body)) ||
    listsWhatItHolds(body) ||
    RX_WORKING_RULE.test(body.slice(0, 120)) ||
    RX_DEFINITION.test(body.slice(0, 200))
  );
}

/**
 * "Kinh phí thực hiện được đảm bảo từ nguồn ngân sách …", "Nguồn kinh phí thực hiện: Được bố trí trong dự toán …": where
 * the money comes from, with no body named to act, is no task. Nor is what a regulation funds ("Hỗ trợ tiền ăn thêm mức
 * 72.000 đồng/người/ngày", "Hỗ trợ chi phí thuê, mua …"), unlike support given as work ("Hỗ trợ doanh nghiệp …",
 * "Hỗ trợ kinh phí, huấn luyện viên …").
 */
const RX_FUNDING = /^(?:(?:nguồn\s+)?kinh\s+phí(?:\s|:)|hỗ\s+trợ\s+(?:tiền|chi\s+phí|kinh\s+phí|mức)\s)/iu;
export function isFunding(body: string): boolean {
  return RX_FUNDING.test(body);
}

/** "Trong thời gian tới, …", "Thời gian tới, …", "Từ nay đến cuối năm, …": a sentence about work ahead. */
const RX_LOOKS_AHEAD =
  /^(?:(?:trong\s+)?thời\s+gian\s+tới|trong\s+(?:năm|tháng|quý)\s+tới|từ\s+nay\s+đến\s+[^,]{1,30}),\s/iu;
export function looksAhead(body: string): boolean {
  return RX_LOOKS_AHEAD.test(body);
}

/**
 * A title on a line of its own: "- Nội dung giám sát của chủ chương trình", "+ Nội dung theo dõi", "- Nội dung hướng
 * dẫn:": a noun that names a part of the plan, no sentence end, nothing after a colon. The lines after it are the content.
 */
const RX_TITLE_LINE =
  /^(?:nội\s+dung|phương\s+pháp|hình\s+thức|đối\s+tượng|phạm\s+vi|mục\s+tiêu|yêu\s+cầu|cách\s+thức)(?:\s[^.;:!?]{0,80})?:?$/iu;
export function isTitleLine(body: string): boolean {
  return RX_TITLE_LINE.test(body.trim());
}

/** Closing formula: "… triển khai thực hiện nghiêm túc Kết luận này./.", "Trên đây là …", "Biên bản kết thúc …". */
export function isClosing(body: string): boolean {
  // "… trên website: https://moitruongthudo.vn/." ends in "/." too: a web address is no closing formula.
  // trimEnd().endsWith() rather than /\/\.\s*$/, which V8 tries at every "/" of the paragraph's dates.
  if (endsWithClosingMark(body) && !/(?:\/\/|www\.)\S*$/iu.test(body)) return true;
  return /^(?:trên đây là|biên bản (?:kết thúc|được lập)|trân trọng (?:cảm ơn|kính chào))/iu.test(body);
}

/** "… thực hiện./.", also with a scan's stray marks after it ("… triển khai thực hiện./. Al”", "…./. My"). */
function endsWithClosingMark(body: string): boolean {
  const end = body.trimEnd();
  if (end.endsWith("/.")) return true;
  const at = end.lastIndexOf("/.");
  return at > 0 && end.length - at <= 10 && /^\/\.(?:\s+\S{1,4}){1,2}$/u.test(end.slice(at));
}

/**
 * The closing formula asks for nothing specific: "Đề nghị … nghiêm túc triển khai thực hiện Kết luận này./.", "…
 * biết, thực hiện./.", "… nghiêm túc triển khai, hoàn thành đúng tiến độ để đảm bảo công tác … thuận lợi" (its purpose
 * names no day), "… triển khai thực hiện theo đúng tiến độ và nội dung của kế hoạch./.", and "Khó khăn, vướng mắc … phản
 * ánh về …". `work` is what follows the body asked.
 */
const RX_GENERIC_WORK =
  /^[^,;.]{0,40}?(?:triển khai|tổ chức|thực hiện|biết|quán triệt)(?:[\s,]+(?:triển khai|tổ chức|thực hiện|biết|và|quan tâm|nghiêm túc|nghiêm|tốt|có hiệu quả|đầy đủ|đúng|kịp thời|hoàn thành đúng (?:tiến độ|thời hạn)|theo đúng tiến độ(?: và nội dung)?(?: của)?))*(?:\s+(?:(?:các|những)\s+)?(?:nội dung|kết luận|kế hoạch|thông báo|chỉ thị|công văn|văn bản|quyết định)(?:\s+(?:của\s+)?(?:kết luận|kế hoạch|thông báo|chỉ thị|công văn|văn bản|quyết định))?(?:\s+(?:này|trên|nêu trên))?)?(?:\s+để\s+(?:bảo|đảm)\s+(?:đảm|bảo)\s[^\d]*)?\s*$/iu;
/**
 * "Văn phòng Chính phủ (xin) (trân trọng) thông báo (để Bộ X … biết, thực hiện)./.", "Bệnh viện Đà Nẵng trân trọng kính
 * báo!": the notice's closing formula. A scan reads "để" as "dé" ("… thông báo dé các Bộ, cơ quan biết, thực hiện./.",
 * five times in the tax letters).
 */
const RX_NOTICE_FORMULA =
  /^(?:xin\s+)?(?:trân\s+trọng\s+)?(?:thông|kính)\s+báo(?:\s+(?:để|dé|đến|tới|cho)\s[^.]*)?\s*!?$/iu;
/**
 * "Cục Thuế có ý kiến để Thuế tỉnh X (được) biết./.", "Cục Lãnh sự xin trao đổi và cảm ơn sự phối hợp của Quý Cơ
 * quan./.": an answer's courtesy closing informs or thanks.
 */
const RX_COURTESY =
  /^(?:xin\s+)?(?:(?:có\s+ý\s+kiến|trả\s+lời|trao\s+đổi)(?:\s+(?:và\s+)?cảm\s+ơn[^.]*)?|cảm\s+ơn[^.]*)(?:\s+(?:để|đến|cho)\s[^.]*\sbiết[^.]*)?$/iu;
/**
 * "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, …": a sentence about problems to report, named in its first
 * words; a duty that lists them among its contents ("… rà soát, báo cáo …, trong đó nêu những khó khăn, vướng mắc …") is work.
 */
const RX_PROBLEMS_FIRST = /^(?:trong\s+quá\s+trình[^,]{0,60},\s*)?[^,.;]{0,40}?(?:khó\s+khăn|vướng\s+mắc|mời)/iu;
export function isGenericClosing(work: string): boolean {
  return withoutScanMarks(work)
    .replace(/\s*(?:\.?\/)?\.\s*$/, "")
    .split(/\.\s+/)
    .every((sentence) => genericPart(sentence) || sentence.split(/;\s+/).every(genericPart));
}

/**
 * A scan's text may end on a stamp's or a signature's stray marks after the final stop ("… thực hiện. gaa!", "…
 * thực hiện.&f⁄"): up to six characters, one of them no letter or digit. A word there ("… thực hiện. Xong.") stays.
 */
const RX_AFTER_LAST_STOP = /\.\s*(\S{1,6})$/u;
const RX_MARK = unicodeRegExp("[^\\p{L}\\p{N}.]");
function withoutScanMarks(s: string): string {
  const m = RX_AFTER_LAST_STOP.exec(s);
  return m && RX_MARK.test(m[1]) ? s.slice(0, m.index + 1) : s;
}

/** "… nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn …": each part asks nothing new. */
function genericPart(part: string): boolean {
  return (
    RX_GENERIC_WORK.test(part) || RX_NOTICE_FORMULA.test(part) || RX_PROBLEMS_FIRST.test(part) || RX_COURTESY.test(part)
  );
}

/** A lead-in hands out the list below: "… đề nghị các chủ đầu tư … thực hiện các nội dung sau:". */
export function isLeadIn(body: string): boolean {
  return (endsWithColon(body) || announcesList(body)) && wordCount(body, 5) >= 5;
}

/** "… các nhiệm vụ trọng tâm sau đây" with its colon lost (a scan's text) or never written: it announces the list. */
const RX_ANNOUNCES_LIST_END = /\s(?:sau\s+đây|như\s+sau)\s*$/iu;
export function announcesList(body: string): boolean {
  return RX_ANNOUNCES_LIST_END.test(body);
}

/**
 * A line after a list that dates it: "Báo cáo … gửi về UBND tỉnh trước ngày 12/6/2026", "Thời gian hoàn thành …", "Các đơn
 * vị thực hiện trước ngày 24/3/2016.", "Yêu cầu Giám đốc Sở …, các địa phương … thực hiện và báo cáo UBND tỉnh trước
 * 10/5/2006.": "thực hiện" with no object of its own carries out what the list above says.
 */
export const RX_CLOSING_LINE =
  /^(?:nhận\s+được\s+(?:công\s+văn|văn\s+bản|thông\s+báo)\s+này|báo cáo|văn bản|ý kiến|kết quả|hồ sơ|tài liệu|thời hạn|thời gian hoàn thành|(?:các\s+(?:đơn\s+vị|cơ\s+quan|trường|địa\s+phương)|(?:yêu\s+cầu|đề\s+nghị)\s[^.;:]{1,200}?)\s+(?:thực\s+hiện|hoàn\s+thành)(?:\s+và\s+báo\s+cáo[^.;:\d]{0,60}?)?\s+(?:trước|chậm\s+nhất|xong\s+trước))/iu;

const URGENT_WORDS = "khẩn trương|khẩn trường|ngay|kịp thời|dứt điểm|khẩn cấp|cấp bách|gấp|hỏa tốc|hoả tốc";
const RX_URGENT = new RegExp(`(?:${URGENT_WORDS})(?![${WORD_CHARS}])`, "giu");
/** Urgency without a date: "khẩn trương", "ngay", "kịp thời", "dứt điểm" (and a PDF's typo "khẩn trường"). */
export function isUrgent(s: string): boolean {
  RX_URGENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RX_URGENT.exec(s))) {
    if (m.index === 0 || !isWordUnit(s.charCodeAt(m.index - 1))) return true;
    RX_URGENT.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * "Đối với …/Trường hợp …/Nếu …/Hết thời hạn …/Khi … thì": a condition or topic before the duty, also after the time it
 * holds in ("Trong thời gian Quyết định này có hiệu lực thi hành, nếu … thì Giám đốc Sở Y tế có trách nhiệm …").
 */
const RX_CONDITION =
  /^(?:trong\s+thời\s+gian\s[^,;]{0,80},\s*)?(?:đối\s+với|(?:trong\s+)?trường\s+hợp|nếu|hết\s+thời\s+hạn|khi|sau\s+khi)\s[^]*?\s+thì,?\s+/iu;
/** "Trong thời hạn 06 tháng, kể từ ngày …,": a time frame before the subject. */
const RX_TIME_FRAME = /^trong\s+(?:thời\s+hạn|vòng)\s+[^,;]{1,30},\s*(?:kể\s+từ\s[^,;]{0,200},\s*)?/iu;

/** "Cuối tháng", "Đầu năm", "Cuối học kỳ 1": a time before the subject, with or without its comma. */
const PERIOD_EDGE = String.raw`(?:cuối|đầu|giữa)\s+(?:tháng|năm|quý|tuần|học\s+kỳ(?:\s+\d)?)`;

/**
 * Openers of a clause before its subject: purpose, topic, ground, condition, cadence ("Để …,", "Về …,", "Căn cứ …,",
 * "Riêng …" (one body set apart: "Riêng Trường THCS An Thạnh chuẩn bị …", with no comma),
 * "Định kỳ hằng năm, ban thường vụ cấp ủy … có trách nhiệm …", "Hằng năm, Sở Nội vụ tổng hợp …"), and an answer to
 * voters' "Tiếp thu ý kiến cử tri, UBND tỉnh giao …" (only of voters: "Tiếp thu ý kiến Bộ Chính trị, Ban Bí thư, hoàn
 * thiện …" is the duty itself, and its list is no subject).
 */
const RX_OPENER = new RegExp(
  String.raw`^(?:để|nhằm|riêng|trước|chậm\s+nhất|trên\s+cơ\s+sở|căn\s+cứ|về|trong|đối\s+với|(?:trong\s+)?trường\s+hợp|nếu|khi|sau\s+khi|kết\s+thúc|theo|qua|ngoài|bên\s+cạnh|định\s+kỳ|h[ằà]ng\s+(?:năm|quý|tháng|tuần)|${PERIOD_EDGE}|(?:tiếp\s+thu|ghi\s+nhận)\s+(?:ý\s+kiến|kiến\s+nghị)\s+(?:của\s+)?cử\s+tri)[\s,]`,
  "iu",
);
const RX_COMMA = /,\s+/g;

/**
 * The duty after a leading condition, topic or time frame: "Trường hợp … thì trong thời hạn 06 tháng, kể từ …, Bộ X có
 * trách nhiệm …" → "Bộ X có trách nhiệm …"; "Để bảo đảm …, BHXH các tỉnh …" → "BHXH các tỉnh …". The text itself when
 * it opens with none of them.
 */
export function afterCondition(body: string): string {
  let s = body;
  const c = RX_CONDITION.exec(s.length > 2000 ? s.slice(0, 2000) : s);
  if (c) s = s.slice(c[0].length);
  const t = RX_TIME_FRAME.exec(s);
  if (t) s = s.slice(t[0].length);
  return s === body && RX_OPENER.test(s) && !cadenceOfWork(s) ? afterOpener(s) : s;
}

/** "Hằng năm", "Định kỳ hằng quý", "Định kỳ": a cadence. */
const CADENCE = "định\\s+kỳ(?:\\s+h[ằà]ng\\s+(?:năm|quý|tháng|tuần|ngày))?|h[ằà]ng\\s+(?:năm|quý|tháng|tuần|ngày)";
/** A cadence standing alone as an opener, before its comma. */
const RX_CADENCE_OPENER = new RegExp(`^(?:${CADENCE})$`, "iu");
/** A cadence followed by a word (not by another cadence: "Định kỳ hằng năm" is one). */
const RX_CADENCE = new RegExp(`^(?:${CADENCE})\\s+(?!h[ằà]ng\\s)`, "iu");
/**
 * "định kỳ hằng năm đánh giá …, báo cáo Chính phủ, Thủ tướng Chính phủ …": a cadence followed by its work at once is
 * when that work recurs, not an opener before a subject ("Định kỳ hằng năm, Sở Nội vụ …" has its comma).
 */
function cadenceOfWork(s: string): boolean {
  const m = RX_CADENCE.exec(s);
  if (m === null) return false;
  const rest = s.slice(m[0].length);
  // "đánh giá", "sơ kết" are no verbs of ours (they head findings), yet a cadence before them times the work.
  const lower = rest.charAt(0) !== rest.charAt(0).toUpperCase();
  return startsWithVerb(rest) || (lower && !startsWithOwnerHead(rest) && !RX_MORE_TIME.test(rest));
}
/** "Định kỳ trước ngày 25 hằng tháng, …", "Định kỳ vào ngày làm việc cuối cùng …": the cadence's time goes on. */
const RX_MORE_TIME = /^(?:trước|vào|trong|từ|sau|chậm|ngày|tháng|quý|năm|theo|hoặc|và|mỗi|[0-9])/iu;

const RX_TOPIC_OPENER = /^(?:đối\s+với|(?:trong\s+)?trường\s+hợp|khi|nếu)\s/iu;
/** "(2.) Về mức chi phí … sau khi hoàn thành sắp xếp … từ ngày 01/7/2025: …": a topic before a colon names the subject. */
const RX_ABOUT_TOPIC = /^(?:\d{1,2}\.\s+|[a-zđ]\)\s+)?về\s[^:]{3,400}:\s+/iu;

/**
 * A leading topic or condition, as written: "Đối với các nhiệm vụ triển khai trong năm 2025, " and "Về …: " name what
 * the task is about (their dates are not the due date); "Trường hợp …, " is a condition, and "Khi …, " says when it is
 * due (deadlines.ts). Null when there is none.
 */
export function leadingTopic(body: string): string | null {
  const about = RX_ABOUT_TOPIC.exec(body);
  if (about) return about[0];
  if (!RX_TOPIC_OPENER.test(body)) return null;
  const c = RX_CONDITION.exec(body.length > 2000 ? body.slice(0, 2000) : body);
  if (c) return c[0];
  const rest = afterOpener(body);
  return rest === body ? null : body.slice(0, body.length - rest.length);
}

/** The clause after an opener's comma where a body that works is named, within the first sentence. */
/**
 * "Căn cứ Thông tư số 02/2017/TT-VPCP … của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn …": one person's two
 * titles, joined by a comma inside a citation; the comma starts no clause.
 */
const RX_TITLE_BEFORE = /(?:Bộ\s+trưởng|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Chủ\s+tịch)$/u;
const RX_TITLE_AFTER = /^(?:Chủ\s+nhiệm|Trưởng\s+[Bb]an|Chủ\s+tịch|Tổng\s+Thư\s+ký|Tư\s+lệnh)\s/u;
function doubleTitle(s: string, comma: number, next: number): boolean {
  return RX_TITLE_BEFORE.test(s.slice(Math.max(0, comma - 30), comma)) && RX_TITLE_AFTER.test(s.slice(next, next + 20));
}

/** "… khiếu nại của bà Nguyễn Thị Bích Ngọc, ông Đoàn Duy Đức, căn cứ …": people listed in the opener, not its subject. */
const RX_PERSON_BEFORE = new RegExp(`(?:^|\\s)(?:ông|bà)(?:\\s+[${UPPER_CHARS}][^\\s,]*){1,5}$`, "u");
const RX_PERSON_AFTER = new RegExp(`^(?:ông|bà)\\s+[${UPPER_CHARS}]`, "u");
function personList(s: string, comma: number, next: number): boolean {
  return (
    RX_PERSON_BEFORE.test(s.slice(Math.max(0, comma - 60), comma)) && RX_PERSON_AFTER.test(s.slice(next, next + 10))
  );
}

function insideBrackets(s: string, at: number): boolean {
  const before = s.slice(0, at);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

/**
 * "Trong quá trình thực hiện Thủ trưởng các địa phương chủ động phối hợp với Sở A, Sở B … để …", "Riêng Trường THCS An
 * Thạnh chuẩn bị …", "Cuối tháng CVHT lập danh sách …": the opener with its comma left out (or none to leave);
 * without this the first comma (inside the partners' list) was taken for the opener's, and "Sở B …" for the subject.
 */
const RX_PROCESS_OPENER = new RegExp(
  String.raw`^(?:trong\s+quá\s+trình\s+(?:thực\s+hiện|triển\s+khai)|riêng|${PERIOD_EDGE})\s+`,
  "iu",
);
const RX_TOPIC_BEFORE_COLON = /^[^,.;:]{3,200}:\s+/u;
const RX_ASKS = /^(?:giao|(?:kính\s+)?đề\s+nghị|yêu\s+cầu)\s/iu;
/** A verb that records an agreement ("Các Bộ, cơ quan thống nhất …"), not work (claims.ts reads it too). */
export const RX_AGREEING = /^(?:thống nhất|nhất trí|đồng ý|sẽ)$/u;
function worksAfter(s: string, at: number): boolean {
  const verb = readOwner(s, at)?.verb;
  return !!verb && !RX_AGREEING.test(verb);
}
function afterOpener(s: string): string {
  const head = s.slice(0, 400);
  const bare = RX_PROCESS_OPENER.exec(head);
  if (bare && startsUpper(head.slice(bare[0].length)) && readOwner(s, bare[0].length, 40)?.verb)
    return s.slice(bare[0].length);
  // "Về công tác kiểm tra: đề nghị Trung tâm YTDP, Trung tâm CSSKSS …": a topic that a request or a body follows at its
  // colon ends there; the commas after it are inside the request.
  // ("Về việc phê duyệt: Các Bộ, cơ quan thống nhất …" records an agreement; the body asked comes later.)
  const topic = RX_TOPIC_BEFORE_COLON.exec(head);
  if (topic && (RX_ASKS.test(head.slice(topic[0].length)) || worksAfter(s, topic[0].length)))
    return s.slice(topic[0].length);
  RX_COMMA.lastIndex = 0;
  let m: RegExpExecArray | null;
  let first = true;
  while ((m = RX_COMMA.exec(head))) {
    if (/[.;]/.test(head.slice(0, m.index))) break;
    // "Hằng năm, tổng hợp …, báo cáo về Tổng cục …, Bộ X theo chế độ …": work right after a cadence's comma has no
    // subject; the later commas are inside the work.
    if (first && RX_CADENCE_OPENER.test(head.slice(0, m.index)) && startsWithVerb(head.slice(m.index + m[0].length)))
      return s;
    first = false;
    if (doubleTitle(head, m.index, m.index + m[0].length) || personList(head, m.index, m.index + m[0].length)) continue;
    // "… (qua Bộ Nội vụ, Văn phòng Chính phủ) vào thứ Sáu …": a comma inside brackets opens no subject.
    if (insideBrackets(head, m.index)) continue;
    // "Căn cứ vào dự toán …, hàng tháng Phòng X lập …": a cadence may stand between the comma and the subject.
    const next = m.index + m[0].length;
    const cadence = RX_CADENCE.exec(head.slice(next, next + 40));
    const at = cadence ? next + cadence[0].length : next;
    const r = readOwner(s, at, 40, false, true);
    if (r && r.verb !== "") return s.slice(at);
  }
  return s;
}

/**
 * A lead-in that announces a counted breakdown of its own work: "… lấy mẫu tại 15 vị trí như sau:", "… lấy mẫu 01
 * vị trí/ao/vùng, cụ thể:". It is the task; the lines under it (each place and its count) are details.
 */
const RX_BREAKDOWN = /\d+(?:\s+[^\s,;:]+){1,3},?\s+(?:cụ\s+thể\s+)?(?:như\s+sau|cụ\s+thể|gồm)\s*:\s*$/iu;
/** "… thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:": the lines under it are what the report holds. */
const RX_REPORT_CONTENTS =
  /(?:(?:báo\s+cáo|thống\s+kê|thông\s+báo)[^:;.]{0,60}?\s(?:về\s+)?(?:một\s+số\s+|các\s+|những\s+)?nội\s+dung\s+(?:sau|như\s+sau)|\s(?:bao\s+)?gồm(?:\s+(?:các|những)\s+nội\s+dung(?:\s+chủ\s+yếu)?(?:\s+sau(?:\s+đây)?|\s+như\s+sau)?)?)\s*:\s*$/iu;
/**
 * "… tạm ngừng cung cấp dữ liệu trong những trường hợp sau:": the lines under it are cases, not work; so are "… được lập
 * theo thứ tự ưu tiên sau đây:" (the order of who comes first), "… phải bảo đảm yêu cầu sau đây:" and "Danh hiệu … xét
 * tặng cho cá nhân … đạt các tiêu chuẩn sau đây:" (the standards).
 */
const RX_CASES =
  /(?:trường\s+hợp|thứ\s+tự\s+ưu\s+tiên|(?:(?:phải|cần)\s+(?:bảo\s+đảm|đảm\s+bảo|đáp\s+ứng)|đạt|có\s+đủ)\s+(?:các\s+|những\s+)?(?:yêu\s+cầu|điều\s+kiện|tiêu\s+chuẩn|tiêu\s+chí))\s+sau(?:\s+đây)?\s*:\s*$/iu;
/** "Phân chia thành 03 Tổ công tác như sau:": what is counted are bodies, and each line under it hands one its work. */
const RX_COUNTS_BODIES = /\d+\s+(?:tổ|đoàn|nhóm|tiểu\s+ban|ban|đội)[\s,]/iu;
/**
 * "Nghiên cứu, triển khai các nền tảng số chuyên dùng … như:": work followed by examples of what it covers (not "như
 * sau:", which hands out a list).
 */
const RX_SUCH_AS = /\snhư\s*:\s*$/iu;

/**
 * "Bệnh viện công lập cử cán bộ … tham gia Hội đồng đấu thầu … với số lượng như sau:": a quota, each line under it a
 * share; "Gửi danh mục thuốc và những tài liệu kèm theo sau đây về Sở Y tế …:", "Mỗi thí sinh nộp 1 bộ hồ sơ …, các giấy tờ
 * trong túi hồ sơ sắp xếp theo thứ tự sau:": the papers to send, each line one.
 */
const RX_QUOTA = /(?:với\s+)?số\s+lượng\s+(?:cụ\s+thể\s+)?(?:như\s+sau|sau(?:\s+đây)?|gồm)\s*:\s*$/iu;
const RX_PAPERS_FOLLOW =
  /(?:tài\s+liệu|hồ\s+sơ|giấy\s+tờ)(?:\s+kèm\s+theo)?(?:\s[^:;,.]{0,60}?)?\s+(?:theo\s+thứ\s+tự\s+)?(?:sau\s+đây|sau|như\s+sau|gồm)(?:\s[^:;]{0,120})?:\s*$/iu;
/** The work that sends the papers: "Gửi …", or a subject that does it ("Mỗi thí sinh nộp 1 bộ hồ sơ …, các giấy tờ … sau:"). */
const sendsPapers = (body: string) =>
  RX_PAPERS_FOLLOW.test(body.slice(-200)) && (startsWithVerb(body) || !!readOwner(body, 0)?.verb);

export function announcesBreakdown(body: string): boolean {
  if (RX_SUCH_AS.test(body) && startsWithVerb(body)) return true;
  if (RX_QUOTA.test(body.slice(-60)) || sendsPapers(body)) return true;
  const tail = body.slice(-120);
  const m = endsWithColon(body) ? RX_BREAKDOWN.exec(tail) : null;
  // "… đề nghị …, Chủ tịch Hội Chữ thập đỏ 15 phường thực hiện như sau:": the count is in the bodies asked, before their
  // verb; the lines under it are their work.
  return m !== null && !RX_COUNTS_BODIES.test(tail) && !containsLowerCaseVerb(m[0]);
}

/**
 * "Giám sát việc lập danh sách cử tri theo quy định …. Cụ thể các nội dung:": a check whose lines name what is checked
 * ("- Cách tính tuổi (quy định tại Điều 2 …);", "- Việc niêm yết danh sách cử tri …").
 */
const RX_CHECK_OPENS = /^(?:kiểm\s+tra|giám\s+sát|thanh\s+tra)[\s,]/iu;
const RX_SPELLED_OUT = /cụ\s+thể(?:\s+(?:là\s+)?(?:các|một\s+số|những)\s+nội\s+dung(?:\s+sau)?)?\s*:\s*$/iu;

export function spellsOutCheck(body: string): boolean {
  return endsWithColon(body) && RX_CHECK_OPENS.test(body) && RX_SPELLED_OUT.test(body.slice(-60));
}

/**
 * A lead-in that lists contents ("… báo cáo cụ thể về một số nội dung sau:", "… thông báo … các nội dung sau:", "…
 * bao gồm:"); a line under it that names no body and no work is one of them.
 */
export function asksReportOf(body: string): boolean {
  return (endsWithColon(body) && RX_REPORT_CONTENTS.test(body.slice(-160))) || spellsOutCheck(body);
}

/** "5. Lựa chọn và thực hiện Khẩu hiệu tuyên truyền tại đơn vị" over "- Chung một quyết tâm - Vì cộng đồng …": slogans. */
const RX_SLOGANS = /(?:khẩu\s+hiệu|thông\s+điệp)(?:\s+tuyên\s+truyền)?[^.;:]{0,40}:?\s*$/iu;
export function quotesSlogans(text: string): boolean {
  return RX_SLOGANS.test(text.slice(-80));
}

/**
 * "1.1. Nghiên cứu, quán triệt … quy định pháp luật và chỉ đạo của Thành ủy:" over "- Nghị định số 214/2025/NĐ-CP …",
 * "- Ý kiến chỉ đạo của Ban Thường vụ Thành ủy tại Văn bản số 43-CV/TU …": a line that opens with a document's name
 * cites what is to be studied or applied; it is no task of its own.
 */
const RX_CITES_DOCUMENT =
  /^(?:các\s+)?(?:luật|bộ\s+luật|nghị\s+định|nghị\s+quyết|thông\s+tư|chỉ\s+thị|quyết\s+định|công\s+văn|văn\s+bản|kết\s+luận|thông\s+báo|ý\s+kiến\s+chỉ\s+đạo)(?:\s+(?:số|về|của|tại)\s|\s+\d|\s*:)/iu;
export function citesDocument(text: string): boolean {
  return RX_CITES_DOCUMENT.test(text);
}

/**
 * "3. Cơ quan tổ chức lập: Ủy ban nhân dân thành phố Tam Điệp.", "5. Cơ quan thẩm định: Sở Xây dựng.": a role and the body
 * that holds it, with no work named: the duties are elsewhere.
 */
const RX_ROLE_LINE = /^(?:cơ\s+quan|đơn\s+vị)\s[^:;,.]{2,40}:\s*([^;:]{2,160}?)\.?\s*$/iu;
export function namesRoleOnly(core: string): boolean {
  const m = RX_ROLE_LINE.exec(core);
  // A name is short and holds no day; a verb we do not know ("phê duyệt … trước ngày 30/6") still reads as work then.
  return (
    m !== null &&
    startsWithOwnerHead(m[1]) &&
    !/\d/.test(m[1]) &&
    wordCount(m[1], 13) <= 12 &&
    !containsLowerCaseVerb(m[1])
  );
}

/**
 * "b) Thủ tục, hồ sơ đề nghị tặng Bằng khen …" over "- Tờ trình …;", "- Biên bản họp xét …;", "- Báo cáo thành tích … theo
 * mẫu.": the papers a dossier holds, not work.
 */
const RX_DOSSIER = /(?:^|\s)(?:hồ\s+sơ(?:\s[^.;:]{0,60})?|tài\s+liệu\s+kèm\s+theo[^.;:]{0,120})\s*:?\s*$/iu;
const RX_PAPER =
  /^(?:tờ\s+trình|biên\s+bản|dự\s+toán|báo\s+cáo\s+(?:thành\s+tích|tóm\s+tắt)|bản\s+(?:sao|chụp|tóm\s+tắt)|danh\s+sách|(?:các\s+)?văn\s+bản|giấy\s|đơn\s|bảng\s|phiếu\s|hợp\s+đồng)/iu;
export function isDossierPaper(above: string, line: string): boolean {
  return RX_PAPER.test(line) && RX_DOSSIER.test(above.slice(-90));
}

/**
 * "1. Các khoản chi trực tiếp cho người thụ hưởng:", "Nội dung và mức chi phí quản lý:", "… nhiệm vụ chi sau:": the
 * lines under it are what the money is spent on ("Chi hỗ trợ thăm viếng mộ liệt sĩ;", "Hỗ trợ chi phí báo tử liệt
 * sĩ;"), not work.
 */
const RX_SPENDING = /(?:khoản|nội\s+dung|nhiệm\s+vụ|mức)\s+chi(?:\s[^:;.]{0,120})?\s*:\s*$/iu;
export function listsSpending(body: string): boolean {
  return RX_SPENDING.test(body.slice(-160));
}

/** A lead-in that lists cases ("… trong những trường hợp sau:"): every line under it is a condition. */
/**
 * "2. Hệ thống cơ sở dữ liệu có chức năng:", "Phần mềm có các chức năng sau:": what a system does, not anyone's work
 * ("Sở X có chức năng, nhiệm vụ sau:" names a body's duties and is not this).
 */
const RX_SYSTEM_FUNCTIONS =
  /^(?:[\dIVX]+[.)]\s*)?(?:hệ\s+thống|phần\s+mềm|cơ\s+sở\s+dữ\s+liệu|cổng|nền\s+tảng|ứng\s+dụng)\s[^:]{0,120}?\scó\s+(?:các\s+)?chức\s+năng(?:\s+(?:chính|chủ\s+yếu|cơ\s+bản))?(?:\s+(?:sau(?:\s+đây)?|như\s+sau))?\s*:\s*$/iu;

export function listsCases(body: string): boolean {
  return RX_CASES.test(body.slice(-90)) || RX_SYSTEM_FUNCTIONS.test(body);
}

/**
 * "15/11: Phát động …", "05/12/2025: Chấm hồ sơ …", "Từ ngày 01/10/2025 đến ngày 05/10/2025: hoàn chỉnh lịch …", "Tháng
 * 7/2026: Tổ chức Hội nghị tổng kết.": a schedule line labelled with its day, window or month. The label, or null.
 */
const RX_DAY_LABEL =
  /^((?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|từ\s+ngày\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?\s*(?:-|–|đến)\s*(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}|tháng\s+\d{1,2}\/\d{4})\s*:\s+/iu;
export function dayLabel(body: string): string | null {
  const m = RX_DAY_LABEL.exec(body);
  return m ? m[1] : null;
}
