/**
 * Kinds of language seen at first sight on new batches (issue 12, round 2): each test is a short synthetic text of
 * one kind, written for the test after the shapes the batches show, not copied from them.
 */
import { extractTasks } from "./extract";
import { markZones } from "./zones";

const DECISION = [
  "THỦ TƯỚNG CHÍNH PHỦ",
  "Số: 100/QĐ-TTg",
  "Hà Nội, ngày 20 tháng 11 năm 2025",
  "QUYẾT ĐỊNH",
  "Ban hành Kế hoạch triển khai Luật Bình An",
  "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Luật Bình An.",
  "Điều 2. Quyết định này có hiệu lực từ ngày ký.",
  "Nơi nhận:",
  "- Các bộ, cơ quan ngang bộ;",
  "- Lưu: VT.",
  "THỦ TƯỚNG",
  "Nguyễn Văn A",
];

const plan = (day: string, subject: string) => [
  "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
  "Số: 12/KH-UBND",
  `Bình An, ngày ${day} năm 2025`,
  "KẾ HOẠCH",
  subject,
];
const PARTY_RULE = [
  "BAN CHẤP HÀNH TRUNG ƯƠNG",
  "Số: 10-QĐ/TW",
  "Hà Nội, ngày 19 tháng 11 năm 2025",
  "QUY ĐỊNH",
  "Về kết nối dữ liệu",
];
const PARTY_GUIDANCE = [
  "BAN TỔ CHỨC TRUNG ƯƠNG",
  "Số: 45-HD/BTCTW",
  "Hà Nội, ngày 21 tháng 11 năm 2025",
  "HƯỚNG DẪN",
  "Về quy hoạch cán bộ",
];

function run(lines: string[], fallbackDate = "2025-11-20") {
  return extractTasks({ paragraphs: lines.map((text) => ({ text })) }, { fallbackDate }).tasks;
}

describe("synthetic: a plan issued with a decision and set after its signature ('KẾ HOẠCH … (Kèm theo Quyết định …)')", () => {
  const plan = [
    "KẾ HOẠCH",
    "TRIỂN KHAI LUẬT BÌNH AN",
    "(Kèm theo Quyết định số /QĐ-TTg ngày tháng năm 2025 của Thủ tướng Chính phủ)",
    "I. NỘI DUNG",
    "1. Tổ chức tập huấn nghiệp vụ cho cán bộ",
    "- Cơ quan chủ trì: Bộ Công an.",
    "- Thời hạn: trước ngày 31 tháng 12 năm 2025.",
  ];
  test("the plan's title opens a new body: its items are read", () => {
    const zones = markZones([...DECISION, ...plan], () => false);
    expect(zones.slice(DECISION.length, DECISION.length + 3)).toEqual(["header", "header", "header"]);
    expect(zones[DECISION.length + 4]).toBe("body");
    const tasks = run([...DECISION, ...plan]);
    expect(tasks.map((t) => [t.text.slice(0, 20), t.owner, t.deadline?.date])).toEqual([
      ["Tổ chức tập huấn ngh", "Bộ Công an", "2025-12-31"],
    ]);
  });
  test("an appendix of figures after the signature stays unread", () => {
    const lines = [...DECISION, "PHỤ LỤC", "SỐ LIỆU NĂM 2024", "1. Tổ chức tập huấn nghiệp vụ cho 120 cán bộ."];
    expect(run(lines)).toEqual([]);
  });
});

test("synthetic: a time field named by the act that ends the item ('+ Thời hạn ban hành: …', 'Thời hạn trình: …') dates it and is no task", () => {
  const tasks = run([
    ...DECISION.slice(0, 5),
    "Điều 1. Giao các bộ thực hiện các nhiệm vụ sau:",
    "1. Xây dựng Nghị định quy định chi tiết Luật Bình An",
    "+ Cơ quan chủ trì: Bộ Tư pháp.",
    "+ Thời hạn ban hành: trước ngày 01 tháng 3 năm 2026.",
    "2. Xây dựng Thông tư hướng dẫn Luật Bình An",
    "- Cơ quan chủ trì: Bộ Tài chính.",
    "- Thời hạn trình: trước ngày 15 tháng 02 năm 2026.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 20), t.owner, t.deadline?.date])).toEqual([
    ["Xây dựng Nghị định q", "Bộ Tư pháp", "2026-03-01"],
    ["Xây dựng Thông tư hư", "Bộ Tài chính", "2026-02-15"],
  ]);
});

