/**
 * Kinds of language that generalise across documents (issue 12): each test is a short synthetic text of one kind,
 * written for the test after the shapes the corpus shows, not copied from it.
 */
import { extractTasks } from "./extract";
import { leadInKind } from "./lexicon";

const HEADER = ["VĂN PHÒNG CHÍNH PHỦ", "Số: 100/TB-VPCP", "Hà Nội, ngày 20 tháng 11 năm 2025", "THÔNG BÁO", "Kết luận"];

function run(lines: string[], header = HEADER) {
  return extractTasks({ paragraphs: [...header, ...lines].map((text) => ({ text })) }, { fallbackDate: "2025-11-20" })
    .tasks;
}
const starts = (tasks: ReturnType<typeof run>) => tasks.map((t) => t.text.slice(0, 20));

describe("synthetic: a lead-in that announces the tasks ('X cần tập trung thực hiện … nhiệm vụ, giải pháp sau đây:')", () => {
  test("opens a task list even under a findings heading", () => {
    const tasks = run([
      "I. ĐÁNH GIÁ CHUNG",
      "Tỉnh đã đạt nhiều kết quả quan trọng trong năm qua.",
      "Để tiếp tục phát triển, tỉnh Bình An cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:",
      "1. Tăng cường hiệu quả hoạt động của chính quyền cấp xã, nâng cao năng lực quản trị.",
      "2. Thúc đẩy mạnh mẽ chuyển đổi số, huy động sinh viên hỗ trợ người dân.",
    ]);
    expect(starts(tasks)).toEqual(["Tăng cường hiệu quả ", "Thúc đẩy mạnh mẽ chu"]);
    expect(tasks.map((t) => t.owner)).toEqual(["tỉnh Bình An", "tỉnh Bình An"]);
  });
  test("the subject is read in the lead-in's last clause ('…; căn cứ vào …, Văn phòng X và các văn phòng Y cụ thể hoá …, cần tập trung … sau:')", () => {
    const tasks = run([
      "2. Về nhiệm vụ trọng tâm thời gian tới",
      "Quán triệt ý kiến chỉ đạo của Thường trực Ban Bí thư; căn cứ vào phương hướng đã nêu trong Báo cáo, Văn phòng Tỉnh ủy và các văn phòng huyện ủy cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:",
      "(1) Tiếp tục nâng cao chất lượng công tác tham mưu, tổng hợp.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Văn phòng Tỉnh ủy và các văn phòng huyện ủy"]);
  });
  test("a long list between the duty word and the tasks ('tỉnh X cần tiếp tục thực hiện …, Chỉ thị, Công điện …, trong đó lưu ý … nội dung trọng tâm sau:')", () => {
    const tasks = run([
      "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI",
      "Để đạt mục tiêu tăng trưởng năm 2025, tỉnh Bình An cần tiếp tục thực hiện quyết liệt, đồng bộ, hiệu quả các chủ trương của Đảng, Luật, Nghị quyết của Quốc hội, Nghị quyết của Chính phủ, Chỉ thị, Công điện, văn bản chỉ đạo của Thủ tướng Chính phủ, trong đó lưu ý tập trung thực hiện một số nội dung trọng tâm sau:",
      "1. Rà soát các chỉ tiêu phát triển kinh tế - xã hội được giao từ đầu năm.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["tỉnh Bình An"]);
  });
  test("a lead-in of results ('Kết quả thực hiện các nhiệm vụ như sau:') still opens findings", () => {
    const tasks = run([
      "I. ĐÁNH GIÁ CHUNG",
      "Kết quả thực hiện các nhiệm vụ, giải pháp như sau:",
      "1. Tăng cường hiệu quả hoạt động của chính quyền cấp xã, nâng cao năng lực quản trị.",
    ]);
    expect(tasks).toEqual([]);
  });
});

test("synthetic: 'Cần' in a place name ('thành phố Cần Thơ … như sau:') is no duty word", () => {
  expect(leadInKind("Ủy ban nhân dân thành phố Cần Thơ ban hành Kế hoạch, với nội dung cụ thể như sau:")).toBe(
    "neutral",
  );
  expect(leadInKind("Thành phố cần tập trung thực hiện một số nội dung sau:")).toBe("tasks");
});

describe("synthetic: a schedule line that opens with its day ('- 15/11: Phát động …') is a task due that day", () => {
  const PLAN = [
    "TRƯỜNG THPT AN BÌNH",
    "Số: 12/KH-THPT",
    "An Bình, ngày 14 tháng 11 năm 2025",
    "KẾ HOẠCH",
    "Tổ chức cuộc thi",
  ];
  test("each dated line of the schedule, due on its day", () => {
    const tasks = run(
      [
        "V. LỊCH TỔ CHỨC",
        "Tuần 1 – Giai đoạn tuyên truyền:",
        "- 15/11: Phát động cuộc thi qua loa phát thanh và trang tin của trường.",
        "- 05/12/2025: Chấm hồ sơ, chọn các dự án vào vòng chung kết.",
      ],
      PLAN,
    );
    expect(tasks.map((t) => [t.text.slice(0, 12), t.deadline?.date])).toEqual([
      ["15/11: Phát ", "2025-11-15"],
      ["05/12/2025: ", "2025-12-05"],
    ]);
  });
  test("a day before the issue date is history, and a line with 'đã' a finding", () => {
    const tasks = run(
      [
        "I. KẾT QUẢ",
        "- 03/11: Tổ chức hội thảo khởi nghiệp cho học sinh khối 10.",
        "- 20/11: Nhà trường đã phát động cuộc thi trong toàn trường.",
      ],
      PLAN,
    );
    expect(tasks).toEqual([]);
  });
});

test("synthetic: school roles head owners ('Hiệu trưởng: …', 'Phó Hiệu trưởng …', 'Giáo viên chủ nhiệm … triển khai')", () => {
  const tasks = run([
    "VII. PHÂN CÔNG TRÁCH NHIỆM",
    "1. Hiệu trưởng: Ông Lê Văn An – Chỉ đạo chung, duyệt kinh phí, dự lễ tổng kết.",
    "2. Phó Hiệu trưởng phụ trách chuyên môn tổ chức lịch thi và phân công giáo viên.",
    "3. Giáo viên chủ nhiệm các lớp triển khai kế hoạch đến học sinh.",
  ]);
  // The role with its holder's name, as d1's label writes "Phó Hiệu trưởng: Ông Nguyễn Văn Thành"; the dash ends it.
  expect(tasks.map((t) => t.owner)).toEqual([
    "Hiệu trưởng: Ông Lê Văn An",
    "Phó Hiệu trưởng phụ trách chuyên môn",
    "Giáo viên chủ nhiệm các lớp",
  ]);
});

describe("synthetic: 'yêu cầu' inside a numbered line asks bodies to work; only 'Mục đích, yêu cầu' titles requirements", () => {
  test("a numbered lead-in '…, yêu cầu các bộ, ngành tập trung thực hiện … như sau:' hands out its items", () => {
    const tasks = run([
      "3. Trong thời gian tới, yêu cầu các bộ, ngành tập trung thực hiện một số nhiệm vụ như sau:",
      "(1) Giao Bộ Tài chính chủ trì, phối hợp với Bộ Nội vụ rà soát, hoàn thiện hồ sơ trình Chính phủ.",
      "(2) Các bộ, cơ quan tập trung tổ chức thực hiện có hiệu quả Chương trình.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Bộ Tài chính", "Các bộ, cơ quan"]);
  });
  test("'I. MỤC ĐÍCH, YÊU CẦU' and '2. Yêu cầu' still title no tasks", () => {
    for (const heading of ["I. MỤC ĐÍCH, YÊU CẦU", "2. Yêu cầu"])
      expect(run([heading, "- Bảo đảm đúng quy định, tiết kiệm, hiệu quả trong tổ chức thực hiện."])).toEqual([]);
  });
});

describe("synthetic: a topic item ('(1) Về việc …: …') is read for its content; things named before a colon are no body", () => {
  test("'Về việc X: …; giao Bộ A …' is Bộ A's task", () => {
    const tasks = run([
      "2. Về những nội dung còn có ý kiến khác nhau:",
      "(1) Về việc phê duyệt Chương trình: Các bộ thống nhất một cơ quan chủ trì; giao Bộ Tài chính chủ trì hoàn thiện hồ sơ trình cấp có thẩm quyền.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Bộ Tài chính"]);
  });
  test("'Các Chương trình mục tiêu quốc gia: Xây dựng …, Giảm nghèo … còn trùng lặp' names programmes, not owners", () => {
    const tasks = run([
      "1. Về chủ trương tích hợp các Chương trình",
      "Các Chương trình mục tiêu quốc gia: Xây dựng nông thôn mới, Giảm nghèo bền vững còn có những nội dung trùng lặp. Thường trực Chính phủ đã họp và thống nhất tích hợp.",
    ]);
    expect(tasks).toEqual([]);
  });
});

describe("synthetic: citations and rules are no tasks", () => {
  const NOTICE = [
    "TRƯỜNG ĐẠI HỌC AN BÌNH",
    "Số: 21/TB-ĐHAB",
    "Hà Nội, ngày 05 tháng 12 năm 2024",
    "THÔNG BÁO",
    "Kế hoạch thi",
  ];
  test("a cited document whose issuer's name holds a comma ('… của Trường Đại học A, Đại học Quốc gia B về việc ban hành …') is legal grounds", () => {
    const tasks = run(
      [
        "Căn cứ Quyết định số 31/QĐ-ĐHAB ngày 06 tháng 11 năm 2023 của Trường Đại học An Bình, Đại học Quốc gia Hà Nội về việc ban hành quy chế thi.",
        "Căn cứ Thông báo số 20/TB-ĐHAB ngày 4 tháng 12 năm 2024 của Trường Đại học An Bình, Đại học Quốc gia Hà Nội về Kế hoạch tổ chức thi năm 2025.",
      ],
      NOTICE,
    );
    expect(tasks).toEqual([]);
  });
  test("a negated duty ('…, Nhà trường không tổ chức thi …') states a rule", () => {
    const tasks = run(
      [
        "1. Kế hoạch tổ chức thi",
        "* Lưu ý:",
        "- Nếu số lượng đăng ký dự thi dưới 10 thí sinh, Nhà trường không tổ chức thi đối với ngoại ngữ đó.",
      ],
      NOTICE,
    );
    expect(tasks).toEqual([]);
  });
});

describe("synthetic: a school's notice to candidates and students", () => {
  const NOTICE = [
    "TRƯỜNG ĐẠI HỌC AN BÌNH",
    "Số: 21/TB-ĐHAB",
    "Hà Nội, ngày 05 tháng 12 năm 2024",
    "THÔNG BÁO",
    "Kế hoạch thi",
  ];
  test("candidates and students are the owners of their duties ('Thí sinh xem …', 'Khi đi thi, thí sinh phải mang …')", () => {
    const tasks = run(
      [
        "5. Thông tin về kỳ thi",
        "- Thí sinh xem lịch thi chi tiết trên trang tin của Trường trong vòng 5 ngày trước ngày thi.",
        "- Khi đi thi, thí sinh phải mang giấy tờ tùy thân bản gốc.",
        "- Sinh viên nộp phiếu đăng ký về Phòng Đào tạo trước ngày 20/12/2024.",
      ],
      NOTICE,
    );
    expect(tasks.map((t) => t.owner)).toEqual(["Thí sinh", "thí sinh", "Sinh viên"]);
  });
  test("a deadline label that names its work ('- Thời hạn nộp hồ sơ: Từ 9/12/2024 đến 13/12/2024') is a task due then", () => {
    const tasks = run(
      [
        "1. Kế hoạch tổ chức thi",
        "- Ngày thi: 04/01/2025",
        "- Thời hạn nộp hồ sơ và lệ phí thi trực tuyến: Từ 9/12/2024 đến 13/12/2024",
      ],
      NOTICE,
    );
    expect(tasks.map((t) => [t.text.slice(0, 20), t.deadline?.date])).toEqual([["Thời hạn nộp hồ sơ v", "2024-12-13"]]);
  });
  test("'Hạn đăng ký và nộp hồ sơ: trước 17h00 …' too, even among requirements; a limitation ('Hạn chế: …') is no deadline label", () => {
    const tasks = run(
      [
        "4. Yêu cầu cụ thể:",
        "- Hạn đăng ký và nộp hồ sơ cấp trường: trước 17h00 ngày 10/12/2024 (để nộp cấp Thành phố).",
        "- Hạn chế: Một số đơn vị đăng ký chậm, hồ sơ chưa đầy đủ.",
      ],
      NOTICE,
    );
    expect(tasks.map((t) => [t.text.slice(0, 20), t.deadline?.date, t.deadline?.time])).toEqual([
      ["Hạn đăng ký và nộp h", "2024-12-10", "17:00"],
    ]);
  });
});

describe("synthetic: a request whose list only explains ('… đề nghị X chỉ đạo …, cụ thể như sau:' over facts) is the task", () => {
  const LETTER = [
    "BỘ AN BÌNH",
    "Số: 100/BAB-VP",
    "Hà Nội, ngày 21 tháng 11 năm 2025",
    "Kính gửi: Bộ Văn hóa, Thể thao và Du lịch",
  ];
  test("the request is the task, the facts under it are not", () => {
    const tasks = run(
      [
        "Thời gian gần đây, trên mạng xã hội xuất hiện thông tin sai lệch. Bộ An Bình trân trọng đề nghị Bộ Văn hóa, Thể thao và Du lịch chỉ đạo các cơ quan báo chí định hướng thông tin đúng, cụ thể như sau:",
        "1. Trong thời gian qua, nước ta đã sắp xếp đơn vị hành chính các cấp.",
        "2. Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương.",
      ],
      LETTER,
    );
    expect(tasks.map((t) => t.owner)).toEqual(["Bộ Văn hóa, Thể thao và Du lịch"]);
  });
  test("a request whose list holds tasks hands them out and is not a task itself", () => {
    const tasks = run(
      [
        "Bộ An Bình đề nghị Bộ Văn hóa, Thể thao và Du lịch thực hiện các nội dung sau:",
        "1. Chỉ đạo các cơ quan báo chí định hướng thông tin đúng.",
        "2. Tổ chức kiểm tra, xử lý thông tin sai lệch.",
      ],
      LETTER,
    );
    expect(tasks.map((t) => t.text.slice(0, 10))).toEqual(["Chỉ đạo cá", "Tổ chức ki"]);
  });
});

describe("synthetic: a decision's articles and member list", () => {
  const DECISION = [
    "ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH",
    "Số: 14/QĐ-UBND",
    "An Bình, ngày 31 tháng 12 năm 2025",
    "QUYẾT ĐỊNH",
    "Về việc thành lập Ban bầu cử",
  ];
  test("an article that gives a body work ('Điều 2. Ban bầu cử thực hiện …') is a task; the act itself, the members and the term are not", () => {
    const tasks = run(
      [
        "QUYẾT ĐỊNH:",
        "Điều 1. Thành lập Ban bầu cử đại biểu Hội đồng nhân dân phường An Bình ở đơn vị bầu cử số 1, gồm:",
        "1. Ông Nguyễn Văn An, Phó Chủ tịch Ủy ban nhân dân Phường, Trưởng ban;",
        "2. Mời bà Trần Thị Bình, Công chức Ủy ban Mặt trận Tổ quốc Việt Nam Phường, Ủy viên;",
        "Điều 2. Ban bầu cử thực hiện nhiệm vụ, quyền hạn theo quy định của Luật Bầu cử và báo cáo định kỳ với Ủy ban bầu cử Phường.",
        "Ban bầu cử hết nhiệm vụ sau khi Ủy ban bầu cử Phường công bố kết quả bầu cử.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
      ],
      DECISION,
    );
    expect(tasks.map((t) => [t.text.slice(0, 20), t.owner])).toEqual([["Điều 2. Ban bầu cử t", "Ban bầu cử"]]);
  });
});

test("synthetic: a member list ('… gồm các ông, bà có tên sau đây:') holds members, not tasks", () => {
  const tasks = run([
    "Điều 1. Thành lập Tổ công tác, gồm các ông, bà có tên sau đây:",
    "1. Ông Nguyễn Văn An, Phó Chủ tịch Ủy ban nhân dân Phường, Tổ trưởng;",
    "2. Mời bà Trần Thị Bình, Công chức Ủy ban Mặt trận Tổ quốc Việt Nam Phường, Tổ viên;",
  ]);
  expect(tasks).toEqual([]);
});

test("synthetic: a title on a line of its own ('- Nội dung giám sát của chủ chương trình') is no task; its items are", () => {
  const tasks = run([
    "III. NỘI DUNG GIÁM SÁT, ĐÁNH GIÁ",
    "- Nội dung giám sát của chủ chương trình",
    "+ Theo dõi, kiểm tra công tác quản lý Chương trình.",
    "+ Nội dung theo dõi",
    "- Nội dung kiểm tra",
  ]);
  expect(tasks.map((t) => t.text)).toEqual(["Theo dõi, kiểm tra công tác quản lý Chương trình."]);
});

test("synthetic: a meeting or a contest ('Hội nghị …', 'Hội thi …') is no body", () => {
  const tasks = run([
    "Hội nghị toàn quốc công tác văn phòng tỉnh uỷ, thành uỷ năm 2025 tổ chức ngày 26/11/2025 đã thống nhất đánh giá kết quả hoạt động và phương hướng nhiệm vụ thời gian tới.",
    "Hội thi tìm hiểu pháp luật tổ chức thành công, thu hút đông đảo người tham gia.",
  ]);
  expect(tasks).toEqual([]);
});

test("synthetic: a plan's 'Phương án tổ chức …' heading holds the work of each phase, even under a scope heading", () => {
  const tasks = run([
    "III. PHẠM VI, ĐỐI TƯỢNG, PHƯƠNG ÁN HỖ TRỢ",
    "1. Phạm vi: Toàn bộ các xã, phường bị ảnh hưởng.",
    "2. Phương án tổ chức cấp phát",
    "- Giai đoạn khẩn cấp (0-48 giờ): Tổ chức lực lượng, phương tiện tiếp cận ngay các vùng ngập sâu.",
    "- UBND xã, phường thực hiện trực ban phòng chống thiên tai 24/24.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 20))).toEqual(["Giai đoạn khẩn cấp (", "UBND xã, phường thực"]);
});

test("synthetic: a forward-looking directive ('Trong thời gian tới, Tỉnh tổ chức …') is a task under an assessment heading", () => {
  const tasks = run([
    "I. ĐÁNH GIÁ CHUNG",
    "Biểu dương tinh thần nỗ lực của Đảng bộ, chính quyền và nhân dân tỉnh trong thời gian qua.",
    "Trong thời gian tới, Tỉnh tổ chức thực hiện nghiêm túc nhiệm vụ, chỉ tiêu Trung ương giao.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Tỉnh"]);
});

describe("synthetic: 'Yêu cầu đối với <bên>' titles the duties of that party", () => {
  const GUIDE = [
    "TRƯỜNG ĐẠI HỌC AN BÌNH",
    "Số: 48/HD-ĐHAB",
    "Hà Nội, ngày 20 tháng 5 năm 2025",
    "HƯỚNG DẪN",
    "Thực tập",
  ];
  test("its work lines are the party's tasks; a requirement on a thing stays no task", () => {
    const tasks = run(
      [
        "4. Yêu cầu đối với cơ sở thực tập",
        "- Cơ sở thực tập phải đáp ứng được yêu cầu nội dung đào tạo chuyên môn nghiệp vụ.",
        "7. Yêu cầu đối với sinh viên",
        "- Thực hiện kế hoạch, nhật ký thực tập đầy đủ, đáp ứng tiến độ.",
        "- Nộp phiếu xác nhận hoàn thành thực tập (Phụ lục 4)",
        "8. Yêu cầu về giảng viên hướng dẫn",
        "- Số lượng sinh viên hướng dẫn: Tối đa 15 sinh viên mỗi đợt thực tập.",
        "- Điều kiện giảng viên hướng dẫn: Đáp ứng các yêu cầu về kinh nghiệm giảng dạy.",
        "- Nội dung hướng dẫn:",
        "+ Duyệt đề tài, đề cương sơ bộ và chi tiết.",
        "- Lập danh sách sinh viên thực tập và cơ sở thực tập (Phụ lục 2).",
      ],
      GUIDE,
    );
    expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
      ["Thực hiện kế", "sinh viên"],
      ["Nộp phiếu xá", "sinh viên"],
      ["Duyệt đề tài", "giảng viên hướng dẫn"],
      ["Lập danh sác", "giảng viên hướng dẫn"],
    ]);
  });
});

describe("synthetic: partners and things are no owners", () => {
  test("under an agency heading, a line that opens with 'Phối hợp UBND các xã, phường …' is the agency's, the bodies partners", () => {
    const tasks = run([
      "V. TỔ CHỨC THỰC HIỆN",
      "1. Sở Công Thương",
      "- Phối hợp Bộ Chỉ huy Quân sự tỉnh và UBND các xã, phường tổ chức vận chuyển hàng hóa đến các điểm cấp phát.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Sở Công Thương"]);
  });
  test("'+ Các thông số: Độ mặn, pH …' names what is measured", () => {
    const tasks = run([
      "II. NỘI DUNG",
      "1. Quan trắc môi trường nước tại các vùng nuôi",
      "- Thực hiện quan trắc tại 07 cửa sông cấp nước cho vùng nuôi tôm.",
      "+ Các thông số: Độ mặn, pH, oxy hòa tan, tần suất 02 lần/tháng.",
    ]);
    expect(tasks.every((t) => t.owner !== "Các thông số")).toBe(true);
  });
  test("(round 14) a table's unit line ('Đơn vị tính: Nghìn đồng/người học/tháng.') is no task; a unit that works is", () => {
    const tasks = run([
      "Điều 1. Quy định mức học phí đối với cơ sở giáo dục công lập và mức hỗ trợ học phí đối với trẻ em, học sinh",
      "1. Mức học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông công lập như sau:",
      "Đơn vị tính: Nghìn đồng/người học/tháng.",
      "Điều 2. Đơn vị sự nghiệp công lập báo cáo kết quả thu học phí về Sở Giáo dục và Đào tạo trước ngày 15/12/2025.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Đơn vị sự nghiệp công lập"]);
  });
});

test("synthetic: a topic item that restates a proposal ('Về đề nghị …: Bộ X nghiên cứu …') is owned by the body its answer names", () => {
  const tasks = run([
    "II. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA THÀNH PHỐ",
    "1. Về đề nghị ban hành cơ chế tiền lương: Bộ Nội vụ nghiên cứu đề xuất của Thành phố trong quá trình xây dựng văn bản.",
    "2. Về đề nghị các bộ, ngành sớm ban hành văn bản hướng dẫn: Ủy ban nhân dân Thành phố tiếp tục rà soát các nội dung phân cấp.",
    "3. Về việc phê duyệt Chương trình: Các bộ thống nhất một cơ quan chủ trì; giao Bộ Tài chính hoàn thiện hồ sơ.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Bộ Nội vụ", "Ủy ban nhân dân Thành phố", "Bộ Tài chính"]);
});

describe("synthetic: clauses of the document itself are no tasks", () => {
  test("the effect clause ('Văn bản này có hiệu lực kể từ ngày ký …') and principles ('Nguyên tắc …: Bảo đảm …')", () => {
    const tasks = run([
      "12. Tổ chức thực hiện",
      "- Văn bản này có hiệu lực kể từ ngày ký và thay thế các văn bản trước đây.",
      "- Nguyên tắc tổ chức hiệp thương: Bảo đảm dân chủ, công khai, minh bạch, đúng quy trình.",
      "- Các đơn vị báo cáo Ban Giám hiệu những vướng mắc phát sinh.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Các đơn vị"]);
  });
  test("a scope heading with a time field under it ('II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN') is no task", () => {
    const tasks = run([
      "II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN",
      "- Thời gian thực hiện: Từ nay đến hết năm 2025.",
    ]);
    expect(tasks).toEqual([]);
  });
});

describe("synthetic: a later sentence that names a new body at work after an opener ('Trên cơ sở đó, Bộ X …') is its task", () => {
  test("an item under a lead-in splits at it, each part with its own date", () => {
    const tasks = run([
      "1. Đề nghị các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ thực hiện các nội dung sau:",
      "- Khẩn trương hoàn thiện các báo cáo về cắt giảm thủ tục hành chính. Các báo cáo trên gửi Bộ Tư pháp trước ngày 05 tháng 12 năm 2025. Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 10 tháng 12 năm 2025.",
    ]);
    expect(tasks.map((t) => [t.owner, t.deadline?.date])).toEqual([
      ["các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ", "2025-12-05"],
      ["Bộ Tư pháp", "2025-12-10"],
    ]);
  });
  test("a paragraph that opens with a statement ('… là nhiệm vụ quan trọng.') is not cut from its request", () => {
    const tasks = run([
      "II. NHIỆM VỤ",
      "1. Sở Công Thương",
      "Phát triển các cụm công nghiệp là nhiệm vụ quan trọng. Ủy ban nhân dân tỉnh yêu cầu Lãnh đạo các sở, ngành nêu cao tinh thần trách nhiệm, chủ động, quyết liệt.",
    ]);
    expect(tasks).toHaveLength(1);
  });
});

test("synthetic: a state named by a noun ('Tình hình huy động vốn.', 'Việc chấp hành …', 'Mức độ đạt được …') with nobody to act is content, not a task", () => {
  const tasks = run([
    "II. NỘI DUNG GIÁM SÁT",
    "Tình hình huy động, phân bổ và sử dụng nguồn vốn.",
    "Việc chấp hành các biện pháp xử lý của chủ chương trình.",
    "Mức độ đạt được kết quả thực hiện mục tiêu so với kế hoạch hằng năm.",
    "Báo cáo và đề xuất phương án xử lý khó khăn, vướng mắc.",
    "Việc giám sát phải bảo đảm đúng quy định; Sở Tài chính chủ trì tổng hợp kết quả.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 12))).toEqual(["Báo cáo và đ", "Việc giám sá"]);
});

test("synthetic: the closing formula 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo …/.' is no task", () => {
  const tasks = run(
    [
      "III. TỔ CHỨC THỰC HIỆN",
      "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo Sở Công Thương để xem xét, giải quyết./.",
      "Nơi nhận:",
      "- Lưu: VT.",
    ],
    ["SỞ CÔNG THƯƠNG", "Số: 12/KH-SCT", "Lào Cai, ngày 05 tháng 6 năm 2026", "KẾ HOẠCH", "Tên kế hoạch"],
  );
  expect(tasks).toEqual([]);
});

describe("synthetic: a procedure's step names its actor in lower case after an opener ('Trên cơ sở …, doanh nghiệp tổng hợp …')", () => {
  const header = [
    "BỘ LAO ĐỘNG",
    "Số: 10/2026/TT-BLĐ",
    "Hà Nội, ngày 10 tháng 3 năm 2026",
    "THÔNG TƯ",
    "Hướng dẫn hỗ trợ",
  ];
  test("the generic actors of a legal procedure, after a ground, a time frame or a due day", () => {
    const tasks = run(
      [
        "Điều 5. Trình tự thực hiện",
        "1. Trên cơ sở đề nghị của người lao động, doanh nghiệp tổng hợp danh sách gửi cơ quan bảo hiểm xã hội.",
        "2. Trong 03 ngày làm việc, kể từ ngày nhận được danh sách, cơ quan bảo hiểm xã hội xác nhận việc tham gia bảo hiểm.",
        "3. Trước ngày 10 hằng tháng, người sử dụng lao động gửi hồ sơ đến Ủy ban nhân dân cấp huyện.",
        "4. Người sử dụng lao động niêm yết công khai danh sách tại nơi làm việc.",
        "5. Nhà thầu, nhà đầu tư có trách nhiệm nộp chi phí trong thời hạn quy định.",
      ],
      header,
    );
    expect(tasks.map((t) => t.owner)).toEqual([
      "doanh nghiệp",
      "cơ quan bảo hiểm xã hội",
      "người sử dụng lao động",
      "Người sử dụng lao động",
      "Nhà thầu, nhà đầu tư",
    ]);
  });
  test("but not a verb after the opener, nor a lower-case body in a rule that sets no work", () => {
    const tasks = run(
      [
        "Điều 6. Tổ chức thực hiện",
        "1. Trên cơ sở kết quả rà soát, tổ chức kiểm tra việc chi trả tại các doanh nghiệp.",
        "2. Doanh nghiệp được hỗ trợ tối đa 03 tháng.",
      ],
      header,
    );
    expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([["Trên cơ sở k", null]]);
  });
});

test("synthetic: 'Nhóm giải pháp về …' titles a group of solutions, while 'Nhóm công tác …' is a body that works", () => {
  const tasks = run([
    "IV. NHIỆM VỤ, GIẢI PHÁP",
    "1. Nhóm giải pháp về tuyên truyền, nâng cao nhận thức",
    "- Tuyên truyền, phổ biến rộng rãi tới các bộ, ngành về tầm quan trọng của Đề án.",
    "2. Nhóm công tác liên ngành kiểm tra việc thực hiện tại các địa phương.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["Tuyên truyền", null],
    ["Nhóm công tá", "Nhóm công tác liên ngành"],
  ]);
});

describe("synthetic: an amending circular quotes the articles it writes in", () => {
  const header = [
    "NGÂN HÀNG NHÀ NƯỚC",
    "Số: 13/2026/TT-NHNN",
    "Hà Nội, ngày 19 tháng 5 năm 2026",
    "THÔNG TƯ",
    "Sửa đổi",
  ];
  test("'“Điều 22. Trách nhiệm của …' heads its items as the article would unquoted", () => {
    const tasks = run(
      [
        "Điều 10. Sửa đổi, bổ sung Điều 22",
        "“Điều 22. Trách nhiệm của Ngân hàng Nhà nước chi nhánh",
        "1. Tiếp nhận hồ sơ, chấp thuận hoặc không chấp thuận đối với các nội dung theo thẩm quyền.",
        "2. Tiếp nhận báo cáo của tổ chức tín dụng phi ngân hàng theo quy định tại Thông tư này.”.",
      ],
      header,
    );
    expect(tasks.map((t) => [t.text.slice(0, 14), t.owner])).toEqual([
      ["Tiếp nhận hồ s", "Ngân hàng Nhà nước chi nhánh"],
      ["Tiếp nhận báo ", "Ngân hàng Nhà nước chi nhánh"],
    ]);
  });
  test("a quoted clause's number is its marker: '“3. Trong thời hạn …, Ngân hàng Nhà nước chi nhánh thông báo …'", () => {
    const tasks = run(
      [
        "Điều 5. Sửa đổi khoản 3 Điều 8",
        "“3. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được báo cáo, Ngân hàng Nhà nước chi nhánh thông báo bằng văn bản cho tổ chức tín dụng.”.",
      ],
      header,
    );
    expect(tasks.map((t) => [t.text.slice(0, 14), t.owner])).toEqual([
      ["Trong thời hạn", "Ngân hàng Nhà nước chi nhánh"],
    ]);
  });
});

test("synthetic: 'Trách nhiệm của <name>' names the body however long its name and whatever verbs it holds", () => {
  const tasks = run(
    [
      "Điều 23. Trách nhiệm của các Vụ, Cục trong Ngân hàng Nhà nước",
      "1. Trách nhiệm của Cục Quản lý, giám sát tổ chức tín dụng",
      "a) Gửi Ngân hàng Nhà nước chi nhánh văn bản chấp thuận đối với các nội dung theo thẩm quyền.",
      "Điều 24. Trách nhiệm của Ngân hàng Nhà nước chi nhánh nơi tổ chức tín dụng phi ngân hàng đặt trụ sở chi nhánh, văn phòng đại diện, đơn vị sự nghiệp",
      "1. Tiếp nhận hồ sơ, chấp thuận hoặc không chấp thuận đối với các nội dung theo thẩm quyền.",
      "Điều 25. Kết quả thực hiện của năm trước",
      "Các đơn vị đã hoàn thành việc rà soát hồ sơ.",
    ],
    ["NGÂN HÀNG NHÀ NƯỚC", "Số: 13/2026/TT-NHNN", "Hà Nội, ngày 19 tháng 5 năm 2026", "THÔNG TƯ", "Quy định"],
  );
  expect(tasks.map((t) => t.owner)).toEqual([
    "Cục Quản lý, giám sát tổ chức tín dụng",
    "Ngân hàng Nhà nước chi nhánh nơi tổ chức tín dụng phi ngân hàng đặt trụ sở chi nhánh, văn phòng đại diện, đơn vị sự nghiệp",
  ]);
});

test("synthetic: a short label over bullets ('- Cấp độ phổ quát:') is no task; a body's label still hands out the lines under it", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Bồi dưỡng kiến thức về hội nhập quốc tế cho cán bộ, công chức.",
    "- Cấp độ phổ quát:",
    "+ Bồi dưỡng về thể chế, các xu thế chủ đạo của quan hệ quốc tế.",
    "2. Tổ chức thực hiện",
    "- Sở Ngoại vụ:",
    "+ Xây dựng tài liệu bồi dưỡng trước ngày 30/12/2025.",
  ]);
  expect(tasks.some((t) => t.text.startsWith("Cấp độ"))).toBe(false);
  expect(tasks.find((t) => t.text.startsWith("Xây dựng tài liệu"))?.owner).toBe("Sở Ngoại vụ");
});

test("synthetic: money and planning verbs end an owner's name ('… tạm ứng', '… quyết toán', '… lồng ghép', '… xác định')", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Cục Kế hoạch và tài chính tạm ứng kinh phí của quý trước cho Bảo hiểm xã hội.",
    "2. Công an các đơn vị, địa phương quyết toán kinh phí khám bệnh, chữa bệnh hằng năm.",
    "3. Sở Giáo dục và Đào tạo lồng ghép nội dung giáo dục giới tính vào chương trình ngoại khóa.",
    "4. Mỗi sở, ban, ngành xác định một số bài toán lớn cần giải quyết.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Cục Kế hoạch và tài chính",
    "Công an các đơn vị, địa phương",
    "Sở Giáo dục và Đào tạo",
    "Mỗi sở, ban, ngành",
  ]);
});

