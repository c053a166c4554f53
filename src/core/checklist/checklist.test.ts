import { Task } from "../tasks";
import {
  CHECKLIST_NAMESPACE,
  addManualTask,
  dismissMissing,
  editTask,
  emptyChecklist,
  mergeChecklist,
  mergeReworded,
  newTaskIds,
  parseChecklist,
  recordScan,
  recordTrackingTable,
  removeTask,
  removedRows,
  restoreTask,
  serializeChecklist,
  setDone,
  setDoneOn,
  setNote,
  updateRow,
} from ".";

const task = (id: string, text: string, owner: string | null = null): Task => ({
  id,
  text,
  owner,
  coOwners: [],
  deadline: null,
  urgent: false,
  section: null,
  paragraphIndex: 0,
});

const a = task("a", "Các phòng rà soát kế hoạch thanh tra.", "Các phòng");
const b = task("b", "Chuẩn bị nội dung hội nghị chuyên đề.");
const c = task("c", "Tổ chức Hội thao Cụm trong tháng 11/2020.");

describe("checklist across re-scans", () => {
  it("keeps a tick on a task that is still in the document", () => {
    let state = recordScan(emptyChecklist(), [a, b]);
    state = setDone(state, "a", true);
    const rows = mergeChecklist([a, b], state, newTaskIds([a, b], state));
    expect(rows.map((r) => [r.task.id, r.done, r.status])).toEqual([
      ["a", true, "present"],
      ["b", false, "present"],
    ]);
  });

  it("marks tasks first seen in a re-scan as new, and nothing as new on the first scan", () => {
    expect(newTaskIds([a, b], emptyChecklist()).size).toBe(0);
    const before = recordScan(emptyChecklist(), [a]);
    const rows = mergeChecklist([a, c], recordScan(before, [a, c]), newTaskIds([a, c], before));
    expect(rows.find((r) => r.task.id === "c")?.status).toBe("new");
    expect(rows.find((r) => r.task.id === "a")?.status).toBe("present");
  });

  it("lists a task whose sentence is gone as missing, with its tick, until the clerk dismisses it", () => {
    let state = setDone(recordScan(emptyChecklist(), [a, b]), "b", true);
    let rows = mergeChecklist([a], state);
    expect(rows.find((r) => r.task.id === "b")).toMatchObject({
      status: "missing",
      done: true,
      task: { text: b.text },
    });
    state = dismissMissing(state, "b");
    rows = mergeChecklist([a], state);
    expect(rows.map((r) => r.task.id)).toEqual(["a"]);
  });

  it("applies the clerk's owner and deadline edits over what the extractor found", () => {
    const deadline = { raw: "30/11/2020", date: "2020-11-30", kind: "by" as const };
    const state = editTask(recordScan(emptyChecklist(), [a]), "a", { owner: "Phòng Nghiệp vụ 1", deadline });
    const [row] = mergeChecklist([a], state);
    expect(row.task.owner).toBe("Phòng Nghiệp vụ 1");
    expect(row.task.deadline).toEqual(deadline);
    expect(row.edited).toBe(true);
  });

  it("hides a removed task from the list even though the sentence stays in the document", () => {
    const state = removeTask(recordScan(emptyChecklist(), [a, b]), "a");
    expect(mergeChecklist([a, b], state).map((r) => r.task.id)).toEqual(["b"]);
  });

  it("shows tasks added by hand, and removing one drops it", () => {
    const manual = task("manual-1", "Gửi báo cáo tuần cho Chánh Thanh tra.");
    let state = addManualTask(emptyChecklist(), manual);
    expect(mergeChecklist([a], state).find((r) => r.manual)?.task.text).toBe(manual.text);
    state = removeTask(state, "manual-1");
    expect(mergeChecklist([a], state).some((r) => r.manual)).toBe(false);
  });
});

