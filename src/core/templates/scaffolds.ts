/**
 * Scaffolds (khung nội dung): the body of each kind of draft, its headings and fixed sentences, with a grey
 * guidance sentence under each heading that the clerk types over. Structures follow decree30.md §4.1–4.2 and
 * the seed conclusion; kinds the spec does not detail use the common heading sets it lists as [M].
 *
 * Fixed sentences name bodies as Phụ lục II writes them (profile sentence forms); "{…}" in a sentence is a gap
 * the clerk fills in, written as grey guidance.
 */
import { Block, TaggedBlock } from "../model";
import { AgencyProfile, SentenceForms, sentenceForms } from "../profile";
import { addresseeBlock } from "./addressees";
import { bodyText, guidance, heading } from "./guidance";
import { DraftKind } from "./kinds";
import { formatDecree30Date } from "../dates";
import { PartialDate } from "./placeAndDate";
import { contentWidthTwips } from "./typography";

/** Who held the meeting a draft concludes: the issuer itself, or the parent body it issues for. */
export type MeetingHost = "issuer" | "parent";

export interface ScaffoldInput {
  kind: DraftKind;
  profile: Pick<
    AgencyProfile,
    | "issuingAgency"
    | "parentAgency"
    | "headTitle"
    | "signerTitle"
    | "signerAuthority"
    | "sentenceNames"
    | "bodySizePt"
    | "margins"
  >;
  date: PartialDate;
  /** Default: the issuer. */
  heldBy?: MeetingHost;
  /** Kính gửi (công văn; báo cáo to a superior). */
  addressees?: readonly string[];
}

/** The names the sentences use, with a gap where the profile has none. */
interface Names {
  issuer: string;
  /** Who held the meeting. */
  host: string;
  /** Who concludes an inspection: the head's title in running text. */
  head: string;
}

/** "tháng 11/2020"; a gap when the month is not known yet. */
const monthOf = (date: PartialDate): string => (date.month ? `tháng ${date.month}/${date.year}` : "tháng {tháng}");

/** The following month as the seed writes it: "tháng 12", or "tháng 1/2021" across a year end. */
function nextMonthOf(date: PartialDate): string {
  if (!date.month) return "tháng {tháng}";
  return date.month === 12 ? `tháng 1/${date.year + 1}` : `tháng ${date.month + 1}`;
}

const CLOSING = { keepWithNext: true } as const;

type Scaffold = (input: ScaffoldInput, names: Names) => Block[];