test("synthetic: a regulation's article of what it covers ('Điều 3. Nội dung …') lists things; its verbless lines are no tasks", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Quy định này quy định hoạt động tư vấn, phản biện của các hội.",
      "Điều 2. Trách nhiệm thực hiện",
      "Sở Khoa học và Công nghệ có trách nhiệm hướng dẫn các hội lập hồ sơ đề nghị tư vấn.",
      "Điều 3. Nội dung tư vấn, phản biện",
      "1. Quy hoạch tổng thể phát triển kinh tế - xã hội của tỉnh; quy hoạch vùng.",
      "2. Kế hoạch 05 năm phát triển kinh tế - xã hội của tỉnh.",
      "3. Tổ chức lấy ý kiến chuyên gia đối với các dự thảo nghị quyết của tỉnh.",
    ],
    ["UBND TỈNH BÌNH AN", "Số: 81/2025/QĐ-UBND", "Bình An, ngày 10 tháng 3 năm 2025", "QUY ĐỊNH", "Tư vấn, phản biện"],
  );
  expect(tasks.map((t) => t.text.slice(0, 12))).toEqual(["Sở Khoa học ", "Tổ chức lấy "]);
});

test("synthetic: a regulation's article that hands out no duties ('Điều 3. Mức đóng …') states rules; a duty article's lines stay work", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Thông tư này quy định mức đóng bảo hiểm y tế của cán bộ.",
      "Điều 3. Mức đóng, trách nhiệm đóng bảo hiểm y tế",
      "1. Mức đóng bảo hiểm y tế hằng tháng như sau:",
      "a) Bằng 4,5% tiền lương tháng đối với đối tượng quy định tại điểm a khoản 1 Điều 2;",
      "b) Bằng 4,5% mức tham chiếu đối với các đối tượng còn lại.",
      "Điều 7. Tổ chức thực hiện",
      "1. Công tác tuyên truyền về bảo hiểm y tế trong toàn lực lượng.",
    ],
    ["BỘ CÔNG AN", "Số: 81/2025/TT-BCA", "Hà Nội, ngày 29 tháng 8 năm 2025", "THÔNG TƯ", "Bảo hiểm y tế"],
  );
  expect(tasks.map((t) => t.text.slice(0, 12))).toEqual(["Công tác tuy"]);
});

describe("synthetic: 'Các/Những <thing> …' names no body; the body after the topic's comma works", () => {
  test("'Các chương trình, đề án, …', 'Các dự thảo văn bản …' are no owners", () => {
    const tasks = run([
      "II. NHIỆM VỤ",
      "1. Các chương trình, đề án, dự án khác thuộc thẩm quyền của các cơ quan thấy cần thiết phải lấy ý kiến.",
      "2. Các dự thảo văn bản quy phạm pháp luật của tỉnh được Chủ tịch UBND tỉnh giao thực hiện phản biện.",
      "3. Sở Tư pháp tổng hợp các dự thảo văn bản gửi Hội đồng trước ngày 15/12/2025.",
    ]);
    // In a task section they stay as lines to review, but with no owner made up from the thing they name.
    expect(tasks.map((t) => t.owner)).toEqual([null, null, "Sở Tư pháp"]);
  });
  test("'Những kiến nghị thuộc thẩm quyền của Văn phòng, lãnh đạo Văn phòng sẽ …': the role after the comma", () => {
    const tasks = run([
      "II. NHIỆM VỤ",
      "Những kiến nghị thuộc thẩm quyền của Văn phòng Tỉnh ủy, lãnh đạo Văn phòng sẽ chỉ đạo giải quyết dứt điểm.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["lãnh đạo Văn phòng"]);
  });
});

test("synthetic: 'Thời gian tiếp nhận hồ sơ chậm nhất đến hết ngày …' under a step is that step's deadline", () => {
  const tasks = run([
    "Điều 7. Trình tự thực hiện",
    "1. Người dân lập đề nghị gửi doanh nghiệp.",
    "2. Doanh nghiệp gửi hồ sơ đến Ủy ban nhân dân cấp huyện nơi đặt trụ sở chính.",
    "Thời gian tiếp nhận hồ sơ chậm nhất đến hết ngày 15 tháng 12 năm 2025.",
  ]);
  const step = tasks.find((t) => t.text.startsWith("Doanh nghiệp gửi"));
  expect(step?.deadline?.date).toBe("2025-12-15");
  expect(tasks.some((t) => t.text.startsWith("Thời gian"))).toBe(false);
});

test("synthetic: 'Trách nhiệm của cán bộ, chiến sĩ …' (people in lower case) owns the items under it; 'Trách nhiệm của việc …' names no one", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Thông tư này quy định về thẻ bảo hiểm y tế.",
      "Điều 22. Trách nhiệm của cán bộ, chiến sĩ Công an nhân dân",
      "1. Thực hiện đầy đủ các quy định về kê khai cấp, đổi thẻ bảo hiểm y tế.",
      "Điều 23. Trách nhiệm của việc cấp thẻ",
      "1. Thực hiện việc cấp thẻ cho toàn bộ lực lượng.",
    ],
    ["BỘ CÔNG AN", "Số: 81/2025/TT-BCA", "Hà Nội, ngày 29 tháng 8 năm 2025", "THÔNG TƯ", "Bảo hiểm y tế"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["cán bộ, chiến sĩ Công an nhân dân", null]);
});

test("synthetic: the lines under 'Các khoản chi …:' or 'Nội dung và mức chi …:' are what money is spent on; a body named there still works", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Thông tư này quy định quản lý kinh phí ưu đãi người có công.",
      "Điều 5. Chi chế độ ưu đãi",
      "1. Các khoản chi trực tiếp cho người thụ hưởng:",
      "a) Chi hỗ trợ thăm viếng mộ liệt sĩ;",
      "b) Hỗ trợ chi phí báo tử liệt sĩ;",
      "2. Nội dung và mức chi phí quản lý:",
      "a) Chi văn phòng phẩm, in ấn tài liệu phục vụ công tác quản lý: Mức chi theo thực tế;",
      "b) Sở Lao động - Thương binh và Xã hội tổng hợp nhu cầu chi gửi Bộ trước ngày 20 tháng 7 hằng năm.",
    ],
    ["BỘ TÀI CHÍNH", "Số: 44/2022/TT-BTC", "Hà Nội, ngày 21 tháng 7 năm 2022", "THÔNG TƯ", "Kinh phí ưu đãi"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Lao động - Thương binh và Xã hội"]);
});

test("synthetic: a due day that opens a line ('Trước ngày 15 hằng tháng, báo cáo …') comes before the work; a date in a rule does not make it work", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Thông tư này quy định chế độ báo cáo đầu tư công.",
      "Điều 12. Chế độ báo cáo",
      "1. Thời hạn gửi báo cáo",
      "a) Trước ngày 15 hằng tháng, báo cáo ước tình hình giải ngân cả tháng;",
      "b) Trước ngày 10 tháng đầu tiên các quý, báo cáo kết quả giải ngân quý trước;",
      "c) Trước ngày 01/12/2025, mức phí được áp dụng như năm trước.",
    ],
    ["BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "Số: 19/2024/TT-BKHĐT", "Hà Nội, ngày 20 tháng 11 năm 2025", "THÔNG TƯ", "Báo cáo"],
  );
  expect(tasks.map((t) => t.text.slice(0, 20))).toEqual(["Trước ngày 15 hằng t", "Trước ngày 10 tháng "]);
  expect(tasks[0].deadline).toMatchObject({ rule: "monthly", date: "2025-12-15" });
});

test("synthetic: a long article title over a paragraph is a title; a one-line article and 'Điều 10. Giao …' still assign work", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Nghị quyết này quy định việc xử lý vướng mắc của dự án BT.",
      "Điều 5. Trách nhiệm của cơ quan có thẩm quyền",
      "a) Chấm dứt hợp đồng trước thời hạn với nhà đầu tư;",
      "Điều 8. Xử lý vướng mắc đối với dự án BT chuyển tiếp phải điều chỉnh báo cáo nghiên cứu khả thi",
      "Trong quá trình xử lý vướng mắc, cơ quan có thẩm quyền xem xét, quyết định việc điều chỉnh dự án.",
      "Điều 9. Tổng hợp báo cáo kết quả xử lý vướng mắc của các dự án BT trước kỳ họp thường lệ của Hội đồng nhân dân tỉnh",
      "Điều 10. Giao Bộ Tài chính hướng dẫn các địa phương thực hiện thống nhất Nghị quyết này trong năm 2026",
      "Hồ sơ gửi về Bộ Tài chính theo quy định.",
    ],
    ["CHÍNH PHỦ", "Số: 16/2026/NQ-CP", "Hà Nội, ngày 07 tháng 4 năm 2026", "NGHỊ QUYẾT", "Xử lý vướng mắc"],
  );
  expect(tasks.map((t) => t.text.slice(0, 22))).toEqual([
    "Chấm dứt hợp đồng trướ",
    "Trong quá trình xử lý ",
    "Điều 9. Tổng hợp báo c",
    "Điều 10. Giao Bộ Tài c",
  ]);
});

test("synthetic: an article that catalogues things ('Điều 2. Danh mục vị trí công tác …') assigns nothing; a body named in it still works", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Thông tư này quy định danh mục vị trí công tác phải định kỳ chuyển đổi.",
      "Điều 2. Danh mục vị trí công tác phải thực hiện định kỳ chuyển đổi",
      "1. Thẩm định dự án.",
      "2. Quản lý quy hoạch.",
      "3. Vụ Tổ chức cán bộ rà soát danh mục này trước ngày 31/12/2025.",
    ],
    ["BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "Số: 18/2022/TT-BKHĐT", "Hà Nội, ngày 08 tháng 8 năm 2022", "THÔNG TƯ", "Danh mục"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Vụ Tổ chức cán bộ"]);
});

test("synthetic: 'Cơ sở giáo dục …' is an institution that works; 'Cơ sở dữ liệu …' is not", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Thông tư này quy định công tác tư vấn nghề nghiệp.",
      "Điều 18. Trách nhiệm của cơ sở giáo dục nghề nghiệp",
      "1. Xây dựng kế hoạch triển khai thực hiện các nội dung theo quy định tại Thông tư này.",
      "Điều 19. Tổ chức thực hiện",
      "1. Cơ sở giáo dục đại học báo cáo kết quả tư vấn về Bộ trước ngày 15/12/2022.",
      "2. Cơ sở dữ liệu quốc gia về giáo dục nghề nghiệp được cập nhật thường xuyên.",
    ],
    ["BỘ LAO ĐỘNG", "Số: 14/2022/TT-BLĐTBXH", "Hà Nội, ngày 30 tháng 8 năm 2022", "THÔNG TƯ", "Tư vấn nghề nghiệp"],
  );
  // The database line stays a line to review in the section, with no owner read from "Cơ sở dữ liệu".
  expect(tasks.map((t) => t.owner)).toEqual(["cơ sở giáo dục nghề nghiệp", "Cơ sở giáo dục đại học", null]);
});

test("synthetic: 'Hết thời hạn … mà … thì <Body> …', 'Khi … thì <Body> …': a condition before the duty, like 'Trường hợp … thì'", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Thông tư này quy định việc quản lý người bị cấm đi khỏi nơi cư trú.",
      "Điều 7. Trách nhiệm quản lý, theo dõi",
      "1. Hết thời hạn 03 ngày kể từ ngày nhận được lệnh mà người bị cấm đi khỏi nơi cư trú không đến trình diện thì Trưởng Công an cấp xã triệu tập người đó đến làm việc.",
      "2. Khi người bị cấm đi khỏi nơi cư trú thay đổi nơi cư trú thì Công an cấp xã nơi quản lý thông báo cho cơ quan đã ra lệnh.",
    ],
    ["BỘ CÔNG AN", "Số: 56/2026/TT-BCA", "Hà Nội, ngày 15 tháng 5 năm 2026", "THÔNG TƯ", "Quản lý"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Trưởng Công an cấp xã", "Công an cấp xã nơi quản lý"]);
});

test("synthetic: 'xét duyệt' and 'thống kê' end an owner's name in lower case; 'Cục Thống kê' stays a name", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Sở Lao động - Thương binh và Xã hội xét duyệt hồ sơ đề nghị của các huyện.",
    "2. Công an cấp xã thống kê số người bị quản lý trên địa bàn.",
    "3. Cục Thống kê tỉnh tổng hợp số liệu gửi Ủy ban nhân dân tỉnh.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Sở Lao động - Thương binh và Xã hội",
    "Công an cấp xã",
    "Cục Thống kê tỉnh",
  ]);
});

test("synthetic: 'Trách nhiệm của người quản trị …' names a person by role, who owns the duties under it", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Quy chế này quy định việc vận hành Cổng thông tin điện tử.",
      "Điều 18. Trách nhiệm của người quản trị vận hành Cổng thông tin điện tử",
      "1. Bảo quản an toàn, bảo mật thông tin tài khoản truy cập quản trị hệ thống.",
      "Điều 19. Trách nhiệm của việc vận hành",
      "1. Bảo đảm hệ thống hoạt động liên tục.",
    ],
    ["UBND TỈNH BẮC NINH", "Số: 80/2025/QĐ-UBND", "Bắc Ninh, ngày 10 tháng 11 năm 2025", "QUY CHẾ", "Cổng thông tin"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["người quản trị vận hành Cổng thông tin điện tử", null]);
});

test("synthetic: a term's definition ('Trình diện là việc …', '… là hoạt động …') is no task; '… là cơ quan đầu mối …' is a duty", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Thông tư này quy định việc quản lý người bị cấm đi khỏi nơi cư trú.",
      "Điều 3. Tổ chức thực hiện",
      "1. Trình diện là việc người bị cấm đi khỏi nơi cư trú đến trụ sở Công an cấp xã theo giấy triệu tập.",
      "2. Hỗ trợ khởi nghiệp là hoạt động thúc đẩy tinh thần khởi nghiệp của người học.",
      "3. Công an tỉnh là cơ quan đầu mối giúp Giám đốc theo dõi việc thực hiện Thông tư này.",
    ],
    ["BỘ CÔNG AN", "Số: 56/2026/TT-BCA", "Hà Nội, ngày 15 tháng 5 năm 2026", "THÔNG TƯ", "Quản lý"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Công an tỉnh"]);
});

test("synthetic: an article of principles ('Điều 2. Nguyên tắc thực hiện') states rules, even verb first; a body named there still works", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Nghị quyết này quy định việc xử lý vướng mắc của dự án BT.",
      "Điều 2. Nguyên tắc thực hiện",
      "1. Bảo đảm đúng thẩm quyền, trình tự, thủ tục theo quy định tại Nghị quyết này.",
      "2. Thực hiện theo kết luận thanh tra đã có hiệu lực thi hành.",
      "3. Bộ Tài chính hướng dẫn các địa phương áp dụng thống nhất các nguyên tắc này.",
    ],
    ["CHÍNH PHỦ", "Số: 16/2026/NQ-CP", "Hà Nội, ngày 07 tháng 4 năm 2026", "NGHỊ QUYẾT", "Xử lý vướng mắc"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Bộ Tài chính"]);
});

