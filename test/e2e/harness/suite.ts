/** One browser and one server per test file, a fresh context per pane, and the end-of-scenario checks. */
import { Browser } from "playwright-core";
import { NO_PROBLEMS, OpenOptions, Pane, launchBrowser, openPane } from "./browser";
import { E2E_DIST } from "./build";
import { StaticServer, serveDirectory } from "./server";

export function paneSuite(): { pane(options?: OpenOptions): Promise<Pane> } {
  let browser: Browser;
  let server: StaticServer;
  const open: Pane[] = [];
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveDirectory(E2E_DIST)]);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    async pane(options = {}) {
      const p = await openPane(browser, server, options);
      open.push(p);
      return p;
    },
  };
}

/** Nothing logged as an error, nothing failed, nothing left the machine, no call the scripted host lacks. */
export async function expectClean(p: Pane, withHost = true): Promise<void> {
  expect(p.problems).toEqual(NO_PROBLEMS);
  if (withHost) expect(await p.host.unsupported()).toEqual([]);
}
