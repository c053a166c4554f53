/**
 * Lines that frame a list rather than date or own its work (issue 12, round 5): a lead-in's opening purpose, a notice
 * that presents a schedule, a polite request ("kính mong"). Synthetic texts written for these tests after the shapes
 * the corpus shows; each has a near neighbour that still dates or owns, so a rule that drops too much fails.
 */
import { extractTasks } from "./extract";

const HEADER = ["THỦ TƯỚNG CHÍNH PHỦ", "Số: 230/CĐ-TTg", "Hà Nội, ngày 27 tháng 11 năm 2025", "CÔNG ĐIỆN"];

function run(lines: string[], header = HEADER) {
  return extractTasks({ paragraphs: [...header, ...lines].map((text) => ({ text })) }, { fallbackDate: "2025-11-27" })
    .tasks;
}
const dates = (tasks: ReturnType<typeof run>) => tasks.map((t) => [t.text.slice(0, 12), t.deadline?.date ?? null]);

describe("synthetic: a lead-in's opening purpose ('Để … trước Tết …, Thủ tướng yêu cầu:') dates none of its items", () => {
  test("the purpose's time stays with the purpose; an item's own date stays its own", () => {
    const tasks = run([
      "Để nhanh chóng sửa chữa nhà ở cho các hộ dân bị thiệt hại, bảo đảm chỗ ở ổn định trước Tết Nguyên đán năm 2026, tiếp theo Công điện số 227/CĐ-TTg ngày 23/11/2025, Thủ tướng Chính phủ yêu cầu:",
      "1. Bộ Tài chính tổng hợp, đề xuất nguồn lực hỗ trợ các tỉnh trước ngày 05/12/2025.",
      "2. Văn phòng Chính phủ theo dõi, đôn đốc các Bộ, địa phương thực hiện Công điện này.",
    ]);
    expect(dates(tasks)).toEqual([
      ["Bộ Tài chính", "2025-12-05"],
      ["Văn phòng Ch", null],
    ]);
  });

  test("a date after the request itself still passes down", () => {
    const tasks = run([
      "Để bảo đảm tiến độ, đề nghị các Sở hoàn thành trước ngày 15/12/2025 các nội dung sau:",
      "1. Rà soát danh mục dự án đầu tư công.",
      "2. Báo cáo khó khăn, vướng mắc về mặt bằng.",
    ]);
    expect(dates(tasks)).toEqual([
      ["Rà soát danh", "2025-12-15"],
      ["Báo cáo khó ", "2025-12-15"],
    ]);
  });
});

describe("synthetic: a notice that presents a schedule ('Trung tâm thông báo lịch … như sau:') and a polite request", () => {
  const SCHOOL = [
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    "TRUNG TÂM THÔNG TIN",
    "Số: 80/TTTT",
    "TP. Hồ Chí Minh, ngày 19 tháng 11 năm 2025",
  ];
  const lines = [
    "Căn cứ chức năng, nhiệm vụ của Trung tâm, Trung tâm thông báo lịch bồi dưỡng các lớp kỹ năng số trong tháng 12 năm 2025 cụ thể như sau:",
    "1. Thời lượng và thời gian tổ chức khóa bồi dưỡng",
    "- Các lớp khai giảng từ ngày 13/12/2025 đến ngày 20/12/2025, học trực tuyến.",
    "2. Học phí và hình thức thanh toán",
    "Học phí: 500.000 đồng/học viên.",
    "Trung tâm kính mong Thủ trưởng các đơn vị triển khai nội dung này đến toàn thể giáo viên để biết và đăng ký tham gia.",
    "Trong quá trình thực hiện nếu có vướng mắc, đề nghị các đơn vị liên hệ:",
    "Bà Nguyễn Thị A – Chuyên viên",
  ];

  test("the announcement is no task and hands no period down; 'kính mong' names the body asked", () => {
    const tasks = run(lines, SCHOOL);
    expect(tasks.map((t) => [t.owner, t.deadline])).toEqual([["Thủ trưởng các đơn vị", null]]);
  });

  test("a body that is asked to notify others still has a task", () => {
    const tasks = run(
      ["Đề nghị Ủy ban nhân dân các xã thông báo rộng rãi lịch tiếp công dân đến người dân trước ngày 05/12/2025."],
      SCHOOL,
    );
    expect(tasks.map((t) => [t.owner, t.deadline?.date])).toEqual([["Ủy ban nhân dân các xã", "2025-12-05"]]);
  });
});

