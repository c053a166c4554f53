/**
 * @jest-environment jsdom
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Clock } from "../core/dates";
import { memoryProfileStore } from "../word";
import { FakeWordGateway } from "../../test/fakes/fakeWordGateway";
import { renderApp, waitForTab } from "../../test/fakes/renderApp";
import { clockAt } from "../../test/fakes/clock";

/** A tab that throws while rendering (here: its clock fails) must not blank the pane. */
function failingClock(): { clock: Clock; fail: (on: boolean) => void } {
  const day = clockAt("2026-06-20");
  let failing = false;
  return {
    clock: {
      today: () => {
        if (failing) throw new Error("Đồng hồ hỏng");
        return day.today();
      },
      now: day.now,
    },
    fail: (on) => void (failing = on),
  };
}

describe("a tab that fails to render", () => {
  let consoleError: jest.SpyInstance;
  // React reports a caught render error on the console; the test expects it.
  beforeEach(() => (consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined)));
  afterEach(() => consoleError.mockRestore());

  it("shows what went wrong in the tab, keeps the tabs and the clerk's choices, and offers a reload", async () => {
    const { clock, fail } = failingClock();
    await renderApp({ gateway: FakeWordGateway.withText(["Một đoạn."]), profiles: memoryProfileStore(), clock });
    await userEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
    await waitForTab();
    await userEvent.click(screen.getByRole("button", { name: /Ngôn ngữ · Language/ }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Ngôn ngữ" }), "en");

    fail(true);
    await userEvent.click(screen.getByRole("tab", { name: "Tasks" }));
    await waitForTab();
    const alert = screen.getByRole("alert");
    expect(within(alert).getByText(/Đồng hồ hỏng/)).toBeTruthy();
    expect(within(alert).getByText(/went wrong/)).toBeTruthy();
    // The shell lives on: the language chosen before the failure, and every tab.
    expect(screen.getAllByRole("tab").map((t) => t.textContent)).toEqual(["Draft", "Tasks", "Check", "Settings"]);
    expect(screen.getByRole("combobox", { name: "Language", hidden: true })).toHaveProperty("value", "en");

    fail(false);
    await userEvent.click(within(alert).getByRole("button", { name: "Reload" }));
    await waitForTab();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("button", { name: "Scan document" })).toBeTruthy();
  });

  it("another tab still works, and coming back tries the failed tab again", async () => {
    const { clock, fail } = failingClock();
    await renderApp({ gateway: FakeWordGateway.withText(["Một đoạn."]), profiles: memoryProfileStore(), clock });
    fail(true);
    await userEvent.click(screen.getByRole("tab", { name: "Nhiệm vụ" }));
    await waitForTab();
    expect(within(screen.getByRole("alert")).getByRole("button", { name: "Tải lại" })).toBeTruthy();
    fail(false);
    await userEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
    await waitForTab();
    expect(screen.queryByRole("alert")).toBeNull();
    await userEvent.click(screen.getByRole("tab", { name: "Nhiệm vụ" }));
    await waitForTab();
    expect(screen.getByRole("button", { name: "Quét văn bản" })).toBeTruthy();
  });
});
