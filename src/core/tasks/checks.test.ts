/**
 * A monitoring plan's checks (issue 12, round 5): "Giám sát việc … Cụ thể các nội dung:" over the points it checks,
 * then "* Thời gian thực hiện: …" after the last point. The check is the task and the time line is its own; the points
 * are what is checked. Synthetic texts after the shape of the Fatherland Front's monitoring plans; each test has a
 * neighbour that must keep its tasks, so a rule that drops too much fails.
 */
import { extractTasks } from "./extract";

const HEADER = [
  "ỦY BAN MTTQ VIỆT NAM PHƯỜNG AN HÒA",
  "BAN THƯỜNG TRỰC",
  "Số: 12/KH-MTTQ-BTT",
  "An Hòa, ngày 20 tháng 11 năm 2025",
  "KẾ HOẠCH",
  "Kiểm tra, giám sát công tác bầu cử",
  "I. NỘI DUNG KIỂM TRA, GIÁM SÁT",
];

function run(lines: string[]) {
  return extractTasks({ paragraphs: [...HEADER, ...lines].map((text) => ({ text })) }, { fallbackDate: "2025-11-20" })
    .tasks;
}
const dated = (tasks: ReturnType<typeof run>) => tasks.map((t) => [t.text.slice(0, 20), t.deadline?.date ?? null]);

describe("synthetic: a check that spells out what it checks ('Giám sát việc … Cụ thể các nội dung:')", () => {
  const CHECK = [
    "1. Giám sát việc lập, niêm yết danh sách cử tri",
    "Giám sát việc lập danh sách cử tri theo quy định từ Điều 29 đến Điều 34 của Luật Bầu cử. Cụ thể các nội dung:",
    "- Cách tính tuổi (quy định tại Điều 2 của Luật Bầu cử);",
    "- Tư cách cử tri và ghi tên cử tri vào danh sách (quy định tại Điều 29 của Luật Bầu cử);",
    "- Việc niêm yết, nơi niêm yết danh sách cử tri (quy định tại Điều 32 của Luật Bầu cử);",
    "* Thời gian thực hiện: Trong khoảng thời gian từ ngày 03/02/2026 đến ngày 15/03/2026.",
  ];

  test("the check is the one task, and the time line after its last point is the check's", () => {
    expect(dated(run(CHECK))).toEqual([["Giám sát việc lập da", "2026-03-15"]]);
  });

  test("a lead-in that hands out work keeps its items as tasks, and the time line serves them all", () => {
    const tasks = run([
      "1. Tổ chức hội nghị cử tri",
      "Ban Công tác Mặt trận các khu phố thực hiện các nội dung sau:",
      "- Lập danh sách cử tri tham dự hội nghị;",
      "- Gửi giấy mời đến cử tri;",
      "* Thời gian thực hiện: Trước ngày 10/02/2026.",
    ]);
    expect(dated(tasks)).toEqual([
      ["Lập danh sách cử tri", "2026-02-10"],
      ["Gửi giấy mời đến cử ", "2026-02-10"],
    ]);
  });

  test("a point that has its own time line keeps it", () => {
    const tasks = run([
      "Ban Công tác Mặt trận các khu phố thực hiện các nội dung sau:",
      "- Lập danh sách cử tri tham dự hội nghị;",
      "+ Thời gian hoàn thành: Trước ngày 05/02/2026.",
      "- Gửi giấy mời đến cử tri;",
      "+ Thời gian hoàn thành: Trước ngày 10/02/2026.",
    ]);
    expect(dated(tasks)).toEqual([
      ["Lập danh sách cử tri", "2026-02-05"],
      ["Gửi giấy mời đến cử ", "2026-02-10"],
    ]);
  });
});

describe("synthetic: a point named by a state noun ('- Việc ban hành …;') is what is checked, whatever ends it", () => {
  test("its final semicolon does not make it a task; a later clause that names a body still does", () => {
    const tasks = run([
      "1. Giám sát việc thành lập các tổ chức phụ trách bầu cử",
      "- Việc ban hành các văn bản liên quan đến công tác bầu cử;",
      "- Việc thực hiện nhiệm vụ, quyền hạn của các tổ chức phụ trách bầu cử; Ban Công tác Mặt trận khu phố theo dõi, báo cáo kết quả.",
    ]);
    expect(tasks.map((t) => t.text.slice(0, 20))).not.toContain("Việc ban hành các vă");
    expect(tasks.some((t) => t.text.includes("Ban Công tác Mặt trận khu phố theo dõi"))).toBe(true);
  });
});

