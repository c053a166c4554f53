/**
 * @jest-environment jsdom
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeWordGateway } from "../../../../test/fakes/fakeWordGateway";
import { renderApp, waitForTab } from "../../../../test/fakes/renderApp";
import { memoryProfileStore } from "../../../word";
import { parseShortDate } from "../../../core/dates";
import { clockAt } from "../../../../test/fakes/clock";

describe("parseShortDate: what clerks type for a day", () => {
  it.each([
    ["13/11/2020", "2020-11-13"],
    ["13/11", "2026-11-13"],
    ["5-1-21", "2021-01-05"],
    ["29/02/2024", "2024-02-29"],
    ["31/02/2021", null],
    ["29/02/2023", null],
    ["hôm nay", null],
  ])("%s → %s", (text, iso) => {
    expect(parseShortDate(text, 2026)).toBe(iso);
  });
});

it("opens a calendar with Vietnamese month names and weeks starting on Monday", async () => {
  await renderApp({
    gateway: FakeWordGateway.withText([]),
    profiles: memoryProfileStore(),
    clock: clockAt("2026-11-25"),
  });
  await userEvent.click(screen.getByRole("tab", { name: "Nhiệm vụ" }));
  await waitForTab();
  await userEvent.click(screen.getByRole("button", { name: "+ Thêm nhiệm vụ" }));
  await userEvent.click(screen.getByRole("combobox", { name: "Thời hạn" }));

  await screen.findAllByRole("grid");
  const grid = screen.getAllByRole("grid").find((g) => g.querySelector("th"))!;
  const headers = [...grid.querySelectorAll("th")].map((th) => th.textContent);
  expect(headers).toEqual(["T2", "T3", "T4", "T5", "T6", "T7", "CN"]);
  expect(screen.getAllByText(/Tháng 11/).length).toBeGreaterThan(0);
  // Read out in Vietnamese word order, not Fluent's "Tháng 11 25, 2026".
  expect(grid.getAttribute("aria-label")).toMatch(/^Tháng 11\/2026, .*Hôm nay Ngày 25 tháng 11 năm 2026/);
});
