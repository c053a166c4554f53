/**
 * Scaffolds (khung nội dung): the body of each kind of draft, its headings and fixed sentences, with a grey
 * guidance sentence under each heading that the clerk types over. Structures follow decree30.md §4.1–4.2 and
 * the seed conclusion; kinds the spec does not detail use the common heading sets it lists as [M].
 */
import { Block, TaggedBlock } from "../model";
import { AgencyProfile } from "../profile";
import { bodyText, guidance, heading } from "./guidance";
import { DraftKind } from "./kinds";
import { formatDecree30Date } from "../dates";
import { PartialDate } from "./placeAndDate";

export interface ScaffoldInput {
  kind: DraftKind;
  profile: Pick<AgencyProfile, "issuingAgency" | "headTitle" | "signerTitle">;
  date: PartialDate;
}

/** Acronyms that keep their capitals when an agency name is written inside a sentence. */
const ACRONYMS = new Set(["UBND", "HĐND", "MTTQ", "TAND", "VKSND", "CA", "BCH", "TW"]);

/** "THANH TRA TỈNH" → "Thanh tra tỉnh": the upper-case header name as it reads inside a sentence. */
export function inSentence(upper: string): string {
  const words = upper
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => (ACRONYMS.has(w) ? w : w.toLocaleLowerCase("vi")));
  const joined = words.join(" ");
  return joined.charAt(0).toLocaleUpperCase("vi") + joined.slice(1);
}

/** "tháng 11/2020"; "tháng …" when the month is not known yet. */
const monthOf = (date: PartialDate): string => (date.month ? `tháng ${date.month}/${date.year}` : "tháng …");

/** The following month as the seed writes it: "tháng 12", or "tháng 1/2021" across a year end. */
function nextMonthOf(date: PartialDate): string {
  if (!date.month) return "tháng …";
  return date.month === 12 ? `tháng 1/${date.year + 1}` : `tháng ${date.month + 1}`;
}

const CLOSING = { keepWithNext: true } as const;

type Scaffold = (input: ScaffoldInput, agency: string) => Block[];

