import ExcelJS from "exceljs";
import Papa from "papaparse";
import { strFromU8, unzipSync } from "fflate";
import {
  COLUMN_KEYS,
  COLUMN_LABELS,
  DATE_FORMAT,
  DUE_SOON_FILL,
  OVERDUE_FILL,
  SUMMARY_SHEET,
  TASKS_SHEET,
  TASKS_TABLE,
  columnLetter,
  toCsv,
  toLines,
  toXlsx,
  type ExportRow,
} from "../../src/core/export";
import { SUMMARY_LABELS } from "../../src/core/export/summary";
import { SOURCE, by, labelRows, task } from "./fixtures";
import { convertSpreadsheet, spreadsheetToPdfText, squashedText } from "./libreoffice";

const col = (key: (typeof COLUMN_KEYS)[number]) => COLUMN_KEYS.indexOf(key) + 1;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe("XLSX export", () => {
  const { label, rows } = labelRows("thong-bao-ket-luan-ubnd", { number: "/TB-VP" });
  rows[0].done = true;
  const today = "2026-08-01"; // after the labelled 30/7/2026 deadline, before 31/12/2026
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await toXlsx(rows, { today, summary: true });
  });

  /** A cell's value, or the value a formula carries for readers that do not calculate. */
  const shown = (cell: ExcelJS.Cell): unknown => {
    const v = cell.value as { formula?: string; result?: unknown } | null;
    return v && typeof v === "object" && "formula" in v ? v.result : v;
  };

  test("read back with exceljs: same rows, deadlines as Date cells formatted dd/mm/yyyy", async () => {
    const sheet = (await load(bytes)).getWorksheet(TASKS_SHEET)!;
    expect(sheet).toBeDefined();
    const header = COLUMN_KEYS.map((_, i) => sheet.getRow(1).getCell(i + 1).value);
    expect(header).toEqual(COLUMN_KEYS.map((k) => COLUMN_LABELS[k]));
    expect(sheet.rowCount).toBe(label.length + 1);
    // Cells read through at(): a plain function, not the Office.js proxy the office-addins lint rules watch for.
    const at = (r: number, c: number): ExcelJS.Cell => sheet.getRow(r).getCell(c);
    label.forEach((t, i) => {
      expect(at(i + 2, col("stt")).value).toBe(i + 1);
      expect(at(i + 2, col("text")).value).toBe(t.text);
      expect(at(i + 2, col("owner")).value).toBe(t.owner ?? "Chưa xác định");
      expect(at(i + 2, col("coOwners")).value).toBe((t.coOwners ?? []).join("; "));
      const cell = at(i + 2, col("deadline"));
      const value = shown(cell);
      if (t.deadline?.date) {
        expect(value).toBeInstanceOf(Date);
        // A recurring duty shows its next repetition as of the export's day (30/6 quarterly → 30/9 on 01/08).
        const expected = t.deadline.kind === "recurring" ? "2026-09-30" : t.deadline.date;
        expect((value as Date).toISOString().slice(0, 10)).toBe(expected);
        expect(cell.numFmt).toBe(DATE_FORMAT);
      } else expect(value ?? "").toBe("");
      expect(at(i + 2, col("paragraph")).value).toBe(11 + i);
    });
    // Ticked in an older checklist, without its day: done whatever the date, so a plain value.
    expect(at(2, col("status")).value).toBe("Hoàn thành đúng hạn");
    const overdue = label.findIndex((t) => t.deadline?.date === "2026-07-30") + 2;
    const status = at(overdue, col("status")).value as { formula: string; result: string };
    expect(status.result).toBe("Quá hạn");
    expect(status.formula).toContain("TODAY()");
  });

  test("the header row is frozen and the tasks are an Excel table covering every row", async () => {
    const sheet = (await load(bytes)).getWorksheet(TASKS_SHEET)!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // The table as Excel (and Microsoft Lists) reads it, straight from the package.
    const files = unzipSync(bytes);
    const tableXml = strFromU8(files["xl/tables/table1.xml"]);
    expect(tableXml).toContain(`name="${TASKS_TABLE}"`);
    expect(tableXml).toContain(`ref="A1:${columnLetter(COLUMN_KEYS.length)}${label.length + 1}"`);
    for (const k of COLUMN_KEYS) expect(tableXml).toContain(`name="${COLUMN_LABELS[k]}"`);
    expect(sheet.getColumn(col("text")).width).toBeGreaterThan(sheet.getColumn(col("stt")).width!);
  });

  test("overdue and due-soon rows are coloured by conditional formatting on the status, not by fixed fills", () => {
    const files = unzipSync(bytes);
    const sheetXml = strFromU8(files["xl/worksheets/sheet1.xml"]);
    const stylesXml = strFromU8(files["xl/styles.xml"]);
    const status = `$${columnLetter(col("status"))}2`;
    expect(sheetXml).toContain(
      `<conditionalFormatting sqref="A2:${columnLetter(COLUMN_KEYS.length)}${label.length + 1}">`,
    );
    expect(sheetXml).toContain(`<formula>${status}=&quot;Quá hạn&quot;</formula>`);
    expect(sheetXml).toContain(`<formula>${status}=&quot;Sắp đến hạn&quot;</formula>`);
    // The rules' looks are differential formats (dxf) with Excel's light red and yellow.
    const dxfs = /<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(stylesXml)?.[1] ?? "";
    expect(dxfs).toContain(OVERDUE_FILL);
    expect(dxfs).toContain(DUE_SOON_FILL);
    // No cell carries a fixed solid fill any more: a fill would be wrong the day the status changes.
    expect(/<fills[^>]*>([\s\S]*?)<\/fills>/.exec(stylesXml)?.[1]).not.toContain(OVERDUE_FILL);
  });

  test("the Tổng hợp sheet counts per owner and status, with formulas over the tasks sheet", async () => {
    const sheet = (await load(bytes)).getWorksheet(SUMMARY_SHEET)!;
    const width = SUMMARY_LABELS.length;
    // exceljs reads a formula's cached 0 back as undefined; the package does carry <v>0</v> (asserted below).
    const values = (n: number) => Array.from({ length: width }, (_, c) => shown(sheet.getRow(n).getCell(c + 1)) ?? 0);
    expect(values(1)).toEqual([
      "Đơn vị chủ trì",
      "Hoàn thành đúng hạn",
      "Hoàn thành quá hạn",
      "Quá hạn",
      "Sắp đến hạn",
      "Trong hạn",
      "Không có thời hạn",
      "Tổng số",
    ]);
    const byOwner = new Map<string, unknown[]>();
    for (let n = 2; n <= sheet.rowCount; n++) byOwner.set(String(values(n)[0]), values(n).slice(1));
    const sct = label.filter((t) => t.owner === "Sở Công Thương").length;
    // Sở Công Thương: row 0 ticked; 31/12/2026 and the quarterly duty within the deadline; the rest undated.
    expect(byOwner.get("Sở Công Thương")).toEqual([1, 0, 0, 0, 2, sct - 3, sct]);
    expect(byOwner.get("Ủy ban nhân dân các xã, phường có cụm công nghiệp")).toEqual([0, 0, 1, 0, 0, 0, 1]);
    const totals = [...byOwner.values()].reduce((s, v) => s + (v[width - 2] as number), 0);
    expect(totals).toBe(label.length);
    expect(strFromU8(unzipSync(bytes)["xl/worksheets/sheet2.xml"])).toMatch(/<\/f><v>0<\/v>/);
    const formula = (sheet.getRow(2).getCell(4).value as { formula: string }).formula;
    expect(formula).toMatch(/^SUMPRODUCT\(\('Nhiệm vụ'!\$C\$2:\$C\$\d+=\$A2\)\*\('Nhiệm vụ'!\$G\$2:/);
  });

  test("a workbook opened on another day is still right: LibreOffice recomputes TODAY() at two dates", async () => {
    const quarterly = { raw: "hằng quý", date: "2026-06-30", kind: "recurring" as const, rule: "quarterly" as const };
    const lastOfMonth = { raw: "hằng tháng", date: "2026-04-30", kind: "recurring" as const, rule: "monthly" as const };
    const made: ExportRow[] = [
      {
        task: task("a", "Báo cáo tiến độ.", { owner: "Sở A", deadline: by("2026-08-10") }),
        done: false,
        source: SOURCE,
      },
      {
        task: task("b", "Hoàn thiện đề án.", { owner: "Sở A", deadline: by("2026-09-30") }),
        done: false,
        source: SOURCE,
      },
      { task: task("c", "Theo dõi.", { owner: "Sở B" }), done: false, source: SOURCE },
      {
        task: task("d", "Nộp hồ sơ.", { owner: "Sở B", deadline: by("2026-08-05") }),
        done: true,
        doneOn: "2026-08-07",
        source: SOURCE,
      },
      { task: task("e", "Báo cáo quý.", { owner: "Sở A", deadline: quarterly }), done: false, source: SOURCE },
      { task: task("f", "Báo cáo tháng.", { owner: "Sở B", deadline: lastOfMonth }), done: false, source: SOURCE },
    ];
    const file = await toXlsx(made, { today: "2026-06-20", summary: true });
    const read = (day: string) => {
      const csv = convertSpreadsheet(file, "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76", undefined, day);
      return Papa.parse<string[]>(csv.toString("utf8"), { skipEmptyLines: true }).data.slice(1);
    };
    const columns = (data: string[][]) => data.map((r) => [r[col("deadline") - 1], r[col("status") - 1]]);
    expect(columns(read("2026-08-08"))).toEqual([
      ["10/08/2026", "Sắp đến hạn"],
      ["30/09/2026", "Trong hạn"],
      ["", "Không có thời hạn"],
      ["05/08/2026", "Hoàn thành quá hạn"],
      ["30/09/2026", "Trong hạn"],
      ["31/08/2026", "Trong hạn"],
    ]);
    expect(columns(read("2026-10-15"))).toEqual([
      ["10/08/2026", "Quá hạn"],
      ["30/09/2026", "Quá hạn"],
      ["", "Không có thời hạn"],
      ["05/08/2026", "Hoàn thành quá hạn"],
      ["31/12/2026", "Trong hạn"],
      ["31/10/2026", "Trong hạn"],
    ]);
    // The formulas say what core/followup says, day by day.
    for (const day of ["2026-08-08", "2026-10-15"])
      expect(read(day).map((r) => r[col("status") - 1])).toEqual(
        toLines(made, { today: day }).map((line) => line.cells.status),
      );
  });

  test("LibreOffice opens it: the PDF shows the Vietnamese text, the CSV conversion shows dd/mm/yyyy dates", () => {
    const text = squashedText(spreadsheetToPdfText(bytes, "xlsx"));
    for (const s of [
      "Nội dung nhiệm vụ",
      "Đơn vị chủ trì",
      "Sở Công Thương",
      "Sở Nông nghiệp và Môi trường",
      "Quá hạn",
    ])
      expect(text).toContain(s);
    const csv = convertSpreadsheet(bytes, "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76").toString("utf8");
    const data = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(data[0][0]).toBe("STT");
    const deadlines = data.slice(1).map((r) => r[col("deadline") - 1]);
    expect(deadlines).toContain("31/12/2026");
    expect(deadlines).toContain("30/07/2026");
  });

  // LibreOffice 7.4's headless CSV import ignores the BOM and reads the system's 8-bit charset, so the test names
  // UTF-8 the way a clerk picks "Unicode (UTF-8)" in the import dialog (Excel reads the BOM by itself).
  test("LibreOffice opens the CSV as UTF-8 with the Vietnamese text intact and the BOM not in the first cell", () => {
    const injected: ExportRow = {
      task: task("x", '=HYPERLINK("http://x")', { owner: "Sở Công Thương", deadline: by("2026-06-30") }),
      done: false,
      source: SOURCE,
    };
    const csv = new TextEncoder().encode(toCsv([...rows, injected], { today }));
    const utf8 = "CSV:44,34,76,1";
    const text = squashedText(spreadsheetToPdfText(csv, "csv", utf8));
    for (const s of ["Nội dung nhiệm vụ", "Sở Công Thương", "Ủy ban nhân dân các xã, phường", "Hoàn thành đúng hạn"])
      expect(text).toContain(s);
    const back = convertSpreadsheet(csv, "csv", "csv:Text - txt - csv (StarCalc):44,34,76", utf8).toString("utf8");
    const data = Papa.parse<string[]>(back, { skipEmptyLines: true }).data;
    expect(data[0][0]).toBe("STT");
    // LibreOffice keeps the neutralised cell as text, never as a formula result.
    expect(data[data.length - 1][col("text") - 1]).toBe(`'=HYPERLINK("http://x")`);
  });
});
