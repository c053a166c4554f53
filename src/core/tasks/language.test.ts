/**
 * Language rules behind the misses on held-out documents, one table per rule, in sentences written for these tests
 * (not copied from any corpus); the expectations follow spec/deadlines.md.
 */
import { extractTasks, SourceParagraph } from "./index";

const opts = { fallbackDate: "2026-01-01" };
const paras = (lines: string[]): SourceParagraph[] => lines.map((text) => ({ text }));
const HEAD = ["Đà Nẵng, ngày 14 tháng 4 năm 2025", "CÔNG VĂN"];
const run = (lines: string[]) => extractTasks({ paragraphs: paras([...HEAD, ...lines]) }, opts);
const owners = (lines: string[]) => run(lines).tasks.map((t) => t.owner);

type Row = [name: string, lines: string[], owners: (string | null)[]];

describe("rule 1: an agency heading may open with 'Đối với' and carry an aside in brackets", () => {
  const rows: Row[] = [
    [
      "Đối với <body> (aside)",
      [
        "2. Đối với các Sở chuyên ngành (theo phân cấp tại Quyết định số 15/2024/QĐ-UBND)",
        "a) Hướng dẫn các doanh nghiệp lập hồ sơ đăng ký.",
        "b) Tổng hợp danh sách dự án gửi Sở Tài chính.",
      ],
      ["các Sở chuyên ngành", "các Sở chuyên ngành"],
    ],
    [
      "Đối với <body>:",
      ["1. Đối với Ủy ban nhân dân các huyện:", "- Kiểm tra việc cấp phép xây dựng trên địa bàn."],
      ["Ủy ban nhân dân các huyện"],
    ],
    [
      "<body> (aside) without Đối với",
      ["3. Sở Nội vụ (cơ quan thường trực)", "- Theo dõi, tổng hợp kết quả thực hiện."],
      ["Sở Nội vụ"],
    ],
    [
      "Đối với <topic>: no owner",
      ["1. Đối với công tác quy hoạch", "- Rà soát các quy hoạch chi tiết đã hết hiệu lực."],
      [null],
    ],
  ];
  test.each(rows)("%s", (_name, lines, want) => expect(owners(lines)).toEqual(want));
});
