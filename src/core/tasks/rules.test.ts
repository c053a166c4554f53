/**
 * One table per owner/task rule of spec/deadlines.md, in sentences written for these tests (not copied from the
 * corpora): each row is a small document and the owners the spec gives its tasks.
 */
import { extractTasks, SourceParagraph } from "./index";

const opts = { fallbackDate: "2026-01-01" };
const paras = (lines: string[]): SourceParagraph[] => lines.map((text) => ({ text }));
const run = (lines: string[]) => extractTasks({ paragraphs: paras(lines) }, opts);
const HEAD = ["Hà Giang, ngày 12 tháng 3 năm 2025", "KẾ HOẠCH"];

type Row = [name: string, lines: string[], owners: (string | null)[]];
const owners = (lines: string[]) => run([...HEAD, ...lines]).tasks.map((t) => t.owner);

describe("rule 4: a heading that names who does the items below", () => {
  const rows: Row[] = [
    [
      "duty heading: <body> có trách nhiệm:",
      [
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Trung tâm Quan trắc môi trường có trách nhiệm:",
        "a) Chủ trì, phối hợp với các phòng chuyên môn lập bản đồ điểm nóng.",
        "b) Theo dõi, tổng hợp số liệu quan trắc.",
      ],
      ["Trung tâm Quan trắc môi trường", "Trung tâm Quan trắc môi trường"],
    ],
    [
      "duty heading: chịu trách nhiệm / thực hiện các nhiệm vụ sau / có nhiệm vụ",
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Chi cục Thủy lợi chịu trách nhiệm:",
        "- Kiểm tra an toàn hồ chứa trước mùa mưa.",
        "2. Phòng Kinh tế thực hiện các nhiệm vụ sau:",
        "- Rà soát danh mục công trình.",
        "3. Ban Quản lý dự án có nhiệm vụ:",
        "- Đẩy nhanh giải ngân vốn.",
      ],
      ["Chi cục Thủy lợi", "Phòng Kinh tế", "Ban Quản lý dự án"],
    ],
    [
      "bodies listed after a colon: the heading as written",
      [
        "1. Các Sở: Tài chính, Xây dựng, Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Công Thương:",
        "a) Rà soát thủ tục hành chính thuộc lĩnh vực quản lý.",
      ],
      ["Các Sở: Tài chính, Xây dựng, Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Công Thương"],
    ],
    [
      "task heading of a body: NHIỆM VỤ … CỦA <BODY>, spelled as the text spells it",
      [
        "Thực hiện Quyết định số 12/QĐ-UBND ngày 02/3/2025 của Ủy ban nhân dân tỉnh, Sở Y tế ban hành Kế hoạch triển khai.",
        "II. NHIỆM VỤ TRỌNG TÂM CỦA SỞ Y TẾ",
        "1. Chủ trì, phối hợp với các bệnh viện rà soát danh mục thuốc.",
        "2. Kiểm tra việc đấu thầu thuốc tại các cơ sở khám chữa bệnh.",
      ],
      ["Sở Y tế", "Sở Y tế"],
    ],
    [
      "a numbered item with its own subject closes the sibling heading before it",
      [
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Tài nguyên có trách nhiệm:",
        "a) Lập kế hoạch kiểm tra.",
        "2. Văn phòng tổng hợp, báo cáo kết quả.",
      ],
      ["Phòng Tài nguyên", "Văn phòng"],
    ],
    [
      "under a body heading, '…; yêu cầu <others> …' is still the heading body's task",
      [
        "1. Sở Công Thương",
        "- Theo dõi tình hình cung ứng xăng dầu; yêu cầu các tổ chức, doanh nghiệp báo cáo tồn kho.",
      ],
      ["Sở Công Thương"],
    ],
  ];
  test.each(rows)("%s", (_name, lines, want) => expect(owners(lines)).toEqual(want));

  test("a task heading that only names a topic gives no owner", () => {
    expect(owners(["II. NHIỆM VỤ CỦA NĂM 2025", "1. Rà soát danh mục dự án."])).toEqual([null]);
    expect(owners(["II. CÁC NHIỆM VỤ TRỌNG TÂM", "1. Rà soát danh mục dự án."])).toEqual([null]);
  });
});