describe("synthetic: a document with no issue date keeps the year-bearing deadlines later than its grounds", () => {
  const lines = [
    "NGHỊ QUYẾT",
    "VỀ CHẤT VẤN TẠI KỲ HỌP THỨ TƯ",
    "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH AN",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "QUYẾT NGHỊ:",
    "Điều 1. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo thực hiện các công việc sau:",
    "- Hoàn thành việc bàn giao công trình kè sông Lô trong tháng 7/2017.",
    "- Rà soát các dự án khởi công năm 2010, báo cáo kết quả lên Hội đồng nhân dân tỉnh.",
  ];
  test("'trong tháng 7/2017' is due then, though today is later; 2010 (before the grounds) stays history", () => {
    const tasks = run(lines, "2026-01-01");
    expect(tasks.map((t) => t.deadline?.date ?? null)).toEqual(["2017-07-31", null]);
  });
  test("without grounds, its own earliest month places it: July 2017 is still due, 2010 (before it) stays history", () => {
    const tasks = run([...lines.slice(0, 3), ...lines.slice(4)], "2026-01-01");
    expect(tasks.map((t) => t.deadline?.date ?? null)).toEqual(["2017-07-31", null]);
  });
});

describe("synthetic: an undated copy is later than every document and meeting it cites, so their days bound history", () => {
  const letter = [
    "Kính gửi: Các đơn vị thuộc Bộ.",
    "Thủ tướng Chính phủ đã ban hành Công điện số 220/CĐ-TTg ngày 18/11/2025 chỉ đạo đẩy nhanh việc cắt giảm thủ tục.",
    "Bộ yêu cầu:",
    "1. Vụ Pháp chế hoàn thành việc rà soát thủ tục hành chính trước ngày 30/11/2025.",
    "2. Văn phòng Bộ tổng hợp kết quả, hoàn thành trong tháng 12/2025.",
  ];
  test("a letter citing 'Công điện số … ngày 18/11/2025': the deadlines after that day stand, though today is later", () => {
    expect(run(letter, "2026-03-01").map((t) => t.deadline?.date ?? null)).toEqual(["2025-11-30", "2025-12-31"]);
  });
  test("a conclusion whose meeting was on 18/11/2025: its deadlines after the meeting stand", () => {
    const conclusion = [
      "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI TỈNH BÌNH AN",
      "Ngày 18/11/2025, Phó Thủ tướng đã làm việc với Ban Thường vụ Tỉnh ủy Bình An.",
      "1. Ủy ban nhân dân tỉnh Bình An hoàn thiện hồ sơ dự án, gửi Bộ Xây dựng trước ngày 05/12/2025.",
    ];
    expect(run(conclusion, "2026-03-01").map((t) => t.deadline?.date ?? null)).toEqual(["2025-12-05"]);
  });
  test("a signed copy's signing time ('Thời gian ký: 08/08/2025 11:32:54') bounds history like a cited day", () => {
    const signed = [
      "Thời gian ký: 08/08/2025 11:32:54 +07:00",
      "1. Phòng Đào tạo gửi danh sách sinh viên trước ngày 22/8/2025.",
    ];
    expect(run(signed, "2026-03-01").map((t) => t.deadline?.date ?? null)).toEqual(["2025-08-22"]);
  });
  test("a cited day never lifts the bound above today: days before the citation stay history", () => {
    const older = ["Kính gửi: Các đơn vị.", letter[1], "1. Vụ Pháp chế hoàn thành việc rà soát trước ngày 15/11/2025."];
    expect(run(older, "2026-03-01").map((t) => t.deadline?.date ?? null)).toEqual([null]);
  });
});

