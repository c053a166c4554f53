/** Markdown (a checklist and a table) and an HTML table for the clipboard, so a paste lands as a real table. */
import { COLUMN_KEYS, COLUMN_LABELS, toLines, type ExportLine } from "./columns";
import type { ExportOptions, ExportRow } from "./model";

/** Backslash-escapes the punctuation that would turn document text into Markdown syntax or inline HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s*[\r\n]+\s*/g, " ");
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

/** "- [ ] text — owner — dd/mm/yyyy" ("[x]" when done; the date part only when there is one). */
function checklistItem(line: ExportLine): string {
  const parts = [line.cells.text, line.cells.owner];
  if (line.cells.deadline) parts.push(line.cells.deadline);
  return `- [${line.row.done ? "x" : " "}] ${parts.map(escapeMarkdown).join(" — ")}`;
}

export function toMarkdown(rows: readonly ExportRow[], options: ExportOptions): string {
  const lines = toLines(rows, options);
  const header = COLUMN_KEYS.map((key) => COLUMN_LABELS[key]);
  const table = [
    `| ${header.join(" | ")} |`,
    `| ${header.map((_, i) => (i === 0 || i === header.length - 1 ? "---:" : "---")).join(" | ")} |`,
    ...lines.map((line) => `| ${COLUMN_KEYS.map((key) => escapeMarkdown(line.cells[key])).join(" | ")} |`),
  ];
  return [...lines.map(checklistItem), "", ...table, ""].join("\n");
}

/** A self-contained <table>; overdue rows (Quá hạn) get a light red background that Excel, Outlook and Teams keep. */
export function toHtmlTable(rows: readonly ExportRow[], options: ExportOptions): string {
  const lines = toLines(rows, options);
  const th = COLUMN_KEYS.map((key) => `<th>${escapeHtml(COLUMN_LABELS[key])}</th>`).join("");
  const body = lines.map((line) => {
    const style = line.status === "overdue" ? ' style="background:#FFC7CE"' : "";
    const tds = COLUMN_KEYS.map((key) => `<td>${escapeHtml(line.cells[key])}</td>`).join("");
    return `<tr${style}>${tds}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="4"><thead><tr>${th}</tr></thead><tbody>${body.join("")}</tbody></table>`;
}
