/**
 * What ships: the first-screen budget (the shell and the first tab's content, as the browser really loads them),
 * the script order of taskpane.html (office.js, legacy check, app; no inline script), the legacy check parseable by
 * Internet Explorer (ES5), and no trace of the scripted host outside its own chunk. Figures are printed; the
 * breakdown is in test/bench/bundle-size.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "acorn";
import { FIRST_SCREEN_BUDGET_KB, KB, analyseBundle, formatReport } from "../bench/bundle-size";
import { TAY_NINH } from "../fakes/profiles";
import { recordFigure } from "./harness/artifacts";
import { E2E_DIST } from "./harness/build";
import { paneSuite } from "./harness/suite";
import { ui, vi } from "./harness/ui";
import { HOST_MARKER } from "./host/protocol";

const report = analyseBundle();
const html = fs.readFileSync(path.join(E2E_DIST, "taskpane.html"), "utf8");
const { pane } = paneSuite();

test(`the first screen (shell and Soạn thảo) loads at most ${FIRST_SCREEN_BUDGET_KB} KB of JavaScript, gzip`, () => {
  console.log(formatReport(report));
  recordFigure("bundle (KB gzip)", {
    firstScreen: +(report.firstScreenGzip / KB).toFixed(1),
    firstLoad: +(report.firstLoadGzip / KB).toFixed(1),
    lazy: +(report.lazyGzip / KB).toFixed(1),
    top: report.byPackage.slice(0, 5).map((p) => `${p.name} ${(p.share * 100).toFixed(0)}%`),
  });
  expect(report.firstScreenGzip / KB).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_KB);
});

/**
 * The scripts of our own the page had requested when `ready` appeared (the scripted host's own chunk aside): the
 * page tells Node the moment it sees `ready`, and Node takes the requests it had seen by then.
 */
async function scriptsBefore(p: Awaited<ReturnType<typeof pane>>, ready: string): Promise<string[]> {
  const requested: string[] = [];
  let atReady: string[] | null = null;
  p.page.on("request", (request) => requested.push(request.url()));
  await p.context.exposeBinding("__firstScreen", () => void (atReady ??= [...requested]));
  await p.context.addInitScript((text: string) => {
    new MutationObserver((_, observer) => {
      if (![...document.querySelectorAll("button, h2")].some((el) => el.textContent === text)) return;
      observer.disconnect();
      void (window as never as { __firstScreen(): Promise<void> }).__firstScreen();
    }).observe(document, { subtree: true, childList: true });
  }, ready);
  await p.page.reload();
  await p.page.getByText(ready, { exact: true }).first().waitFor();
  await p.page.waitForFunction(() => true); // one more round trip: the binding's call has reached Node
  const origin = new URL(p.page.url()).origin;
  return atReady!
    .filter((url) => url.startsWith(`${origin}/`) && url.endsWith(".js"))
    .map((url) => new URL(url).pathname.slice(1))
    .filter((file) => !file.startsWith("scriptedWord."))
    .sort();
}

test("the browser fetches exactly the counted files before the first screen, and nothing more", async () => {
  const p = await pane();
  // A returning clerk: a stored profile, so Soạn thảo is the first screen.
  await p.page.evaluate((book) => localStorage.setItem("kl.profile.v1", JSON.stringify(book)), {
    profiles: [TAY_NINH],
    active: 0,
  });
  const fetched = await scriptsBefore(p, vi.newDraft);
  expect(fetched).toEqual(report.firstScreen.map((f) => f.file).sort());
  await ui(p.page).button(vi.insertHeader).waitFor();
});

test("a first start's welcome screen needs only taskpane.html's own scripts", async () => {
  const p = await pane();
  const fetched = await scriptsBefore(p, vi.welcomeTitle);
  expect(fetched).toEqual(report.firstLoad.map((f) => f.file).sort());
  recordFigure("welcome screen (KB gzip)", +(report.firstLoadGzip / KB).toFixed(1));
});

test("the export libraries (exceljs, ical.js, papaparse) are not in the first load", () => {
  const firstLoadPackages = report.byPackage.map((p) => p.name);
  for (const library of ["exceljs", "ical.js", "papaparse", "@fluentui/react-datepicker-compat"]) {
    expect(firstLoadPackages).not.toContain(library);
  }
  // They still ship, in lazily loaded chunks: the workbook's part names and the calendar component's name.
  const text = (files: Array<{ file: string }>) =>
    files.map((f) => fs.readFileSync(path.join(E2E_DIST, f.file), "utf8")).join("\n");
  expect(text(report.lazy)).toContain("xl/workbook.xml");
  expect(text(report.lazy)).toContain("vcalendar");
  expect(text(report.firstLoad)).not.toContain("xl/workbook.xml");
  expect(text(report.firstLoad)).not.toContain("vcalendar");
});

test("taskpane.html loads office.js, then the legacy check, then the app, with no inline script", () => {
  expect(report.inlineScripts).toBe(0);
  expect(report.scriptOrder.map((src) => src.replace(/\.[0-9a-f]{8}\.js$/, ".js"))).toEqual([
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    "legacyCheck.js",
    "taskpane.js",
  ]);
});

test("the legacy check parses as ES5, so Internet Explorer can run it", () => {
  const file = report.firstLoad.find((f) => f.file.startsWith("legacyCheck."))!.file;
  expect(() => parse(fs.readFileSync(path.join(E2E_DIST, file), "utf8"), { ecmaVersion: 5 })).not.toThrow();
});

test("the scripted Word host never reaches the production bundle", () => {
  const hostFiles = new Set(
    fs.readdirSync(E2E_DIST).filter((f) => f.startsWith("scriptedWord.") || f === "taskpane.e2e.html"),
  );
  expect([...hostFiles].some((f) => f.endsWith(".js"))).toBe(true); // the marker search below would be vacuous otherwise
  const leaks = fs
    .readdirSync(E2E_DIST, { recursive: true, encoding: "utf8" })
    .filter((f) => !hostFiles.has(f) && !f.endsWith(".map") && fs.statSync(path.join(E2E_DIST, f)).isFile())
    .filter((f) => fs.readFileSync(path.join(E2E_DIST, f), "utf8").includes(HOST_MARKER));
  expect(leaks).toEqual([]);
  expect(html).not.toContain("scriptedWord");
});
