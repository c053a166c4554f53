/**
 * Notices copied from a school's or a ward's web page (issue 12, round 5): no header, no date line, the addressee glued
 * to the body, the due day given last in a line of its own. Synthetic texts after those shapes; the extractor is run as
 * the benchmark runs it, with a fallback day years after the notice, so "today" must not erase the notice's own days.
 */
import { findDeadline } from "../dates";
import { extractTasks } from "./extract";

const run = (lines: string[]) =>
  extractTasks(
    { paragraphs: lines.map((text) => ({ text })) },
    { fallbackDate: "2026-01-01", fallbackSource: "option" },
  ).tasks;
const dated = (lines: string[]) => run(lines).map((t) => [t.text.slice(0, 16), t.owner, t.deadline?.date ?? null]);

describe("synthetic: an undated notice keeps its own days as deadlines", () => {
  test("a day years before the fallback is still due, and a last line dates the request above it", () => {
    expect(
      dated([
        "Kính gửi:",
        "- Hiệu trưởng các trường Tiểu học,",
        "- Thủ trưởng các đơn vị trực thuộc.",
        "Đề nghị Hiệu trưởng các trường rà soát việc thu quỹ phòng, chống thiên tai. Đơn vị nào chưa thu thì khẩn trương thu theo công văn số 498/UBND ngày 17/3/2016.",
        "Các đơn vị thực hiện trước ngày 24/3/2016.",
      ]),
    ).toEqual([
      ["Đề nghị Hiệu trư", "Hiệu trưởng các trường", "2016-03-24"],
      ["Các đơn vị thực ", "Các đơn vị", "2016-03-24"],
    ]);
  });

  test("a notice that cites nothing is placed by its own earliest day", () => {
    expect(
      dated([
        "Kính gửi: Lãnh đạo các cơ quan, đơn vị trên địa bàn phường.",
        "Đề nghị các đồng chí lãnh đạo cơ quan gửi văn bản góp ý về Ban Thường trực trước ngày 28/8/2015.",
      ]),
    ).toEqual([["Đề nghị các đồng", "các đồng chí lãnh đạo cơ quan", "2015-08-28"]]);
  });
});

describe("synthetic: the addressee glued to the body in one paragraph", () => {
  test("the body after the addressee's sentence hands its items an owner and their days", () => {
    expect(
      dated([
        "Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực hiện Kế hoạch số 1231/KH-UBND ngày 13 tháng 4 năm 2018 của UBND thành phố, Phòng Giáo dục - Đào tạo yêu cầu các trường học trực thuộc thực hiện một số nội dung sau:",
        "1. Tuyên truyền cán bộ giáo viên và học sinh nâng cao ý thức bảo vệ môi trường.",
        "2. Triển khai tổng vệ sinh trong và ngoài trường học vào lúc 16h00 ngày thứ Sáu 20/4/2018.",
      ]),
    ).toEqual([
      ["Tuyên truyền cán", "các trường học trực thuộc", null],
      ["Triển khai tổng ", "các trường học trực thuộc", "2018-04-20"],
    ]);
  });

  test("'vào lúc 16h00 ngày 20/4/2018' is due that day at that time", () => {
    const d = findDeadline("Triển khai vào lúc 16h00 ngày 20/4/2018.", {
      issued: { year: 2018, month: 4, day: 13 },
      mode: "text",
      notBefore: { year: 2018, month: 4, day: 13 },
    }).deadline;
    expect([d?.date, d?.time]).toEqual(["2018-04-20", "16:00"]);
  });
});

