/**
 * The task-level language of the spec's "Additions of 2026-12", one table row per kind of language. The sentences
 * are synthetic (written for these tests after the spec's examples); accuracy figures come from the corpus only.
 */
import { extractTasks } from "./extract";

const HEADER = ["ỦY BAN NHÂN DÂN TỈNH X", "Số: 12/UBND-TH", "X, ngày 01 tháng 12 năm 2025", "KẾ HOẠCH", "Triển khai"];

function run(lines: string[], date = "2025-12-01") {
  return extractTasks({ paragraphs: [...HEADER, ...lines].map((text) => ({ text })) }, { fallbackDate: date }).tasks;
}

type Row = [name: string, lines: string[], expected: { text: string; owner?: string | null; coOwners?: string[] }[]];

describe("synthetic: owners and field lines (2026-12)", () => {
  const rows: Row[] = [
    [
      "field lines under an item give its owner, co-owners and deadline, and are no tasks",
      [
        "(1) Xây dựng cơ sở dữ liệu về đất đai của tỉnh.",
        "- Đơn vị chủ trì thực hiện: Sở Nông nghiệp và Môi trường.",
        "- Đơn vị phối hợp: Sở Tài chính, Công an tỉnh.",
        "- Thời gian hoàn thành: Trong tháng 8/2026.",
        "- Sản phẩm: Cơ sở dữ liệu.",
      ],
      [
        {
          text: "Xây dựng cơ sở dữ liệu về đất đai của tỉnh.",
          owner: "Sở Nông nghiệp và Môi trường",
          coOwners: ["Sở Tài chính", "Công an tỉnh"],
        },
      ],
    ],
    [
      "'Đơn vị thực hiện: X chủ trì, phối hợp với Y' gives X and Y",
      [
        "1. Rà soát thủ tục hành chính liên thông.",
        "- Đơn vị thực hiện: Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tư pháp.",
      ],
      [{ text: "Rà soát thủ tục hành chính liên thông.", owner: "Văn phòng UBND tỉnh", coOwners: ["Sở Tư pháp"] }],
    ],
    [
      "'Yêu cầu: A, B …' names the bodies listed as the owner",
      ["Yêu cầu: Giám đốc các sở, Chủ tịch UBND các xã tổ chức kiểm tra an toàn phòng cháy trong tháng 12/2025."],
      [
        {
          text: "Yêu cầu: Giám đốc các sở, Chủ tịch UBND các xã tổ chức kiểm tra an toàn phòng cháy trong tháng 12/2025.",
          owner: "Giám đốc các sở, Chủ tịch UBND các xã",
        },
      ],
    ],
    [
      "'Giao các sở: A, B, <work>' names the bodies listed, not the group",
      ["Giao các sở: Sở Tài chính, Sở Nội vụ, chủ động rà soát biên chế năm 2026."],
      [
        {
          text: "Giao các sở: Sở Tài chính, Sở Nội vụ, chủ động rà soát biên chế năm 2026.",
          owner: "Sở Tài chính, Sở Nội vụ",
        },
      ],
    ],
    [
      "'Yêu cầu: A, B, C:' hands the bullets below to the bodies listed",
      ["Yêu cầu: Sở Tài chính, Sở Nội vụ, Công an tỉnh:", "- Rà soát biên chế."],
      [{ text: "Rà soát biên chế.", owner: "Sở Tài chính, Sở Nội vụ, Công an tỉnh" }],
    ],
    [
      "an agency heading with a bracketed unit owns the duties under it (the owner as written)",
      ["a) Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công):", "- Hướng dẫn người dân nộp hồ sơ trực tuyến."],
      [
        {
          text: "Hướng dẫn người dân nộp hồ sơ trực tuyến.",
          owner: "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)",
        },
      ],
    ],
    [
      "agency names without the usual head words ('Thuế tỉnh', 'Công an tỉnh')",
      ["b) Thuế tỉnh:", "- Đôn đốc thu nộp ngân sách các khoản còn nợ đọng."],
      [{ text: "Đôn đốc thu nộp ngân sách các khoản còn nợ đọng.", owner: "Thuế tỉnh" }],
    ],
  ];
  test.each(rows)("%s", (_name, lines, expected) => {
    const tasks = run(lines);
    expect(tasks.map((t) => t.text)).toEqual(expected.map((e) => e.text));
    expected.forEach((e, k) => {
      if (e.owner !== undefined) expect(tasks[k].owner).toBe(e.owner);
      if (e.coOwners) expect(tasks[k].coOwners).toEqual(e.coOwners);
    });
  });

  test("a plan's content items take the owner 'Tổ chức thực hiện' names for them", () => {
    const tasks = run([
      "II. NỘI DUNG",
      "1. Tuyên truyền về chuyển đổi số.",
      "2. Đào tạo kỹ năng số cho cán bộ.",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Khoa học và Công nghệ chủ trì nội dung 1; theo dõi, tổng hợp kết quả.",
      "2. Sở Nội vụ chủ trì nội dung 2.",
    ]);
    expect(tasks.slice(0, 2).map((t) => [t.owner, t.evidence!.map((e) => e.code)])).toEqual([
      ["Sở Khoa học và Công nghệ", expect.arrayContaining(["owner-organisation"])],
      ["Sở Nội vụ", expect.arrayContaining(["owner-organisation"])],
    ]);
  });

  test("otherwise the lead body of 'Tổ chức thực hiện' owns them, as review", () => {
    const tasks = run([
      "II. NỘI DUNG",
      "1. Tuyên truyền về chuyển đổi số.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi việc triển khai.",
    ]);
    expect(tasks.map((t) => [t.owner, t.confidence])).toEqual([
      ["Sở Khoa học và Công nghệ", "review"],
      ["Sở Khoa học và Công nghệ", "high"],
    ]);
  });

  test("a superior asked to direct owns only the items that name no one", () => {
    const tasks = run([
      "Đề nghị đồng chí Chủ tịch UBND tỉnh chỉ đạo:",
      "- Sở Tài chính bố trí kinh phí thực hiện dự án.",
      "- Giao nhiệm vụ kiểm tra cho các đơn vị liên quan.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Sở Tài chính", "đồng chí Chủ tịch UBND tỉnh"]);
  });

  test("co-owners in prose split at commas and 'và' outside brackets, the brackets dropped", () => {
    const [task] = run([
      "- Sở Xây dựng chủ trì, phối hợp với Sở Tài chính (trong việc bố trí vốn), Trung tâm Quy hoạch (về bản đồ) và các cơ quan liên quan hoàn thiện đề án.",
    ]);
    expect(task.owner).toBe("Sở Xây dựng");
    expect(task.coOwners).toEqual(["Sở Tài chính", "Trung tâm Quy hoạch", "các cơ quan liên quan"]);
  });
});

