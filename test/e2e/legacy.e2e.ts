/**
 * Old Office on Windows hosts add-ins in the Internet Explorer webview (Trident), which cannot run Fluent UI v9:
 * the production page must show a message naming the versions that work, and the app must not start.
 */
import { expectClean, paneSuite } from "./harness/suite";

const { pane } = paneSuite();

const IE_WEBVIEW =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";

/** Waits for office.js's onReady, i.e. the moment the app would render. */
const officeReady = (p: Awaited<ReturnType<typeof pane>>) =>
  p.page.evaluate(() => new Promise<void>((resolve) => Office.onReady(() => setTimeout(resolve, 100))));

test("in the Internet Explorer webview the pane says which Office versions work, and the app does not start", async () => {
  const p = await pane({ file: "taskpane.html", userAgent: IE_WEBVIEW, waitForApp: false });
  const alert = p.page.getByRole("alert");
  await alert.waitFor();
  const text = await alert.innerText();
  for (const phrase of [
    "Internet Explorer",
    "Microsoft 365",
    "Office 2021",
    "WebView2",
    "Word trên Mac",
    "Word on Mac",
  ]) {
    expect(text).toContain(phrase);
  }
  expect(text).toMatch(/Word trên web/);
  expect(text).toMatch(/Word on the web/);
  await officeReady(p);
  expect(await p.page.getByRole("tablist").count()).toBe(0);
  expect(await p.page.locator("#container").count()).toBe(0);
  await expectClean(p, false);
});

test("in a modern webview the production page starts the app (the check stays silent)", async () => {
  const p = await pane({ file: "taskpane.html" });
  expect(await p.page.getByRole("alert").count()).toBe(0);
  expect(await p.page.getByRole("tab").count()).toBe(3);
  await expectClean(p, false);
});