test("synthetic: the formula that keeps citations current ('Trường hợp văn bản được dẫn chiếu tại … được sửa đổi … thì áp dụng …') is no task", () => {
  const tasks = run(
    [
      "Điều 1. Phạm vi điều chỉnh",
      "Quyết định này quy định phân cấp quản lý máy móc, thiết bị.",
      "Điều 5. Tổ chức thực hiện",
      "1. Sở Tài chính hướng dẫn các đơn vị thực hiện Quyết định này.",
      "2. Trường hợp văn bản được dẫn chiếu tại Quyết định này được sửa đổi, bổ sung, thay thế thì áp dụng theo văn bản mới.",
      "3. Trường hợp có khó khăn, vướng mắc thì các đơn vị phản ánh về Sở Tài chính để tổng hợp.",
    ],
    ["UBND TỈNH PHÚ THỌ", "Số: 105/2025/QĐ-UBND", "Phú Thọ, ngày 10 tháng 11 năm 2025", "QUYẾT ĐỊNH", "Phân cấp"],
  );
  expect(tasks.map((t) => t.text.slice(0, 14))).toEqual(["Sở Tài chính h", "Trường hợp có "]);
});

test("synthetic: 'Địa phương …', 'Chủ Chương trình …', 'Chủ dự án …', 'Chủ cơ sở …' head a subject", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Địa phương thực hiện nhập kế hoạch đầu tư công trên Hệ thống.",
    "2. Chủ Chương trình đăng tải quyết định lên Hệ thống trong vòng 07 ngày làm việc.",
    "3. Chủ cơ sở giám sát chất lượng nước thải của cơ sở.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Địa phương", "Chủ Chương trình", "Chủ cơ sở"]);
});

test("synthetic: a name before a colon is the whole owner when the work after it opens with an enumerator or 'Trực tiếp' ('X: (i) Chỉ đạo …', 'Đồng chí … - Ủy viên: Trực tiếp chỉ đạo …')", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Giao Sở Nội vụ: (i) Chỉ đạo Phòng Công chức chủ trì rà soát vị trí việc làm; (ii) hướng dẫn các xã.",
    "2. Đồng chí Phó Giám đốc Sở - Phó Trưởng ban: Trực tiếp chỉ đạo công tác tuyên truyền trước bầu cử.",
    "3. Các Sở: Tài chính, Xây dựng chủ trì rà soát các dự án chậm tiến độ.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Sở Nội vụ",
    "Đồng chí Phó Giám đốc Sở - Phó Trưởng ban",
    "Các Sở: Tài chính, Xây dựng",
  ]);
});

test("synthetic: a cadence followed by its work ('…; định kỳ hằng năm đánh giá …, báo cáo Chính phủ, Thủ tướng Chính phủ trước ngày 30 tháng 11 hằng năm') opens no clause of a new body; the item stays one task with its date", () => {
  const tasks = run([
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh:",
    "a) Tăng cường kiểm tra, đôn đốc việc thực hiện Kế hoạch của Chính phủ và của từng bộ, cơ quan, địa phương; định kỳ hằng năm đánh giá tình hình, kết quả thực hiện, báo cáo Chính phủ, Thủ tướng Chính phủ trước ngày 30 tháng 11 hằng năm, đồng thời gửi Bộ Nội vụ để theo dõi.",
    "b) Định kỳ hằng năm, Bộ Tài chính tổng hợp kinh phí thực hiện.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner, t.deadline?.date ?? null])).toEqual([
    ["Tăng cường k", "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh", "2025-11-30"],
    ["Định kỳ hằng", "Bộ Tài chính", "2025-12-31"],
  ]);
});

test("synthetic: 'Trách nhiệm của công chứng viên, nhân viên nghiệp vụ …' names people by their profession ('… viên'), who own the items under it", () => {
  const tasks = run(
    [
      "Điều 23. Trách nhiệm của Hội Công chứng viên và các tổ chức hành nghề công chứng",
      "1. Trách nhiệm của Hội Công chứng viên thành phố",
      "a) Hướng dẫn, giám sát các hội viên thực hiện Quy chế này.",
      "2. Trách nhiệm của kiểm định viên, nhân viên nghiệp vụ của tổ chức kiểm định",
      "a) Cập nhật thông tin, sửa và xóa các thông tin trên Cơ sở dữ liệu.",
      "3. Trách nhiệm của các hoạt động kiểm định",
      "a) Bảo đảm an toàn thông tin trên Cơ sở dữ liệu.",
    ],
    [
      "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
      "Số: 211/2025/QĐ-UBND",
      "Hải Phòng, ngày 18 tháng 11 năm 2025",
      "QUY CHẾ",
      "Quản lý",
    ],
  );
  expect(tasks.map((t) => t.owner)).toEqual([
    "Hội Công chứng viên thành phố",
    "kiểm định viên, nhân viên nghiệp vụ của tổ chức kiểm định",
    "Hội Công chứng viên và các tổ chức hành nghề công chứng",
  ]);
});

test("synthetic: a lead-in whose subject is a role ('Người có thẩm quyền thực hiện chứng thực, công chức … được phân công … có trách nhiệm:') hands its items to that role, verbs and all", () => {
  const tasks = run(
    [
      "Điều 22. Trách nhiệm của Ủy ban nhân dân cấp xã",
      "1. Ủy ban nhân dân cấp xã có trách nhiệm thực hiện việc tra cứu dữ liệu chứng thực.",
      "2. Người có thẩm quyền thực hiện chứng thực, công chức tham mưu làm công tác chứng thực được phân công cập nhật, tra cứu, khai thác và sử dụng thông tin trong Cơ sở dữ liệu có trách nhiệm:",
      "a) Cập nhật thông tin, sửa chữa thông tin đã cập nhật vào Cơ sở dữ liệu; chịu trách nhiệm về tính kịp thời của thông tin;",
      "b) Tham dự các lớp bồi dưỡng, tập huấn kỹ năng khai thác Cơ sở dữ liệu khi được phân công;",
    ],
    [
      "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
      "Số: 211/2025/QĐ-UBND",
      "Hải Phòng, ngày 18 tháng 11 năm 2025",
      "QUY CHẾ",
      "Quản lý",
    ],
  );
  const role =
    "Người có thẩm quyền thực hiện chứng thực, công chức tham mưu làm công tác chứng thực được phân công cập nhật, tra cứu, khai thác và sử dụng thông tin trong Cơ sở dữ liệu";
  expect(tasks.map((t) => t.owner)).toEqual(["Ủy ban nhân dân cấp xã", role, role]);
});

test("synthetic: 'Tổ chức <kind>' before a duty phrase or another body is an organisation, the subject ('a) Tổ chức hành nghề công chứng, Ủy ban nhân dân cấp xã có trách nhiệm …'); 'Tổ chức thực hiện …' stays work", () => {
  const tasks = run([
    "II. TRÁCH NHIỆM",
    "1. Sở Tư pháp chủ trì hướng dẫn việc cập nhật dữ liệu.",
    "2. Tổ chức hành nghề công chứng, Ủy ban nhân dân cấp xã có trách nhiệm cập nhật thông tin ngay trong ngày.",
    "3. Tổ chức dịch vụ chi trả chịu trách nhiệm chi trả đúng hạn cho người hưởng.",
    "4. Tổ chức thực hiện đúng nội dung được ủy quyền, chịu trách nhiệm trước Ủy ban nhân dân tỉnh.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Sở Tư pháp",
    "Tổ chức hành nghề công chứng, Ủy ban nhân dân cấp xã",
    "Tổ chức dịch vụ chi trả",
    null,
  ]);
});

test("synthetic: a right ('Các cơ sở giáo dục được tự chủ quyết định …', 'X được phép …') states a rule; a body 'được giao' still works", () => {
  const tasks = run([
    "Điều 3. Cơ chế tài chính",
    "1. Các cơ sở giáo dục có trách nhiệm tổ chức thu và trả chứng từ thu tiền cho người học.",
    "2. Các cơ sở giáo dục được tự chủ quyết định các khoản chi để cung cấp dịch vụ giáo dục.",
    "3. Các trường được phép sử dụng nguồn thu để chi thường xuyên.",
    "4. Sở Tài chính được giao chủ trì hướng dẫn thực hiện Nghị quyết này.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 14))).toEqual(["Các cơ sở giáo", "Sở Tài chính đ"]);
});

test("synthetic: what a record holds ('Thông tin về cá nhân gồm: họ và tên, …') is a description, not work; 'Lập hồ sơ gồm: …' still is", () => {
  const tasks = run([
    "Điều 5. Cập nhật thông tin ngăn chặn",
    "1. Sở Tư pháp cập nhật thông tin ngăn chặn vào Cơ sở dữ liệu.",
    "a) Thông tin chung gồm: số ký hiệu văn bản, trích yếu văn bản; ngày, tháng, năm ban hành.",
    "b) Thông tin tài sản là quyền sử dụng đất, gồm: Người sử dụng đất, số Giấy chứng nhận, diện tích.",
    "c) Lập hồ sơ đề nghị gồm: đơn đề nghị, bản sao giấy chứng nhận.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 14))).toEqual(["Sở Tư pháp cập", "Lập hồ sơ đề n"]);
});

test("synthetic: an article that delegates powers ('Điều 1. Ủy quyền cho Giám đốc Sở … thực hiện …:') lists powers, not work; the next article's duties still are tasks", () => {
  const tasks = run(
    [
      "Điều 1. Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ thực hiện giải quyết thủ tục hành chính sau:",
      "1. Cấp giấy chứng nhận đăng ký hoạt động thử nghiệm.",
      "2. Điều chỉnh quyết định chứng nhận chuẩn đo lường.",
      "3. Thu hồi giấy chứng nhận đăng ký hoạt động của tổ chức.",
      "Điều 2. Trách nhiệm của Giám đốc Sở Khoa học và Công nghệ",
      "1. Tổ chức thực hiện đúng nội dung trong phạm vi được ủy quyền.",
    ],
    [
      "ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
      "Số: 145/2025/QĐ-UBND",
      "Thanh Hóa, ngày 20 tháng 11 năm 2025",
      "QUYẾT ĐỊNH",
      "Ủy quyền",
    ],
  );
  expect(tasks.map((t) => t.text.slice(0, 14))).toEqual(["Tổ chức thực h"]);
});

test("synthetic: after an opener's comma a cadence may come before the subject ('Căn cứ vào dự toán được Sở X giao, hàng tháng Phòng Y lập …')", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Căn cứ vào dự toán được Sở Lao động - Thương binh và Xã hội giao, hàng tháng Phòng Lao động - Thương binh và Xã hội lập danh sách chi trả trợ cấp.",
    "2. Căn cứ kết quả rà soát, định kỳ hằng quý Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Phòng Lao động - Thương binh và Xã hội", "Sở Tài chính"]);
});

test("synthetic: a duty lead-in after its time ('Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm:') is no task; its items take its body and its cycle; a section 'NHIỆM VỤ HẰNG NĂM' dates nothing", () => {
  const tasks = run(
    [
      "Điều 7. Đề xuất dự án đầu tư",
      "1. Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm:",
      "a) Rà soát, lập danh mục các dự án xây dựng các công trình hạ tầng trên địa bàn.",
      "b) Có văn bản đề xuất chủ trương giao chủ đầu tư dự án.",
      "2. Trước ngày 15 tháng 7 hằng năm, Sở Tài chính có trách nhiệm:",
      "a) Tổng hợp danh mục các dự án.",
      "II. NHIỆM VỤ HẰNG NĂM",
      "1. Sở Xây dựng kiểm tra chất lượng công trình.",
    ],
    [
      "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI",
      "Số: 70/2025/NQ-HĐND",
      "Hà Nội, ngày 27 tháng 11 năm 2025",
      "NGHỊ QUYẾT",
      "Hạ tầng",
    ],
  );
  expect(tasks.map((t) => [t.text.slice(0, 10), t.owner, t.deadline?.date ?? null])).toEqual([
    ["Rà soát, l", "Ủy ban nhân dân cấp xã", "2026-06-30"],
    ["Có văn bản", "Ủy ban nhân dân cấp xã", "2026-06-30"],
    ["Tổng hợp d", "Sở Tài chính", "2026-07-15"],
    ["Sở Xây dựn", "Sở Xây dựng", null],
  ]);
});

test("synthetic: a numbered line that names a body with its duty and work ('2. Các cơ quan … có trách nhiệm theo dõi, tổng hợp … trước ngày 10/12 hàng năm') is a task, not a title of the lettered items under it, which share its yearly day; 'Hoàn thành mục tiêu … năm 2026' over items still titles them", () => {
  const tasks = run(
    [
      "Điều 10. Trách nhiệm của các cơ quan, đơn vị, địa phương",
      "2. Các cơ quan, đơn vị, địa phương có trách nhiệm theo dõi, tổng hợp các trường hợp vi phạm gửi về Hội đồng Thi đua - Khen thưởng tỉnh trước ngày 10/12 hàng năm",
      "a) Công an tỉnh: Tổng hợp danh sách các cơ quan có người mắc tệ nạn xã hội;",
      "3. Hoàn thành các mục tiêu phát triển trong năm 2026",
      "a) Sở Nội vụ tổng hợp kết quả cải cách hành chính.",
    ],
    [
      "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
      "Số: 86/2025/QĐ-UBND",
      "Bắc Ninh, ngày 03 tháng 12 năm 2025",
      "QUY ĐỊNH",
      "Thi đua",
    ],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.deadline?.date ?? null])).toEqual([
    ["Các cơ quan,", "2025-12-10"],
    ["Công an tỉnh", "2025-12-10"],
    ["Sở Nội vụ tổ", "2026-12-31"],
  ]);
});

test("synthetic: 'X phải thực hiện trách nhiệm sau:' is a duty heading like 'X có trách nhiệm sau:'; 'Tổ chức, cá nhân …' heads it", () => {
  const tasks = run([
    "Điều 15. Quản lý chất thải tại khu vực công cộng",
    "1. Tổ chức, cá nhân quản lý khu vực công cộng có trách nhiệm sau:",
    "a) Bố trí thiết bị lưu chứa chất thải rắn sinh hoạt.",
    "2. Tổ chức, cá nhân có hoạt động kinh doanh dịch vụ ăn uống trong khu vực công cộng phải thực hiện trách nhiệm sau:",
    "a) Ký cam kết với Ban quản lý khu vực công cộng chấp hành nghiêm túc quy định.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Tổ chức, cá nhân quản lý khu vực công cộng",
    "Tổ chức, cá nhân có hoạt động kinh doanh dịch vụ ăn uống trong khu vực công cộng",
  ]);
});

test("synthetic: a lead-in's subject may be a long list of businesses ('Các trung tâm thương mại, siêu thị, … và cơ sở kinh doanh dịch vụ khác phải thực hiện các nội dung sau:')", () => {
  const who =
    "Các trung tâm thương mại, siêu thị, cửa hàng, chợ dân sinh, khách sạn, nhà hàng, quán nước, quán café, quán ăn vỉa hè, cơ sở kinh doanh du lịch và cơ sở kinh doanh dịch vụ khác";
  const tasks = run([
    "II. NHIỆM VỤ",
    "2. Quản lý chất thải nhựa tại các cơ sở kinh doanh, dịch vụ:",
    `${who} phải thực hiện các nội dung sau:`,
    "a) Ký cam kết với Ủy ban nhân dân cấp xã về giảm thiểu rác thải nhựa.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([who]);
});

test("synthetic: how a council works ('Hội đồng hoạt động theo nguyên tắc tập trung, dân chủ …') is a rule, as 'làm việc theo nguyên tắc' is; a body named at work under it still works", () => {
  const tasks = run([
    "Điều 5. Hội đồng Thi đua - Khen thưởng tỉnh",
    "1. Hội đồng hoạt động theo nguyên tắc tập trung, dân chủ, biểu quyết theo đa số.",
    "2. Sở Nội vụ tổng hợp hồ sơ trình Hội đồng xét duyệt.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Nội vụ"]);
});

test("synthetic: a place's definition ('Trạm trung chuyển … là nơi để tiếp nhận …') is no task; 'Sở X là cơ quan đầu mối …' still is", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Trạm trung chuyển chất thải rắn sinh hoạt là nơi để tiếp nhận chất thải được thu gom từ nguồn phát sinh.",
    "2. Sở Nông nghiệp và Môi trường là cơ quan đầu mối theo dõi việc thu gom chất thải.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Nông nghiệp và Môi trường"]);
});

test("synthetic: 'X bao gồm Y, Z …' without a colon is a description too ('Hạ tầng số tỉnh bao gồm hạ tầng viễn thông, …')", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Hạ tầng số tỉnh Bình An bao gồm hạ tầng viễn thông, hạ tầng internet vạn vật, hạ tầng dữ liệu.",
    "2. Sở Khoa học và Công nghệ triển khai các nền tảng số bao gồm nền tảng dữ liệu, nền tảng định danh.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Khoa học và Công nghệ"]);
});

describe("synthetic: a circular signed 'BỘ TRƯỞNG' (no 'KT.', no 'Nơi nhận') with its regulation after the signature", () => {
  const lines = [
    "Điều 1. Ban hành kèm theo Thông tư này Quy chế bảo vệ bí mật nhà nước của Bộ.",
    "Điều 3. Chánh Văn phòng Bộ, người đứng đầu các đơn vị thuộc Bộ chịu trách nhiệm thi hành Thông tư này./.",
    "BỘ TRƯỞNG",
    "Nguyễn Văn A",
    "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "QUY CHẾ",
    "Bảo vệ bí mật nhà nước của Bộ",
    "(Ban hành kèm theo Thông tư số 16/2023/TT-BKHĐT ngày 29 tháng 12 năm 2023)",
    "Điều 20. Trách nhiệm của Văn phòng Bộ",
    "1. Làm đầu mối tổ chức thực hiện công tác bảo vệ bí mật nhà nước của Bộ.",
  ];
  const header = [
    "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
    "Số: 16/2023/TT-BKHĐT",
    "Hà Nội, ngày 29 tháng 12 năm 2023",
    "THÔNG TƯ",
    "Quy chế",
  ];
  test("the signer's title ends the closing; the regulation's duties are read as a body", () => {
    const tasks = run(lines, header);
    expect(tasks.map((t) => [t.text.slice(0, 11), t.owner])).toEqual([["Làm đầu mối", "Văn phòng Bộ"]]);
  });
  test("the national title after a closing starts the attached document even when the signer's title is unknown", () => {
    const tasks = run(
      lines.filter((l) => l !== "BỘ TRƯỞNG"),
      header,
    );
    expect(tasks.map((t) => t.owner)).toEqual(["Văn phòng Bộ"]);
  });
});

test("synthetic: a post's standards ('2. Tiêu chuẩn về năng lực chuyên môn, nghiệp vụ' over 'a) Nắm được …', 'c) Sử dụng thành thạo …') are no work; 'Tiêu chuẩn khen thưởng' over a body's duty still hands it out", () => {
  const tasks = run([
    "Điều 6. Nhân viên tư vấn dịch vụ việc làm hạng IV - Mã số: V.09.06.03",
    "1. Nhiệm vụ",
    "Thực hiện theo Bản mô tả công việc và khung năng lực vị trí việc làm.",
    "2. Tiêu chuẩn về năng lực chuyên môn, nghiệp vụ",
    "a) Nắm được cơ bản các chính sách và hướng dẫn nghiệp vụ về tư vấn, giới thiệu việc làm;",
    "b) Có khả năng ứng dụng công nghệ thông tin để thực hiện nhiệm vụ được giao;",
    "c) Sử dụng thành thạo các phương tiện, thiết bị kỹ thuật phục vụ yêu cầu nhiệm vụ.",
    "3. Tiêu chuẩn về trình độ đào tạo, bồi dưỡng",
    "a) Tốt nghiệp trung cấp trở lên có ngành hoặc chuyên ngành đào tạo phù hợp với lĩnh vực công tác;",
    "II. KHEN THƯỞNG",
    "b) Tiêu chuẩn khen thưởng",
    "Các cơ quan, đơn vị căn cứ thành tích trong Đợt thi đua để bình xét khen thưởng và đề nghị cấp trên khen thưởng.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 12))).toEqual(["Thực hiện th", "Các cơ quan,"]);
});

test("synthetic: work right after a cadence's comma ('2. Hằng năm, tổng hợp …, báo cáo về Tổng cục X, Bộ Y theo chế độ …') has no subject; the article's body owns it; 'Hằng năm, Sở Nội vụ …' still names its own", () => {
  const tasks = run(
    [
      "Điều 9. Trách nhiệm của Sở Lao động - Thương binh và Xã hội",
      "2. Hằng năm, tổng hợp tình hình liên kết đào tạo trên địa bàn báo cáo về Tổng cục Giáo dục nghề nghiệp, Bộ Lao động - Thương binh và Xã hội theo chế độ báo cáo quy định.",
      "3. Hằng năm, Sở Nội vụ tổng hợp kết quả thi đua báo cáo Ủy ban nhân dân tỉnh.",
    ],
    [
      "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
      "Số: 05/2022/TT-BLĐTBXH",
      "Hà Nội, ngày 05 tháng 4 năm 2022",
      "THÔNG TƯ",
      "Liên kết",
    ],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"]);
});

test("synthetic: 'làm đầu mối' ends a body's name as 'là đầu mối' does ('Sở Kế hoạch và Đầu tư làm đầu mối theo dõi …')", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Sở Kế hoạch và Đầu tư làm đầu mối theo dõi, tổng hợp tình hình thực hiện Chương trình.",
    "2. Sở Nông nghiệp và Môi trường làm đầu mối hướng dẫn các xã phân loại chất thải.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Môi trường"]);
});

test("synthetic: the provision that defines a body ('… tại điểm a, b khoản 5 Điều 2 Thông tư này', '… theo quy định tại khoản 2 Điều này') is no part of its name", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Các tổ chức thúc đẩy phát triển kinh doanh bền vững tại điểm a, b khoản 5 Điều 2 Thông tư này báo cáo kết quả hỗ trợ hằng năm.",
    "2. Các đơn vị sự nghiệp theo quy định tại khoản 2 Điều này xây dựng kế hoạch tự chủ tài chính.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Các tổ chức thúc đẩy phát triển kinh doanh bền vững",
    "Các đơn vị sự nghiệp",
  ]);
});

test("synthetic: an item under a lead-in that names its own body before 'hạn chế' ('g) Các siêu thị, … hạn chế cấp phát …') owns it; 'nhằm hạn chế' is a purpose and 'những hạn chế' a noun", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "Các trung tâm thương mại, siêu thị, chợ dân sinh phải thực hiện các nội dung sau:",
    "a) Ký cam kết với Ủy ban nhân dân cấp xã về giảm thiểu rác thải nhựa;",
    "b) Các siêu thị, cửa hàng tiện ích hạn chế cấp phát miễn phí túi ni lông khó phân hủy cho khách hàng.",
    "3. Viện kiểm sát nhân dân tỉnh tăng cường kiến nghị với các ngành có liên quan nhằm hạn chế tối đa sơ hở, thiếu sót.",
    "4. Sở Công Thương khắc phục những hạn chế trong quản lý chợ dân sinh.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Các trung tâm thương mại, siêu thị, chợ dân sinh",
    "Các siêu thị, cửa hàng tiện ích",
    "Viện kiểm sát nhân dân tỉnh",
    "Sở Công Thương",
  ]);
});

test("synthetic: an appendix titled as a form ('Phụ lục I / MẪU BIÊN BẢN …') keeps its national title and 'BIÊN BẢN' inside the appendix: its blanks ('+ Ông (bà)……… chức vụ……') are no work; a later 'Phụ lục II / KẾ HOẠCH' attached document is read again", () => {
  const tasks = run([
    "Điều 5. Trách nhiệm của Vụ Pháp chế",
    "1. Chủ trì tổng hợp danh sách giám định viên tư pháp.",
    "BỘ TRƯỞNG",
    "Nguyễn Văn A",
    "Phụ lục I",
    "MẪU BIÊN BẢN GIAO NHẬN HỒ SƠ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "BIÊN BẢN",
    "GIAO NHẬN HỒ SƠ",
    "Chúng tôi gồm:",
    "1. Đại diện cơ quan trưng cầu giám định:",
    "+ Ông (bà)……………………………… chức vụ……...",
    "Tiến hành giao nhận tài liệu hồ sơ theo yêu cầu của cơ quan trưng cầu giám định.",
    "Phụ lục II",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "KẾ HOẠCH",
    "Triển khai Thông tư",
    "1. Vụ Tổ chức cán bộ rà soát đội ngũ giám định viên, báo cáo Bộ trưởng.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Vụ Pháp chế", "Vụ Tổ chức cán bộ"]);
});

