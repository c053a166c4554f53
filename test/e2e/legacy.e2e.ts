/**
 * Where the add-in cannot run, it says so instead of showing a blank pane or a button that spins (issue 13, points 4
 * and 12): Office builds that host add-ins in Internet Explorer (Trident) or the legacy Edge (EdgeHTML), and a
 * network or firewall that blocks office.js. The production pages, as shipped.
 */
import { Pane } from "./harness/browser";
import { expectClean, paneSuite } from "./harness/suite";

const { pane } = paneSuite();

const IE_WEBVIEW =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
/** Office 2019 on Windows 10: the EdgeHTML webview. */
const EDGE_HTML_WEBVIEW =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
/** Microsoft 365 with WebView2: Chromium Edge says "Edg/", and must run the add-in. */
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0";

/** Waits for office.js's onReady, i.e. the moment the app would render. */
const officeReady = (p: Pane) =>
  p.page.evaluate(() => new Promise<void>((resolve) => Office.onReady(() => setTimeout(resolve, 100))));

test.each([
  ["Internet Explorer", IE_WEBVIEW],
  ["EdgeHTML", EDGE_HTML_WEBVIEW],
])("in the %s webview the pane says which Office versions work, and the app does not start", async (_, userAgent) => {
  const p = await pane({ file: "taskpane.html", userAgent, waitForApp: false });
  const alert = p.page.getByRole("alert");
  await alert.waitFor();
  const text = await alert.innerText();
  for (const phrase of [
    "Internet Explorer",
    "EdgeHTML",
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

test.each([
  ["a modern webview", undefined],
  ["WebView2 (Chromium Edge, 'Edg/')", WEBVIEW2],
])("in %s the production page starts the app (the check stays silent)", async (_, userAgent) => {
  const p = await pane({ file: "taskpane.html", userAgent });
  expect(await p.page.getByRole("alert").count()).toBe(0);
  expect(await p.page.getByRole("tab").count()).toBe(4);
  await expectClean(p, false);
});

test("when office.js cannot be loaded (CDN blocked), the pane says so instead of staying blank", async () => {
  const p = await pane({ file: "taskpane.html", waitForApp: false });
  // Registered last, so it answers before the harness's own route for the CDN.
  await p.context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("blockedbyclient"));
  await p.page.reload();
  const alert = p.page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.innerText()).toMatch(
    /Không tải được thư viện Office \(office\.js\)[\s\S]*appsforoffice\.microsoft\.com/,
  );
  expect(await p.page.locator("#container").count()).toBe(0);
  expect(p.problems.pageErrors).toEqual([]);
});

test("in an old webview the ribbon's buttons answer and complete instead of spinning", async () => {
  const p = await pane({ file: "commands.html", userAgent: IE_WEBVIEW, waitForApp: false });
  await officeReady(p);
  const completed = await p.page.evaluate(async () => {
    const w = window as unknown as Record<string, (event: { completed(): void }) => void>;
    const names = ["insertHeader", "insertSignature", "insertDraft"];
    const done = await Promise.all(
      names.map((name) => new Promise<boolean>((resolve) => w[name]({ completed: () => resolve(true) }))),
    );
    return { done, legacy: document.documentElement.hasAttribute("data-legacy-webview") };
  });
  expect(completed).toEqual({ done: [true, true, true], legacy: true });
});
