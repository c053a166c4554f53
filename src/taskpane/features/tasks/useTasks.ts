/**
 * The "Nhiệm vụ" tab's state: the latest scan, the checklist stored in the document, and the
 * actions on it. Every change to the checklist is saved into the document at once.
 */
import * as React from "react";
import {
  ChecklistState,
  addManualTask,
  dismissMissing,
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
  RowUpdate,
  setDone,
  updateRow,
} from "../../../core/checklist";
import { toIso } from "../../../core/dates";
import { plainParagraphs } from "../../../core/model";
import { ExtractResult, Task } from "../../../core/tasks";
import { SourceDocument, readSource, rowsFromChecklist } from "../../../core/export";
import { taskTableBlock } from "../../../core/templates";
import { GatewayError } from "../../../word";
import { useProfiles } from "../../profiles";
import { useServices } from "../../services";
import { scanInWorker } from "./extractInWorker";
import { judgeAhead } from "./taskView";

export type Notice =
  | { kind: "error"; error: GatewayError }
  | { kind: "empty-document" }
  | { kind: "state-corrupt"; detail: string }
  | { kind: "save-failed"; error: GatewayError }
  /** The extractor failed on this document (in the worker or here); `detail` is its own message. */
  | { kind: "scan-failed"; detail: string };

/** Lets the browser paint before the next piece of long work (the count before the list, the list before saving). */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/**
 * `mergeChecklist` that remembers its last call: a scan merges ahead of the render (in a task of its own), and the
 * render, asked for the same scan and checklist, takes those rows instead of merging again.
 */
function rememberLastMerge(): typeof mergeChecklist {
  let last: { args: Parameters<typeof mergeChecklist>; rows: ReturnType<typeof mergeChecklist> } | null = null;
  return (...args) => {
    if (!last || args.length !== last.args.length || args.some((arg, i) => arg !== last!.args[i])) {
      last = { args, rows: mergeChecklist(...args) };
    }
    return last.rows;
  };
}

/** Hand-added tasks made in the same second (a fixed clock in tests) still get distinct ids. */
let manualCount = 0;

