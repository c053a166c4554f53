/**
 * The line-end readers stand in for the regular expressions they replaced (/:\s*$/, .replace(/:\s*$/, ""),
 * /[.;:]\s*$/): each is compared with its regex on lines whose ends are tricky (every kind of space, colons inside,
 * blank lines).
 */
import { endsWithColon, isPartTitle, lastNonSpace, parseMarker, BulletLevels, withoutFinalColon } from "./markers";

const LINES = [
  "",
  ":",
  " : ",
  "Các sở thực hiện các nội dung sau:",
  "Các sở thực hiện các nội dung sau: ",
  "Các sở thực hiện các nội dung sau:\u00a0\u2028\t",
  "Các sở thực hiện các nội dung sau:\ufeff\u3000",
  "Thời hạn: trước ngày 30/11/2025",
  "Thời hạn: trước ngày 30/11/2025.",
  "a: b: c:  \n",
  "x :",
  "   ",
  "\u200b:", // a zero-width space is no \s: the colon is still last
  ":\u200b",
];

describe("line-end readers match the regexes they replace", () => {
  test.each(LINES.map((l) => [JSON.stringify(l), l]))("%s", (_, line) => {
    expect(endsWithColon(line)).toBe(/:\s*$/.test(line));
    expect(withoutFinalColon(line)).toBe(line.replace(/:\s*$/, ""));
    expect(/[.;:]/.test(lastNonSpace(line))).toBe(/[.;:]\s*$/.test(line));
  });
});

describe("parseMarker tries only the patterns a line's first character can open", () => {
  test.each<[string, string, string]>([
    ["II. NHIỆM VỤ", "roman", "NHIỆM VỤ"],
    ["2.1. Sở Y tế chủ trì", "number", "Sở Y tế chủ trì"],
    ["a) Rà soát hồ sơ", "letter", "Rà soát hồ sơ"],
    ["đ) Phối hợp kiểm tra", "letter", "Phối hợp kiểm tra"],
    ["(3) Báo cáo kết quả", "paren", "Báo cáo kết quả"],
    ["Một là, tăng cường kiểm tra", "ordinal", "tăng cường kiểm tra"],
    ["- Sở Tài chính bố trí kinh phí", "bullet", "Sở Tài chính bố trí kinh phí"],
    ["Ban hành kế hoạch", "none", "Ban hành kế hoạch"],
    ["Ia Grai triển khai", "none", "Ia Grai triển khai"],
    ["1/500 bản đồ", "none", "1/500 bản đồ"],
    // A web notice numbers its items "1/ …", "2/ …".
    ["1/ Tất cả các cơ quan treo cờ", "number", "Tất cả các cơ quan treo cờ"],
    ["30/4 là ngày lễ", "none", "30/4 là ngày lễ"],
    // A web page bullets with pictographs: a dingbat with its variation selector, an emoji (surrogate pair), an arrow.
    ["☝️Lưu ý: việc sử dụng vắc xin", "bullet", "Lưu ý: việc sử dụng vắc xin"],
    ["🎯 Hình thức đăng ký: qua Xóm trưởng", "bullet", "Hình thức đăng ký: qua Xóm trưởng"],
    ["➢ Các hộ chăn nuôi đăng ký", "bullet", "Các hộ chăn nuôi đăng ký"],
  ])("%s → %s", (line, kind, body) => {
    const m = parseMarker(line, undefined, new BulletLevels());
    expect([m.kind, m.body]).toEqual([kind, body]);
  });
});

test("(round 14) a part's title: 'Mục 2. TỔ CHỨC …', 'Chương II', 'Phần I. DANH MỤC …'; not a sentence after 'Mục'", () => {
  expect(
    ["Mục 2. TỔ CHỨC QUẢN LÝ VÀ BẢO ĐẢM HOẠT ĐỘNG CỔNG TTĐT", "Chương II", "Phần I. DANH MỤC"].map(isPartTitle),
  ).toEqual([true, true, true]);
  expect(
    ["Mục 2. Tổ chức quản lý Cổng thông tin", "Mục tiêu năm 2026", "Chương trình hành động"].map(isPartTitle),
  ).toEqual([false, false, false]);
});

test("(round 18) a scan's dash misread as '~', '¬', '_' or a run of them ('~ Xây dựng …', '_ 7 Ban hành …', '__—~ Thiết kế …') is the document's dash; a rule of underscores or a '~' before lower case is not", () => {
  const bullets = new BulletLevels();
  const dash = parseMarker("- Triển khai dịch vụ giải đáp trực tuyến.", undefined, bullets);
  for (const line of [
    "~ Xây dựng số tay thanh tra.",
    "_ 7 Ban hành Thông tư.",
    "__—~ Thiết kế dịch vụ.",
    "¬ Tiến hành đàm phán lại.",
    "_ > Thực hiện Báo cáo hàng năm.",
  ]) {
    const m = parseMarker(line, undefined, bullets);
    expect([m.kind, m.level, m.body.slice(0, 4)]).toEqual([
      "bullet",
      dash.level,
      line.replace(/^[^\p{Lu}]+/u, "").slice(0, 4),
    ]);
  }
  for (const line of ["____________________", "~ khoảng 20 người", "_Ghi chú"])
    expect(parseMarker(line, undefined, bullets).kind).toBe("none");
});

test("(round 18) a scan's Roman numeral with its dot read as a comma ('II, Về tổ chức thực hiện') opens a part; 'I, …' before lower case does not", () => {
  const bullets = new BulletLevels();
  const m = parseMarker("II, Về tổ chức thực hiện", undefined, bullets);
  expect([m.kind, m.label, m.body]).toEqual(["roman", "II", "Về tổ chức thực hiện"]);
  expect(parseMarker("X, nói rằng …", undefined, bullets).kind).toBe("none");
});
