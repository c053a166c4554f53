/**
 * @jest-environment jsdom
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ChecklistRow } from "../../../core/checklist";
import { I18nProvider, Language } from "../../i18n";
import { TaskRow } from "./TaskRow";
import { badgeOf } from "./taskView";

const row = (task: Partial<ChecklistRow["task"]>): ChecklistRow => ({
  task: {
    id: "t1",
    text: "Các phòng rà soát kế hoạch thanh tra năm 2021.",
    owner: "Các phòng",
    coOwners: [],
    deadline: null,
    urgent: false,
    section: null,
    paragraphIndex: 0,
    ...task,
  },
  done: false,
  status: "present",
  edited: false,
  manual: false,
});

function show(value: ChecklistRow, today = "2026-11-25", language: Language = "vi") {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider initial={language}>
        <ul>
          <TaskRow
            row={value}
            badge={badgeOf(value, { today, dueSoonDays: 7 })}
            todayIso={today}
            actions={[]}
            onToggle={() => undefined}
          />
        </ul>
      </I18nProvider>
    </FluentProvider>,
  );
  return screen.getByRole("listitem");
}

describe("a task row", () => {
  it("marks a task to review and says what makes it doubtful, not what made it a task", async () => {
    const li = show(
      row({
        text: "Xây dựng kế hoạch thanh tra năm 2021 các phòng tiếp tục rà soát.",
        confidence: "review",
        evidence: [
          { code: "task-section", phrase: "3. Một số nhiệm vụ trọng tâm tháng 12" },
          { code: "weak-evidence", phrase: "Xây dựng kế hoạch thanh tra năm 2021 các phòng tiếp tục…" },
          { code: "deadline-choice", phrase: "trước 15/11 và 20/11" },
        ],
      }),
    );
    expect(li.textContent).toContain("Cần xem lại");
    // Why, when the clerk opens the sentence (and on the mark's tooltip): rows stay short.
    await userEvent.click(within(li).getByRole("button", { name: /^Xây dựng kế hoạch/ }));
    expect(li.textContent).toContain(
      "Cần xem lại: Chưa thấy lời giao việc rõ ràng; Có nhiều mốc thời gian, đã chọn mốc sớm nhất («trước 15/11 và 20/11»)",
    );
    expect(li.textContent).not.toContain("trọng tâm tháng 12");
  });

  it("shows no review mark on a task the rules are sure of", () => {
    const li = show(row({ confidence: "high", evidence: [{ code: "duty", phrase: "chủ trì" }] }));
    expect(li.textContent).not.toContain("Cần xem lại");
    expect(li.textContent).not.toContain("«chủ trì»");
  });

  it("shows a recurring deadline's next due day", () => {
    const li = show(row({ deadline: { raw: "hằng quý", date: "2020-12-31", kind: "recurring", rule: "quarterly" } }));
    expect(li.textContent).toContain("Hằng quý – kỳ tới 31/12/2026");
  });

  it("says a deadline phrase without a day once, with no grey badge beside it", () => {
    const li = show(row({ deadline: { raw: "Thường xuyên", date: null, kind: "ongoing" } }));
    expect(li.textContent).toContain("Thường xuyên");
    expect(li.textContent).not.toContain("Chưa có hạn");
  });
});