test("synthetic: a heading that is one name with a verb after its comma ('2. Cơ quan Thanh tra, giám sát ngân hàng', 'Các đoàn thể, tổ chức xã hội:') owns the items under it", () => {
  const tasks = run([
    "Điều 9. Trách nhiệm các đơn vị thuộc Ngân hàng Nhà nước",
    "1. Vụ Chính sách tiền tệ",
    "a) Đầu mối xử lý các vướng mắc phát sinh liên quan đến quy định tại Thông tư này.",
    "2. Cơ quan Thanh tra, giám sát ngân hàng",
    "a) Giám sát, thanh tra và xử lý vi phạm theo thẩm quyền đối với Ngân hàng Chính sách xã hội;",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Vụ Chính sách tiền tệ", "Cơ quan Thanh tra, giám sát ngân hàng"]);
});

test("synthetic: a rate applied ('… thì áp dụng tiền chậm nộp theo mức 0,05%/ngày', 'Áp dụng lãi suất bằng …') is a rule, so a letter's request over guidance sections is the task; 'áp dụng các giải pháp' is still work", () => {
  const tasks = run([
    "Luật có hiệu lực thi hành từ ngày 01/7/2016. Bộ Tài chính đề nghị các Cục Thuế phổ biến, tuyên truyền tới người nộp thuế các nội dung mới của Luật như sau:",
    "1. Về mức tiền chậm nộp:",
    "Trường hợp người nộp thuế khai thiếu tiền thuế của kỳ thuế trước ngày 01/7/2016, cơ quan thuế phát hiện qua thanh tra, kiểm tra thì áp dụng tiền chậm nộp theo mức 0,05%/ngày.",
    "Áp dụng lãi suất bằng lãi suất cho vay quá hạn đối với người sử dụng lao động vi phạm.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["các Cục Thuế"]);
  const neighbour = run([
    "II. NHIỆM VỤ",
    "3. Áp dụng các giải pháp cưỡng chế nợ thuế, báo cáo kết quả về Tổng cục Thuế.",
  ]);
  expect(neighbour.map((t) => t.text.slice(0, 20))).toEqual(["Áp dụng các giải phá"]);
});

test("synthetic: a scan's attached document after the recipients ('BO TÀI CHÍNH - BO CONG HOA XÃ HOI …' on one line, a number, an unlisted title ': BẢN THỎA THUẬN …') is read; its closing formula with stray marks ('…./. Al”') asks nothing", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Giao Vụ Chính sách chủ trì triển khai nội dung phối hợp tại điểm 1 Bản Thỏa thuận.",
    "3. Tổ chức thực hiện:",
    "- Giao Vụ DNNCN chủ trì theo dõi việc triển khai các nhiệm vụ của Bản Thỏa thuận.",
    "Tổng cục Thuế thông báo để các Vụ, đơn vị biết và triển khai thực hiện./. Al”",
    "Nơi nhận:",
    "- Lưu VT.",
    "BO TÀI CHÍNH - BO CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM",
    "THONG TIN VÀ TRUYEN THONG Độc lập - Ty đo - Hạnh phúc",
    "Số: 01 /BTT-BTC-BTTTT Hà Nội, ngày 15 tháng 11 năm 2021",
    ": BẢN THỎA THUẬN PHỐI HỢP CÔNG TÁC GIỮA BỘ TÀI CHÍNH VÀ BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
    "Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26/7/2017 của Chính phủ;",
    "III. NỘI DUNG PHỐI HỢP",
    "- Bộ Thông tin và Truyền thông hỗ trợ Bộ Tài chính triển khai khung Kiến trúc Chính phủ điện tử.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Vụ Chính sách", "Vụ DNNCN", "Bộ Thông tin và Truyền thông"]);
});

test("synthetic: the neighbours: a form after the signature ('CỘNG HÒA …' then 'ĐƠN ĐỀ NGHỊ' and its blanks) stays the appendix; an attached 'KẾ HOẠCH' with its subject is read", () => {
  const tasks = run([
    "1. Sở Tài chính chủ trì hướng dẫn thực hiện.",
    "Nơi nhận:",
    "- Lưu VT.",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "ĐƠN ĐỀ NGHỊ",
    "Kính gửi: Sở Tài chính",
    "Tên tổ chức đề nghị: ……………",
    "Tổ chức cam kết thực hiện đúng quy định và báo cáo kết quả về Sở Tài chính.",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "KẾ HOẠCH",
    "Triển khai Quyết định",
    "1. Sở Nội vụ rà soát, báo cáo kết quả.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Tài chính", "Sở Nội vụ"]);
});

test("synthetic: 'Giao X là đơn vị đầu mối (chủ trì, thường trực) …' designates X, as 'là cơ quan …' does; 'X là đơn vị sự nghiệp …' still describes", () => {
  const tasks = run([
    "1. Về đơn vị đầu mối thuộc Tổng cục Thuế",
    "Giao Vụ DNNCN là đơn vị đầu mối của Tổng cục Thuế chịu trách nhiệm theo dõi việc triển khai các nhiệm vụ.",
    "2. Trung tâm Dịch vụ việc làm là đơn vị sự nghiệp công lập trực thuộc Sở Nội vụ.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Vụ DNNCN"]);
});

test("synthetic: in an appendix a report or minutes ('Phụ lục 12.12 / BÁO CÁO GIÁM SÁT DỰ ÁN') is a form to fill in, not an attached document; 'Phụ lục II / KẾ HOẠCH …' still is", () => {
  const tasks = run([
    "Điều 3. Bộ Nông nghiệp và Môi trường hướng dẫn thực hiện Nghị quyết này.",
    "TM. CHÍNH PHỦ",
    "Phụ lục 12.12",
    "BÁO CÁO GIÁM SÁT DỰ ÁN",
    "1. Các thông số được giám sát",
    "2. Tổ chức thực hiện dự án báo cáo kết quả giám sát cho Ủy ban nhân dân cấp tỉnh trong thời hạn 30 ngày.",
    "Phụ lục II",
    "KẾ HOẠCH",
    "Triển khai Nghị quyết",
    "1. Sở Nông nghiệp và Môi trường rà soát, công bố thủ tục hành chính.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Bộ Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"]);
});

test("synthetic: a scan's 'chủ tri' (the grave lost) is 'chủ trì': a heading 'Bộ Công an chủ tri, phối hợp với …' owns its items, and 'Vụ TVQT chủ tri, Vụ TTHT …' ends the name", () => {
  const tasks = run([
    "Thủ tướng Chính phủ yêu cầu:",
    "2. Bộ Công an chủ tri, phối hợp với các bộ, cơ quan liên quan",
    "a) Thúc đẩy triển khai cung cấp dịch vụ xác thực điện tử cho các sàn thương mại điện tử;",
    "3. Vụ TVQT chủ tri, Vụ TTHT phối hợp tổ chức tập huấn cho cán bộ thuế.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Bộ Công an", "Vụ TVQT"]);
});

test("synthetic: 'tiền gửi' is a deposit, not 'gửi' (send): 'Hội đồng quản trị Bảo hiểm tiền gửi Việt Nam có trách nhiệm:' is a duty heading over its items, named whole; 'Sở Tài chính gửi báo cáo …' still sends", () => {
  const tasks = run([
    "Điều 24. Trách nhiệm của Bảo hiểm tiền gửi Việt Nam",
    "2. Hội đồng quản trị Bảo hiểm tiền gửi Việt Nam có trách nhiệm:",
    "a) Tổ chức thực hiện, kiểm tra, giám sát các hoạt động tài chính;",
    "b) Ban hành quy chế nội bộ để quản lý tài sản;",
    "Điều 25. Trách nhiệm của Sở Tài chính",
    "Sở Tài chính gửi báo cáo quyết toán về Bộ Tài chính.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Hội đồng quản trị Bảo hiểm tiền gửi Việt Nam",
    "Hội đồng quản trị Bảo hiểm tiền gửi Việt Nam",
    "Sở Tài chính",
  ]);
});

test("synthetic: a council's seats ('Giám thị làm Chủ tịch; Phó Giám thị phụ trách công tác trinh sát làm Phó Chủ tịch; …') are no work; a seat with its duty ('… làm Trưởng ban, chịu trách nhiệm chỉ đạo chung') still is", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "a) Đối với trại giam: Giám thị làm Chủ tịch; Phó Giám thị phụ trách công tác trinh sát làm Phó Chủ tịch; Đội trưởng Đội Trinh sát làm Thư ký.",
    "b) Giám đốc Sở Tư pháp làm Trưởng ban, chịu trách nhiệm chỉ đạo chung; Phó Giám đốc làm Phó Trưởng ban.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 24))).toEqual(["Giám đốc Sở Tư pháp làm "]);
});

test("synthetic: a lead-in that lists what a text holds ('Quy chế hoạt động của Hội đồng quản lý bao gồm các nội dung chủ yếu sau:', '… gồm:') names no owner, and its noun items are contents; an item with its own work under it still is a task", () => {
  const tasks = run([
    "Điều 12. Quy chế hoạt động của Hội đồng quản lý",
    "2. Quy chế hoạt động của Hội đồng quản lý bao gồm các nội dung chủ yếu sau:",
    "a) Các quy định chung.",
    "b) Chức năng, nhiệm vụ, quyền hạn của Hội đồng quản lý.",
    "c) Hội đồng quản lý gửi quy chế về cơ quan quản lý cấp trên để theo dõi.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Hội đồng quản lý"]);
});

test("synthetic: the lines under '… đạt các tiêu chuẩn sau đây:' or '… có đủ các điều kiện sau:' are standards, even when they open with a verb ('Hoàn thành tốt nhiệm vụ …', 'Tích cực học tập …'); the body that checks them still has a task", () => {
  const tasks = run([
    "Điều 2. Tiêu chuẩn xét tặng danh hiệu “Lao động tiên tiến”",
    "Danh hiệu “Lao động tiên tiến” để xét tặng hằng năm cho cá nhân đạt các tiêu chuẩn sau đây:",
    "1. Hoàn thành tốt nhiệm vụ trở lên dựa trên kết quả đánh giá, xếp loại chất lượng.",
    "2. Tích cực học tập chính trị, văn hóa, chuyên môn, nghiệp vụ.",
    "Điều 3. Nội dung tiêu chí số 3.6",
    "1. Xã đạt nội dung tiêu chí số 3.6 khi có tối thiểu 01 hợp tác xã có đủ các điều kiện sau:",
    "a) Tổ chức, hoạt động theo đúng quy định của Luật Hợp tác xã;",
    "Điều 8. Trách nhiệm thi hành",
    "Vụ Thi đua - Khen thưởng chủ trì thẩm định hồ sơ đề nghị xét tặng danh hiệu.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Vụ Thi đua - Khen thưởng"]);
});

test("synthetic: a scan's programme of parts: the attached programme's title without diacritics ('CHUONG TRÌNH HÀNH ĐỘNG …' under 'CONG HÒA … CHU NGHĨA …'), and each part after the last's closing formula ('…./.', 'Phu luc V', 'DE AN') are read", () => {
  const tasks = run([
    "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động.",
    "Nơi nhận:",
    "- Lưu: VT.",
    "BỘ TÀI CHÍNH CONG HÒA XÃ HỘI CHU NGHĨA VIỆT NAM",
    "CHUONG TRÌNH HÀNH ĐỘNG TRIEN KHAI THỰC HIỆN CHIẾN LƯỢC CẢI CÁCH HỆ THỐNG THUẾ",
    "II. NHIỆM VỤ",
    "1. Tổng cục Thuế rà soát, hoàn thiện quy trình quản lý thuế.",
    "Kinh phí thực hiện Đề án được ngân sách nhà nước bảo đảm theo quy định./.",
    "Phu luc V",
    "BỘ TÀI CHÍNH",
    "DE AN",
    "ĐỔI MỚI CÔNG TÁC GIẢI QUYẾT KHIẾU NẠI VỀ THUẾ",
    "II. NHIỆM VỤ",
    "1. Tổng cục Thuế xây dựng quy trình giải quyết khiếu nại điện tử.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 20))).toEqual(["Tổng cục Thuế rà soá", "Tổng cục Thuế xây dự"]);
});

test("synthetic: a measured target ('Tỷ lệ khai thuế điện tử đạt tối thiểu 98%.', '100% văn bản … được kiểm tra.') is a state to reach, not work, when no body is named; 'Tổng cục Thuế triển khai …, bảo đảm tỷ lệ …' still is", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Đến năm 2025",
    "- Tỷ lệ khai thuế điện tử của người nộp thuế là doanh nghiệp đạt tối thiểu 98%.",
    "- 100% văn bản quy phạm pháp luật do Tổng cục Thuế chủ trì soạn thảo được kiểm tra.",
    "- Tổng cục Thuế triển khai hoàn thuế điện tử, bảo đảm tỷ lệ hồ sơ hoàn thuế điện tử đạt 90%.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Tổng cục Thuế"]);
});

test("synthetic: an item under a period that is over ('a) Năm 2021' in a roadmap issued in 2022) inherits no period, not the farther heading's ('2.1. Đến năm 2025'); 'b) Năm 2023' still gives its year", () => {
  const tasks = run(
    [
      "II. NHIỆM VỤ",
      "2.1. Đến năm 2025",
      "a) Năm 2021",
      "- Hoàn thiện khung khổ pháp lý về thu thập dữ liệu tự động trong nội bộ cơ quan thuế.",
      "b) Năm 2023",
      "- Triển khai thí điểm hóa đơn điện tử có kết nối chuyển dữ liệu với cơ quan thuế.",
    ],
    ["BỘ TÀI CHÍNH", "Số: 2438/QĐ-BTC", "Hà Nội, ngày 22 tháng 11 năm 2022", "QUYẾT ĐỊNH", "Phê duyệt Chương trình"],
  );
  expect(tasks.map((t) => t.deadline?.date ?? null)).toEqual([null, "2023-12-31"]);
});

test("synthetic: a scan's two-word work verb with one word's marks lost or misread ('Bồ sung', 'Xây dụng', 'Dao tạo') opens work; both words changed is another phrase ('Chi đào tạo …: …' is no 'chỉ đạo')", () => {
  const tasks = run([
    "2. Lộ trình thực hiện",
    "a) Năm 2026",
    "- Bồ sung nguồn nhân lực cho công tác thanh tra, kiểm tra thuế.",
    "- Xây dụng và thực hiện cơ chế phối hợp với các đơn vị liên quan.",
    "- Dao tạo nguồn nhân lực cho công tác thanh tra, kiểm tra thuế.",
    "- Chi đào tạo, huấn luyện nghiệp vụ: theo kế hoạch được duyệt.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 9))).toEqual(["Bồ sung n", "Xây dụng ", "Dao tạo n"]);
});

test("synthetic: a numbered title of duties with a final dot ('1. Nhiệm vụ, quyền hạn của Chủ tịch Hội đồng quản lý.') heads the items under it and names their owner, nearer than the article's", () => {
  const tasks = run([
    "Điều 13. Nhiệm vụ, quyền hạn của thành viên Hội đồng quản lý",
    "1. Nhiệm vụ, quyền hạn của Chủ tịch Hội đồng quản lý.",
    "a) Tổ chức việc giám sát và đánh giá kết quả thực hiện mục tiêu chiến lược;",
    "2. Nhiệm vụ, quyền hạn của Thư ký Hội đồng quản lý.",
    "a) Chuẩn bị các báo cáo, văn bản giải trình với cơ quan nhà nước.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Chủ tịch Hội đồng quản lý", "Thư ký Hội đồng quản lý"]);
});

test("synthetic: what a system does ('2. Hệ thống cơ sở dữ liệu có chức năng:' over 'a) Cập nhật, lưu trữ, khai thác …') is no one's work; a body's 'có chức năng, nhiệm vụ sau:' still hands out its duties", () => {
  const tasks = run([
    "Điều 4. Cấu trúc và chức năng của Hệ thống cơ sở dữ liệu",
    "2. Hệ thống cơ sở dữ liệu có chức năng:",
    "a) Cập nhật, lưu trữ, khai thác, chia sẻ cơ sở dữ liệu về người lao động;",
    "b) Tích hợp, phân tích, tổng hợp dữ liệu phục vụ cơ quan quản lý nhà nước.",
    "Điều 5. Trách nhiệm của Cục Quản lý lao động ngoài nước",
    "Cục Quản lý lao động ngoài nước có chức năng, nhiệm vụ sau:",
    "a) Quản lý, vận hành Hệ thống cơ sở dữ liệu;",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Cục Quản lý lao động ngoài nước"]);
});

test("synthetic: a measured target with no body named ('Số tiền thuế nộp điện tử đạt tối thiểu 85% …', 'Tối thiểu 70% đại lý thuế …') is no work; work with a share in it ('Tiến hành đào tạo … cho tối thiểu 40% công chức …', 'Phấn đấu đạt 100% …') still is", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "- Số tiền thuế nộp bằng phương thức điện tử đạt tối thiểu 85% tổng số tiền thu ngân sách nhà nước.",
    "- Tối thiểu 70% đại lý thuế hoạt động thường xuyên, cung cấp dịch vụ cho người nộp thuế.",
    "- Tiến hành đào tạo về công tác pháp chế cho tối thiểu 40% công chức làm công tác pháp chế.",
    "- Phấn đấu đạt 100% hồ sơ khai thuế điện tử trong năm 2026.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 12))).toEqual(["Tiến hành đà", "Phấn đấu đạt"]);
});

test("synthetic: a warden or an invigilator by role ('Giám thị trại giam, Giám thị trại tạm giam có trách nhiệm …') owns the work as 'Giám đốc …' does, and 'ra quyết định' ends the name", () => {
  const tasks = run([
    "Điều 3. Thu giữ, bảo quản đồ vật cấm",
    "5. Giám thị trại giam, Giám thị trại tạm giam có trách nhiệm bố trí nơi lưu giữ và cán bộ quản lý đồ vật cấm.",
    "6. Giám thị trại giam ra quyết định khởi tố vụ án hình sự theo thẩm quyền.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Giám thị trại giam, Giám thị trại tạm giam", "Giám thị trại giam"]);
});

test("synthetic: who is shielded from blame ('Người đứng đầu …, cán bộ … tham gia xây dựng, ban hành Nghị quyết này được xem xét loại trừ, miễn hoặc giảm trừ trách nhiệm …') is no one's work; a body with a duty beside it still has one", () => {
  const tasks = run([
    "Điều 4. Tổ chức thực hiện",
    "3. Người đứng đầu cơ quan, đơn vị, cán bộ, công chức tham gia xây dựng, ban hành Nghị quyết này được xem xét loại trừ, miễn hoặc giảm trừ trách nhiệm theo quy định.",
    "4. Bộ Tư pháp có trách nhiệm theo dõi, đánh giá việc thực hiện Nghị quyết này.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Bộ Tư pháp"]);
});

test("synthetic: a design task at the start of a plan's item ('- Thiết kế khung cơ sở dữ liệu …') is work like '- Xây dựng …'; 'thiết kế' inside a sentence about a design ('Bản thiết kế đã được phê duyệt') is not", () => {
  const tasks = run([
    "IV. LỘ TRÌNH THỰC HIỆN",
    "1. Đến năm 2025",
    "b) Năm 2022",
    "- Thiết kế khung cơ sở dữ liệu điện tử hỗ trợ người nộp thuế.",
    "- Xây dựng cơ sở dữ liệu về văn bản pháp luật thuế.",
    "- Bản thiết kế kỹ thuật đã được phê duyệt năm 2024.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 12))).toEqual(["Thiết kế khu", "Xây dựng cơ "]);
});

test("synthetic: a title that only counts a conference ('1. Hội nghị hiệp thương lần thứ nhất.') says no work: its 'Nội dung: …' line, numbered or not, is the task and takes the field lines under it, as under 'a) Hoạt động 1'", () => {
  const tasks = run([
    "II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN",
    "1. Hội nghị hiệp thương lần thứ nhất.",
    "1.1. Nội dung: Hiệp thương về cơ cấu, thành phần, số lượng người được giới thiệu ứng cử.",
    "- Thời gian: Dự kiến ngày 05/12/2025.",
    "- Đơn vị chủ trì: Ban Công tác mặt trận thôn.",
    "2. Hội nghị hiệp thương lần thứ ba",
    "Nội dung: Lựa chọn, lập danh sách chính thức những người đủ tiêu chuẩn ứng cử.",
    "- Thời gian: Dự kiến ngày 12/02/2026.",
    "- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 18), t.owner, t.deadline?.date])).toEqual([
    ["Hiệp thương về cơ ", "Ban Công tác mặt trận thôn", "2025-12-05"],
    ["Lựa chọn, lập danh", "Ban Thường trực Ủy ban MTTQ xã", "2026-02-12"],
  ]);
});

test("synthetic: a plan's step titled as the act of reporting ('1.2. Báo cáo kết quả Hội nghị') hands out work, unlike a report's own section of results ('2. Kết quả đạt được')", () => {
  const tasks = run([
    "II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN",
    "1. Hội nghị hiệp thương lần thứ nhất.",
    "1.2. Báo cáo kết quả Hội nghị",
    "- Gửi biên bản Hội nghị đến Ban Thường trực Ủy ban MTTQ xã ngay sau khi kết thúc hội nghị.",
    "2. Kết quả đạt được",
    "- Tổ chức thành công 12 hội nghị cử tri.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 14))).toEqual(["Gửi biên bản H"]);
});

test("synthetic: staff named by role and field head their duties ('3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội', '4. Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng'): a verb after 'lĩnh vực' names the field, and 'Chuyên viên' owns work as 'Cán bộ' does", () => {
  const tasks = run([
    "III. TỔ CHỨC THỰC HIỆN",
    "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội",
    "- Chuẩn bị các điều kiện về cơ sở vật chất, tài liệu.",
    "4. Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng",
    "- Tham mưu xây dựng Kế hoạch, triển khai tổ chức các hội nghị hiệp thương.",
    "5. Chuyên viên phụ trách tổng hợp tham mưu Ban Thường trực xây dựng báo cáo.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội",
    "Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng",
    "Chuyên viên phụ trách tổng hợp",
  ]);
});

test("synthetic: an answer's courtesy closing that also bids the asker comply ('Thuế tỉnh X trả lời cho Công ty được biết và thực hiện theo đúng quy định …') asks nothing specific; the request before it still does", () => {
  const tasks = run([
    "Kính gửi: Công ty TNHH Khuôn Mẫu A",
    "Đề nghị Công ty đối chiếu với các quy định tại văn bản pháp luật nêu trên, gửi hồ sơ khai bổ sung trước ngày 20/12/2025.",
    "Thuế tỉnh Tây Ninh trả lời cho Công ty được biết và thực hiện theo đúng quy định tại văn bản quy phạm pháp luật./.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Công ty"]);
});

test("synthetic: law quoted by a letter ('- Tại Điều 1 … quy định:' over '“Điều 1. …' … '…”') is the law's, not work the letter assigns, even when a scan lost a closing mark before the next citation; the letter's own part after it still assigns, and its contact lines are none", () => {
  const tasks = run([
    "I. Căn cứ pháp lý",
    "- Tại khoản 7 Điều 1 Nghị định số 91/2022/NĐ-CP của Chính phủ quy định:",
    '"7. Bổ sung khoản 8 Điều 27 như sau:',
    "8. Tổ chức là chủ sở hữu sàn thương mại điện tử có trách nhiệm cung cấp thông tin cho cơ quan thuế.",
    "- Tại Điều 1 Nghị định số 72/2024/NĐ-CP quy định:",
    "“Điều 1. Giảm thuế giá trị gia tăng",
    "Các tổng công ty, tập đoàn kinh tế thực hiện quy trình khép kín mới bán ra cũng thuộc đối tượng giảm thuế.",
    "…”",
    "II, Về tổ chức thực hiện",
    "1. Cục Thuế chủ động phối hợp với các cơ quan báo chí tuyên truyền cho các tổ chức.",
    "- Đầu mối hỗ trợ nghiệp vụ: số điện thoại 0243.9719.472; địa chỉ thư điện tử hotro@gdt.gov.vn.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Cục Thuế"]);
});

test("synthetic: a time line without its colon and without a qualifier ('Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.') dates the item above it", () => {
  const tasks = run([
    "Điều 2. Giao các cơ quan, đơn vị:",
    "1. Sở Tài chính chủ trì, phối hợp với Văn phòng UBND tỉnh",
    "Rà soát, xây dựng quy trình nội bộ, quy trình điện tử trong giải quyết thủ tục hành chính.",
    "Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.",
  ]);
  expect(tasks.map((t) => [t.owner, t.deadline?.kind, t.deadline?.date])).toEqual([
    ["Sở Tài chính", "relative", expect.any(String)],
  ]);
});

test("synthetic: a scan's closing formula with 'để' read as 'dé' ('Văn phòng Chính phủ thông báo dé các Bộ, cơ quan biết, thực hiện./.') asks nothing, as with 'để'; the task above it stays", () => {
  const tasks = run([
    "Phó Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:",
    "Giao Bộ Tài chính chủ trì rà soát, báo cáo Thủ tướng Chính phủ trước ngày 15/12/2026.",
    "Văn phòng Chính phủ thông báo dé các Bộ, cơ quan biết, thực hiện./.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Bộ Tài chính"]);
});

test("synthetic: a unit's name joined by a dash keeps a part that is also a verb ('Phòng Kế hoạch - Tổng hợp', 'Phòng Thanh tra - Kiểm tra'); after a person's name the dash still starts the work ('Ông Lê Văn An – Chỉ đạo chung …'), and after a unit 'Chủ trì' does", () => {
  const tasks = run([
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Kế hoạch - Tổng hợp: Là đầu mối tổng hợp, theo dõi tiến độ thực hiện Kế hoạch.",
    "2. Phòng Thanh tra - Kiểm tra tổng hợp, báo cáo Lãnh đạo Sở trước ngày 20/12/2026.",
    "3. Hiệu trưởng: Ông Lê Văn An – Chỉ đạo chung, duyệt kinh phí.",
    "4. Phòng Giáo dục và Đào tạo - Chủ trì tổ chức hội thi trước ngày 25/12/2026.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Phòng Kế hoạch - Tổng hợp",
    "Phòng Thanh tra - Kiểm tra",
    "Hiệu trưởng: Ông Lê Văn An",
    "Phòng Giáo dục và Đào tạo",
  ]);
});

test("synthetic: a stop word right after a quantifier or in a list of bodies is a noun ('… và các tổ chức thành viên', 'Các chi bộ và tổ chức đoàn thể'), so the name runs on to the verb; 'X tổ chức …' after a name is still the work", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên tuyên truyền, vận động Nhân dân thực hiện.",
    "2. Các chi bộ và tổ chức đoàn thể phổ biến Nghị quyết đến đảng viên trước ngày 20/12/2026.",
    "3. Sở Văn hóa, Thể thao và Du lịch tổ chức Hội báo Xuân trước ngày 15/01/2027.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên",
    "Các chi bộ và tổ chức đoàn thể",
    "Sở Văn hóa, Thể thao và Du lịch",
  ]);
});

test("synthetic: an addressee's list of long names joined by ';' is read whole ('… đề nghị lãnh đạo Sở X; Đại học Huế và các trường thành viên; Các cơ quan TW và tổ chức khoa học …; Các hội thành viên … giới thiệu …')", () => {
  const tasks = run([
    "Kính gửi: Các cơ quan, đơn vị",
    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh đề nghị lãnh đạo Sở Khoa học và Công nghệ; Đại học Huế và các trường thành viên; Các cơ quan TW và tổ chức khoa học và công nghệ đóng trên địa bàn tỉnh; Các hội thành viên và đơn vị trực thuộc giới thiệu trí thức tiêu biểu trước ngày 25/12/2026.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "lãnh đạo Sở Khoa học và Công nghệ; Đại học Huế và các trường thành viên; Các cơ quan TW và tổ chức khoa học và công nghệ đóng trên địa bàn tỉnh; Các hội thành viên và đơn vị trực thuộc",
  ]);
});

test("synthetic: a committee named for its work keeps that word in its name ('Ban tổ chức Hội thi', 'Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia', 'Trưởng Đoàn giám sát'); a union's 'Công đoàn tổ chức …' still ends at the verb", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Ban tổ chức Hội thi tổng hợp kết quả, báo cáo trước ngày 20/12/2026.",
    "2. Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi, đôn đốc các bộ, ngành thực hiện.",
    "3. Trưởng Đoàn giám sát báo cáo kết quả giám sát trước ngày 25/12/2026.",
    "4. Công đoàn trường tổ chức giải thể thao cho đoàn viên trước ngày 30/12/2026.",
    "5. Công đoàn tổ chức thăm hỏi đoàn viên có hoàn cảnh khó khăn.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Ban tổ chức Hội thi",
    "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia",
    "Trưởng Đoàn giám sát",
    "Công đoàn trường",
    "Công đoàn",
  ]);
});

test("synthetic: 'trực tiếp' next to 'quản lý' says which body ('Người đứng đầu đơn vị sự nghiệp công lập trực tiếp quản lý viên chức có trách nhiệm …', 'Đơn vị quản lý trực tiếp có trách nhiệm …'); before other work it still ends the name ('Phó Chủ tịch UBND tỉnh trực tiếp chỉ đạo …')", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Người đứng đầu đơn vị sự nghiệp công lập trực tiếp quản lý viên chức có trách nhiệm đánh giá, xếp loại viên chức trước ngày 15/12/2026.",
    "2. Đơn vị quản lý trực tiếp có trách nhiệm lập hồ sơ đề nghị khen thưởng trước ngày 20/12/2026.",
    "3. Phó Chủ tịch UBND tỉnh Nguyễn Văn A trực tiếp chỉ đạo việc giải phóng mặt bằng dự án.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Người đứng đầu đơn vị sự nghiệp công lập trực tiếp quản lý viên chức",
    "Đơn vị quản lý trực tiếp",
    "Phó Chủ tịch UBND tỉnh Nguyễn Văn A",
  ]);
});

