/**
 * Decisions that publish lists or set criteria (issue 12, round 8, k22): their grounds, grade definitions and quotas
 * are not work. Synthetic texts after the corpus's shapes; each has a neighbour that stays a task.
 */
import { extractTasks } from "./extract";

const HEADER = [
  "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
  "Số: 2015/QĐ-UBND",
  "An Giang, ngày 18 tháng 11 năm 2025",
  "QUYẾT ĐỊNH",
];

function texts(lines: string[]): string[] {
  const doc = { paragraphs: [...HEADER, ...lines].map((text) => ({ text })) };
  return extractTasks(doc, { fallbackDate: "2025-11-18" }).tasks.map((t) => t.text.slice(0, 24));
}

test("synthetic: a ground citing a document of 'Bộ trưởng, Chủ nhiệm …' names no owner of any work", () => {
  expect(
    texts([
      "Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn nghiệp vụ về kiểm soát thủ tục hành chính;",
      "QUYẾT ĐỊNH:",
      "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.",
      // The neighbour: grounds that open a real instruction keep it.
      "Điều 2. Căn cứ danh mục tại Điều 1, Sở Tài chính cập nhật thủ tục trên Hệ thống thông tin.",
    ]),
  ).toEqual(["Điều 2. Căn cứ danh mục "]);
});

test("synthetic: a grade's definition ('Label: Là những …') and a quota ('Label: Xét tối đa …') are not tasks", () => {
  expect(
    texts([
      "Điều 5. Xếp loại",
      "1. Hoàn thành tốt: Là những cơ quan, đơn vị đạt từ 85 điểm đến dưới 95 điểm.",
      "2. Ủy ban nhân dân xã, phường: Xét tối đa 15 tập thể và 30 cá nhân.",
      "Điều 6. Tổ chức thực hiện",
      // The neighbour: a body and its work after a colon.
      "1. Sở Nội vụ: Tổng hợp kết quả tự chấm điểm, báo cáo Ủy ban nhân dân tỉnh.",
    ]),
  ).toEqual(["Sở Nội vụ: Tổng hợp kết "]);
});

test("synthetic: a regulation's 'Trình tự, thời gian …' heading holds steps with owners, even with 'đánh giá' in it", () => {
  const doc = {
    paragraphs: [
      ...HEADER,
      "Điều 9. Thẩm quyền, trình tự, thời gian đánh giá, xếp loại",
      "2. Trình tự, thời gian đánh giá, xếp loại",
      "a) Hằng năm, các cơ quan, đơn vị cấp tỉnh xây dựng báo cáo tự chấm điểm, gửi Sở Nội vụ từ ngày 10 đến ngày 15 tháng 12;",
      "b) Sở Nội vụ tổng hợp kết quả từ ngày 16 đến ngày 31 tháng 12 hằng năm;",
      // The neighbour: a heading of results still holds no work.
      "3. Kết quả đánh giá, xếp loại",
      "a) Các cơ quan đạt loại tốt được biểu dương.",
    ].map((text) => ({ text })),
  };
  const tasks = extractTasks(doc, { fallbackDate: "2025-11-18" }).tasks;
  expect(tasks.map((t) => [t.owner, t.deadline?.date ?? null])).toEqual([
    ["các cơ quan, đơn vị cấp tỉnh", "2025-12-15"],
    ["Sở Nội vụ", "2025-12-31"],
  ]);
});

test("synthetic: a duty after the time a condition holds in ('Trong thời gian … có hiệu lực, nếu … thì X có trách nhiệm …')", () => {
  const doc = {
    paragraphs: [
      ...HEADER,
      "QUYẾT ĐỊNH:",
      "Điều 3. Hiệu lực thi hành",
      // The neighbour: the effect clause itself stays no task.
      "1. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
      "2. Trong thời gian Quyết định này có hiệu lực thi hành, nếu các quy định tại Điều 1 khác với văn bản của cơ quan cấp trên thì Giám đốc Sở Y tế có trách nhiệm tham mưu Ủy ban nhân dân tỉnh sửa đổi cho phù hợp.",
    ].map((text) => ({ text })),
  };
  expect(extractTasks(doc, { fallbackDate: "2025-11-18" }).tasks.map((t) => t.owner)).toEqual(["Giám đốc Sở Y tế"]);
});

