import ExcelJS from "exceljs";
import Papa from "papaparse";
import { strFromU8, unzipSync } from "fflate";
import {
  COLUMN_KEYS,
  COLUMN_LABELS,
  DATE_FORMAT,
  OVERDUE_FILL,
  SUMMARY_SHEET,
  TASKS_SHEET,
  TASKS_TABLE,
  toCsv,
  toXlsx,
  type ExportRow,
} from "../../src/core/export";
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
      const { value, numFmt } = at(i + 2, col("deadline"));
      if (t.deadline?.date) {
        expect(value).toBeInstanceOf(Date);
        expect((value as Date).toISOString().slice(0, 10)).toBe(t.deadline.date);
        expect(numFmt).toBe(DATE_FORMAT);
      } else expect(value ?? "").toBe("");
      expect(at(i + 2, col("paragraph")).value).toBe(11 + i);
    });
    expect(sheet.getRow(2).getCell(col("status")).value).toBe("Đã xong");
  });

  test("the header row is frozen and the tasks are an Excel table covering every row", async () => {
    const sheet = (await load(bytes)).getWorksheet(TASKS_SHEET)!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // The table as Excel (and Microsoft Lists) reads it, straight from the package.
    const files = unzipSync(bytes);
    const tableXml = strFromU8(files["xl/tables/table1.xml"]);
    expect(tableXml).toContain(`name="${TASKS_TABLE}"`);
    expect(tableXml).toContain(`ref="A1:J${label.length + 1}"`);
    for (const k of COLUMN_KEYS) expect(tableXml).toContain(`name="${COLUMN_LABELS[k]}"`);
    expect(sheet.getColumn(col("text")).width).toBeGreaterThan(sheet.getColumn(col("stt")).width!);
  });

  test("overdue rows have the light red fill, the others none", async () => {
    const sheet = (await load(bytes)).getWorksheet(TASKS_SHEET)!;
    const i = label.findIndex((t) => t.deadline?.date === "2026-07-30");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(sheet.getRow(i + 2).getCell(col("status")).value).toBe("Quá hạn");
    for (const c of [col("stt"), col("text"), col("paragraph")])
      expect(sheet.getRow(i + 2).getCell(c).fill).toMatchObject({
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: OVERDUE_FILL },
      });
    const later = label.findIndex((t) => t.deadline?.date === "2026-12-31");
    expect(sheet.getRow(later + 2).getCell(col("status")).value).toBe("Chưa xong");
    const fill = sheet.getRow(later + 2).getCell(col("text")).fill;
    expect(fill?.type === "pattern" ? fill.pattern : "none").not.toBe("solid");
  });

  test("the Tổng hợp sheet counts per owner", async () => {
    const sheet = (await load(bytes)).getWorksheet(SUMMARY_SHEET)!;
    const values = (n: number) => [1, 2, 3, 4, 5].map((c) => sheet.getRow(n).getCell(c).value);
    expect(values(1)).toEqual(["Đơn vị chủ trì", "Chưa xong", "Quá hạn", "Đã xong", "Tổng số"]);
    const byOwner = new Map<string, unknown[]>();
    for (let n = 2; n <= sheet.rowCount; n++) byOwner.set(String(values(n)[0]), values(n).slice(1));
    const sct = label.filter((t) => t.owner === "Sở Công Thương").length;
    // Row 0 (Sở Công Thương) is ticked; none of its deadlines is past on 01/08/2026 (the quarterly one recurs).
    expect(byOwner.get("Sở Công Thương")).toEqual([sct - 1, 0, 1, sct]);
    expect(byOwner.get("Ủy ban nhân dân các xã, phường có cụm công nghiệp")).toEqual([0, 1, 0, 1]);
    const totals = [...byOwner.values()].reduce((s, v) => s + (v[3] as number), 0);
    expect(totals).toBe(label.length);
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
    for (const s of ["Nội dung nhiệm vụ", "Sở Công Thương", "Ủy ban nhân dân các xã, phường", "Đã xong"])
      expect(text).toContain(s);
    const back = convertSpreadsheet(csv, "csv", "csv:Text - txt - csv (StarCalc):44,34,76", utf8).toString("utf8");
    const data = Papa.parse<string[]>(back, { skipEmptyLines: true }).data;
    expect(data[0][0]).toBe("STT");
    // LibreOffice keeps the neutralised cell as text, never as a formula result.
    expect(data[data.length - 1][col("text") - 1]).toBe(`'=HYPERLINK("http://x")`);
  });
});