describe("synthetic: a superior asked to direct a named body ('Đề nghị UBND tỉnh chỉ đạo Sở X …') gives the work to that body", () => {
  const HEADER = [
    "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH AN",
    "Số: 10/NQ-HĐND",
    "Bình An, ngày 20 tháng 7 năm 2025",
    "NGHỊ QUYẾT",
    "Về chất vấn",
  ];
  test("in one sentence; a class directed ('chỉ đạo các cấp uỷ …') leaves the work with the superior", () => {
    const tasks = run([
      ...HEADER,
      "1. Về lĩnh vực quốc phòng:",
      "Đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp với Sở Tài chính hoàn tất thủ tục thanh toán kinh phí đền bù.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Bộ Chỉ huy Quân sự tỉnh"]);
    const classOf = run([
      ...HEADER,
      "2. Yêu cầu Đảng ủy tỉnh chỉ đạo các cấp ủy, tổ chức đảng rà soát tổ chức bộ máy.",
    ]);
    expect(classOf.map((t) => t.owner)).toEqual(["Đảng ủy tỉnh"]);
  });
  test("in a lead-in: its items are that body's", () => {
    const tasks = run([
      ...HEADER,
      "2. Về lĩnh vực tư pháp: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:",
      "- Tăng cường kỷ luật, kỷ cương trong toàn ngành.",
      "- Rút ngắn thời gian giải quyết hồ sơ cấp phiếu lý lịch tư pháp.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Công an tỉnh", "Công an tỉnh"]);
  });
  test("an item 'Chỉ đạo Ban X …' under a request to direct is Ban X's", () => {
    const tasks = run([
      ...HEADER,
      "b) Đề nghị UBND tỉnh chỉ đạo các ngành chức năng thực hiện đúng các cam kết sau:",
      "- Chỉ đạo Ban Dân tộc tỉnh phối hợp với UBND huyện rà soát số kinh phí còn thiếu.",
      "- Hoàn thành sửa chữa hồ chứa nước trong quý IV năm 2025.",
    ]);
    // The class asked for ("các ngành chức năng") is no name: the superior owns the item that names no one.
    expect(tasks.map((t) => t.owner)).toEqual(["Ban Dân tộc tỉnh", "UBND tỉnh"]);
  });
});

describe("synthetic: a heading's span of years ('giai đoạn 2026 - 2030') is its items' period; a plan's span in its name is not", () => {
  const HEADER = plan("20 tháng 11", "Phát triển hạ tầng số");
  test("'2. Kế hoạch phát triển giai đoạn 2026 - 2030' dates the items under it at the end of 2030", () => {
    const tasks = run([
      ...HEADER,
      "II. NHIỆM VỤ",
      "2. Kế hoạch phát triển giai đoạn 2026 - 2030",
      "- Lắp đặt các trạm phát sóng 5G trong các khu công nghiệp.",
    ]);
    expect(tasks.map((t) => [t.deadline?.date, t.deadline?.inherited])).toEqual([["2030-12-31", true]]);
  });
  test("'Các giải pháp thực hiện kế hoạch tài chính 03 năm 2026 - 2028' gives no period, not even its first year", () => {
    const tasks = run([
      ...HEADER,
      "II. GIẢI PHÁP",
      "2. Các giải pháp thực hiện kế hoạch tài chính 03 năm 2026 - 2028",
      "- Tăng cường công tác quản lý hoàn thuế.",
    ]);
    expect(tasks.map((t) => t.deadline)).toEqual([null]);
  });
});

test("synthetic: the first year of a span in a lead-in ('để hoàn thành kế hoạch … 03 năm 2026 - 2028, … sau:') dates nothing", () => {
  const tasks = run([
    ...plan("20 tháng 11", "Tài chính 03 năm"),
    "II. GIẢI PHÁP",
    "Để hoàn thành kế hoạch tài chính 03 năm 2026 - 2028 của tỉnh, cần thực hiện các giải pháp sau:",
    "- Tăng cường công tác quản lý hoàn thuế.",
  ]);
  expect(tasks.map((t) => t.deadline)).toEqual([null]);
});