describe("synthetic: a later sentence that gives a named body its duty", () => {
  const HEAD = ["Kính gửi: Các cơ quan, đơn vị trên địa bàn huyện."];
  test("'… phải treo cờ …. Chủ tịch UBND các xã có trách nhiệm chỉ đạo …' is two tasks, the second owned", () => {
    expect(
      dated([
        ...HEAD,
        "Ủy ban nhân dân huyện thông báo việc treo cờ Tổ quốc như sau:",
        "1. Tất cả các trụ sở cơ quan, trường học, bệnh viện, nơi thờ tự của các tôn giáo và nhà ở của Nhân dân phải treo cờ Tổ quốc trong ngày 01 tháng 01 năm 2021. Chủ tịch Ủy ban nhân dân các xã, thị trấn có trách nhiệm chỉ đạo, đôn đốc Nhân dân treo cờ đúng quy định.",
      ]).map(([text, owner]) => [text, owner]),
    ).toEqual([
      // The places and homes that must fly the flag are named as written (k3's label), "Tất cả các …" included.
      [
        "Tất cả các trụ s",
        "Tất cả các trụ sở cơ quan, trường học, bệnh viện, nơi thờ tự của các tôn giáo và nhà ở của Nhân dân",
      ],
      ["Chủ tịch Ủy ban ", "Chủ tịch Ủy ban nhân dân các xã, thị trấn"],
    ]);
  });

  test("a body that only answers for something ('chịu trách nhiệm về …') is no second task", () => {
    const tasks = dated([
      ...HEAD,
      "Ủy ban nhân dân huyện thông báo việc treo cờ Tổ quốc như sau:",
      "1. Tất cả các trụ sở cơ quan, trường học, bệnh viện, nơi thờ tự của các tôn giáo và nhà ở của Nhân dân phải treo cờ Tổ quốc trong ngày 01 tháng 01 năm 2021. Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân huyện.",
    ]);
    expect(tasks.length).toBeLessThan(2);
  });
});

describe("synthetic: a flag-hanging notice ('… treo Quốc kỳ từ chiều ngày 31/12/2025 đến hết ngày 01/01/2026')", () => {
  test("hanging the flag is work, due at the end of the window that starts in the afternoon", () => {
    expect(
      dated([
        "Kính gửi: Các cơ quan, đơn vị trên địa bàn xã.",
        "Ủy ban nhân dân xã Vân Khánh thông báo thời gian nghỉ tết Dương lịch năm 2026 và phân công trực, treo Quốc kỳ như sau:",
        "1. Các công sở, trường học, doanh nghiệp và các hộ Nhân dân trong toàn xã treo Quốc kỳ từ chiều ngày 31/12/2025 đến hết ngày 01/01/2026.",
      ]),
    ).toEqual([
      ["Các công sở, trư", "Các công sở, trường học, doanh nghiệp và các hộ Nhân dân trong toàn xã", "2026-01-01"],
    ]);
  });
});

describe("synthetic: a request whose numbered lines only give its details", () => {
  const contest = [
    "Kính gửi: Hiệu Trưởng các trường Trung học cơ sở.",
    "Căn cứ công văn số 210/SGDĐT-CTTT ngày 02 tháng 3 năm 2022 về phối hợp tổ chức hội thi;",
    "Phòng Giáo dục đề nghị Hiệu Trưởng các trường Trung học cơ sở thực hiện tổ chức hội thi kể chuyện như sau:",
    "1. Thời gian tổ chức: Từ ngày 10/3/2022 đến ngày 25/3/2022.",
    "2. Đối tượng tham gia: Học sinh từ lớp 6 đến lớp 9.",
    "3. Thể lệ hội thi: (phụ lục đính kèm).",
  ];

  test("the request is the one task, owned by the title-cased head it names, due at the end of its time line", () => {
    expect(dated(contest)).toEqual([["Phòng Giáo dục đ", "Hiệu Trưởng các trường Trung học cơ sở", "2022-03-25"]]);
  });

  test("a line of details under a titled item stays out of the tasks and leaves the item's own lines alone", () => {
    const tasks = run([
      "KẾ HOẠCH",
      "Tiếp công dân phục vụ bầu cử",
      "II. NHIỆM VỤ CỤ THỂ",
      "1. Tổ chức tiếp công dân",
      "- Địa điểm: Tại Phòng tiếp công dân của UBND xã.",
      "- Nhiệm vụ:",
      "+ Lắng nghe, ghi chép đầy đủ ý kiến của công dân.",
      "+ Giải thích, hướng dẫn công dân thực hiện quyền khiếu nại.",
    ]);
    expect(tasks.map((t) => t.text.slice(0, 12))).toEqual(["Lắng nghe, g", "Giải thích, "]);
  });
});

describe("synthetic: who a short notice asks, however politely it is put", () => {
  test("'… thông báo và đề nghị X …' hands the work to X, not to the one who notifies", () => {
    expect(
      dated([
        "Ủy ban nhân dân phường thông báo và đề nghị các tổ dân phố, trường học trên địa bàn treo cờ Tổ quốc từ ngày 01/9/2024 đến hết ngày 03/9/2024.",
      ]),
    ).toEqual([["Ủy ban nhân dân ", "các tổ dân phố, trường học trên địa bàn", "2024-09-03"]]);
  });

  test("the closing's own 'yêu cầu ông (bà) Hiệu trưởng …' owns it, though a lead-in above handed out the list", () => {
    const tasks = run([
      "Phòng Giáo dục yêu cầu các trường học trực thuộc thực hiện một số nội dung sau:",
      "1. Tuyên truyền học sinh giữ gìn vệ sinh trường lớp.",
      "Nhận được công văn này, yêu cầu ông (bà) Hiệu trưởng các đơn vị trực thuộc nghiêm túc thực hiện và nộp báo cáo về Phòng trước 9h00 ngày 23/4/2018./.",
    ]);
    expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
      ["Tuyên truyền", "các trường học trực thuộc"],
      ["Nhận được cô", "ông (bà) Hiệu trưởng các đơn vị trực thuộc"],
    ]);
  });
});

