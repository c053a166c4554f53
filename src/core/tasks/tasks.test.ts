import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { extractTasks, SourceParagraph } from "./index";
import { fromIso, isValidDate } from "../dates";
import { likeness, ownerCutShort, ownerMatches, scoreDocument, Label } from "../../../test/bench/accuracy";

const FIX = path.resolve(__dirname, "../../../test/fixtures/corpus");
const opts = { fallbackDate: "2026-01-01" };
const paras = (lines: string[]): SourceParagraph[] => lines.map((text) => ({ text }));
const run = (lines: string[]) => extractTasks({ paragraphs: paras(lines) }, opts);
const HEAD = ["Tây Ninh, ngày 10 tháng 11 năm 2020", "KẾT LUẬN"];

describe("owner patterns (spec order)", () => {
  test("1. explicit: Giao X chủ trì, phối hợp với Y", () => {
    const t = run([
      ...HEAD,
      "II. NHIỆM VỤ",
      "- Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan tham mưu bố trí vốn.",
    ]).tasks;
    expect(t[0].owner).toBe("Sở Tài chính");
    expect(t[0].coOwners).toEqual(["các cơ quan liên quan"]);
  });
  test("1. explicit: Đề nghị / Yêu cầu X; X: task", () => {
    const t = run([
      ...HEAD,
      "II. NHIỆM VỤ",
      "- Đề nghị UBND phường Yên Bái khẩn trương lập đoàn kiểm tra.",
      "- Viễn thông Lào Cai: chủ trì bảo đảm đường truyền.",
    ]).tasks;
    expect(t.map((x) => x.owner)).toEqual(["UBND phường Yên Bái", "Viễn thông Lào Cai"]);
    expect(t[0].urgent).toBe(true);
  });
  test("2. subject at the start", () => {
    const t = run([...HEAD, "II. NHIỆM VỤ", "- Lãnh đạo phụ trách khối phải tập trung chỉ đạo."]).tasks;
    expect(t[0].owner).toBe("Lãnh đạo phụ trách khối");
  });
  test("3. subject after a topic phrase", () => {
    const t = run([
      ...HEAD,
      "II. NHIỆM VỤ",
      "- Xây dựng kế hoạch thanh tra năm 2021 các phòng tiếp tục rà soát, chậm nhất ngày 13/11 ký trình.",
    ]).tasks;
    expect(t[0].owner).toBe("các phòng");
    expect(t[0].deadline).toMatchObject({ date: "2020-11-13", kind: "by" });
  });
  test("4. agency heading; a 'Yêu cầu …' bullet stays with the heading body", () => {
    const t = run([
      ...HEAD,
      "II. NHIỆM VỤ",
      "1. Sở Công Thương",
      "- Chủ trì theo dõi, đôn đốc các chủ đầu tư.",
      "- Yêu cầu các chủ đầu tư báo cáo tiến độ.",
    ]).tasks;
    expect(t.map((x) => x.owner)).toEqual(["Sở Công Thương", "Sở Công Thương"]);
    expect(t[0].section).toBe("1. Sở Công Thương");
  });
  test("5. lead-in object", () => {
    const t = run([
      ...HEAD,
      "Sở Công Thương đề nghị các chủ đầu tư thực hiện các nội dung sau:",
      "- Rà soát toàn bộ hạng mục công việc.",
    ]).tasks;
    expect(t[0].owner).toBe("các chủ đầu tư");
  });
  test("6. footer gives owner and co-owners to its group", () => {
    const t = run([
      ...HEAD,
      "III. NHIỆM VỤ TRỌNG TÂM",
      "1. Tái cơ cấu ngành",
      "- Tham mưu xây dựng chính sách thu hút.",
      "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, Văn phòng Sở.",
    ]).tasks;
    expect(t[0].owner).toBe("Phòng Quản lý Công nghiệp");
    expect(t[0].coOwners).toEqual(["Phòng Quản lý Năng lượng", "Văn phòng Sở"]);
  });
  test("7. otherwise null", () => {
    const t = run([...HEAD, "II. NHIỆM VỤ", "- Chuẩn bị thật tốt nội dung tổng hợp."]).tasks;
    expect(t[0].owner).toBeNull();
  });
  test("one task per owner: Giao Sở A …; giao Sở B …", () => {
    const t = run([
      ...HEAD,
      "II. NHIỆM VỤ",
      "- Giao Sở Tài chính rà soát nguồn vốn; giao Sở Xây dựng hướng dẫn thủ tục.",
    ]).tasks;
    expect(t.map((x) => x.owner)).toEqual(["Sở Tài chính", "Sở Xây dựng"]);
  });
});