test("synthetic: a report of what a draft took in, a pointer to its text and a replacement note are no tasks", () => {
  const lines = [
    "Kính gửi: Thủ tướng Chính phủ.",
    "4. Một số nội dung khác được tiếp thu và chỉnh lý tại dự thảo Luật",
    "- Chỉnh lý lại quy định tại khoản 10 Điều 3 dự thảo Luật về thu nhập khác.",
    "(Nội dung cụ thể nêu tại Điều 7 và Điều 29 dự thảo Luật trình kèm).",
    "Công văn này thay thế công văn số 18380/BTC-CST ngày 26/11/2025.",
    // The neighbour: the request the letter makes stays a task.
    "Đề nghị Văn phòng Chính phủ trình Thủ tướng Chính phủ xem xét, quyết định.",
  ];
  expect(texts(lines)).toEqual(["Đề nghị Văn phòng Chính "]);
});

test("synthetic: 'Các nhiệm vụ trọng tâm bao gồm:' opens a list of tasks; a members' 'gồm:' does not", () => {
  expect(
    texts([
      "1.1. Nông nghiệp",
      "Phát triển nông nghiệp số gắn với ứng dụng công nghệ số. Các nhiệm vụ trọng tâm bao gồm:",
      "a) Xây dựng Nền tảng truy xuất nguồn gốc nông sản của tỉnh.",
      "2. Thành phần Tổ công tác gồm:",
      "a) Ông Nguyễn Văn An, Phó Giám đốc Sở, Tổ trưởng;",
    ]),
  ).toEqual(["Xây dựng Nền tảng truy x"]);
});

