/**
 * What Word receives looks like what the tests render (issue 13, point 1). For every kind, the CLI writes the draft
 * as a .docx and, with --package, the exact flat package the pane's "Tạo bản thảo mới" inserts. The package is put
 * into three clerk documents the way insertOoxml does (test/support/hostDocument.ts: the host's styles win, document
 * defaults never travel) and all four are rendered by LibreOffice. The body must come out the same: the same lines
 * with the same text, at the same places (size, alignment, indents and spacing all show in the line boxes), on the
 * same number of pages, whatever the host's Normal is.
 */
import { strFromU8 } from "fflate";
import { CliIo } from "../../src/cli/io";
import { runNew } from "../../src/cli/newDraft";
import { DRAFT_KINDS, pageSetup } from "../../src/core/templates";
import { clockAt } from "../fakes/clock";
import { TAY_NINH } from "../fakes/profiles";
import { HOST_KINDS, HostKind, insertIntoHost } from "../support/hostDocument";
import { validateDocx } from "../support/ooxmlSchema";
import { Rendered, renderDocxs } from "../support/render";
import { A4_PT, MARGINS_PT } from "./geometry";

/** `cli new --kind K … --out D.docx --package P.xml`, in memory. */
function cliNew(kind: string): { docx: Uint8Array; pkg: string } {
  const written = new Map<string, Uint8Array | string>();
  let stderr = "";
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
    readText: () => JSON.stringify(TAY_NINH),
    readFile: () => new Uint8Array(),
    writeFile: (path, data) => written.set(path, data),
    clock: clockAt("2020-11-10"),
  };
  const args = ["--kind", kind, "--profile", "p.json", "--date", "2020-11-10", "--number", "5"];
  const code = runNew([...args, "--out", "d.docx", "--package", "p.xml"], io);
  if (code !== 0) throw new Error(stderr);
  const docx = written.get("d.docx");
  const pkg = written.get("p.xml");
  if (!(docx instanceof Uint8Array) || pkg === undefined) throw new Error(`cli new wrote ${[...written.keys()]}`);
  return { docx, pkg: typeof pkg === "string" ? pkg : strFromU8(pkg) };
}

interface BodyLine {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Lines between the top and bottom margins: the body, without the page-number header of the .docx. */
function bodyLines(rendered: Rendered): BodyLine[] {
  return rendered.pages.flatMap((page, index) =>
    page.lines
      .filter((l) => l.yMin >= MARGINS_PT.top - 1 && l.yMax <= A4_PT.height - MARGINS_PT.bottom + 1)
      .map(({ text, xMin, xMax, yMin, yMax }) => ({ page: index + 1, text, xMin, xMax, yMin, yMax })),
  );
}

/** The figures the issue measured: pages, lines on page 1, body line height, and the edges of the text. */
export function summary(lines: BodyLine[]) {
  const round = (n: number) => Math.round(n * 10) / 10;
  const heights = lines.filter((l) => l.text.length > 60).map((l) => l.yMax - l.yMin);
  return {
    pages: new Set(lines.map((l) => l.page)).size,
    linesOnPage1: lines.filter((l) => l.page === 1).length,
    bodyLineHeight: round(heights.sort((a, b) => a - b)[Math.floor(heights.length / 2)] ?? 0),
    left: round(Math.min(...lines.map((l) => l.xMin))),
    right: round(Math.max(...lines.map((l) => l.xMax))),
    bottom: round(Math.max(...lines.filter((l) => l.page === 1).map((l) => l.yMax))),
  };
}

/** The first line that differs in text, page or place (0.5 pt), or null when the bodies match. */
function firstDifference(expected: BodyLine[], actual: BodyLine[]): string | null {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (!e || !a) return `line ${i + 1}: ${e ? `"${e.text}" is missing` : `extra "${a.text}"`}`;
    const moved = (["xMin", "xMax", "yMin", "yMax"] as const).filter((k) => Math.abs(e[k] - a[k]) > 0.5);
    if (e.text !== a.text || e.page !== a.page || moved.length) {
      const where = (l: BodyLine) => `p${l.page} x ${l.xMin.toFixed(1)}–${l.xMax.toFixed(1)} y ${l.yMin.toFixed(1)}`;
      return `line ${i + 1}: expected "${e.text}" at ${where(e)}, got "${a.text}" at ${where(a)}`;
    }
  }
  return null;
}

const KINDS = DRAFT_KINDS.map((k) => k.id);
const page = pageSetup(TAY_NINH);
const rendered = new Map<string, BodyLine[]>();
const figures: Record<string, Record<string, ReturnType<typeof summary>>> = {};

beforeAll(() => {
  const documents = KINDS.flatMap((kind) => {
    const { docx, pkg } = cliNew(kind);
    return [
      { name: `inserted-${kind}-docx`, bytes: docx },
      ...HOST_KINDS.map(({ kind: host }) => ({
        name: `inserted-${kind}-${host}`,
        bytes: insertIntoHost(host, pkg, page),
      })),
    ];
  });
  const results = renderDocxs(documents);
  documents.forEach(({ name }, i) => rendered.set(name, bodyLines(results[i])));
  for (const kind of KINDS) {
    figures[kind] = Object.fromEntries(
      ["docx", ...HOST_KINDS.map((h) => h.kind)].map((name) => [
        name,
        summary(rendered.get(`inserted-${kind}-${name}`)!),
      ]),
    );
  }
  console.log(`Inserted package vs .docx, body figures (pt):\n${JSON.stringify(figures, null, 1)}`);
}, 600_000);

describe.each(KINDS)("%s", (kind) => {
  test.each(HOST_KINDS.map((h) => [h.kind, h.title] as [HostKind, string]))(
    "inserted into %s: same lines, places and pages as the .docx",
    (host) => {
      const expected = rendered.get(`inserted-${kind}-docx`)!;
      const actual = rendered.get(`inserted-${kind}-${host}`)!;
      expect(expected.length).toBeGreaterThan(15);
      expect(figures[kind][host]).toEqual(figures[kind].docx);
      expect(firstDifference(expected, actual)).toBeNull();
    },
  );
});

test("the merged host document is itself valid WordprocessingML", async () => {
  const { pkg } = cliNew("thong-bao-ket-luan");
  for (const { kind } of HOST_KINDS) expect(await validateDocx(insertIntoHost(kind, pkg, page))).toEqual([]);
});
