/**
 * Plans that number their activities and name their agencies in headings (issue 12, round 7): "a) Hoạt động 1 /
 * - Nội dung: … / - Cơ quan thực hiện: …", "1. Sở Nội vụ (Cơ quan thường trực …):", "d) Các hoạt động chính".
 * Synthetic texts written after the shapes the corpus shows; each has a near neighbour that must keep its reading.
 */
import { extractTasks } from "./extract";

const HEADER = ["ỦY BAN NHÂN DÂN TỈNH AN PHÚ", "Số: 174/KH-UBND", "An Phú, ngày 10 tháng 11 năm 2025", "KẾ HOẠCH"];

function run(lines: string[]) {
  return extractTasks({ paragraphs: [...HEADER, ...lines].map((text) => ({ text })) }, { fallbackDate: "2025-11-10" })
    .tasks;
}
const rows = (tasks: ReturnType<typeof run>) => tasks.map((t) => [t.text.slice(0, 24), t.owner]);

test("synthetic: under 'a) Hoạt động 1' the 'Nội dung:' line is the task, owned by the field below it", () => {
  const tasks = run([
    "III. NỘI DUNG HOẠT ĐỘNG",
    "1. Nâng cao nhận thức về bình đẳng giới.",
    "a) Hoạt động 1",
    "- Nội dung: Triển khai Tháng hành động vì bình đẳng giới.",
    "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ngành.",
    "b) Hoạt động 2",
    "- Nội dung: Lồng ghép nội dung phòng ngừa bạo lực trong truyền thông.",
    "- Cơ quan thực hiện: Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ngành.",
  ]);
  expect(rows(tasks)).toEqual([
    ["Triển khai Tháng hành độ", "Sở Nội vụ"],
    ["Lồng ghép nội dung phòng", "Sở Văn hóa và Thể thao"],
  ]);
});

test("synthetic: an item that names its work keeps it; its 'Nội dung:' line only describes it", () => {
  const tasks = run([
    "III. NỘI DUNG HOẠT ĐỘNG",
    "a) Tổ chức Lễ phát động Tháng hành động",
    "- Nội dung: Lễ phát động và các hoạt động hưởng ứng.",
    "- Cơ quan thực hiện: Sở Nội vụ.",
  ]);
  expect(rows(tasks)).toEqual([["Tổ chức Lễ phát động Thá", "Sở Nội vụ"]]);
});

test("synthetic: an agency heading's bracket that names its role is no part of its name; a unit or an initialism is", () => {
  const tasks = run([
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nội vụ (Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ tỉnh):",
    "- Chủ trì, phối hợp với các sở rà soát việc thực hiện Kế hoạch.",
    "2. Đài Phát thanh và Truyền hình tỉnh (PTTH):",
    "- Mở chuyên mục về bình đẳng giới.",
    "3. Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công):",
    "- Công khai thủ tục hành chính.",
  ]);
  expect(rows(tasks)).toEqual([
    ["Chủ trì, phối hợp với cá", "Sở Nội vụ"],
    ["Mở chuyên mục về bình đẳ", "Đài Phát thanh và Truyền hình tỉnh (PTTH)"],
    ["Công khai thủ tục hành c", "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)"],
  ]);
});

test("synthetic: 'd) Các hoạt động chính' names no body; the lead-in under it does", () => {
  const tasks = run([
    "III. NỘI DUNG",
    "d) Các hoạt động chính",
    "Các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:",
    "- Lồng ghép tổ chức Lễ phát động với hình thức phù hợp.",
    "- Tăng cường kiểm tra về bình đẳng giới.",
  ]);
  expect(tasks.map((t) => t.owner)).toEqual(["Các cơ quan, đơn vị, địa phương", "Các cơ quan, đơn vị, địa phương"]);
});

test("synthetic: a plan's content items with no owner go to the body 'Tổ chức thực hiện' names first", () => {
  const tasks = run([
    "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
    "1. Hoàn thiện thể chế",
    "- Ban hành quy chế quản lý, chia sẻ dữ liệu số.",
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Sở Xây dựng",
    "- Chủ trì xây dựng hệ thống thông tin dữ liệu về hạ tầng.",
    "2. Sở Tài chính",
    "- Bố trí kinh phí thực hiện.",
  ]);
  expect(rows(tasks)).toEqual([
    ["Ban hành quy chế quản lý", "Sở Xây dựng"],
    ["Chủ trì xây dựng hệ thốn", "Sở Xây dựng"],
    ["Bố trí kinh phí thực hiệ", "Sở Tài chính"],
  ]);
});