describe("synthetic: inherited deadlines and urgency (2026-12)", () => {
  test("a heading's period passes to the items under it; an item's own date wins", () => {
    const tasks = run([
      "I. NHIỆM VỤ TRIỂN KHAI NGAY TRONG THÁNG 12/2025",
      "1. Sở Nội vụ rà soát biên chế các đơn vị.",
      "2. Sở Tài chính trình phương án phân bổ vốn trước ngày 20/12/2025.",
      "II. NHIỆM VỤ NĂM 2026",
      "1. Sở Y tế hoàn thiện mạng lưới y tế cơ sở.",
    ]);
    expect(tasks.map((t) => [t.deadline?.date, t.deadline?.inherited ?? false])).toEqual([
      ["2025-12-31", true],
      ["2025-12-20", false],
      ["2026-12-31", true],
    ]);
  });

  test("(round 14) a period that opens work and leaves it open ('tháng 5 và thời gian tới') is no due day", () => {
    const tasks = run([
      "I. NHIỆM VỤ TRỌNG TÂM TRONG THÁNG 12/2025 VÀ THỜI GIAN TỚI",
      "1. Sở Nội vụ rà soát biên chế các đơn vị.",
      "II. NHIỆM VỤ NĂM 2026 VÀ NHỮNG NĂM TIẾP THEO",
      "1. Sở Y tế hoàn thiện mạng lưới y tế cơ sở.",
      "III. NHIỆM VỤ TRONG THÁNG 12/2025",
      "1. Sở Tài chính trình phương án phân bổ vốn.",
    ]);
    expect(tasks.map((t) => t.deadline?.date ?? null)).toEqual([null, null, "2025-12-31"]);
  });

  test("urgency in a lead-in is inherited and kept beside a date", () => {
    const tasks = run([
      "Để kịp thời ứng phó, yêu cầu các sở khẩn trương triển khai các nội dung sau:",
      "- Sở Công Thương kiểm tra thị trường trước ngày 15/12/2025.",
    ]);
    expect(tasks[0]).toMatchObject({ urgent: true, deadline: { date: "2025-12-15" } });
  });

  test("a date stated by the introducing paragraph passes to its bullets", () => {
    const tasks = run([
      "Các sở báo cáo kết quả về Sở Nội vụ trước ngày 22/12/2025, cụ thể:",
      "- Sở Tư pháp báo cáo công tác phổ biến pháp luật.",
    ]);
    expect(tasks.at(-1)).toMatchObject({ deadline: { date: "2025-12-22", inherited: true } });
  });
});