const SCAFFOLDS: Record<DraftKind, Scaffold> = {
  // The seed: Thanh tra tỉnh Tây Ninh, Kết luận cuộc họp giao ban tháng 11/2020.
  "ket-luan-giao-ban": ({ date }, agency) => [
    bodyText(`Ngày …, ${agency} họp giao ban định kỳ ${monthOf(date)}, Chủ trì cuộc họp kết luận các nội dung sau:`),
    heading(`1. Thực hiện nhiệm vụ ${monthOf(date)}`),
    guidance("Kết quả", "Đánh giá ngắn gọn kết quả thực hiện nhiệm vụ trong tháng của các phòng, đơn vị."),
    heading("2. Những hạn chế"),
    guidance("Hạn chế", "- Mỗi hạn chế một dòng, bắt đầu bằng dấu gạch ngang; nêu rõ việc, đơn vị và nguyên nhân."),
    heading(`3. Một số nhiệm vụ trọng tâm ${nextMonthOf(date)}`),
    guidance(
      "Nhiệm vụ",
      "- Mỗi nhiệm vụ một dòng: đơn vị thực hiện, việc cần làm và thời hạn (ví dụ: chậm nhất ngày 13/11).",
    ),
    { ...bodyText("Đề nghị … triển khai thực hiện nghiêm túc Kết luận này./."), ...CLOSING },
  ],

  // §4.1, the Lào Cai Thông báo kết luận.
  "thong-bao-ket-luan": (_input, agency) => [
    bodyText(
      `Ngày …, ${agency} tổ chức cuộc họp về …. Dự họp có đồng chí …; đại diện lãnh đạo các cơ quan: …. ` +
        "Sau khi nghe … báo cáo, ý kiến phát biểu của các đại biểu dự họp, đồng chí … - … kết luận như sau:",
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
    heading(`2. ${agency}`, 2),
    bodyText("- Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kết luận này; tổng hợp, báo cáo … kết quả thực hiện."),
    {
      ...bodyText(
        `Trên đây là kết luận của đồng chí … tại cuộc họp …. ${agency} thông báo và đề nghị Thủ trưởng các ` +
          "cơ quan, đơn vị liên quan biết, nghiêm túc triển khai thực hiện./.",
      ),
      ...CLOSING,
    },
  ],

  // §4.2, Kết luận thanh tra.
  "ket-luan-thanh-tra": ({ profile }, agency) => {
    const head = inSentence(profile.headTitle.toLocaleUpperCase("vi") || profile.signerTitle || agency);
    return [
      bodyText(
        "Thực hiện Quyết định thanh tra số …/QĐ-… ngày … của … về thanh tra …, từ ngày … đến ngày …, " +
          "Đoàn thanh tra đã tiến hành thanh tra tại …. Xét báo cáo kết quả thanh tra ngày … của Trưởng đoàn " +
          `thanh tra, ý kiến giải trình của …, ${head} kết luận như sau:`,
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
      guidance(
        "Tổ chức thực hiện",
        "Giao đơn vị theo dõi, đôn đốc việc thực hiện Kết luận thanh tra; thời hạn báo cáo.",
      ),
    ];
  },

  "bao-cao": (_input, agency) => [
    bodyText(`Thực hiện …, ${agency} báo cáo … như sau:`),
    heading("I. KẾT QUẢ THỰC HIỆN"),
    guidance("Kết quả", "Kết quả đạt được, có số liệu so sánh với kế hoạch và cùng kỳ."),
    heading("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
    guidance("Hạn chế", "Nêu tồn tại, hạn chế; nguyên nhân khách quan và chủ quan."),
    heading("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI"),
    guidance("Nhiệm vụ", "- Mỗi nhiệm vụ một dòng: việc cần làm, đơn vị thực hiện, thời hạn."),
    heading("IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    guidance("Kiến nghị", "Đề xuất, kiến nghị với cấp trên (nếu có)."),
    { ...bodyText(`Trên đây là báo cáo … của ${agency}./.`), ...CLOSING },
  ],

  "ke-hoach": (_input, agency) => [
    bodyText(`Căn cứ …; ${agency} ban hành Kế hoạch … như sau:`),
    heading("I. MỤC ĐÍCH, YÊU CẦU"),
    guidance("Mục đích, yêu cầu", "1. Mục đích: … 2. Yêu cầu: …"),
    heading("II. NỘI DUNG, NHIỆM VỤ"),
    guidance("Nhiệm vụ", "- Mỗi nhiệm vụ một dòng: nội dung, đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành."),
    heading("III. TỔ CHỨC THỰC HIỆN"),
    guidance("Tổ chức thực hiện", "Phân công trách nhiệm từng đơn vị; chế độ báo cáo (ví dụ: định kỳ hằng quý)."),
    {
      ...bodyText(
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo … để xem xét, giải quyết./.",
      ),
      ...CLOSING,
    },
  ],

  // Model 1.5: "Kính gửi:" (ô 9a) after the header, then the body.
  "cong-van": () => [
    { ...bodyText("Kính gửi: …"), align: "center", firstLineIndentTwips: 0, spacingBeforePt: 12, spacingAfterPt: 12 },
    guidance("Nội dung", "Căn cứ, vấn đề cần trao đổi và đề nghị cụ thể; mỗi ý một đoạn."),
    { ...bodyText("Đề nghị … quan tâm, phối hợp thực hiện./."), ...CLOSING },
  ],

  // Model 1.9: the date is in the body, not under the header.
  "bien-ban": ({ date }) => [
    bodyText(`Hôm nay, vào lúc … giờ …, ${formatDecree30Date(date)}, tại …`),
    heading("I. THÀNH PHẦN THAM DỰ"),
    guidance("Thành phần", ["- Chủ trì: …", "- Thư ký: …", "- Thành phần tham dự: …"]),
    heading("II. NỘI DUNG"),
    guidance("Nội dung", "Diễn biến cuộc họp: ý kiến của từng người phát biểu."),
    heading("III. KẾT LUẬN"),
    guidance("Kết luận", "Kết luận của chủ tọa: “Một là, … Hai là, …”, mỗi việc nêu đơn vị thực hiện và thời hạn."),
    {
      ...bodyText(
        "Cuộc họp kết thúc vào lúc … giờ … cùng ngày. Biên bản đã được đọc lại cho những người tham dự cùng nghe và nhất trí./.",
      ),
      ...CLOSING,
    },
  ],
};

export function scaffoldBlock(input: ScaffoldInput): TaggedBlock {
  const agency = inSentence(input.profile.issuingAgency.replace(/\n/g, " ")) || "…";
  return { name: "scaffold", title: "Nội dung", blocks: SCAFFOLDS[input.kind](input, agency) };
}