/** FNV-1a of the tracking table's text: enough to tell that the table in the document no longer matches the list. */
function signature(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export function useTasks() {
  const { gateway, clock } = useServices();
  const { followUp } = useProfiles();
  const [state, setState] = React.useState<ChecklistState>(emptyChecklist);
  const [scan, setScan] = React.useState<ExtractResult | null>(null);
  const [source, setSource] = React.useState<SourceDocument>({ number: null, issuedDate: null });
  const [newIds, setNewIds] = React.useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = React.useState(false);
  /** Scans so far: what the list shows starts again from the top after each. */
  const [scanCount, setScanCount] = React.useState(0);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  /**
   * A stored part that could not be read, wholly or in part, is never overwritten unless the clerk agrees. A ref
   * beside the state: a scan started before the part was read decides after reading it.
   */
  const [blockedByCorrupt, setBlockedByCorrupt] = React.useState(false);
  const blockedRef = React.useRef(false);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  /** Settles once the stored checklist has been read (or failed to be): a scan waits for it. */
  const storedLoaded = React.useRef<Promise<void>>(Promise.resolve());
  const todayIso = toIso(clock.today());
  const mergeRows = React.useRef(rememberLastMerge()).current;

  React.useEffect(() => {
    let live = true;
    const block = (detail: string) => {
      blockedRef.current = true;
      setBlockedByCorrupt(true);
      setNotice({ kind: "state-corrupt", detail });
    };
    storedLoaded.current = gateway.loadChecklist().then((loaded) => {
      if (!live) return;
      if (!loaded.ok) return block(loaded.error.message);
      if (loaded.value === null) return;
      const parsed = parseChecklist(loaded.value);
      if (!parsed.ok) return block(parsed.message);
      // Set before the next render: a scan waiting on this promise reads it at once.
      stateRef.current = parsed.state;
      setState(parsed.state);
      if (parsed.dropped) block(parsed.dropped.message);
    });
    return () => {
      live = false;
    };
  }, [gateway]);

  const save = React.useCallback(
    async (next: ChecklistState, force = false) => {
      if (blockedRef.current && !force) return;
      const saved = await gateway.saveChecklist(serializeChecklist(next));
      if (!saved.ok) setNotice({ kind: "save-failed", error: saved.error });
    },
    [gateway],
  );

  const persist = React.useCallback(
    async (next: ChecklistState, force = false) => {
      stateRef.current = next;
      setState(next);
      await save(next, force);
    },
    [save],
  );

  const runScan = React.useCallback(async () => {
    setBusy(true);
    setNotice((current) => (current?.kind === "state-corrupt" ? current : null));
    const [read] = await Promise.all([gateway.readDocument(), storedLoaded.current]);
    if (!read.ok) {
      setBusy(false);
      return setNotice({ kind: "error", error: read.error });
    }
    if (!read.value.paragraphs.some((p) => p.text.trim() !== "")) {
      setBusy(false);
      setScan(null);
      return setNotice({ kind: "empty-document" });
    }
    await nextFrame();
    const result = await scanInWorker(read.value, {
      fallbackDate: todayIso,
      fallbackSource: "today",
    }).catch((error: unknown) => {
      // The extractor failed on this document: say so and give the button back, never "Đang quét…" for ever.
      setBusy(false);
      setNotice({ kind: "scan-failed", detail: error instanceof Error ? error.message : String(error) });
      return null;
    });
    if (!result) return;
    let before = stateRef.current;
    let next = recordScan(before, result.tasks);
    let ids = newTaskIds(result.tasks, before);
    // The rows and their statuses are worked out ahead, each in a task of its own, so that the render after the scan
    // only arranges them: on a 300-page document, merging and judging 1,700 rows in that render froze the pane for
    // 60 ms. If the clerk changed the checklist meanwhile, the scan is recorded on top of that and the render merges.
    await nextFrame();
    const rows = mergeRows(result.tasks, next, ids);
    await nextFrame();
    judgeAhead(rows, { today: todayIso, dueSoonDays: followUp.dueSoonDays });
    if (stateRef.current !== before) {
      before = stateRef.current;
      next = recordScan(before, result.tasks);
      ids = newTaskIds(result.tasks, before);
    }
    stateRef.current = next;
    // One render for the scan and the checklist it updates; saving waits for the next frame so the list is painted first.
    // A transition: React renders the list in slices and lets the browser breathe between them (on a 300-page
    // document, one block of 45 ms CPU before; no task over 25 ms after).
    React.startTransition(() => {
      setNewIds(ids);
      setScan(result);
      setScanCount((n) => n + 1);
      setState(next);
      setSource(readSource(read.value.paragraphs, result.issuedDate));
      setBusy(false);
    });
    await nextFrame();
    await save(next);
  }, [gateway, todayIso, followUp.dueSoonDays, mergeRows, save]);

  const change = (update: (s: ChecklistState) => ChecklistState) => persist(update(stateRef.current));

  const overwriteCorrupt = async () => {
    blockedRef.current = false;
    setBlockedByCorrupt(false);
    setNotice(null);
    await persist(stateRef.current, true);
  };

  const rows = React.useMemo(
    () => (scan || state.manual.length ? mergeRows(scan?.tasks ?? [], state, newIds) : []),
    [scan, state, newIds, mergeRows],
  );
  const removed = React.useMemo(() => removedRows(scan?.tasks ?? [], state), [scan, state]);

  /** The tracking table as it would be written now; built only when the document has one to compare with. */
  const tableBlock = React.useCallback(
    () =>
      taskTableBlock(
        rowsFromChecklist(
          rows.filter((row) => row.status !== "missing"),
          source,
        ),
        { today: todayIso, dueSoonDays: followUp.dueSoonDays }, // "due soon" as in Cài đặt
      ),
    [rows, source, todayIso, followUp.dueSoonDays],
  );
  const tableSignature = React.useMemo(
    () => (state.trackingTable ? signature(plainParagraphs(tableBlock().blocks).join("\n")) : null),
    [state.trackingTable, tableBlock],
  );

  /** Inserts the tracking table at the cursor, or updates the one already in the document; remembers what it wrote. */
  const insertTaskTable = async () => {
    const block = tableBlock();
    const exists = await gateway.hasBlock("task-table");
    if (!exists.ok) return exists;
    const result = exists.value ? await gateway.replaceBlock(block) : await gateway.insertBlock(block);
    if (!result.ok) return result;
    await persist(recordTrackingTable(stateRef.current, signature(plainParagraphs(block.blocks).join("\n"))));
    return { ok: true as const, value: exists.value ? ("updated" as const) : ("inserted" as const) };
  };

  const add = (task: Omit<Task, "id" | "paragraphIndex" | "section" | "urgent">): string => {
    const id = `manual-${clock.now()}-${(manualCount += 1)}`;
    void change((s) => addManualTask(s, { ...task, id, paragraphIndex: -1, section: null, urgent: false }));
    return id;
  };

  return {
    rows,
    removed,
    scan,
    scanCount,
    state,
    source,
    busy,
    notice,
    blockedByCorrupt,
    /** The document holds a tracking table that no longer matches the list. */
    tableStale: tableSignature !== null && tableSignature !== state.trackingTable?.signature,
    insertTaskTable,
    runScan,
    overwriteCorrupt,
    // A tick records the day it was made; the clerk can correct it (ticked late).
    toggle: (id: string, done: boolean) => change((s) => setDone(s, id, done, toIso(clock.today()))),
    update: (id: string, update: RowUpdate) => change((s) => updateRow(s, id, update)),
    remove: (id: string) => change((s) => removeTask(s, id)),
    restore: (id: string) => change((s) => restoreTask(s, id)),
    dismiss: (id: string) => change((s) => dismissMissing(s, id)),
    mergeReworded: (fromId: string, toId: string) => change((s) => mergeReworded(s, fromId, toId)),
    add,
    select: (task: Task) => gateway.selectText(task.text, task.paragraphIndex),
  };
}

export type TasksModel = ReturnType<typeof useTasks>;