test("synthetic: the sentence that issues the plan ('UBND tỉnh ban hành Kế hoạch … cuối năm 2025 … như sau:') names it; its period dates no item", () => {
  const tasks = run([
    ...plan("20 tháng 10", "Triển khai các nhiệm vụ trọng tâm cuối năm 2025"),
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai các nhiệm vụ trọng tâm cuối năm 2025 lĩnh vực bình đẳng giới như sau:",
    "I. NỘI DUNG",
    "1. Tổ chức tập huấn cho cán bộ làm công tác bình đẳng giới.",
    "2. Tổng kết mô hình hỗ trợ phụ nữ, trình Ủy ban nhân dân tỉnh trước ngày 15/12/2025.",
  ]);
  expect(tasks.map((t) => t.deadline?.date ?? null)).toEqual([null, "2025-12-15"]);
});

test("synthetic: 'Chủ trì, phối hợp với … các huyện tham mưu …' under an agency heading: the bodies after 'phối hợp với' are partners, the heading owns it", () => {
  const tasks = run([
    ...plan("20 tháng 10", "Phát triển công nghiệp văn hóa"),
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Tổ chức phổ biến, quán triệt Chỉ thị cho cán bộ, đảng viên.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Văn hóa và Thể thao",
    "- Chủ trì, phối hợp với các sở, ngành liên quan và Ủy ban nhân dân các huyện, thành phố tham mưu UBND tỉnh tổ chức thực hiện Kế hoạch này. Theo dõi, đôn đốc việc thực hiện Kế hoạch.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Văn hóa và Thể thao", "Sở Văn hóa và Thể thao"]);
});

test("synthetic: an article's title ('Điều 19. Xử lý vi phạm', 'Điều 18. Trách nhiệm của các cơ quan, tổ chức') is a heading, never a task", () => {
  const tasks = run([
    ...PARTY_RULE,
    "- Căn cứ Điều lệ Đảng;",
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy định này quy định việc kết nối, chia sẻ dữ liệu giữa các cơ quan đảng.",
    "Chương III",
    "TỔ CHỨC THỰC HIỆN",
    "Điều 18. Trách nhiệm của các cơ quan, tổ chức",
    "1. Văn phòng Trung ương Đảng có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy định này.",
    "Điều 19. Xử lý vi phạm",
    "Điều 20. Điều khoản thi hành",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 24))).toEqual(["Văn phòng Trung ương Đản"]);
});

test("synthetic: a telegram's addressees after '<ISSUER> điện:' ('- Các Cục: A, B;', '- Bộ trưởng các Bộ: …') are no tasks", () => {
  const lines = [
    "BỘ XÂY DỰNG",
    "Số: 96/CĐ-BXD",
    "Hà Nội, ngày 22 tháng 11 năm 2025",
    "CÔNG ĐIỆN",
    "Về việc ứng phó mưa lũ",
    "BỘ XÂY DỰNG điện:",
    "- Các Cục: Đường bộ Việt Nam, Đường sắt Việt Nam;",
    "- Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa.",
    "Để chủ động ứng phó với mưa lũ, Bộ trưởng Bộ Xây dựng yêu cầu:",
    "1. Cục Đường bộ Việt Nam khẩn trương khắc phục sạt lở trên các tuyến quốc lộ.",
  ];
  expect(markZones(lines, () => false).slice(5, 8)).toEqual(["addressee", "addressee", "addressee"]);
  expect(run(lines).map((t) => t.owner)).toEqual(["Cục Đường bộ Việt Nam"]);
});

