/**
 * Where an owner's name ends (issue 12, round 8): the bench counted 68 owners that ran on past their label. Synthetic
 * texts after the corpus's shapes; each has a neighbour that must keep its longer name.
 */
import { extractTasks } from "./extract";

const HEADER = ["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 601/BVHTTDL-KH", "Hà Nội, ngày 25 tháng 11 năm 2025"];

function owners(lines: string[]): (string | null)[] {
  const doc = { paragraphs: [...HEADER, ...lines].map((text) => ({ text })) };
  return extractTasks(doc, { fallbackDate: "2025-11-25" }).tasks.map((t) => t.owner);
}

describe("synthetic: a bracket that defines a short name is not part of the owner", () => {
  test.each([
    [
      "Bộ đề nghị các trường trực thuộc Bộ (sau đây gọi là nhà trường) thực hiện các nội dung sau:",
      "các trường trực thuộc Bộ",
    ],
    [
      "Sở đề nghị các doanh nghiệp trên địa bàn (sau đây gọi tắt là doanh nghiệp) thực hiện các nội dung sau:",
      "các doanh nghiệp trên địa bàn",
    ],
    // The neighbour: an aside that names the body stays in its name.
    ["Bộ đề nghị Đài Truyền hình Việt Nam (VTV) thực hiện các nội dung sau:", "Đài Truyền hình Việt Nam (VTV)"],
  ])("%s", (lead, owner) => {
    expect(owners([lead, "1. Rà soát, cập nhật kế hoạch đào tạo năm 2026."])).toEqual([owner]);
  });
});

describe("synthetic: a spaced dash before a capitalised work verb ends a named owner", () => {
  test.each([
    ["1. Hiệu trưởng: Ông Trần Văn An – Chỉ đạo chung, phê duyệt kế hoạch.", "Hiệu trưởng: Ông Trần Văn An"],
    ["2. Phó Hiệu trưởng: Bà Lê Thị Hoa - Giám sát tiến độ, tổng hợp báo cáo.", "Phó Hiệu trưởng: Bà Lê Thị Hoa"],
    // The neighbour: a dash inside an office's name ("Văn hóa - Xã hội") is followed by no verb.
    ["3. Phòng Văn hóa - Xã hội tổng hợp báo cáo kết quả.", "Phòng Văn hóa - Xã hội"],
  ])("%s", (line, owner) => {
    expect(owners(["Phân công nhiệm vụ như sau:", line])).toEqual([owner]);
  });
});

describe("synthetic: work verbs that no name holds in lower case end the owner", () => {
  test.each([
    ["1. Các phòng, ban xây dựng báo cáo kết quả gửi Văn phòng.", "Các phòng, ban"],
    ["2. Giao Trung tâm Chuyển đổi số tỉnh cấu hình thủ tục trên Hệ thống thông tin.", "Trung tâm Chuyển đổi số tỉnh"],
    ["3. Doanh nghiệp hoàn tất hồ sơ gửi Sở Nội vụ.", "Doanh nghiệp"],
    // The neighbour: "xây dựng" inside a name in lower case, before no work product.
    [
      "4. Ban quản lý dự án đầu tư xây dựng khu vực tổng hợp báo cáo tiến độ.",
      "Ban quản lý dự án đầu tư xây dựng khu vực",
    ],
  ])("%s", (line, owner) => {
    expect(owners(["Phân công nhiệm vụ như sau:", line])).toEqual([owner]);
  });
});

describe("synthetic: a heading's stretch that names a plan already running is no deadline of its items", () => {
  const dates = (heading: string) =>
    extractTasks(
      {
        paragraphs: [
          ...["ỦY BAN NHÂN DÂN TỈNH SƠN LA", "Số: 29/KH-UBND", "Sơn La, ngày 20 tháng 11 năm 2025", "KẾ HOẠCH"],
          heading,
          "- Tổ chức đoàn công tác khảo sát thị trường xuất khẩu.",
        ].map((text) => ({ text })),
      },
      { fallbackDate: "2025-11-20" },
    ).tasks.map((t) => t.deadline?.date ?? null);

  test.each([
    ["III. GIẢI PHÁP THỰC HIỆN KẾ HOẠCH XUẤT KHẨU GIAI ĐOẠN 2021- 2025", null],
    // Neighbours: a stretch still to come times its items, and so does one with no plan named before it.
    ["II. KẾ HOẠCH PHÁT TRIỂN GIAI ĐOẠN 2026 - 2030", "2030-12-31"],
    ["III. NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2024 - 2026", "2026-12-31"],
  ])("%s", (heading, date) => {
    expect(dates(heading)).toEqual([date]);
  });
});

