import ExcelJS from "exceljs";
import {
  REGISTER_COLUMNS,
  REGISTER_SHEET,
  REGISTER_TITLE,
  findDocumentKind,
  readSource,
  sourceTitle,
  toRegisterXlsx,
  type ExportRow,
} from "../../src/core/export";
import { by, labelRows, task } from "./fixtures";
import { spreadsheetToPdfText, squashedText } from "./libreoffice";

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb.getWorksheet(REGISTER_SHEET)!;
}

describe("the source as running text names it", () => {
  test("tên loại from the title lines: a Thông báo of conclusions, a Kết luận, an inspection conclusion", () => {
    const lines = (...texts: string[]) => texts.map((text) => ({ text }));
    expect(findDocumentKind(lines("VĂN PHÒNG", "Số: 12/TB-VP", "THÔNG BÁO", "Kết luận của đồng chí Chủ tịch"))).toBe(
      "Thông báo kết luận",
    );
    expect(findDocumentKind(lines("THÔNG BÁO", "Lịch công tác tuần"))).toBe("Thông báo");
    expect(findDocumentKind(lines("THANH TRA TỈNH", "KẾT LUẬN", "Cuộc họp giao ban"))).toBe("Kết luận");
    expect(findDocumentKind(lines("KẾT LUẬN THANH TRA", "Về việc …"))).toBe("Kết luận thanh tra");
    expect(findDocumentKind(lines("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Kính gửi: Sở Tài chính"))).toBeNull();
    const source = readSource(lines("Số: 05/KL-TTr", "KẾT LUẬN", "Cuộc họp"), "2020-11-10", "kl.docx");
    expect(source).toEqual({ number: "05/KL-TTr", issuedDate: "2020-11-10", fileName: "kl.docx", kind: "Kết luận" });
    expect(sourceTitle(source)).toBe("Kết luận số 05/KL-TTr ngày 10/11/2020");
    expect(sourceTitle({ number: "/TB-VP", issuedDate: null, kind: "Thông báo kết luận" })).toBe(
      "Thông báo kết luận số …/TB-VP",
    );
    expect(sourceTitle({ number: null, issuedDate: null })).toBe("văn bản");
  });
});

describe("Sổ theo dõi giải quyết văn bản đến (Phụ lục IV)", () => {
  const { label, rows } = labelRows("thong-bao-ket-luan-ubnd", { number: "/TB-VP", kind: "Thông báo kết luận" });
  rows[1] = { ...rows[1], done: true, doneOn: "2026-07-15", note: "Đã có Văn bản số 88/SCT-QLCN" };
  const today = "2026-08-01";
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await toRegisterXlsx(rows, { today, agency: "VĂN PHÒNG\nUBND TỈNH LÀO CAI" });
  });

  test("the register's title, its seven columns numbered (1)…(7), one row per task", async () => {
    const sheet = await load(bytes);
    const text = (r: number, c: number) => String(sheet.getRow(r).getCell(c).value ?? "");
    expect(text(1, 1)).toBe("VĂN PHÒNG UBND TỈNH LÀO CAI");
    expect(text(2, 1)).toBe(REGISTER_TITLE);
    expect(text(3, 1)).toBe("(Tiến độ tính đến ngày 01/08/2026)");
    expect(REGISTER_COLUMNS.map((_, c) => text(5, c + 1))).toEqual([
      "Số đến",
      "Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản",
      "Đơn vị hoặc người nhận",
      "Thời hạn giải quyết",
      "Tiến độ giải quyết",
      "Số, ký hiệu văn bản trả lời",
      "Ghi chú",
    ]);
    expect(REGISTER_COLUMNS.map((_, c) => text(6, c + 1))).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]);
    expect(sheet.rowCount).toBe(6 + label.length);
    label.forEach((t, i) => {
      expect(text(7 + i, 2)).toBe(`Thông báo kết luận số …/TB-VP ngày 01/06/2026:\n${t.text}`);
      expect(text(7 + i, 3).split("\n")[0]).toBe(t.owner);
    });
    // Sở Công Thương's "trước ngày 31/12/2026" task, done on 15/07 with the clerk's note.
    expect([4, 5, 7].map((c) => text(8, c))).toEqual([
      "31/12/2026",
      "Hoàn thành đúng hạn (ngày 15/07/2026)",
      "Đã có Văn bản số 88/SCT-QLCN",
    ]);
    const overdue = label.findIndex((t) => t.deadline?.date === "2026-07-30");
    expect(text(7 + overdue, 5)).toBe("Quá hạn");
    // Số đến and the reply's number are left for the văn thư.
    expect(text(7, 1)).toBe("");
    expect(text(7, 6)).toBe("");
  });

  test("prints landscape, fitted to the page width, column titles repeated on each page", async () => {
    const sheet = await load(bytes);
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, paperSize: 9 });
    expect(sheet.pageSetup.printTitlesRow).toBe("5:6");
  });

  test("co-owners under the owner; a deadline phrase without a day kept as written", async () => {
    const made: ExportRow[] = [
      {
        task: task("a", "- Rà soát hồ sơ.", {
          owner: "Sở Tài chính",
          coOwners: ["Sở Nội vụ"],
          deadline: by("2026-06-30"),
        }),
        done: false,
        source: { number: "05/KL-TTr", issuedDate: "2026-06-01", kind: "Kết luận" },
      },
      {
        task: task("b", "Trả lời.", { deadline: { raw: "trong 05 ngày làm việc", date: null, kind: "relative" } }),
        done: false,
        source: { number: null, issuedDate: null },
      },
    ];
    const sheet = await load(await toRegisterXlsx(made, { today: "2026-06-29" }));
    const text = (r: number, c: number) => String(sheet.getRow(r).getCell(c).value ?? "");
    expect(text(7, 2)).toBe("Kết luận số 05/KL-TTr ngày 01/06/2026:\nRà soát hồ sơ.");
    expect(text(7, 3)).toBe("Sở Tài chính\nPhối hợp: Sở Nội vụ");
    expect(text(7, 5)).toBe("Sắp đến hạn");
    expect(text(8, 3)).toBe("Chưa xác định");
    expect(text(8, 4)).toBe("trong 05 ngày làm việc");
    expect(text(8, 5)).toBe("Không có thời hạn");
  });

  test("LibreOffice prints it with the Vietnamese title and columns", () => {
    const text = squashedText(spreadsheetToPdfText(bytes, "xlsx"));
    for (const s of [REGISTER_TITLE, "Tiến độ giải quyết", "Số, ký hiệu văn bản trả lời", "Sở Công Thương", "(7)"])
      expect(text).toContain(s);
  });
});
