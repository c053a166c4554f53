/**
 * Bundle size of the task pane from the production build, gzip-compressed (level 9), office.js excluded:
 * - the first screen: every script needed before the clerk can use the pane, i.e. what taskpane.html loads plus the
 *   chunks of the tab that opens first (Soạn thảo for a clerk with a profile; the welcome screen, part of the shell,
 *   on a first start). This is what the budget holds (issue 13); the browser suite checks that the page really
 *   loads exactly these files before its first screen;
 * - the first load alone (taskpane.html's scripts) and the lazily loaded chunks, for the record;
 * - which packages the first screen is made of (minified bytes attributed through the hidden source maps, like
 *   source-map-explorer).
 * Run with `npx tsx test/bench/bundle-size.ts`, or call measureBundle() from run.ts; it builds test-output/e2e-dist
 * (the production config) unless E2E_REUSE_BUILD=1 and a build is there.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { E2E_DIST, STATS_FILE, buildE2e } from "../e2e/harness/build";

export const KB = 1024;
/** The first-screen budget the e2e test enforces (issue 13). */
export const FIRST_SCREEN_BUDGET_KB = 120;
/** The chunk group of the tab a clerk with a profile sees first. */
export const FIRST_TAB = "drafting";

type FileSize = { file: string; bytes: number; gzip: number };

export interface BundleReport {
  firstLoad: FileSize[];
  firstLoadGzip: number;
  /** firstLoad plus the first tab's chunks: what the clerk waits for. */
  firstScreen: FileSize[];
  firstScreenGzip: number;
  lazy: Array<{ file: string; bytes: number; gzip: number }>;
  lazyGzip: number;
  /** Scripts written inline in taskpane.html (there should be none: CSP). */
  inlineScripts: number;
  /** Script URLs of taskpane.html in order, office.js included. */
  scriptOrder: string[];
  /** Minified bytes of the first screen by package (or src/ folder), largest first. */
  byPackage: Array<{ name: string; bytes: number; share: number }>;
}

const sizeOf = (dir: string, file: string) => {
  const data = fs.readFileSync(path.join(dir, file));
  return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
};

/** Script srcs of an HTML page, in document order, and the count of inline scripts. */
export function scriptsOf(html: string): { srcs: string[]; inline: number } {
  const srcs: string[] = [];
  let inline = 0;
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (src) srcs.push(src[1] ?? src[2] ?? src[3]);
    else inline++;
  }
  return { srcs, inline };
}

export function analyseBundle(dir = E2E_DIST, statsFile = STATS_FILE): BundleReport {
  const { srcs, inline } = scriptsOf(fs.readFileSync(path.join(dir, "taskpane.html"), "utf8"));
  const local = srcs.filter((src) => !/^https?:/.test(src)).map((src) => src.replace(/^\.?\//, ""));
  const firstLoad = local.map((file) => sizeOf(dir, file));

  // Lazily loaded = chunks webpack marks non-initial (import() targets).
  const stats = JSON.parse(fs.readFileSync(statsFile, "utf8")) as {
    chunks: Array<{ initial: boolean; files: string[] }>;
    namedChunkGroups: Record<string, { assets: Array<{ name: string }> }>;
  };
  const lazyFiles = stats.chunks.filter((c) => !c.initial).flatMap((c) => c.files.filter((f) => f.endsWith(".js")));
  const lazy = [...new Set(lazyFiles)].map((file) => sizeOf(dir, file));
  const tabFiles = stats.namedChunkGroups[FIRST_TAB].assets.map((a) => a.name).filter((f) => f.endsWith(".js"));
  const screenFiles = [...new Set([...local, ...tabFiles])];
  const firstScreen = screenFiles.map((file) => sizeOf(dir, file));

  const byName = new Map<string, number>();
  for (const file of screenFiles)
    for (const [name, bytes] of attribute(dir, file)) byName.set(name, (byName.get(name) ?? 0) + bytes);
  const total = [...byName.values()].reduce((a, b) => a + b, 0) || 1;
  const byPackage = [...byName.entries()]
    .map(([name, bytes]) => ({ name, bytes, share: bytes / total }))
    .sort((a, b) => b.bytes - a.bytes);

  const sum = (list: Array<{ gzip: number }>) => list.reduce((a, b) => a + b.gzip, 0);
  return {
    firstLoad,
    firstLoadGzip: sum(firstLoad),
    firstScreen,
    firstScreenGzip: sum(firstScreen),
    lazy,
    lazyGzip: sum(lazy),
    inlineScripts: inline,
    scriptOrder: srcs,
    byPackage,
  };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes one source-map VLQ segment. */
function vlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Where a source file comes from: its npm package, or its folder under src/. */
export function packageOf(source: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nm) return nm[1];
  const src = /(?:^|\/)src\/([^/]+)/.exec(source);
  if (src) return `src/${src[1]}`;
  return source.startsWith("webpack/") ? "(webpack runtime)" : source;
}

/** Generated characters of a minified file attributed to packages through its source map (.map beside it). */
function attribute(dir: string, file: string): Map<string, number> {
  const out = new Map<string, number>();
  const code = fs.readFileSync(path.join(dir, file), "utf8");
  const mapFile = path.join(dir, `${file}.map`);
  if (!fs.existsSync(mapFile)) return out.set(`(no map) ${file}`, Buffer.byteLength(code));
  const map = JSON.parse(fs.readFileSync(mapFile, "utf8")) as { sources: string[]; mappings: string };
  const lines = code.split("\n");
  const add = (name: string, n: number) => n > 0 && out.set(name, (out.get(name) ?? 0) + n);
  let source = 0;
  map.mappings.split(";").forEach((line, i) => {
    const length = lines[i]?.length ?? 0;
    let col = 0;
    let prev: { col: number; name: string } | null = null;
    for (const seg of line.split(",")) {
      if (!seg) continue;
      const [dc, ds] = vlq(seg);
      col += dc;
      if (prev) add(prev.name, col - prev.col);
      let name = "(unmapped)";
      if (ds !== undefined) {
        source += ds;
        name = packageOf(map.sources[source] ?? "");
      }
      prev = { col, name };
    }
    if (prev) add(prev.name, length - prev.col);
  });
  return out;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export function formatReport(r: BundleReport, top = 15): string {
  const lines = [
    `First screen of the task pane (shell + ${FIRST_TAB} tab; gzip -9, office.js excluded): ${kb(r.firstScreenGzip)} (budget ${FIRST_SCREEN_BUDGET_KB} KB)`,
    ...r.firstScreen.map((f) => `  ${f.file}: ${kb(f.bytes)} minified, ${kb(f.gzip)} gzip`),
    `  of which taskpane.html's own scripts (the welcome screen of a first start): ${kb(r.firstLoadGzip)}`,
    `Lazily loaded chunks: ${kb(r.lazyGzip)} gzip in ${r.lazy.length} file(s)`,
    ...r.lazy.map((f) => `  ${f.file}: ${kb(f.bytes)} minified, ${kb(f.gzip)} gzip`),
    `First screen by package (minified bytes, share):`,
    ...r.byPackage
      .slice(0, top)
      .map((p) => `  ${p.name.padEnd(40)} ${kb(p.bytes).padStart(10)}  ${(p.share * 100).toFixed(1)}%`),
  ];
  return lines.join("\n");
}

/** Builds (unless reused), measures and prints; returns the report for run.ts. */
export async function measureBundle(): Promise<BundleReport> {
  await buildE2e();
  const report = analyseBundle();
  console.log(formatReport(report));
  return report;
}

if (require.main === module) void measureBundle();
