/**
 * `extract [--format json|csv|xlsx|ics|md] [--out FILE] [--date YYYY-MM-DD] [--] <file|dir>…`: the tasks of one
 * document, or a tracker over many (directories walked for .docx), in the lists clerks keep.
 * stdout carries the output only (text formats without --out); errors and progress go to stderr in Vietnamese
 * and English. Exit 0 when every input was read, 1 when one failed (the others are still exported), 2 on misuse.
 */
import { extractTasks, type ExtractInput, type ExtractResult } from "../core/tasks";
import { fromIso, toIso, type Clock } from "../core/dates";
import { withoutUntouchedGuidance } from "../core/templates";
import { decodeTextBytes } from "../core/text";
import { mergeChecklist, parseChecklist, type ChecklistState } from "../core/checklist";
import {
  findDocumentNumber,
  readSource,
  rowsFromChecklist,
  rowsFromTasks,
  sortRows,
  toCsv,
  toIcs,
  toMarkdown,
  toXlsx,
  withChecklist,
  type ExportRow,
} from "../core/export";
import { DocxError, DocxPackage, isWordContainer, readDocx, storedChecklistXml } from "../docx";
import { expandInputs, isSameFile, type InputsIo } from "./inputs";

export interface ExtractIo extends InputsIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): Uint8Array;
  /** "Today": the fallback issue date, and what "Quá hạn" is measured against; "now" stamps an ICS file. */
  clock: Clock;
  writeFile?(p: string, data: Uint8Array | string): void;
  /** Whether stderr is a terminal: a one-line progress bar instead of one line per file. */
  stderrIsTty?(): boolean;
}

const FORMATS = ["json", "csv", "xlsx", "ics", "md"] as const;
type Format = (typeof FORMATS)[number];

const USAGE =
  "Cách dùng / usage: extract [--format json|csv|xlsx|ics|md] [--out TỆP] [--date YYYY-MM-DD] [--] <tệp.docx|tệp.txt|thư-mục>…\n";

/** More inputs than this and the run reports its progress. */
const PROGRESS_FROM = 5;

interface Args {
  inputs: string[];
  format: Format;
  out?: string;
  date?: string;
}

function parseArgs(args: string[], io: ExtractIo): Args | number {
  const inputs: string[] = [];
  let format = "json";
  let out: string | undefined;
  let date: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => (a === `--${name}` ? args[++i] : a.slice(name.length + 3));
    // "--" ends the options: what follows are file names, even those that start with "-".
    if (a === "--") {
      inputs.push(...args.slice(i + 1));
      break;
    } else if (a === "--date" || a.startsWith("--date=")) date = value("date");
    else if (a === "--format" || a.startsWith("--format=")) format = value("format") ?? "";
    else if (a === "--out" || a.startsWith("--out=")) out = value("out");
    else if (a.startsWith("--")) {
      io.stderr(`Tùy chọn không hợp lệ / unknown option: ${a}\n${USAGE}`);
      return 2;
    } else inputs.push(a);
  }
  if (inputs.length === 0) {
    io.stderr(`Thiếu tên tệp / missing file name.\n${USAGE}`);
    return 2;
  }
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.stderr(`Định dạng không hỗ trợ / unsupported format: ${format} (chỉ có / only: ${FORMATS.join(", ")})\n`);
    return 2;
  }
  if (date !== undefined && !fromIso(date)) {
    io.stderr(`Ngày không hợp lệ / invalid date: ${date} (cần / expected YYYY-MM-DD)\n`);
    return 2;
  }
  if (out === "") {
    io.stderr(`Thiếu tên tệp sau --out / missing file name after --out.\n${USAGE}`);
    return 2;
  }
  if (format === "xlsx" && out === undefined) {
    io.stderr("Định dạng xlsx cần --out TỆP.xlsx / the xlsx format needs --out FILE.xlsx (it is not text).\n");
    return 2;
  }
  if (out !== undefined && !io.writeFile) {
    io.stderr("Không ghi được tệp / cannot write files here.\n");
    return 2;
  }
  return { inputs, format: format as Format, out, date };
}

/** A .txt is one paragraph per line. */
const textInput = (text: string): ExtractInput => ({
  paragraphs: text.split(/\r\n|\r|\n/).map((line) => ({ text: line })),
});

const CHECKLIST_IGNORED =
  "Bỏ qua danh sách theo dõi lưu trong văn bản (nhiệm vụ xuất ra chưa đánh dấu) / stored checklist ignored (tasks exported unticked):";

/**
 * The clerk's checklist as the add-in stored it in the .docx. A part that cannot be read does not stop the export:
 * the tasks come out unticked, and the warning says why.
 */
function readStoredChecklist(pkg: DocxPackage): { state: ChecklistState | null; warning?: string } {
  let stored: string[];
  try {
    stored = storedChecklistXml(pkg);
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    return { state: null, warning: `${CHECKLIST_IGNORED} ${e.message}` };
  }
  let problem: string | undefined;
  for (const xml of stored) {
    const parsed = parseChecklist(xml);
    if (parsed.ok) return { state: parsed.state, warning: parsed.dropped?.message };
    problem ??= parsed.message;
  }
  return { state: null, warning: problem && `${CHECKLIST_IGNORED} ${problem}` };
}

export interface ReadDocument {
  file: string;
  input: ExtractInput;
  result: ExtractResult;
  checklist: ChecklistState | null;
  /** What the clerk should know about reading this file (a stored checklist ignored), for stderr. */
  notes: string[];
}

/**
 * One input read and extracted, or the reason it could not be (Vietnamese / English), naming the file. Whatever
 * goes wrong with one file, even what nobody foresaw, stays that file's failure: a tracker still writes the rest.
 */