test("synthetic: 'được giao/được phân công …' that runs on to a duty says which bodies ('Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm …'); without the duty 'Sở X được giao chủ trì …' ends the name", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm báo cáo kết quả trước ngày 15/12/2026.",
    "2. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ có trách nhiệm tổ chức triển khai thực hiện.",
    "3. Sở Tài chính được giao chủ trì xây dựng phương án phân bổ vốn trước ngày 20/12/2026.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này",
    "Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ",
    "Sở Tài chính",
  ]);
});

test("synthetic: a resolution's adoption formula after its last article ('Nghị quyết này được Ủy ban Thường vụ Quốc hội … thông qua ngày …') asks nothing; the article above it still assigns", () => {
  const tasks = run([
    "Điều 3. Tổ chức thực hiện",
    "1. Giao Chính phủ tổ chức xác định diện tích tự nhiên của các đơn vị hành chính, hoàn thành trước ngày 30/9/2026.",
    "Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV thông qua ngày 16 tháng 06 năm 2026.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Chính phủ"]);
});

test.each([
  ["a lead-in", "Thông qua nội dung cơ bản các dự thảo văn kiện trình Đại hội sau đây:"],
  [
    "a numbered item (a heading, its colon dropped)",
    "1. Thông qua nội dung cơ bản các dự thảo văn kiện trình Đại hội sau đây:",
  ],
])(
  "synthetic: the documents a resolution adopts, under %s ('Thông qua … sau đây:' over '- Báo cáo chính trị …'), are no tasks; the 'Giao …' under them is",
  (_kind, adopts) => {
    const tasks = run([
      "QUYẾT NGHỊ",
      adopts,
      "- Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XVI tại Đại hội đại biểu lần thứ XVII.",
      "- Báo cáo tổng kết công tác xây dựng Đảng nhiệm kỳ 2020 - 2025.",
      "Giao Ban Thường vụ Tỉnh ủy chỉ đạo tiếp thu, hoàn thiện các dự thảo văn kiện trước ngày 30/6/2026.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Ban Thường vụ Tỉnh ủy"]);
  },
);

test("synthetic: 'Trong quá trình thực hiện' without its comma before the subject ('… Thủ trưởng các địa phương chủ động phối hợp với Sở A, Sở B, Ban C để …') gives the subject, not a partner after the first comma", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "Trong quá trình thực hiện Thủ trưởng các địa phương chủ động phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính, Ban Dân tộc tỉnh để kịp thời tháo gỡ khó khăn trong giải ngân vốn.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Thủ trưởng các địa phương"]);
});

test("synthetic: a purpose ends the partners' list ('… phối hợp với Sở Tài chính, Công an tỉnh để kiểm tra …'): 'để' is no part of the last partner's name", () => {
  const [task] = run([
    "II. NHIỆM VỤ",
    "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính, Công an tỉnh để kiểm tra các cơ sở kinh doanh thực phẩm.",
  ]);
  expect([task.owner, task.coOwners]).toEqual(["Sở Y tế", ["Sở Tài chính", "Công an tỉnh"]]);
});

test("synthetic: a guidance letter's definition of a plan ('Kế hoạch giáo dục của nhà trường là kế hoạch tổ chức các hoạt động …') is no task; the duty after it is", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "a) Kế hoạch giáo dục của nhà trường là kế hoạch tổ chức các hoạt động giáo dục của cơ sở giáo dục trong năm học.",
    "b) Hiệu trưởng ban hành kế hoạch giáo dục của nhà trường trước ngày 31/8/2026.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Hiệu trưởng"]);
});

test("synthetic: a generic body named by what it does ('Các cơ sở cung cấp dịch vụ thu gom … phải …', 'Doanh nghiệp thực hiện dự án … có trách nhiệm …') keeps that in its name when a duty follows; without the duty the verb is its work", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Các cơ sở cung cấp dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt phải công khai lịch thu gom trước ngày 15/12/2026.",
    "2. Doanh nghiệp thực hiện dự án đầu tư quy định tại Điều 3 Nghị quyết này có trách nhiệm báo cáo tiến độ hằng quý.",
    "3. Các đơn vị tổ chức cung cấp dịch vụ công trực tuyến mức độ toàn trình.",
    "4. Các đơn vị kiểm tra an toàn điện, nước, khoá cửa. Phòng Bảo vệ chịu trách nhiệm tuần tra.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Các cơ sở cung cấp dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt",
    "Doanh nghiệp thực hiện dự án đầu tư",
    "Các đơn vị",
    "Các đơn vị",
    "Phòng Bảo vệ",
  ]);
});

test("synthetic: a schedule line under a 'Thời gian, địa điểm' heading that names a body at work ('- Từ ngày 04/02/2026: Ban Thường trực … họp với …') is that body's task; a bare time or place line is not", () => {
  const tasks = run(
    [
      "V. THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC TRIỂN KHAI",
      // The party after ";" is one more met with; "để hướng dẫn" is the meeting's purpose, not that party's work.
      "- Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ xã họp với các cơ quan có người ứng cử; Trưởng ban công tác Mặt trận thôn, để hướng dẫn việc tổ chức hội nghị.",
      "- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực Ủy ban MTTQ xã tổ chức hội nghị cử tri ở các thôn.",
      "- Từ ngày 09/02/2026: Hội trường nhà văn hóa các thôn.",
    ],
    [
      "ỦY BAN MTTQ VIỆT NAM XÃ AN BÌNH",
      "Số: 05/KH-MTTQ",
      "An Bình, ngày 20 tháng 01 năm 2026",
      "KẾ HOẠCH",
      "Tổ chức hội nghị cử tri",
    ],
  );
  expect(tasks.map((t) => [t.owner, t.deadline?.date ?? null])).toEqual([
    ["Ban Thường trực Ủy ban MTTQ xã", null],
    ["Ban Thường trực Ủy ban MTTQ xã", "2026-02-08"],
  ]);
});

test("synthetic: under an agency, an item that directs after a topic or an opener ('- Về thi công: chỉ đạo Ban Quản lý dự án …', 'Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở …') is the agency's own act, as one that opens with 'Chỉ đạo' is", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Ủy ban nhân dân tỉnh Đồng Nai:",
    "- Về thi công: chỉ đạo Ban Quản lý dự án, các nhà thầu tập trung nguồn lực, hoàn thành trước ngày 30/12/2025.",
    "- Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục nghề nghiệp rà soát chỉ tiêu tuyển sinh.",
    "- Chỉ đạo Sở Xây dựng kiểm tra chất lượng công trình.",
    // Whom the agency supports are no owners either.
    "- Về nguồn vật liệu: tiếp tục hỗ trợ các chủ đầu tư, các nhà thầu trong việc khai thác mỏ đá.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Ủy ban nhân dân tỉnh Đồng Nai",
    "Ủy ban nhân dân tỉnh Đồng Nai",
    "Ủy ban nhân dân tỉnh Đồng Nai",
    "Ủy ban nhân dân tỉnh Đồng Nai",
  ]);
});

test("synthetic: a heading that names a steering committee ('1. Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn') hands its items to it; 'chỉ đạo' in its name is no task word", () => {
  const tasks = run([
    "1. Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn",
    "a) Khẩn trương hoàn thành phê duyệt đối tượng hỗ trợ nhà ở.",
    "b) Theo dõi sát tình hình thực hiện Chương trình, báo cáo kết quả trước ngày 25/12/2025.",
    "2. Sở Tài chính phối hợp với Sở Xây dựng bố trí kinh phí.",
    // The body, then the role it holds for the committee.
    "3. Sở Xây dựng - Cơ quan thường trực Ban Chỉ đạo",
    "- Tổng hợp kết quả, báo cáo Ban Chỉ đạo.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn",
    "Ban Chỉ đạo xoá nhà tạm, nhà dột nát huyện Bình Sơn",
    "Sở Tài chính",
    "Sở Xây dựng",
  ]);
});

test("synthetic: under an agency's heading the letter's last line is that agency's duty though its '/.' closes the letter; at the root the same words are the closing formula", () => {
  const LETTER = ["ỦY BAN NHÂN DÂN", "PHƯỜNG 1", "Số: 397/UBND-TP", "Phường 1, ngày 13 tháng 03 năm 2025"];
  const END = ["Nơi nhận:", "- Như trên;", "CHỦ TỊCH", "Vũ Đăng Khoa"];
  const duty = "Có trách nhiệm tổng hợp khó khăn, vướng mắc, báo cáo Ủy ban nhân dân thành phố xem xét, chỉ đạo./.";
  const under = run(
    ["1. Bộ phận một cửa:", "Hướng dẫn người dân thiết lập tài khoản định danh.", "2. Bộ phận Tư pháp", duty, ...END],
    LETTER,
  );
  expect(under.map((t) => t.owner)).toEqual(["Bộ phận một cửa", "Bộ phận Tư pháp"]);
  const root = run(
    [
      "1. Bộ phận một cửa hướng dẫn người dân thiết lập tài khoản định danh.",
      "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo Ủy ban nhân dân thành phố xem xét, chỉ đạo./.",
      ...END,
    ],
    LETTER,
  );
  expect(root.map((t) => t.owner)).toEqual(["Bộ phận một cửa"]);
});

test("synthetic: a heading that hands work to a body named in lower case after 'Giao' ('4. Giao bộ phận Văn hóa - Thông tin') heads the lines under it, the name kept as written", () => {
  const tasks = run([
    "3. Bộ phận một cửa:",
    "Hướng dẫn người dân thiết lập tài khoản định danh.",
    "4. Giao bộ phận Văn hóa - Thông tin",
    "Chủ động đăng tải tuyên truyền rộng rãi trên trang điện tử của phường.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Bộ phận một cửa", "bộ phận Văn hóa - Thông tin"]);
});

test("synthetic: 'Lãnh đạo, chỉ đạo thực hiện' titles the work of leading and directing, it names no leader; 'Lãnh đạo Sở Y tế chỉ đạo …' does", () => {
  const tasks = run([
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Lãnh đạo, chỉ đạo thực hiện",
    "- Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền đối với công tác dân số.",
    "2. Lãnh đạo Sở Y tế chỉ đạo các phòng chuyên môn rà soát số liệu dân số.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 20), t.owner])).toEqual([
    ["Tăng cường sự lãnh đ", null],
    ["Lãnh đạo Sở Y tế chỉ", "Lãnh đạo Sở Y tế"],
  ]);
});

test("synthetic: 'Trong thời gian nghỉ lễ, …' is due on the day off the notice grants, not the day back at work ('… được nghỉ lễ 1 ngày 06/4/2026 và trở lại công tác … vào ngày 07/4/2026')", () => {
  const tasks = run(
    [
      "1. Về thời gian nghỉ lễ Giỗ tổ Hùng Vương",
      "Công chức, viên chức, nhân viên toàn trường được nghỉ lễ 1 ngày 06/4/2026 và trở lại công tác bình thường vào ngày 07/4/2026.",
      "Trong thời gian nghỉ lễ, các bộ phận phân công trực, bảo vệ cơ quan an toàn.",
    ],
    ["TRƯỜNG MẪU GIÁO HOA MAI", "Số: 12/TB-MG", "Hoa Mai, ngày 31 tháng 3 năm 2026", "THÔNG BÁO", "Nghỉ lễ"],
  );
  expect(tasks.map((t) => [t.text.slice(0, 22), t.deadline?.date])).toEqual([["Trong thời gian nghỉ l", "2026-04-06"]]);
});

test("synthetic: an item whose title holds words of findings ('6. Kiểm tra, đánh giá, báo cáo kết quả …') is work when its own owner line follows; 'Bộ phận tham mưu thực hiện:' is an owner line", () => {
  const tasks = run([
    "II. NỘI DUNG TRIỂN KHAI THỰC HIỆN",
    "1. Tổ chức tập huấn cho cán bộ, tham mưu công tác đánh giá, công nhận phường đạt chuẩn tiếp cận pháp luật",
    "- Bộ phận tham mưu: bộ phận Tư pháp - Hộ tịch.",
    "- Thời gian thực hiện: trong năm 2026.",
    "2. Kiểm tra, đánh giá, báo cáo kết quả xây dựng phường đạt chuẩn tiếp cận pháp luật",
    "- Cơ quan chủ trì: Hội đồng đánh giá tiếp cận pháp luật phường.",
    "- Bộ phận tham mưu thực hiện: bộ phận Tư pháp - Hộ tịch.",
    "- Thời gian thực hiện: Quý 4 năm 2026.",
    "III. ĐÁNH GIÁ KẾT QUẢ",
    "- Thời gian thực hiện: tháng 12 năm 2026.",
  ]);
  expect(tasks.map((t) => [t.owner, t.deadline?.date])).toEqual([
    ["bộ phận Tư pháp - Hộ tịch", "2026-12-31"],
    ["Hội đồng đánh giá tiếp cận pháp luật phường", "2026-12-31"],
  ]);
});

