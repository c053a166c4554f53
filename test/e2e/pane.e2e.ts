/**
 * What a clerk does in the pane, in a real browser, against the scripted Word host: each scenario checks what the
 * clerk sees and what Word received. Every scenario opens a fresh browser context (empty localStorage).
 */
import { Browser } from "playwright-core";
import { NO_PROBLEMS, Pane, launchBrowser, openPane } from "./harness/browser";
import { E2E_DIST } from "./harness/build";
import { StaticServer, serveDirectory } from "./harness/server";
import { ui, vi } from "./harness/ui";

let browser: Browser;
let server: StaticServer;
const open: Pane[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDirectory(E2E_DIST)]);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((pane) => pane.close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pane(options: Parameters<typeof openPane>[2] = {}): Promise<Pane> {
  const p = await openPane(browser, server, options);
  open.push(p);
  return p;
}

/** Each scenario ends with: nothing logged as an error, nothing failed, nothing left the machine, no call unknown to the host. */
async function expectClean(p: Pane): Promise<void> {
  expect(p.problems).toEqual(NO_PROBLEMS);
  expect(await p.host.unsupported()).toEqual([]);
}

test("the pane opens with its three tabs, the header button and the language menu", async () => {
  const p = await pane();
  const screen = ui(p.page);
  expect(await screen.tabs.allInnerTexts()).toEqual(["Soạn thảo", "Nhiệm vụ", "Cài đặt"]);
  expect(await screen.tab("Soạn thảo").getAttribute("aria-selected")).toBe("true");
  await screen.language.waitFor();
  // No profile yet: the Drafting tab says so and offers the way to Cài đặt.
  await p.page.getByText(vi.profileMissing).waitFor();
  await screen.button(vi.goToSettings).waitFor();
  expect((await p.host.stats()).runs).toBe(0); // opening the pane does not touch the document
  await expectClean(p);
});
