/**
 * `remind FILE… --as-of YYYY-MM-DD --profile P.json --out DIR`: one công văn đôn đốc (.docx) per owner with tasks
 * overdue or due soon, named after the owner (safe on Windows). Tasks nobody owns are listed on stderr: a letter
 * needs somebody to go to. Exit 0 when every input was read (even with nothing to chase), 1 when one failed, 2 on
 * misuse.
 */
import { fromIso } from "../core/dates";
import { reminderLetters } from "../core/templates";
import { stripListMark } from "../core/export";
import { writeDocx } from "../ooxml";
import { followUpArgs, readFollowUpRows } from "./followUpInputs";
import { CliIo } from "./io";

const USAGE =
  "Cách dùng / usage: remind <tệp.docx|thư-mục>… --profile hoso.json --out thu-muc [--as-of YYYY-MM-DD] " +
  "[--due-soon N] [--reply-by YYYY-MM-DD]";

export function runRemind(args: string[], io: CliIo): number {
  const parsed = followUpArgs(args, io, USAGE, "THƯ-MỤC / missing --out DIR");
  if (typeof parsed === "number") return parsed;
  const { out, asOf, dueSoonDays, profile } = parsed;
  const fail = (message: string): number => {
    io.stderr(`${message}\n`);
    return 2;
  };
  if (io.isDirectory && !io.isDirectory(out) && !io.makeDirectory)
    return fail(`Không có thư mục / no such directory: ${out}`);
  const replyBy = parsed.flags.get("reply-by");
  if (replyBy !== undefined && (!fromIso(replyBy) || replyBy < asOf))
    return fail(`--reply-by cần một ngày từ --as-of trở đi / needs a day on or after --as-of: ${replyBy}`);

  const { rows, failures, documents } = readFollowUpRows(parsed.inputs, io);
  for (const failure of failures) io.stderr(`${failure}\n`);
  if (documents === 0) return 1;
  const date = io.clock.today();
  const { letters, unowned } = reminderLetters(rows, { profile, asOf, dueSoonDays, date, ...(replyBy && { replyBy }) });
  for (const row of unowned)
    io.stderr(
      `Chưa xác định chủ trì, không có công văn / no owner, no letter: ${stripListMark(row.task.text).slice(0, 80)}\n`,
    );
  if (letters.length === 0) {
    io.stderr(`Không có nhiệm vụ quá hạn hoặc sắp đến hạn tính đến ${asOf} / nothing overdue or due soon.\n`);
    return failures.length > 0 ? 1 : 0;
  }
  io.makeDirectory?.(out);
  const dir = out.replace(/[\\/]+$/, "");
  for (const letter of letters) {
    const path = `${dir}/${letter.fileStem}.docx`;
    io.writeFile(path, writeDocx(letter.model));
    io.stderr(`Đã ghi / written: ${path} (${letter.rows.length} nhiệm vụ)\n`);
  }
  return failures.length > 0 ? 1 : 0;
}
