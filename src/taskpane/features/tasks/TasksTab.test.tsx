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

const rowOf = (text: string): HTMLElement => screen.getByRole("listitem", { name: text });

describe("Nhiệm vụ tab", () => {
  it("scans the seed in one read and shows its tasks with owners and deadlines", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);

    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));

    expect(gateway.calls.filter((c) => c === "readDocument")).toHaveLength(1);
    for (const label of labels.tasks.filter((t) => !t.optional)) expect(rowOf(label.text)).toBeTruthy();
    const plan = within(rowOf(planTask.text));
    expect(plan.getByText(`Chủ trì: ${planTask.owner}`, { exact: false })).toBeTruthy();
    expect(plan.getByText(/Thời hạn: 13\/11\/2020/)).toBeTruthy();
    // Today is 20/11/2020: 13/11 is overdue; 30/11 is 10 days away, beyond the 3 days of "due soon".
    expect(plan.getByText("Quá hạn")).toBeTruthy();
    expect(within(rowOf(sportsTask.text)).getByText("Trong hạn")).toBeTruthy();
  });

  it("keeps a tick across a re-scan and stores it inside the document", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));

    await userEvent.click(within(rowOf(planTask.text)).getByRole("checkbox"));
    await userEvent.click(screen.getByRole("button", { name: "Quét lại" }));

    expect(within(rowOf(planTask.text)).getByRole("checkbox")).toHaveProperty("checked", true);
    // Ticked today (20/11) for a deadline of 13/11: done, but late.
    expect(within(rowOf(planTask.text)).getByText("Hoàn thành quá hạn")).toBeTruthy();
    expect(within(rowOf(planTask.text)).getByText("Ngày hoàn thành: 20/11/2020")).toBeTruthy();
    const stored = parseChecklist(gateway.checklistXml ?? "");
    expect(
      stored.ok &&
        Object.values(stored.state.entries)
          .filter((e) => e.done)
          .map((e) => e.text),
    ).toEqual([planTask.text]);
  });

  it("marks new tasks after a re-scan and lists a deleted sentence as no longer in the document", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));

    const added = "- Phòng Nghiệp vụ 2 hoàn thành báo cáo chuyên đề trước ngày 25/11/2020.";
    gateway.items = gateway.items.filter(
      (item) => item.kind !== "text" || !item.paragraph.text.includes("Hội thao Cụm"),
    );
    const anchor = gateway.items.findIndex(
      (item) => item.kind === "text" && item.paragraph.text.includes("Đánh giá công chức"),
    );
    gateway.items.splice(anchor + 1, 0, { kind: "text", paragraph: { text: added } });
    await userEvent.click(screen.getByRole("button", { name: "Quét lại" }));

    const fresh = screen
      .getAllByRole("listitem")
      .find((li) => li.getAttribute("aria-label")?.includes("Phòng Nghiệp vụ 2"));
    expect(fresh && within(fresh).getByText("Mới")).toBeTruthy();
    const gone = within(screen.getByRole("region", { name: "Không còn trong văn bản" }));
    expect(gone.getByRole("listitem", { name: sportsTask.text })).toBeTruthy();
    await userEvent.click(gone.getByRole("button", { name: "Bỏ qua" }));
    expect(screen.queryByRole("region", { name: "Không còn trong văn bản" })).toBeNull();
  });

  it("filters without diacritics, by status, and selects the sentence in Word", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));

    await userEvent.type(screen.getByLabelText("Tìm (gõ có dấu hoặc không dấu)"), "hoi thao cum");
    expect(screen.getAllByRole("listitem").map((li) => li.getAttribute("aria-label"))).toEqual([sportsTask.text]);
    await userEvent.clear(screen.getByLabelText("Tìm (gõ có dấu hoặc không dấu)"));

    await userEvent.click(screen.getByRole("button", { name: /^Quá hạn \(\d+\)$/ }));
    const overdue = screen.getAllByRole("listitem").map((li) => li.getAttribute("aria-label"));
    expect(overdue).toContain(planTask.text);
    expect(overdue).not.toContain(sportsTask.text);
    expect(screen.getByRole("button", { name: /^Quá hạn/ }).textContent).toBe(`Quá hạn (${overdue.length})`);

    await userEvent.click(within(rowOf(planTask.text)).getByRole("button", { name: "Tìm trong văn bản" }));
    expect(gateway.selected).toBe(planTask.text);
  });

  it("edits the owner and deadline inline, and the edit survives a re-scan", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));
    const row = within(rowOf(sportsTask.text));

    await userEvent.click(row.getByRole("button", { name: "Sửa" }));
    await userEvent.type(row.getByLabelText("Chủ trì"), "Văn phòng");
    const deadline = row.getByRole("combobox", { name: "Thời hạn" });
    // Tab into the field, select what it shows and type over it; the year comes from today.
    deadline.focus();
    await userEvent.keyboard("{Control>}a{/Control}25/11");
    await userEvent.tab();
    await userEvent.click(row.getByRole("button", { name: "Lưu" }));
    await userEvent.click(screen.getByRole("button", { name: "Quét lại" }));

    const edited = within(rowOf(sportsTask.text));
    expect(edited.getByText("Chủ trì: Văn phòng", { exact: false })).toBeTruthy();
    expect(edited.getByText(/Thời hạn: 25\/11\/2020/)).toBeTruthy();
  });

  it("a late tick is dated back by the clerk, with a result the report prints, in one save", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));
    // One element throughout: a tick changes the badge, not the row's place (focus stays on it).
    const item = rowOf(planTask.text);
    const row = () => within(item);
    await userEvent.click(row().getByRole("checkbox"));
    expect(row().getByText("Hoàn thành quá hạn")).toBeTruthy();
    expect(rowOf(planTask.text)).toBe(item);

    await userEvent.click(row().getByRole("button", { name: "Sửa" }));
    const doneOn = row().getByRole("combobox", { name: "Ngày hoàn thành" });
    doneOn.focus();
    await userEvent.keyboard("{Control>}a{/Control}12/11");
    await userEvent.tab();
    await userEvent.type(row().getByLabelText("Kết quả, ghi chú"), "Đã trình Kế hoạch số 12/KH-TTr");
    const saves = gateway.calls.filter((c) => c === "saveChecklist").length;
    await userEvent.click(row().getByRole("button", { name: "Lưu" }));

    expect(gateway.calls.filter((c) => c === "saveChecklist")).toHaveLength(saves + 1);
    expect(row().getByText("Hoàn thành đúng hạn")).toBeTruthy();
    expect(row().getByText("Ngày hoàn thành: 12/11/2020")).toBeTruthy();
    expect(row().getByText("Kết quả, ghi chú: Đã trình Kế hoạch số 12/KH-TTr")).toBeTruthy();
    // The deadline left alone keeps its own phrase and kind.
    expect(row().getByText(/Thời hạn: 13\/11\/2020/)).toBeTruthy();
    const stored = parseChecklist(gateway.checklistXml ?? "");
    const entry = stored.ok ? Object.values(stored.state.entries).find((e) => e.done) : undefined;
    expect(entry).toMatchObject({ doneOn: "2020-11-12", note: "Đã trình Kế hoạch số 12/KH-TTr" });
    expect(entry?.edit?.deadline).toBeUndefined();
  });

  it("refuses a done day after today: the task would count as open until then", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));
    const row = within(rowOf(planTask.text));
    await userEvent.click(row.getByRole("checkbox"));
    await userEvent.click(row.getByRole("button", { name: "Sửa" }));
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
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));

    expect(within(rowOf(sportsTask.text)).getByText("Sắp đến hạn")).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Sắp đến hạn \(\d+\)$/ })).toBeTruthy();
    // The tracking table put into the document says the same.
    await userEvent.click(screen.getByRole("button", { name: "Chèn bảng theo dõi" }));
    const table = gateway.inserted.find((b) => b.name === "task-table")!.blocks[0] as Table;
    const sports = table.rows.find((r) => plainParagraphs(r.cells[1].blocks)[0].includes("Hội thao Cụm"))!;
    expect(plainParagraphs(sports.cells[5].blocks)).toEqual(["Sắp đến hạn"]);
  });

  it("adds a task by hand and removes a task from the list without touching the document", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));
    const before = gateway.paragraphs().map((p) => p.text);

    await userEvent.click(screen.getByRole("button", { name: "Thêm nhiệm vụ" }));
    await userEvent.type(screen.getByLabelText(/Nội dung nhiệm vụ/), "Gửi báo cáo tuần");
    await userEvent.click(
      within(screen.getByRole("region", { name: "Thêm nhiệm vụ" })).getByRole("button", { name: "Thêm nhiệm vụ" }),
    );
    expect(rowOf("Gửi báo cáo tuần")).toBeTruthy();

    await userEvent.click(within(rowOf(planTask.text)).getByRole("button", { name: "Bỏ khỏi danh sách" }));
    expect(screen.queryByRole("listitem", { name: planTask.text })).toBeNull();
    expect(gateway.paragraphs().map((p) => p.text)).toEqual(before);
  });

  it("says so when the sentence was deleted before the clerk clicks it", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));
    gateway.items = gateway.items.filter(
      (item) => item.kind !== "text" || !item.paragraph.text.includes(planTask.text),
    );

    await userEvent.click(within(rowOf(planTask.text)).getByRole("button", { name: "Tìm trong văn bản" }));

    expect(await screen.findByText(/Không còn tìm thấy câu này/)).toBeTruthy();
  });

  it("reports an empty document instead of an empty list", async () => {
    await renderTasks(FakeWordGateway.withText([]));
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));
    expect(screen.getByText("Văn bản đang trống: chưa có gì để quét.")).toBeTruthy();
  });

  it("ignores a corrupt state part and never overwrites it without asking", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    const corrupt = `<checklist xmlns="${CHECKLIST_NAMESPACE}" version="2"><![CDATA[{broken]]></checklist>`;
    gateway.checklistXml = corrupt;
    await renderTasks(gateway);

    expect(await screen.findByText(/bị hỏng nên đã được bỏ qua/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));
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
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));
    expect(screen.getByText(/TCVN3/)).toBeTruthy();
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
  });

  it("inserts the tracking table, updates it in place, and does not read it back as tasks", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));
    const count = screen.getAllByRole("listitem").length;

    await userEvent.click(screen.getByRole("button", { name: "Chèn bảng theo dõi" }));
    expect(await screen.findByText("Đã chèn bảng theo dõi nhiệm vụ.")).toBeTruthy();
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

    await userEvent.click(within(rowOf(planTask.text)).getByRole("checkbox"));
    await userEvent.click(screen.getByRole("button", { name: "Chèn bảng theo dõi" }));
    expect(await screen.findByText("Đã cập nhật bảng theo dõi nhiệm vụ.")).toBeTruthy();
    expect(gateway.inserted.filter((b) => b.name === "task-table")).toHaveLength(1);
    const planRow = table().rows.find((r) => plainParagraphs(r.cells[1].blocks)[0] === planTask.text)!;
    // Ticked on the test's day, 20/11/2020, after its 13/11/2020 deadline.
    expect(plainParagraphs(planRow.cells[5].blocks)).toEqual(["Hoàn thành quá hạn"]);

    await userEvent.click(screen.getByRole("button", { name: "Quét lại" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(count);
  });

  it("exports the checklist as CSV with the tick and the deadline, and as a calendar of dated tasks", async () => {
    const blobs: Array<{ blob: Blob; name: string }> = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push({ blob, name: "" }), "blob:x"),
      revokeObjectURL: () => undefined,
    });
    // jsdom cannot follow the download link; the file itself is what we check.
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const gateway = FakeWordGateway.withText(seedLines);
    await renderTasks(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));
    await userEvent.click(within(rowOf(planTask.text)).getByRole("checkbox"));

    await userEvent.click(screen.getByRole("button", { name: "CSV" }));
    expect(await screen.findByText(/Đã xuất \d+ nhiệm vụ vào tệp nhiem-vu-.*\.csv/)).toBeTruthy();
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

    await userEvent.click(screen.getByRole("button", { name: "Lịch (.ics)" }));
    expect(await screen.findByText(/nhiem-vu-.*\.ics/)).toBeTruthy();
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
    await userEvent.click(screen.getByRole("button", { name: "Quét tài liệu" }));
    await userEvent.click(screen.getByRole("button", { name: "CSV" }));
    expect(await screen.findByText(/không cho tải tệp xuống/)).toBeTruthy();
  });
});