describe("synthetic: the body asked, however the notice names it", () => {
  const owned = (lines: string[]) => run(lines).map((t) => [t.text.slice(0, 12), t.owner]);

  test.each([
    [
      "Do thời gian rất gấp, Sở Công Thương đề nghị quý cơ quan sớm có ý kiến bằng văn bản trước ngày 03/5/2019.",
      "quý cơ quan",
    ],
    [
      "Để có cơ sở báo cáo, Sở Công Thương đề nghị phòng Kinh tế các huyện phối hợp báo cáo trước ngày 08/01/2018.",
      "phòng Kinh tế các huyện",
    ],
    ["Đề nghị Thầy Cô chủ nhiệm sinh hoạt nội dung thông báo này đến phụ huynh học sinh.", "Thầy Cô chủ nhiệm"],
    ["Quý Cơ quan, đơn vị có ý kiến góp ý xin vui lòng gửi về Sở trước 17h ngày 30/11/2022.", "Quý Cơ quan, đơn vị"],
    [
      "Nay Ban quản lý đề nghị các doanh nghiệp báo cáo tình hình triển khai dự án trước ngày 20/7/2012.",
      "các doanh nghiệp",
    ],
    [
      "Được sự chỉ đạo của Bí thư Đảng uỷ, VPĐU đề nghị Bí thư các Chi bộ thực hiện tuyên truyền trong tháng 10/2020.",
      "Bí thư các Chi bộ",
    ],
  ])("%s", (line, owner) => expect(owned([line])).toEqual([[line.slice(0, 12), owner]]));

  test("a request made before ('đã đề nghị') and the closing's 'nếu có vướng mắc, đề nghị …' ask nothing now", () => {
    expect(
      owned([
        "Thời gian qua, UBND tỉnh đã có văn bản đề nghị Bộ Công Thương xem xét hỗ trợ kinh phí.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc đề nghị các đơn vị phản ánh về Sở Nội vụ để tổng hợp.",
      ]),
    ).toEqual([]);
  });
});

describe("synthetic: label lines ('Vật phẩm: …', 'Thời gian ủng hộ: …', 'Thời gian đăng ký: Các … đăng ký …')", () => {
  test("a lead-in whose lines only give details takes the time line under them as its own", () => {
    expect(
      dated([
        "Thực hiện Công văn số 63/CĐVC ngày 25/7/2024 của Công đoàn viên chức tỉnh về việc vận động ủng hộ.",
        "Tổ công đoàn cơ quan phát động vận động ủng hộ như sau:",
        "- Vật phẩm ủng hộ: Quần áo đồng phục học sinh, tập vở.",
        "- Đối tượng hỗ trợ: Con em công nhân lao động.",
        "- Thời gian ủng hộ: chậm nhất ngày 15/8/2024.",
      ]),
    ).toEqual([["Tổ công đoàn cơ ", "Tổ công đoàn cơ quan", "2024-08-15"]]);
  });

  test("how long a campaign runs is no due day, though its label names the activity", () => {
    const tasks = run([
      "KẾ HOẠCH",
      "Phát động phong trào thi đua",
      "II. NỘI DUNG THI ĐUA",
      "a) Thi đua thực hiện tốt công tác tuyên truyền trên địa bàn.",
      "3. Thời gian tổ chức phong trào thi đua: Phong trào được triển khai từ tháng 10 năm 2025 đến hết tháng 3 năm 2026.",
    ]);
    // The duration is no time field: the item above keeps no deadline.
    expect(tasks.map((t) => [t.text.slice(0, 12), t.deadline?.date ?? null])[0]).toEqual(["Thi đua thực", null]);
  });

  test("a short label before a sentence with its own body leaves the sentence its owner", () => {
    expect(
      dated([
        "1. Đăng ký thi đấu",
        "- Thời gian đăng ký: Các công đoàn bộ phận đăng ký danh sách vận động viên gửi về Ban Chấp hành trước ngày 10/04/2012.",
      ]),
    ).toEqual([["Thời gian đăng k", "Các công đoàn bộ phận", "2012-04-10"]]);
  });
});