test("synthetic: 'Chủ trì … các nhiệm vụ tại mục (IV) (2)' owns item 2 of section IV, whatever the section's title", () => {
  const tasks = run([
    "IV. PHÁT TRIỂN KINH TẾ SỐ NGÀNH, LĨNH VỰC",
    "1. Giáo dục",
    "- Triển khai học liệu số dùng chung.",
    "2. Y tế",
    "- Triển khai bệnh án điện tử tại các bệnh viện.",
    "VI. TỔ CHỨC THỰC HIỆN",
    "1. Sở Giáo dục và Đào tạo",
    "Chủ trì triển khai các nhiệm vụ tại mục (IV) (1) của Kế hoạch.",
    "2. Sở Y tế",
    "Chủ trì triển khai các nhiệm vụ tại mục (IV) (2) của Kế hoạch.",
  ]);
  expect(rows(tasks).slice(0, 2)).toEqual([
    ["Triển khai học liệu số d", "Sở Giáo dục và Đào tạo"],
    ["Triển khai bệnh án điện ", "Sở Y tế"],
  ]);
});

test("synthetic: 'Điều 10. Trách nhiệm của <a long list of bodies>' heads its clauses and owns them", () => {
  const tasks = run([
    "Tư vấn, phản biện và giám định xã hội",
    "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
    "Chương III",
    "Điều 10. Trách nhiệm của các sở, cơ quan thuộc Uỷ ban nhân dân tỉnh, Uỷ ban nhân dân các xã, phường",
    "1. Cung cấp dự thảo quy hoạch cho Liên hiệp các hội Khoa học và Kỹ thuật tỉnh.",
    "Điều 11. Trách nhiệm của Liên hiệp các hội Khoa học và Kỹ thuật tỉnh",
    "1. Tập hợp các chuyên gia trong và ngoài tỉnh.",
  ]);
  expect(rows(tasks)).toEqual([
    ["Cung cấp dự thảo quy hoạ", "các sở, cơ quan thuộc Uỷ ban nhân dân tỉnh, Uỷ ban nhân dân các xã, phường"],
    ["Tập hợp các chuyên gia t", "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh"],
  ]);
});

test("synthetic: 'Điều 5. Các hành vi bị nghiêm cấm' names no body: its clauses are no one's tasks", () => {
  const tasks = run([
    "Tư vấn, phản biện và giám định xã hội",
    "Chương I",
    "Điều 5. Các hành vi bị nghiêm cấm",
    "1. Cản trở hoạt động kết nối, chia sẻ dữ liệu hợp pháp.",
    "2. Làm sai lệch thông tin dữ liệu trong quá trình lưu chuyển.",
  ]);
  expect(tasks.map((t) => t.owner)).not.toContain("Các hành vi bị nghiêm cấm");
});

test("synthetic: plans' opening verbs ('Thúc đẩy …', 'Ứng dụng …', 'Số hóa …', 'Thí điểm …') open work", () => {
  const tasks = run([
    "III. PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ VÀ XÃ HỘI SỐ",
    "1. Xã hội số",
    "a) Thúc đẩy sử dụng chữ ký số và dịch vụ tin cậy.",
    "b) Ứng dụng nền tảng số trong quản trị doanh nghiệp.",
    "c) Số hóa di sản văn hóa tại các bảo tàng.",
    "d) Thí điểm mô hình đô thị thông minh trong khu công nghệ cao.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 12))).toEqual([
    "Thúc đẩy sử ",
    "Ứng dụng nền",
    "Số hóa di sả",
    "Thí điểm mô ",
  ]);
});

test("synthetic: short label-and-value lines in a section of tasks describe something; they are no tasks", () => {
  const tasks = run([
    "III. NHIỆM VỤ",
    "1. Hàng hóa đề nghị xác định trước mã số:",
    "Tên thương mại: Magic The Gathering Commander Deck",
    "Nhà sản xuất: Wizards of the Coast",
    "2. Rà soát hồ sơ hàng hóa nhập khẩu.",
    "3. Thông số, tần suất quan trắc: pH, độ mặn, DO, NH4+, NO2-, quan trắc 2 lần/tháng tại các điểm nuôi tôm.",
  ]);
  expect(tasks.map((t) => t.text.slice(0, 14))).toEqual(["Rà soát hồ sơ ", "Thông số, tần "]);
});

test("synthetic: a Roman section of a plan's body, whatever its title, holds content items the lead body owns", () => {
  const tasks = run([
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Nâng cao nhận thức về kinh tế số.",
    "III. PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ VÀ XÃ HỘI SỐ",
    "1. Thể chế số",
    "a) Thí điểm cơ chế thử nghiệm có kiểm soát.",
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Sở Khoa học và Công nghệ",
    "- Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này.",
  ]);
  expect(tasks.find((t) => t.text.startsWith("Thí điểm"))?.owner).toBe("Sở Khoa học và Công nghệ");
  expect(tasks.find((t) => t.text.startsWith("Nâng cao"))?.owner ?? null).toBeNull();
});
