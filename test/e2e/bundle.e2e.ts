/**
 * What ships: the first-load budget, the script order of taskpane.html (office.js, legacy check, app; no inline
 * script), the legacy check parseable by Internet Explorer (ES5), and no trace of the scripted host outside its
 * own chunk. Figures are printed; the breakdown is in test/bench/bundle-size.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "acorn";
import { FIRST_LOAD_BUDGET_KB, KB, analyseBundle, formatReport } from "../bench/bundle-size";
import { recordFigure } from "./harness/artifacts";
import { E2E_DIST } from "./harness/build";
import { HOST_MARKER } from "./host/protocol";

const report = analyseBundle();
const html = fs.readFileSync(path.join(E2E_DIST, "taskpane.html"), "utf8");

test(`first-load JavaScript of the task pane stays under ${FIRST_LOAD_BUDGET_KB} KB gzip`, () => {
  console.log(formatReport(report));
  recordFigure("bundle (KB gzip)", {
    firstLoad: +(report.firstLoadGzip / KB).toFixed(1),
    lazy: +(report.lazyGzip / KB).toFixed(1),
    top: report.byPackage.slice(0, 5).map((p) => `${p.name} ${(p.share * 100).toFixed(0)}%`),
  });
  expect(report.firstLoadGzip / KB).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
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
