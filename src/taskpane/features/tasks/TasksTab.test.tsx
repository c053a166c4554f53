/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseChecklist, CHECKLIST_NAMESPACE } from "../../../core/checklist";
import { Table, plainParagraphs } from "../../../core/model";
import { FakeWordGateway } from "../../../../test/fakes/fakeWordGateway";
import { memoryProfileStore } from "../../../word";
import { renderApp, waitForTab } from "../../../../test/fakes/renderApp";
import { readText } from "../../download";
import Papa from "papaparse";
import { clockAt } from "../../../../test/fakes/clock";

const corpus = path.resolve(__dirname, "../../../../test/fixtures/corpus/seed");
const seedLines = readFileSync(path.join(corpus, "ket-luan-giao-ban-thanh-tra-tay-ninh-2020-11.plain.txt"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "");
const labels = JSON.parse(
  readFileSync(path.join(corpus, "ket-luan-giao-ban-thanh-tra-tay-ninh-2020-11.json"), "utf8"),
) as {
  tasks: Array<{ text: string; owner: string | null; deadline: { date: string } | null; optional?: boolean }>;
};
const planTask = labels.tasks.find((t) => t.deadline?.date === "2020-11-13")!;
const sportsTask = labels.tasks.find((t) => t.deadline?.date === "2020-11-30")!;

async function renderTasks(gateway: FakeWordGateway, today = "2020-11-20", profiles = memoryProfileStore()) {
  await renderApp({ gateway, profiles, clock: clockAt(today) });
  await userEvent.click(screen.getByRole("tab", { name: "Nhiệm vụ" }));
  await waitForTab();
}

async function scan(name = "Quét văn bản") {
  await userEvent.click(screen.getByRole("button", { name }));
  await screen.findByText(/^(\d+\/)?\d+ nhiệm vụ$/);
}

const rowOf = (text: string): HTMLElement => screen.getByRole("listitem", { name: text });
const rowTexts = () => screen.queryAllByRole("listitem").map((li) => li.getAttribute("aria-label"));

/** Opens a row's ⋯ menu and picks an action. */
async function rowAction(text: string, action: string | RegExp) {
  await userEvent.click(within(rowOf(text)).getByRole("button", { name: /^Thao tác với nhiệm vụ/ }));
  await userEvent.click(await screen.findByRole("menuitem", { name: action }));
}

/** The toasts' live region (bottom of the pane). */
const toaster = () => document.querySelector<HTMLElement>("[data-toaster]")!;

describe("Nhiệm vụ tab", () => {
  it("scans the seed in one read and shows owner and deadline first in each row", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);

    await scan();

    expect(gateway.calls.filter((c) => c === "readDocument")).toHaveLength(1);
    for (const label of labels.tasks.filter((t) => !t.optional)) expect(rowOf(label.text)).toBeTruthy();
    const plan = within(rowOf(planTask.text));
    expect(plan.getByText(planTask.owner!)).toBeTruthy();
    expect(plan.getByText("Hạn 13/11/2020")).toBeTruthy();
    // Today is 20/11/2020: 13/11 is overdue; 30/11 is 10 days away, beyond the 3 days of "due soon". Grouped by deadline, the group's
    // title says it (with its count) and the rows carry no badge of their own.
    expect(
      within(screen.getByRole("region", { name: "Quá hạn (1)" }))
        .getByRole("listitem")
        .getAttribute("aria-label"),
    ).toBe(planTask.text);
    expect(
      within(screen.getByRole("region", { name: /^Trong hạn/ })).getByRole("listitem", { name: sportsTask.text }),
    ).toBeTruthy();
    expect(plan.queryByText("Quá hạn")).toBeNull();
    // "khẩn trương" work is marked "Ưu tiên"; "Khẩn" is kept for Decree 30's urgency marks.
    expect(within(rowOf(sportsTask.text)).getByText("Ưu tiên")).toBeTruthy();
    // A task with no owner says so once, in the owner's place.
    const noOwner = labels.tasks.find((t) => !t.owner && !t.optional)!;
    expect(within(rowOf(noOwner.text)).getAllByText("Chưa rõ chủ trì")).toHaveLength(1);
  });

  it("keeps a tick across a re-scan and stores it inside the document", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await scan();

    await userEvent.click(within(rowOf(planTask.text)).getByRole("checkbox"));
    await scan("Quét lại");

    expect(within(rowOf(planTask.text)).getByRole("checkbox")).toHaveProperty("checked", true);
    // Ticked today (20/11) for a deadline of 13/11: done, but late; the group says so, the row says when.
    expect(
      within(screen.getByRole("region", { name: "Hoàn thành quá hạn (1)" })).getByRole("listitem", {
        name: planTask.text,
      }),
    ).toBeTruthy();
    expect(within(rowOf(planTask.text)).getByText("Xong ngày 20/11/2020")).toBeTruthy();
    const stored = parseChecklist(gateway.checklistXml ?? "");
    expect(
      stored.ok &&
        Object.values(stored.state.entries)
          .filter((e) => e.done)
          .map((e) => e.text),
    ).toEqual([planTask.text]);
  });

  it("leaves a ticked row where it was until the view changes, then files it under its done status", async () => {
    await renderTasks(FakeWordGateway.withText(seedLines));
    await scan();
    const overdue = () => within(screen.getByRole("region", { name: /^Quá hạn/ }));

    await userEvent.click(within(rowOf(planTask.text)).getByRole("checkbox"));
    // Still under the pointer and the focus, now saying it was done late.
    expect(overdue().getByRole("listitem", { name: planTask.text })).toBeTruthy();
    expect(within(rowOf(planTask.text)).getByText("Hoàn thành quá hạn")).toBeTruthy();
    expect(document.activeElement).toBe(within(rowOf(planTask.text)).getByRole("checkbox"));

    await userEvent.selectOptions(screen.getByLabelText("Nhóm theo"), "owner");
    await userEvent.selectOptions(screen.getByLabelText("Nhóm theo"), "deadline");
    expect(
      within(screen.getByRole("region", { name: "Hoàn thành quá hạn (1)" }))
        .getByRole("listitem")
        .getAttribute("aria-label"),
    ).toBe(planTask.text);
  });

  it("summarises the list in parts that filter it, with counts that follow the filter", async () => {
    await renderTasks(FakeWordGateway.withText(seedLines));
    await scan();
    const total = screen.getAllByRole("listitem").length;
    const filters = within(screen.getByRole("group", { name: "Lọc theo tình trạng" }));

    await userEvent.click(filters.getByRole("button", { name: "Quá hạn (1)" }));
    expect(rowTexts()).toEqual([planTask.text]);
    expect(screen.getByText(`1/${total} nhiệm vụ`)).toBeTruthy();
    expect(filters.getByRole("button", { name: "Quá hạn (1)" }).getAttribute("aria-pressed")).toBe("true");

    await userEvent.click(filters.getByRole("button", { name: /^Chưa rõ chủ trì \(\d+\)$/ }));
    expect(rowTexts().length).toBeGreaterThan(0);
    expect(rowTexts()).not.toContain(planTask.text);

    // Nothing matches: it says so and offers to clear the filters.
    await userEvent.type(screen.getByLabelText(/^Lọc danh sách/), "không có câu nào như thế này");
    expect(screen.getByText("Không có kết quả.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Xóa bộ lọc" }));
    expect(rowTexts()).toHaveLength(total);
    expect(screen.getByText(`${total} nhiệm vụ`)).toBeTruthy();
  });

  it("filters without diacritics, groups with counts, and selects the sentence in Word", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await scan();

    await userEvent.type(screen.getByLabelText(/^Lọc danh sách/), "hoi thao cum");
    expect(rowTexts()).toEqual([sportsTask.text]);
    await userEvent.clear(screen.getByLabelText(/^Lọc danh sách/));

    await userEvent.selectOptions(screen.getByLabelText("Nhóm theo"), "owner");
    expect(screen.getByRole("heading", { name: `${planTask.owner} (1)` })).toBeTruthy();
    expect(screen.getByRole("region", { name: `${planTask.owner} (1)` })).toBeTruthy();

    await rowAction(planTask.text, "Xem trong văn bản");
    expect(gateway.selected).toBe(planTask.text);
  });

  it("edits the owner and deadline in the row; Escape closes the form and the focus comes back to the row", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await scan();

    await rowAction(sportsTask.text, "Sửa");
    const form = within(screen.getByRole("group", { name: "Sửa nhiệm vụ" }));
    expect(document.activeElement).toBe(form.getByLabelText("Chủ trì"));
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Sửa nhiệm vụ" })).toBeNull();
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Thao tác với nhiệm vụ: Tiếp tục khẩn trương/);

    await rowAction(sportsTask.text, "Sửa");
    const edit = within(screen.getByRole("group", { name: "Sửa nhiệm vụ" }));
    await userEvent.type(edit.getByLabelText("Chủ trì"), "Văn phòng");
    const deadline = edit.getByRole("combobox", { name: "Thời hạn" });
    deadline.focus();
    await userEvent.keyboard("{Control>}a{/Control}25/11");
    await userEvent.tab();
    await userEvent.click(edit.getByRole("button", { name: "Lưu" }));
    await scan("Quét lại");

    const edited = within(rowOf(sportsTask.text));
    expect(edited.getByText("Văn phòng")).toBeTruthy();
    expect(edited.getByText("Hạn 25/11/2020")).toBeTruthy();
  });

  it("a late tick is dated back by the clerk, with a result the report prints, in one save", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await scan();
    // One element throughout: a tick changes the badge, not the row's place (focus stays on it).
    const item = rowOf(planTask.text);
    const row = () => within(item);
    await userEvent.click(row().getByRole("checkbox"));
    expect(row().getByText("Hoàn thành quá hạn")).toBeTruthy();
    expect(rowOf(planTask.text)).toBe(item);

    await rowAction(planTask.text, "Sửa");
    const doneOn = row().getByRole("combobox", { name: "Ngày hoàn thành" });
    doneOn.focus();
    await userEvent.keyboard("{Control>}a{/Control}12/11");
    await userEvent.tab();
    await userEvent.type(row().getByLabelText("Kết quả, ghi chú"), "Đã trình Kế hoạch số 12/KH-TTr");
    const saves = gateway.calls.filter((c) => c === "saveChecklist").length;
    await userEvent.click(row().getByRole("button", { name: "Lưu" }));

    expect(gateway.calls.filter((c) => c === "saveChecklist")).toHaveLength(saves + 1);
    expect(row().getByText("Hoàn thành đúng hạn")).toBeTruthy();
    expect(row().getByText("Xong ngày 12/11/2020")).toBeTruthy();
    expect(row().getByText("Kết quả: Đã trình Kế hoạch số 12/KH-TTr")).toBeTruthy();
    // The deadline left alone keeps its own phrase and kind.
    expect(row().getByText("Hạn 13/11/2020")).toBeTruthy();
    const stored = parseChecklist(gateway.checklistXml ?? "");
    const entry = stored.ok ? Object.values(stored.state.entries).find((e) => e.done) : undefined;
    expect(entry).toMatchObject({ doneOn: "2020-11-12", note: "Đã trình Kế hoạch số 12/KH-TTr" });
    expect(entry?.edit?.deadline).toBeUndefined();
  });

  it("refuses a done day after today: the task would count as open until then", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await scan();
    const row = within(rowOf(planTask.text));
    await userEvent.click(row.getByRole("checkbox"));
    await rowAction(planTask.text, "Sửa");
    const doneOn = row.getByRole("combobox", { name: "Ngày hoàn thành" });
    doneOn.focus();
    await userEvent.keyboard("{Control>}a{/Control}21/11");
    await userEvent.tab();

    expect(row.getByText("Ngày hoàn thành không thể sau hôm nay.")).toBeTruthy();
    expect(row.getByRole("button", { name: "Lưu" })).toHaveProperty("disabled", true);
  });

  it("counts a deadline as due soon within the days set in Cài đặt", async () => {
    const profiles = memoryProfileStore();
    profiles.rememberFollowUpSettings({ dueSoonDays: 10, alarmDays: [3, 1] });
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway, "2020-11-20", profiles);
    await scan();

    const soon = within(screen.getByRole("region", { name: /^Sắp đến hạn \(\d+\)$/ }));
    expect(soon.getByRole("listitem", { name: sportsTask.text })).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Sắp đến hạn \(\d+\)$/ })).toBeTruthy();
    // The tracking table put into the document says the same.
    await userEvent.click(screen.getByRole("button", { name: "Xuất danh sách" }));
    await userEvent.click(await screen.findByRole("menuitem", { name: /^Chèn bảng theo dõi/ }));
    await screen.findByText(/^Đã chèn bảng theo dõi/);
    const table = gateway.inserted.find((b) => b.name === "task-table")!.blocks[0] as Table;
    const sports = table.rows.find((r) => plainParagraphs(r.cells[1].blocks)[0].includes("Hội thao Cụm"))!;
    expect(plainParagraphs(sports.cells[5].blocks)).toEqual(["Sắp đến hạn"]);
  });

  it("adds a task by hand, shows it even when a filter would hide it, and puts the focus on it", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await scan();
    await userEvent.click(screen.getByRole("button", { name: "Quá hạn (1)" }));

    await userEvent.click(screen.getByRole("button", { name: "+ Thêm nhiệm vụ" }));
    expect(document.activeElement).toBe(screen.getByLabelText(/Nội dung nhiệm vụ/));
    await userEvent.type(screen.getByLabelText(/Nội dung nhiệm vụ/), "Gửi báo cáo tuần");
    await userEvent.click(
      within(screen.getByRole("region", { name: "Thêm nhiệm vụ" })).getByRole("button", { name: "Thêm nhiệm vụ" }),
    );

    expect(rowOf("Gửi báo cáo tuần")).toBeTruthy();
    expect(rowOf("Gửi báo cáo tuần").contains(document.activeElement)).toBe(true);
    expect(within(toaster()).getByText("Đã thêm «Gửi báo cáo tuần».")).toBeTruthy();
  });

  it("removes a task with one click, undoes it from the toast, and lists removed tasks to bring back", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await scan();
    const before = gateway.paragraphs().map((p) => p.text);
    const order = rowTexts();
    const next = order[order.indexOf(planTask.text) + 1]!;

    await rowAction(planTask.text, "Bỏ khỏi danh sách");
    expect(screen.queryByRole("listitem", { name: planTask.text })).toBeNull();
    expect(gateway.paragraphs().map((p) => p.text)).toEqual(before); // the document is not touched
    expect(rowOf(next).contains(document.activeElement)).toBe(true); // the focus moves on, not to the page

    await userEvent.click(within(toaster()).getByRole("button", { name: "Hoàn tác" }));
    expect(rowOf(planTask.text)).toBeTruthy();
    expect(rowOf(planTask.text).contains(document.activeElement)).toBe(true);

    await rowAction(planTask.text, "Bỏ khỏi danh sách");
    await userEvent.click(screen.getByRole("button", { name: "Đã bỏ (1)" }));
    expect(rowTexts()).toEqual([planTask.text]);
    await rowAction(planTask.text, "Đưa lại vào danh sách");
    await userEvent.click(screen.getByRole("button", { name: /^Tất cả/ }));
    expect(rowOf(planTask.text)).toBeTruthy();
    const stored = parseChecklist(gateway.checklistXml ?? "");
    expect(stored.ok && Object.values(stored.state.entries).some((e) => e.removed)).toBe(false);
  });

  it("offers to merge a reworded sentence with its old task, keeping the tick, owner and deadline", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await scan();
    await userEvent.click(within(rowOf(planTask.text)).getByRole("checkbox"));
    const reworded = planTask.text.replace("chậm nhất ngày 13/11", "chậm nhất ngày 16/11");
    gateway.items = gateway.items.map((item) =>
      item.kind === "text" && item.paragraph.text.includes(planTask.text)
        ? { kind: "text", paragraph: { text: item.paragraph.text.replace(planTask.text, reworded) } }
        : item,
    );
    await scan("Quét lại");

    // The old row is kept apart, with what the scan had found, and the likely new sentence is named.
    await userEvent.click(screen.getByRole("button", { name: "Không còn trong văn bản (1)" }));
    const old = within(rowOf(planTask.text));
    expect(old.getByText(planTask.owner!)).toBeTruthy();
    expect(old.getByText("Hạn 13/11/2020")).toBeTruthy();
    expect(old.getByText(/Có thể đã sửa thành/)).toBeTruthy();
    await userEvent.click(old.getByRole("button", { name: "Gộp vào câu mới" }));

    await userEvent.click(screen.getByRole("button", { name: /^Tất cả/ }));
    expect(screen.queryByRole("button", { name: /không còn trong văn bản/ })).toBeNull();
    expect(within(rowOf(reworded)).getByRole("checkbox")).toHaveProperty("checked", true);
  });

  it("says so beside the row when the sentence was deleted before the clerk clicks it", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await scan();
    gateway.items = gateway.items.filter(
      (item) => item.kind !== "text" || !item.paragraph.text.includes(planTask.text),
    );

    await rowAction(planTask.text, "Xem trong văn bản");

    expect(within(rowOf(planTask.text)).getByText(/Không còn tìm thấy câu này/)).toBeTruthy();
  });

  it("reports an empty document instead of an empty list", async () => {
    await renderTasks(FakeWordGateway.withText([]));
    await userEvent.click(screen.getByRole("button", { name: "Quét văn bản" }));
    expect(screen.getByText("Văn bản đang trống: chưa có gì để quét.")).toBeTruthy();
  });

  it("folds Word's developer text away under a sentence the clerk can act on", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    gateway.failNextWith({
      code: "unknown",
      message: "Word báo lỗi: Cannot read properties of undefined (reading 'items').",
      messageEn: "Word reported an error: Cannot read properties of undefined (reading 'items').",
    });
    await userEvent.click(screen.getByRole("button", { name: "Quét văn bản" }));
    const notice = screen.getByText(/Word không thực hiện được thao tác này/);
    expect(notice.textContent).not.toMatch(/Cannot read/);
    const detail = screen.getByRole("button", { name: "Chi tiết kỹ thuật" });
    expect(detail.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText(/Cannot read properties/)).toBeNull();
    await userEvent.click(detail); // there for whoever helps the clerk
    expect(screen.getByText(/Cannot read properties of undefined/)).toBeTruthy();
  });

  it("ignores a corrupt state part and never overwrites it without asking", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    const corrupt = `<checklist xmlns="${CHECKLIST_NAMESPACE}" version="2"><![CDATA[{broken]]></checklist>`;
    gateway.checklistXml = corrupt;
    await renderTasks(gateway);

    expect(await screen.findByText(/bị hỏng nên đã được bỏ qua/)).toBeTruthy();
    await scan();
    await userEvent.click(within(rowOf(planTask.text)).getByRole("checkbox"));
    expect(gateway.checklistXml).toBe(corrupt);

    await userEvent.click(screen.getByRole("button", { name: "Ghi đè dữ liệu cũ" }));
    const stored = parseChecklist(gateway.checklistXml ?? "");
    expect(stored.ok).toBe(true);
  });

  it("warns about text typed in a legacy TCVN3 font instead of listing garbage", async () => {
    await renderTasks(
      FakeWordGateway.withText(["- C¸c phßng rµ so¸t kÕ ho¹ch thanh tra n¨m 2021, chËm nhÊt ngµy 13/11."]),
    );
    await userEvent.click(screen.getByRole("button", { name: "Quét văn bản" }));
    expect(await screen.findByText(/TCVN3/)).toBeTruthy();
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
  });

  it("inserts the tracking table, says when ticks make it out of date, and updates it in place", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await scan();
    const count = screen.getAllByRole("listitem").length;
    const exportMenu = async (item: string) => {
      await userEvent.click(screen.getByRole("button", { name: "Xuất danh sách" }));
      await userEvent.click(await screen.findByRole("menuitem", { name: item }));
    };

    await exportMenu("Chèn bảng theo dõi vào văn bản");
    expect(await within(toaster()).findByText("Đã chèn bảng theo dõi nhiệm vụ.")).toBeTruthy();
    const table = () =>
      gateway.inserted.find((b) => b.name === "task-table")!.blocks.find((b) => b.kind === "table") as Table;
    expect(plainParagraphs([table()]).slice(0, 6)).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Thời hạn",
      "Tình trạng",
    ]);
    expect(table().rows).toHaveLength(count + 1);
    expect(screen.queryByText(/Bảng theo dõi trong văn bản chưa có/)).toBeNull();

    await userEvent.click(within(rowOf(planTask.text)).getByRole("checkbox"));
    expect(await screen.findByText(/Bảng theo dõi trong văn bản chưa có/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Cập nhật bảng theo dõi" }));
    expect(await within(toaster()).findByText("Đã cập nhật bảng theo dõi nhiệm vụ.")).toBeTruthy();
    expect(screen.queryByText(/Bảng theo dõi trong văn bản chưa có/)).toBeNull();
    expect(gateway.inserted.filter((b) => b.name === "task-table")).toHaveLength(1);
    const planRow = table().rows.find((r) => plainParagraphs(r.cells[1].blocks)[0] === planTask.text)!;
    // Ticked on the test's day, 20/11/2020, after its 13/11/2020 deadline.
    expect(plainParagraphs(planRow.cells[5].blocks)).toEqual(["Hoàn thành quá hạn"]);

    await scan("Quét lại");
    expect(screen.getAllByRole("listitem")).toHaveLength(count);
  });

  it("exports CSV and a calendar named after the document's number and date", async () => {
    const blobs: Array<{ blob: Blob }> = [];
    const names: string[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push({ blob }), "blob:x"),
      revokeObjectURL: () => undefined,
    });
    // jsdom cannot follow the download link; the file itself is what we check.
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await scan();
    await userEvent.click(within(rowOf(planTask.text)).getByRole("checkbox"));
    const exportAs = async (item: string) => {
      await userEvent.click(screen.getByRole("button", { name: "Xuất danh sách" }));
      await userEvent.click(await screen.findByRole("menuitem", { name: item }));
    };

    await exportAs("CSV");
    expect(await within(toaster()).findByText(/Đã xuất \d+ nhiệm vụ vào tệp nhiem-vu-.*\.csv/)).toBeTruthy();
    expect(names[0]).toMatch(/^nhiem-vu-(.+_)?2020-11-10\.csv$/);
    const csv = await readText(blobs[0].blob);
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(parsed[0].slice(0, 7)).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Thời hạn",
      "Loại thời hạn",
      "Tình trạng",
    ]);
    const plan = parsed.find((cells) => cells[1] === planTask.text)!;
    expect(plan[2]).toBe(planTask.owner);
    expect(plan[4]).toBe("13/11/2020");
    expect(plan[6]).toBe("Hoàn thành quá hạn"); // ticked on 20/11/2020, due 13/11/2020
    expect(plan[7]).toBe("20/11/2020");

    await exportAs("Lịch (.ics)");
    expect(await within(toaster()).findByText(/nhiem-vu-.*\.ics/)).toBeTruthy();
    const ics = await readText(blobs[1].blob);
    expect(ics).toMatch(/DUE;VALUE=DATE:20201113/);
    expect(ics.match(/BEGIN:VTODO/g)?.length).toBe(labels.tasks.filter((t) => t.deadline?.date).length);
  });

  it("offers the clipboard when the host blocks the download", async () => {
    Object.assign(URL, {
      createObjectURL: () => {
        throw new Error("blocked");
      },
      revokeObjectURL: () => undefined,
    });
    await renderTasks(FakeWordGateway.withText(seedLines));
    await scan();
    await userEvent.click(screen.getByRole("button", { name: "Xuất danh sách" }));
    await userEvent.click(await screen.findByRole("menuitem", { name: "CSV" }));
    expect(await screen.findByText(/không cho tải tệp xuống/)).toBeTruthy();
  });

  it("keeps the list, the filter and the search after a visit to another tab", async () => {
    await renderTasks(FakeWordGateway.withText(seedLines));
    await scan();
    await userEvent.click(screen.getByRole("button", { name: "Quá hạn (1)" }));
    await userEvent.type(screen.getByLabelText(/^Lọc danh sách/), "ke hoach");

    await userEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
    await waitForTab();
    await userEvent.click(screen.getByRole("tab", { name: "Nhiệm vụ" }));

    expect(screen.getByLabelText<HTMLInputElement>(/^Lọc danh sách/).value).toBe("ke hoach");
    expect(screen.getByRole("button", { name: "Quá hạn (1)" }).getAttribute("aria-pressed")).toBe("true");
    expect(rowTexts()).toEqual([planTask.text]);
  });
});