test("synthetic: 'các' inside a body's name ('UBND các xã, phường') opens no subject; the agency heading owns the duty", () => {
  const lines = [
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Sở Công Thương",
    "- Là cơ quan đầu mối theo dõi, đôn đốc các sở, ban, ngành, UBND các xã, phường triển khai thực hiện Kế hoạch.",
    // The neighbour: a topic subject of its own still owns.
    "- Trên cơ sở kế hoạch này, các doanh nghiệp xuất khẩu đăng ký tham gia chương trình.",
  ];
  expect(owners(lines)).toEqual(["Sở Công Thương", "các doanh nghiệp xuất khẩu"]);
});

describe("synthetic: a bullet or item that only names a body heads the deeper bullets under it", () => {
  test("'- Bộ X' over '+' bullets, and 'c) Đề nghị Trung ương …' over '-' bullets", () => {
    const lines = [
      "Các bộ, cơ quan trung ương, Ủy ban nhân dân các tỉnh cần tổ chức thực hiện các nhiệm vụ sau:",
      "a) Hoàn thiện thể chế về quản lý rác thải",
      "- Bộ Nông nghiệp và Môi trường",
      "+ Ban hành hướng dẫn phục hồi môi trường các bãi chôn lấp.",
      "- Bộ Công Thương",
      "+ Ban hành các chính sách thúc đẩy công nghiệp môi trường.",
      // The neighbour: a bullet that names a body and its work is a task of its own.
      "- Ngân hàng Nhà nước Việt Nam rà soát, tháo gỡ vướng mắc về vốn vay.",
      "c) Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam",
      "- Chỉ đạo Hội Nông dân Việt Nam vận động hội viên thu gom rác thải.",
    ];
    expect(owners(lines)).toEqual([
      "Bộ Nông nghiệp và Môi trường",
      "Bộ Công Thương",
      "Ngân hàng Nhà nước Việt Nam",
      "Trung ương Mặt trận Tổ quốc Việt Nam",
    ]);
  });
});

describe("synthetic (round 9): a bullet whose subject keeps a schedule hands it the milestones under it", () => {
  const plan = (lead: string) =>
    owners([
      "1. Về sắp xếp tổ chức bộ máy",
      lead,
      "+ Báo cáo Bộ Chính trị cho chủ trương chậm nhất ngày 09/3/2026.",
      "+ Hoàn thiện đề án, trình Ban Chấp hành Trung ương trước ngày 07/4/2026.",
    ]);
  test.each([
    "- Đảng uỷ Chính phủ khẩn trương triển khai thực hiện, bảo đảm tiến độ cụ thể như sau:",
    "- Đảng uỷ Chính phủ triển khai thực hiện theo lộ trình, đảm bảo các mốc thời gian sau:",
  ])("%s", (lead) => {
    expect(plan(lead).slice(-2)).toEqual(["Đảng uỷ Chính phủ", "Đảng uỷ Chính phủ"]);
  });
  test("the neighbour: a lead-in that only presents a timetable names no doer", () => {
    expect(plan("- Tiến độ cụ thể như sau:").slice(-2)).toEqual([null, null]);
  });
});

describe("synthetic (round 9): bodies whose opinions are taken in ('ý kiến các cơ quan') are not the subject", () => {
  test.each([
    "- Tiếp thu ý kiến Bộ Chính trị, ý kiến các cơ quan, hoàn thiện đề án trước ngày 07/4/2026.",
    // The neighbour, already right: bodies a draft is sent to.
    "- Hoàn thiện dự thảo, gửi các sở, ngành góp ý trước ngày 07/4/2026.",
  ])("%s", (line) => {
    expect(owners(["Văn phòng Bộ thực hiện các nhiệm vụ sau:", line])).toEqual(["Văn phòng Bộ"]);
  });
});