test("synthetic: a plan's body that takes a sector ('… trong lĩnh vực y tế của Kế hoạch') owns that sector's items", () => {
  const doc = {
    paragraphs: [
      ...["ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "Số: 179/KH-UBND", "Đồng Nai, ngày 18 tháng 11 năm 2025", "KẾ HOẠCH"],
      "IV. PHÁT TRIỂN KINH TẾ SỐ NGÀNH, LĨNH VỰC",
      "1. Du lịch và Văn hóa",
      "a) Xây dựng Nền tảng dữ liệu số du lịch của tỉnh.",
      "2. Y tế",
      "a) Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh.",
      "3. Năng lượng",
      "a) Phát triển lưới điện thông minh.",
      "VI. TỔ CHỨC THỰC HIỆN",
      "1. Sở Khoa học và Công nghệ: Chủ trì, hướng dẫn, đôn đốc các cơ quan triển khai thực hiện Kế hoạch.",
      "2. Sở Y tế: Chủ trì triển khai các nhiệm vụ chuyển đổi số trong lĩnh vực y tế của Kế hoạch.",
      "3. Sở Văn hóa, Thể thao và Du lịch: Chủ trì triển khai các nhiệm vụ trong lĩnh vực văn hóa và du lịch của Kế hoạch.",
      // The neighbour: a vague sector names no section, so "Năng lượng" stays with the lead body.
      "4. Sở Công Thương: Chủ trì triển khai các nhiệm vụ trong lĩnh vực quản lý của Kế hoạch.",
      // A function the body has in a sector hands out no items: "Năng lượng" is no sector this body takes.
      "5. Sở Tài chính: Thực hiện chức năng điều phối, xúc tiến đầu tư trong lĩnh vực năng lượng tại các thị trường.",
    ].map((text) => ({ text })),
  };
  const tasks = extractTasks(doc, { fallbackDate: "2025-11-18" }).tasks;
  expect(tasks.slice(0, 3).map((t) => t.owner)).toEqual([
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Y tế",
    "Sở Khoa học và Công nghệ",
  ]);
});

describe("synthetic: 'đến hết …' and a closing line that names 'the items above'", () => {
  const letter = (closing: string) =>
    extractTasks(
      {
        paragraphs: [
          "BAN CHỈ ĐẠO",
          "Số: 171/CV-BCĐ",
          "Hà Nội, ngày 20 tháng 11 năm 2025",
          "Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh.",
          "1. Về tổ chức bộ máy",
          "- Khẩn trương hoàn thiện tổ chức bộ máy ở cấp xã.",
          "2. Về trụ sở",
          "Tiếp tục rà soát, bố trí trụ sở của cấp xã.",
          closing,
        ].map((text) => ({ text })),
      },
      { fallbackDate: "2025-11-20" },
    ).tasks.map((t) => t.deadline?.date ?? null);

  test("'bảo đảm đến hết tháng 12 năm 2025 … 02 nội dung nêu trên' dates every item of both sections", () => {
    expect(
      letter(
        "Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương chỉ đạo thực hiện, bảo đảm đến hết tháng 12 năm 2025 giải quyết dứt điểm 02 nội dung nêu trên./.",
      ).slice(0, 2),
    ).toEqual(["2025-12-31", "2025-12-31"]);
  });

  test("'Trên đây là một số nội dung trọng tâm …, báo cáo kết quả … trước Thứ Tư ngày 03/12/2025' dates the items above", () => {
    const closing =
      "Trên đây là một số nội dung trọng tâm cần thực hiện ngay, Ban Chỉ đạo đề nghị các đồng chí Chủ tịch quan tâm chỉ đạo thực hiện và báo cáo kết quả về Ban Chỉ đạo trước Thứ Tư ngày 03/12/2025./.";
    expect(letter(closing)[0]).toBe("2025-12-03");
    // "Trên đây là Kế hoạch …" names the document, not the items: its date is no closing date for them.
    const plan = "Trên đây là Kế hoạch của Ban Chỉ đạo, đề nghị báo cáo kết quả trước ngày 03/12/2025./.";
    expect(letter(plan)[0]).toBeNull();
  });

  test("'… báo cáo kết quả thực hiện các nội dung chỉ đạo của Ban nêu trên … trước ngày 05/12/2025' dates the items above", () => {
    const closing =
      "Để kịp thời tổng hợp, Ban Chỉ đạo đề nghị các tỉnh báo cáo kết quả triển khai thực hiện các nội dung chỉ đạo của Ban Chỉ đạo nêu trên về Văn phòng trước ngày 05/12/2025.";
    expect(letter(closing).slice(0, 2)).toEqual(["2025-12-05", "2025-12-05"]);
    // Words between "nội dung" and "trên" without "nêu" name a place, not the items above.
    const place =
      "Đề nghị các tỉnh báo cáo kết quả thực hiện các nội dung phát triển kinh tế trên địa bàn trước ngày 05/12/2025.";
    expect(letter(place)[0]).toBeNull();
  });

  test("the neighbours: 'Từ nay đến hết năm 2025 chỉ còn …' and a schedule's span date nothing", () => {
    const dates = letter("Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, đề nghị thực hiện các nội dung trên.");
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d === null)).toBe(true);
    expect(
      extractTasks(
        {
          paragraphs: [
            { text: "Lào Cai, ngày 20 tháng 11 năm 2025" },
            { text: "- Lập tiến độ chi tiết theo tuần, tháng đến hết năm 2026, bám sát quyết định." },
          ],
        },
        { fallbackDate: "2025-11-20" },
      ).tasks.map((t) => t.deadline),
    ).toEqual([null]);
  });
});

test("synthetic: the enacting formula after the grounds is no task; a body asked to issue a plan under a heading is", () => {
  expect(
    texts([
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
      "Theo đề nghị của Giám đốc Sở Tài chính;",
      "Ủy ban nhân dân tỉnh An Giang ban hành Quyết định quy định danh mục tài sản cố định đặc thù.",
      "Điều 3. Tổ chức thực hiện",
      "1. Sở Tài chính ban hành Kế hoạch kiểm kê tài sản trước ngày 31/12/2025.",
    ]),
  ).toEqual(["Sở Tài chính ban hành Kế"]);
});

