/**
 * The checklist as stored inside the document: a small XML part (custom XML where Word has
 * WordApi 1.4, the document's settings otherwise) whose namespace marks it as ours and whose
 * version says how to read it. Older versions are migrated; anything unreadable is reported, not guessed.
 */
import type { Task } from "../tasks";
import { CHECKLIST_SCHEMA_VERSION, ChecklistEntry, ChecklistState } from "./state";
import { droppedMessage, readEntry, readManualTask, type Dropped } from "./validate";

export const CHECKLIST_NAMESPACE = "urn:soan-thao-ket-luan:checklist";

export type ParsedChecklist =
  | {
      ok: true;
      state: ChecklistState;
      migratedFrom?: number;
      /** Entries or fields of the wrong shape that were dropped, and what to tell the clerk. */
      dropped?: { paths: Dropped; message: string };
    }
  | { ok: false; reason: "foreign" | "corrupt" | "newer"; message: string };

/** `]]>` cannot appear inside CDATA: split it across two sections. */
const cdata = (text: string): string => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

export function serializeChecklist(state: ChecklistState): string {
  const json = JSON.stringify({ ...state, schemaVersion: CHECKLIST_SCHEMA_VERSION });
  return `<checklist xmlns="${CHECKLIST_NAMESPACE}" version="${CHECKLIST_SCHEMA_VERSION}">${cdata(json)}</checklist>`;
}

const corrupt = (detail: string): ParsedChecklist => ({
  ok: false,
  reason: "corrupt",
  message: `Dữ liệu theo dõi nhiệm vụ trong văn bản bị hỏng (${detail}); bỏ qua và giữ nguyên, không ghi đè.`,
});

/** Version 1 stored only the ticks: { version: 1, done: [ids…], texts: { id: text } }. */
function fromVersion1(data: { done?: unknown; texts?: unknown }): ChecklistState {
  const texts = (typeof data.texts === "object" && data.texts) || {};
  const entries: Record<string, ChecklistEntry> = {};
  for (const [id, text] of Object.entries(texts as Record<string, unknown>))
    entries[id] = { text: String(text), done: false };
  if (Array.isArray(data.done))
    for (const id of data.done) entries[String(id)] = { text: entries[String(id)]?.text ?? "", done: true };
  return { schemaVersion: CHECKLIST_SCHEMA_VERSION, entries, manual: [] };
}

/**
 * What lies between the first "<![CDATA[" and the last "]]>", when only "</checklist>" follows. Found with
 * indexOf, in linear time: a regular expression for it backtracks quadratically on a part of a megabyte of
 * "<![CDATA[" (over a minute, with the pane frozen).
 */
function cdataBody(xml: string): string | null {
  const open = xml.indexOf("<![CDATA[");
  const close = xml.lastIndexOf("]]>");
  if (open < 0 || close < open + 9) return null;
  return /^\s*<\/checklist>\s*$/.test(xml.slice(close + 3)) ? xml.slice(open + 9, close) : null;
}

export function parseChecklist(xml: string): ParsedChecklist {
  if (!xml.includes(CHECKLIST_NAMESPACE)) {
    return { ok: false, reason: "foreign", message: "Phần dữ liệu này không phải của Soạn thảo Kết luận." };
  }
  const body = cdataBody(xml);
  if (body === null) return corrupt("không đọc được nội dung");
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(body.replace(/]]]]><!\[CDATA\[>/g, "]]>")) as Record<string, unknown>;
  } catch {
    return corrupt("JSON không hợp lệ");
  }
  const version = Number(data.schemaVersion ?? data.version);
  if (version === 1) return { ok: true, state: fromVersion1(data), migratedFrom: 1 };
  if (version > CHECKLIST_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: "newer",
      message: "Văn bản được lưu bằng phiên bản mới hơn của phần bổ trợ; hãy cập nhật để xem danh sách nhiệm vụ.",
    };
  }
  if (version !== CHECKLIST_SCHEMA_VERSION || typeof data.entries !== "object" || data.entries === null) {
    return corrupt(`phiên bản ${String(data.schemaVersion ?? "?")}`);
  }
  const dropped: Dropped = [];
  const entries: Record<string, ChecklistEntry> = {};
  for (const [id, value] of Object.entries(data.entries as Record<string, unknown>)) {
    // As a key, "__proto__" would replace the object's prototype instead of adding an entry.
    const entry = id === "__proto__" ? void dropped.push(`entries.${id}`) : readEntry(value, `entries.${id}`, dropped);
    if (entry) entries[id] = entry;
  }
  const manual: Task[] = [];
  if (data.manual !== undefined && !Array.isArray(data.manual)) dropped.push("manual");
  (Array.isArray(data.manual) ? data.manual : []).forEach((value: unknown, i) => {
    const task = readManualTask(value, `manual[${i}]`, dropped);
    // Two hand-added tasks with one id would be ticked and removed together.
    if (task && manual.some((m) => m.id === task.id)) dropped.push(`manual[${i}]`);
    else if (task) manual.push(task);
  });
  const table = data.trackingTable as ChecklistState["trackingTable"];
  const state: ChecklistState = {
    schemaVersion: CHECKLIST_SCHEMA_VERSION,
    entries,
    manual,
    ...(typeof table?.signature === "string" ? { trackingTable: { signature: table.signature } } : {}),
  };
  return dropped.length
    ? { ok: true, state, dropped: { paths: dropped, message: droppedMessage(dropped) } }
    : { ok: true, state };
}
