/**
 * The progress report of the seven Lào Cai documents (about a hundred tasks: the 96 labelled ones and the optional
 * requests the extractor finds too), as `cli report` writes it, rendered by LibreOffice:
 * the body and signature on portrait pages, the task table as a landscape Phụ lục after them (decree30.md §1:
 * landscape for tables; each appendix numbered on its own, the number centred at the top, not on its first page).
 * Owners' names and "31/12/2026"-style days are never broken inside a word, which a narrow column did on the
 * portrait page. The PNG pages are kept as test-output/render/report-appendix-<page>.png.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runReport } from "../../src/cli/report";
import { readFollowUpRows } from "../../src/cli/followUpInputs";
import { Table, isSectionBreak, plainParagraphs } from "../../src/core/model";
import { parseProfileJson } from "../../src/core/profile";
import { progressReportDocument } from "../../src/core/templates";
import { AS_OF, PROFILE_JSON, memoryIo } from "../support/followUpFixture";
import { CORPUS_DIR } from "../export/fixtures";
import { Rendered, RenderedPage, Word, renderDocx } from "../support/render";
import { validateDocx } from "../support/ooxmlSchema";
import { MARGINS_PT } from "./geometry";

const NAMES = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith(".docx"))
  .sort();
const files: Record<string, Uint8Array | string> = { "p.json": PROFILE_JSON };
for (const name of NAMES) files[name] = new Uint8Array(readFileSync(join(CORPUS_DIR, name)));

/** How many tasks the seven documents give the report (the extractor's count, not a number pinned here). */
function taskCount(): number {
  return readFollowUpRows(NAMES, memoryIo(files).io).rows.length;
}

/** The report's model as the CLI builds it, to know what each cell of the rendered table should hold. */
function expectedTables(): Table[] {
  const { io } = memoryIo(files);
  const { rows } = readFollowUpRows(NAMES, io);
  const profile = parseProfileJson(PROFILE_JSON).profile;
  const model = progressReportDocument(rows, { profile, asOf: AS_OF, date: io.clock.today() });
  const at = model.body.findIndex(isSectionBreak);
  return model.body
    .slice(at + 1)
    .flatMap((item) => (isSectionBreak(item) ? [] : item.blocks))
    .filter((b): b is Table => b.kind === "table");
}

const cellTexts = (tables: Table[], column: number): string[] =>
  tables.flatMap((t) => t.rows.slice(1).map((row) => plainParagraphs(row.cells[column].blocks).join("\n")));
const wordsOf = (texts: string[]): string[] => texts.flatMap((t) => t.split(/\s+/)).filter(Boolean);
const isLandscape = (page: RenderedPage) => page.widthPt > page.heightPt;
/** The page number: a number alone in the top margin. */
const pageNumberOf = (page: RenderedPage) => page.lines.find((l) => l.yMax < MARGINS_PT.top && /^\d+$/.test(l.text));