describe("synthetic: the body that issues the plan ('- Ban hành Kế hoạch …') owns its checks that name no owner", () => {
  const CONTENT = [
    "1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:",
    "- Kiểm tra việc tổ chức Hội nghị Ban Công tác Mặt trận để dự kiến người giới thiệu ứng cử.",
    "- Giám sát việc niêm yết danh sách cử tri.",
    "II. TỔ CHỨC THỰC HIỆN",
  ];
  const ownersOf = (lines: string[]) => run(lines).map((t) => [t.text.slice(0, 15), t.owner]);

  test("'Ban hành Kế hoạch' marks the lead body of 'Tổ chức thực hiện'", () => {
    const tasks = ownersOf([
      ...CONTENT,
      "1. Ban Thường trực Ủy ban MTTQ Việt Nam phường",
      "- Ban hành Kế hoạch và Quyết định thành lập Đoàn kiểm tra, giám sát; hướng dẫn các khu phố thực hiện.",
    ]);
    expect(tasks.slice(0, 2)).toEqual([
      ["Kiểm tra việc t", "Ban Thường trực Ủy ban MTTQ Việt Nam phường"],
      ["Giám sát việc n", "Ban Thường trực Ủy ban MTTQ Việt Nam phường"],
    ]);
  });

  test("a body that only carries out its own part does not take the plan's checks", () => {
    const tasks = ownersOf([
      ...CONTENT,
      "1. Các tổ chức thành viên",
      "- Cử cán bộ tham gia các Đoàn kiểm tra, giám sát.",
    ]);
    expect(tasks.slice(0, 2)).toEqual([
      ["Kiểm tra việc t", null],
      ["Giám sát việc n", null],
    ]);
  });
});

describe("synthetic: a heading that opens with work names no owner, though 'Tổ' heads names ('1. Tổ chức tiếp công dân')", () => {
  const under = (heading: string) =>
    run([heading, "- Nhiệm vụ:", "+ Lắng nghe, ghi chép đầy đủ ý kiến, kiến nghị của cử tri."]).map((t) => t.owner);

  test("'Tổ chức …' is work, not a body", () => {
    expect(under("1. Tổ chức tiếp công dân về bầu cử")).toEqual([null]);
  });

  test("'Tổ công tác …' is a body and owns the duties under it", () => {
    expect(under("1. Tổ công tác liên ngành")).toEqual(["Tổ công tác liên ngành"]);
  });
});

describe("synthetic: a check's window whose end gives the hour before the day ('đến 17 giờ 00, ngày 01/02/2026')", () => {
  test("the comma between hour and day does not cut the window short", () => {
    const tasks = run([
      "1. Giám sát việc giới thiệu người ứng cử",
      "Kiểm tra, giám sát việc giới thiệu người ứng cử theo quy định của Luật Bầu cử. Cụ thể các nội dung:",
      "- Tiêu chuẩn của người ứng cử;",
      "- Việc chuyển hồ sơ của người ứng cử trong thời hạn luật định;",
      "* Thời gian thực hiện: Trong khoảng thời gian từ ngày 17/12/2025 đến 17 giờ 00, ngày 01/02/2026.",
    ]);
    expect(tasks.map((t) => [t.deadline?.date ?? null, t.deadline?.time ?? null])).toEqual([["2026-02-01", "17:00"]]);
  });
});

describe("synthetic: a last item that opens with the due day ('4. Chậm nhất là ngày …, việc xác minh … phải …')", () => {
  test("it dates the items above it; an item with its own day keeps it", () => {
    const tasks = run([
      "1. Trách nhiệm xác minh và trả lời các vụ việc cử tri nêu",
      "a) Đối với vụ việc ở nơi công tác thì cơ quan, đơn vị trực tiếp quản lý người ứng cử có trách nhiệm xác minh và trả lời bằng văn bản.",
      "b) Đối với vụ việc ở khu dân cư thì Ủy ban nhân dân phường có trách nhiệm xác minh, trả lời trước ngày 05/02/2026.",
      "c) Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh và trả lời phải được hoàn thành.",
    ]);
    expect(tasks.slice(0, 2).map((t) => t.deadline?.date ?? null)).toEqual(["2026-02-08", "2026-02-05"]);
  });
});