describe("removing, restoring and rewording", () => {
  const deadline = { raw: "13/11/2020", date: "2020-11-13", kind: "by" as const };
  const owned = { ...a, deadline };

  it("keeps what the scan found, so a task whose sentence is gone still shows its owner and deadline", () => {
    const state = recordScan(emptyChecklist(), [owned, b]);
    const [ghost] = mergeChecklist([b], state).filter((r) => r.status === "missing");
    expect(ghost.task).toMatchObject({ id: "a", owner: "Các phòng", deadline });
  });

  it("prefers the clerk's edit over what the scan found for a missing task", () => {
    const state = editTask(recordScan(emptyChecklist(), [owned]), "a", { owner: "Văn phòng" });
    expect(mergeChecklist([], state)[0].task).toMatchObject({ owner: "Văn phòng", deadline });
  });

  it("lists removed tasks, scanned or hand-added, and brings them back with their tick", () => {
    const manual = task("manual-1", "Gửi báo cáo tuần.");
    let state = setDone(addManualTask(recordScan(emptyChecklist(), [a, b]), manual), "a", true);
    state = removeTask(removeTask(state, "a"), "manual-1");
    expect(mergeChecklist([a, b], state).map((r) => r.task.id)).toEqual(["b"]);
    expect(removedRows([a, b], state).map((r) => [r.task.id, r.done, r.manual])).toEqual([
      ["a", true, false],
      ["manual-1", false, true],
    ]);
    state = restoreTask(restoreTask(state, "a"), "manual-1");
    expect(removedRows([a, b], state)).toEqual([]);
    expect(mergeChecklist([a, b], state).map((r) => [r.task.id, r.done])).toEqual([
      ["a", true],
      ["b", false],
      ["manual-1", false],
    ]);
  });

  it("moves the tick and edits of a reworded task to its new sentence and drops the missing row", () => {
    const reworded = task("a2", "Các phòng rà soát lại kế hoạch thanh tra năm 2021.", "Các phòng");
    let state = editTask(setDone(recordScan(emptyChecklist(), [a, b]), "a", true), "a", { deadline });
    state = recordScan(state, [reworded, b]);
    state = mergeReworded(state, "a", "a2");
    const rows = mergeChecklist([reworded, b], state);
    expect(rows.map((r) => [r.task.id, r.done, r.status])).toEqual([
      ["a2", true, "present"],
      ["b", false, "present"],
    ]);
    expect(rows[0].task.deadline).toEqual(deadline);
  });

  it("keeps the new task's own edits over the old one's when both were edited", () => {
    let state = editTask(recordScan(emptyChecklist(), [a, c]), "a", { owner: "Cũ" });
    state = mergeReworded(editTask(state, "c", { owner: "Mới" }), "a", "c");
    expect(state.entries.c.edit).toEqual({ owner: "Mới" });
  });
});

describe("checklist storage", () => {
  it("keeps the tracking table's signature", () => {
    const state = recordTrackingTable(recordScan(emptyChecklist(), [a]), "abc123");
    expect(parseChecklist(serializeChecklist(state))).toEqual({ ok: true, state });
  });

  it("drops what a scan found when it has the wrong shape, naming it, and keeps the tick", () => {
    const stored = { schemaVersion: 2, entries: { a: { text: "A", done: true, found: { owner: 7 } } }, manual: [] };
    const xml = `<checklist xmlns="${CHECKLIST_NAMESPACE}" version="2"><![CDATA[${JSON.stringify(stored)}]]></checklist>`;
    const parsed = parseChecklist(xml);
    expect(parsed).toMatchObject({ ok: true, state: { entries: { a: { text: "A", done: true } } } });
    expect(parsed.ok && parsed.state.entries.a.found).toBeUndefined();
    expect(parsed.ok && parsed.dropped?.paths).toEqual(["entries.a.found"]);
  });

  it("round-trips through the stored XML, including text that looks like markup", () => {
    const tricky = task("x", 'Ghi "]]>" & <b>không</b> phải thẻ');
    const state = setDone(addManualTask(recordScan(emptyChecklist(), [a]), tricky), "a", true);
    const parsed = parseChecklist(serializeChecklist(state));
    expect(parsed).toEqual({ ok: true, state });
  });

  it("keeps the extractor's newer deadline kinds in an edit: an event, 'định kỳ' with no period (rule null)", () => {
    const event = { raw: "khi có kết quả đánh giá", date: null, kind: "event" as const };
    const periodic = { raw: "định kỳ", date: null, kind: "recurring" as const, rule: null };
    const state = editTask(editTask(recordScan(emptyChecklist(), [a, b]), "a", { deadline: event }), "b", {
      deadline: periodic,
    });
    expect(parseChecklist(serializeChecklist(state))).toEqual({ ok: true, state });
  });

  it("reads a version-1 part (ticks only) and migrates it", () => {
    const v1 = `<checklist xmlns="${CHECKLIST_NAMESPACE}" version="1"><![CDATA[${JSON.stringify({
      version: 1,
      done: ["a"],
      texts: { a: a.text, b: b.text },
    })}]]></checklist>`;
    const parsed = parseChecklist(v1);
    expect(parsed.ok && parsed.migratedFrom).toBe(1);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(mergeChecklist([a, b], parsed.state).map((r) => [r.task.id, r.done])).toEqual([
      ["a", true],
      ["b", false],
    ]);
  });

  it("reports a corrupt part instead of throwing", () => {
    const parsed = parseChecklist(
      `<checklist xmlns="${CHECKLIST_NAMESPACE}" version="2"><![CDATA[{not json]]></checklist>`,
    );
    expect(parsed).toMatchObject({ ok: false, reason: "corrupt" });
  });

  it("reads a part of a megabyte of '<![CDATA[' as corrupt at once (the old regular expression was quadratic)", () => {
    const hostile = `<checklist xmlns="${CHECKLIST_NAMESPACE}" version="2">${"<![CDATA[".repeat(116_000)}`;
    const started = process.hrtime.bigint();
    expect(parseChecklist(hostile)).toMatchObject({ ok: false, reason: "corrupt" });
    expect(parseChecklist(`${hostile}]]></checklist>`)).toMatchObject({ ok: false, reason: "corrupt" });
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
  });

  it("reads the body between the first '<![CDATA[' and the last ']]>' only when the element closes after it", () => {
    const state = addManualTask(emptyChecklist(), task("m", "a ]]> b"));
    const xml = serializeChecklist(state);
    expect(parseChecklist(`  ${xml}\n `)).toEqual({ ok: true, state });
    expect(parseChecklist(xml.replace("</checklist>", "</checklist><x/>"))).toMatchObject({ reason: "corrupt" });
  });

  it("refuses a part that is not ours and one from a newer add-in", () => {
    expect(parseChecklist("<other xmlns='urn:x'/>")).toMatchObject({ ok: false, reason: "foreign" });
    const newer = `<checklist xmlns="${CHECKLIST_NAMESPACE}" version="9"><![CDATA[{"schemaVersion":9,"entries":{}}]]></checklist>`;
    expect(parseChecklist(newer)).toMatchObject({ ok: false, reason: "newer" });
  });
});