test("synthetic: where the money comes from is no task; a body named to find it still works", () => {
  expect(
    texts([
      "IV. TỔ CHỨC THỰC HIỆN",
      "1. Kinh phí thực hiện",
      "Kinh phí thực hiện được đảm bảo từ nguồn ngân sách theo phân cấp ngân sách nhà nước hiện hành.",
      "Nguồn kinh phí thực hiện: Được bố trí trong dự toán ngân sách tỉnh giao cho Công an tỉnh.",
      "Kinh phí thực hiện: Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.",
    ]),
  ).toEqual(["Kinh phí thực hiện: Sở T"]);
});

test("synthetic: work followed by examples ('… như:') is the task; 'như sau:' still hands out a list", () => {
  expect(
    texts([
      "III. NHIỆM VỤ VÀ GIẢI PHÁP",
      "4.4. Nền tảng giám sát giao thông",
      "Nghiên cứu, triển khai các nền tảng số chuyên dùng hỗ trợ giám sát giao thông như:",
      "- Hệ thống giám sát hành trình phương tiện.",
      "- Hệ thống kiểm tra tải trọng xe tự động.",
      "4.5. Dữ liệu",
      "Sở Xây dựng thực hiện các nhiệm vụ như sau:",
      "- Xây dựng cơ sở dữ liệu kết cấu hạ tầng giao thông.",
    ]),
  ).toEqual(["Nghiên cứu, triển khai c", "Xây dựng cơ sở dữ liệu k"]);
});

test("synthetic: a first paragraph that issues a plan and goes on to ask is the request", () => {
  expect(
    texts([
      "Kính gửi: Các sở, ngành tỉnh.",
      "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện chuyển đổi số năm 2026, yêu cầu các sở, ngành triển khai thực hiện trước ngày 31/12/2025.",
    ]),
  ).toHaveLength(1);
});

describe("synthetic (round 9): a city's letter that asks its departments for 'Yêu cầu chung' and cites what to apply", () => {
  const LEAD =
    "Thực hiện chỉ đạo của Ban Thường vụ Thành ủy, UBND Thành phố yêu cầu các sở, ban, ngành, UBND các xã, phường thực hiện một số nội dung sau:";
  const run = (lines: string[]) =>
    extractTasks(
      {
        paragraphs: [
          "ỦY BAN NHÂN DÂN THÀNH PHỐ",
          "Số: 6397/UBND-KT",
          "Hà Nội, ngày 20 tháng 11 năm 2025",
          ...lines,
        ].map((text) => ({ text })),
      },
      { fallbackDate: "2025-11-20" },
    ).tasks.map((t) => [t.text.slice(0, 20), t.owner]);
  const body = [
    "1. Yêu cầu chung:",
    "1.1. Nghiên cứu, quán triệt và thực hiện nghiêm túc quy định pháp luật và chỉ đạo của Thành ủy:",
    "- Ý kiến chỉ đạo của Ban Thường vụ Thành ủy tại Văn bản số 43-CV/TU ngày 12/11/2025 về công tác đấu thầu.",
    "- Nghị định số 214/2025/NĐ-CP ngày 04/8/2025 của Chính phủ quy định chi tiết Luật Đấu thầu.",
    "1.2. Đối với công tác lựa chọn nhà thầu:",
    "- Lựa chọn tư vấn đấu thầu có đủ năng lực, kinh nghiệm, uy tín.",
  ];
  const asked = "các sở, ban, ngành, UBND các xã, phường";
  test("the requirements are the work asked for; the documents cited are not tasks; 'của Thành ủy' owns nothing", () => {
    expect(run([LEAD, ...body])).toEqual([
      ["Nghiên cứu, quán tri", asked],
      ["Lựa chọn tư vấn đấu ", asked],
    ]);
  });
  test("the neighbours: a plan's 'Yêu cầu' with no lead-in above stays its requirements; a cited decision that assigns is a task", () => {
    expect(
      run(["I. MỤC ĐÍCH, YÊU CẦU", "2. Yêu cầu", "- Bảo đảm đúng quy định, thiết thực, hiệu quả, tránh hình thức."]),
    ).toEqual([]);
    const assigns =
      "- Quyết định số 12/QĐ-UBND: giao Sở Tài chính rà soát, trình UBND Thành phố trước ngày 10/12/2025.";
    expect(run([LEAD, "1. Rà soát các văn bản sau:", assigns])).toContainEqual([
      "Quyết định số 12/QĐ-",
      "Sở Tài chính",
    ]);
  });
});

