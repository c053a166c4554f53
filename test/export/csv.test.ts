import Papa from "papaparse";
import { COLUMN_KEYS, COLUMN_LABELS, toCsv, type ExportRow } from "../../src/core/export";
import { SOURCE, by, labelRows, task } from "./fixtures";

const parse = (csv: string): string[][] =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
const col = (key: (typeof COLUMN_KEYS)[number]) => COLUMN_KEYS.indexOf(key);

describe("CSV export", () => {
  const { label, rows } = labelRows("thong-bao-ket-luan-ubnd", { number: "/TB-VP" });

  test("starts with a UTF-8 BOM, ends lines with CRLF, and has the shared header", () => {
    const csv = toCsv(rows, { today: "2026-06-20" });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "").includes("\n")).toBe(false);
    expect(parse(csv)[0]).toEqual(COLUMN_KEYS.map((k) => COLUMN_LABELS[k]));
    expect(parse(csv)[0]).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Thời hạn",
      "Loại thời hạn",
      "Tình trạng",
      "Ngày hoàn thành",
      "Ghi chú",
      "Văn bản",
      "Đoạn",
    ]);
  });

  test("parsed back, every labelled task comes out with its text, owner, co-owners and dd/mm/yyyy deadline", () => {
    const data = parse(toCsv(rows, { today: "2026-06-20" })).slice(1);
    expect(data).toHaveLength(label.length);
    label.forEach((t, i) => {
      const cells = data[i];
      expect(cells[col("stt")]).toBe(String(i + 1));
      expect(cells[col("text")]).toBe(t.text);
      expect(cells[col("owner")]).toBe(t.owner ?? "Chưa xác định");
      expect(cells[col("coOwners")]).toBe((t.coOwners ?? []).join("; "));
      const iso = t.deadline?.date;
      expect(cells[col("deadline")]).toBe(iso ? `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "");
      expect(cells[col("source")]).toBe("Số /TB-VP ngày 01/06/2026 (thong-bao-ket-luan-ubnd.docx)");
      expect(cells[col("paragraph")]).toBe(String(11 + i));
    });
    // The labelled "trước ngày 31/12/2026" task and the quarterly one.
    const dated = data.find((c) => c[col("deadline")] === "31/12/2026")!;
    expect(dated[col("kind")]).toBe("Trước ngày");
    expect(dated[col("owner")]).toBe("Sở Công Thương");
    const quarterly = data.find((c) => c[col("text")].startsWith("Định kỳ hằng quý"))!;
    expect(quarterly[col("kind")]).toBe("Định kỳ");
    expect(quarterly[col("notes")]).toBe("Khẩn; Hằng quý");
  });

  test("status as of the export's day: done on time or late by the tick's day, overdue, due soon, within, none", () => {
    const rows: ExportRow[] = [
      { task: task("a", "Gửi báo cáo.", { deadline: by("2020-11-13") }), done: true, source: SOURCE },
      { task: task("b", "Rà soát kế hoạch.", { deadline: by("2020-11-13") }), done: false, source: SOURCE },
      { task: task("c", "Kiểm tra.", { deadline: by("2020-11-21") }), done: false, source: SOURCE },
      {
        task: task("d", "Báo cáo quý.", {
          deadline: { raw: "hằng quý", date: "2020-12-31", kind: "recurring", rule: "quarterly" },
        }),
        done: false,
        source: SOURCE,
      },
      {
        task: task("e", "Theo dõi.", { deadline: { raw: "thường xuyên", date: null, kind: "ongoing" } }),
        done: false,
        source: SOURCE,
      },
      {
        task: task("f", "Nộp hồ sơ.", { deadline: by("2020-11-13") }),
        done: true,
        doneOn: "2020-11-16",
        note: "Nộp chậm do chờ số liệu",
        source: SOURCE,
      },
    ];
    const data = parse(toCsv(rows, { today: "2021-01-15" })).slice(1);
    expect(data.map((c) => c[col("status")])).toEqual([
      "Hoàn thành đúng hạn",
      "Quá hạn",
      "Quá hạn",
      "Trong hạn", // next quarter: 31/3/2021
      "Không có thời hạn",
      "Hoàn thành quá hạn",
    ]);
    const today20 = parse(toCsv(rows, { today: "2020-11-20" })).slice(1);
    expect(today20.map((c) => c[col("status")])).toEqual([
      "Hoàn thành đúng hạn",
      "Quá hạn",
      "Sắp đến hạn",
      "Trong hạn",
      "Không có thời hạn",
      "Hoàn thành quá hạn",
    ]);
    // The clerk's "due soon" setting moves the line.
    const week = parse(toCsv(rows, { today: "2020-11-10", dueSoonDays: 7 })).slice(1);
    expect(week.map((c) => c[col("status")]).slice(1, 3)).toEqual(["Sắp đến hạn", "Trong hạn"]);
    // The quarterly duty's Thời hạn is its next repetition, the day its status is judged by.
    expect(data[3][col("deadline")]).toBe("31/03/2021");
    expect(today20[3][col("deadline")]).toBe("31/12/2020");
    expect(data[5][col("doneOn")]).toBe("16/11/2020");
    expect(data[0][col("doneOn")]).toBe("");
    expect(data[5][col("notes")]).toBe("Nộp chậm do chờ số liệu");
    expect(data[4][col("kind")]).toBe("Thường xuyên");
    expect(data[4][col("deadline")]).toBe("");
  });

  test("notes say inherited, urgent, time of day, and the phrase of a deadline without a date", () => {
    const rows: ExportRow[] = [
      {
        task: task("a", "Nộp hồ sơ.", {
          urgent: true,
          deadline: { ...by("2026-06-15"), time: "15:00", inherited: true },
        }),
        done: false,
        source: SOURCE,
      },
      {
        task: task("b", "Trả lời.", {
          deadline: { raw: "trong 05 ngày làm việc kể từ ngày nhận", date: null, kind: "relative" },
        }),
        done: false,
        source: { number: null, issuedDate: null },
      },
    ];
    const data = parse(toCsv(rows, { today: "2026-06-01" })).slice(1);
    expect(data[0][col("notes")]).toBe("Khẩn; Thời hạn theo đề mục; Trước 15:00");
    expect(data[1][col("notes")]).toBe('Thời hạn: "trong 05 ngày làm việc kể từ ngày nhận"');
    expect(data[1][col("kind")]).toBe("Theo số ngày");
    expect(data[1][col("source")]).toBe("");
    expect(data[1][col("owner")]).toBe("Chưa xác định");
  });

  test("formula injection is neutralised in every cell, after the list dash is stripped", () => {
    const evil = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(1)", "\t=1+1", "\r=1+1"];
    const rows: ExportRow[] = evil.map((text, i) => ({
      task: task(`x${i}`, `- ${text.trimStart()}`, { owner: text, coOwners: [text] }),
      done: false,
      source: SOURCE,
    }));
    rows.push({ task: task("y", "- Rà soát - báo cáo", { owner: "Sở Tài chính" }), done: false, source: SOURCE });
    const data = parse(toCsv(rows, { today: "2020-11-10" })).slice(1);
    evil.forEach((text, i) => {
      expect(data[i][col("text")]).toBe(`'${text.trimStart()}`);
      // Owners are trimmed (the per-owner summary groups them so); what is left is still neutralised.
      expect(data[i][col("owner")]).toBe(`'${text.trim()}`);
      expect(data[i][col("coOwners")]).toBe(`'${text}`);
    });
    for (const cells of data) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // A plain bullet loses its dash and nothing else.
    expect(data[evil.length][col("text")]).toBe("Rà soát - báo cáo");
  });

  test("commas, quotes and line breaks inside a cell survive RFC 4180 quoting", () => {
    const text = 'Giao Sở Tài chính, Sở Nội vụ rà soát "Đề án 08";\nbáo cáo trước ngày 15/12.';
    const rows: ExportRow[] = [{ task: task("q", text, { owner: "Sở Tài chính" }), done: false, source: SOURCE }];
    const csv = toCsv(rows, { today: "2020-11-10" });
    expect(csv).toContain('"Giao Sở Tài chính, Sở Nội vụ rà soát ""Đề án 08"";');
    expect(parse(csv)[1][col("text")]).toBe(text);
  });
});
