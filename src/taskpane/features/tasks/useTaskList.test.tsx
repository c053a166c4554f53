/**
 * @jest-environment jsdom
 */
/**
 * The list's filtering, counting and grouping runs when the rows or the view change, not on every render: the list
 * appears a few rows at a time (one render per step) and the pane builds a new `asOf` object on each render.
 */
import { renderHook } from "@testing-library/react";
import { ChecklistRow } from "../../../core/checklist";
import { TasksModel } from "./useTasks";
import { ListView, useTaskList } from "./useTaskList";

const row = (id: string, owner: string, date: string): ChecklistRow => ({
  task: {
    id,
    text: `Nhiệm vụ ${id} của ${owner}`,
    owner,
    coOwners: [],
    deadline: { raw: date, date, kind: "by" },
    urgent: false,
    section: null,
    paragraphIndex: Number(id),
  },
  done: false,
  status: "present",
  edited: false,
  manual: false,
});

const rows = [row("1", "Sở Tài chính", "2026-12-01"), row("2", "Sở Nội vụ", "2026-12-20")];
const model = { rows, removed: [], scanCount: 1 } as unknown as TasksModel;
const view = (filter: ListView["filter"]): ListView => ({ filter, query: "", grouping: "deadline", limit: 50 });

test("a render with the same rows and view keeps the same arranged rows, though asOf is a new object", () => {
  const { result, rerender } = renderHook(({ v, today }) => useTaskList(model, v, { today, dueSoonDays: 7 }), {
    initialProps: { v: view("all"), today: "2026-11-25" },
  });
  const first = result.current.order;
  rerender({ v: view("all"), today: "2026-11-25" });
  expect(result.current.order).toBe(first);
  expect(first.map((r) => r.task.id)).toEqual(["1", "2"]);
});

test("a new filter or a new day arranges again", () => {
  const { result, rerender } = renderHook(({ v, today }) => useTaskList(model, v, { today, dueSoonDays: 7 }), {
    initialProps: { v: view("all"), today: "2026-11-25" },
  });
  const first = result.current.order;
  rerender({ v: view("all"), today: "2026-11-26" });
  expect(result.current.order).not.toBe(first);
  rerender({ v: view("overdue"), today: "2026-12-10" });
  expect(result.current.order.map((r) => r.task.id)).toEqual(["1"]);
});