test("synthetic: after an opener a ward's unit named in lower case works ('Hàng năm, bộ phận Tư pháp - Hộ tịch có trách nhiệm …'); 'hỗ trợ bộ phận …' is an object", () => {
  const tasks = run([
    "II. NHIỆM VỤ",
    "1. Hàng năm, bộ phận Tư pháp - Hộ tịch có trách nhiệm tổng hợp, báo cáo kết quả thực hiện.",
    "2. Hỗ trợ bộ phận Văn hóa - Thông tin in ấn tài liệu tuyên truyền.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["bộ phận Tư pháp - Hộ tịch", null]);
});

test("synthetic: a decision that hands work to people by name ('Điều 2. Giao ông Trần Nhật Quang công chức Địa chính, bà Nguyễn Thị Bích Ly công chức Tài chính phối hợp …') assigns it to them; a member list ('(1) Bà Nguyễn … - Phó Chủ tịch …') names no one at work", () => {
  const tasks = run([
    "Điều 2. Giao ông Trần Nhật Quang công chức Địa chính, bà Nguyễn Thị Bích Ly công chức Tài chính phối hợp với nhà thầu hoàn thành hồ sơ quyết toán.",
    "Điều 3. Thành phần Tổ công tác:",
    "(1) Bà Nguyễn Trường Nhật Phượng - Phó Chủ tịch HĐND tỉnh, Tổ trưởng.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual([
    "ông Trần Nhật Quang công chức Địa chính, bà Nguyễn Thị Bích Ly công chức Tài chính",
  ]);
});

test("synthetic: 'QUYẾT ĐỊNH:' is never a task, whatever field lines of a contract follow it", () => {
  const tasks = run([
    "Xét Đơn đăng ký tham gia thầu (Gói thầu: Đo đạc bản đồ địa chính năm 2026) của Trung tâm Kỹ thuật.",
    "QUYẾT ĐỊNH:",
    "- Hình thức hợp đồng: Trọn gói.",
    "- Giá trị gói thầu (đã bao gồm thuế VAT): 76.651.779 VND (Bằng chữ: Bảy mươi sáu triệu đồng).",
    "- Thời gian thực hiện: 30 ngày kể từ ngày ký hợp đồng.",
  ]);
  expect(tasks.map((t) => t.text)).not.toContain("QUYẾT ĐỊNH:");
});

test("synthetic: a field of work before a colon ('a) Tiêu chuẩn - đo lường - chất lượng: Ủy ban nhân dân huyện … chủ động …', 'Bước 6: Soạn thảo và ký kết hợp đồng: Đơn vị … soạn thảo …') names the topic; the body after it works. A quoted rule ('Tại khoản 3 Điều 1 Luật số 106/2016/QH13 quy định: Cơ sở kinh doanh …') is no field", () => {
  const tasks = run([
    "1. Tổ chức thực hiện các nhiệm vụ sau:",
    "a) Tiêu chuẩn - đo lường - chất lượng: Ủy ban nhân dân huyện, thị xã chủ động phối hợp với Sở Khoa học và Công nghệ kiểm tra hàng hóa.",
    "b) Thanh tra khoa học và công nghệ: Ủy ban nhân dân các huyện, thị xã làm đầu mối phát hiện vi phạm.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Ủy ban nhân dân huyện, thị xã", "Ủy ban nhân dân các huyện, thị xã"]);
  const quoted = run([
    "Luật có hiệu lực thi hành từ ngày 01/7/2016. Bộ Tài chính đề nghị các Cục Thuế phổ biến, tuyên truyền tới người nộp thuế các nội dung mới của Luật như sau:",
    "1. Về hoàn thuế GTGT:",
    "Tại khoản 3 Điều 1 Luật số 106/2016/QH13 quy định: Cơ sở kinh doanh nộp thuế theo phương pháp khấu trừ thuế nếu có số thuế chưa được khấu trừ hết thì được khấu trừ vào kỳ tiếp theo.",
  ]);
  expect(quoted.map((t) => t.owner)).toEqual(["các Cục Thuế"]);
});

test("synthetic: a joint-stock company's heading ('4. Công ty Cổ phần Công nghệ Tin học EFY Việt Nam') hands its lines to it: folded, 'cổ phần Công nghệ' is no 'phân công'", () => {
  const tasks = run([
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng Sở",
    "- Bố trí phòng họp cho buổi khai mạc tập huấn.",
    "2. Công ty Cổ phần Công nghệ Tin học EFY Việt Nam",
    "- Bố trí cán bộ đào tạo, hướng dẫn vận hành phần mềm.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Văn phòng Sở", "Công ty Cổ phần Công nghệ Tin học EFY Việt Nam"]);
});

test("synthetic: 'Thời gian dự kiến:', 'Thời gian đào tạo:' are time lines, so a training item with its planned time is work ('b) Đào tạo … cho cán bộ Văn thư.' / '- Thời gian dự kiến: 8h00 ngày 28/12/2026')", () => {
  const tasks = run([
    "II. PHƯƠNG ÁN TRIỂN KHAI",
    "2. Hướng dẫn sử dụng phần mềm",
    "b) Đào tạo lý thuyết và thực hành cho cán bộ Văn thư.",
    "- Địa điểm: Văn phòng",
    "- Thời gian dự kiến: 8h00 ngày 28/12/2026",
    "đ) Đào tạo quản trị hệ thống phần mềm, chuyển giao mã nguồn.",
    "- Địa điểm: Phòng đào tạo",
    "- Thời gian đào tạo: Trong quá trình triển khai.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 12), t.deadline?.date ?? null])).toEqual([
    ["Đào tạo lý t", "2026-12-28"],
    ["Đào tạo quản", null],
  ]);
});

test("synthetic: 'theo hướng dẫn', 'theo chỉ đạo' follow guidance; they end no body's name ('… cho các Phòng Kinh tế các huyện, thị xã theo hướng dẫn tại Thông tư …' is the lead's task)", () => {
  const tasks = run([
    "Ủy ban nhân dân tỉnh yêu cầu Chủ tịch Ủy ban nhân dân các huyện, thị xã thực hiện tốt các nội dung sau đây:",
    "1. Tăng cường biên chế chuyên trách cho các Phòng Kinh tế các huyện, thị xã theo hướng dẫn tại Thông tư liên tịch số 05/2008/TTLT-BKHCN-BNV.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Chủ tịch Ủy ban nhân dân các huyện, thị xã"]);
});

test("synthetic: a heading naming its body with 'chủ trì, phối hợp thực hiện' and no colon ('2. Sở Công Thương chủ trì, phối hợp thực hiện') hands its items to that body, not to the lead-in's addressees", () => {
  const tasks = run([
    "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban ngành, Chủ tịch UBND các huyện tập trung thực hiện các nội dung sau:",
    "1. Các sở, ban ngành, UBND các huyện",
    "a) Xây dựng kế hoạch cụ thể bảo đảm Tết an toàn.",
    "2. Sở Công Thương chủ trì, phối hợp thực hiện",
    "a) Theo dõi nguồn cung hàng hóa thiết yếu trên địa bàn tỉnh.",
    "3. Sở Tài chính chủ trì thực hiện",
    "a) Tăng cường kiểm soát chặt chẽ thu, chi ngân sách.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Các sở, ban ngành, UBND các huyện", "Sở Công Thương", "Sở Tài chính"]);
});

test("synthetic: the agenda of a working session ('2. Đoàn kiểm tra làm việc trực tiếp với lãnh đạo … về các nội dung:') hands out no tasks; the plan's duties below still do", () => {
  const tasks = run([
    "III. PHƯƠNG PHÁP KIỂM TRA",
    "2. Đoàn kiểm tra làm việc trực tiếp với lãnh đạo các cơ quan, đơn vị được lựa chọn kiểm tra về các nội dung:",
    "- Báo cáo tình hình thực hiện cải cách hành chính của cơ quan, đơn vị;",
    "- Trao đổi, thảo luận những vấn đề phát hiện qua kiểm tra;",
    "- Trưởng đoàn kiểm tra kết luận.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Bộ Nội vụ chủ trì tổ chức các đoàn kiểm tra, báo cáo kết quả trước ngày 15/12/2025.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Bộ Nội vụ"]);
});

test("synthetic: a regulation's article on the order of a council's session ('Điều 14. Trình tự làm việc của Hội đồng') sets no tasks; its 'Tổ chức thực hiện' still does", () => {
  const tasks = run(
    [
      "Điều 14. Trình tự làm việc của Hội đồng",
      "1. Thư ký đọc quyết định thành lập Hội đồng, giới thiệu thành phần Hội đồng.",
      "2. Hội đồng thảo luận, thống nhất phương pháp đánh giá.",
      "Điều 18. Tổ chức thực hiện",
      "1. Sở Khoa học và Công nghệ chủ trì hướng dẫn thực hiện Quy định này.",
    ],
    ["ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "Số: 09/2010/QĐ-UBND", "Cần Thơ, ngày 21 tháng 01 năm 2010", "QUY ĐỊNH"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Khoa học và Công nghệ"]);
});

test("synthetic: 'Bám sát …' opens work, so the issuers listed after 'Kế hoạch của Tỉnh ủy, …' are not its subject; the heading's body owns it", () => {
  const tasks = run([
    "5. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp thực hiện",
    "b) Bám sát Kế hoạch của Tỉnh ủy, HĐND tỉnh, UBND tỉnh về hoạt động thăm tết để tổ chức thăm, tặng quà các gia đình chính sách.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Lao động - Thương binh và Xã hội"]);
});

test("synthetic: an article whose first lettered clause shares its line ('Điều 2: a) Uỷ ban nhân dân thị xã … có nhiệm vụ …') assigns that clause's work", () => {
  const tasks = run(
    [
      "QUYẾT ĐỊNH",
      "Điều 1: Giao quyền sử dụng đất ở cho hộ gia đình theo quy hoạch.",
      "Điều 2: a) Uỷ ban nhân dân thị xã Cao Bằng có nhiệm vụ giải phóng mặt bằng, đo đạc xác định vị trí lô đất.",
      "b) Sở Xây dựng có trách nhiệm hướng dẫn quản lý xây dựng theo quy hoạch.",
    ],
    ["UỶ BAN NHÂN DÂN TỈNH CAO BẰNG", "Số: 157/QĐ-UB", "Cao Bằng, ngày 22 tháng 2 năm 1999."],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Uỷ ban nhân dân thị xã Cao Bằng", "Sở Xây dựng"]);
});

test("synthetic: a regulation's definitions ('Điều 2. Giải thích từ ngữ') are no tasks, though a defined body's purpose reads like work", () => {
  const tasks = run(
    [
      "Điều 2. Giải thích từ ngữ",
      "Trong quy định này, các từ ngữ dưới đây được hiểu như sau:",
      "1. Doanh nghiệp cung cấp dịch vụ Internet là doanh nghiệp được thành lập theo pháp luật Việt Nam để cung cấp dịch vụ Internet.",
      "Điều 5. Trách nhiệm của doanh nghiệp",
      "1. Doanh nghiệp cung cấp dịch vụ Internet định kỳ hàng quý báo cáo Sở Thông tin và Truyền thông.",
    ],
    ["ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Số: 15/2010/QĐ-UBND", "Hà Nội, ngày 26 tháng 4 năm 2010", "QUY ĐỊNH"],
  );
  expect(tasks.map((t) => t.text)).toEqual([
    "Doanh nghiệp cung cấp dịch vụ Internet định kỳ hàng quý báo cáo Sở Thông tin và Truyền thông.",
  ]);
});

test("synthetic: 'Bệnh viện Đà Nẵng trân trọng kính báo!' closes a notice, as '… trân trọng thông báo./.' does; the duty before it stays", () => {
  const tasks = run(
    [
      "Bệnh viện thông báo lịch nghỉ lễ như sau:",
      "- Các khoa, phòng bố trí lịch trực đầy đủ trong các ngày nghỉ lễ.",
      "Bệnh viện Đà Nẵng trân trọng kính báo!",
    ],
    [
      "SỞ Y TẾ THÀNH PHỐ ĐÀ NẴNG",
      "BỆNH VIỆN ĐÀ NẴNG",
      "Số: 12/TB-BV",
      "Đà Nẵng, ngày 23 tháng 4 năm 2018",
      "THÔNG BÁO",
    ],
  );
  expect(tasks.map((t) => t.text)).toEqual(["Các khoa, phòng bố trí lịch trực đầy đủ trong các ngày nghỉ lễ."]);
});

describe("synthetic: a notice 'thông báo đến' the bodies that work (a school's notice; k77)", () => {
  const SCHOOL = [
    "TRƯỜNG ĐẠI HỌC BÌNH AN",
    "Số: 210/TB-ĐHBA",
    "Bình An, ngày 12 tháng 5 năm 2025",
    "THÔNG BÁO",
    "Về việc chuẩn bị đánh giá ngoài chương trình đào tạo",
    "Căn cứ Kế hoạch số 45/KH-ĐHBA ngày 10/3/2025 của Hiệu trưởng về đánh giá ngoài;",
  ];
  test("the bodies after 'thông báo đến' own the list, its colon lost ('… cụ thể như sau')", () => {
    const tasks = run(
      [
        "Để chuẩn bị cho đợt đánh giá ngoài, Ban Giám hiệu thông báo đến các khoa, phòng và thư viện phối hợp thực hiện việc chuẩn bị hồ sơ cụ thể như sau",
        "1. Lập danh mục hồ sơ lưu trữ của đơn vị.",
        "2. Chuyển bản điện tử lên thư mục chung do Phòng Khảo thí cung cấp;",
      ],
      SCHOOL,
    );
    expect(starts(tasks)).toEqual(["Lập danh mục hồ sơ l", "Chuyển bản điện tử l"]);
    expect(tasks.map((t) => t.owner)).toEqual(["các khoa, phòng và thư viện", "các khoa, phòng và thư viện"]);
  });
  test("'thông báo tới Y thực hiện các công việc sau:' hands Y the items; an item with its own subject keeps it", () => {
    const tasks = run(
      [
        "Ban Giám hiệu thông báo tới các tổ bộ môn thực hiện các công việc sau:",
        "1. Nộp kế hoạch giảng dạy học kỳ I trước ngày 20/5/2025;",
        "2. Tổ trưởng báo cáo kết quả rà soát chương trình;",
      ],
      SCHOOL,
    );
    expect(tasks.map((t) => t.owner)).toEqual(["các tổ bộ môn", "Tổ trưởng"]);
  });
  test("a notice 'đến' bodies 'biết' informs them: no task ('… thông báo đến các đơn vị, phụ huynh biết, thực hiện.')", () => {
    const tasks = run(
      [
        "Lịch nghỉ Tết Nguyên đán của học sinh từ ngày 25/01/2025 đến hết ngày 02/02/2025.",
        "Nhà trường thông báo đến các đơn vị, giáo viên, phụ huynh biết, thực hiện và liên hệ công tác.",
        "Ủy ban nhân dân phường thông báo tới các tổ dân phố và Nhân dân được biết để phối hợp thực hiện theo quy định./.",
      ],
      SCHOOL,
    );
    expect(tasks).toEqual([]);
  });
  test("an announcement of a schedule still hands out no work ('Nhà trường thông báo lịch thi như sau:')", () => {
    const tasks = run(
      [
        "Nhà trường thông báo lịch thi học kỳ II năm học 2024 - 2025 như sau:",
        "1. Thi các môn lý thuyết từ ngày 02/6/2025 đến ngày 07/6/2025.",
      ],
      SCHOOL,
    );
    expect(tasks).toEqual([]);
  });
});

test("synthetic: a closing exhortation '… nghiêm túc triển khai, hoàn thành đúng tiến độ để bảo đảm …' asks nothing new; one with a day does", () => {
  const lines = (closing: string) => [
    "Phòng Đào tạo đề nghị các khoa thực hiện các nội dung sau:",
    "1. Rà soát danh sách sinh viên đủ điều kiện tốt nghiệp.",
    closing,
  ];
  const generic = run(
    lines(
      "Đề nghị lãnh đạo các đơn vị nghiêm túc triển khai, hoàn thành đúng tiến độ để bảo đảm công tác xét tốt nghiệp diễn ra thuận lợi.",
    ),
  );
  expect(generic.map((t) => t.text)).toEqual(["Rà soát danh sách sinh viên đủ điều kiện tốt nghiệp."]);
  const dated = run(
    lines("Đề nghị lãnh đạo các đơn vị hoàn thành trước ngày 15/6/2025 để bảo đảm tiến độ xét tốt nghiệp."),
  );
  expect(dated).toHaveLength(2);
});

describe("synthetic: a directive's items to a state bank and to service companies (k78, UBND tỉnh Quảng Ngãi 05/CT)", () => {
  const DIRECTIVE = [
    "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
    "Số: 07/CT-UBND",
    "Bình An, ngày 15 tháng 4 năm 2021",
    "CHỈ THỊ",
    "Về việc mở rộng thanh toán không dùng tiền mặt",
    "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban ngành liên quan thực hiện một số nhiệm vụ chủ yếu sau:",
  ];
  test("'X chỉ đạo và hướng dẫn Y thực hiện các nội dung sau:' hands Y the items, as 'X chỉ đạo Y …' does", () => {
    const tasks = run(
      [
        "2. Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo và hướng dẫn Ngân hàng thương mại trên địa bàn tỉnh thực hiện các nội dung sau:",
        "- Hoàn thiện hạ tầng thanh toán điện tử tại các điểm giao dịch;",
        "- Phối hợp với cơ quan thuế hướng dẫn khách hàng mở tài khoản.",
        "3. Sở Tài chính chỉ đạo, đôn đốc các phòng chuyên môn rà soát hồ sơ thanh toán.",
      ],
      DIRECTIVE,
    );
    // The lead-in line itself may be read as the bank's own task too; its items are what this test is about.
    const items = tasks.filter((t) => !t.text.startsWith("Ngân hàng Nhà nước"));
    expect(items.map((t) => t.owner)).toEqual([
      "Ngân hàng thương mại trên địa bàn tỉnh",
      "Ngân hàng thương mại trên địa bàn tỉnh",
      // A sentence, not a lead-in: the body that directs is the one to chase (as "Sở Tài chính chỉ đạo các phòng …").
      "Sở Tài chính",
    ]);
  });
  test("a telecom, post or power company named without 'Công ty' is the item's subject ('4. VNPT Bình An chủ động phối hợp …')", () => {
    const tasks = run(
      [
        "4. VNPT Bình An chủ động phối hợp với Cục Thuế tỉnh để triển khai dịch vụ thanh toán điện tử.",
        "5. Bưu điện tỉnh có trách nhiệm hỗ trợ người dân nộp phí qua dịch vụ bưu chính.",
        "6. Điện lực Bình An chủ trì hướng dẫn khách hàng thanh toán tiền điện qua ngân hàng.",
      ],
      DIRECTIVE,
    );
    expect(tasks.map((t) => t.owner)).toEqual(["VNPT Bình An", "Bưu điện tỉnh", "Điện lực Bình An"]);
  });
});

test("synthetic: a comma between two people named in an opener ('Sau khi xem xét đơn của bà A, ông B, căn cứ …, Chủ tịch … nhận thấy …') starts no clause: a finding, no task", () => {
  const tasks = run(
    [
      "Kính gửi: Bà Trần Thị Lan và ông Lê Văn Hùng",
      "Sau khi xem xét nội dung khiếu nại của bà Trần Thị Lan, ông Lê Văn Hùng, căn cứ quy định của pháp luật về khiếu nại, Chủ tịch UBND tỉnh Bình An nhận thấy khiếu nại đủ điều kiện thụ lý.",
    ],
    [
      "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
      "Số: 53/TB-UBND",
      "Bình An, ngày 07 tháng 02 năm 2025",
      "THÔNG BÁO",
      "Về việc thụ lý giải quyết khiếu nại lần hai",
    ],
  );
  expect(tasks).toEqual([]);
});

test("synthetic: a notice 'đến' students of a plan or a schedule ('… thông báo đến sinh viên … kế hoạch tổ chức bảo vệ … như sau:') hands them no work; its list stays what it is", () => {
  const tasks = run(
    [
      "Khoa Công nghệ thông báo đến sinh viên chính quy ngành Kỹ thuật phần mềm kế hoạch tổ chức bảo vệ khóa luận tốt nghiệp đợt 1 năm 2024 như sau:",
      "- Đơn đề nghị bảo vệ khóa luận (theo mẫu của Phòng Đào tạo)",
      "- Bản sao giấy khai sinh (có công chứng)",
    ],
    [
      "TRƯỜNG ĐẠI HỌC BÌNH AN",
      "KHOA CÔNG NGHỆ",
      "Số: 02/TB-KCN",
      "Bình An, ngày 03 tháng 01 năm 2024",
      "THÔNG BÁO",
      "Về kế hoạch bảo vệ khóa luận",
    ],
  );
  expect(tasks).toEqual([]);
});

test("synthetic: 'Riêng X …' after a sentence of others' work names X's own task ('… theo Kế hoạch này. Riêng Trường Tiểu học An Bình chuẩn bị …'; k80)", () => {
  const tasks = run([
    "1. Các trường tiểu học chuẩn bị đầy đủ báo cáo theo Kế hoạch này. Riêng Trường Tiểu học An Bình chuẩn bị chu đáo điều kiện làm việc của Đoàn.",
    "2. Riêng năm 2025, Sở Y tế báo cáo kết quả tiêm chủng trước ngày 15/12/2025.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Các trường tiểu học", "Trường Tiểu học An Bình", "Sở Y tế"]);
  expect(tasks[1].text.startsWith("Riêng Trường Tiểu học An Bình")).toBe(true);
});

test("synthetic: a content item that names its performer at its end ('2. Tham luận “…” - Trường THPT X hỗ trợ thực hiện.'; k80) is X's task, not the plan's author's", () => {
  const tasks = run(
    [
      "Trường THPT Bình An 2 xây dựng kế hoạch tổ chức sinh hoạt chuyên môn môn Địa lí, như sau:",
      "II. NỘI DUNG SINH HOẠT CHUYÊN MÔN",
      "1. Phân tích đề thi tốt nghiệp năm 2025 (môn Địa lí) – Trường THPT Bình An 2 thực hiện.",
      "2. Tham luận “Kinh nghiệm ôn thi tốt nghiệp môn Địa lí” - Trường THPT Phú Lộc hỗ trợ thực hiện.",
      "3. Báo cáo chuyên đề về đổi mới kiểm tra, đánh giá – Tổ Địa lí thực hiện.",
    ],
    [
      "TRƯỜNG THPT BÌNH AN 2",
      "Số: 58/KH-THPTBA2",
      "Bình An, ngày 15 tháng 4 năm 2026",
      "KẾ HOẠCH",
      "Sinh hoạt chuyên môn theo cụm trường",
    ],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Trường THPT Bình An 2", "Trường THPT Phú Lộc", "Tổ Địa lí"]);
});

test("synthetic: a school's invigilators in lower case after a request ('5. Yêu cầu giám thị giám sát …', 'cán bộ coi thi'; k79) own the task", () => {
  const tasks = run(
    [
      "Ban giám hiệu thông báo một số điểm về công tác tổ chức thi học kỳ như sau:",
      "1. Yêu cầu giám thị giám sát tình hình thi chặt chẽ, lập biên bản các trường hợp vi phạm.",
      "2. Yêu cầu cán bộ coi thi có mặt tại phòng thi trước giờ thi 15 phút.",
    ],
    [
      "TRƯỜNG ĐẠI HỌC BÌNH AN",
      "Số: 01/TB-BGH",
      "Bình An, ngày 22 tháng 01 năm 2013",
      "THÔNG BÁO",
      "Về công tác coi thi",
    ],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["giám thị", "cán bộ coi thi"]);
});

test("synthetic: a numbered request of generic work over its bullets ('2. Đề nghị Giám đốc Công an tỉnh, … tổ chức thực hiện' with no colon; k82) only leads them", () => {
  const tasks = run(
    [
      "2. Đề nghị Giám đốc Công an tỉnh, Viện trưởng Viện kiểm sát nhân dân tỉnh tổ chức thực hiện",
      "- Tập trung điều tra, xử lý kịp thời các vụ án tham nhũng.",
      "- Phát hiện kịp thời những sơ hở trong công tác quản lý để kiến nghị khắc phục.",
      "3. Đề nghị Sở Tư pháp tổ chức thực hiện tốt công tác phổ biến pháp luật.",
    ],
    [
      "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
      "Số: 04/CT-UBND",
      "Bình An, ngày 15 tháng 3 năm 2024",
      "CHỈ THỊ",
      "Về phòng, chống tham nhũng",
    ],
  );
  expect(starts(tasks)).toEqual(["Tập trung điều tra, ", "Phát hiện kịp thời n", "Đề nghị Sở Tư pháp t"]);
  expect(tasks[0].owner).toBe("Giám đốc Công an tỉnh, Viện trưởng Viện kiểm sát nhân dân tỉnh");
});

test("synthetic: a label's aside before its colon ('3. Sở Nông nghiệp … (Cơ quan Thường trực …): Phối hợp …'; k82) is no part of the owner's name", () => {
  const tasks = run(
    [
      "Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện thực hiện các nội dung sau:",
      "3. Sở Nông nghiệp và Phát triển nông thôn (Cơ quan Thường trực về Phòng, chống thiên tai): Phối hợp Đài Khí tượng Thủy văn theo dõi diễn biến mưa, lũ.",
      "4. Sở Y tế (cơ quan thường trực): Chỉ đạo các cơ sở y tế trực cấp cứu.",
    ],
    [
      "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
      "Số: 11/CT-UBND",
      "Bình An, ngày 11 tháng 9 năm 2024",
      "CHỈ THỊ",
      "Về an toàn mùa mưa bão",
    ],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế"]);
});

test("synthetic: a closing '… quan tâm thực hiện đúng nội dung văn bản này./.' asks nothing new (k82)", () => {
  const tasks = run([
    "Phòng Đào tạo đề nghị các khoa thực hiện các nội dung sau:",
    "1. Đăng ký lịch seminar của khoa trước ngày 07/11/2025.",
    "Đề nghị Lãnh đạo các đơn vị thuộc Trường quan tâm thực hiện đúng nội dung văn bản này./.",
  ]);
  expect(starts(tasks)).toEqual(["Đăng ký lịch seminar"]);
});

test("synthetic: those an invitation names under 'kính mời:' ('1. Sở Y tế:' over '- Ban Giám đốc Sở;'; k83) are invited, not set work", () => {
  const tasks = run(
    [
      "Để thống nhất các nội dung về cung ứng thuốc, Sở Y tế kính mời:",
      "1. Sở Y tế:",
      "- Ban Giám đốc Sở;",
      "- Đại diện Lãnh đạo Phòng Kế hoạch - Tài chính.",
      "2. Các bệnh viện, trung tâm y tế có giường bệnh:",
      "- Trưởng khoa dược bệnh viện hoặc cán bộ phụ trách công tác dược.",
      "- Chuẩn bị báo cáo số lượng thuốc trúng thầu còn tồn.",
      "Thời gian: Khai mạc lúc 8 giờ 00 ngày 08/9/2017.",
    ],
    [
      "UBND TỈNH BÌNH AN",
      "SỞ Y TẾ",
      "Số: 125/GM-SYT",
      "Bình An, ngày 5 tháng 9 năm 2017",
      "GIẤY MỜI",
      "Tham dự cuộc họp về cung ứng thuốc",
    ],
  );
  expect(starts(tasks)).toEqual(["Chuẩn bị báo cáo số "]);
});

test("synthetic: a letter that tells what was sent before, then asks ('Ngày 11/12/2017 Sở Y tế ban hành Công văn …; thực hiện …, Giám đốc Sở Y tế yêu cầu thủ trưởng các đơn vị rà soát, …'; k83) is that request", () => {
  const tasks = run(
    [
      "Ngày 11/12/2017 Sở Y tế ban hành Công văn số 2243/SYT-NVY về việc báo cáo kết quả thực hiện Đề án; thực hiện Công văn số 1881/KCB-QLCL ngày 22/12/2017 của Cục Quản lý khám, chữa bệnh, Giám đốc Sở Y tế yêu cầu thủ trưởng các đơn vị rà soát, nếu chưa báo cáo thì khẩn trương báo cáo theo Công văn số 2243/SYT-NVY.",
      "Ngày 05/12/2017 Sở Y tế đã ban hành Kế hoạch số 120/KH-SYT về kiểm tra bệnh viện cuối năm.",
      // What the earlier letter asked, reported: no request of this one.
      "Ngày 07/12/2017, Cục Quản lý khám, chữa bệnh có Công văn số 1850/KCB về việc gửi số liệu, trong đó đề nghị các Sở Y tế hướng dẫn các bệnh viện gửi số liệu khám bệnh.",
    ],
    [
      "UBND TỈNH BÌNH AN",
      "SỞ Y TẾ",
      "Số: 05/SYT-NVY",
      "Bình An, ngày 02 tháng 01 năm 2018",
      "V/v nhắc báo cáo kết quả thực hiện Đề án",
    ],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["thủ trưởng các đơn vị"]);
});

test("synthetic: an item labelled 'Đối với <body>: <work>' is that body's (k85, Sở Y tế – Công đoàn ngành 2004/KH), not the body a later section names", () => {
  const tasks = run(
    [
      "II. NHIỆM VỤ",
      "- Đối với Ngành Y tế: Xây dựng kế hoạch và ban hành hướng dẫn các đơn vị trực thuộc triển khai Tháng hành động.",
      "- Các đơn vị: Xây dựng kế hoạch, tổ chức phát động Tháng hành động tại đơn vị.",
      // A topic, not a body: the line's own subject works.
      "- Đối với các nhiệm vụ còn tồn đọng: Sở Tài chính rà soát, báo cáo trước ngày 30/11/2017.",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Ngành Y tế:",
      "Ban Giám đốc Sở Y tế phối hợp Công đoàn ngành xây dựng kế hoạch triển khai đến các đơn vị trực thuộc.",
    ],
    ["SỞ Y TẾ TỈNH BÌNH AN", "Số: 2004/KH-SYT", "Bình An, ngày 20 tháng 10 năm 2017", "KẾ HOẠCH", "Tháng hành động"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Ngành Y tế", "Các đơn vị", "Sở Tài chính", "Ban Giám đốc Sở Y tế"]);
});

test("synthetic: 'tìm kiếm cứu nạn' in a command's name is part of it ('Các thành viên Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn (PCTT&TKCN) tỉnh trực tiếp đến …', k85)", () => {
  const tasks = run(
    [
      "1. Các thành viên Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn (PCTT&TKCN) tỉnh trực tiếp đến các địa bàn đã được phân công để kiểm tra, đôn đốc.",
      "2. Các đồn Biên phòng tìm kiếm người mất tích trên biển, báo cáo kết quả về Ban Chỉ huy.",
    ],
    ["UBND TỈNH BÌNH AN", "Số: 1966/UBND-KTCN", "Bình An, ngày 24 tháng 12 năm 2017", "V/v ứng phó với bão"],
  );
  expect(tasks.map((t) => t.owner)).toEqual([
    "Các thành viên Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn (PCTT&TKCN) tỉnh",
    "Các đồn Biên phòng",
  ]);
});

test("synthetic: a health department's letter to its centres (k84, Sở Y tế Kiên Giang 02/SYT-GAVI): centres by their short names, 'tranh thủ' and 'vận dụng' as work, and 'làm đề nghị' as the subject's own work", () => {
  const tasks = run(
    [
      "Sở Y tế đề nghị các đơn vị khẩn trương thực hiện một số nội dung công tác sau:",
      "1. Về trang thiết bị:",
      "- Các đơn vị tranh thủ nguồn kinh phí của địa phương tiếp tục đưa cán bộ đi tập huấn.",
      "- Các TTYT huyện/thị làm đề nghị UBND huyện và Phòng Tài chính huyện hỗ trợ kinh phí đối với những điểm tiêm chủng cần thiết.",
      "- TTYTDP tỉnh chỉ đạo các TTYT huyện/thị tiến hành rà soát lại những điểm tiêm chủng hiện có.",
      "2. Về công tác kiểm tra giám sát: đề nghị Trung tâm YTDP, Trung tâm CSSKSS tỉnh và các TTYT huyện/thị/thành phố vận dụng nội dung, phương pháp và công cụ giám sát của Dự án.",
      // Still a request: the department asks the province.
      "3. Sở Y tế đề nghị UBND tỉnh bố trí kinh phí cho nhân viên y tế thôn bản.",
    ],
    ["UBND TỈNH BÌNH AN", "SỞ Y TẾ", "Số: 02/SYT-GAVI", "Bình An, ngày 10 tháng 2 năm 2018", "V/v thực hiện kết luận"],
  );
  expect(tasks.map((t) => t.owner)).toEqual([
    "Các đơn vị",
    "Các TTYT huyện/thị",
    "TTYTDP tỉnh",
    "Trung tâm YTDP, Trung tâm CSSKSS tỉnh và các TTYT huyện/thị/thành phố",
    "UBND tỉnh",
  ]);
});

test("synthetic: a plan's duties that announce their own details (k84, Sở Y tế Kiên Giang 239/KH-SYT): papers to send ('Gửi … những tài liệu kèm theo sau đây …:'), a quota ('… với số lượng như sau:'), and duties opening with 'Kết hợp', 'Thành lập'", () => {
  const tasks = run(
    [
      "III. Tổ chức thực hiện",
      "1. Sở Y tế:",
      "- Kết hợp Bảo hiểm xã hội tỉnh xây dựng kế hoạch đấu thầu cung ứng thuốc trình UBND tỉnh phê duyệt.",
      "- Thành lập Hội đồng đấu thầu, Tổ chuyên gia, Tổ thẩm định và các tổ khác phục vụ cho công tác đấu thầu.",
      "2. Các cơ sở y tế trong tỉnh:",
      "- Bệnh viện công lập cử cán bộ có chứng chỉ đấu thầu tham gia Hội đồng đấu thầu tại Sở Y tế với số lượng như sau:",
      "+ Bệnh viện huyện và các TTYT có giường bệnh: mỗi đơn vị cử 02 cán bộ.",
      "+ Bệnh viện đa khoa tỉnh: 8 cán bộ.",
      "- Gửi danh mục thuốc và những tài liệu kèm theo sau đây về Sở Y tế theo đúng thời gian đã quy định trong kế hoạch:",
      "+ Biên bản họp và ý kiến tư vấn của Hội đồng thuốc và điều trị của cơ sở y tế về danh mục thuốc.",
      "+ Dự toán chi ngân sách nhà nước năm kế hoạch được cơ quan nhà nước có thẩm quyền giao.",
      "+ Hợp đồng khám bệnh, chữa bệnh BHYT giữa đơn vị và cơ quan BHXH.",
      "- Ký kết hợp đồng với các nhà thầu sau khi có kết quả.",
    ],
    [
      "UBND TỈNH BÌNH AN",
      "SỞ Y TẾ",
      "Số: 239/KH-SYT",
      "Bình An, ngày 01 tháng 3 năm 2018",
      "KẾ HOẠCH",
      "Đấu thầu thuốc",
    ],
  );
  expect(tasks.map((t) => [t.text.slice(0, 16), t.owner])).toEqual([
    ["Kết hợp Bảo hiểm", "Sở Y tế"],
    ["Thành lập Hội đồ", "Sở Y tế"],
    ["Bệnh viện công l", "Bệnh viện công lập"],
    ["Gửi danh mục thu", "Các cơ sở y tế trong tỉnh"],
    ["Ký kết hợp đồng ", "Các cơ sở y tế trong tỉnh"],
  ]);
});

test("synthetic: an issuer that announces for information or opens an invitation sets no one work (k84 Sở TTTT Bến Tre 666/TB, k85 Hội đồng đấu thầu 45/GM: precision tests)", () => {
  const notice = run(
    [
      "Căn cứ Quyết định số 2729/QĐ-UBND ngày 16 tháng 11 năm 2011 của Chủ tịch Ủy ban nhân dân tỉnh về việc bổ nhiệm ông Trịnh Minh Châu giữ chức vụ Phó Giám đốc Sở.",
      "Sở Thông tin và Truyền thông tỉnh Bến Tre xin trân trọng thông báo chức danh và giới thiệu chữ ký của ông Trịnh Minh Châu – Phó Giám đốc Sở đến quí cơ quan, đơn vị biết để tiện trong việc liên hệ công tác.",
    ],
    [
      "UBND TỈNH BẾN TRE",
      "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
      "Số: 666/TB-STTTT",
      "Bến Tre, ngày 14 tháng 12 năm 2011",
      "THÔNG BÁO",
    ],
  );
  expect(notice).toEqual([]);
  const invitation = run(
    [
      "Hội đồng đấu thầu mua thuốc năm 2018 của Sở Y tế tỉnh Kiên Giang tổ chức cuộc họp kính mời:",
      "Thành phần: Thành viên Tổ xây dựng kế hoạch lựa chọn nhà thầu.",
      "Thời gian: 01 buổi vào lúc 14h00 ngày 09/4/2018.",
      // The neighbour: a notice that asks something of those it tells.
      "Sở Y tế trân trọng thông báo và đề nghị các đơn vị gửi danh sách thành viên trước ngày 06/4/2018.",
    ],
    ["SỞ Y TẾ TỈNH KIÊN GIANG", "Số: 45/GM-HĐĐT", "Kiên Giang, ngày 5 tháng 4 năm 2018", "GIẤY MỜI"],
  );
  expect(invitation.map((t) => t.owner)).toEqual(["các đơn vị"]);
});

test("synthetic: 'Đề nghị các đơn vị … triển khai thực hiện theo đúng tiến độ và nội dung của kế hoạch./.' closes a plan and asks nothing specific (k84, 239/KH-SYT)", () => {
  const tasks = run(
    [
      "1. Các cơ sở y tế gửi danh mục thuốc về Sở Y tế trước ngày 20/3/2018.",
      // Not the formula: a day is named.
      "2. Đề nghị các đơn vị triển khai thực hiện theo đúng tiến độ, báo cáo kết quả trước ngày 30/6/2018.",
      "Đề nghị các đơn vị y tế trong tỉnh triển khai thực hiện theo đúng tiến độ và nội dung của kế hoạch./.",
    ],
    ["SỞ Y TẾ TỈNH BÌNH AN", "Số: 239/KH-SYT", "Bình An, ngày 01 tháng 3 năm 2018", "KẾ HOẠCH", "Đấu thầu thuốc"],
  );
  expect(starts(tasks)).toEqual(["Các cơ sở y tế gửi d", "Đề nghị các đơn vị t"]);
});

test("synthetic: a duty opening with 'Thành lập' or 'Kiện toàn' is work with no subject of its own; the committees it sets up are no owners (k84, 239/KH-SYT)", () => {
  const tasks = run(
    [
      "III. Tổ chức thực hiện",
      "1. Sở Y tế:",
      "- Thành lập Hội đồng đấu thầu, Tổ chuyên gia, Tổ thẩm định, Tổ xây dựng kế hoạch lựa chọn nhà thầu, Tổ xây dựng hồ sơ mời thầu và các tổ khác phục vụ cho công tác đấu thầu.",
      "- Kiện toàn Ban Chỉ đạo, Tổ giúp việc, Tổ kiểm tra liên ngành của tỉnh.",
      // A body that sets one up names itself.
      "2. Bệnh viện đa khoa tỉnh thành lập Tổ chuyên gia đấu thầu vật tư y tế.",
    ],
    ["SỞ Y TẾ TỈNH BÌNH AN", "Số: 239/KH-SYT", "Bình An, ngày 01 tháng 3 năm 2018", "KẾ HOẠCH", "Đấu thầu thuốc"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Sở Y tế", "Sở Y tế", "Bệnh viện đa khoa tỉnh"]);
});

test("synthetic: a plan's content items belong to the body that leads its implementation ('Tổng cục Thuế chủ trì … triển khai thực hiện Kế hoạch'), not to the steering committees that monitor it (k60, Bộ Tài chính 2439/QĐ)", () => {
  const tasks = run(
    [
      "C. KẾ HOẠCH THỰC HIỆN CÁC GIẢI PHÁP",
      "I. Nội dung",
      "a) Đối với thuế giá trị gia tăng: mở rộng cơ sở thuế thông qua giảm nhóm hàng hóa không chịu thuế.",
      "b) Đối với thuế tiêu thụ đặc biệt: rà soát, nghiên cứu sửa đổi, bổ sung đối tượng chịu thuế.",
      "D. TỔ CHỨC THỰC HIỆN",
      "1. Ban Chỉ đạo các cấp có nhiệm vụ chỉ đạo, theo dõi, đôn đốc, kiểm tra việc thực hiện Chiến lược; xây dựng và tổ chức thực hiện kế hoạch hằng năm.",
      "2. Tổng cục Thuế chủ trì phối hợp với các đơn vị liên quan có trách nhiệm tổ chức tuyên truyền, triển khai thực hiện Kế hoạch cải cách hệ thống thuế đến năm 2025.",
    ],
    ["BỘ TÀI CHÍNH", "Số: 2439/QĐ-BTC", "Hà Nội, ngày 22 tháng 4 năm 2022", "KẾ HOẠCH", "Cải cách hệ thống thuế"],
  );
  expect(tasks.slice(0, 2).map((t) => t.owner)).toEqual(["Tổng cục Thuế", "Tổng cục Thuế"]);
});

test("synthetic: a survey letter's numbered requests take the day of the sending line under them, and the units listed under 'Cụ thể như sau:' are no tasks (k86, Cục Quản lý Môi trường y tế 1119/MT-SKCĐ)", () => {
  const tasks = run(
    [
      "Để cuộc khảo sát đạt kết quả tốt, Cục Quản lý môi trường y tế kính đề nghị Quý Sở phối hợp hỗ trợ một số nội dung sau:",
      "1. Cung cấp đầy đủ thông tin theo phiếu khảo sát (mẫu số 01) đính kèm công văn này;",
      "2. Gửi phiếu khảo sát đến các đơn vị trực thuộc và chỉ đạo các đơn vị cung cấp đầy đủ các thông tin trong nội dung phiếu khảo sát. Cụ thể như sau:",
      "- Trung tâm Y tế dự phòng tỉnh, 02 Trung tâm Y tế dự phòng huyện, Trạm y tế của 1 xã hoặc phường (mẫu phiếu số 02);",
      "- Bệnh viện đa khoa tỉnh, 02 bệnh viện đa khoa của 2 huyện trong tỉnh (mẫu phiếu số 03).",
      "Phiếu khảo sát sau khi được điền đầy đủ thông tin xin gửi về Viện Sức khỏe nghề nghiệp và Môi trường trước ngày 05/11/2017 để tổng hợp.",
      "Trân trọng cảm ơn./.",
    ],
    [
      "BỘ Y TẾ",
      "CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ",
      "Số: 1119/MT-SKCĐ",
      "Hà Nội, ngày 17 tháng 10 năm 2017",
      "Kính gửi: Sở Y tế",
    ],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.deadline?.date ?? null])).toEqual([
    ["Cung cấp đầy", "2017-11-05"],
    ["Gửi phiếu kh", "2017-11-05"],
  ]);
});

test("synthetic: doctors by their role head an owner ('Bác sĩ Trưởng khoa …', 'Y – Bác sĩ RHM …', 'Điều dưỡng trưởng …'), as teachers and students do (k86, Bệnh viện Răng Hàm Mặt Trung ương 499/RHMTW)", () => {
  const tasks = run(
    [
      "Để cho Lớp tập huấn đạt được hiệu quả cao, chúng tôi đề nghị:",
      "- Phòng Nghiệp vụ Y- Sở Y tế thông báo cho các bệnh viện, cơ sở y tế, phòng Y tế về nội dung công văn này.",
      "- Bác sĩ Trưởng khoa RHM đầu ngành và cán bộ phụ trách Nha học đường phổ biến nội dung công văn này cho toàn bộ các Y – Bác sĩ Răng Hàm Mặt trong tỉnh.",
      "- Y – Bác sĩ RHM tham dự lớp tập huấn đăng ký trước ngày 08/12/2017 cho CN. Cao Xuân Hồng.",
      "- Điều dưỡng trưởng các khoa rà soát danh sách học viên.",
    ],
    ["BỘ Y TẾ", "BỆNH VIỆN RĂNG HÀM MẶT TRUNG ƯƠNG", "Số: 499/RHMTW", "TP. Hồ Chí Minh, ngày 04 tháng 10 năm 2017"],
  );
  expect(tasks.map((t) => t.owner)).toEqual([
    "Phòng Nghiệp vụ Y- Sở Y tế",
    "Bác sĩ Trưởng khoa RHM đầu ngành và cán bộ phụ trách Nha học đường",
    "Y – Bác sĩ RHM tham dự lớp tập huấn",
    "Điều dưỡng trưởng các khoa",
  ]);
});

test("synthetic: 'Mỗi thí sinh nộp 1 bộ hồ sơ …, các giấy tờ trong túi hồ sơ sắp xếp theo thứ tự sau:' is the task; the papers under it are no tasks (k86, Trường ĐH Y khoa Phạm Ngọc Thạch 3669/TB)", () => {
  const tasks = run(
    [
      "III. HỒ SƠ DỰ TUYỂN",
      "Mỗi thí sinh nộp 1 bộ hồ sơ đăng ký dự tuyển phát hành tại Trường, các giấy tờ trong túi hồ sơ sắp xếp theo thứ tự sau:",
      "1. Phiếu nộp hồ sơ dự thi và 04 ảnh màu 3x4 cm.",
      "2. Đơn xin dự tuyển.",
      // No work of its own: the dossier's contents only.
      "Hồ sơ gồm các giấy tờ sau:",
      "- Bản sao bằng tốt nghiệp.",
    ],
    [
      "TRƯỜNG ĐẠI HỌC Y KHOA PHẠM NGỌC THẠCH",
      "Số: 3669/TB-TĐHYKPNT",
      "TP. Hồ Chí Minh, ngày 09 tháng 10 năm 2017",
      "THÔNG BÁO",
      "Tuyển sinh nghiên cứu sinh năm 2017",
    ],
  );
  expect(tasks.map((t) => [t.text.slice(0, 14), t.owner])).toEqual([["Mỗi thí sinh n", "Mỗi thí sinh"]]);
});

test("synthetic: 'Khai thác …', 'Công khai …' and 'Sửa đổi, bổ sung …' open a programme's work at the start of a line, under a timeline as under a content heading (k61, Bộ Tài chính 2438/QĐ-BTC)", () => {
  const tasks = run(
    [
      "Điều 2. Thủ trưởng các đơn vị thuộc Bộ Tài chính chịu trách nhiệm thi hành Quyết định này.",
      "CHƯƠNG TRÌNH",
      "I. LỘ TRÌNH THỰC HIỆN",
      "a) Năm 2023",
      "- Khai thác, sử dụng cơ sở dữ liệu hỗ trợ người nộp thuế; đánh giá hiệu quả.",
      "- Công khai thông tin chất lượng hoạt động của đại lý thuế.",
      "- Sửa đổi, bổ sung quy trình tuyên truyền hỗ trợ người nộp thuế.",
      // Inside a line the verb is part of a body's name: the owner keeps it whole.
      "Công ty Khai thác công trình thủy lợi có trách nhiệm báo cáo.",
    ],
    ["BỘ TÀI CHÍNH", "Số: 100/QĐ-BTC", "Hà Nội, ngày 20 tháng 11 năm 2022", "QUYẾT ĐỊNH"],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.deadline?.raw])).toEqual([
    ["Khai thác, s", "Năm 2023"],
    ["Công khai th", "Năm 2023"],
    ["Sửa đổi, bổ ", "Năm 2023"],
    ["Công ty Khai", "Năm 2023"],
  ]);
  expect(tasks[3].owner).toBe("Công ty Khai thác công trình thủy lợi");
});

test("synthetic: 'Kế toán' heads a person ('Kế toán, chuyên viên … lập dự toán'), not a field of work: '6. Kế toán thuế, thống kê thuế' over a plan's items is a topic, whose items the plan's lead body owns (k61, Bộ Tài chính 2438/QĐ-BTC)", () => {
  const tasks = run(
    [
      "I. TỔ CHỨC THỰC HIỆN",
      "1. Tổng cục Thuế chủ trì, phối hợp với các đơn vị liên quan tổ chức triển khai thực hiện Kế hoạch này.",
      "II. NỘI DUNG",
      "6. Kế toán thuế, thống kê thuế",
      "a) Xây dựng quy trình kế toán thuế theo quy định của pháp luật.",
      "7. Kế toán, chuyên viên phụ trách hành chính",
      "a) Lập dự toán kinh phí tổ chức hội nghị.",
    ],
    ["BỘ TÀI CHÍNH", "Số: 100/KH-BTC", "Hà Nội, ngày 20 tháng 11 năm 2022", "KẾ HOẠCH"],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["Tổng cục Thu", "Tổng cục Thuế"],
    ["Xây dựng quy", "Tổng cục Thuế"],
    ["Lập dự toán ", "Kế toán, chuyên viên phụ trách hành chính"],
  ]);
});

test("synthetic: a plan's items under a nested '6.1. Nội dung' or '6.2. Lộ trình thực hiện' go to the plan's lead body, even when their top section is no content section (k61, Bộ Tài chính 2438/QĐ-BTC, whose scan lost 'III. NỘI DUNG')", () => {
  const tasks = run(
    [
      "I. TỔ CHỨC THỰC HIỆN",
      "1. Tổng cục Thuế chủ trì, phối hợp với các đơn vị liên quan tổ chức triển khai thực hiện Kế hoạch này.",
      "II. MỤC TIÊU CỤ THỂ",
      "1. Đến năm 2025, tỷ lệ hồ sơ khai thuế điện tử đạt 98%.",
      "6. Kế toán thuế, thống kê thuế",
      "6.1. Nội dung",
      "a) Xây dựng quy trình kế toán thuế theo quy định của pháp luật.",
      "6.2. Lộ trình thực hiện",
      "- Nâng cấp ứng dụng kế toán thuế.",
      // A roadmap is a task section; a statement about work is still none, "manage to" still work.
      "- Phát triển kế toán thuế điện tử là nhiệm vụ quan trọng của ngành.",
      "- Hình thành được đội ngũ cán bộ kế toán thuế chuyên nghiệp.",
    ],
    ["BỘ TÀI CHÍNH", "Số: 100/KH-BTC", "Hà Nội, ngày 20 tháng 11 năm 2022", "KẾ HOẠCH"],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["Tổng cục Thu", "Tổng cục Thuế"],
    ["Xây dựng quy", "Tổng cục Thuế"],
    ["Nâng cấp ứng", "Tổng cục Thuế"],
    ["Hình thành đ", "Tổng cục Thuế"],
  ]);
});

test("synthetic: a subject's name ends at 'gởi' (the South's 'gửi'), 'chỉnh sửa', 'kết thúc', and before a clause of time or addition ('sau khi …', 'ngoài việc …') (k88, Trường ĐH Duy Tân 363/TB-ĐHDT, VKU 46/KH-KHMT)", () => {
  const tasks = run(
    [
      "1. Hằng tháng, GVCN gởi biên bản sinh hoạt lớp cho Lãnh đạo khoa.",
      "2. Lãnh đạo khoa sau khi tổng hợp ý kiến của các lớp, gởi báo cáo cho phòng Đào tạo.",
      "3. Phòng Thanh tra ngoài việc kiểm tra theo lịch còn kiểm tra đột xuất các lớp.",
      "4. Sinh viên chỉnh sửa báo cáo theo góp ý của giảng viên hướng dẫn.",
      "5. Sinh viên kết thúc thực tập và nộp báo cáo về Khoa.",
    ],
    ["TRƯỜNG ĐẠI HỌC BÌNH AN", "Số: 12/TB-ĐHBA", "Đà Nẵng, ngày 02 tháng 12 năm 2025", "THÔNG BÁO"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["GVCN", "Lãnh đạo khoa", "Phòng Thanh tra", "Sinh viên", "Sinh viên"]);
});

test("synthetic: 'Nhóm các nền tảng …', 'Nhóm ứng dụng …' title a category of a programme's work, not a team: the items under them go to the plan's lead body (k89, Thủ tướng 2629/QĐ-TTg)", () => {
  const tasks = run(
    [
      "III. NHIỆM VỤ, GIẢI PHÁP",
      "1. Nhóm các nền tảng dùng chung",
      "- Xây dựng Nền tảng trợ lý ảo quốc gia.",
      "2. Nhóm ứng dụng, nền tảng số cấp bộ, cấp tỉnh",
      "- Phát triển Kho dữ liệu dùng chung cấp bộ, cấp tỉnh.",
      "3. Nhóm công tác liên ngành rà soát các nền tảng số trước ngày 30/6/2026.",
      "IV. TỔ CHỨC THỰC HIỆN",
      "1. Bộ Khoa học và Công nghệ chủ trì, phối hợp với các bộ, ngành tổ chức triển khai thực hiện Chương trình này.",
    ],
    ["THỦ TƯỚNG CHÍNH PHỦ", "Số: 100/QĐ-TTg", "Hà Nội, ngày 01 tháng 12 năm 2025", "QUYẾT ĐỊNH"],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["Xây dựng Nền", "Bộ Khoa học và Công nghệ"],
    ["Phát triển K", "Bộ Khoa học và Công nghệ"],
    ["Nhóm công tá", "Nhóm công tác liên ngành"],
    ["Bộ Khoa học ", "Bộ Khoa học và Công nghệ"],
  ]);
});

test("synthetic: a time after the subject ends its name ('Phòng X cuối học kỳ 1 và cuối năm gởi …', 'Khoa đầu năm học lập …') (k88, Trường ĐH Duy Tân 363/TB-ĐHDT)", () => {
  const tasks = run(
    [
      "1. Phòng Công tác sinh viên cuối học kỳ 1 và cuối năm gởi cho phòng Đào tạo danh sách giảng viên chủ nhiệm.",
      "2. Khoa đầu năm học lập danh sách cố vấn học tập.",
      // Not a time: "cuối"/"đầu" before other words stay in the name.
      "3. Ban Chỉ đạo cuộc điều tra đầu tư có trách nhiệm báo cáo trước ngày 30/12/2025.",
    ],
    ["TRƯỜNG ĐẠI HỌC BÌNH AN", "Số: 12/TB-ĐHBA", "Đà Nẵng, ngày 02 tháng 12 năm 2025", "THÔNG BÁO"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Phòng Công tác sinh viên", "Khoa", "Ban Chỉ đạo cuộc điều tra đầu tư"]);
});

test("synthetic: '1. Ủy ban nhân dân Thành phố có quyền hạn và trách nhiệm:' heads its lettered duties, as '… có trách nhiệm:' does (k90, HĐND Hà Nội 73/2025/NQ-HĐND)", () => {
  const tasks = run(
    [
      "Điều 16. Trách nhiệm của Ủy ban nhân dân Thành phố và cơ quan có liên quan",
      "1. Ủy ban nhân dân Thành phố có quyền hạn và trách nhiệm:",
      "a) Ban hành văn bản hướng dẫn việc tổ chức thi hành Nghị quyết;",
      "b) Cân đối bố trí ngân sách hằng năm để thực hiện Nghị quyết;",
      "2. Sở Tài chính có nhiệm vụ, quyền hạn sau:",
      "a) Thẩm định dự toán kinh phí hỗ trợ.",
    ],
    ["HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Số: 73/2025/NQ-HĐND", "Hà Nội, ngày 27 tháng 11 năm 2025", "NGHỊ QUYẾT"],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["Ban hành văn", "Ủy ban nhân dân Thành phố"],
    ["Cân đối bố t", "Ủy ban nhân dân Thành phố"],
    ["Thẩm định dự", "Sở Tài chính"],
  ]);
});

test("synthetic: '… được quy định tại Điều 9 …' after a work verb qualifies what the work is about; alone it states a rule (k87, Kiểm toán nhà nước 1760/QĐ-KTNN)", () => {
  const tasks = run(
    [
      "2. Vụ Tổ chức cán bộ có trách nhiệm",
      "a) Tổ chức việc cấp mới, đổi và cấp lại thẻ;",
      "b) Thực hiện lưu giữ thẻ bị thu hồi theo Quyết định của Tổng Kiểm toán nhà nước được quy định tại Điều 9 của Quy định này.",
      "3. Hồ sơ, trình tự cấp thẻ",
      "Hồ sơ đề nghị cấp thẻ được quy định tại Điều 7 của Quy định này.",
      // What a post does, by reference: no work of its own.
      "4. Nhiệm vụ của chức danh Kiểm toán viên",
      "Thực hiện theo Bản mô tả công việc của vị trí việc làm được quy định tại Phụ lục II của Quy định này.",
    ],
    ["KIỂM TOÁN NHÀ NƯỚC", "Số: 100/QĐ-KTNN", "Hà Nội, ngày 24 tháng 11 năm 2025", "QUYẾT ĐỊNH"],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["Tổ chức việc", "Vụ Tổ chức cán bộ"],
    ["Thực hiện lư", "Vụ Tổ chức cán bộ"],
  ]);
});

test("synthetic: after the effect clause ('Quyết định này có hiệu lực kể từ ngày ký.'), a sentence where bodies do work is the task (k90, UBND Bắc Ninh 456/QĐ-UBND)", () => {
  const tasks = run(
    [
      "Điều 1. Ban hành kèm theo Quyết định này Danh mục dịch vụ sự nghiệp công.",
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan, đơn vị sự nghiệp công lập, UBND cấp xã căn cứ Danh mục tại Điều 1 tổ chức triển khai lựa chọn đơn vị cung cấp dịch vụ theo quy định.",
      // The effect clause alone, or followed by what it replaces, sets no one work.
      "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Thay thế Quyết định số 12/QĐ-UBND ngày 01/3/2021.",
    ],
    ["ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Số: 456/QĐ-UBND", "Bắc Ninh, ngày 20 tháng 11 năm 2025", "QUYẾT ĐỊNH"],
  );
  expect(tasks.map((t) => [t.text.slice(0, 14), t.owner])).toEqual([
    ["Các cơ quan, đ", "Các cơ quan, đơn vị sự nghiệp công lập, UBND cấp xã"],
  ]);
});

test("synthetic: a university's student advisers by their short name ('CVHT', as 'GVCN') own their work (k88, Trường ĐH Duy Tân 363/TB-ĐHDT)", () => {
  const tasks = run(
    [
      "1. CVHT có nhiệm vụ tư vấn cho sinh viên lớp mình các vấn đề về học tập.",
      "2. Cuối tháng CVHT lập danh sách sinh viên gởi câu hỏi theo mẫu CVHT-02.",
      // A form named after them is no owner, nor is what a form holds work.
      "3. Mẫu CVHT-01: Danh sách sinh viên đăng ký nhận hình thức tư vấn.",
      "4. Mẫu CVHT-02: CVHT tổng hợp khối lượng tư vấn có sinh viên xác nhận.",
    ],
    ["TRƯỜNG ĐẠI HỌC BÌNH AN", "Số: 12/TB-ĐHBA", "Đà Nẵng, ngày 02 tháng 12 năm 2025", "THÔNG BÁO"],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["CVHT có nhiệ", "CVHT"],
    ["Cuối tháng C", "CVHT"],
  ]);
});

test("synthetic: 'Căn cứ quy định trên, đề nghị …' grounds a request on what the letter quoted above: the request is the task; 'Căn cứ Luật …' alone is still a ground (k91, Cục Thuế 5388/CT-CS)", () => {
  const tasks = run(
    [
      "Căn cứ Luật Quản lý thuế số 38/2019/QH14;",
      "Căn cứ các quy định nêu trên, đề nghị Thuế tỉnh Bình An căn cứ hồ sơ thực tế của doanh nghiệp để xử lý theo quy định.",
      "Căn cứ quy định trên, Cục Thuế trả lời để Thuế tỉnh Bình An được biết.",
      // A rule grounded on the same text asks nobody.
      "Căn cứ hướng dẫn trên, trường hợp doanh nghiệp chưa nộp hồ sơ thì áp dụng quy định mới.",
    ],
    ["BỘ TÀI CHÍNH", "CỤC THUẾ", "Số: 5388/CT-CS", "Hà Nội, ngày 20 tháng 11 năm 2025", "Kính gửi: Thuế tỉnh Bình An."],
  );
  expect(tasks.map((t) => [t.text.slice(0, 14), t.owner])).toEqual([["Căn cứ các quy", "Thuế tỉnh Bình An"]]);
});

test("synthetic: a duty heading's '(sau đây gọi tắt là “…”)' defines a short name; the owner of its items is the name without it (k90, HĐND Hà Nội 73/2025/NQ-HĐND)", () => {
  const tasks = run(
    [
      "Điều 5. Tổ chức thực hiện",
      "1. Ban Quản lý các khu công nghệ cao thành phố Bình An (sau đây gọi tắt là “Ban Quản lý”) có trách nhiệm:",
      "a) Chủ trì tiếp nhận, xét duyệt hồ sơ cấp thẻ nhân lực công nghệ cao.",
      "b) Định kỳ hằng năm báo cáo Ủy ban nhân dân Thành phố kết quả thực hiện.",
    ],
    ["HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ BÌNH AN", "Số: 73/2025/NQ-HĐND", "Bình An, ngày 27 tháng 11 năm 2025", "NGHỊ QUYẾT"],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["Chủ trì tiếp", "Ban Quản lý các khu công nghệ cao thành phố Bình An"],
    ["Định kỳ hằng", "Ban Quản lý các khu công nghệ cao thành phố Bình An"],
  ]);
});

test("synthetic: 'Trình tự', 'Trình độ' are nouns, not the verb 'trình': 'Trình tự, thủ tục … được quy định chi tiết tại mục 1 Phụ lục I' sets no work; 'Trình Ủy ban nhân dân …' still does (k90, HĐND Hà Nội 73/2025/NQ-HĐND)", () => {
  const tasks = run(
    [
      // Read as "trình" (submit), the article's title made a section of work and its items tasks.
      "Điều 11. Trình tự, thủ tục triển khai các chính sách thu hút nhân lực công nghệ cao",
      "1. Trình tự, thủ tục cấp mới thẻ nhân lực công nghệ cao được quy định chi tiết tại mục 1 Phụ lục I ban hành kèm theo Nghị quyết này.",
      "2. Trình độ chuyên môn của người được cấp thẻ được quy định chi tiết tại mục 2 Phụ lục I.",
      "Điều 12. Tổ chức thực hiện",
      "1. Trình Ủy ban nhân dân Thành phố ban hành quy trình cấp thẻ trước ngày 31/12/2025.",
    ],
    ["HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ BÌNH AN", "Số: 73/2025/NQ-HĐND", "Bình An, ngày 27 tháng 11 năm 2025", "NGHỊ QUYẾT"],
  );
  expect(starts(tasks)).toEqual(["Trình Ủy ban nhân dâ"]);
});

test("synthetic: a Party letter numbers its items '1-', '2-' (a digit and a dash): they are items, so 'Giao X chủ trì …' and an owner heading '1- Các đồng chí bí thư …:' work as with '1.' (k92, Tỉnh ủy Bắc Giang 368-CV/BPTT)", () => {
  const tasks = run(
    [
      "Để bảo đảm việc kiểm điểm đạt yêu cầu, Ban Thường vụ Huyện ủy yêu cầu:",
      "1- Các đồng chí bí thư chi bộ, đảng bộ cơ sở:",
      "- Chỉ đạo xây dựng kế hoạch khắc phục những hạn chế đã chỉ ra qua kiểm điểm.",
      "2- Các tổ công tác kịp thời gửi báo cáo về Văn phòng Huyện ủy để tổng hợp.",
      "3- Giao Văn phòng Huyện ủy chủ trì đôn đốc, theo dõi việc thực hiện Công văn này./.",
      // A range at a line's start is no marker: no space follows its dash.
      "15-20 cán bộ dự lớp bồi dưỡng.",
    ],
    ["HUYỆN ỦY BÌNH AN", "Số 36-CV/HU", "Bình An, ngày 15 tháng 10 năm 2025", "Kính gửi: Các chi bộ, đảng bộ cơ sở."],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["Chỉ đạo xây ", "Các đồng chí bí thư chi bộ, đảng bộ cơ sở"],
    ["Các tổ công ", "Các tổ công tác"],
    ["Giao Văn phò", "Văn phòng Huyện ủy"],
  ]);
});

