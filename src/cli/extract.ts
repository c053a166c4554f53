/**
 * `extract <file.docx|file.txt> [--date YYYY-MM-DD] [--format json]`: prints the tasks of a document as the spec's JSON.
 * stdout carries the JSON only; errors go to stderr in Vietnamese and English, with a non-zero exit code.
 */
import { extractTasks, ExtractInput } from "../core/tasks";
import { fromIso } from "../core/dates";
import { readDocx, DocxError } from "../docx";

export interface ExtractIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): Uint8Array;
  /** Today as YYYY-MM-DD. */
  today(): string;
}

const USAGE = "Cách dùng / usage: extract <tệp.docx|tệp.txt> [--date YYYY-MM-DD] [--format json]\n";

function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b;
}

/** A .txt is one paragraph per line (UTF-8, BOM allowed; UTF-16 with BOM too). */
function readText(bytes: Uint8Array): ExtractInput {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  return { paragraphs: text.split(/\r\n|\r|\n/).map((line) => ({ text: line })) };
}

export function runExtract(args: string[], io: ExtractIo): number {
  let file: string | undefined;
  let date: string | undefined;
  let format = "json";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--date") date = args[++i];
    else if (a.startsWith("--date=")) date = a.slice(7);
    else if (a === "--format") format = args[++i] ?? "";
    else if (a.startsWith("--format=")) format = a.slice(9);
    else if (a.startsWith("--")) {
      io.stderr(`Tùy chọn không hợp lệ / unknown option: ${a}\n${USAGE}`);
      return 2;
    } else if (!file) file = a;
    else {
      io.stderr(`Thừa tham số / unexpected argument: ${a}\n${USAGE}`);
      return 2;
    }
  }
  if (!file) {
    io.stderr(`Thiếu tên tệp / missing file name.\n${USAGE}`);
    return 2;
  }
  if (format !== "json") {
    io.stderr(`Định dạng không hỗ trợ / unsupported format: ${format} (chỉ có / only: json)\n`);
    return 2;
  }
  if (date !== undefined && !fromIso(date)) {
    io.stderr(`Ngày không hợp lệ / invalid date: ${date} (cần / expected YYYY-MM-DD)\n`);
    return 2;
  }

  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch {
    io.stderr(`Không tìm thấy hoặc không đọc được tệp / file not found or unreadable: ${file}\n`);
    return 1;
  }

  let input: ExtractInput;
  try {
    if (/\.docx$/i.test(file) || isZip(bytes)) input = readDocx(bytes);
    else input = readText(bytes);
  } catch (e) {
    if (e instanceof DocxError) {
      io.stderr(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (!input.paragraphs.some((p) => p.text.trim() !== "")) {
    io.stderr("Tài liệu trống. / The document is empty.\n");
    return 1;
  }

  const result = extractTasks(input, {
    fallbackDate: date ?? io.today(),
    fallbackSource: date ? "option" : "today",
  });
  io.stdout(JSON.stringify(result, null, 2) + "\n");
  return 0;
}
