/**
 * @jest-environment jsdom
 */
import { WordHost, installOfficeWord, uninstallOfficeWord } from "../../test/fakes/officeWord";
import { showMessageDialog } from "./dialog";

let host: WordHost;
beforeEach(() => {
  host = installOfficeWord();
});
afterEach(uninstallOfficeWord);

const settled = (promise: Promise<void>) => {
  const state = { done: false };
  void promise.then(() => (state.done = true));
  return state;
};
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test("settles only when the clerk closes the dialog, not when it opens", async () => {
  const shown = settled(showMessageDialog("Chưa có thông tin cơ quan."));
  await tick();
  expect(host.dialogs).toHaveLength(1);
  expect(new URL(host.dialogs[0].url).searchParams.get("text")).toBe("Chưa có thông tin cơ quan.");
  expect(shown.done).toBe(false);
  host.dialogs[0].closedByUser();
  await tick();
  expect(shown.done).toBe(true);
});

test("its own 'Đóng' button closes it and settles", async () => {
  const shown = settled(showMessageDialog("x"));
  await tick();
  host.dialogs[0].messageFromDialog("close");
  await tick();
  expect(host.dialogs[0].closed).toBe(true);
  expect(shown.done).toBe(true);
});

test.each([12007, 12009])("settles at once when the dialog cannot open (%i)", async (code) => {
  host.dialogFailure = code;
  await expect(showMessageDialog("x")).resolves.toBeUndefined();
  expect(host.dialogs).toHaveLength(0);
});

test("settles at once where the host has no Dialog API", async () => {
  (Office.context as { ui?: unknown }).ui = undefined;
  await expect(showMessageDialog("x")).resolves.toBeUndefined();
});