test("synthetic: 'Kết thúc mỗi đợt …,' opens a clause of time before its subject, as 'Sau khi …,' does: the body after the comma owns the work (k92, Tỉnh ủy Bắc Giang 368-CV/BPTT)", () => {
  const tasks = run([
    "3. Kết thúc mỗi đợt kiểm điểm, các tổ công tác kịp thời gửi báo cáo về Văn phòng Huyện ủy để tổng hợp.",
    "4. Kết thúc năm học, Phòng Giáo dục và Đào tạo tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["Kết thúc mỗi", "các tổ công tác"],
    ["Kết thúc năm", "Phòng Giáo dục và Đào tạo"],
  ]);
});

test("synthetic: an owner heading lists roles after ';' in lower case ('1- Các đồng chí bí thư huyện uỷ, …; bí thư ban cán sự đảng, đảng đoàn; trưởng các sở, …:'): they go on with the first name, and the heading owns its items (k92, Tỉnh ủy Bắc Giang 368-CV/BPTT)", () => {
  const heading =
    "Các đồng chí bí thư đảng ủy xã, thị trấn; bí thư chi bộ trực thuộc; trưởng các ban, ngành, đoàn thể huyện";
  const tasks = run(
    [
      "Ban Thường vụ Huyện ủy yêu cầu:",
      `1- ${heading}:`,
      "- Phải quán triệt sâu sắc trong tập thể lãnh đạo về nội dung, mục đích của Nghị quyết.",
      "- Chỉ đạo xây dựng kế hoạch khắc phục những hạn chế đã chỉ ra qua kiểm điểm.",
    ],
    ["HUYỆN ỦY BÌNH AN", "Số 36-CV/HU", "Bình An, ngày 15 tháng 10 năm 2025", "Kính gửi: Các chi bộ, đảng bộ cơ sở."],
  );
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["Phải quán tr", heading],
    ["Chỉ đạo xây ", heading],
  ]);
});