describe("synthetic (round 9): a new 'Giao …' paragraph ends a list a lead-in only described", () => {
  const texts = (lead: string) => {
    const doc = [
      ...HEADER,
      lead,
      "Cán bộ, công chức còn đủ 5 năm đến tuổi nghỉ hưu trong các cơ quan của Đảng.",
      "Giao Đảng ủy Chính phủ chỉ đạo Bộ Nội vụ rà soát các quy định của Nghị định.",
      "Các cơ quan, đơn vị, địa phương tăng cường công tác tuyên truyền, tạo sự đồng thuận.",
    ].map((text) => ({ text }));
    return extractTasks({ paragraphs: doc }, { fallbackDate: "2025-11-25" }).tasks.map((t) => [t.owner, t.urgent]);
  };
  test("after '… điều chỉnh đối với nhóm đối tượng, gồm:' the lines past 'Giao …' are read on their own", () => {
    expect(texts("Bộ Chính trị thống nhất điều chỉnh đối với nhóm đối tượng, gồm:")).toEqual([
      ["Đảng ủy Chính phủ", false],
      ["Các cơ quan, đơn vị, địa phương", false],
    ]);
  });
  test("the neighbour: under a lead-in that hands out work, 'Giao …' items keep its urgency", () => {
    const handed = texts("Ban Chỉ đạo đề nghị các bộ, ngành khẩn trương thực hiện các nội dung sau:");
    expect(handed.slice(-2)).toEqual([
      ["Đảng ủy Chính phủ", true],
      ["Các cơ quan, đơn vị, địa phương", true],
    ]);
  });
});

describe("synthetic (round 9): 'trong quá trình' and 'hết sức' end a name", () => {
  test.each([
    [
      "Yêu cầu các cấp uỷ, các cơ quan chức năng trong quá trình triển khai cần hết sức khẩn trương, chủ động.",
      "các cấp uỷ, các cơ quan chức năng",
    ],
    [
      "Yêu cầu các cấp uỷ, tổ chức đảng hết sức khẩn trương rà soát, bổ sung quy hoạch cán bộ.",
      "các cấp uỷ, tổ chức đảng",
    ],
    // The neighbour: "trong" inside a name stays.
    ["Yêu cầu các đơn vị trong khối thi đua báo cáo kết quả trước ngày 10/12/2025.", "các đơn vị trong khối thi đua"],
  ])("%s", (line, owner) => {
    expect(owners([line])).toEqual([owner]);
  });
});

test("synthetic (round 9): a point '2.2' after a prose paragraph is still under item 2, whose subject it keeps", () => {
  const doc = (between: string[]) =>
    owners([
      "2. Yêu cầu các cấp uỷ, tổ chức đảng, các cơ quan chức năng hết sức khẩn trương, chủ động, bám sát các kết luận.",
      "2.1. Tập trung lãnh đạo, chỉ đạo toàn diện việc xây dựng văn kiện đại hội.",
      ...between,
      "2.2. Tích cực lắng nghe, tiếp thu, kịp thời giải đáp các ý kiến của tổ chức, cá nhân.",
    ]);
  const asked = "các cấp uỷ, tổ chức đảng, các cơ quan chức năng";
  expect(doc(["Yêu cầu các tỉnh uỷ, thành uỷ thực hiện nghiêm Kết luận số 150-KL/TW."])).toEqual([
    asked,
    asked,
    "các tỉnh uỷ, thành uỷ",
    asked,
  ]);
  // The neighbour: a new numbered item in between ("3. …") closes item 2 for good.
  const third = "3. Ban Tổ chức Trung ương theo dõi, đôn đốc và tổng hợp kết quả thực hiện.";
  expect(doc([third]).slice(-1)).not.toEqual([asked]);
});

describe("synthetic (round 9): a report named by its period is a label; the body after it owns the line", () => {
  const lines = (item: string) =>
    owners([
      "UBND Thành phố yêu cầu các sở, ban, ngành thực hiện một số nội dung sau:",
      "1. Về công tác báo cáo:",
      item,
    ]);
  test.each([
    ["- Báo cáo tháng: Sở Tài chính tổng hợp báo cáo tình hình đấu thầu trước ngày 10 hàng tháng.", "Sở Tài chính"],
    ["- Báo cáo 6 tháng, cả năm: Sở Tài chính tổng hợp báo cáo trước ngày 30 tháng 6.", "Sở Tài chính"],
    // The neighbour: "Báo cáo kết quả …:" is work the lead-in's bodies do.
    ["- Báo cáo kết quả thực hiện: gửi về Sở Tài chính trước ngày 30 tháng 6.", "các sở, ban, ngành"],
  ])("%s", (item, owner) => {
    expect(lines(item)).toEqual([owner]);
  });
});

