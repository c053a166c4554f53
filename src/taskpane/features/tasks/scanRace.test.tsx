/**
 * @jest-environment jsdom
 */
/**
 * A scan works out its rows and their statuses ahead of the render, in tasks of their own: a tick the clerk makes in
 * between is kept, not replaced by the checklist as it was when the scan's answer came.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseChecklist } from "../../../core/checklist";
import { memoryProfileStore } from "../../../word";
import { FakeWordGateway } from "../../../../test/fakes/fakeWordGateway";
import { renderApp, waitForTab } from "../../../../test/fakes/renderApp";
import { clockAt } from "../../../../test/fakes/clock";
import * as taskView from "./taskView";

jest.mock("./taskView", () => {
  const actual = jest.requireActual("./taskView");
  return { ...actual, judgeAhead: jest.fn(actual.judgeAhead) };
});

const lines = [
  "UBND TỈNH TÂY NINH",
  "Tây Ninh, ngày 10 tháng 11 năm 2026",
  "THÔNG BÁO",
  "1. Giao Sở Tài chính rà soát dự toán, hoàn thành trước ngày 30/11/2026.",
  "2. Giao Sở Nội vụ báo cáo biên chế, hoàn thành trước ngày 15/12/2026.",
];
const second = "Giao Sở Nội vụ báo cáo biên chế, hoàn thành trước ngày 15/12/2026.";

test("a tick made while a scan prepares its rows survives the scan", async () => {
  const gateway = FakeWordGateway.withText(lines);
  await renderApp({ gateway, profiles: memoryProfileStore(), clock: clockAt("2026-11-20") });
  await userEvent.click(screen.getByRole("tab", { name: "Nhiệm vụ" }));
  await waitForTab();
  const scanButton = screen.getByRole("button", { name: "Quét văn bản" });
  await userEvent.click(scanButton);
  const tick = () => within(screen.getByRole("listitem", { name: second })).getByRole("checkbox");
  await waitFor(() => expect(tick()).toBeTruthy());

  // The second scan: the clerk ticks the row between the worker's answer and the render.
  const judge = taskView.judgeAhead as jest.MockedFunction<typeof taskView.judgeAhead>;
  const actual = jest.requireActual("./taskView").judgeAhead as typeof taskView.judgeAhead;
  judge.mockImplementationOnce((rows, asOf) => {
    fireEvent.click(tick());
    actual(rows, asOf);
  });
  await userEvent.click(scanButton);
  await waitFor(() => expect(judge).toHaveBeenCalledTimes(2));
  await waitFor(() => expect(scanButton.getAttribute("aria-disabled")).not.toBe("true"));

  expect(tick()).toHaveProperty("checked", true);
  const saved = parseChecklist(gateway.checklistXml ?? "");
  if (!saved.ok) throw new Error(saved.message);
  expect(Object.values(saved.state.entries).filter((entry) => entry.done)).toHaveLength(1);
});