export function readDocument(file: string, io: ExtractIo, date: string | undefined): ReadDocument | { error: string } {
  try {
    return readOne(file, io, date);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      error: `${file}: Không đọc được tệp (lỗi không lường trước) / could not read the file (unexpected error): ${reason}`,
    };
  }
}

function readOne(file: string, io: ExtractIo, date: string | undefined): ReadDocument | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch {
    return { error: `Không tìm thấy hoặc không đọc được tệp / file not found or unreadable: ${file}` };
  }
  let input: ExtractInput;
  let checklist: ReturnType<typeof readStoredChecklist> = { state: null };
  const notes: string[] = [];
  // Word's own formats by name or by content: a .doc or an .rtf gets "save it as .docx", not a text decoding error.
  const docx = /\.(docx|docm|doc|rtf)$/i.test(file) || isWordContainer(bytes);
  try {
    if (docx) {
      const pkg = DocxPackage.open(bytes);
      input = readDocx(pkg);
      checklist = readStoredChecklist(pkg);
    } else {
      const decoded = decodeTextBytes(bytes);
      if (!decoded.ok) return { error: `${file}: ${decoded.message}` };
      if (decoded.warning) notes.push(decoded.warning);
      input = textInput(decoded.text);
    }
  } catch (e) {
    if (e instanceof DocxError) return { error: `${file}: ${e.message}` };
    throw e;
  }
  if (!input.paragraphs.some((p) => p.text.trim() !== "")) {
    return { error: `${file}: Tài liệu trống. / The document is empty.` };
  }
  input = withoutUntouchedGuidance(input);
  const result = extractTasks(input, {
    fallbackDate: date ?? toIso(io.clock.today()),
    fallbackSource: date ? "option" : "today",
  });
  if (checklist.warning) notes.push(checklist.warning);
  return { file, input, result, checklist: checklist.state, notes };
}

export const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

function progressReporter(io: ExtractIo, total: number): (done: number, file: string) => void {
  if (total <= PROGRESS_FROM) return () => undefined;
  if (!io.stderrIsTty?.()) return (done, file) => io.stderr(`${done}/${total} ${file}\n`);
  const width = 24;
  return (done, file) => {
    const filled = Math.round((done / total) * width);
    const name = baseName(file);
    const label = name.length > 40 ? `${name.slice(0, 39)}…` : name;
    io.stderr(`\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${label.padEnd(40)}`);
    if (done === total) io.stderr("\n");
  };
}

export function exportRows(doc: ReadDocument, fileName: string): ExportRow[] {
  const source = readSource(doc.input.paragraphs, doc.result.issuedDate, fileName);
  return doc.checklist
    ? rowsFromChecklist(mergeChecklist(doc.result.tasks, doc.checklist), source)
    : rowsFromTasks(doc.result.tasks, source);
}

async function render(docs: ReadDocument[], args: Args, io: ExtractIo): Promise<string | Uint8Array> {
  const single = docs.length === 1;
  if (args.format === "json") {
    const asOf = { today: toIso(io.clock.today()) };
    const json = (doc: ReadDocument) => (doc.checklist ? withChecklist(doc.result, doc.checklist, asOf) : doc.result);
    // One document: exactly the spec's JSON (with "checklist" only when the document stores one).
    if (single) return JSON.stringify(json(docs[0]), null, 2) + "\n";
    const all = docs.map((doc) => ({ file: doc.file, number: findDocumentNumber(doc.input.paragraphs), ...json(doc) }));
    return JSON.stringify(all, null, 2) + "\n";
  }
  const today = toIso(io.clock.today());
  // A tracker over many documents is read by deadline; one document as it reads.
  const rows = sortRows(
    docs.flatMap((doc) => exportRows(doc, single ? baseName(doc.file) : doc.file)),
    single ? "document" : "deadline",
    today,
  );
  switch (args.format) {
    case "csv":
      return toCsv(rows, { today });
    case "md":
      return toMarkdown(rows, { today });
    case "ics":
      return toIcs(rows, { stamp: io.clock.now() });
    case "xlsx":
      return toXlsx(rows, { today, summary: true });
  }
}

export async function runExtract(args: string[], io: ExtractIo): Promise<number> {
  const parsed = parseArgs(args, io);
  if (typeof parsed === "number") return parsed;

  const failures: string[] = [];
  const files = expandInputs(parsed.inputs, io, failures);
  const out = parsed.out;
  const clobbered = out === undefined ? undefined : files.find((file) => isSameFile(file, out, io));
  if (clobbered !== undefined) {
    io.stderr(
      `--out ${out} là một tệp đầu vào (${clobbered}), không ghi đè / is an input (${clobbered}), not overwritten.\n`,
    );
    return 2;
  }
  const progress = progressReporter(io, files.length);
  const docs: ReadDocument[] = [];
  files.forEach((file, i) => {
    const doc = readDocument(file, io, parsed.date);
    if ("error" in doc) failures.push(doc.error);
    else docs.push(doc);
    progress(i + 1, file);
  });
  for (const failure of failures) io.stderr(`${failure}\n`);
  for (const doc of docs) for (const note of doc.notes) io.stderr(`${doc.file}: ${note}\n`);
  if (docs.length === 0) return 1;
  // The warnings travel inside the JSON; the other formats have no place for them.
  if (parsed.format !== "json")
    for (const doc of docs) for (const w of doc.result.warnings) io.stderr(`${doc.file}: ${w.message}\n`);

  const output = await render(docs, parsed, io);
  if (parsed.out !== undefined) io.writeFile!(parsed.out, output);
  else io.stdout(typeof output === "string" ? output : new TextDecoder().decode(output));
  return failures.length > 0 ? 1 : 0;
}