describe("synthetic (round 9): Party bodies head names ('Quân uỷ', 'Thành uỷ', 'Đảng bộ', 'Chi bộ')", () => {
  test.each([
    ["Giao Quân uỷ Trung ương căn cứ Kết luận số 126-KL/TW chủ trì xây dựng kế hoạch sắp xếp.", "Quân uỷ Trung ương"],
    ["Giao Thành uỷ Hà Nội chỉ đạo rà soát quy hoạch cán bộ trước ngày 30/6/2026.", "Thành uỷ Hà Nội"],
    ["Chi bộ Văn phòng tổ chức sinh hoạt chuyên đề trước ngày 30/6/2026.", "Chi bộ Văn phòng"],
  ])("%s", (line, owner) => {
    expect(owners(["Bộ Chính trị yêu cầu thực hiện các nội dung sau:", line])).toEqual([owner]);
  });
});

describe("synthetic (round 12): a long list of bodies asked by a subject ('Chủ tịch UBND … yêu cầu A, B, C …') owns the work", () => {
  test("three titled bodies (over 26 words) are the owner, not the subject who asks", () => {
    const asked =
      "Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Giám đốc Chi cục Chăn nuôi và Thú y thành phố Hải Phòng, Chủ tịch UBND các quận, huyện, thị xã";
    expect(owners([`Chủ tịch UBND Thành phố yêu cầu ${asked} tổ chức tiêu độc khử trùng các chợ gia cầm.`])).toEqual([
      asked,
    ]);
  });

  test("the neighbour: a subject that does the work itself stays the owner", () => {
    expect(owners(["Chủ tịch UBND Thành phố trực tiếp kiểm tra công tác tiêu độc khử trùng các chợ gia cầm."])).toEqual(
      ["Chủ tịch UBND Thành phố"],
    );
  });
});

describe("synthetic (round 12): an article titled by its bodies ('Điều 5. <A>, <B> có nhiệm vụ') heads its items", () => {
  test("each article's numbered items take its bodies, however long the list, and the title is no task", () => {
    const tasks = owners([
      "Điều 4. Sở Tài chính có nhiệm vụ",
      "1. Thẩm tra dự toán kinh phí hằng năm.",
      "Điều 5. Kho bạc Nhà nước tỉnh, Kho bạc Nhà nước các huyện, thị xã, thành phố có nhiệm vụ",
      "1. Hướng dẫn mở tài khoản và kiểm soát chi.",
    ]);
    expect(tasks).toEqual(["Sở Tài chính", "Kho bạc Nhà nước tỉnh, Kho bạc Nhà nước các huyện, thị xã, thành phố"]);
  });

  test("the neighbour: a long article that enacts something is a sentence, not a title", () => {
    const tasks = owners([
      "Điều 4. Sở Tài chính có nhiệm vụ",
      "1. Thẩm tra dự toán kinh phí hằng năm.",
      "Điều 5. Kho bạc Nhà nước tỉnh, Kho bạc Nhà nước các huyện, thị xã, thành phố hướng dẫn mở tài khoản và kiểm soát chi",
    ]);
    expect(tasks).toEqual(["Sở Tài chính", "Kho bạc Nhà nước tỉnh, Kho bạc Nhà nước các huyện, thị xã, thành phố"]);
  });
});

describe("synthetic (round 14): an article titled 'Nội dung <Body> có trách nhiệm chủ trì' heads its items", () => {
  test("each article's items take the body it names, and the next article's items the next body", () => {
    const tasks = owners([
      "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì",
      "1. Xây dựng, ban hành, đánh giá việc thực hiện chính sách về tín ngưỡng, tôn giáo.",
      "Điều 6. Nội dung Sở Văn hóa, Thể thao và Du lịch có trách nhiệm chủ trì",
      "1. Tham mưu chỉ đạo, hướng dẫn công tác quản lý nhà nước về di sản.",
      "Điều 7. Nội dung các cơ quan, đơn vị khác có trách nhiệm chủ trì",
      "1. Giải quyết các vấn đề cụ thể thuộc chức năng, nhiệm vụ được giao.",
    ]);
    expect(tasks).toEqual(["Sở Dân tộc và Tôn giáo", "Sở Văn hóa, Thể thao và Du lịch", "các cơ quan, đơn vị khác"]);
  });

  test("the neighbour: an article titled 'Nội dung phối hợp chung' names no body", () => {
    const tasks = owners([
      "Điều 4. Nội dung phối hợp chung",
      "1. Xây dựng, ban hành, đánh giá việc thực hiện chính sách về tín ngưỡng, tôn giáo.",
    ]);
    expect(tasks).toEqual([null]);
  });
});

