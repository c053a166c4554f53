/**
 * Dated language by kind: windows due at their end, quarters spelled "quí" or joined across years, repetitions. Synthetic phrases
 * written for these tests; each table holds a neighbour that must stay as it was.
 */
import { findDeadline, fromIso } from "./index";
import type { PhraseMode } from "./index";

const ISSUED = "2025-11-18";
type Row = [phrase: string, mode: PhraseMode, want: Record<string, unknown> | null];
const check = (phrase: string, mode: PhraseMode, want: Record<string, unknown> | null) => {
  const d = findDeadline(phrase, { issued: fromIso(ISSUED)!, mode, notBefore: fromIso(ISSUED)! }).deadline;
  if (want === null) expect(d).toBeNull();
  else expect(d).toMatchObject(want);
};

describe("synthetic: a window 'từ … đến …' is due at its end", () => {
  const rows: Row[] = [
    ["Từ tháng 12/2025 đến quý I/2026.", "cell", { date: "2026-03-31", kind: "within" }],
    ["Từ tháng 11/2025 đến tháng 4/2026", "cell", { date: "2026-04-30", raw: "Từ tháng 11/2025 đến tháng 4/2026" }],
    ["Đợt 2: Từ tháng 01 đến ngày bầu cử 15/3/2026", "heading", { date: "2026-03-15", kind: "by" }],
    ["tổ chức tập huấn từ ngày 20/11/2025 đến ngày 03/12/2025 tại hội trường", "text", { date: "2025-12-03" }],
    // In a sentence: a countdown from now and a horizon of years are no windows.
    ["Từ nay đến ngày 19 tháng 12 năm 2025 chỉ còn 01 tháng, thời gian rất gấp", "text", null],
    ["thực hiện Chương trình giai đoạn từ năm 2026 đến năm 2030", "text", null],
    ["các nhiệm vụ trọng tâm từ nay đến tháng 6/2027", "heading", { date: "2027-06-30" }],
  ];
  test.each(rows)("%s (%s)", check);
});

describe("synthetic: quarters spelled 'quí', with the year after '-', and joined across years", () => {
  const rows: Row[] = [
    ["Quí IV-2025", "cell", { date: "2025-12-31", kind: "within", raw: "Quí IV-2025" }],
    ["hoàn thành trong quí I năm 2026", "text", { date: "2026-03-31" }],
    ["Quý IV/2025 và Quý I/2026", "cell", { date: "2026-03-31", raw: "Quý IV/2025 và Quý I/2026" }],
    ["Quý III và Quý IV/2026", "cell", { date: "2026-12-31" }],
    ["quý I - II/2026", "cell", { date: "2026-06-30" }],
  ];
  test.each(rows)("%s (%s)", check);
});

describe("synthetic: repetitions — 'hạn cuối', several days a year, 'Hằng năm' opening or closing the sentence", () => {
  const rows: Row[] = [
    ["gửi kết quả đánh giá, hạn cuối ngày 15 tháng 12 hàng năm", "text", { date: "2025-12-15", rule: "yearly" }],
    ["định kỳ trước ngày 01/6 và 15/11 hằng năm báo cáo kết quả", "text", { date: "2026-06-01", rule: "yearly" }],
    ["báo cáo trước ngày 10 và 25 hằng tháng", "text", { date: "2025-11-25", rule: "monthly" }],
    [
      "Hằng năm, tổ chức kiểm tra, đánh giá việc thực hiện Chương trình",
      "text",
      { date: "2025-12-31", rule: "yearly" },
    ],
    ["Tổ chức tập huấn chuyên môn cho đội ngũ giáo viên hằng năm.", "text", { date: "2025-12-31", rule: "yearly" }],
    // A noun's repetition stays no deadline, wherever it sits.
    ["Xây dựng và ban hành kế hoạch hằng năm.", "text", null],
    ["bảo đảm tốc độ tăng trưởng hằng năm đạt trên 8%", "text", null],
  ];
  test.each(rows)("%s (%s)", check);
});

describe("synthetic: an occasion's day after 'dịp' ('khởi công dịp 19 tháng 12 năm 2025')", () => {
  const rows: Row[] = [
    ["đăng ký các công trình khởi công dịp 19 tháng 12 năm 2025", "text", { date: "2025-12-19", kind: "by" }],
    ["tổ chức khánh thành vào dịp 22/12/2025", "text", { date: "2025-12-22", kind: "by" }],
    ["nhân dịp kỷ niệm 79 năm ngày toàn quốc kháng chiến", "text", null],
  ];
  test.each(rows)("%s (%s)", check);
});

describe("synthetic: a frequency with a window repeats from the window's first month", () => {
  const rows: Row[] = [
    [
      "lấy mẫu với tần suất 2 lần/tháng; thời gian lấy mẫu từ tháng 3 đến tháng 10 năm 2026; số lượng 40 mẫu",
      "text",
      { date: "2026-03-31", kind: "recurring", rule: "monthly" },
    ],
    ["kiểm tra với tần suất 1 lần/tuần", "text", { date: "2025-11-23", kind: "recurring", rule: "weekly" }],
    // "N lần/năm" keeps the months it names.
    [
      "lấy mẫu với tần suất 02 lần/năm; thời gian lấy mẫu vào tháng 4 và tháng 8 năm 2026",
      "text",
      { date: "2026-04-30", kind: "within" },
    ],
  ];
  test.each(rows)("%s (%s)", check);
});

describe("windows inside windows", () => {
  const phrase =
    "từ tháng 3 đến từ tháng 4 đến tháng 5/2026, từ tháng 6 đến tháng 7/2026 và từ tháng 8 đến tháng 9/2026";
  test("synthetic: a window whose end holds another 'từ … đến' is read at the inner window's end", () => {
    expect(findDeadline(phrase, { issued: fromIso(ISSUED)!, mode: "cell" }).deadline).toMatchObject({
      date: "2026-05-31",
    });
  });
  test("synthetic: many such windows in one paragraph end (the end reader shares the scanner's regex)", () => {
    const t0 = Date.now();
    const d = findDeadline(Array(200).fill(phrase).join(". "), { issued: fromIso(ISSUED)!, mode: "cell" });
    expect(d.deadline).not.toBeNull();
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
