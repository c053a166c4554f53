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
