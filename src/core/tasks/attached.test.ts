/**
 * A decision that issues a programme or plan set after its own signature (issue 12, round 5): the attached document's
 * title may be two to six words in capitals ("CHƯƠNG TRÌNH HÀNH ĐỘNG"), and its body is read like any other.
 */
import { extractTasks } from "./extract";
import { markZones } from "./zones";

const DECISION = [
  "ỦY BAN NHÂN DÂN",
  "TỈNH A",
  "Số: 435/QĐ-UBND",
  "A, ngày 04 tháng 5 năm 2020",
  "QUYẾT ĐỊNH",
  "Ban hành Chương trình hành động về quan hệ lao động",
  "QUYẾT ĐỊNH:",
  "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban nhân dân tỉnh.",
  "Nơi nhận:",
  "- Như Điều 2;",
  "- Lưu: VT.",
  "TM. ỦY BAN NHÂN DÂN",
  "KT. CHỦ TỊCH",
  "PHÓ CHỦ TỊCH",
  "Nguyễn Văn B",
];

function run(attached: string[]) {
  return extractTasks(
    { paragraphs: [...DECISION, ...attached].map((text) => ({ text })) },
    { fallbackDate: "2020-05-04" },
  ).tasks;
}

describe("synthetic: an attached programme after the decision's signature", () => {
  const body = [
    "(Ban hành kèm theo Quyết định số 435/QĐ-UBND ngày 04 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh)",
    "II. NỘI DUNG HOẠT ĐỘNG",
    "1.1. Tổ chức tuyên truyền, phổ biến pháp luật về lao động cho người lao động.",
    "- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội.",
    "- Thời gian thực hiện: Trong quý II/2020.",
  ];

  test.each([["CHƯƠNG TRÌNH HÀNH ĐỘNG"], ["KẾ HOẠCH"], ["QUY CHẾ HOẠT ĐỘNG"]])(
    "'%s' opens the attached document's header, then its body",
    (title) => {
      const texts = [...DECISION, title, "Thực hiện quan hệ lao động hài hòa", ...body];
      const zones = markZones(texts, () => false);
      expect(zones[DECISION.length]).toBe("header");
      expect(zones[texts.indexOf(body[2])]).toBe("body");
    },
  );

  test("its items are tasks with their field lines", () => {
    const tasks = run(["CHƯƠNG TRÌNH HÀNH ĐỘNG", "Thực hiện quan hệ lao động hài hòa", ...body]);
    expect(tasks.map((t) => [t.owner, t.deadline?.date])).toEqual([
      ["Sở Lao động - Thương binh và Xã hội", "2020-06-30"],
    ]);
  });

  test("a long line in capitals after the signature is still an appendix, not a new document", () => {
    const texts = [...DECISION, "DANH SÁCH CÁC ĐƠN VỊ THAM GIA CHƯƠNG TRÌNH NĂM 2020", "1. Sở Tài chính"];
    expect(markZones(texts, () => false).slice(DECISION.length)).toEqual(["appendix", "appendix"]);
  });
});