describe("synthetic: what is not a task (2026-12)", () => {
  test.each([
    ["a report's past facts", ["- Sở Xây dựng đã có Văn bản số 120/SXD-QLN đôn đốc các chủ đầu tư."]],
    ["a description with figures", ["- Nhóm 1: 16 cụm công nghiệp đã có chủ đầu tư hạ tầng."]],
    ["a finding after a name", ["- Hội Nông dân xã: Không có khả năng kiện toàn bộ máy."]],
    ["a visiting delegation's agenda", ["Nội dung làm việc của Đoàn:", "- Xây dựng các kế hoạch phát triển ngành."]],
  ])("%s", (_name, lines) => {
    expect(run(lines).map((t) => t.text)).toEqual([]);
  });
});

describe("synthetic: PDF text with glued words (2026-12)", () => {
  test("owners and keywords are found; the task's text stays as the document writes it", () => {
    const tasks = run([
      "- Đảng uỷxây dựng kế hoạch kiểm tra, giám sát.",
      "- ĐềnghịSở Nội vụ khẩn trường rà soát hồ sơ.",
    ]);
    expect(tasks.map((t) => [t.text, t.owner, t.urgent])).toEqual([
      ["Đảng uỷxây dựng kế hoạch kiểm tra, giám sát.", "Đảng uỷ", false],
      ["ĐềnghịSở Nội vụ khẩn trường rà soát hồ sơ.", "Sở Nội vụ", true],
    ]);
  });
});

describe("every task carries evidence and a confidence", () => {
  test("codes with a phrase, and 'review' only when the evidence is weak", () => {
    const tasks = run(["1. Giao Sở Tài chính chủ trì rà soát dự toán năm 2026, hoàn thành trước ngày 20/12/2025."]);
    expect(tasks).toHaveLength(1);
    expect(tasks[0].confidence).toBe("high");
    expect(tasks[0].evidence!.length).toBeGreaterThan(0);
    for (const e of tasks[0].evidence!) expect(e).toEqual({ code: expect.any(String), phrase: expect.any(String) });
    expect(tasks[0].evidence!.map((e) => e.code)).toContain("assignment");
  });
});