const SCAFFOLDS: Record<DraftKind, Scaffold> = {
  // The seed: Thanh tra tỉnh Tây Ninh, Kết luận cuộc họp giao ban tháng 11/2020.
  "ket-luan-giao-ban": ({ date }, { host }) => [
    bodyText(
      `Ngày {ngày họp}, ${host} họp giao ban định kỳ ${monthOf(date)}, Chủ trì cuộc họp kết luận các nội dung sau:`,
    ),
    heading(`1. Thực hiện nhiệm vụ ${monthOf(date)}`),
    guidance("Kết quả", "Đánh giá ngắn gọn kết quả thực hiện nhiệm vụ trong tháng của các phòng, đơn vị."),
    heading("2. Những hạn chế"),
    guidance("Hạn chế", "- Mỗi hạn chế một dòng, bắt đầu bằng dấu gạch ngang; nêu rõ việc, đơn vị và nguyên nhân."),
    heading(`3. Một số nhiệm vụ trọng tâm ${nextMonthOf(date)}`),
    guidance(
      "Nhiệm vụ",
      "- Mỗi nhiệm vụ một dòng: đơn vị thực hiện, việc cần làm và thời hạn (ví dụ: chậm nhất ngày 13/11).",
    ),
    { ...bodyText("Đề nghị {các phòng, đơn vị} triển khai thực hiện nghiêm túc Kết luận này./."), ...CLOSING },
  ],

  // §4.1, the Lào Cai Thông báo kết luận: the parent may have held the meeting, the office gives notice.
  "thong-bao-ket-luan": (_input, { issuer, host }) => [
    bodyText(
      `Ngày {ngày họp}, ${host} tổ chức cuộc họp về {nội dung cuộc họp}. Dự họp có đồng chí {họ tên, chức vụ ` +
        "người chủ trì}; đại diện lãnh đạo các cơ quan: {các cơ quan dự họp}. Sau khi nghe {cơ quan báo cáo} báo " +
        "cáo, ý kiến phát biểu của các đại biểu dự họp, đồng chí {người chủ trì} kết luận như sau:",
    ),
    heading("I. ĐÁNH GIÁ CHUNG"),
    guidance("Đánh giá chung", "Ghi nhận kết quả đạt được; sau đó nêu hạn chế: “Tuy nhiên, … Thứ nhất, … Thứ hai, …”."),
    heading("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG TỔ CHỨC THỰC HIỆN"),
    guidance("Câu dẫn", "Câu dẫn: “… yêu cầu Thủ trưởng các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ sau:”."),
    guidance("Cơ quan chủ trì", "1. Tên cơ quan chủ trì (ví dụ: Sở Công Thương)", { bold: true }, CLOSING),
    guidance(
      "Nhiệm vụ",
      "- Mỗi nhiệm vụ một dòng, bắt đầu bằng động từ (Chủ trì, phối hợp với …); thời hạn ở cuối (hoàn thành trước ngày …).",
    ),
    // Its number follows the agencies the clerk lists above, so it is guidance too.
    heading(`{số thứ tự}. ${issuer}`, 2),
    bodyText(
      "- Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kết luận này; tổng hợp, báo cáo {người chủ trì} kết quả thực hiện.",
    ),
    {
      ...bodyText(
        `Trên đây là kết luận của đồng chí {người chủ trì} tại cuộc họp {về nội dung}. ${issuer} thông báo và ` +
          "đề nghị Thủ trưởng các cơ quan, đơn vị liên quan biết, nghiêm túc triển khai thực hiện./.",
      ),
      ...CLOSING,
    },
  ],

  // §4.2, Kết luận thanh tra: concluded by the head of the inspecting body, closed by the demand to comply.
  "ket-luan-thanh-tra": (_input, { head }) => [
    bodyText(
      "Thực hiện Quyết định thanh tra số {số}/QĐ-{ký hiệu} ngày {ngày} của {người ra quyết định} về thanh tra " +
        "{nội dung thanh tra} tại {đối tượng thanh tra}, từ ngày {ngày bắt đầu} đến ngày {ngày kết thúc}, Đoàn " +
        "thanh tra đã tiến hành thanh tra tại {đối tượng thanh tra}. Xét báo cáo kết quả thanh tra ngày {ngày} " +
        `của Trưởng đoàn thanh tra, ý kiến giải trình của {đối tượng thanh tra}, ${head} kết luận như sau:`,
    ),
    heading("1. Khái quát chung"),
    guidance("Khái quát", "Khái quát về đối tượng thanh tra: chức năng, nhiệm vụ, tổ chức bộ máy."),
    heading("2. Kết quả kiểm tra, xác minh"),
    guidance("Kết quả xác minh", "Kết quả kiểm tra, xác minh từng nội dung thanh tra."),
    heading("3. Kết luận"),
    guidance("Kết luận", "Kết luận về đúng, sai; nguyên nhân; trách nhiệm của tổ chức, cá nhân có vi phạm (nếu có)."),
    heading("4. Các biện pháp xử lý theo thẩm quyền đã áp dụng (nếu có)"),
    guidance("Biện pháp đã áp dụng", "Các biện pháp đã áp dụng trong quá trình thanh tra, nếu có."),
    heading("5. Kiến nghị biện pháp xử lý"),
    guidance(
      "Kiến nghị",
      "- Mỗi kiến nghị một dòng: thu hồi, nộp ngân sách; kiểm điểm, xử lý trách nhiệm; chuyển cơ quan điều tra; hoàn thiện cơ chế.",
    ),
    heading("6. Tổ chức thực hiện"),
    guidance("Tổ chức thực hiện", "Giao đơn vị theo dõi, đôn đốc việc thực hiện Kết luận thanh tra; thời hạn báo cáo."),
    {
      ...bodyText(
        "Trên đây là Kết luận thanh tra {nội dung thanh tra} tại {đối tượng thanh tra}. Yêu cầu {đối tượng thanh " +
          "tra} và các cơ quan, đơn vị có liên quan nghiêm túc thực hiện Kết luận này./.",
      ),
      ...CLOSING,
    },
  ],

  "bao-cao": ({ addressees, profile }, { issuer }) => [
    // A báo cáo to a superior names it first (Phụ lục I): "Kính gửi: …".
    ...(addressees?.length ? addresseeBlock(addressees, profile.bodySizePt, widthOf(profile)) : []),
    bodyText(`Thực hiện {văn bản, yêu cầu}, ${issuer} báo cáo {nội dung báo cáo} như sau:`),
    heading("I. KẾT QUẢ THỰC HIỆN"),
    guidance("Kết quả", "Kết quả đạt được, có số liệu so sánh với kế hoạch và cùng kỳ."),
    heading("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
    guidance("Hạn chế", "Nêu tồn tại, hạn chế; nguyên nhân khách quan và chủ quan."),
    heading("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI"),
    guidance("Nhiệm vụ", "- Mỗi nhiệm vụ một dòng: việc cần làm, đơn vị thực hiện, thời hạn."),
    heading("IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    guidance("Kiến nghị", "Đề xuất, kiến nghị với cấp trên (nếu có)."),
    { ...bodyText(`Trên đây là báo cáo {nội dung báo cáo} của ${issuer}./.`), ...CLOSING },
  ],

  "ke-hoach": (_input, { issuer }) => [
    bodyText(`Căn cứ {văn bản làm căn cứ}; ${issuer} ban hành Kế hoạch {tên kế hoạch} như sau:`),
    heading("I. MỤC ĐÍCH, YÊU CẦU"),
    guidance("Mục đích, yêu cầu", "1. Mục đích: … 2. Yêu cầu: …"),
    heading("II. NỘI DUNG, NHIỆM VỤ"),
    guidance("Nhiệm vụ", "- Mỗi nhiệm vụ một dòng: nội dung, đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành."),
    heading("III. TỔ CHỨC THỰC HIỆN"),
    guidance("Tổ chức thực hiện", "Phân công trách nhiệm từng đơn vị; chế độ báo cáo (ví dụ: định kỳ hằng quý)."),
    {
      ...bodyText(
        `Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo ${issuer} để xem xét, giải quyết./.`,
      ),
      ...CLOSING,
    },
  ],

  // Model 1.5: "Kính gửi:" (ô 9a) after the header, then the body.
  "cong-van": ({ addressees = [], profile }) => [
    ...addresseeBlock(addressees, profile.bodySizePt, widthOf(profile)),
    guidance("Nội dung", "Căn cứ, vấn đề cần trao đổi và đề nghị cụ thể; mỗi ý một đoạn."),
    { ...bodyText("Đề nghị {cơ quan, đơn vị nhận} quan tâm, phối hợp thực hiện./."), ...CLOSING },
  ],

  // Model 1.9: the date is in the body, not under the header.
  "bien-ban": ({ date }) => [
    bodyText(`Hôm nay, vào lúc {giờ} giờ {phút}, ${formatDecree30Date(date)}, tại {địa điểm}`),
    heading("I. THÀNH PHẦN THAM DỰ"),
    guidance("Thành phần", ["- Chủ trì: …", "- Thư ký: …", "- Thành phần tham dự: …"]),
    heading("II. NỘI DUNG"),
    guidance("Nội dung", "Diễn biến cuộc họp: ý kiến của từng người phát biểu."),
    heading("III. KẾT LUẬN"),
    guidance("Kết luận", "Kết luận của chủ tọa: “Một là, … Hai là, …”, mỗi việc nêu đơn vị thực hiện và thời hạn."),
    {
      ...bodyText(
        "Cuộc họp kết thúc vào lúc {giờ} giờ {phút} cùng ngày. Biên bản đã được đọc lại cho những người tham dự cùng nghe và nhất trí./.",
      ),
      ...CLOSING,
    },
  ],
};

const widthOf = (profile: Pick<AgencyProfile, "margins">): number =>
  contentWidthTwips(profile.margins.leftMm, profile.margins.rightMm);

function namesFor(forms: SentenceForms, heldBy: MeetingHost): Names {
  const issuer = forms.issuer || "{tên cơ quan}";
  return {
    issuer,
    host: heldBy === "parent" && forms.parent ? forms.parent : issuer,
    head: forms.head || "{người kết luận}",
  };
}

export function scaffoldBlock(input: ScaffoldInput): TaggedBlock {
  const names = namesFor(sentenceForms(input.profile), input.heldBy ?? "issuer");
  return { name: "scaffold", title: "Nội dung", blocks: SCAFFOLDS[input.kind](input, names) };
}
