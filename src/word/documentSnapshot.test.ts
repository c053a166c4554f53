import { toExtractInput, WordParagraphData } from "./documentSnapshot";

const p = (text: string, extra: Partial<WordParagraphData> = {}): WordParagraphData => ({
  text,
  isListItem: false,
  tableNestingLevel: 0,
  outlineLevel: 10,
  ...extra,
});

describe("toExtractInput", () => {
  it("keeps list labels, list levels and heading levels, and leaves body text plain", () => {
    const input = toExtractInput(
      [
        p("Một số nhiệm vụ trọng tâm tháng 12", { outlineLevel: 2, styleBuiltIn: "Heading2" }),
        p("Sở Công Thương", { isListItem: true, listLevel: 0, listString: "1." }),
        p("Chủ trì theo dõi, đôn đốc.", { isListItem: true, listLevel: 1, listString: "-" }),
        p("Ngày 09/11/2020, Thanh tra tỉnh họp giao ban.", { styleBuiltIn: "Normal" }),
      ],
      [],
    );
    expect(input.paragraphs).toEqual([
      { text: "Một số nhiệm vụ trọng tâm tháng 12", outlineLevel: 1, styleName: "Heading2" },
      { text: "Sở Công Thương", isListItem: true, listLevel: 0, listLabel: "1." },
      { text: "Chủ trì theo dõi, đôn đốc.", isListItem: true, listLevel: 1, listLabel: "-" },
      { text: "Ngày 09/11/2020, Thanh tra tỉnh họp giao ban." },
    ]);
  });

  it("places table paragraphs in their cells, counting a cell's lines, and numbers separate tables", () => {
    const tables = [
      [
        ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì"],
        ["1", "Rà soát quy hoạch\rBáo cáo UBND tỉnh", "Sở Công Thương"],
      ],
      [["UBND TỈNH", "CỘNG HÒA"]],
    ];
    const paragraphs = [
      ...[
        "TT",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "1",
        "Rà soát quy hoạch",
        "Báo cáo UBND tỉnh",
        "Sở Công Thương",
      ].map((text) => p(text, { tableNestingLevel: 1 })),
      p("Giữa hai bảng"),
      p("UBND TỈNH", { tableNestingLevel: 1 }),
      p("CỘNG HÒA", { tableNestingLevel: 1 }),
    ];
    const input = toExtractInput(paragraphs, tables);
    const where = input.paragraphs.map((q) => q.table && [q.table.tableIndex, q.table.row, q.table.cell]);
    expect(where).toEqual([
      [0, 0, 0],
      [0, 0, 1],
      [0, 0, 2],
      [0, 1, 0],
      [0, 1, 1],
      [0, 1, 1],
      [0, 1, 2],
      undefined,
      [1, 0, 0],
      [1, 0, 1],
    ]);
    expect(input.tables?.[0][1][1]).toBe("Rà soát quy hoạch\nBáo cáo UBND tỉnh");
  });

  it("normalises decomposed Unicode to NFC on the way in", () => {
    const decomposed = "Sở Tài chính".normalize("NFD");
    expect(toExtractInput([p(decomposed)], []).paragraphs[0].text).toBe("Sở Tài chính".normalize("NFC"));
  });

  it("does not read the add-in's own task-tracking table again, but keeps Word's paragraph count", () => {
    const own = { tableNestingLevel: 1, contentControlTag: "kl:task-table" };
    const input = toExtractInput(
      [
        p("- Các phòng rà soát kế hoạch, chậm nhất ngày 13/11."),
        p("STT", own),
        p("Nội dung nhiệm vụ", own),
        p("1", own),
        p("Các phòng rà soát kế hoạch, chậm nhất ngày 13/11.", own),
        p("Lưu: VT."),
      ],
      [
        [
          ["STT", "Nội dung nhiệm vụ"],
          ["1", "Các phòng rà soát kế hoạch, chậm nhất ngày 13/11."],
        ],
      ],
    );
    expect(input.paragraphs.map((q) => q.text)).toEqual([
      "- Các phòng rà soát kế hoạch, chậm nhất ngày 13/11.",
      "",
      "",
      "",
      "",
      "Lưu: VT.",
    ]);
    expect(input.paragraphs.some((q) => q.table)).toBe(false);
    expect(input.tables).toEqual([[]]);
  });
});

describe("nested tables", () => {
  it("a table nested in a cell neither starts a table nor takes a cell of the tables after it", () => {
    const cell = (text: string, level = 1) => p(text, { tableNestingLevel: level });
    const input = toExtractInput(
      [
        cell("Bảng ngoài"),
        cell("ô lồng 1", 2),
        cell("ô lồng 2", 2),
        cell("Cột hai"),
        p("Giữa"),
        cell("STT"),
        cell("Nội dung"),
      ],
      [[["Bảng ngoài", "Cột hai"]], [["STT", "Nội dung"]]],
    );
    const where = input.paragraphs.map((q) => q.table && [q.table.tableIndex, q.table.row, q.table.cell]);
    expect(where).toEqual([[0, 0, 0], undefined, undefined, [0, 0, 1], undefined, [1, 0, 0], [1, 0, 1]]);
    expect(input.tables?.[1]).toEqual([["STT", "Nội dung"]]);
  });
});