describe("synthetic: a section's owners and time as labels on lines of their own (round 10, k29)", () => {
  const section = (extra: string[] = []) =>
    run([
      "I. CÔNG TÁC TUYÊN TRUYỀN",
      "1. Nội dung, biện pháp",
      "a) Tổ chức hội nghị quán triệt kế hoạch.",
      "b) Lập chuyên mục trên cổng thông tin điện tử.",
      "2. Cơ quan chủ trì, phối hợp",
      "a) Cơ quan chủ trì",
      "- Ban Chỉ đạo tỉnh.",
      "- Các sở, ngành liên quan.",
      "(Văn phòng Ban Chỉ đạo là cơ quan thường trực.)",
      "b) Cơ quan phối hợp",
      "- Mặt trận Tổ quốc tỉnh.",
      "3. Thời gian thực hiện: Tháng 11, 12/2025 và thường xuyên.",
      ...extra,
    ]);

  test("the first body listed owns each item, the co-owners follow, the time dates them; none of them is a task", () => {
    expect(section().map((t) => [t.text, t.owner, t.coOwners, t.deadline?.date ?? null])).toEqual([
      ["Tổ chức hội nghị quán triệt kế hoạch.", "Ban Chỉ đạo tỉnh", ["Mặt trận Tổ quốc tỉnh"], "2025-12-31"],
      ["Lập chuyên mục trên cổng thông tin điện tử.", "Ban Chỉ đạo tỉnh", ["Mặt trận Tổ quốc tỉnh"], "2025-12-31"],
    ]);
  });

  test("the neighbour: 'Chủ trì, phối hợp' over bullets of work heads work, and its bullets stay tasks", () => {
    const tasks = run([
      "3. Sở Tài chính",
      "a) Chủ trì, phối hợp",
      "- Sở Nội vụ và các cơ quan liên quan tham mưu Ủy ban nhân dân tỉnh quy định về phân cấp quản lý.",
    ]);
    expect(tasks.map((t) => t.owner)).toContain("Sở Nội vụ và các cơ quan liên quan");
  });
});

describe("synthetic: a lead-in that requests the work of a long addressee (round 11, k31)", () => {
  const directive = (lead: string, items: string[]) =>
    run(["THỦ TƯỚNG CHÍNH PHỦ", "Hà Nội, ngày 10 tháng 11 năm 2025", "CHỈ THỊ", lead, ...items]);

  test("'… yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:' hands its items to that addressee; '1. Chỉ đạo các cấp …' is the Chủ tịch's own act", () => {
    const tasks = directive(
      "Để làm tốt công tác đào tạo nghề, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:",
      [
        "1. Chỉ đạo các cấp đưa nội dung đào tạo nghề thành một chỉ tiêu trong kế hoạch hàng năm.",
        "2. Xây dựng kế hoạch phối hợp với các Bộ, ngành trung ương.",
      ],
    );
    const chairman = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương";
    expect(tasks.map((t) => t.owner)).toEqual([chairman, chairman]);
  });

  test("the neighbour: an item that repeats the lead-in's request to another body ('a) Yêu cầu Nhà đầu tư …') is that body's", () => {
    const tasks = directive("Thời gian còn ít; do vậy, yêu cầu các bộ, ngành, địa phương, đơn vị, cá nhân liên quan:", [
      "a) Yêu cầu Nhà đầu tư (Tập đoàn Bình An) rà soát, điều chỉnh lại kế hoạch thi công.",
      "b) Hoàn thành thủ tục đầu tư trong tháng 12 năm 2025.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual([
      "Nhà đầu tư (Tập đoàn Bình An)",
      "các bộ, ngành, địa phương, đơn vị, cá nhân liên quan",
    ]);
  });

  test("the neighbour: a long list before a colon inside an item ('Giao A, B; các Đảng uỷ: C; D căn cứ …') stays one task", () => {
    const tasks = run([
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Giao Ban Tổ chức Trung ương, Uỷ ban Kiểm tra Trung ương, Văn phòng Trung ương Đảng; các Đảng uỷ: Chính phủ; Quốc hội; Mặt trận Tổ quốc, các đoàn thể Trung ương; Toà án nhân dân tối cao; Viện Kiểm sát nhân dân tối cao; Bộ Tư pháp; Bộ Nội vụ và các cấp uỷ, tổ chức đảng căn cứ Kết luận này để cụ thể hoá và tổ chức thực hiện.",
    ]);
    // The colon inside the list ends no addressee: the item is not cut into "Giao … các Đảng uỷ" and "Bộ Nội vụ … căn cứ …".
    expect(tasks.map((t) => t.text.slice(0, 24))).toEqual(["Giao Ban Tổ chức Trung ư"]);
  });
});