describe("synthetic (round 14): '<Body> chủ trì, phối hợp với các cơ quan, địa phương:' heads its items and is no task", () => {
  test("the lettered items take the body; the line itself is not counted", () => {
    const tasks = owners([
      "NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN",
      "3. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:",
      "a) Theo dõi, đôn đốc, tổng hợp báo cáo kế hoạch đầu tư công trung hạn.",
      "4. Ngân hàng Nhà nước Việt Nam chủ trì, phối hợp với các cơ quan, địa phương:",
      "a) Điều hành tăng trưởng tín dụng ở mức phù hợp.",
    ]);
    expect(tasks).toEqual(["Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam"]);
  });

  test("the neighbour: a body that leads named work with partners is a task", () => {
    const tasks = owners([
      "NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN",
      "3. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương hoàn thiện phương án sắp xếp doanh nghiệp nhà nước.",
    ]);
    expect(tasks).toEqual(["Bộ Tài chính"]);
  });
});

test("synthetic (round 14): a deputy by office ('Phó Thống đốc …', 'Phó Chủ nhiệm …', 'Phó Viện trưởng …') owns the work", () => {
  expect(
    owners([
      "II. NHIỆM VỤ",
      "1. Phó Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo rà soát tín dụng bất động sản.",
      "2. Phó Chủ nhiệm Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.",
      "3. Phó Viện trưởng Viện Kiểm sát nhân dân tối cao phối hợp rà soát các vụ án.",
    ]),
  ).toEqual([
    "Phó Thống đốc Ngân hàng Nhà nước Việt Nam",
    "Phó Chủ nhiệm Văn phòng Chính phủ",
    "Phó Viện trưởng Viện Kiểm sát nhân dân tối cao",
  ]);
});

describe("synthetic (round 12): a body labelling its duties before a colon ('1. <Body>: Khi …, trong thời hạn … có trách nhiệm:')", () => {
  test("the lettered items under it take the body, however long the condition after the colon", () => {
    const tasks = owners([
      "Điều 7. Đối với các cơ quan nhà nước",
      "1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ đề nghị hỗ trợ của hộ gia đình, trong thời hạn không quá 10 (mười) ngày làm việc kể từ ngày nhận hồ sơ có trách nhiệm:",
      "a) Bình xét công khai các trường hợp đề nghị hỗ trợ.",
      "2. Sở Xây dựng: Trong thời hạn không quá 05 (năm) ngày làm việc có trách nhiệm:",
      "a) Kiểm tra hồ sơ của từng trường hợp cụ thể.",
    ]);
    expect(tasks).toEqual(["Ủy ban nhân dân xã, phường, thị trấn", "Sở Xây dựng"]);
  });
});

describe("synthetic (round 12): a scene-setting sentence before a later duty ('… do ngành X quản lý. Giám đốc Sở X chủ trì …')", () => {
  test("the paragraph is one task, owned by the body of the later duty", () => {
    const text =
      "Công tác cấp phát, quản lý kinh phí hỗ trợ nhà ở do ngành Xây dựng quản lý. Giám đốc Sở Xây dựng chủ trì hướng dẫn các quận, huyện thực hiện Quy chế này.";
    expect(owners(["Điều 11. Tổ chức thực hiện", text])).toEqual(["Giám đốc Sở Xây dựng"]);
  });

  test("the neighbour: an obligation before the duty ('… phải treo cờ …') stays a task of its own", () => {
    const text =
      "2. Tất cả các trụ sở cơ quan Nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội, lực lượng vũ trang, các đơn vị kinh tế, trường học, bệnh viện, nơi thờ tự của các tôn giáo và nhà ở của Nhân dân phải treo cờ Tổ quốc trong ngày 01 tháng 01 năm 2026. Chủ tịch Ủy ban nhân dân các xã có trách nhiệm chỉ đạo, đôn đốc và hướng dẫn Nhân dân treo cờ Tổ quốc đúng quy định.";
    expect(owners(["1. Thời gian treo cờ: từ ngày 31/12/2025.", text])).toHaveLength(2);
  });
});

test("synthetic: 'tập trung' after a zone's name is its kind ('Khu công nghệ số tập trung'), not the work; after a body it is", () => {
  const lines = [
    "Điều 2. Tổ chức thực hiện",
    "1. Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh nghiệp liên quan",
    "a) Chủ trì, tổng hợp ý kiến của các doanh nghiệp công nghệ số trên địa bàn.",
    // The neighbour: after a body's name the verb still ends it.
    "2. Sở Khoa học và Công nghệ tập trung hướng dẫn các doanh nghiệp.",
  ];
  expect(owners(lines)).toEqual([
    "Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh nghiệp liên quan",
    "Sở Khoa học và Công nghệ",
  ]);
});
