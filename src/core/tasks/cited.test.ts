import { citedLines } from "./cited";

/** The numbers (from 0) of the lines set aside as quoted law. */
const cited = (lines: string[]) => citedLines(lines).flatMap((c, i) => (c ? [i] : []));

describe("quoted law in a letter (cited.ts)", () => {
  test.each<[string, string[], number[]]>([
    [
      "a quotation under a citing lead, to its closing mark",
      [
        "+ Tại Điều 1 quy định về giảm thuế:",
        "“Điều 1. Giảm thuế",
        "Các tổng công ty … cũng thuộc đối tượng.",
        "…”",
        "Đề nghị Công ty thực hiện.",
      ],
      [1, 2, 3],
    ],
    [
      "a scan lost the closing mark: it ends before the next citing lead",
      [
        "- Tại khoản 7 Điều 1 … quy định:",
        '"7. Bổ sung khoản 8 Điều 27 như sau:',
        "8. Tổ chức … có trách nhiệm cung cấp.",
        "- Tại Điều 2 … quy định:",
        '"Điều 2. Hiệu lực."',
      ],
      [1, 2, 4],
    ],
    [
      "no closing mark and no next lead in reach: the opening line only",
      ["Theo hướng dẫn tại Mục I.4 như sau:", "“… c. Đơn vị sự nghiệp tự bảo đảm chi", "1. Sở Nội vụ rà soát hồ sơ."],
      [1],
    ],
    [
      "an amending lead enacts: its quotation stays",
      ["2. Sửa đổi điểm b khoản 2 Điều 6 như sau:", "“b) Sở Y tế có trách nhiệm …”"],
      [],
    ],
    [
      "a quoted direction relays work: it stays",
      ["Văn bản số 12 quy định, trong đó yêu cầu các Cục Thuế thực hiện:", "“Cục Thuế rà soát danh sách …”"],
      [],
    ],
    ["a quotation after a line that cites nothing stays", ["Khẩu hiệu tuyên truyền:", "“Nói không với ma túy”"], []],
  ])("%s", (_name, lines, want) => {
    expect(cited(lines)).toEqual(want);
  });
});
