/**
 * The checklist as stored inside the document: a small XML part (custom XML where Word has
 * WordApi 1.4, the document's settings otherwise) whose namespace marks it as ours and whose
 * version says how to read it. Older versions are migrated; anything unreadable is reported, not guessed.
 */
import { CHECKLIST_SCHEMA_VERSION, ChecklistEntry, ChecklistState } from "./state";

export const CHECKLIST_NAMESPACE = "urn:soan-thao-ket-luan:checklist";

export type ParsedChecklist =
  | { ok: true; state: ChecklistState; migratedFrom?: number }
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

function isEntry(value: unknown): value is ChecklistEntry {
  const v = value as ChecklistEntry;
  return typeof v === "object" && v !== null && typeof v.text === "string" && typeof v.done === "boolean";
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
  const entries = Object.fromEntries(
    Object.entries(data.entries as Record<string, unknown>).filter(([, e]) => isEntry(e)),
  );
  const manual = Array.isArray(data.manual) ? (data.manual as ChecklistState["manual"]) : [];
  return {
    ok: true,
    state: { schemaVersion: CHECKLIST_SCHEMA_VERSION, entries: entries as Record<string, ChecklistEntry>, manual },
  };
}