describe("synthetic: associations' notices (k8 kinds)", () => {
  test("a count inside the bodies asked ('… Chủ tịch Hội 15 phường thực hiện như sau:') is no breakdown: the bullets are work", () => {
    const tasks = run([
      "Thường trực Hội Chữ thập đỏ Quận đề nghị các cơ sở Hội trực thuộc, Chủ tịch Hội Chữ thập đỏ 15 phường thực hiện như sau:",
      "- Tuyên truyền, vận động hội viên xem bộ phim về biển đảo.",
      "- Tổng hợp ý kiến và báo cáo nhanh gửi Quận hội trước ngày 20/5/2016.",
    ]);
    expect(tasks.map((t) => [t.text.slice(0, 12), t.deadline?.date ?? null])).toEqual([
      ["Tuyên truyền", null],
      ["Tổng hợp ý k", "2016-05-20"],
    ]);
    expect(tasks[0].owner).toMatch(/^các cơ sở Hội trực thuộc/);
  });

  test("'… trân trọng đề nghị X …' hands the work to X", () => {
    expect(
      dated([
        "Thường trực Hiệp hội doanh nghiệp tỉnh trân trọng đề nghị các doanh nghiệp thành viên ủng hộ Quỹ phòng chống dịch trước ngày 10/4/2020.",
      ]),
    ).toEqual([["Thường trực Hiệp", "các doanh nghiệp thành viên", "2020-04-10"]]);
  });

  test("a first sentence that names nobody to work is background to the request after it", () => {
    expect(
      dated([
        "Năm 2023, hoạt động tôn vinh sẽ được mở rộng trên toàn tỉnh. Vì vậy, Liên hiệp các Hội đề nghị các hội thành viên giới thiệu ứng viên trước ngày 25/4/2023.",
      ]),
    ).toEqual([["Vì vậy, Liên hiệ", "các hội thành viên", "2023-04-25"]]);
  });
});

describe("synthetic: a commune's flag and clearance notices (k7 kinds)", () => {
  test("'1/ Tất cả các …' owns its item, and '2/ Thời gian treo cờ: Từ … đến hết …' dates it", () => {
    expect(
      dated([
        "Ủy ban nhân dân xã thông báo đến các cơ quan, đơn vị và toàn thể nhân dân thực hiện treo cờ Tổ quốc cụ thể như sau:",
        "1/ Tất cả các cơ quan, các thôn, các hộ gia đình thực hiện treo cờ Tổ quốc tại trụ sở và tại gia đình.",
        "2/ Thời gian treo cờ Tổ quốc: Từ ngày 30/4/2025 đến hết ngày 01/5/2025.",
      ]),
    ).toEqual([["Tất cả các cơ qu", "Tất cả các cơ quan, các thôn, các hộ gia đình", "2025-05-01"]]);
  });

  test("a request whose full stop the web page dropped is still a request", () => {
    expect(
      dated([
        "Nay Ban quản lý đề nghị các doanh nghiệp báo cáo về tình hình triển khai dự án, file mẫu báo cáo đăng tại trang www.hepza.gov.vn",
      ]),
    ).toEqual([["Nay Ban quản lý ", "các doanh nghiệp", null]]);
  });

  test("the households asked to clear their things themselves own the request", () => {
    expect(
      dated([
        "Yêu cầu các hộ dân lấn chiếm hành lang đường dạo ven hồ tự thu dọn các đồ dùng của gia đình.",
        "Thời gian thực hiện: Xong trước ngày 10/5/2020.",
      ]),
    ).toEqual([["Yêu cầu các hộ d", "các hộ dân lấn chiếm hành lang đường dạo ven hồ", "2020-05-10"]]);
  });
});

describe("synthetic: a request made now, under a heading of details or findings", () => {
  test("'II. Địa điểm thi đấu:' does not silence the request that closes the notice; a request made before stays history", () => {
    const tasks = run([
      "I. KẾT QUẢ ĐẠT ĐƯỢC",
      "Năm qua, Ủy ban nhân dân tỉnh đã đề nghị Bộ Công Thương hỗ trợ kinh phí xây dựng chợ.",
      "II. Địa điểm thi đấu:",
      "- Cầu lông: Tại nhà giáo dục thể chất",
      "Để giải thi đấu diễn ra thành công, Ban Chấp hành Công đoàn đề nghị các bộ phận lập danh sách vận động viên gửi về Ban Chấp hành trước ngày 10/04/2012.",
    ]);
    expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([["Để giải thi ", "các bộ phận"]]);
  });
});