describe("subject at the start: the body ends at its verb", () => {
  const rows: Row[] = [
    [
      "'các tổ chức' is a body, not the verb 'tổ chức'",
      ["II. NHIỆM VỤ", "- Các tổ chức, cá nhân có liên quan thực hiện kê khai trước kỳ hạn."],
      ["Các tổ chức, cá nhân có liên quan"],
    ],
    [
      "bodies joined by ';' are one subject, and the line stays one task",
      [
        "II. NHIỆM VỤ",
        "2. Trường Cao đẳng Y tế; Trung tâm Kiểm soát bệnh tật, Phòng chống HIV phối hợp biên soạn tài liệu tập huấn.",
      ],
      ["Trường Cao đẳng Y tế; Trung tâm Kiểm soát bệnh tật, Phòng chống HIV"],
    ],
    [
      "a body word typed without its diacritics, before a capitalised name",
      [
        "II. NHIỆM VỤ",
        "3. Vu Tổ chức cán bộ tham mưu bố trí nhân sự.",
        "4. So Nội vụ thẩm định đề án vị trí việc làm.",
      ],
      ["Vu Tổ chức cán bộ", "So Nội vụ"],
    ],
    [
      "…but not an ordinary word: 'So sánh', 'Phong trào'",
      ["II. NHIỆM VỤ", "- So sánh số liệu với năm trước.", "- Phong trào thi đua cần được duy trì."],
      [null, null],
    ],
    ["'Vụ' heads a body", ["II. NHIỆM VỤ", "- Vụ Pháp chế rà soát dự thảo thông tư."], ["Vụ Pháp chế"]],
  ];
  test.each(rows)("%s", (_name, lines, want) => expect(owners(lines)).toEqual(want));
});

describe("rule 5: a lead-in hands its list to its object", () => {
  const rows: Row[] = [
    [
      "subject after an adverbial clause, 'kính đề nghị <X> chỉ đạo …, cụ thể như sau:'",
      [
        "Kính gửi: Ủy ban nhân dân các huyện, thị xã",
        "Nhằm bảo đảm an toàn đập trong mùa mưa lũ, Sở Nông nghiệp kính đề nghị Ủy ban nhân dân các huyện, thị xã chỉ đạo các phòng chuyên môn thực hiện tốt một số việc, cụ thể như sau:",
        "1. Về công tác kiểm tra",
        "a) Chỉ đạo phòng chuyên môn kiểm tra hiện trạng các hồ chứa nhỏ.",
        "b) Tổ chức diễn tập phương án ứng phó với tình huống xả lũ.",
        "c) Chỉ đạo Ban Chỉ huy phòng chống thiên tai cấp xã trực ban 24/24 giờ.",
        "d) Phối hợp với Sở Nông nghiệp xử lý sự cố đê điều.",
      ],
      // The lead-in asks the districts to direct (spec additions of 2026-12): the items keep a body they name ("Chỉ
      // đạo Ban Chỉ huy … trực ban"), the districts own those that name none ("phòng chuyên môn" is no proper name).
      [
        "Ủy ban nhân dân các huyện, thị xã",
        "Ủy ban nhân dân các huyện, thị xã",
        "Ban Chỉ huy phòng chống thiên tai cấp xã",
        "Ủy ban nhân dân các huyện, thị xã",
      ],
    ],
    [
      // A named body directed does the work (spec additions: a superior asked to direct owns only what names no one);
      // a class directed ("chỉ đạo các phòng chuyên môn …") leaves it with the superior.
      "the object asked to direct a class owns it, a named body directed owns its work: 'Đề nghị <X> chỉ đạo <Y> …'",
      [
        "II. NHIỆM VỤ",
        "- Đề nghị Ủy ban nhân dân huyện chỉ đạo các phòng chuyên môn rà soát hồ sơ đất đai.",
        "- Đề nghị Ủy ban nhân dân huyện chỉ đạo Phòng Kinh tế rà soát hồ sơ đất đai.",
      ],
      ["Ủy ban nhân dân huyện", "Phòng Kinh tế"],
    ],
    [
      "a line that opens with a verb has no subject of its own, though 'Tổ', 'Báo' start names",
      ["II. NHIỆM VỤ", "- Tổ chức tập huấn, tuyên truyền cho cán bộ cơ sở.", "- Báo cáo kết quả về Văn phòng."],
      [null, null],
    ],
  ];
  test.each(rows)("%s", (_name, lines, want) => expect(owners(lines)).toEqual(want));
});

