/**
 * A task table's time column as calendars write it (issue 12, round 5): a month and year alone ("11/2025", "Trước
 * 12/2025"), and a number and time merged down over sub-rows. Synthetic rows written for these tests.
 */
import { extractTasks } from "./extract";
import type { SourceParagraph } from "./types";

const HEADER = [
  "TRƯỜNG ĐẠI HỌC A",
  "Số: 12/ĐHA-ĐT",
  "Hà Nội, ngày 08 tháng 8 năm 2025",
  "KẾ HOẠCH",
  "Lịch trình đào tạo",
];

function run(table: string[][]) {
  const paragraphs: SourceParagraph[] = HEADER.map((text) => ({ text }));
  table.forEach((row, r) =>
    row.forEach((text, cell) => paragraphs.push({ text, table: { tableIndex: 0, row: r, cell } })),
  );
  return extractTasks({ paragraphs, tables: [table] }, { fallbackDate: "2025-08-08" }).tasks;
}
const dated = (tasks: ReturnType<typeof run>) => tasks.map((t) => [t.text.slice(0, 16), t.deadline?.date ?? null]);
const HEAD = ["TT", "Thời gian thực hiện", "Nội dung công việc", "Đơn vị đầu mối", "Đơn vị phối hợp"];

describe("synthetic: a month and its year alone in a time cell", () => {
  test("'11/2025' is due within November, 'Trước 12/2025' before December", () => {
    const tasks = run([
      HEAD,
      ["1", "11/2025", "Xây dựng thời khóa biểu học kỳ 2", "Phòng Đào tạo", ""],
      ["2", "Trước 12/2025", "Hậu kiểm tuyển sinh đại học", "Phòng Đào tạo", ""],
      ["3", "13/2025", "Tổng kết năm học", "Phòng Đào tạo", ""],
    ]);
    expect(dated(tasks)).toEqual([
      ["Xây dựng thời kh", "2025-11-30"],
      ["Hậu kiểm tuyển s", "2025-11-30"],
      ["Tổng kết năm học", null],
    ]);
  });
});

describe("synthetic: number and time merged down over sub-rows", () => {
  test("sub-rows without a number share the time of the numbered row; a numbered row with no time has none", () => {
    const tasks = run([
      HEAD,
      ["9", "08/09/2025-14/09/2025", "Tuần lễ hội nhập", "Phòng Đào tạo", ""],
      ["", "", "Buổi định hướng về công tác sinh viên", "Phòng Công tác sinh viên", ""],
      ["", "", "Thi phân loại trình độ tiếng Anh", "Phòng Đào tạo", ""],
      ["10", "", "Tổ chức khám sức khỏe cho sinh viên", "Trạm Y tế", ""],
      ["Học kỳ 2", "", "", "", ""],
      ["", "", "Đăng ký học phần học kỳ 2", "Phòng Đào tạo", ""],
    ]);
    expect(dated(tasks)).toEqual([
      ["Tuần lễ hội nhập", "2025-09-14"],
      ["Buổi định hướng ", "2025-09-14"],
      ["Thi phân loại tr", "2025-09-14"],
      ["Tổ chức khám sức", null],
      ["Đăng ký học phần", null],
    ]);
  });
});

describe("synthetic: a plan's assignment table that groups its tasks and merges owners down", () => {
  const head = [
    "STT",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thuộc nhóm nhiệm vụ, hành động",
    "Nội dung nhiệm vụ",
    "Thời hạn hoàn thành",
  ];
  test("the task is the content column, and a row without number or owner shares the numbered row's", () => {
    const tasks = run([
      head,
      ["1", "Bộ Xây dựng", "Bộ Công Thương", "Hoàn thiện chính sách", "- Rà soát quy chuẩn khí thải.", "Năm 2026"],
      ["", "", "", "", "- Ban hành hướng dẫn kiểm kê khí thải.", "Năm 2027"],
      // The neighbour: a numbered row with its own owner keeps it.
      ["2", "Bộ Y tế", "", "Bảo vệ sức khỏe", "- Xây dựng hồ sơ sức khỏe cộng đồng.", "Năm 2028"],
    ]);
    expect(tasks.map((t) => [t.text, t.owner, t.coOwners, t.deadline?.date ?? null])).toEqual([
      ["- Rà soát quy chuẩn khí thải.", "Bộ Xây dựng", ["Bộ Công Thương"], "2026-12-31"],
      ["- Ban hành hướng dẫn kiểm kê khí thải.", "Bộ Xây dựng", ["Bộ Công Thương"], "2027-12-31"],
      ["- Xây dựng hồ sơ sức khỏe cộng đồng.", "Bộ Y tế", [], "2028-12-31"],
    ]);
  });
});