describe("synthetic: ministries' and agencies' short letters (k9/k10 kinds)", () => {
  test.each([
    [
      "Cục Thống kê kính đề nghị giám đốc các doanh nghiệp khẩn trương chỉ đạo bộ phận liên quan điền phiếu khảo sát trước ngày 20/4/2020.",
      "giám đốc các doanh nghiệp",
    ],
    [
      "Viện kiểm sát tỉnh yêu cầu lãnh đạo các đơn vị triển khai, thực hiện báo cáo sơ kết 6 tháng trước ngày 05/6/2020.",
      "lãnh đạo các đơn vị",
    ],
    [
      "Tổng cục đề nghị các đồng chí Cục trưởng kêu gọi cán bộ, công chức ủng hộ trước ngày 25/10/2010.",
      "các đồng chí Cục trưởng",
    ],
  ])("%s", (line, owner) => expect(run([line]).map((t) => t.owner)).toEqual([owner]));

  test("a long list of grounds that ends on a request to 'các đơn vị' is that request", () => {
    expect(
      dated([
        "Căn cứ Quyết định số 140/QĐ-BTP ngày 01/02/2008 của Bộ trưởng; Chương trình công tác quý II/2008 và ý kiến chỉ đạo của Bộ trưởng, Văn phòng Bộ đề nghị các đơn vị chủ động, khẩn trương chuẩn bị đề án để trình cấp có thẩm quyền trong tháng 6/2008.",
      ]),
    ).toEqual([["Căn cứ Quyết địn", "các đơn vị", "2008-06-30"]]);
  });
});

describe("synthetic: closing lines and deadline labels of short letters (k10 kinds)", () => {
  test("'Nhận được công văn này, yêu cầu X … nộp báo cáo trước …' dates the requests above it, not the issuer's own item", () => {
    expect(
      dated([
        "Phòng Giáo dục yêu cầu các trường trực thuộc thực hiện một số nội dung sau:",
        "1. Thống kê tình trạng công trình nước sạch và nhà vệ sinh theo mẫu.",
        "2. Phòng Giáo dục cử chuyên viên theo dõi, kiểm tra việc thực hiện.",
        "Nhận được công văn này, yêu cầu các trường trực thuộc thực hiện nghiêm túc và nộp báo cáo trước ngày 12/05/2011.",
      ]),
    ).toEqual([
      ["Thống kê tình tr", "các trường trực thuộc", "2011-05-12"],
      ["Phòng Giáo dục c", "Phòng Giáo dục", null],
      ["Nhận được công v", "các trường trực thuộc", "2011-05-12"],
    ]);
  });

  test("'Hạn cuối tham gia … là 28/3/2022' in an undated copy is the day its own date names", () => {
    expect(
      dated([
        "Công đoàn ngành đề nghị các đồng chí lãnh đạo Phòng Giáo dục triển khai chương trình về các nhà trường. Hạn cuối tham gia Chương trình là 28/3/2022.",
      ]),
    ).toEqual([["Công đoàn ngành ", "các đồng chí lãnh đạo Phòng Giáo dục", "2022-03-28"]]);
  });
});

