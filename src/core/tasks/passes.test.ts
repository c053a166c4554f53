/**
 * The first passes on their own, table-driven: zones, then the outline (items, depth, parents, field lines, headings
 * with what they carry). Synthetic lines written for these tests after the spec's examples.
 */
import { fromIso } from "../dates";
import { Inheritance } from "./context";
import { OutlineBuilder, OutlineNode } from "./outline";
import { Zone, markZones } from "./zones";

describe("zones pass", () => {
  test.each<[string, Zone]>([
    ["ỦY BAN NHÂN DÂN TỈNH X", "header"],
    ["Số: 12/TB-UBND", "header"],
    ["Hà Nội, ngày 10 tháng 11 năm 2026", "header"],
    ["THÔNG BÁO", "header"],
    ["Kết luận của Chủ tịch tại cuộc họp", "header"],
    ["Kính gửi: Các sở, ban, ngành tỉnh.", "addressee"],
    [
      "Ngày 05/11/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp với các sở, ngành về tình hình giải ngân vốn đầu tư công.",
      "body",
    ],
    ["1. Giao Sở Tài chính rà soát dự toán.", "body"],
    ["Trên đây là kết luận của Chủ tịch UBND tỉnh./.", "closing"],
    ["Nơi nhận:", "recipients"],
    ["- Như trên;", "recipients"],
    ["KT. CHỦ TỊCH", "signature"],
    ["PHÓ CHỦ TỊCH", "signature"],
    ["Nguyễn Văn A", "signature"],
  ])("%s → %s", (line, zone) => {
    const lines = [
      "ỦY BAN NHÂN DÂN TỈNH X",
      "Số: 12/TB-UBND",
      "Hà Nội, ngày 10 tháng 11 năm 2026",
      "THÔNG BÁO",
      "Kết luận của Chủ tịch tại cuộc họp",
      "Kính gửi: Các sở, ban, ngành tỉnh.",
      "Ngày 05/11/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp với các sở, ngành về tình hình giải ngân vốn đầu tư công.",
      "1. Giao Sở Tài chính rà soát dự toán.",
      "Trên đây là kết luận của Chủ tịch UBND tỉnh./.",
      "Nơi nhận:",
      "- Như trên;",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Nguyễn Văn A",
    ];
    expect(markZones(lines, () => false)[lines.indexOf(line)]).toBe(zone);
  });

  test("a decision's subject in capitals, however long, and the issuer's line under it stay in the header", () => {
    const subject =
      "BAN HÀNH DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN QUẢN LÝ CỦA NGÀNH VĂN HÓA, THỂ THAO VÀ DU LỊCH THỰC HIỆN " +
      "KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI CẤP TỈNH";
    const lines = [
      "Số: 2914/QĐ-UBND",
      "Hà Tĩnh, ngày 24 tháng 11 năm 2025",
      "QUYẾT ĐỊNH",
      subject,
      "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
      "Điều 2. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch:",
      "a) Tổ chức tập huấn nghiệp vụ cho công chức tại Bộ phận Một cửa.",
    ];
    expect(markZones(lines, () => false).slice(3)).toEqual(["header", "header", "body", "body", "body"]);
    // However the subject was read, legal grounds after the issuer's line are the body: no signature has them under it.
    const sentenceCase = subject.charAt(0) + subject.slice(1).toLowerCase(); // 40 words: too long for a subject line
    const read = ["Số: 12/QĐ-UBND", "QUYẾT ĐỊNH", sentenceCase].concat(lines.slice(4));
    expect(markZones(read, () => false).slice(4)).toEqual(["body", "body", "body"]);
  });

  test("a scan's recipients heading that lost its diacritics still opens the recipients ('Noi nhận:}', 'Noi nhan:')", () => {
    const lines = [
      "Số: 46/TCT-TTKT",
      "Hà Nội, ngày 12 tháng 3 năm 2026",
      "1. Cục Thuế các tỉnh rà soát kế hoạch thanh tra năm 2026.",
      "Noi nhận:} - KT. TONG CỤC TRƯỞNG",
      "Lãnh đạo TCT; À",
      "Noi nhan:",
      "Nội dung nhận xét: đạt yêu cầu.",
    ];
    const zones = markZones(lines, () => false);
    expect(zones.slice(2, 5)).toEqual(["body", "recipients", "recipients"]);
    expect(markZones(lines.slice(0, 3).concat(lines[5]), () => false)[3]).toBe("recipients");
    // Folding must not make another word of the body one: "Nội dung nhận xét" folds to "noi dung nhan …".
    expect(markZones(lines.slice(0, 3).concat(lines[6]), () => false)[3]).toBe("body");
  });

  test("(round 14) an appendix of tasks in prose ('NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ …') is read as body; one of results is not", () => {
    const lines = [
      "Số: 122/NQ-CP",
      "Hà Nội, ngày 06 tháng 5 năm 2026",
      "1. Các bộ, cơ quan rà soát kế hoạch năm 2026.",
      "TM. CHÍNH PHỦ",
      "THỦ TƯỚNG",
      "Phụ lục",
      "NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG TRONG THÁNG 5 NĂM 2026",
      "1. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:",
    ];
    expect(markZones(lines, () => false).slice(3)).toEqual(["signature", "signature", "appendix", "body", "body"]);
    const results = lines
      .slice(0, 6)
      .concat("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025", "1. Bộ Tài chính đã hoàn thành 12 nhiệm vụ.");
    expect(markZones(results, () => false).slice(6)).toEqual(["appendix", "appendix"]);
  });

  test("(round 14) a national title after the signature opens an attached document; over a form it stays appendix", () => {
    const signed = [
      "Số: 100/NQ-CP",
      "Hà Nội, ngày 06 tháng 4 năm 2026",
      "Điều 1. Ban hành Chương trình hành động.",
      "TM. CHÍNH PHỦ",
      "THỦ TƯỚNG",
    ];
    const attached = [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ thực hiện Chỉ thị số 49-CT/TW",
      "I. NHIỆM VỤ CỤ THỂ",
      "1. Bộ Ngoại giao rà soát quy định về tổ chức phi chính phủ nước ngoài.",
    ];
    expect(markZones(signed.concat(attached), () => false).slice(5)).toEqual([
      "header",
      "header",
      "header",
      "body",
      "body",
    ]);
    const form = attached
      .slice(0, 2)
      .concat("ĐƠN ĐỀ NGHỊ CÔNG NHẬN KẾT QUẢ HỌC TẬP", "Em viết đơn này kính đề nghị Nhà trường xem xét.");
    expect(markZones(signed.concat(form), () => false).slice(7)).toEqual(["appendix", "appendix"]);
  });

  test("one addressee and the places it covers is an addressee line however long; a body line with a colon is not", () => {
    const lines = [
      "Số: 30/TCT",
      "Hà Nội, ngày 16 tháng 02 năm 2026",
      "Kính gửi:",
      "Đồng chí Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Hà Giang, Cao Bằng, Lạng Sơn, Bắc Kạn, Tuyên Quang, Phú Thọ, Điện Biên.",
      "Đề nghị các đồng chí cử cán bộ của các cơ quan: Văn phòng Ủy ban, Sở Nội vụ, Sở Tư pháp, Sở Tài chính.",
    ];
    expect(markZones(lines, () => false).slice(3)).toEqual(["addressee", "body"]);
  });
});