describe("progress report of the Lào Cai tasks: portrait body, landscape task appendix", () => {
  let bytes: Uint8Array;
  let rendered: Rendered;
  let tables: Table[];
  let appendixPages: RenderedPage[];
  let taskTotal: number;
  beforeAll(() => {
    taskTotal = taskCount();
    const { io, written } = memoryIo(files);
    expect(runReport([...NAMES, "--as-of", AS_OF, "--profile", "p.json", "--out", "r.docx"], io)).toBe(0);
    bytes = written["r.docx"];
    rendered = renderDocx(bytes, "report-appendix");
    tables = expectedTables();
    appendixPages = rendered.pages.filter(isLandscape);
    const portrait = rendered.pages.length - appendixPages.length;
    console.log(
      `Progress report, ${cellTexts(tables, 0).length} tasks: ${rendered.pages.length} pages ` +
        `(${portrait} portrait, ${appendixPages.length} landscape); first table page ${rendered.pngPaths[portrait]}`,
    );
  });

  /**
   * The words inside column `column` of the task table on the appendix pages: below the page number and, on the
   * first page, below the appendix's label, title and reference line.
   */
  function columnWords(column: number): Word[] {
    const widths = tables[0].columnWidthsTwips.map((w) => w / 20);
    const left = MARGINS_PT.left + widths.slice(0, column).reduce((a, b) => a + b, 0);
    const right = left + widths[column];
    return appendixPages.flatMap((page) => {
      const reference = page.lines.find((l) => l.text.startsWith("(Kèm theo Báo cáo"));
      const top = reference ? reference.yMax : MARGINS_PT.top;
      return page.lines
        .filter((l) => l.yMin > top)
        .flatMap((l) => l.words)
        .filter((w) => w.xMin >= left - 1 && w.xMax <= right + 1);
    });
  }

  test("the .docx validates against ECMA-376", async () => {
    expect(await validateDocx(bytes)).toEqual([]);
  });

  test("a row a task; the body and signature on portrait pages, then only landscape pages from the Phụ lục on", () => {
    // The 96 labelled tasks at least (optional lines the extractor lists come on top).
    expect(taskTotal).toBeGreaterThanOrEqual(96);
    expect(cellTexts(tables, 0)).toHaveLength(taskTotal);
    const first = rendered.pages.findIndex(isLandscape);
    expect(first).toBeGreaterThan(0);
    expect(rendered.pages.slice(0, first).every((p) => p.widthPt < p.heightPt)).toBe(true);
    expect(rendered.pages.slice(first).every(isLandscape)).toBe(true);
    const opening = rendered.pages[first].lines.map((l) => l.text);
    expect(opening.slice(0, 2)).toEqual(["Phụ lục", "KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ"]);
    const body = rendered.pages.slice(0, first).flatMap((p) => p.lines.map((l) => l.text));
    expect(body).toContain("Nơi nhận:");
    expect(body.join(" ")).toContain(`(${taskTotal} nhiệm vụ) tại Phụ lục kèm theo Báo cáo này.`);
    // The portrait layout of main (2f3c4f4) took 26 pages for 96 tasks; landscape rows fit five tasks a page at least.
    expect(rendered.pages.length).toBeLessThanOrEqual(2 + Math.ceil(taskTotal / 5));
  });

  test("page numbers centred at the top, none on page 1 nor on the appendix's first page, which restarts at 1", () => {
    const first = rendered.pages.findIndex(isLandscape);
    const numbers = rendered.pages.map((p) => pageNumberOf(p)?.text ?? null);
    expect(numbers.slice(0, first)).toEqual([null, ...Array.from({ length: first - 1 }, (_, i) => String(i + 2))]);
    expect(numbers.slice(first)).toEqual([null, ...appendixPages.slice(1).map((_, i) => String(i + 2))]);
    for (const page of rendered.pages.slice(1).filter((_, i) => i + 1 !== first)) {
      const n = pageNumberOf(page)!;
      const centre = (MARGINS_PT.left + page.widthPt - MARGINS_PT.right) / 2;
      expect(Math.abs((n.xMin + n.xMax) / 2 - centre)).toBeLessThan(2);
    }
  });

  test("STT and the row numbers stay on one line, numbered 1…n under each document", () => {
    const words = columnWords(0);
    expect(words.filter((w) => !/^\d+$/.test(w.text)).map((w) => w.text)).toEqual(
      appendixPages.flatMap((p) => p.lines.flatMap((l) => l.words).filter((w) => w.text === "STT")).map(() => "STT"),
    );
    const expected = cellTexts(tables, 0);
    expect(words.filter((w) => /^\d+$/.test(w.text)).map((w) => w.text)).toEqual(expected);
  });

  test.each([
    [2, "Đơn vị chủ trì"],
    [3, "Đơn vị phối hợp"],
  ])("column %i (%s): every word of every name is printed whole", (column) => {
    const names = wordsOf(cellTexts(tables, column));
    // Titles and the headings over each document's table may reach into the column.
    const headings = appendixPages.flatMap((p) => p.lines.filter((l) => /^\d+\. /.test(l.text)).map((l) => l.text));
    const allowed = new Set([...names, ...wordsOf(["Đơn vị chủ trì Đơn vị phối hợp", ...headings])]);
    const printed = columnWords(column).map((w) => w.text);
    expect(printed.filter((w) => !allowed.has(w))).toEqual([]);
    const count = (list: string[], word: string) => list.filter((w) => w === word).length;
    for (const word of new Set(names)) expect([word, count(printed, word) >= count(names, word)]).toEqual([word, true]);
    expect(names.length).toBeGreaterThan(150);
  });

  test("every day in Thời hạn is printed as one word (31/12/2026)", () => {
    const days = cellTexts(tables, 4)
      .map((t) => t.split("\n")[0])
      .filter((t) => /^\d{2}\/\d{2}\/\d{4}$/.test(t));
    expect(days).toContain("31/12/2026");
    const printed = columnWords(4).map((w) => w.text);
    for (const day of new Set(days))
      expect([day, printed.filter((w) => w === day).length]).toEqual([day, days.filter((d) => d === day).length]);
  });
});