describe("what is not a task or not a deadline", () => {
  test("legal grounds, history, findings, closing formula, recipients", () => {
    const r = run([
      ...HEAD,
      "Căn cứ Quyết định số 123/QĐ-UBND ngày 05/3/2020 của UBND tỉnh;",
      "Ngày 09/11/2020, Thanh tra tỉnh họp giao ban.",
      "1. Kết quả",
      "- Các phòng đã tập trung thực hiện các nhiệm vụ.",
      "2. Những hạn chế",
      "- Chưa đánh giá được dấu hiệu phức tạp.",
      "3. Nhiệm vụ trọng tâm",
      "- Tiếp tục tham mưu tổ chức kỷ niệm 75 năm ngày thành lập ngành.",
      "Đề nghị các phòng triển khai thực hiện nghiêm túc Kết luận này./.",
      "Nơi nhận:",
      "- Lưu: VT.",
    ]);
    expect(r.tasks.map((t) => t.text)).toEqual(["Tiếp tục tham mưu tổ chức kỷ niệm 75 năm ngày thành lập ngành."]);
    expect(r.tasks[0].deadline).toBeNull();
    expect(r.issuedDate).toBe("2020-11-10");
  });
});

describe("issue date", () => {
  test("draft blank day → first of month + warning", () => {
    const r = run(["Lào Cai, ngày      tháng 6 năm 2026"]);
    expect(r.issuedDate).toBe("2026-06-01");
    expect(r.warnings.map((w) => w.code)).toContain("issue-day-blank");
  });
  test("minutes: Hôm nay, ngày 26/5/2026", () => {
    expect(run(["BIÊN BẢN LÀM VIỆC", "Hôm nay, ngày 26/5/2026 tại Sở Công Thương"]).issuedDate).toBe("2026-05-26");
  });
  test("a scan's unreadable date line: the digital signature's day, with a warning", () => {
    const r = run([
      "@ Thời gian ky: 01.03.2026 15:52",
      "TỔNG CỤC THUẾ",
      "Hà Nội, ngày C4 tháng 3 năm 2026",
      "1. Hoàn thành kế hoạch kiểm tra trước ngày 29/4/2026.",
      "2. Báo cáo kết quả hàng tháng về Tổng cục.",
    ]);
    expect(r.issuedDate).toBe("2026-03-01");
    expect(r.warnings.map((w) => w.code)).toContain("issue-date-from-signature");
    // Repetitions count from that day, not from the fallback.
    expect(r.tasks.find((t) => t.text.startsWith("Báo cáo"))?.deadline?.date).toBe("2026-03-31");
  });
  test("a day between issuing and signing is still due: the signature's day is no floor", () => {
    const r = run([
      "Thời gian ký: 16.10.2026 15:12",
      "Hà Nội, ngayl4thing 4 ăm 2026",
      "Ngày 04/10/2026, Tổng cục Thuế đã chủ trì Hội nghị giao ban.",
      "- Báo cáo tổng thể về tình hình thực hiện kết luận của Kiểm toán nhà nước (hoàn thành trước 15/10/2026).",
    ]);
    expect(r.issuedDate).toBe("2026-10-16");
    expect(r.tasks.find((t) => t.text.includes("Kiểm toán"))?.deadline?.date).toBe("2026-10-15");
  });
  test("an unreadable day with no signature in its month: the month's first, with its warning", () => {
    const r = run(["Thời gian ký: 02.04.2026 09:00", "Hà Nội, ngàyA2 thang 3 năm 2026"]);
    expect(r.issuedDate).toBe("2026-03-01");
    expect(r.warnings.map((w) => w.code)).toEqual(["issue-day-unreadable"]);
  });
  test("a readable date line wins over the signature's day", () => {
    expect(run(["Thời gian ký: 03.03.2026 09:00", "Hà Nội, ngày 27 tháng 02 năm 2026"]).issuedDate).toBe("2026-02-27");
  });
  test("none: null + warning naming the fallback", () => {
    const r = run(["Không có ngày"]);
    expect(r.issuedDate).toBeNull();
    expect(r.warnings[0].code).toBe("issue-date-missing");
  });
});