describe("synthetic: an appendix of proposals handed out by one dated item", () => {
  const body = [
    "2. Khẩn trương xử lý các kiến nghị của các địa phương (Phụ lục kèm theo), hoàn thành trước ngày 15/12/2025.",
  ];
  const table = [
    ["TT", "Tỉnh kiến nghị", "Thông tin đề xuất", "Bộ phụ trách tiếp nhận, xử lý"],
    ["1", "Lào Cai", "Đề nghị hỗ trợ kinh phí sửa chữa trụ sở cấp xã.", "Bộ Tài chính"],
    ["2", "Cao Bằng", "Đề nghị hướng dẫn thủ tục hỗ trợ người làm việc ở cơ sở.", "Bộ Nội vụ"],
  ];
  function runWith(lines: string[]) {
    const paragraphs: SourceParagraph[] = [...HEADER, ...lines].map((text) => ({ text }));
    table.forEach((row, r) =>
      row.forEach((text, cell) => paragraphs.push({ text, table: { tableIndex: 0, row: r, cell } })),
    );
    return extractTasks({ paragraphs, tables: [table] }, { fallbackDate: "2025-12-02" }).tasks;
  }
  test("the proposal is the task (not the province that made it), dated by the item that hands the appendix out", () => {
    const rows = runWith(body).filter((t) => t.owner?.startsWith("Bộ"));
    expect(rows.map((t) => [t.text, t.owner, t.deadline?.date ?? null])).toEqual([
      ["Đề nghị hỗ trợ kinh phí sửa chữa trụ sở cấp xã.", "Bộ Tài chính", "2025-12-15"],
      ["Đề nghị hướng dẫn thủ tục hỗ trợ người làm việc ở cơ sở.", "Bộ Nội vụ", "2025-12-15"],
    ]);
  });
  test("the neighbour: with no item pointing to the appendix, its rows stay undated", () => {
    const rows = runWith(["2. Khẩn trương xử lý các kiến nghị của các địa phương, hoàn thành trước ngày 15/12/2025."]);
    expect(rows.filter((t) => t.owner?.startsWith("Bộ")).map((t) => t.deadline)).toEqual([null, null]);
  });
});

