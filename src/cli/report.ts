/**
 * `report FILE… --as-of YYYY-MM-DD --profile P.json --out R.docx`: the progress report (báo cáo kết quả thực hiện)
 * of one or several documents, grouped by source, with the ticks, done days and notes stored in each.
 * Exit 0 when every input was read, 1 when one failed (the report still covers the others), 2 on misuse.
 */
import { progressReportDocument } from "../core/templates";
import { writeDocx } from "../ooxml";
import { asOfDay, dueSoonFlag, loadProfile, readFollowUpRows } from "./followUpInputs";
import { CliIo, parseFlags, positionals } from "./io";

const USAGE =
  "Cách dùng / usage: report <tệp.docx|thư-mục>… --profile hoso.json --out bao-cao.docx [--as-of YYYY-MM-DD] " +
  "[--due-soon N]";

export function runReport(args: string[], io: CliIo): number {
  const flags = parseFlags(args);
  const fail = (message: string, code = 2): number => {
    io.stderr(`${message}\n`);
    return code;
  };
  const inputs = positionals(args);
  if (inputs.length === 0) return fail(`Thiếu tên tệp / missing file name.\n${USAGE}`);
  const out = flags.get("out");
  if (!out || out === "true") return fail(`Thiếu --out / missing --out.\n${USAGE}`);
  const asOf = asOfDay(flags.get("as-of"), io);
  if (!asOf) return fail(`Ngày không hợp lệ / invalid date: --as-of ${flags.get("as-of")} (YYYY-MM-DD)`);
  const dueSoonDays = dueSoonFlag(flags.get("due-soon"));
  if (dueSoonDays === null) return fail(`--due-soon cần số ngày 0–60 / needs a day count 0–60.\n${USAGE}`);
  const profile = loadProfile(flags.get("profile"), io);
  if (typeof profile === "string") return fail(`${profile}\n${USAGE}`);

  const { rows, failures, documents } = readFollowUpRows(inputs, io);
  for (const failure of failures) io.stderr(`${failure}\n`);
  if (documents === 0) return 1;
  io.writeFile(out, writeDocx(progressReportDocument(rows, { profile, asOf, dueSoonDays })));
  io.stderr(`Đã ghi / written: ${out} (${rows.length} nhiệm vụ, ${documents} văn bản, tính đến ${asOf})\n`);
  return failures.length > 0 ? 1 : 0;
}