describe("legacy encodings", () => {
  test("TCVN3 and VNI give no tasks and a warning", () => {
    for (const line of [
      "- Giao Së Tµi chÝnh chñ tr× rµ so¸t nguån vèn tr−íc ngµy 15/12/2020.",
      "- Giao Sôû Taøi chính chuû trì raø soaùt nguoàn voán.",
    ]) {
      const r = run([...HEAD, "II. NHIỆM VỤ", line, line]);
      expect(r.tasks).toEqual([]);
      expect(r.warnings[0].code).toMatch(/^legacy-/);
    }
  });
  test("synthetic: a short Unicode notice headed in capitals is not taken for TCVN3 and yields its task", () => {
    const r = run(["VĂN PHÒNG CHÍNH PHỦ", "THÔNG BÁO", "1. Giao Bộ Tài chính rà soát, báo cáo trước ngày 15/12/2025."]);
    expect(r.warnings.map((w) => w.code)).not.toContain("legacy-tcvn3");
    expect(r.tasks.map((t) => t.owner)).toEqual(["Bộ Tài chính"]);
  });
  test("NFD is normalised and still extracted", () => {
    const r = run([
      ...HEAD,
      "II. NHIỆM VỤ",
      "- Giao Sở Tài chính rà soát nguồn vốn trước ngày 15/12/2020.".normalize("NFD"),
    ]);
    expect(r.tasks[0].owner).toBe("Sở Tài chính");
    expect(r.warnings.map((w) => w.code)).toContain("decomposed-unicode");
  });
});

describe("task tables", () => {
  test("rows become tasks; numbering row skipped; section row; roles in the owner cell", () => {
    const table = [
      ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      ["I", "CÔNG TÁC TUYÊN TRUYỀN", "", "", ""],
      [
        "1",
        "Xử lý dứt điểm khai thác cát",
        "Chủ trì: Sở Nông nghiệp. Phối hợp: Công an tỉnh; UBND các xã",
        "",
        "Xong trong Quý II/2026",
      ],
      ["2", "Tuyên truyền", "Các Sở, ban, ngành", "Sở Tư pháp; Đài PTTH", "Thường xuyên"],
    ];
    const paragraphs: SourceParagraph[] = [{ text: "Lào Cai, ngày 01 tháng 4 năm 2026" }];
    table.forEach((row, r) =>
      row.forEach((text, cell) => paragraphs.push({ text, table: { tableIndex: 0, row: r, cell } })),
    );
    const t = extractTasks({ paragraphs, tables: [table] }, opts).tasks;
    expect(t).toHaveLength(2);
    expect(t[0]).toMatchObject({
      owner: "Sở Nông nghiệp",
      coOwners: ["Công an tỉnh", "UBND các xã"],
      section: "I CÔNG TÁC TUYÊN TRUYỀN",
    });
    expect(t[0].deadline).toMatchObject({ date: "2026-06-30", kind: "within" });
    expect(t[1]).toMatchObject({ owner: "Các Sở, ban, ngành", coOwners: ["Sở Tư pháp", "Đài PTTH"] });
    expect(t[1].deadline).toMatchObject({ kind: "ongoing", date: null });
    expect(t[0].paragraphIndex).toBe(1 + 3 * 5 + 1);
  });
});