test("synthetic: a paper to send in is a task when asked for or dated ('Nội dung báo cáo … đề nghị gửi về Sở X', 'Văn bản góp ý gửi về Phòng Nội vụ trước ngày …'); a rule on where papers go ('Hồ sơ được gửi tới …', 'Báo cáo gửi về Sở X để tổng hợp') is not (k92, Sở KH&ĐT Bắc Giang 61/SKH-TH; k5, Phòng Nội vụ Sông Cầu)", () => {
  const asked = run(
    [
      "Sở Kế hoạch và Đầu tư đề nghị Chủ tịch UBND các huyện báo cáo kết quả giao kế hoạch năm 2026.",
      "Nội dung báo cáo và Quyết định giao kế hoạch của UBND các huyện cho các đơn vị trực thuộc đề nghị gửi về Sở Kế hoạch và Đầu tư theo địa chỉ: Phòng Tổng hợp. Thời gian trước ngày 15 tháng 02 năm 2026 để tổng hợp.",
      "Hồ sơ được gửi tới Ngân hàng Nhà nước chi nhánh Khu vực qua dịch vụ bưu chính.",
      "Báo cáo gửi về Sở Nội vụ để tổng hợp chung.",
    ],
    [
      "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
      "Số: 61/SKH-TH",
      "Bình An, ngày 31 tháng 01 năm 2026",
      "Kính gửi: Chủ tịch UBND các huyện.",
    ],
  );
  expect(asked.map((t) => [t.text.slice(0, 14), t.deadline?.date ?? null])).toEqual([
    ["Sở Kế hoạch và", "2026-02-15"],
    ["Nội dung báo c", "2026-02-15"],
  ]);
  const dated = run(
    [
      "Phòng Nội vụ đã gửi dự thảo Nghị quyết kèm theo Công văn số 10/PNV ngày 20/5/2026.",
      "Văn bản góp ý gửi về Phòng Nội vụ trước ngày 02/6/2026 (gửi kèm file về địa chỉ thư điện tử).",
      // The paper's name alone before the verb (k95, 1139/BĐH).
      "Báo cáo gửi về Sở Tư pháp- Cơ quan thường trực của Ban Chỉ đạo tỉnh trước ngày 05/6/2026, đề nghị gửi báo cáo thành 02 bản, 01 bản giấy và 01 bản điện tử.",
    ],
    [
      "UBND THỊ XÃ BÌNH AN",
      "PHÒNG NỘI VỤ",
      "Số: 12/PNV",
      "Bình An, ngày 27 tháng 5 năm 2026",
      "Kính gửi: Các cơ quan, đơn vị.",
    ],
  );
  // The body after "của" in the address the paper goes to does not send it.
  expect(dated.map((t) => [t.text.slice(0, 14), t.deadline?.date ?? null, t.owner])).toEqual([
    ["Văn bản góp ý ", "2026-06-02", null],
    ["Báo cáo gửi về", "2026-06-05", null],
  ]);
});

test("synthetic: what a regulation funds ('Hỗ trợ tiền ăn thêm mức 72.000 đồng/người/ngày', 'Hỗ trợ chi phí thuê, mua các giải pháp chuyển đổi số.') is no task unless a body is named; 'Hỗ trợ kinh phí, huấn luyện viên …' and 'Hỗ trợ doanh nghiệp …' still are (k52 26/2026/NQ-CP, k53 13/2023/TT-BKHĐT)", () => {
  const tasks = run(
    [
      "Điều 5. Nội dung hỗ trợ",
      "1. Hỗ trợ tiền ăn thêm mức 72.000 đồng/người/ngày, tính theo số ngày thực tế làm nhiệm vụ.",
      "2. Hỗ trợ chi phí thuê, mua các giải pháp chuyển đổi số.",
      "3. Hỗ trợ kinh phí, huấn luyện viên hướng dẫn về chuyên môn cho các đội tham gia hội thi.",
      "4. Hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm xúc tiến thương mại trong nước.",
      "5. Sở Tài chính hỗ trợ chi phí thuê địa điểm tổ chức hội chợ.",
    ],
    ["BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "Số: 13/2023/TT-BKHĐT", "Hà Nội, ngày 20 tháng 11 năm 2023", "THÔNG TƯ"],
  );
  expect(starts(tasks)).toEqual(["Hỗ trợ kinh phí, huấ", "Hỗ trợ doanh nghiệp ", "Sở Tài chính hỗ trợ "]);
});

test("synthetic: a request written wholly in brackets between an invitation's lines ('(Giao Sở Nội vụ chuẩn bị …)', '(Đề nghị các sở … mời giúp …)') is a task; a pointer in brackets ('(Chi tiết có Phụ lục kèm theo)') is not (k94, UBND tỉnh Bắc Giang 74/GM-UBND)", () => {
  const tasks = run(
    [
      "UBND tỉnh tổ chức Hội nghị chuyên đề về cải cách thủ tục hành chính.",
      "1. Thành phần:",
      "- Đại diện các phòng, đơn vị thuộc Sở Nội vụ.",
      "(Đề nghị các sở, cơ quan thuộc UBND tỉnh mời giúp các thành phần của cơ quan, đơn vị mình)",
      "2. Thời gian: Từ 7 giờ 30 ngày 11/4/2026.",
      "(Giao Sở Nội vụ chuẩn bị các điều kiện tổ chức Hội nghị)",
      "(Chi tiết có Phụ lục kèm theo)",
    ],
    [
      "UỶ BAN NHÂN DÂN TỈNH BÌNH AN",
      "Số: 74/GM-UBND",
      "Bình An, ngày 04 tháng 4 năm 2026",
      "Kính gửi: Các sở, cơ quan thuộc UBND tỉnh.",
    ],
  );
  expect(tasks.filter((t) => t.text.includes("(")).map((t) => [t.text.slice(0, 14), t.owner])).toEqual([
    ["(Đề nghị các s", "các sở, cơ quan thuộc UBND tỉnh"],
    ["(Giao Sở Nội v", "Sở Nội vụ"],
  ]);
});

test("synthetic: 'hợp tác' (cooperate) ends a body's name as its work ('Đề nghị Công ty hợp tác để đơn vị tư vấn …'); in 'hợp tác xã' it is a cooperative's name and in 'hợp tác quốc tế' a field's (k94, BQL các KCN Bắc Giang 406/KCN-QHMT)", () => {
  const tasks = run([
    "1. Đề nghị Công ty hợp tác để đơn vị tư vấn tiến hành lấy mẫu và phân tích theo quy định.",
    "2. Liên minh Hợp tác xã tỉnh chủ trì tuyên truyền mô hình kinh tế tập thể.",
    "3. Các hợp tác xã nông nghiệp thực hiện báo cáo tình hình sản xuất trước ngày 15/12/2025.",
    // A field's name, not work: "hợp tác quốc tế".
    "4. Khoa học, công nghệ và hợp tác quốc tế",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Công ty", "Liên minh Hợp tác xã tỉnh", "Các hợp tác xã nông nghiệp"]);
});

test("synthetic: an invitation known by its number ('Số: 289/GM-UBND') or its title ('MỜI HỌP UBND TỈNH') dates the preparation it asks for at the meeting, as one titled 'GIẤY MỜI' does (k95, UBND tỉnh Bắc Giang 289/GM-UBND)", () => {
  const lines = [
    "Thời gian: Ngày 14, 15 và 16/11/2026, bắt đầu từ 7 giờ 30 phút.",
    "Địa điểm: Phòng họp số 1, trụ sở Văn phòng UBND tỉnh.",
    "Giám đốc Sở, thủ trưởng cơ quan được phân công chuẩn bị báo cáo, đề án, trình bày tóm tắt những nội dung chính.",
  ];
  const byNumber = run(lines, [
    "UỶ BAN NHÂN DÂN TỈNH BÌNH AN",
    "Số: 289/GM-UBND",
    "Bình An, ngày 07 tháng 11 năm 2026",
    "Kính gửi: Các Sở, cơ quan thuộc UBND tỉnh.",
  ]);
  const byTitle = run(lines, [
    "UỶ BAN NHÂN DÂN TỈNH BÌNH AN",
    "Số: 289/UBND-TH",
    "Bình An, ngày 07 tháng 11 năm 2026",
    "MỜI HỌP UBND TỈNH",
    "Kính gửi: Các Sở, cơ quan thuộc UBND tỉnh.",
  ]);
  const notOne = run(lines, [
    "UỶ BAN NHÂN DÂN TỈNH BÌNH AN",
    "Số: 289/UBND-TH",
    "Bình An, ngày 07 tháng 11 năm 2026",
    "Kính gửi: Các Sở, cơ quan thuộc UBND tỉnh.",
  ]);
  expect([byNumber, byTitle, notOne].map((ts) => ts.map((t) => t.deadline?.date ?? null))).toEqual([
    ["2026-11-14"],
    ["2026-11-14"],
    [null],
  ]);
});

test("synthetic: in an invitation's list of those invited, '<người> mời dự nội dung …' says who is invited to which items, not work; 'Sở X mời các đơn vị dự …' still invites (k95, UBND tỉnh Bắc Giang 275 and 289/GM-UBND)", () => {
  const tasks = run(
    [
      "Thành phần:",
      "- Các đồng chí Thành viên UBND tỉnh mời dự nội dung từ 1 đến 13;",
      "- Trưởng Ban Dân vận Tỉnh ủy, Giám đốc Điện lực tỉnh mời tham dự nội dung 1;",
      "Thời gian: Ngày 14/11/2026, bắt đầu từ 7 giờ 30 phút.",
      "Đề nghị các đại biểu thu xếp công việc về dự họp đầy đủ, đúng giờ./.",
    ],
    [
      "UỶ BAN NHÂN DÂN TỈNH BÌNH AN",
      "Số: 289/GM-UBND",
      "Bình An, ngày 07 tháng 11 năm 2026",
      "Kính gửi: Các Sở, cơ quan thuộc UBND tỉnh.",
    ],
  );
  expect(tasks.map((t) => t.text.slice(0, 16))).toEqual([]);
  const inviting = run(["1. Sở Nội vụ mời đại diện các đơn vị dự lớp tập huấn nghiệp vụ trước ngày 20/11/2026."]);
  expect(inviting.map((t) => t.owner)).toEqual(["Sở Nội vụ"]);
});

test("synthetic: an invitation's opening 'Uỷ ban nhân dân tỉnh tổ chức Hội nghị thường kỳ tháng 11.' is the meeting it invites to, the inviter's own act; in a plan the same words are work (k94 74/GM-UBND, k95 275 and 289/GM-UBND, UBND tỉnh Bắc Giang)", () => {
  const body = [
    "Uỷ ban nhân dân tỉnh tổ chức Hội nghị thường kỳ tháng 11 năm 2026.",
    "Thời gian: Ngày 14/11/2026, bắt đầu từ 7 giờ 30 phút.",
    "(Giao Văn phòng UBND tỉnh chuẩn bị tài liệu Hội nghị)",
  ];
  const invitation = run(body, [
    "UỶ BAN NHÂN DÂN TỈNH BÌNH AN",
    "Số: 289/GM-UBND",
    "Bình An, ngày 07 tháng 11 năm 2026",
    "Kính gửi: Các Sở, cơ quan thuộc UBND tỉnh.",
  ]);
  expect(invitation.map((t) => t.owner)).toEqual(["Văn phòng UBND tỉnh"]);
  const plan = run(
    ["1. Uỷ ban nhân dân tỉnh tổ chức Hội nghị sơ kết 6 tháng trước ngày 15/7/2026."],
    ["UỶ BAN NHÂN DÂN TỈNH BÌNH AN", "Số: 12/KH-UBND", "Bình An, ngày 07 tháng 11 năm 2025", "KẾ HOẠCH"],
  );
  expect(plan.map((t) => t.owner)).toEqual(["Uỷ ban nhân dân tỉnh"]);
});

test("synthetic: 'Chương trình hỗ trợ …', 'Trung tâm hỗ trợ …' name a programme and a centre: 'hỗ trợ' there is no verb, so the request after the long subject names the owner (k95, Ban Điều hành hỗ trợ pháp lý Bắc Giang 1139/BĐH)", () => {
  const tasks = run([
    "Để đánh giá kết quả sau 01 năm thực hiện, Sở Tư pháp - Cơ quan thường trực của Ban điều hành Chương trình hỗ trợ pháp lý cho doanh nghiệp đề nghị UBND các huyện, thành phố báo cáo kết quả thực hiện trước ngày 05/12/2025.",
    "Sở Tư pháp hỗ trợ các doanh nghiệp rà soát hợp đồng mẫu.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["UBND các huyện, thành phố", "Sở Tư pháp"]);
});

test("synthetic: a list item 'Căn cứ <X>, <work>' or 'Căn cứ <X> để <work>' is an instruction on what to work from, not legal grounds; 'Căn cứ Nghị định …' alone still is (k95 Sở Nội vụ Bắc Giang 1185/SNV-VP, k53, k51 kinds)", () => {
  const tasks = run([
    "Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
    "1. Xây dựng báo cáo tổng kết công tác thi đua năm 2025.",
    "2. Căn cứ đăng ký thi đua đầu năm, tổ chức bình xét thi đua, khen thưởng đối với tập thể và cá nhân.",
    "3. Căn cứ mục tiêu, nhiệm vụ nêu trong Chương trình để xây dựng dự toán kinh phí cụ thể.",
    "4. Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ.",
    // A numbered text cited: its subject's words ("tổ chức bộ máy") are no work.
    "5. Căn cứ Quyết định số 246-QĐ/TW, ngày 24/01/2025 của Bộ Chính trị về chức năng, nhiệm vụ, tổ chức bộ máy của Ban.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 16), t.owner])).toEqual([
    ["Xây dựng báo cáo", "các cơ quan, đơn vị"],
    ["Căn cứ đăng ký t", "các cơ quan, đơn vị"],
    ["Căn cứ mục tiêu,", "các cơ quan, đơn vị"],
  ]);
});

test("synthetic: the effect clause of a resolution or a circular ('Nghị quyết này có hiệu lực kể từ ngày ký ban hành.', 'Thông tư này có hiệu lực …') is no task, as a decision's is; a later sentence whose body works still is (k41 113/NQ-CP, k52 26/2026/NQ-CP)", () => {
  const tasks = run(
    [
      "Điều 2. Tổ chức thực hiện",
      "1. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.",
      "2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.",
      "3. Quyết định này có hiệu lực kể từ ngày ký. Các sở, ban, ngành tổ chức triển khai thực hiện trước ngày 31/12/2025.",
    ],
    ["CHÍNH PHỦ", "Số: 113/NQ-CP", "Hà Nội, ngày 20 tháng 11 năm 2025", "NGHỊ QUYẾT"],
  );
  expect(tasks.map((t) => t.owner)).toEqual(["Các sở, ban, ngành"]);
});
