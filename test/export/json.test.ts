import { editTask, emptyChecklist, recordScan, removeTask, setDone } from "../../src/core/checklist";
import { toJson } from "../../src/core/export";
import type { ExtractResult } from "../../src/core/tasks";
import { by, task } from "./fixtures";

describe("JSON export with the checklist", () => {
  const a = task("a", "Rà soát kế hoạch.", { owner: "Các phòng", deadline: by("2020-11-13") });
  const b = task("b", "Chuẩn bị hội nghị.");
  const c = task("c", "Tổ chức hội thao.");
  const result: ExtractResult = { issuedDate: "2020-11-10", tasks: [a, b, c], warnings: [] };

  test("keeps the spec's keys and adds the ticks and edits by task id; removed tasks are left out", () => {
    let state = recordScan(emptyChecklist(), [a, b, c]);
    state = setDone(state, "a", true);
    state = editTask(state, "b", { owner: "Phòng Nghiệp vụ 1" });
    state = removeTask(state, "c");
    const json = JSON.parse(toJson(result, state));
    expect(Object.keys(json)).toEqual(["issuedDate", "tasks", "warnings", "checklist"]);
    expect(json.tasks.map((t: { id: string }) => t.id)).toEqual(["a", "b", "c"]);
    expect(json.checklist).toEqual({
      a: { done: true },
      b: { done: false, edit: { owner: "Phòng Nghiệp vụ 1" } },
    });
  });

  test("with an as-of day, each task carries its status, the clerk's deadline edit applied", () => {
    let state = recordScan(emptyChecklist(), [a, b, c]);
    state = setDone(state, "a", true, "2020-11-14");
    state = editTask(state, "b", { deadline: by("2020-11-16") });
    const json = JSON.parse(toJson(result, state, { today: "2020-11-15", dueSoonDays: 3 }));
    expect(json.asOf).toBe("2020-11-15");
    expect(
      Object.fromEntries(Object.entries(json.checklist).map(([id, e]) => [id, (e as { status: string }).status])),
    ).toEqual({
      a: "done-late",
      b: "due-soon",
      c: "no-deadline",
    });
  });

  test("a document never ticked has every task open", () => {
    const json = JSON.parse(toJson(result, emptyChecklist()));
    expect(json.checklist).toEqual({ a: { done: false }, b: { done: false }, c: { done: false } });
  });
});
