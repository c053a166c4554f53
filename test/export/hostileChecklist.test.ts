/**
 * A stored checklist of the wrong shape (issue 14): what cannot be read is dropped with a warning, the rest is
 * kept, and no export fails on it. And a stored checklist adds no rows of its own to an export: only the tasks
 * of this scan and the clerk's hand-added ones are exported.
 */
import { CHECKLIST_NAMESPACE, mergeChecklist, parseChecklist, type ChecklistState } from "../../src/core/checklist";
import { rowsFromChecklist, toCsv, toHtmlTable, toIcs, toJson, toMarkdown, toXlsx } from "../../src/core/export";
import { SOURCE, task } from "./fixtures";

const part = (data: unknown) =>
  `<checklist xmlns="${CHECKLIST_NAMESPACE}" version="2"><![CDATA[${JSON.stringify(data)}]]></checklist>`;

const scanned = task("a", "Các phòng rà soát kế hoạch thanh tra.", { owner: "Các phòng" });
const handAdded = task("manual-1", "Gửi báo cáo tuần.", { paragraphIndex: -1 });
const deadline = { raw: "30/11/2020", date: "2020-11-30", kind: "by" };

const HOSTILE = {
  schemaVersion: 2,
  entries: {
    a: { text: scanned.text, done: true, edit: { coOwners: "x", deadline: "mai", owner: "Phòng 1", id: "z", text: 5 } },
    b: { text: "Một việc cũ", done: false, edit: { deadline } },
    c: { text: 7, done: "yes" },
    d: null,
  },
  manual: [{}, null, "x", handAdded, { ...handAdded, id: "manual-2", coOwners: "y", deadline: "mai", urgent: "no" }],
};

/** JSON.stringify cannot write a "__proto__" key; the stored part can have one. */
const withProtoKey = (json: string) => json.replace('"entries":{', '"entries":{"__proto__":{"text":"x","done":true},');

function read(): { state: ChecklistState; dropped: string[] } {
  const parsed = parseChecklist(withProtoKey(part(HOSTILE)));
  if (!parsed.ok) throw new Error(parsed.message);
  return { state: parsed.state, dropped: parsed.dropped?.paths ?? [] };
}

describe("a stored checklist of the wrong shape", () => {
  test("keeps what reads, drops the rest and says what it dropped", () => {
    const { state, dropped } = read();
    expect(state.entries.a).toEqual({ text: scanned.text, done: true, edit: { owner: "Phòng 1" } });
    expect(state.entries.b).toEqual({ text: "Một việc cũ", done: false, edit: { deadline } });
    expect(Object.keys(state.entries)).toEqual(["a", "b"]);
    expect(state.manual).toEqual([
      handAdded,
      { ...handAdded, id: "manual-2", coOwners: [], deadline: null, urgent: false },
    ]);
    expect(Object.getPrototypeOf(state.entries)).toBe(Object.prototype);
    expect(dropped).toEqual([
      "entries.__proto__",
      "entries.a.edit.coOwners",
      "entries.a.edit.deadline",
      "entries.a.edit.id",
      "entries.a.edit.text",
      "entries.c",
      "entries.d",
      "manual[0]",
      "manual[1]",
      "manual[2]",
      "manual[4].coOwners",
      "manual[4].deadline",
      "manual[4].urgent",
    ]);
  });

  test("every export reads it without failing", async () => {
    const { state } = read();
    const rows = rowsFromChecklist(mergeChecklist([scanned], state), SOURCE);
    const today = { today: "2020-11-20" };
    expect(toCsv(rows, today)).toContain("Phòng 1");
    expect(toMarkdown(rows, today)).toContain("Gửi báo cáo tuần.");
    expect(toHtmlTable(rows, today)).toContain("Phòng 1");
    expect(await toIcs(rows, { stamp: "2020-11-20T00:00:00Z" })).toContain("BEGIN:VCALENDAR");
    expect((await toXlsx(rows, { ...today, summary: true })).length).toBeGreaterThan(1000);
    expect(JSON.parse(toJson({ issuedDate: null, tasks: [scanned], warnings: [] }, state)).checklist).toEqual({
      a: { done: true, edit: { owner: "Phòng 1" } },
    });
  });
});

describe("exports hold only this scan's tasks and the clerk's hand-added ones", () => {
  test("a task the stored checklist remembers but the document no longer has is not exported", () => {
    const { state } = read();
    const rows = rowsFromChecklist(mergeChecklist([scanned], state), SOURCE);
    expect(rows.map((r) => r.task.id)).toEqual(["a", "manual-1", "manual-2"]);
  });

  test("a hostile part of a thousand remembered entries adds no ghost row", () => {
    const entries = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [`ghost-${i}`, { text: `Bóng ma ${i}`, done: false }]),
    );
    const parsed = parseChecklist(part({ schemaVersion: 2, entries, manual: [] }));
    if (!parsed.ok) throw new Error(parsed.message);
    const rows = rowsFromChecklist(mergeChecklist([scanned], parsed.state), SOURCE);
    expect(toCsv(rows, { today: "2020-11-20" })).not.toContain("Bóng ma");
    expect(rows).toHaveLength(1);
  });
});
