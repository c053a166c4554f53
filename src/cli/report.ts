/**
 * `report FILE… --as-of YYYY-MM-DD --profile P.json --out R.docx`: the progress report (báo cáo kết quả thực hiện)
 * of one or several documents, grouped by source, with the ticks, done days and notes stored in each.
 * Exit 0 when every input was read, 1 when one failed (the report still covers the others), 2 on misuse.
 */
import { progressReportDocument } from "../core/templates";
import { writeDocx } from "../ooxml";
import { followUpArgs, readFollowUpRows } from "./followUpInputs";
import { CliIo } from "./io";

const USAGE =
  "Cách dùng / usage: report <tệp.docx|thư-mục>… --profile hoso.json --out bao-cao.docx [--as-of YYYY-MM-DD] " +
  "[--due-soon N]";

export function runReport(args: string[], io: CliIo): number {
  const parsed = followUpArgs(args, io, USAGE, "/ missing --out");
  if (typeof parsed === "number") return parsed;
  const { out, asOf, dueSoonDays, profile } = parsed;

  const { rows, failures, documents } = readFollowUpRows(parsed.inputs, io);
  for (const failure of failures) io.stderr(`${failure}\n`);
  if (documents === 0) return 1;
  // Dated the day it is written; the figures are as of --as-of.
  const date = io.clock.today();
  io.writeFile(out, writeDocx(progressReportDocument(rows, { profile, asOf, dueSoonDays, date })));
  io.stderr(`Đã ghi / written: ${out} (${rows.length} nhiệm vụ, ${documents} văn bản, tính đến ${asOf})\n`);
  return failures.length > 0 ? 1 : 0;
}