describe("synthetic: a plan's content items and the body that leads it in 'Tổ chức thực hiện' (round 11, k31)", () => {
  const plan = (localDuty: string) =>
    run([
      "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
      "Bình An, ngày 20 tháng 11 năm 2025",
      "KẾ HOẠCH",
      "Thực hiện Chỉ thị số 14-CT/TW",
      "II. NHIỆM VỤ, GIẢI PHÁP",
      "1. Rà soát, hoàn thiện chính sách ưu đãi người có công.",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Nội vụ",
      "- Tổng kết việc công nhận người có công.",
      "2. Ủy ban nhân dân các huyện",
      localDuty,
    ]).find((t) => t.text.startsWith("Rà soát"))!;

  test("'Chủ trì, xây dựng và tổ chức thực hiện Kế hoạch của từng địa phương' is each district's own plan: the body named first leads", () => {
    expect(plan("Chủ trì, xây dựng và tổ chức thực hiện Kế hoạch của từng địa phương.").owner).toBe("Sở Nội vụ");
  });

  test("the neighbour: a body that follows this plan ('… theo dõi, đôn đốc thực hiện Kế hoạch này') leads it", () => {
    expect(plan("Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này.").owner).toBe("Ủy ban nhân dân các huyện");
  });
});

describe("synthetic: a city plan's steps and requirements (round 11, k31)", () => {
  const plan = (lines: string[]) =>
    run(["ỦY BAN NHÂN DÂN TỈNH BÌNH AN", "Bình An, ngày 20 tháng 11 năm 2025", "KẾ HOẠCH", "Hỗ trợ nhà ở", ...lines]);

  test("'4.2.b. …' is a lettered item: its text is read whole, with its body as owner", () => {
    const tasks = plan([
      "4. Phương thức thực hiện",
      "4.2. Tổ chức xây dựng nhà ở:",
      "4.2.b. Ủy ban nhân dân xã có trách nhiệm theo dõi, giám sát các hộ gia đình trong quá trình xây dựng.",
    ]);
    expect(tasks.map((t) => [t.text.slice(0, 20), t.owner])).toEqual([["Ủy ban nhân dân xã c", "Ủy ban nhân dân xã"]]);
  });

  test("under 'Yêu cầu về kỹ thuật …', a body that does work is given it; a standard the houses must meet is no task", () => {
    const tasks = plan([
      "4. Phương thức thực hiện",
      "4.1. Yêu cầu về kỹ thuật và chất lượng:",
      "4.1.a. Sở Xây dựng nghiên cứu, thiết kế tối thiểu 03 mẫu nhà ở điển hình.",
      "4.1.b. Việc xây dựng mới nhà ở phải bảo đảm yêu cầu sau đây:",
      "- Đối với trường hợp nhà ở phải phá dỡ thì nhà ở mới phải bảo đảm tiêu chuẩn 3 cứng.",
      "4.1.c. Nhà ở được hỗ trợ phải bảo đảm vệ sinh môi trường.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Sở Xây dựng"]);
  });

  test("what a priority order lists ('… được lập theo thứ tự ưu tiên sau đây:') is who comes first, no task", () => {
    const tasks = plan([
      "II. NỘI DUNG",
      "1. Lập danh sách hộ được hỗ trợ.",
      "Đối tượng được hỗ trợ được lập theo thứ tự ưu tiên sau đây:",
      "- Hộ gia đình có nhà ở có nguy cơ sập đổ.",
      "- Hộ gia đình có người cao tuổi.",
    ]);
    expect(tasks.map((t) => t.text)).toEqual(["Lập danh sách hộ được hỗ trợ."]);
  });

  test("the neighbour: under findings or aims, a body's line stays no task ('Ủy ban nhân dân huyện trình bày …')", () => {
    const tasks = plan([
      "I. TÌNH HÌNH THỰC HIỆN",
      "Ủy ban nhân dân huyện trình bày các nội dung chính tại Báo cáo số 12/BC-UBND.",
      "II. MỤC ĐÍCH, YÊU CẦU",
      "- Sở Nội vụ bám sát các nội dung của Kế hoạch.",
    ]);
    expect(tasks).toEqual([]);
  });
});

