/**
 * @jest-environment jsdom
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeWordGateway } from "../../../../test/fakes/fakeWordGateway";
import { renderApp, waitForTab } from "../../../../test/fakes/renderApp";
import { clockAt } from "../../../../test/fakes/clock";
import { memoryProfileStore } from "../../../word";

jest.mock("./extractInWorker", () => ({
  scanInWorker: jest.fn(() => Promise.reject(new Error("RangeError: Maximum call stack size exceeded"))),
}));

test("a scan that fails says so and gives the button back, instead of 'Đang quét…' for ever", async () => {
  const gateway = FakeWordGateway.withText(["Hà Nội, ngày 10 tháng 11 năm 2026", "- Giao Sở Tài chính rà soát."]);
  await renderApp({ gateway, profiles: memoryProfileStore(), clock: clockAt("2026-11-20") });
  await userEvent.click(screen.getByRole("tab", { name: "Nhiệm vụ" }));
  await waitForTab();

  await userEvent.click(screen.getByRole("button", { name: "Quét văn bản" }));

  await screen.findByText(/Không quét được văn bản này/);
  // The extractor's own words are folded away, for whoever helps the clerk.
  expect(screen.queryByText(/RangeError/)).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: "Chi tiết kỹ thuật" }));
  expect(screen.getByText(/Maximum call stack size exceeded/)).toBeTruthy();
  // The button stays focusable while busy (aria-disabled), so it is given back when that is gone.
  await waitFor(() =>
    expect(screen.getByRole("button", { name: "Quét văn bản" }).getAttribute("aria-disabled")).not.toBe("true"),
  );
});