describe("synthetic: items numbered inside one paragraph ('b) Bộ Công an: (1) …; (2) …') are items of its lead", () => {
  const HEAD = ["VĂN PHÒNG CHÍNH PHỦ", "Số: 600/TB-VPCP", "Hà Nội, ngày 20 tháng 11 năm 2025", "THÔNG BÁO", "Kết luận"];
  test("each item is a task of the body that leads them, with its own date", () => {
    const tasks = run(
      [
        "II. NHIỆM VỤ THỜI GIAN TỚI",
        "b) Bộ Công an: (1) Tiếp tục mở rộng Trung tâm Dữ liệu quốc gia, hoàn thành trước ngày 10 tháng 12 năm 2025; (2) Tham mưu ban hành Nghị định về cơ chế khai thác dữ liệu; (3) Hướng dẫn các địa phương làm sạch dữ liệu dân cư.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => [t.text.slice(0, 12), t.owner, t.deadline?.date ?? null])).toEqual([
      ["Tiếp tục mở ", "Bộ Công an", "2025-12-10"],
      ["Tham mưu ban", "Bộ Công an", null],
      ["Hướng dẫn cá", "Bộ Công an", null],
    ]);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(3);
  });

  test("a list of things or of causes stays one paragraph (whole, as before)", () => {
    const tasks = run(
      [
        "II. NHIỆM VỤ THỜI GIAN TỚI",
        "1. Bộ Tài chính xây dựng các Luật: (1) Luật Ngân sách nhà nước; (2) Luật Quản lý thuế; (3) Luật Kế toán.",
        "2. Nguyên nhân chủ yếu: (1) Quyết tâm chính trị chưa đủ mạnh; (2) Nguồn lực còn hạn chế.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => t.text.includes("(1)") && t.text.includes("(2)"))).toEqual([true, true]);
  });
});

describe("synthetic: a line that opens with 'Xây dựng', 'Phát triển', 'Đầu tư' or 'Quản lý' opens with work", () => {
  const HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH A", "Số: 552/KH-UBND", "A, ngày 19 tháng 11 năm 2025", "KẾ HOẠCH"];
  test("under a plan's roadmap, each such bullet is a task; a subject of 'là' or 'được' is not", () => {
    const tasks = run(
      [
        "III. LỘ TRÌNH THỰC HIỆN",
        "1. Giai đoạn 2025 - 2030",
        "- Đầu tư, nâng cấp hạ tầng số; xây dựng cơ sở dữ liệu các ngành.",
        "- Xây dựng Trung tâm đổi mới sáng tạo cấp tỉnh, kết nối viện, trường và doanh nghiệp.",
        "- Xây dựng kế hoạch đào tạo nhân lực công nghệ số.",
        "- Phát triển các cụm công nghiệp là nhiệm vụ quan trọng của tỉnh.",
        "- Quản lý dự án được thực hiện theo quy định hiện hành.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => t.text.slice(0, 16))).toEqual(["Đầu tư, nâng cấp", "Xây dựng Trung t", "Xây dựng kế hoạc"]);
  });
});

describe("synthetic: a committee's member list and a programme's topics are no tasks", () => {
  const HEAD = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 90/KH-SGDĐT", "TP. Hồ Chí Minh, ngày 03 tháng 10 năm 2025", "KẾ HOẠCH"];
  test("members and topics drop; a named person who directs work is still an owner", () => {
    const tasks = run(
      [
        "II. NỘI DUNG",
        "- Chủ đề 1: Kỹ năng chọn nghề và định hướng học tập.",
        "- Chuyên đề 2: Giới thiệu các công cụ số hỗ trợ hướng nghiệp.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Ban Chỉ đạo",
        "- Ông Nguyễn Văn A, Giám đốc Sở GDĐT, Trưởng ban;",
        "- Bà Trần Thị B, Chuyên viên, Phòng Giáo dục Phổ thông, Thành viên thường trực;",
        "- Các Ông/Bà là chuyên viên do Ban Chỉ đạo điều động là thành viên Ban tổ chức.",
        "2. Đồng chí Lê Minh Tuấn, Phó Giám đốc Sở, chỉ đạo các phòng rà soát danh sách trường tham gia.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => t.text.slice(0, 20))).toEqual(["Đồng chí Lê Minh Tuấ"]);
  });

  test("a member named with a dash and their seats is no task; one with work after the seat still is", () => {
    const tasks = run(
      [
        "I. PHÂN CÔNG NHIỆM VỤ",
        "1. Tổ công tác số 01",
        "(1) Bà Nguyễn Thị Lan - Phó Chủ tịch HĐND tỉnh kiêm Trưởng Ban Pháp chế HĐND tỉnh - Tổ trưởng.",
        "(2) Ông Lê Văn Hùng - Phó Giám đốc Sở Xây dựng;",
        "(3) Ông Trần Văn Nam - Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh - phụ trách chung, chỉ đạo hoạt động của Tổ.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => t.text.slice(0, 20))).toEqual(["Ông Trần Văn Nam - P"]);
  });

  test("a lead that counts teams ('Phân chia thành 03 Tổ công tác như sau:') hands each its work; who attends is no task", () => {
    const tasks = run(
      [
        "I. PHÂN CÔNG NHIỆM VỤ",
        "Phân chia thành 02 Tổ công tác như sau:",
        "a) Tổ công tác số 01: tổ chức làm việc trực tiếp với Ủy ban nhân dân huyện Bàu Bàng.",
        "Thành phần mời dự: đại diện Ban Thường trực Ủy ban MTTQVN tỉnh; Đại diện lãnh đạo các sở, ngành.",
        "b) Tổ công tác số 02: tổ chức làm việc trực tiếp với Ủy ban nhân dân huyện Phú Giáo.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => [t.text.slice(0, 17), t.owner])).toEqual([
      ["Tổ công tác số 01", "Tổ công tác số 01"],
      ["Tổ công tác số 02", "Tổ công tác số 02"],
    ]);
  });
});

describe("synthetic: slogans under the item that chooses them, and a role held with no work named, are no tasks", () => {
  const HEAD = [
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    "Số: 4728/SGDĐT-CTTT",
    "TP. Hồ Chí Minh, ngày 03 tháng 10 năm 2025",
    "CÔNG VĂN",
  ];
  test("slogans under the item that chooses them are no tasks; a work line under it still is", () => {
    const tasks = run(
      [
        "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các cơ sở giáo dục thực hiện một số nội dung sau:",
        "1. Tổ chức thực hiện chương trình giáo dục về phòng, chống ma túy trong nhà trường.",
        "2. Lựa chọn và thực hiện Khẩu hiệu tuyên truyền tại đơn vị",
        "- Chung một quyết tâm - Vì cộng đồng không ma túy",
        "- Không giữ, không thử, không sử dụng ma túy dù chỉ một lần",
        "- Tổ chức treo băng rôn tại cổng trường trước ngày khai giảng.",
        "3. Báo cáo kết quả thực hiện về Sở trước ngày 15/12/2025.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => t.text.slice(0, 20))).toEqual([
      "Tổ chức thực hiện ch",
      "Tổ chức treo băng rô",
      "Báo cáo kết quả thực",
    ]);
  });

  test("'Cơ quan thẩm định: Sở Xây dựng.' names a role; '… Sở Xây dựng chủ trì thẩm định …' sets work", () => {
    const tasks = run(
      [
        "Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:",
        "1. Cơ quan tổ chức lập: Ủy ban nhân dân thành phố Tam Điệp.",
        "2. Cơ quan thẩm định: Sở Xây dựng.",
        "3. Cơ quan thẩm định: Sở Xây dựng chủ trì thẩm định Chương trình trước ngày 30/6/2026.",
        "4. Ủy ban nhân dân thành phố Tam Điệp tổ chức lập Chương trình trong năm 2026.",
        "5. Cơ quan phê duyệt: Ủy ban nhân dân tỉnh phê duyệt Chương trình trước ngày 30/6/2026.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => t.text.slice(0, 20))).toEqual([
      "Cơ quan thẩm định: S",
      "Ủy ban nhân dân thàn",
      "Cơ quan phê duyệt: Ủ",
    ]);
  });
});

describe("synthetic: a quy chế's rules of how a body works are no tasks; its members' duties are", () => {
  const HEAD = ["BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH", "Số: 170/QĐ-BCĐ", "Hà Nội, ngày 10 tháng 11 năm 2025", "QUY CHẾ"];
  test("'làm việc theo nguyên tắc …', 'sử dụng con dấu …' drop; 'chủ trì chuẩn bị …' stays", () => {
    const tasks = run(
      [
        "Điều 5. Chế độ làm việc",
        "1. Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ, đề cao trách nhiệm người đứng đầu.",
        "2. Trưởng Ban Chỉ đạo sử dụng con dấu của Thủ tướng Chính phủ; các Ủy viên sử dụng con dấu của cơ quan mình.",
        "3. Cơ quan thường trực chủ trì chuẩn bị nội dung các phiên họp của Ban Chỉ đạo.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => t.text.slice(0, 20))).toEqual(["Cơ quan thường trực "]);
  });
});

describe("synthetic: a dossier's papers and a pointer to an appendix are no tasks; 'tổ chức' in a list of bodies is a body", () => {
  const HEAD = ["ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "Số: 125/KH-UBND", "Đắk Lắk, ngày 10 tháng 11 năm 2025", "KẾ HOẠCH"];
  test("papers under 'hồ sơ …' drop; the work line after them stays", () => {
    const tasks = run(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Thủ tục, hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh",
        "- Tờ trình đề nghị khen thưởng của các cơ quan, đơn vị, địa phương;",
        "- Báo cáo thành tích của các tập thể, cá nhân được đề nghị khen thưởng theo mẫu quy định.",
        "2. Sở Nội vụ tổng hợp hồ sơ, trình Chủ tịch UBND tỉnh khen thưởng trước ngày 30/12/2025.",
        "(Chi tiết có Phụ lục kèm theo)",
        // (round 14) an appendix's line that names the text it goes with
        "(Kèm theo Kế hoạch số 125/KH-UBND ngày 10 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh)",
        // and any line wholly in brackets: a note or a suggestion beside the work
        "(Gợi ý các nội dung: hướng dẫn hồ sơ khen thưởng, tổng hợp kết quả bình xét của các đơn vị)",
      ],
      HEAD,
    );
    expect(tasks.map((t) => t.text.slice(0, 20))).toEqual(["Sở Nội vụ tổng hợp h"]);
  });

  test("'Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan' is a heading over its duties", () => {
    const tasks = run(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan",
        "- Tuân thủ các quy định về cấp phép xây dựng công trình hạ tầng viễn thông.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => [t.text.slice(0, 20), t.owner])).toEqual([
      ["Tuân thủ các quy địn", "Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan"],
    ]);
  });
});

describe("synthetic: a plan's timetable lines labelled with a window or a month, and a name with a dot in it", () => {
  const HEAD = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 90/KH-SGDĐT", "TP. Hồ Chí Minh, ngày 03 tháng 10 năm 2025", "KẾ HOẠCH"];
  test("'Từ ngày … đến ngày …:' and 'Tháng 7/2026:' date the work after them; a past window is history", () => {
    const tasks = run(
      [
        "IV. TIẾN ĐỘ THỰC HIỆN",
        "Từ ngày 10/8/2025 đến ngày 30/9/2025: xây dựng dự thảo Kế hoạch, trình Giám đốc Sở phê duyệt.",
        "Từ ngày 01/10/2025 đến ngày 05/10/2025: hoàn chỉnh lịch tư vấn tại các trường trung học phổ thông.",
        "Tháng 7/2026: Tổ chức Hội nghị tổng kết.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => [t.text.slice(0, 12), t.deadline?.date ?? null])).toEqual([
      ["Từ ngày 01/1", "2025-10-05"],
      ["Tháng 7/2026", "2026-07-31"],
    ]);
  });

  test("'3.2. Tạp chí Giáo dục TP.HCM' heads the duties under it", () => {
    const tasks = run(
      [
        "V. TỔ CHỨC THỰC HIỆN",
        "3.2. Tạp chí Giáo dục TP.HCM",
        "Là cơ quan thường trực, đầu mối triển khai thực hiện kế hoạch; chịu trách nhiệm về kinh phí tổ chức.",
      ],
      HEAD,
    );
    expect(tasks.map((t) => t.owner)).toEqual(["Tạp chí Giáo dục TP.HCM"]);
  });
});

describe("synthetic: a paragraph that tells what was done, then asks ('…. Sở đề nghị các phòng …')", () => {
  const owners = (tasks: ReturnType<typeof run>) =>
    tasks.map((t) => [t.text.slice(0, 20), t.owner, t.deadline?.date ?? null]);

  test("the request, from its sentence on, is the task; the one asked owns it and its day dates it", () => {
    const tasks = run([
      "Ngày 10/11/2025, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 120/KH-UBND về chuyển đổi số. Để triển khai kịp thời, Sở Nội vụ đề nghị các phòng chuyên môn rà soát và báo cáo kết quả trước ngày 15/12/2025.",
      "Thực hiện chỉ đạo của Ban Thường vụ, Mặt trận đã xây dựng dự thảo Kế hoạch tổ chức hội nghị. Thường trực Ủy ban Mặt trận kính mong các đồng chí lãnh đạo cơ quan nghiên cứu, góp ý vào dự thảo.",
    ]);
    expect(owners(tasks)).toEqual([
      ["Để triển khai kịp th", "các phòng chuyên môn", "2025-12-15"],
      ["Thường trực Ủy ban M", "các đồng chí lãnh đạo cơ quan", null],
    ]);
  });

  test("a directive announced after a colon ('… UBND tỉnh có ý kiến như sau: Sở X chủ trì …') is the request", () => {
    const tasks = run([
      "Ngày 08/12/2025 Ủy ban nhân dân tỉnh đã ban hành Công văn số 865/UBND-NCKS. Thực hiện Công văn số 6028/BTTT-CBC ngày 03/12/2025 của Bộ Thông tin và Truyền thông; UBND tỉnh có ý kiến như sau: Sở Thông tin và Truyền thông chủ trì rà soát, báo cáo kết quả thực hiện, trong đó nêu những khó khăn, vướng mắc và kiến nghị; gửi báo cáo về Bộ trước ngày 15/12/2025.",
    ]);
    expect(owners(tasks)).toEqual([["Thực hiện Công văn s", "Sở Thông tin và Truyền thông", "2025-12-15"]]);
  });

  test("a closing formula in two parts ('… triển khai thực hiện; trong quá trình … khó khăn, vướng mắc …/.') asks nothing", () => {
    const tasks = run([
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Phòng Kế hoạch chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.",
      "Yêu cầu các phòng, đơn vị trực thuộc Sở nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời báo cáo Lãnh đạo Sở để chỉ đạo, giải quyết./.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Phòng Kế hoạch"]);
  });

  test("a scan's closing formula with stray marks after its stop ('… thực hiện. gaa!', '… thực hiện.&f⁄') asks nothing", () => {
    for (const tail of [" gaa!", "&f⁄"]) {
      const tasks = run([
        "1. Cục Thuế các tỉnh rà soát kế hoạch thanh tra năm 2026.",
        `Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế các tỉnh, thành phố nghiêm túc triển khai thực hiện.${tail}`,
      ]);
      expect(tasks.map((t) => t.text.slice(0, 10))).toEqual(["Cục Thuế c"]);
    }
    // A word after the stop is a sentence, not a mark: "… thực hiện. Báo cáo kết quả trước ngày 30/12/2025." asks more.
    const more = run([
      "1. Cục Thuế các tỉnh rà soát kế hoạch thanh tra năm 2026.",
      "Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế các tỉnh nghiêm túc triển khai thực hiện. Báo cáo kết quả trước ngày 30/12/2025.",
    ]);
    expect(more).toHaveLength(2);
  });

  test("what was done with no request after it, and a closing formula's request, are no tasks", () => {
    const tasks = run([
      "Ngày 10/11/2025, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 120/KH-UBND về chuyển đổi số. Các sở đã triển khai kế hoạch đúng tiến độ.",
      "Trên đây là Kế hoạch chuyển đổi số năm 2026 của tỉnh. Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai thực hiện có hiệu quả các nội dung nêu trên.",
    ]);
    expect(tasks).toEqual([]);
  });
});

describe("synthetic: a lead-in that opens with what it implements ('Thực hiện …; UBND Thành phố yêu cầu …:')", () => {
  test("the times of what it implements date none of its items", () => {
    const tasks = run([
      "Thực hiện Quyết định số 2530/QĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ; chỉ đạo của Bộ Nông nghiệp và Môi trường tại văn bản số 9593/BNNMT-MT ngày 25/11/2025 về các biện pháp ứng phó với đợt ô nhiễm không khí (dự báo vào cuối tháng 11, đầu tháng 12); UBND Thành phố yêu cầu các Sở thực hiện một số nhiệm vụ trọng tâm như sau:",
      "1. Sở Nông nghiệp và Môi trường:",
      "- Chủ trì cập nhật thông tin về chất lượng không khí.",
    ]);
    expect(dates(tasks)).toEqual([["Chủ trì cập ", null]]);
  });

  test("a date in its own request still passes down", () => {
    const tasks = run([
      "Thực hiện Công văn số 12/BNV ngày 01/12/2025 của Bộ Nội vụ, UBND tỉnh yêu cầu các Sở hoàn thành trước ngày 20/12/2025 các nội dung sau:",
      "1. Rà soát số biên chế được giao.",
      "2. Đề xuất vị trí việc làm.",
    ]);
    expect(dates(tasks).map(([, d]) => d)).toEqual(["2025-12-20", "2025-12-20"]);
  });
});

test("synthetic: '<body>: Chỉ đạo <units> …' is the body's work; a topic before the colon leaves the units as owner", () => {
  const tasks = run([
    "Thủ tướng Chính phủ yêu cầu:",
    "1. Các Bộ Quốc phòng, Công an: Chỉ đạo các đơn vị trực thuộc duy trì nghiêm chế độ trực ban.",
    "2. Bộ Y tế: chỉ đạo các bệnh viện bảo đảm đủ thuốc, vật tư y tế.",
    "3. Về công tác y tế: chỉ đạo các bệnh viện tuyến tỉnh bố trí giường bệnh tiếp nhận người bị thương.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Các Bộ Quốc phòng, Công an", "Bộ Y tế", "các bệnh viện tuyến tỉnh"]);
});

test("synthetic: 'Bộ trưởng Bộ Tài chính chủ trì:' heads the items under it; a heading with the work in it stays one item", () => {
  const tasks = run([
    "Thủ tướng Chính phủ yêu cầu:",
    "1. Bộ trưởng Bộ Tài chính chủ trì:",
    "(1) Phối hợp với Bộ Nông nghiệp và Môi trường rà soát, tổng hợp thiệt hại.",
    "(2) Khẩn trương hoàn thiện dự thảo Nghị quyết của Chính phủ.",
    "2. Bộ trưởng Bộ Y tế chủ trì bảo đảm thuốc, vật tư y tế.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
    ["Phối hợp với", "Bộ trưởng Bộ Tài chính"],
    ["Khẩn trương ", "Bộ trưởng Bộ Tài chính"],
    ["Bộ trưởng Bộ", "Bộ trưởng Bộ Y tế"],
  ]);
});

test("synthetic: an answer's courtesy closing ('… xin trao đổi và cảm ơn sự phối hợp …', '… có ý kiến để … được biết') asks nothing", () => {
  const header = ["BỘ NGOẠI GIAO", "CỤC LÃNH SỰ", "Số: 5609/LS-XNC", "Hà Nội, ngày 20 tháng 11 năm 2025"];
  const body = [
    "Kính gửi: Sở Ngoại vụ các tỉnh, thành phố.",
    "Cục Lãnh sự thông báo về thủ tục xuất nhập cảnh điện tử như sau:",
    "Đề nghị Quý Cơ quan hướng dẫn công dân thực hiện thủ tục trên Cổng dịch vụ công.",
  ];
  for (const closing of [
    "Cục Lãnh sự Bộ Ngoại giao xin trao đổi và cảm ơn sự phối hợp của Quý Cơ quan./.",
    "Cục Lãnh sự có ý kiến để Quý Cơ quan được biết./.",
  ])
    expect(run([...body, closing], header).map((t) => t.owner)).toEqual(["Quý Cơ quan"]);
});

describe("synthetic (round 14): thanks that ask for nothing and a sanction clause are no tasks", () => {
  test("'… trân trọng cảm ơn sự phối hợp …' and '… thì tùy theo mức độ sẽ bị xử lý …' drop; the work beside them stays", () => {
    const tasks = run([
      "1. Các bộ, ngành rà soát các quy định về kinh doanh có điều kiện, báo cáo trước ngày 15/12/2025.",
      "2. Cơ quan, tổ chức, cá nhân lợi dụng chính sách để trục lợi, vi phạm pháp luật thì tùy theo mức độ sẽ bị xử lý kỷ luật hoặc truy cứu trách nhiệm hình sự.",
      "Bộ Tài chính trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.",
    ]);
    expect(tasks.map((t) => t.text.slice(0, 20))).toEqual(["Các bộ, ngành rà soá"]);
  });
  test("the neighbour: thanks that also ask ('trân trọng cảm ơn và đề nghị …') keep the request", () => {
    const tasks = run([
      "1. Các bộ, ngành rà soát các quy định về kinh doanh có điều kiện.",
      "2. Bộ Tài chính trân trọng cảm ơn và đề nghị Quý Ủy ban gửi ý kiến trước ngày 10/12/2025.",
    ]);
    expect(tasks.map((t) => t.text.slice(0, 12))).toEqual(["Các bộ, ngàn", "Bộ Tài chính"]);
  });
});

test("synthetic (round 14): a lead-in that tells what was reported ('…, các Bộ đã có báo cáo Chính phủ như sau:') hands out no tasks", () => {
  const lines = (lead: string) => [
    "III. Về việc báo cáo Chính phủ",
    lead,
    "1. Bộ Tài chính báo cáo về tiếp thu, giải trình, chỉnh lý các dự thảo nghị quyết.",
  ];
  expect(run(lines("Tại Phiên họp, các Bộ đã có báo cáo Chính phủ như sau:"))).toEqual([]);
  // The neighbour: a lead-in that asks for reports hands them out.
  expect(run(lines("Chính phủ yêu cầu các Bộ báo cáo như sau:")).map((t) => t.owner)).toEqual(["Bộ Tài chính"]);
});

test("synthetic (round 14): a forecast under a task heading ('Thời gian tới, dự báo tình hình …') is no task", () => {
  const tasks = run([
    "3. Phương hướng, nhiệm vụ, giải pháp trọng tâm tháng 12",
    "Thời gian tới, dự báo tình hình thế giới tiếp tục biến động phức tạp, khó lường.",
    "a) Các bộ, ngành rà soát các quy định về kinh doanh có điều kiện.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 12))).toEqual(["Các bộ, ngàn"]);
});