describe("the day a task was done, and the clerk's note", () => {
  it("records the day of the tick, keeps it on a re-tick without a day, forgets it on untick", () => {
    let state = setDone(recordScan(emptyChecklist(), [a]), "a", true, "2020-11-12");
    expect(mergeChecklist([a], state)[0]).toMatchObject({ done: true, doneOn: "2020-11-12" });
    state = setDone(state, "a", true);
    expect(state.entries.a.doneOn).toBe("2020-11-12");
    state = setDone(state, "a", false);
    expect(state.entries.a.doneOn).toBeUndefined();
    expect(mergeChecklist([a], state)[0].doneOn).toBeUndefined();
  });

  it("lets the clerk correct the day (ticked late) and write a note; a blank note goes away", () => {
    let state = setDone(recordScan(emptyChecklist(), [a]), "a", true, "2020-11-20");
    state = setDoneOn(state, "a", "2020-11-13");
    state = setNote(state, "a", "  Đã trình UBND tỉnh tại Tờ trình số 12/TTr-TTr. ");
    expect(mergeChecklist([a], state)[0]).toMatchObject({
      doneOn: "2020-11-13",
      note: "Đã trình UBND tỉnh tại Tờ trình số 12/TTr-TTr.",
    });
    state = setNote(state, "a", "   ");
    expect(state.entries.a.note).toBeUndefined();
  });

  it("one update saves owner, done day and note together; what it leaves out stays as it was", () => {
    let state = setNote(setDone(recordScan(emptyChecklist(), [a]), "a", true, "2020-11-20"), "a", "Cũ");
    state = updateRow(state, "a", { edit: { owner: "Văn phòng" }, doneOn: "2020-11-13" });
    expect(mergeChecklist([a], state)[0]).toMatchObject({
      task: { owner: "Văn phòng", deadline: null },
      doneOn: "2020-11-13",
      note: "Cũ",
    });
    state = updateRow(state, "a", { note: "Mới", doneOn: null });
    expect(state.entries.a).toMatchObject({ done: true, note: "Mới", edit: { owner: "Văn phòng" } });
    expect(state.entries.a.doneOn).toBeUndefined();
  });

  it("round-trips the day and the note through the stored XML", () => {
    const state = setNote(setDone(recordScan(emptyChecklist(), [a]), "a", true, "2020-11-12"), "a", "Xong");
    expect(parseChecklist(serializeChecklist(state))).toEqual({ ok: true, state });
  });

  it("still loads a part written before the day was recorded: the tick stays, without a day", () => {
    const old = `<checklist xmlns="${CHECKLIST_NAMESPACE}" version="2"><![CDATA[${JSON.stringify({
      schemaVersion: 2,
      entries: { a: { text: a.text, done: true } },
      manual: [],
    })}]]></checklist>`;
    const parsed = parseChecklist(old);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(mergeChecklist([a], parsed.state)[0]).toEqual(expect.objectContaining({ done: true }));
    expect(mergeChecklist([a], parsed.state)[0].doneOn).toBeUndefined();
  });

  it("drops a done day or note it cannot read, and keeps the entry and its tick", () => {
    const odd = `<checklist xmlns="${CHECKLIST_NAMESPACE}" version="2"><![CDATA[${JSON.stringify({
      schemaVersion: 2,
      entries: {
        a: { text: a.text, done: true, doneOn: "hôm qua", note: 42 },
        b: { text: b.text, done: true, doneOn: "2020-02-30" },
        c: { text: c.text, done: true, doneOn: "2020-11-12", note: "Xong" },
      },
      manual: [],
    })}]]></checklist>`;
    const parsed = parseChecklist(odd);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.state.entries).toEqual({
      a: { text: a.text, done: true },
      b: { text: b.text, done: true },
      c: { text: c.text, done: true, doneOn: "2020-11-12", note: "Xong" },
    });
    // Said, not silent: the clerk is told what could not be read.
    expect(parsed.ok && parsed.dropped?.paths).toEqual(["entries.a.doneOn", "entries.a.note", "entries.b.doneOn"]);
  });
});
