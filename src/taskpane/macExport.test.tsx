/**
 * @jest-environment jsdom
 */
/**
 * Word for Mac ignores downloads without an error (src/word/platform.ts): the export must say nothing was saved and
 * point to the clipboard, never "Đã xuất … vào tệp" (issue 13, point 5).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeWordGateway } from "../../test/fakes/fakeWordGateway";
import { renderApp, waitForTab } from "../../test/fakes/renderApp";
import { clockAt } from "../../test/fakes/clock";
import { memoryProfileStore } from "../word";

const seed = readFileSync(
  path.resolve(__dirname, "../../test/fixtures/corpus/seed/ket-luan-giao-ban-thanh-tra-tay-ninh-2020-11.plain.txt"),
  "utf8",
)
  .split("\n")
  .filter((line) => line.trim() !== "");

const created: Blob[] = [];
beforeEach(() => {
  created.length = 0;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => (created.push(blob), "blob:x"),
    revokeObjectURL: () => undefined,
  });
  Object.assign(globalThis, { Office: { context: { platform: "Mac" } } });
});
afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test("on Mac, exporting a file says it was not saved and offers the clipboard", async () => {
  await renderApp({
    gateway: FakeWordGateway.withText(seed),
    profiles: memoryProfileStore(),
    clock: clockAt("2020-11-20"),
  });
  await userEvent.click(screen.getByRole("tab", { name: "Nhiệm vụ" }));
  await waitForTab();
  await userEvent.click(screen.getByRole("button", { name: "Quét văn bản" }));
  await userEvent.click(await screen.findByRole("button", { name: "Xuất danh sách" }));
  await userEvent.click(await screen.findByRole("menuitem", { name: "CSV" }));
  expect(await screen.findByText(/không cho tải tệp xuống.*Sao chép/)).toBeTruthy();
  expect(screen.queryByText(/Đã xuất/)).toBeNull();
  expect(created).toEqual([]); // no download was even attempted
});