describe("synthetic: a long task table printed over pages", () => {
  test("a part's letter and title head its rows; the header written again on a new page is no task", () => {
    const tasks = run([
      ["STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện"],
      ["A", "PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ", "", "", ""],
      ["1.1", "Rà soát các quy định về kinh tế số", "Sở Tư pháp", "Các sở", "Năm 2026"],
      ["", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện"],
      // The neighbour: a real row after the repeated header is still read.
      ["1.2", "Xây dựng nền tảng dữ liệu mở", "Công an tỉnh", "", "Năm 2027"],
    ]);
    expect(tasks.map((t) => [t.text, t.owner, t.section])).toEqual([
      ["Rà soát các quy định về kinh tế số", "Sở Tư pháp", "A PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ"],
      ["Xây dựng nền tảng dữ liệu mở", "Công an tỉnh", "A PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ"],
    ]);
  });
});

test("synthetic (round 14): a task table's section row groups its rows whatever its words ('… đáp ứng mục tiêu …')", () => {
  const head = ["STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
  const tasks = run([
    head,
    ["I. Đổi mới tư duy trong lãnh đạo, chỉ đạo", "", "", "", ""],
    ["1.", "Tăng cường lãnh đạo, chỉ đạo công tác bảo hiểm y tế", "Bộ Y tế", "Các bộ, ngành", "Hằng năm"],
    ["II. Hoàn thiện thể chế về bảo hiểm y tế đáp ứng mục tiêu bao phủ toàn dân", "", "", "", ""],
    ["2.", "Xây dựng Luật Bảo hiểm y tế sửa đổi", "Bộ Y tế", "Bộ Tư pháp", "Năm 2026"],
  ]);
  expect(tasks.map((t) => [t.text.slice(0, 16), t.owner])).toEqual([
    ["Tăng cường lãnh ", "Bộ Y tế"],
    ["Xây dựng Luật Bả", "Bộ Y tế"],
  ]);
});

describe("synthetic: a bare 'Đơn vị' column beside 'Nhiệm vụ chủ trì' and 'Đơn vị phối hợp'", () => {
  test("names who leads each row, merged down (with its partners) over the unnumbered rows under it", () => {
    const tasks = run([
      ["STT", "Đơn vị", "Nhiệm vụ chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
      ["1", "Phòng Đào tạo", "Xây dựng thời khóa biểu học kỳ 2", "Phòng Khảo thí", "Quý IV/2025"],
      ["", "", "Cập nhật chương trình đào tạo", "", "Quý IV/2025"],
      ["2", "Phòng Tài chính", "Bố trí kinh phí tổ chức thi", "", "Quý IV/2025"],
    ]);
    expect(tasks.map((t) => [t.owner, t.coOwners])).toEqual([
      ["Phòng Đào tạo", ["Phòng Khảo thí"]],
      ["Phòng Đào tạo", ["Phòng Khảo thí"]],
      ["Phòng Tài chính", []],
    ]);
  });
});

describe("synthetic: a day's programme as a table ('THỜI GIAN | NỘI DUNG' with clock times; k80)", () => {
  test("rows timed by the clock of one day are a programme, not tasks", () => {
    const tasks = run([
      ["THỜI GIAN", "NỘI DUNG"],
      ["8h00 - 8h10", "Tuyên bố lí do, giới thiệu đại biểu"],
      ["8h10 - 9h00", "Báo cáo tóm tắt kết quả thực hiện chương trình"],
      ["9h00 - 10h30", "Tham quan phòng học bộ môn"],
      ["10h30", "Phát biểu kết luận của Trưởng đoàn"],
    ]);
    expect(tasks).toEqual([]);
  });
  test("the same columns timed by days stay a task table", () => {
    const tasks = run([
      ["THỜI GIAN", "NỘI DUNG"],
      ["Trước 15/9/2025", "Báo cáo tóm tắt kết quả thực hiện chương trình"],
      ["Tháng 10/2025", "Tổ chức hội thảo chuyên đề"],
    ]);
    expect(dated(tasks)).toEqual([
      ["Báo cáo tóm tắt ", "2025-09-15"],
      ["Tổ chức hội thảo", "2025-10-31"],
    ]);
  });
});

describe("synthetic: a task table's group rows numbered below a Roman part ('III.1', 'III.1.3') head the rows under them", () => {
  test("'| III.1.3 | Nhóm các nền tảng … |' is no task; the numbered rows under it are (k89, Thủ tướng 2629/QĐ-TTg)", () => {
    const tasks = run([
      ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
      ["III", "Phát triển các ứng dụng, nền tảng số", "", "", ""],
      ["III.1", "Nhóm ứng dụng, nền tảng số quy mô quốc gia", "", "", ""],
      ["III.1.3", "Nhóm các nền tảng cung cấp dịch vụ hạ tầng cơ bản, dùng chung", "", "", ""],
      ["10", "Phát triển Trục liên thông văn bản quốc gia.", "Văn phòng Chính phủ", "Các bộ, ngành", "Năm 2026"],
      // A numbered row with only its task is still a task.
      ["11", "Xây dựng Nền tảng trợ lý ảo quốc gia.", "", "", ""],
    ]);
    expect(tasks.map((t) => t.text.slice(0, 16))).toEqual(["Phát triển Trục ", "Xây dựng Nền tản"]);
  });
});

test("synthetic: an attached list after the signature opens with '(Kèm theo Thông báo số …)' under a title in lower case; its task tables with no owner column take the owner of the heading over them ('1. Phòng Công nghệ thông tin (2 NV trọng tâm):'; k94, Sở TT&TT Bắc Giang 20/TB-STTTT)", () => {
  const paragraphs: SourceParagraph[] = [
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    "Số: 20/TB-STTTT",
    "Bình An, ngày 13 tháng 3 năm 2026",
    "THÔNG BÁO",
    "Nhiệm vụ trọng tâm của các Trưởng phòng, đơn vị thuộc Sở",
    "Giám đốc Sở giao nhiệm vụ trọng tâm năm 2026 cho trưởng các phòng và đơn vị thuộc Sở (cụ thể theo biểu đính kèm).",
    "Vậy thông báo để các phòng, đơn vị triển khai thực hiện./.",
    "Nơi nhận:",
    "- Lưu: VT.",
    "GIÁM ĐỐC",
    "Nguyễn Văn An",
    // The attached list's title, not in capitals: its "(Kèm theo …)" line says an attached document starts.
    "Nhiệm vụ trọng tâm năm 2026",
    "của trưởng các phòng, đơn vị thuộc Sở",
    "(Kèm theo Thông báo số 20/TB-STTTT ngày 13/3/2026 của Sở TT&TT)",
    "1. Phòng Công nghệ thông tin (2 NV trọng tâm):",
  ].map((text) => ({ text }));
  const tables: string[][][] = [];
  const table = (rows: string[][]) => {
    const tableIndex = tables.push(rows) - 1;
    rows.forEach((row, r) =>
      row.forEach((text, cell) => paragraphs.push({ text, table: { tableIndex, row: r, cell } })),
    );
  };
  const head = ["TT", "Nhiệm vụ", "Chỉ tiêu định lượng", "Thời gian hoàn thành"];
  table([head, ["1", "Giải quyết hồ sơ công việc kịp thời, đúng quy định", "90% hồ sơ", "Tháng 12/2026"]]);
  paragraphs.push({ text: "2. Thanh tra Sở (1 NV trọng tâm):" });
  table([head, ["1", "Chủ trì thực hiện 10 cuộc thông tin, phổ biến pháp luật", "10 cuộc", "Tháng 12/2026"]]);
  const tasks = extractTasks({ paragraphs, tables }, { fallbackDate: "2026-03-13" }).tasks;
  expect(tasks.map((t) => [t.text.slice(0, 14), t.owner])).toEqual([
    ["Giải quyết hồ ", "Phòng Công nghệ thông tin"],
    ["Chủ trì thực h", "Thanh tra Sở"],
  ]);
});
