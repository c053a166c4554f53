/**
 * `check FILE.docx… [--format json|md] [--fix --out FIXED.docx]`: the Decree 30 check ("Kiểm tra thể thức").
 * stdout carries one report for every file; errors go to stderr. Exit 0 when every file was read (findings or not),
 * 2 when a file could not be read or the command was misused.
 */
import type { Finding } from "../core/check";
import { DocxError, checkDocx, fixDocx } from "../docx";
import type { CliIo } from "./io";

const USAGE =
  "Cách dùng / usage: check <tệp.docx>… [--format json|md] [--fix --out TỆP-ĐÃ-SỬA.docx]\n" +
  "  --fix sửa các lỗi sửa được an toàn (một tệp) / applies the safe fixes (one file)\n";

const FORMATS = ["json", "md"] as const;
type Format = (typeof FORMATS)[number];

interface Args {
  files: string[];
  format: Format;
  fix: boolean;
  out?: string;
}

function parseArgs(args: string[]): Args | string {
  const files: string[] = [];
  let format = "json";
  let fix = false;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--format") format = args[++i] ?? "";
    else if (a.startsWith("--format=")) format = a.slice(9);
    else if (a === "--out") out = args[++i];
    else if (a.startsWith("--out=")) out = a.slice(6);
    else if (a === "--fix") fix = true;
    else if (a.startsWith("--")) return `Tùy chọn không hợp lệ / unknown option: ${a}`;
    else files.push(a);
  }
  if (!files.length) return "Thiếu tên tệp / missing file name.";
  if (!(FORMATS as readonly string[]).includes(format))
    return `Định dạng không hỗ trợ / unsupported format: ${format} (json, md)`;
  if (fix && (!out || files.length !== 1))
    return "--fix cần đúng một tệp và --out / --fix needs exactly one file and --out.";
  if (out && !fix) return "--out chỉ dùng với --fix / --out goes with --fix.";
  return { files, format: format as Format, fix, out };
}

export interface FileReport {
  file: string;
  findings: Finding[];
}

/** The JSON the issue names: {"findings":[{rule, severity, message, messageEn, where, fixable}]}, plus file and clause. */
export function toJson(reports: FileReport[]): string {
  const findings = reports.flatMap((r) =>
    r.findings.map((f) => ({
      file: r.file,
      rule: f.rule,
      severity: f.severity,
      area: f.area,
      clause: f.clause,
      message: f.message,
      messageEn: f.messageEn,
      where: f.where,
      fixable: f.fixable,
      ...(f.fix && { fix: f.fix.description, fixEn: f.fix.descriptionEn }),
    })),
  );
  return `${JSON.stringify({ findings }, null, 2)}\n`;
}

const AREA_TITLES: Record<Finding["area"], string> = {
  document: "Văn bản",
  page: "Trang",
  font: "Phông chữ",
  header: "Tiêu đề (Quốc hiệu, cơ quan, số, ngày)",
  title: "Tên loại, trích yếu",
  body: "Nội dung",
  signature: "Chữ ký",
  recipients: "Nơi nhận",
};

/** Where a finding is, as the clerk names the places of a document. */
const BLOCK_TITLES: Record<Finding["where"]["block"], string> = {
  document: "văn bản",
  page: "trang",
  "page-number": "số trang",
  "national-title": "Quốc hiệu",
  motto: "Tiêu ngữ",
  "parent-agency": "cơ quan chủ quản",
  "issuing-agency": "cơ quan ban hành",
  number: "số, ký hiệu",
  "place-date": "địa danh, ngày tháng",
  "document-type": "tên loại",
  subject: "trích yếu",
  "official-letter-subject": "trích yếu công văn",
  addressees: "Kính gửi",
  body: "nội dung",
  closing: "kết thúc",
  signature: "chữ ký",
  recipients: "Nơi nhận",
  archive: "Lưu",
  drafter: "người soạn thảo",
};
const PART_TITLES = { body: "", header: "đầu trang, ", footer: "chân trang, " } as const;

function placeOf(where: Finding["where"]): string {
  const part = PART_TITLES[where.part];
  const at =
    where.paragraph !== undefined ? `${part}đoạn ${where.paragraph + 1}` : `${part}${BLOCK_TITLES[where.block]}`;
  return where.excerpt ? `${at}: “${cell(where.excerpt.slice(0, 40))}”` : at;
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function toMarkdown(reports: FileReport[]): string {
  const lines: string[] = ["# Kiểm tra thể thức (Nghị định 30/2020/NĐ-CP)", ""];
  for (const r of reports) {
    const errors = r.findings.filter((f) => f.severity === "error").length;
    lines.push(`## ${r.file}`, "", `${errors} lỗi, ${r.findings.length - errors} cảnh báo.`, "");
    for (const area of Object.keys(AREA_TITLES) as Array<Finding["area"]>) {
      const list = r.findings.filter((f) => f.area === area);
      if (!list.length) continue;
      lines.push(
        `### ${AREA_TITLES[area]}`,
        "",
        "| Mức | Quy tắc | Nội dung | Vị trí | Sửa an toàn |",
        "|---|---|---|---|---|",
      );
      for (const f of list) {
        lines.push(
          `| ${f.severity === "error" ? "Lỗi" : "Cảnh báo"} | ${f.rule} | ${cell(f.message)} | ${placeOf(f.where)} | ${f.fix ? cell(f.fix.description) : "—"} |`,
        );
      }
      lines.push("");
    }
  }
  return `${lines.join("\n")}\n`;
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: "không tìm thấy tệp / file not found",
  EISDIR: "đây là thư mục, không phải tệp / a folder, not a file",
  EACCES: "không có quyền đọc tệp / permission denied",
};

function readError(file: string, error: unknown): string {
  if (error instanceof DocxError) return `${file}: ${error.message}`;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && FS_ERRORS[code]) return `${file}: ${FS_ERRORS[code]}`;
  const detail = error instanceof Error ? error.message : String(error);
  return `${file}: không đọc được / cannot read: ${detail}`;
}

export function runCheck(args: string[], io: CliIo): number {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    io.stderr(`${parsed}\n${USAGE}`);
    return 2;
  }
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const file of parsed.files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (error) {
      io.stderr(`${readError(file, error)}\n`);
      unreadable = true;
      continue;
    }
    try {
      if (parsed.fix && parsed.out) {
        const outcome = fixDocx(bytes);
        reports.push({ file, findings: outcome.after.findings });
        if (outcome.after.auditOnly) io.stderr(`${file}: văn bản đã ký số, không sửa / digitally signed, not fixed.\n`);
        else {
          io.writeFile(parsed.out, outcome.bytes);
          io.stderr(
            `Đã sửa ${outcome.applied.length} mục, ghi / fixed ${outcome.applied.length} findings, written: ${parsed.out}\n`,
          );
        }
        for (const f of outcome.failed) io.stderr(`Không sửa được / could not fix ${f.finding.rule}: ${f.reason}\n`);
      } else reports.push({ file, findings: checkDocx(bytes).report.findings });
    } catch (error) {
      io.stderr(`${readError(file, error)}\n`);
      unreadable = true;
    }
  }
  io.stdout(parsed.format === "md" ? toMarkdown(reports) : toJson(reports));
  return unreadable ? 2 : 0;
}