describe("seed document end to end against its labels", () => {
  const dir = path.join(FIX, "seed");
  const name = "ket-luan-giao-ban-thanh-tra-tay-ninh-2020-11";
  const label: Label = JSON.parse(fs.readFileSync(path.join(dir, name + ".json"), "utf8"));
  const lines = fs.readFileSync(path.join(dir, name + ".plain.txt"), "utf8").split(/\r?\n/);
  const r = run(lines);
  test("issue date and every labelled task, owner and deadline", () => {
    expect(r.issuedDate).toBe(label.issuedDate);
    for (const lt of label.tasks.filter((t) => !t.optional)) {
      const got = r.tasks.find((t) => likeness(t.text, lt.text) >= 0.6);
      expect(got).toBeDefined();
      expect(ownerMatches(lt.owner, got!.owner)).toBe(true);
      expect(got!.deadline?.date ?? null).toBe(lt.deadline?.date ?? null);
    }
    const s = scoreDocument(name, label, r.tasks);
    expect(s.falsePositives).toBe(0);
  });
});

describe("the bench names an owner cut short, which its match (one contains the other) counts correct", () => {
  test.each([
    ["Phòng Kế hoạch - Tổng hợp", "Phòng Kế hoạch", true, true],
    ["Sở Tài chính", "Sở", true, true],
    ["Sở Tài chính", "Sở Tài chính.", true, false],
    ["Sở Tài chính", "Sở Tài chính chủ trì", true, false],
    ["Sở Tài chính", "Sở Xây dựng", false, false],
  ])("want %s, got %s: a match %s, cut short %s", (want, got, match, cut) => {
    expect(ownerMatches(want, got)).toBe(match);
    expect(ownerCutShort(want, got)).toBe(cut);
  });
  test("and lists it among the document's misses", () => {
    const label = {
      issuedDate: null,
      tasks: [{ text: "Phòng Kế hoạch - Tổng hợp tổng hợp, báo cáo Lãnh đạo Sở.", owner: "Phòng Kế hoạch - Tổng hợp" }],
    };
    const got = [
      { text: "Phòng Kế hoạch - Tổng hợp tổng hợp, báo cáo Lãnh đạo Sở.", owner: "Phòng Kế hoạch", deadline: null },
    ];
    const s = scoreDocument("d", label as never, got as never);
    expect([s.ownerCorrect, s.ownerCutShort]).toEqual([1, 1]);
    expect(s.misses).toEqual(['OWNER CUT SHORT: want "Phòng Kế hoạch - Tổng hợp" got "Phòng Kế hoạch"']);
  });
});

describe("properties over random and mutated paragraphs", () => {
  const base = fs
    .readFileSync(path.join(FIX, "seed/ket-luan-giao-ban-thanh-tra-tay-ninh-2020-11.plain.txt"), "utf8")
    .split(/\r?\n/);
  const mutated = fc.array(
    fc.oneof(
      fc.constantFrom(...base),
      fc.string(),
      fc
        .tuple(fc.constantFrom(...base), fc.string(), fc.nat())
        .map(([s, x, k]) => s.slice(0, k % (s.length + 1)) + x + s.slice(k % (s.length + 1))),
      fc.constantFrom(
        "- Giao Sở A rà soát; giao Sở B báo cáo trước ngày 31/02/2021.",
        "1. Sở Công Thương",
        "II. NHIỆM VỤ",
        "trước ngày 99/99/2020",
      ),
    ),
    { maxLength: 40 },
  );
  test("never throws, only real calendar days, same input → same ids", () => {
    fc.assert(
      fc.property(mutated, (lines) => {
        const a = run(lines);
        const b = run([...lines]);
        for (const t of a.tasks)
          if (t.deadline?.date)
            expect(isValidDate(fromIso(t.deadline.date) ?? { year: 0, month: 0, day: 0 })).toBe(true);
        expect(b.tasks.map((t) => t.id)).toEqual(a.tasks.map((t) => t.id));
        expect(new Set(a.tasks.map((t) => t.id)).size).toBe(a.tasks.length);
      }),
      { numRuns: 1500 },
    );
  });
  test("editing another paragraph never changes an id", () => {
    const a = run(base);
    const edited = [...base];
    edited[10] = edited[10] + " (đã sửa)";
    const b = run(edited);
    const keep = a.tasks.filter((t) => t.paragraphIndex !== 10).map((t) => t.id);
    expect(b.tasks.filter((t) => t.paragraphIndex !== 10).map((t) => t.id)).toEqual(keep);
  });
});