test("synthetic: a step's field line ('Thời gian hoàn tất: …') dates its own step only, not the step before it (round 11, k31)", () => {
  const tasks = run(
    [
      "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
      "Bình An, ngày 20 tháng 11 năm 2025",
      "KẾ HOẠCH",
      "2. Trình tự thực hiện",
      "2.1. Bước 1:",
      "2.1.a. Thành lập Ban Chỉ đạo:",
      "Ủy ban nhân dân xã thành lập Ban Chỉ đạo cấp xã.",
      "2.1.b. Tiếp nhận hồ sơ:",
      "Các thôn tổ chức phổ biến chính sách và tiếp nhận đơn.",
      "Thời gian hoàn tất: trước ngày 10 tháng 12 năm 2025.",
      "2.2. Bước 2: Kiểm tra hiện trạng nhà ở.",
      "Ban Chỉ đạo tổ chức kiểm tra hiện trạng nhà ở của từng hộ.",
      "Thời gian hoàn tất: trước ngày 25 tháng 12 năm 2025.",
    ],
    "2025-11-20",
  );
  const due = (start: string) => tasks.find((t) => t.text.startsWith(start))?.deadline?.date ?? null;
  expect([due("Các thôn"), due("Ban Chỉ đạo tổ chức")]).toEqual(["2025-12-10", "2025-12-25"]);
  // The field line under "2.1.b." is read as 2.1.b's: 2.1.a's line is left undated (a clerk may read it as all of step
  // 1's), but never given step 2's day.
  expect(due("Ủy ban nhân dân xã")).toBeNull();
});

describe("synthetic: a numbered step's label over the paragraph that does it (round 11, k31)", () => {
  const steps = (second: string[]) =>
    run([
      "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
      "Bình An, ngày 20 tháng 11 năm 2025",
      "KẾ HOẠCH",
      "II. NHIỆM VỤ",
      "2. Trình tự thực hiện",
      "2.1. Bước 1: Kiểm tra hiện trạng nhà ở.",
      "Ban Chỉ đạo cấp xã tổ chức kiểm tra hiện trạng nhà ở của từng hộ.",
      ...second,
    ]).map((t) => t.text);

  test("'2.1. Bước 1: Kiểm tra …' titles its paragraph: the paragraph is the task", () => {
    expect(steps([])).toEqual(["Ban Chỉ đạo cấp xã tổ chức kiểm tra hiện trạng nhà ở của từng hộ."]);
  });

  test("the neighbour: a step with no paragraph under it ('2.2. Bước 2: Các xã gửi danh sách …') is the task itself", () => {
    expect(steps(["2.2. Bước 2: Các xã gửi danh sách về huyện trước ngày 10/12/2025."])).toContain(
      "Bước 2: Các xã gửi danh sách về huyện trước ngày 10/12/2025.",
    );
  });
});

test("synthetic (round 14): a time line under a description dates an event, not work; under work it still dates it", () => {
  const tasks = run([
    "I. TỔ CHỨC HỘI NGHỊ",
    "- Hội nghị 1: Gồm các tỉnh: Hà Nội, Quảng Ninh, Hải Phòng.",
    "Thời gian: 01 buổi sáng, ngày 26/12/2025, bắt đầu từ 08h00.",
    "- Sở Tài chính tổng hợp danh sách đại biểu.",
    "Thời gian: trước ngày 20/12/2025.",
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 20), t.deadline?.date])).toEqual([["Sở Tài chính tổng hợ", "2025-12-20"]]);
});