describe("synthetic: a school's notice that gives each staff group its duty (k12 kinds)", () => {
  test("'GVCN các lớp …', 'Nhân viên y tế …', 'Lực lượng bảo vệ …' own their items", () => {
    const tasks = run([
      "Nhà trường thông báo công tác phòng chống dịch như sau:",
      "1. GVCN các lớp nhắc phụ huynh kiểm tra thân nhiệt của con trước khi tới trường.",
      "2. Nhân viên y tế rà soát các danh mục thiết bị phòng chống dịch.",
      "3. Lực lượng bảo vệ làm tốt công tác phòng dịch ngay từ cổng trường.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["GVCN các lớp", "Nhân viên y tế", "Lực lượng bảo vệ"]);
  });
});

describe("synthetic: where a body's name ends (k13/k14 kinds)", () => {
  test.each([
    [
      "Phòng Văn hóa và Thông tin đăng tải Đề cương tuyên truyền trên Cổng thông tin điện tử huyện.",
      "Phòng Văn hóa và Thông tin",
    ],
    ["Mỗi hộ gia đình tự trang bị bình chữa cháy xách tay.", "Mỗi hộ gia đình"],
    [
      "Giao Sở Tài nguyên và Môi trường trên cơ sở quy hoạch khoáng sản được duyệt, hướng dẫn doanh nghiệp lập hồ sơ.",
      "Sở Tài nguyên và Môi trường",
    ],
  ])("%s", (line, owner) => expect(run([line]).map((t) => t.owner)).toEqual([owner]));
});

describe("synthetic: a time line without its colon after a request (k15 kind)", () => {
  test("'Thời gian góp ý đến hết ngày …' dates the request above it and is no task", () => {
    expect(
      dated([
        "Sở Nông nghiệp và Phát triển nông thôn đề nghị quý cơ quan, đơn vị đóng góp ý kiến cho dự thảo Nghị quyết.",
        "Thời gian góp ý đến hết ngày 14/12/2020 (thứ hai).",
      ]),
    ).toEqual([["Sở Nông nghiệp v", "quý cơ quan, đơn vị", "2020-12-14"]]);
  });
});

describe("synthetic: people by their standing, in lower case after an opener (k10 kind)", () => {
  test.each([
    [
      "Trong thời gian nghỉ lễ, công chức, viên chức, nhân viên và học sinh đảm bảo an toàn, giữ gìn vệ sinh trường lớp.",
      "công chức, viên chức, nhân viên và học sinh",
    ],
    ["Căn cứ tiêu chuẩn, điều kiện xét tặng, cá nhân lập hồ sơ và gửi về Hội đồng trước ngày 30/5/2019.", "cá nhân"],
  ])("%s", (line, owner) => expect(run([line]).map((t) => t.owner)).toEqual([owner]));
});

describe("synthetic: a line that says where and by when to send closes the request above it (k5, k9, k16, k23 kinds)", () => {
  test("a prose sending line dates the request and the bullets before it, back to the lead-in", () => {
    expect(
      dated([
        "Kính gửi: Ủy ban nhân dân các tỉnh",
        "Thực hiện Nghị định số 94/2022/NĐ-CP, Bộ Tài chính đề nghị Quý Ủy ban như sau:",
        "- Chỉ đạo các Sở, ngành đánh giá tình hình thu ngân sách quý IV.",
        "- Giao Thống kê tỉnh chủ trì rà soát số liệu của các ngành.",
        "Để kịp tổng hợp, đề nghị Quý Ủy ban gửi báo cáo về Bộ Tài chính chậm nhất ngày 22/11/2025.",
      ]).map((t) => t[2]),
    ).toEqual(["2025-11-22", "2025-11-22", "2025-11-22"]);
    expect(
      dated([
        "Tổng cục đề nghị các đồng chí Cục trưởng kêu gọi cán bộ, công chức tích cực ủng hộ đồng bào miền Trung.",
        "Mọi sự đóng góp xin gửi đến địa chỉ Văn phòng Tổng cục (chậm nhất là ngày 25/10/2010).",
      ])[0],
    ).toEqual(["Tổng cục đề nghị", "các đồng chí Cục trưởng", "2010-10-25"]);
  });

  test("a bullet 'Lưu ý thời hạn …' dates its list; a request with its own day keeps it and stops the reach", () => {
    expect(
      dated([
        "- Đề nghị các cơ sở Đoàn triển khai rộng rãi cuộc thi đến đoàn viên.",
        "- Lưu ý thời hạn đăng ký tham gia: đến hết ngày 28/02/2018.",
      ])[0][2],
    ).toBe("2018-02-28");
    expect(
      dated([
        "Đề nghị các trường báo cáo số liệu học sinh trước ngày 10/3/2018.",
        "Đề nghị các trường cử giáo viên dự tập huấn.",
        "Hồ sơ gửi về Phòng Giáo dục trước ngày 20/3/2018.",
      ]).map((t) => t[2]),
      // The dated paper to send in is a task of its own too (decide.ts sendsIn; labelled so in k5 and k95).
    ).toEqual(["2018-03-10", "2018-03-20", "2018-03-20"]);
  });

  test("the neighbour: in a plan's section a report line dates only itself", () => {
    const tasks = dated([
      "V. TỔ CHỨC THỰC HIỆN",
      "1. Ban Thường trực Ủy ban MTTQ xã",
      "- Ban hành Kế hoạch thành lập Đoàn kiểm tra, giám sát.",
      "- Chế độ báo cáo: báo cáo tổng kết gửi về Ban Thường trực tỉnh trước ngày 18/3/2026.",
    ]);
    expect(tasks[0][2]).toBeNull();
  });
});

describe("synthetic: 'trong thời gian nghỉ lễ' in a holiday notice is the time off the notice grants (k3, k7, k10, k12 kinds)", () => {
  const notice = (grant: string) =>
    dated([
      "Ủy ban nhân dân phường thông báo việc nghỉ lễ Quốc khánh như sau:",
      `1. Cán bộ, công chức, viên chức được nghỉ ${grant}`,
      "2. Trưởng các khóm chỉ đạo giữ gìn an ninh, trật tự trong các ngày nghỉ lễ.",
    ]).map((t) => t[2]);

  test.each([
    ["04 ngày, từ thứ Năm ngày 01/9/2022 đến Chủ nhật ngày 04/9/2022.", "2022-09-04"],
    ["01 (một) ngày, ngày 01 tháng 01 năm 2021.", "2021-01-01"],
  ])("granted %s", (grant, day) => expect(notice(grant)).toContain(day));

  test("the neighbour: with no grant in the notice, 'trong thời gian nghỉ lễ' dates nothing", () => {
    expect(dated(["Trong thời gian nghỉ lễ, các đơn vị bố trí cán bộ trực cơ quan."]).map((t) => t[2])).toEqual([null]);
  });
});

describe("synthetic: a notice's last line that only asks to carry the notice out (k10, k30 kinds)", () => {
  test("'… yêu cầu hiệu trưởng … nghiêm túc thực hiện những nội dung thông báo này.' is no task, without its '/.'", () => {
    const last = "Phòng Giáo dục yêu cầu hiệu trưởng các trường nghiêm túc thực hiện những nội dung thông báo này.";
    const lines = ["1. Hiệu trưởng các trường bố trí người trực cơ quan trong kỳ nghỉ.", last];
    expect(run(lines).map((t) => t.text)).toEqual(["Hiệu trưởng các trường bố trí người trực cơ quan trong kỳ nghỉ."]);
  });

  test("the neighbours: a last line that asks something specific, and a long one about problems, stay tasks", () => {
    const specific = "Phòng Giáo dục yêu cầu hiệu trưởng các trường gửi báo cáo về Phòng trước ngày 10/4/2012.";
    expect(run(["1. Các trường treo cờ Tổ quốc.", specific]).map((t) => t.text)).toContain(specific);
    const long =
      "Bộ Công Thương chủ trì phối hợp với các Bộ, cơ quan liên quan khẩn trương làm rõ các nội dung còn vướng mắc để bảo đảm tính khả thi và đồng bộ trong triển khai lộ trình sản xuất, phối trộn, phân phối và sử dụng nhiên liệu sinh học tại Việt Nam.";
    expect(run(["1. Các Bộ rà soát lộ trình phối trộn nhiên liệu sinh học.", long]).map((t) => t.owner)).toContain(
      "Bộ Công Thương",
    );
  });
});

describe("synthetic: a closing request to carry out the items above by a day dates them (k33 kind)", () => {
  const letter = (last: string) =>
    dated([
      "Kính gửi: Sở Tài nguyên và Môi trường.",
      "Sau khi xem xét, UBND tỉnh có ý kiến như sau:",
      "1. Giao Sở Tài nguyên và Môi trường chủ trì kiểm tra hiện trạng các bãi chứa cát, đề xuất phương án xử lý.",
      "2. Giao Sở Tài chính hướng dẫn thanh toán kinh phí kiểm tra.",
      last,
    ]).map((t) => t[2]);

  test("'Yêu cầu … thực hiện và báo cáo UBND tỉnh trước 15/6/2009.' dates both items and itself", () => {
    const last =
      "Yêu cầu Giám đốc Sở Tài nguyên và Môi trường, Sở Tài chính thực hiện và báo cáo UBND tỉnh trước 15/6/2009.";
    expect(letter(last)).toEqual(["2009-06-15", "2009-06-15", "2009-06-15"]);
  });

  test("the neighbour: a closing request with work of its own ('… gửi danh sách … trước …') dates only itself", () => {
    const last = "Yêu cầu Sở Nội vụ rà soát danh sách cán bộ và báo cáo UBND tỉnh trước 15/6/2009.";
    expect(letter(last)).toEqual([null, null, "2009-06-15"]);
  });
});

describe("synthetic: a numbered 'Thời hạn gửi báo cáo trước …' under a report request is its time field (k33 kind)", () => {
  test("the request above takes the day, and the time line is no task of its own", () => {
    const rows = dated([
      "Kính gửi: Sở Xây dựng các tỉnh, thành phố.",
      "Để tổng hợp số liệu nhà ở năm 2011, đề nghị các Sở Xây dựng báo cáo về Bộ Xây dựng số liệu theo biểu mẫu đính kèm.",
      "1. Báo cáo phải có chữ ký của lãnh đạo Sở.",
      "2. Thời hạn gửi báo cáo trước ngày 15/01/2012.",
    ]);
    expect(rows[0]).toEqual(["Để tổng hợp số l", "các Sở Xây dựng", "2012-01-15"]);
    expect(rows.map((t) => t[0])).not.toContain("Thời hạn gửi báo");
  });
});

describe("synthetic: an answer to voters opens on 'Tiếp thu ý kiến cử tri,' before the body that assigns (k35 kind)", () => {
  const answer = (reply: string) =>
    dated(["Cử tri xã Bình An đề nghị:", "Sửa chữa cầu treo thôn Đồng Tâm đã xuống cấp.", "TRẢ LỜI:", reply]);

  test("the bodies after 'giao' own the work, the opener names none", () => {
    const reply =
      "Tiếp thu ý kiến cử tri, Ủy ban nhân dân tỉnh giao Ủy ban nhân dân huyện Bình Sơn, Sở Giao thông vận tải kiểm tra hiện trạng cầu treo, báo cáo Ủy ban nhân dân tỉnh.";
    expect(answer(reply)).toEqual([
      ["Tiếp thu ý kiến ", "Ủy ban nhân dân huyện Bình Sơn, Sở Giao thông vận tải", null],
    ]);
  });

  test("the neighbour: 'Tiếp thu ý kiến <bodies>, hoàn thiện …' is the duty itself, not an opener before its subject", () => {
    const rows = dated([
      "1. Đảng ủy Chính phủ:",
      "+ Tiếp thu ý kiến Bộ Chính trị, Ban Bí thư, hoàn thiện đề án gửi xin ý kiến các cơ quan.",
    ]);
    expect(rows.map((t) => t[1])).not.toContain("Ban Bí thư");
  });
});

describe("synthetic: an undated copy that names months but no day is placed by its earliest month (k18 kind)", () => {
  test("'hoàn thành trong tháng 11 năm 2025' stays due when the copy has no date line and cites no day", () => {
    const rows = dated([
      "CÔNG ĐIỆN",
      "Về thúc đẩy xuất khẩu những tháng cuối năm 2025",
      "THỦ TƯỚNG CHÍNH PHỦ điện:",
      "- Bộ trưởng các Bộ: Tài chính, Công Thương.",
      "1. Bộ Công Thương nghiên cứu các phương án hỗ trợ doanh nghiệp xuất khẩu; hoàn thành trong tháng 11 năm 2025.",
    ]);
    expect(rows.map((t) => t[2])).toEqual(["2025-11-30"]);
  });
});

describe("synthetic: a note under an appendix's table that lays a duty on its bodies is a task (k37 kind)", () => {
  const decision = (note: string) =>
    dated([
      "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
      "Số: 20/QĐ-UBND",
      "Bình An, ngày 20 tháng 02 năm 2023",
      "QUYẾT ĐỊNH",
      "Điều 1. Phân bổ kế hoạch vốn năm 2023 (chi tiết tại Phụ lục kèm theo).",
      "Nơi nhận:",
      "- Như Điều 1;",
      "CHỦ TỊCH",
      "Nguyễn Văn A",
      "PHỤ LỤC",
      note,
    ]);

  test("'Ghi chú: Các cơ quan … phải trình hồ sơ … trong tháng 3 năm 2023' is due then", () => {
    const rows = decision(
      "Ghi chú: Các cơ quan, đơn vị được giao vốn phải trình hồ sơ chủ trương đầu tư trong tháng 3 năm 2023.",
    );
    // The clause "được giao vốn" that runs on to the duty ("phải") says which bodies, as k37's labels write them.
    expect(rows).toContainEqual(["Ghi chú: Các cơ ", "Các cơ quan, đơn vị được giao vốn", "2023-03-31"]);
  });

  test("the neighbour: a note that only explains the table is no task", () => {
    const rows = decision("Ghi chú: Đơn vị tính là triệu đồng; số liệu làm tròn đến hàng đơn vị.");
    expect(rows.map((t) => t[0])).not.toContain("Ghi chú: Đơn vị ");
  });
});
