/**
 * Language that looks like timing but is not a due date (spec/deadlines.md, "Not deadlines" and the 2026-12 additions),
 * one table per kind. Every phrase is synthetic, written for these tests; each table also holds a near neighbour that
 * is still a deadline, so a rule that drops too much fails.
 */
import { findDeadline, fromIso } from "./index";

const ISSUED = "2025-11-20";
const deadlineOf = (phrase: string) =>
  findDeadline(phrase, { issued: fromIso(ISSUED)!, mode: "text", notBefore: fromIso(ISSUED)! }).deadline;
type Row = [phrase: string, want: Record<string, unknown> | null];
const check = (phrase: string, want: Record<string, unknown> | null) =>
  want === null ? expect(deadlineOf(phrase)).toBeNull() : expect(deadlineOf(phrase)).toMatchObject(want);

describe("synthetic: a stretch of months at the end or start of a year frames the work ('những tháng cuối năm')", () => {
  const rows: Row[] = [
    ["tập trung thực hiện các nhiệm vụ trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026", null],
    ["Nhằm nâng cao hiệu quả công tác những tháng cuối năm 2025, nhất là dịp cao điểm", null],
    ["phấn đấu hoàn thành trong những tháng cuối năm 2025", { date: "2025-12-31", kind: "within" }],
    ["báo cáo kết quả trước cuối năm 2025", { date: "2025-12-31", kind: "within" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: the period of something already assigned or issued names it ('nhiệm vụ được giao trong năm 2025')", () => {
  const rows: Row[] = [
    ["đối với các nhiệm vụ được giao trong năm 2025, tiếp tục rà soát kỹ, bảo đảm đúng tiến độ", null],
    ["rà soát các văn bản đã ban hành trong tháng 12/2025 để sửa đổi", null],
    ["các dự án đã phê duyệt vào quý IV/2025 cần bố trí vốn", null],
    ["giao Sở Tài chính rà soát, báo cáo trong năm 2025", { date: "2025-12-31", kind: "within" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: a period that times an amount after or before it ('(khoảng 1.500 tỷ đồng)', '5.000 km vào năm 2030')", () => {
  const rows: Row[] = [
    ["điều chuyển số vốn không giải ngân được trong năm 2025 (khoảng 1.500 tỷ đồng) cho địa phương", null],
    ["ưu tiên các dự án trong danh mục hoàn thành 5.000 km vào năm 2030", null],
    ["phấn đấu tỷ lệ giải ngân đạt 95% trong năm 2026", null],
    ["hoàn thành 02 công trình trong năm 2025", { date: "2025-12-31", kind: "within" }],
    [
      "điều chuyển số vốn không giải ngân được trong năm 2025 (khoảng 1.500 tỷ đồng), báo cáo trong Quý I năm 2026",
      { date: "2026-03-31", kind: "within" },
    ],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: a stretch through an event is how long work lasts, not a moment it waits for", () => {
  const rows: Row[] = [
    ["kiểm tra, giám sát trước, trong và sau khi kết thúc các hoạt động thi đua", null],
    ["phân công nhiệm vụ từ giai đoạn chuẩn bị cho đến khi kết thúc cuộc bầu cử", null],
    ["tổng kết, khen thưởng sau khi kết thúc đợt thi đua", { date: null, kind: "event" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: 'hằng năm' of a report named after a preposition is the document, not the work's cadence", () => {
  const rows: Row[] = [
    ["lồng ghép nội dung tuyên truyền trong báo cáo công tác giảm nghèo hàng năm của cơ quan", null],
    ["đưa kết quả vào báo cáo tổng kết hằng năm của Sở", null],
    ["tổng hợp, báo cáo kết quả hằng năm về Sở Nội vụ", { kind: "recurring", rule: "yearly", date: "2025-12-31" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: the minutes' dateline 'Hôm nay, ngày …' is when they were written", () => {
  const rows: Row[] = [
    ["Hôm nay, ngày 20/11/2025, tại Sở Công Thương, chúng tôi tiến hành làm việc, cụ thể như sau:", null],
    ["Hôm nay là thứ Năm, ngày 20/11/2025, tại hội trường", null],
    ["gửi báo cáo về Văn phòng trong ngày hôm nay", { date: "2025-11-20", kind: "by" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: an event inside a purpose clause ('để …', 'nhằm …') times the purpose, not the work", () => {
  const rows: Row[] = [
    ["chuẩn bị nhân lực, thiết bị để vận hành 02 bệnh viện sau khi hoàn thành công trình.", null],
    ["thẩm định thiết kế nhằm bảo đảm điều kiện hoạt động khi có quyết định phê duyệt dự án", null],
    ["tổ chức nghiệm thu, bàn giao sau khi hoàn thành công trình", { kind: "event", date: null }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: a closing 'theo định kỳ' in a clause that reports nothing describes what is paid or done", () => {
  const rows: Row[] = [
    ["Ký kết với đơn vị chi trả để thực hiện chi trả trợ cấp qua tài khoản ngân hàng theo định kỳ.", null],
    ["tổng hợp, báo cáo kết quả về Sở Nội vụ theo định kỳ.", { kind: "recurring", rule: null, date: null }],
    ["tổ chức thanh tra việc chấp hành pháp luật theo định kỳ hoặc đột xuất", { kind: "recurring", rule: null }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: a year inside a purpose clause ('để …', 'nhằm …') is the goal's, not when the work is due", () => {
  const rows: Row[] = [
    ["Tăng cường chỉ đạo, điều hành để bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ năm 2025", null],
    ["đẩy mạnh sản xuất nhằm hoàn thành vượt mức các chỉ tiêu, kế hoạch năm 2025 đã đặt ra", null],
    ["khảo sát tại địa phương, để phục vụ việc giải ngân kịp thời các nhiệm vụ trong năm 2025 của Nghị quyết", null],
    ["xác định đây là tiêu chí để đánh giá, xếp loại người đứng đầu trong năm 2025", null],
    ["hoàn thành chỉ tiêu giao năm 2025", { date: "2025-12-31", kind: "within" }],
    ["rà soát hồ sơ để hoàn thành giải ngân; báo cáo trong năm 2025", { date: "2025-12-31", kind: "within" }],
    ["bố trí kinh phí để thực hiện trước ngày 31/12/2025", { date: "2025-12-31", kind: "by" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: a purpose clause that finishes the work within a year is still its due period", () => {
  const rows: Row[] = [
    [
      "tăng mũi thi công để có thể hoàn thành Dự án thành phần 1 trong năm 2025, bảo đảm chất lượng",
      { date: "2025-12-31" },
    ],
    [
      "đẩy nhanh tiến độ thi công để đảm bảo thông xe tuyến chính (Dự án thành phần 2) trong năm 2025",
      { date: "2025-12-31" },
    ],
    ["đẩy nhanh tiến độ nhằm đưa vào vận hành nhà máy trong năm 2026", { date: "2026-12-31" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: a goal's horizon named by a roadmap or a contribution is no due date; the owner's own aim is", () => {
  const rows: Row[] = [
    ["hướng dẫn các địa phương xây dựng lộ trình đạt mục tiêu ít nhất 60% xã, phường đạt chuẩn vào năm 2030", null],
    ["đề ra giải pháp góp phần hoàn thành mục tiêu phát triển kinh tế - xã hội năm 2025", null],
    ["phấn đấu đạt mục tiêu 30% xã, phường đạt chuẩn ngay trong năm 2026", { date: "2026-12-31", kind: "within" }],
    ["hoàn thành chỉ tiêu giao năm 2025", { date: "2025-12-31", kind: "within" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: 'thường xuyên' of a delegation names its kind; of the checking itself, it times the work", () => {
  const rows: Row[] = [
    ["Văn phòng tổ chức các đoàn kiểm tra thường xuyên và đột xuất theo kế hoạch được duyệt", null],
    ["Tăng cường kiểm tra thường xuyên, đột xuất việc chấp hành quy định về an toàn", { date: null, kind: "ongoing" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: an event in brackets describes who or what, not when", () => {
  const rows: Row[] = [
    [
      "Xây dựng mô hình hỗ trợ thanh niên (nhất là số thanh niên sau khi hoàn thành chương trình cai nghiện) vay vốn",
      null,
    ],
    ["Tổ chức bàn giao ngay sau khi hoàn thành công trình (kèm hồ sơ)", { date: null, kind: "event" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: what must not happen over Tết holds through it ('không để xảy ra … dịp Tết'); 'trước Tết' is due", () => {
  const rows: Row[] = [
    [
      "bảo đảm nguồn cung, tuyệt đối không để xảy ra thiếu hàng hóa trong tháng cuối năm và dịp Tết Nguyên đán 2026",
      null,
    ],
    ["hoàn thành việc sửa chữa nhà ở cho các hộ dân trước Tết Nguyên đán năm 2026", { date: "2026-02-17", kind: "by" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: a purpose that grades completion ('để đánh giá mức độ hoàn thành …') finishes nothing", () => {
  const rows: Row[] = [
    ["đưa kết quả vào tiêu chí để đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của cá nhân trong năm 2025", null],
    ["đẩy nhanh thi công để hoàn thành dự án trong năm 2026", { date: "2026-12-31", kind: "within" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: a cadence inside the grounds ('trên cơ sở kết quả đánh giá … định kỳ hằng năm') times the grounds", () => {
  const rows: Row[] = [
    [
      "các cấp ủy, trên cơ sở kết quả đánh giá cán bộ định kỳ hằng năm của cấp có thẩm quyền để tổng hợp danh sách",
      null,
    ],
    ["trên cơ sở đó, định kỳ hằng quý báo cáo kết quả về Ban Tổ chức", { kind: "recurring", rule: "quarterly" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic (round 9): 'liên tục' of an automatic monitor and 'bồi dưỡng thường xuyên' name a kind, not timing", () => {
  const rows: Row[] = [
    ["Đầu tư, kết nối các trạm quan trắc không khí tự động liên tục tại các khu công nghiệp", null],
    ["Triển khai nền tảng bồi dưỡng thường xuyên giáo viên, cán bộ quản lý cơ sở giáo dục", null],
    // The neighbours: the work itself done continuously or regularly.
    ["Giám sát liên tục chất lượng nước tại các trạm cấp nước", { date: null, kind: "ongoing" }],
    ["Thường xuyên bồi dưỡng kỹ năng số cho cán bộ, công chức", { date: null, kind: "ongoing" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: Tết in a cited document's title or in the situation a report covers names the subject, not the time", () => {
  const rows: Row[] = [
    [
      "thực hiện Kế hoạch 01/KH-BCĐ ngày 10/11/2025 của Ban Chỉ đạo tỉnh về đợt cao điểm chống buôn lậu trước, trong và sau Tết Nguyên đán Bính Ngọ năm 2026",
      null,
    ],
    [
      "Báo cáo tổng hợp tình hình trước, trong và sau Tết, báo cáo trước 10 giờ 00 ngày 20/02/2026",
      { date: "2026-02-20" },
    ],
    // The same stretch as the time of the work is still due on Tết day.
    ["tăng cường kiểm tra an toàn thực phẩm trước, trong và sau Tết Nguyên đán", { date: "2026-02-17", kind: "by" }],
  ];
  test.each(rows)("%s", check);
});

describe("synthetic: a year inside a cited document's title names its subject ('Chỉ thị số 12/CT-BCT … về … bình ổn thị trường cuối năm 2025')", () => {
  const rows: Row[] = [
    [
      "Tiếp tục triển khai Chỉ thị số 12/CT-BCT ngày 12/11/2025 của Bộ trưởng Bộ Công Thương về bình ổn thị trường cuối năm 2025 và dịp Tết",
      null,
    ],
    // Outside the title (after the clause ends) a year still times the work.
    [
      "Tiếp tục triển khai Chỉ thị số 12/CT-BCT ngày 12/11/2025 của Bộ trưởng Bộ Công Thương về bình ổn thị trường; hoàn thành trong năm 2026",
      { date: "2026-12-31", kind: "within" },
    ],
    [
      "Triển khai Kế hoạch số 64/KH-UBND ngày 22/8/2025 của UBND tỉnh về xây dựng xã không ma túy giai đoạn 2025 - 2030, phấn đấu đạt 20% ngay trong năm 2026",
      { date: "2026-12-31", kind: "within" },
    ],
  ];
  test.each(rows)("%s", check);
});