test("synthetic (round 9): a decision's closing formula ('… chịu trách nhiệm thi hành Quyết định này./.', '… căn cứ Quyết định thi hành./.') is no task", () => {
  const run = (last: string) =>
    extractTasks(
      {
        paragraphs: [
          "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
          "Bắc Ninh, ngày 28 tháng 11 năm 2025",
          "QUYẾT ĐỊNH:",
          "Điều 1. Phê duyệt danh mục địa điểm tổ chức hội chợ, triển lãm thương mại.",
          "Điều 2. Sở Công Thương chủ trì, phối hợp hướng dẫn thi hành Quyết định này trước ngày 10/12/2025.",
          last,
        ].map((text) => ({ text })),
      },
      { fallbackDate: "2025-11-28" },
    ).tasks.map((t) => t.owner);
  for (const formula of [
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./.",
    "Điều 3. Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Công Thương và các tổ chức, cá nhân liên quan căn cứ Quyết định thi hành./.",
  ])
    expect(run(formula)).toEqual(["Sở Công Thương"]);
});

describe("synthetic (round 14): a long article title over its clauses ('Điều 15. Tổng hợp báo cáo … HĐND tỉnh' / '1. …')", () => {
  const TITLE =
    "Điều 15. Tổng hợp báo cáo kết quả giải quyết kiến nghị cử tri trước kỳ họp thường lệ Hội đồng nhân dân tỉnh";
  const CLAUSE = "1. Các sở, ban, ngành gửi báo cáo tổng hợp về Văn phòng UBND tỉnh trước ngày 15/12/2025.";
  test("is no task itself", () => {
    const next = "1. Chậm nhất là 30 ngày trước kỳ họp, các sở, ban, ngành có báo cáo tổng hợp gửi Chủ tịch UBND tỉnh.";
    expect(texts(["QUYẾT ĐỊNH:", "Điều 14. Chế độ báo cáo", CLAUSE, TITLE, next])).not.toContain(
      "Điều 15. Tổng hợp báo cá",
    );
  });
  test("the neighbour: the same line without clauses under it is a one-line article that assigns", () => {
    expect(texts(["QUYẾT ĐỊNH:", "Điều 14. Chế độ báo cáo", CLAUSE, TITLE, "Điều 16. Hiệu lực thi hành"])).toEqual([
      "Các sở, ban, ngành gửi b",
      "Điều 15. Tổng hợp báo cá",
    ]);
  });
});

describe("synthetic (round 14): a decision that sets up a steering committee", () => {
  const LINES = [
    "QUYẾT ĐỊNH:",
    "Điều 1. Kiện toàn Ban Chỉ đạo về cải cách chính sách tiền lương, gồm các thành viên sau đây:",
    "1. Trưởng ban Chỉ đạo: Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà.",
    "2. Các ủy viên:",
    "- Bộ trưởng Bộ Quốc phòng;",
    "- 01 Thứ trưởng Bộ Nội vụ;",
    "- 01 Phó Chủ nhiệm Văn phòng Chính phủ;",
    "- 01 Phó Thống đốc Ngân hàng Nhà nước Việt Nam.",
    "Điều 2. Nhiệm vụ của Ban Chỉ đạo:",
    "1. Nghiên cứu, xây dựng Đề án về cải cách chính sách tiền lương.",
    "Điều 3. Quyền hạn của Ban Chỉ đạo",
    "1. Lập Tổ Biên tập giúp việc Ban Chỉ đạo.",
    "2. Mời lãnh đạo các Bộ, ngành tham dự các cuộc họp của Ban Chỉ đạo.",
  ];
  test("its members and its powers are no tasks; its duties are", () => {
    expect(texts(LINES)).toEqual(["Nghiên cứu, xây dựng Đề "]);
  });
  test("the neighbour: a member named with work to do is a task", () => {
    expect(
      texts([...LINES.slice(0, 4), "- Bộ trưởng Bộ Quốc phòng chỉ đạo rà soát chế độ tiền lương trong quân đội;"]),
    ).toEqual(["Bộ trưởng Bộ Quốc phòng "]);
  });
});

