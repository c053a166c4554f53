/**
 * The export actions of the "Nhiệm vụ" tab. Loaded on demand (dynamic import) so that the export
 * libraries never weigh on the pane's first load.
 */
import { ChecklistState } from "../../../core/checklist";
import { ExportRow, toCsv, toHtmlTable, toIcs, toJson, toMarkdown, toRegisterXlsx, toXlsx } from "../../../core/export";
import { ExtractResult } from "../../../core/tasks";

/** "register": Sổ theo dõi giải quyết văn bản đến (Decree 30 Appendix IV), as .xlsx. */
export type ExportFormat = "xlsx" | "csv" | "ics" | "json" | "register";

export interface ExportInput {
  rows: ExportRow[];
  scan: ExtractResult | null;
  state: ChecklistState;
  /** ISO day; decides "Quá hạn". */
  today: string;
  /** ISO date-time for the calendar's DTSTAMP. */
  now: string;
  /** A name for the files: the document's number and issue date (exportBaseName). */
  baseName: string;
  /** Cài đặt: "due soon" within this many days, and the calendar's alarm days. */
  dueSoonDays?: number;
  alarmDays?: number[];
  /** The agency keeping the register (the profile's issuing agency), when there is a profile. */
  agency?: string;
}

export interface ExportFile {
  fileName: string;
  blob: Blob;
  /** How many tasks went in (the calendar leaves out tasks without a due day). */
  count: number;
}

const TYPES: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
  ics: "text/calendar;charset=utf-8",
  json: "application/json;charset=utf-8",
  register: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export async function exportFile(format: ExportFormat, input: ExportInput): Promise<ExportFile> {
  const options = { today: input.today, dueSoonDays: input.dueSoonDays };
  const fileName =
    format === "register" ? `so-theo-doi-${input.baseName}.xlsx` : `nhiem-vu-${input.baseName}.${format}`;
  const blob = (data: BlobPart) => new Blob([data], { type: TYPES[format] });
  switch (format) {
    case "xlsx":
      return {
        fileName,
        blob: blob((await toXlsx(input.rows, { ...options, summary: true })) as Uint8Array<ArrayBuffer>),
        count: input.rows.length,
      };
    case "csv":
      return { fileName, blob: blob(toCsv(input.rows, options)), count: input.rows.length };
    case "ics":
      return {
        fileName,
        blob: blob(await toIcs(input.rows, { stamp: input.now, alarmDays: input.alarmDays })),
        count: input.rows.filter((r) => r.task.deadline?.date).length,
      };
    case "register":
      return {
        fileName,
        blob: blob((await toRegisterXlsx(input.rows, { ...options, agency: input.agency })) as Uint8Array<ArrayBuffer>),
        count: input.rows.length,
      };
    case "json": {
      const result = input.scan ?? { issuedDate: null, tasks: [], warnings: [] };
      return { fileName, blob: blob(toJson(result, input.state, options)), count: input.rows.length };
    }
  }
}

/**
 * Puts the list on the clipboard as a real table (HTML, for Excel, Outlook and Teams) and as a Markdown
 * checklist (plain text). Uses the copy event, which works in Office webviews that block the async clipboard.
 */
export function copyToClipboard(input: ExportInput): boolean {
  const options = { today: input.today, dueSoonDays: input.dueSoonDays };
  const html = toHtmlTable(input.rows, options);
  const text = toMarkdown(input.rows, options);
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/html", html);
    event.clipboardData.setData("text/plain", text);
    event.preventDefault();
    written = true;
  };
  document.addEventListener("copy", onCopy);
  try {
    document.execCommand("copy");
  } catch {
    written = false; // no clipboard in this host: the caller offers a file instead
  } finally {
    document.removeEventListener("copy", onCopy);
  }
  return written;
}