test("synthetic: a forecast heading ('1. Dự báo những tác động …') holds no tasks, even under a heading of solutions", () => {
  const tasks = run([
    ...plan("20 tháng 10", "Tài chính 03 năm"),
    "III. DỰ BÁO NHỮNG TÁC ĐỘNG VÀ CÁC GIẢI PHÁP TỔ CHỨC THỰC HIỆN",
    "1. Dự báo những tác động đến thu, chi ngân sách",
    "- Theo đánh giá trong 05 năm tới, kinh tế của tỉnh có nhiều thuận lợi nhưng vẫn tiếp tục gặp khó khăn.",
    "2. Các giải pháp tổ chức thực hiện",
    "- Tăng cường công tác quản lý hoàn thuế, đẩy nhanh tiến độ xử lý hồ sơ.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 20))).toEqual(["Tăng cường công tác "]);
});

test("synthetic: a report asked for by its contents ('… tổng hợp báo cáo cụ thể về một số nội dung sau:' over '(1) Số hộ …') is one task, dated by the line that sends it", () => {
  const tasks = run([
    "THỦ TƯỚNG CHÍNH PHỦ",
    "Số: 232/CĐ-TTg",
    "Hà Nội, ngày 27 tháng 11 năm 2025",
    "CÔNG ĐIỆN",
    "Về thống kê thiệt hại",
    "1. Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo cơ quan chức năng khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:",
    "(1) Số hộ dân có nhà bị sập, đổ, trôi cần phải xây dựng lại.",
    "(2) Số hộ dân có nhà bị hư hỏng nặng cần phải sửa chữa.",
    "Ủy ban nhân dân các tỉnh khẩn trương gửi Báo cáo về Văn phòng Chính phủ trước 17 giờ ngày 27/11/2025.",
    "2. Bộ trưởng Bộ Tài chính tổng hợp, đề xuất sử dụng nguồn lực từ ngân sách trung ương.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 16), t.deadline?.date ?? null])).toEqual([
    ["Chủ tịch Ủy ban ", "2025-11-27"],
    ["Ủy ban nhân dân ", "2025-11-27"],
    ["Bộ trưởng Bộ Tài", null],
  ]);
});

test("synthetic: under a request for a report's contents, a line that names its body ('- Sở X báo cáo …') stays a task", () => {
  const tasks = run([
    "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
    "Số: 100/VP-TH",
    "Bình An, ngày 05 tháng 6 năm 2026",
    "V/v chuẩn bị báo cáo",
    "Để chuẩn bị buổi làm việc, đề nghị các cơ quan chuẩn bị báo cáo các nội dung sau:",
    "- Sở Công Thương báo cáo tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh.",
    "- Ban Quản lý Khu kinh tế tỉnh báo cáo kết quả thu hút đầu tư vào khu kinh tế.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Công Thương", "Ban Quản lý Khu kinh tế tỉnh"]);
});

test("synthetic: a time field with no value ('- Thời gian thực hiện:') takes the dated lines under it, the earliest first; they are no tasks", () => {
  const tasks = run([
    ...DECISION.slice(0, 5),
    "Điều 1. Giao các bộ thực hiện các nhiệm vụ sau:",
    "1. Rà soát văn bản quy phạm pháp luật",
    "- Cơ quan thực hiện: Bộ Công an.",
    "- Thời gian thực hiện:",
    "+ Các bộ gửi kết quả rà soát về Bộ Công an trước ngày 15 tháng 12 năm 2025.",
    "+ Bộ Công an tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.",
    "2. Tổ chức tập huấn nghiệp vụ",
    "- Cơ quan thực hiện: Bộ Tư pháp.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 12), t.deadline?.date ?? null])).toEqual([
    ["Rà soát văn ", "2025-12-15"],
    ["Tổ chức tập ", null],
  ]);
});

test("synthetic: 'Hằng năm (hoặc đột xuất) báo cáo …' opening a sentence times its work: yearly, first due at the year's end", () => {
  const tasks = run([
    ...DECISION.slice(0, 5),
    "Điều 1. Giao các bộ thực hiện các nhiệm vụ sau:",
    "1. Các bộ xây dựng kế hoạch chi tiết triển khai Luật. Hằng năm hoặc đột xuất báo cáo kết quả thực hiện về Bộ Công an.",
  ]);
  expect(tasks.map((t) => [t.deadline?.date, t.deadline?.kind])).toEqual([["2025-12-31", "recurring"]]);
});

test("synthetic: an article's title heads its clauses ('Điều 2. Đối tượng áp dụng' over '2. Các cơ quan … có chia sẻ dữ liệu …' holds no task)", () => {
  const tasks = run([
    ...PARTY_RULE,
    "- Căn cứ Điều lệ Đảng;",
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 2. Đối tượng áp dụng",
    "1. Các cơ quan đảng từ Trung ương đến cơ sở.",
    "2. Các cơ quan, tổ chức khác trong hệ thống chính trị có chia sẻ dữ liệu với các cơ quan đảng.",
    "Chương III",
    "TỔ CHỨC THỰC HIỆN",
    "Điều 18. Trách nhiệm của các cơ quan, tổ chức",
    "1. Văn phòng Trung ương Đảng có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy định này.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Văn phòng Trung ương Đảng"]);
});

describe("synthetic: what a lead-in lists as cases or contents is no task", () => {
  const HEAD = PARTY_RULE;
  test("'… tạm ngừng cung cấp dữ liệu trong những trường hợp sau:' lists cases, even one that opens with a verb", () => {
    const tasks = run([
      ...HEAD,
      "Điều 15. Tạm ngừng kết nối",
      "1. Chủ quản dữ liệu tạm ngừng cung cấp dịch vụ chia sẻ dữ liệu trong những trường hợp sau:",
      "a) Nâng cấp, mở rộng, bảo trì hệ thống thông tin.",
      "b) Cơ quan, tổ chức khai thác vi phạm mục đích khai thác, sử dụng dữ liệu.",
    ]);
    expect(tasks.map((t) => t.text.slice(0, 12))).toEqual([]);
  });
  test("'… bao gồm:' and '… thông báo … các nội dung sau:' list contents; a line with its own work stays a task", () => {
    const tasks = run([
      ...HEAD,
      "Điều 17. Lưu trữ nhật ký",
      "1. Nội dung thông tin lịch sử lưu trữ bao gồm:",
      "a) Thời điểm, hình thức yêu cầu dữ liệu, cung cấp dữ liệu.",
      "b) Định danh cơ quan, tổ chức yêu cầu khai thác dữ liệu.",
      "2. Chủ quản dữ liệu thông báo cho cơ quan khai thác các nội dung sau:",
      "a) Nội dung vi phạm, phương án xử lý vi phạm.",
      "b) Văn phòng Trung ương Đảng hướng dẫn khắc phục vi phạm trong 05 ngày.",
    ]);
    expect(tasks.map((t) => t.text.slice(0, 12))).toEqual(["Văn phòng Tr"]);
  });
});

test("synthetic: a guidance's worked example ('Đồng chí Nguyễn Văn C, Vụ trưởng … được giới thiệu …') and its effect clause with its appendices are no tasks", () => {
  const tasks = run([
    ...PARTY_GUIDANCE,
    "1. Các cấp ủy, tổ chức đảng rà soát, bổ sung quy hoạch cán bộ.",
    "- Đồng chí Nguyễn Văn Y, Vụ trưởng thuộc Bộ C được giới thiệu quy hoạch tối đa 03 chức danh.",
    "2. Hướng dẫn này, các phụ lục 1, 2A kèm theo có hiệu lực từ ngày ký và thay thế Hướng dẫn số 16-HD/BTCTW.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 16))).toEqual(["Các cấp ủy, tổ c"]);
});

test("synthetic: a condition on persons ('Cán bộ … phải đáp ứng tiêu chuẩn …', '… thì đủ điều kiện …', 'Cán bộ có … là: …') is a rule, no task", () => {
  const tasks = run([
    ...PARTY_GUIDANCE,
    "1. Về tiêu chuẩn, điều kiện",
    "- Cán bộ quy hoạch các chức danh thuộc diện Bộ Chính trị quản lý phải đáp ứng tiêu chuẩn trình độ lý luận chính trị cao cấp.",
    "- Cán bộ sau khi được cấp có thẩm quyền phê duyệt quy hoạch thì đủ điều kiện đưa vào danh sách để thẩm định.",
    "- Cán bộ có trình độ khoa học công nghệ là: cán bộ có trình độ đại học trở lên của các ngành kỹ thuật.",
    "2. Về tổ chức thực hiện",
    "- Các cấp ủy, tổ chức đảng rà soát, bổ sung quy hoạch cán bộ trong Quý I.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 16))).toEqual(["Các cấp ủy, tổ c"]);
});

describe("synthetic: a paragraph that opens on its grounds and ends on a request is read, not dropped as grounds", () => {
  const HEADER = ["CỤC THUẾ", "Số: 1/CT-CS", "Hà Nội, ngày 24 tháng 11 năm 2025", "Kính gửi: Thuế tỉnh Bình An."];
  const owners = (lines: string[]) => run([...HEADER, ...lines], "2025-11-24").map((t) => t.owner);
  test.each([
    "Căn cứ quy định nêu trên, cơ quan thuế không xác định đơn giá. Do vậy, đề nghị Thuế tỉnh Bình An thực hiện theo quy định.",
    "Căn cứ các quy định nêu trên, trường hợp này không được miễn. Đề nghị Thuế tỉnh Bình An đối chiếu hồ sơ để xử lý.",
    "Căn cứ hướng dẫn của Bộ Tài chính, vì vậy, yêu cầu Thuế tỉnh Bình An rà soát các hồ sơ còn tồn đọng.",
  ])("%s", (line) => {
    expect(owners([line])).toEqual(["Thuế tỉnh Bình An"]);
  });
  test("grounds alone, or grounds that 'giao đất', stay grounds", () => {
    expect(
      owners(["Căn cứ Luật Quản lý thuế ngày 13/6/2019;", "Căn cứ Nghị định số 103/2024/NĐ-CP; giao đất tái định cư."]),
    ).toEqual([]);
  });
});

describe("synthetic: work verbs no agency name carries end the owner's name", () => {
  test.each([
    "đối chiếu hồ sơ để xử lý",
    "xác minh nguồn gốc đất",
    "kiểm kê tài sản",
    "phổ biến văn bản",
    "tập huấn cho cán bộ",
    "sơ kết 6 tháng",
  ])("Đề nghị Sở Tài chính %s", (work) => {
    const tasks = run([
      "CỤC THUẾ",
      "Số: 1/CT-CS",
      "Hà Nội, ngày 24 tháng 11 năm 2025",
      `Đề nghị Sở Tài chính ${work}.`,
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Sở Tài chính"]);
  });
});

describe("synthetic: a member named by role, and a cadence between the owner and the work", () => {
  const HEADER = [
    "BAN CHỈ ĐẠO",
    "Số: 1/QĐ-BCĐ",
    "Hà Nội, ngày 21 tháng 11 năm 2025",
    "QUY CHẾ",
    "Điều 9. Chế độ báo cáo",
  ];
  test.each([
    ["1. Thành viên Ban Chỉ đạo báo cáo Trưởng Ban về tiến độ thực hiện nhiệm vụ.", "Thành viên Ban Chỉ đạo"],
    ["1. Sở Du lịch định kỳ 06 tháng báo cáo Ban Chỉ đạo về tiến độ.", "Sở Du lịch"],
    ["1. Sở Du lịch hằng năm tổ chức sơ kết việc thực hiện quy chế.", "Sở Du lịch"],
    ["1. Sở Du lịch hàng quý gửi báo cáo về Văn phòng Ban Chỉ đạo.", "Sở Du lịch"],
  ])("%s", (line, owner) => {
    expect(run([...HEADER, line], "2025-11-24").map((t) => t.owner)).toEqual([owner]);
  });
  test("two cadences with their days: due first at the earlier day to come", () => {
    const line =
      "1. Thành viên Ban Chỉ đạo định kỳ 06 tháng (trước ngày 20 tháng 6 hằng năm) và 01 năm (trước ngày 15 tháng 11 hằng năm) báo cáo Ban Chỉ đạo.";
    const [task] = run([...HEADER, line], "2025-11-24");
    expect(task).toMatchObject({
      owner: "Thành viên Ban Chỉ đạo",
      deadline: { date: "2026-06-20", kind: "recurring" },
    });
  });
});