function outline(lines: string[]): OutlineNode[] {
  const issued = fromIso("2026-11-10")!;
  const inh = new Inheritance(issued);
  const after = (at: number) => lines[at + 1] ?? "";
  const builder = new OutlineBuilder({ issued, spell: (s) => s, hands: (n) => inh.handedBy(n), after });
  lines.forEach((text, i) => builder.addLine(i, text, { text }));
  return builder.order;
}

const parentOf = (nodes: OutlineNode[], text: string) => {
  const parent = nodes.find((n) => n.text === text)?.parent;
  return parent && parent.form !== "root" ? parent.text : null;
};

describe("outline pass", () => {
  test.each<[string, string[], [string, string | null][]]>([
    [
      "numbered, lettered and bulleted items nest by their markers",
      ["I. NHIỆM VỤ", "1. Tuyên truyền", "a) Phát hành tài liệu.", "- In tờ rơi.", "2. Kiểm tra"],
      [
        ["NHIỆM VỤ", null],
        ["Tuyên truyền", "NHIỆM VỤ"],
        ["Phát hành tài liệu.", "Tuyên truyền"],
        ["In tờ rơi.", "Phát hành tài liệu."],
        ["Kiểm tra", "NHIỆM VỤ"],
      ],
    ],
    [
      "'(1)' items and 'Một là' items are items too",
      ["(1) Rà soát quy hoạch.", "(2) Cập nhật dữ liệu.", "Một là, nâng cao nhận thức."],
      [
        ["Rà soát quy hoạch.", null],
        ["Cập nhật dữ liệu.", null],
      ],
    ],
  ])("%s", (_name, lines, parents) => {
    const nodes = outline(lines);
    for (const [text, parent] of parents) expect([text, parentOf(nodes, text)]).toEqual([text, parent]);
  });

  test("field lines attach to the item above them and are no nodes of their own", () => {
    const nodes = outline([
      "(1) Xây dựng cơ sở dữ liệu.",
      "- Đơn vị chủ trì: Sở Tài chính.",
      "- Đơn vị phối hợp: Sở Nội vụ, Công an tỉnh.",
      "- Thời gian hoàn thành: Quý II/2027.",
    ]);
    expect(nodes.map((n) => n.text)).toEqual(["Xây dựng cơ sở dữ liệu."]);
    expect(nodes[0].fields.map((f) => [f.kind, f.value])).toEqual([
      ["owner", "Sở Tài chính"],
      ["co", "Sở Nội vụ, Công an tỉnh"],
      ["time", "Quý II/2027"],
    ]);
  });

  test.each<[string, { owner?: string | null; kind?: string; period?: string }]>([
    ["1. Sở Công Thương:", { owner: "Sở Công Thương" }],
    ["II. NHIỆM VỤ NĂM 2027", { kind: "tasks", period: "2027-12-31" }],
    ["I. KẾT QUẢ ĐẠT ĐƯỢC", { kind: "nontask" }],
  ])("a heading carries what it names: %s", (line, facts) => {
    const [node] = outline([line, "- Rà soát hồ sơ tồn đọng."]);
    expect(node.form).toBe("heading");
    if (facts.owner !== undefined) expect(node.heading?.owner).toBe(facts.owner);
    if (facts.kind) expect(node.heading?.kind).toBe(facts.kind);
    if (facts.period) expect(node.heading?.period?.date).toBe(facts.period);
  });

  test("a lead-in is remembered for the items after it", () => {
    const nodes = outline([
      "Sở Y tế đề nghị các bệnh viện thực hiện các nội dung sau:",
      "- Rà soát thuốc.",
      "- Báo cáo.",
    ]);
    expect(nodes[0].leadIn).toBe(true);
    expect(nodes.slice(1).map((n) => n.lead?.text)).toEqual([nodes[0].text, nodes[0].text]);
  });
});