describe("one task per item or owner, not per clause", () => {
  const HEAD_TB = ["Hà Nội, ngày 05 tháng 9 năm 2025", "THÔNG BÁO", "Kết luận như sau:"];
  const tasks = (lines: string[]) => run([...HEAD_TB, ...lines]).tasks;

  test("an item that assigns work and then introduces sub-points is a task too", () => {
    const t = tasks([
      "1. Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính hoàn thiện dự thảo Nghị định, trình Chính phủ trước ngày 15 tháng 11 năm 2025. Trong đó lưu ý các nội dung sau:",
      "- Về phạm vi điều chỉnh:",
      "Bộ Xây dựng rà soát kỹ các quy định hiện hành để tránh chồng chéo.",
    ]);
    expect(t.map((x) => [x.owner, x.deadline?.date ?? null])).toEqual([
      ["Bộ Xây dựng", "2025-11-15"],
      ["Bộ Xây dựng", null],
    ]);
    expect(t[0].text).toMatch(/^Bộ Xây dựng chủ trì.*nội dung sau:$/);
  });

  test("a lead-in with no work of its own is still only a lead-in", () => {
    const t = tasks([
      "Bộ Xây dựng đề nghị các địa phương thực hiện các nội dung sau:",
      "- Rà soát quỹ đất nhà ở xã hội.",
    ]);
    expect(t.map((x) => x.owner)).toEqual(["các địa phương"]);
  });

  test.each([
    [
      "conditions 'Trường hợp … thì …' stay inside their task",
      "Bộ Công an",
      "Bộ Công an nghiên cứu, đề xuất sửa đổi quy định về cư trú. Trường hợp vượt thẩm quyền thì báo cáo Thủ tướng Chính phủ xem xét. Trường hợp cần thiết thì lấy ý kiến các Bộ liên quan.",
    ],
    [
      "a division of work to be agreed, after 'theo hướng:'",
      "Bộ Y tế",
      "Bộ Y tế trao đổi, thống nhất với Bộ Tài chính về cơ chế giá theo hướng: Bộ Y tế chủ trì xây dựng định mức kinh tế kỹ thuật; Bộ Tài chính chủ trì hướng dẫn phương pháp định giá.",
    ],
    [
      "a division of work to be proposed, after '… đề xuất phân công như sau:'",
      "Bộ Nội vụ",
      "Bộ Nội vụ nghiên cứu, đề xuất phân công như sau: Bộ Tư pháp chủ trì thẩm định; Bộ Nội vụ chủ trì tổng hợp.",
    ],
  ])("%s", (_name, owner, line) => {
    const t = tasks([line]);
    expect(t).toHaveLength(1);
    expect(t[0].owner).toBe(owner);
  });

  test("assignments to several bodies in one paragraph are still one task per body", () => {
    const t = tasks(["Giao Bộ Tư pháp thẩm định dự thảo; giao Bộ Nội vụ tổng hợp ý kiến các địa phương."]);
    expect(t.map((x) => x.owner)).toEqual(["Bộ Tư pháp", "Bộ Nội vụ"]);
  });

  test.each([
    ["Bộ Ngoại giao làm việc cụ thể với đối tác về lộ trình.", "Bộ Ngoại giao"],
    ["Sở Tư pháp làm việc với các xã, hướng dẫn thủ tục.", "Sở Tư pháp"],
    ["Bộ Y tế trao đổi với Bộ Tài chính về cơ chế giá.", "Bộ Y tế"],
    ["Đoàn làm việc của Sở Y tế kiểm tra các cơ sở bán lẻ thuốc.", "Đoàn làm việc của Sở Y tế"],
  ])("the owner ends at the verb 'làm việc': %s", (line, owner) => {
    expect(tasks([line])[0].owner).toBe(owner);
  });
});
