/**
 * Spec audit (issue 12, round 4): clauses of spec/deadlines.md checked in the several phrasings a clerk meets.
 * Every sentence is synthetic, written for these tests after the spec's own examples; none is copied from the corpus.
 */
import { extractTasks } from "./extract";

const HEADER = [
  "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
  "Số: 30/KH-UBND",
  "Bình An, ngày 01 tháng 12 năm 2025",
  "KẾ HOẠCH",
  "Triển khai",
];

function run(lines: string[], header = HEADER, date = "2026-06-15") {
  return extractTasks({ paragraphs: [...header, ...lines].map((text) => ({ text })) }, { fallbackDate: date }).tasks;
}

describe("synthetic: a plan's content items take the owner of 'Tổ chức thực hiện', whatever the sections are called", () => {
  const organisation = [
    "1. Sở Khoa học và Công nghệ",
    "- Là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch.",
    "2. Sở Tài chính",
    "- Bố trí kinh phí thực hiện.",
  ];
  const rows: [string, string, string][] = [
    ["NỘI DUNG", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"],
    ["GIẢI PHÁP", "III. GIẢI PHÁP", "V. TỔ CHỨC THỰC HIỆN"],
    ["NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "IV. TỔ CHỨC THỰC HIỆN"],
    ["GIẢI PHÁP THỰC HIỆN + TRÁCH NHIỆM", "IV. GIẢI PHÁP THỰC HIỆN", "V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN"],
    ["lower case, PHÂN CÔNG", "III. Các giải pháp chủ yếu", "IV. Phân công thực hiện"],
  ];
  test.each(rows)("%s", (_name, content, org) => {
    const tasks = run([
      content,
      "1. Tăng cường truyền thông về đổi mới công nghệ.",
      "2. Hỗ trợ doanh nghiệp ứng dụng công nghệ số.",
      org,
      ...organisation,
    ]);
    expect(tasks.slice(0, 2).map((t) => [t.text.slice(0, 12), t.owner, t.confidence])).toEqual([
      ["Tăng cường t", "Sở Khoa học và Công nghệ", "review"],
      ["Hỗ trợ doanh", "Sở Khoa học và Công nghệ", "review"],
    ]);
  });
  test("a findings section ('MỤC TIÊU', 'ĐÁNH GIÁ') is not content: its lines take no owner from it", () => {
    const tasks = run([
      "II. MỤC TIÊU",
      "1. Phấn đấu đến năm 2030 có 50% doanh nghiệp ứng dụng công nghệ số.",
      "III. TỔ CHỨC THỰC HIỆN",
      ...organisation,
    ]);
    expect(tasks.filter((t) => t.text.startsWith("Phấn đấu")).map((t) => t.owner)).not.toContain(
      "Sở Khoa học và Công nghệ",
    );
  });
});

const LETTER = [
  "ỦY BAN NHÂN DÂN TỈNH BÌNH AN",
  "Số: 100/UBND-KT",
  "Bình An, ngày 20 tháng 11 năm 2025",
  "V/v triển khai",
];
const owners = (lines: string[], header = HEADER) => run(lines, header).map((t) => [t.text.slice(0, 14), t.owner]);

describe("synthetic: a lead-in whose subject takes on a duty hands that subject to its items (owner rule 5)", () => {
  const rows: [string, string][] = [
    ["có trách nhiệm:", "Các sở, ngành có trách nhiệm:"],
    ["chịu trách nhiệm thực hiện các nội dung sau:", "Các sở, ngành chịu trách nhiệm thực hiện các nội dung sau:"],
    ["có nhiệm vụ:", "Các sở, ngành có nhiệm vụ:"],
    ["thực hiện các nội dung sau:", "Các sở, ngành thực hiện các nội dung sau:"],
    ["tổ chức thực hiện một số nhiệm vụ sau đây:", "Các sở, ngành tổ chức thực hiện một số nhiệm vụ sau đây:"],
    ["thực hiện tốt những công việc cụ thể như sau:", "Các sở, ngành thực hiện tốt những công việc cụ thể như sau:"],
  ];
  test.each(rows)("%s", (_name, lead) => {
    for (const header of [HEADER, LETTER])
      expect(
        owners([lead, "- Kiểm tra an toàn thực phẩm trên địa bàn.", "- Báo cáo kết quả về Sở Y tế."], header),
      ).toEqual([
        ["Kiểm tra an to", "Các sở, ngành"],
        ["Báo cáo kết qu", "Các sở, ngành"],
      ]);
  });
  test("the speaker of a letter ('UBND tỉnh có ý kiến như sau:') is no owner", () => {
    expect(
      owners(
        ["Ủy ban nhân dân tỉnh có ý kiến như sau:", "1. Rà soát số lượng giáo viên còn thiếu.", "2. Báo cáo kết quả."],
        LETTER,
      ),
    ).toEqual([
      ["Rà soát số lượ", null],
      ["Báo cáo kết qu", null],
    ]);
  });
});

describe("synthetic: a subject with an aside in brackets before its verb is still the owner, as written (owner rule 2)", () => {
  const rows: [string, string, string][] = [
    [
      "an abbreviation",
      "k) Đài Truyền hình Bình An (BTV) chủ trì, phối hợp Sở Văn hóa xây dựng phóng sự.",
      "Đài Truyền hình Bình An (BTV)",
    ],
    ["a role", "- Sở Nội vụ (cơ quan thường trực) hướng dẫn việc sắp xếp bộ máy.", "Sở Nội vụ (cơ quan thường trực)"],
    ["with &", "2. Sở Khoa học và Công nghệ (KH&CN) chủ trì thẩm định công nghệ.", "Sở Khoa học và Công nghệ (KH&CN)"],
  ];
  test.each(rows)("%s", (_name, line, owner) => {
    expect(run([line], LETTER).map((t) => t.owner)).toEqual([owner]);
  });
  test("an aside that is not followed by the work is no subject ('Sở X (ông A)' then a full stop)", () => {
    expect(
      run(["- Sở Nội vụ (đồng chí Giám đốc).", "- Báo cáo kết quả về UBND tỉnh."], LETTER).map((t) => t.owner),
    ).not.toContain("Sở Nội vụ (đồng chí Giám đốc)");
  });
});

describe("synthetic: 'Giao cho X', 'Giao nhiệm vụ cho X' are explicit assignments like 'Giao X' (owner rule 1)", () => {
  const rows: [string, string][] = [
    ["Giao X", "- Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện."],
    ["Giao cho X", "- Giao cho Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện."],
    ["giao nhiệm vụ cho X", "3. UBND tỉnh giao nhiệm vụ cho Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện."],
    ["after a clause", "4. Để bảo đảm tiến độ, giao cho Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện."],
  ];
  test.each(rows)("%s", (_name, line) => {
    expect(run([line], LETTER).map((t) => t.owner)).toEqual(["Văn phòng UBND tỉnh"]);
  });
});

describe("synthetic: a condition is not timing; an event is (spec additions: event-triggered timing)", () => {
  const rows: [string, string, string | null][] = [
    [
      "Trường hợp … (in case of)",
      "- Trường hợp hồ sơ chưa đầy đủ, Sở Tài chính có trách nhiệm hướng dẫn nhà đầu tư bổ sung.",
      null,
    ],
    [
      "Trong trường hợp …",
      "- Trong trường hợp các đơn vị có ý kiến khác nhau, Sở Tài chính tổng hợp, báo cáo UBND tỉnh.",
      null,
    ],
    ["Khi có kết quả … (an event)", "- Khi có kết quả thẩm định, Sở Tài chính tổng hợp, báo cáo UBND tỉnh.", "event"],
    [
      "sau khi … ban hành (an event)",
      "- Sở Tài chính tổng hợp, báo cáo UBND tỉnh sau khi Bộ Tài chính ban hành hướng dẫn.",
      "event",
    ],
  ];
  test.each(rows)("%s", (_name, line, kind) => {
    expect(run([line], LETTER).map((t) => t.deadline?.kind ?? null)).toEqual([kind]);
  });
});

describe("synthetic: a paragraph that reports what its writer did, then asks, is the request (spec: a request is a task)", () => {
  const rows: [string, string[], string, string | null][] = [
    [
      "past facts, then 'đề nghị X …' with a due day",
      [
        "Trên cơ sở báo cáo của các địa phương, Bộ Nội vụ đã xây dựng nguyên tắc đề xuất biên chế (gửi kèm theo). Để việc đề xuất được thống nhất, đề nghị Ủy ban nhân dân các tỉnh, thành phố khẩn trương tổng hợp và gửi về Bộ Nội vụ trước ngày 26/11/2025.",
      ],
      "Ủy ban nhân dân các tỉnh, thành phố",
      "2025-11-26",
    ],
    [
      "'bộ, ngành, địa phương' in lower case",
      [
        "Bộ Nội vụ đã có Văn bản số 81/BNV-TCBC ngày 17/9/2025 hướng dẫn. Vì vậy, đề nghị bộ, ngành, địa phương khẩn trương tổng hợp và gửi về Bộ Nội vụ trước ngày 26/11/2025.",
      ],
      "bộ, ngành, địa phương",
      "2025-11-26",
    ],
    [
      "under a 'Về …:' topic whose event is the subject, not the due time",
      [
        "2. Về mức chi phí của các địa phương sau khi hoàn thành sắp xếp bộ máy từ ngày 01/7/2025: Bộ Nội vụ đã hướng dẫn Sở Nội vụ các tỉnh xác định mức chi phí. Vì vậy, đề nghị Ủy ban nhân dân các tỉnh căn cứ mức chi phí đã xác định để trình Hội đồng nhân dân cấp tỉnh quy định.",
      ],
      "Ủy ban nhân dân các tỉnh",
      null,
    ],
  ];
  test.each(rows)("%s", (_name, lines, owner, date) => {
    const tasks = run(["Kính gửi: Các bộ, ngành, địa phương.", ...lines], LETTER);
    expect(tasks.map((t) => [t.owner, t.deadline?.date ?? null])).toEqual([[owner, date]]);
  });
  test("a report of past facts with no request stays no task", () => {
    expect(run(["Bộ Nội vụ đã xây dựng nguyên tắc đề xuất biên chế và đã gửi các địa phương."], LETTER)).toEqual([]);
  });
});

describe("synthetic: an item that opens with a work verb of any field is a task under an agency heading (owner rule 4)", () => {
  const verbs = [
    "Nắm chắc tình hình cán bộ, kịp thời xử lý vướng mắc",
    "Tiến hành rà soát, bổ sung quy hoạch cán bộ",
    "Xây dựng cơ sở dữ liệu về đất đai",
    "Củng cố, kiện toàn Ban Chỉ đạo cấp xã",
    "Phổ biến, quán triệt nội dung Chỉ thị đến cán bộ",
    "Sơ kết, đánh giá kết quả thực hiện Kế hoạch",
    "Huy động các nguồn lực xã hội hóa cho công tác phòng chống thiên tai",
    "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ cấp xã",
    "Sắp xếp, bố trí lại trụ sở làm việc dôi dư",
    "Lồng ghép nội dung bình đẳng giới vào chương trình giảng dạy",
  ];
  test.each(verbs)("%s", (line) => {
    const tasks = run(["I. Về công tác cán bộ", "1. Sở Nội vụ", `- ${line}.`, "- Tăng cường kiểm tra việc thực hiện."]);
    expect(tasks.map((t) => [t.text.slice(0, 12), t.owner])).toEqual([
      [line.slice(0, 12), "Sở Nội vụ"],
      ["Tăng cường k", "Sở Nội vụ"],
    ]);
  });
  test("a noun heading over items still titles them ('1. Đào tạo nguồn nhân lực' over 'a)', 'b)')", () => {
    const tasks = run([
      "II. NHIỆM VỤ TRỌNG TÂM",
      "1. Đào tạo nguồn nhân lực",
      "a) Mở lớp bồi dưỡng kỹ năng số cho cán bộ.",
      "b) Cử cán bộ tham gia tập huấn.",
    ]);
    expect(tasks.map((t) => t.text.slice(0, 8))).toEqual(["Mở lớp b", "Cử cán b"]);
  });
});

describe("synthetic: 'tổ chức đảng', 'tổ chức chính trị - xã hội' are bodies, not the verb 'tổ chức' (owners as written)", () => {
  const rows: [string, string[], string][] = [
    ["a heading", ["1. Các cấp ủy, tổ chức đảng", "- Tăng cường kiểm tra việc thực hiện."], "Các cấp ủy, tổ chức đảng"],
    [
      "a subject",
      ["- Các cấp ủy, tổ chức đảng, cơ quan, đơn vị rà soát quy hoạch cán bộ."],
      "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị",
    ],
    [
      "after 'Đề nghị'",
      ["- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội vận động Nhân dân tham gia."],
      "Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội",
    ],
    ["the verb stays a verb", ["- Sở Văn hóa tổ chức hội nghị tập huấn cho cán bộ."], "Sở Văn hóa"],
  ];
  test.each(rows)("%s", (_name, lines, owner) => {
    expect(run(lines, LETTER).map((t) => t.owner)).toEqual([owner]);
  });
});

test("synthetic: a lead-in's subject may be a long list of bodies (owner rule 5)", () => {
  const lead =
    "Để thực hiện thắng lợi các nhiệm vụ; các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc tỉnh, các hội đoàn thể, các xã, phường, các doanh nghiệp và mọi người dân triển khai đợt thi đua, tập trung thực hiện các nội dung chủ yếu sau:";
  const tasks = run([lead, "1. Thi đua hoàn thành các chỉ tiêu kinh tế.", "2. Thi đua cải cách hành chính."], LETTER);
  expect(tasks.map((t) => t.owner?.slice(0, 30))).toEqual([
    "các sở, ban, ngành, Ủy ban Mặt",
    "các sở, ban, ngành, Ủy ban Mặt",
  ]);
});

describe("synthetic: Party bodies written in lower case ('ban thường vụ', 'cấp ủy', 'tập thể lãnh đạo') are owners (Party documents)", () => {
  const rows: [string, string, string][] = [
    [
      "after a leading adverbial, with a duty",
      "- Định kỳ hằng năm, ban thường vụ cấp ủy, tập thể lãnh đạo cơ quan, đơn vị có trách nhiệm chỉ đạo việc rà soát quy hoạch.",
      "ban thường vụ cấp ủy, tập thể lãnh đạo cơ quan, đơn vị",
    ],
    [
      "after 'giao'",
      "- Về điều kiện quy hoạch, giao cấp ủy, tổ chức đảng trực thuộc Trung ương xem xét, quyết định đối với từng trường hợp.",
      "cấp ủy, tổ chức đảng trực thuộc Trung ương",
    ],
    ["capitalised as before", "- Ban Thường vụ Tỉnh ủy chỉ đạo việc rà soát quy hoạch.", "Ban Thường vụ Tỉnh ủy"],
  ];
  test.each(rows)("%s", (_name, line, owner) => {
    expect(run(["1. Về quy hoạch cán bộ", line], LETTER).map((t) => t.owner)).toEqual([owner]);
  });
});