test("synthetic (round 14): a part of a regulation ('Mục 2. TỔ CHỨC QUẢN LÝ …') is a title, not work", () => {
  expect(
    texts([
      "QUYẾT ĐỊNH:",
      "Điều 9. Trách nhiệm trả lời ý kiến",
      "b) Thủ trưởng các Sở, ban, ngành; UBND các xã có trách nhiệm.",
      "Trả lời các ý kiến được gửi đến thuộc chức năng, nhiệm vụ của cơ quan, đơn vị.",
      "Mục 2. TỔ CHỨC QUẢN LÝ VÀ BẢO ĐẢM HOẠT ĐỘNG CỔNG TTĐT",
      "Điều 10. Bảo đảm hạ tầng kỹ thuật",
      "1. Sở Khoa học và Công nghệ bảo đảm hạ tầng kỹ thuật của Cổng thông tin điện tử tỉnh.",
    ]).filter((t) => t.startsWith("Mục")),
  ).toEqual([]);
});

test("synthetic (round 14): 'Căn cứ Kế hoạch này, …' opens work that follows the document itself; grounds cite other texts", () => {
  expect(
    texts([
      "KẾ HOẠCH",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Ủy ban nhân dân các xã",
      "- Căn cứ Kế hoạch này, chủ động giám sát các hoạt động bầu cử tại thôn.",
      "- Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
    ]),
  ).toEqual(["Căn cứ Kế hoạch này, chủ"]);
});

test("synthetic (round 14): an article that classifies ('Phân loại kiến nghị …', 'Các phương thức kiến nghị …') lists kinds, not work; 'Phương thức tổ chức' stays a plan's steps", () => {
  const kinds = texts([
    "QUY CHẾ",
    "Điều 4. Phân loại kiến nghị của cử tri",
    "1. Các phương thức kiến nghị của cử tri",
    "- Kiến nghị bằng văn bản gửi đến cơ quan có thẩm quyền;",
    "- Kiến nghị trực tiếp tại hội nghị tiếp xúc cử tri.",
  ]);
  expect(kinds).toEqual([]);
  const steps = texts([
    "KẾ HOẠCH",
    "II. NỘI DUNG, PHƯƠNG THỨC TỔ CHỨC",
    "2. Phương thức tổ chức:",
    "- Tổ chức hội nghị cử tri tại thôn trước ngày 20/12/2025.",
  ]);
  expect(steps).toEqual(["Tổ chức hội nghị cử tri "]);
});

test("synthetic (round 14): what money pays for ('… được sử dụng để thực hiện các nhiệm vụ sau đây:', 'Nội dung chi:') is no work", () => {
  expect(
    texts([
      "THÔNG TƯ",
      "Điều 3. Nguyên tắc thu, chi đối với khoản thu",
      "1. Trung tâm Đấu thầu qua mạng quốc gia có trách nhiệm thu, quản lý và sử dụng khoản thu theo quy định.",
      "2. Khoản thu quy định tại khoản 1 Điều này được sử dụng để thực hiện các nhiệm vụ sau đây:",
      "a) Quản lý, duy trì, vận hành và phát triển Hệ thống;",
      "Điều 7. Quản lý, sử dụng khoản thu",
      "1. Nội dung chi:",
      "a) Chi tổ chức quản lý, giám sát, vận hành và phát triển Hệ thống;",
    ]),
  ).toEqual(["Trung tâm Đấu thầu qua m"]);
});
