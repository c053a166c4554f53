/**
 * Renders a .docx the way the rendering tests look at it: LibreOffice headless → PDF, then poppler for the
 * words with their positions, the page size, the fonts, and PNG pages kept under test-output/render/ to look at.
 * A missing tool is an error with the install command: rendering tests must fail, never skip.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const RENDER_OUTPUT_DIR = join(__dirname, "..", "..", "test-output", "render");

const INSTALL = "sudo apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation2";

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A line as pdftotext groups it: its words left to right and its box (points, origin top left). */
export interface Line extends Word {
  words: Word[];
}

export interface RenderedPage {
  widthPt: number;
  heightPt: number;
  lines: Line[];
}

export interface Rendered {
  pdfPath: string;
  pages: RenderedPage[];
  /** Font names from pdffonts, subset prefix removed ("LiberationSerif-Bold"). */
  fonts: string[];
  pngPaths: string[];
}

function requireTool(tool: string): void {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "pipe" });
  } catch {
    throw new Error(`${tool} is missing; the rendering tests need it. Install: ${INSTALL}`);
  }
}

const decodeEntities = (value: string): string =>
  value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");

const box = (attrs: string) => {
  const num = (name: string) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(attrs)?.[1] ?? NaN);
  return { xMin: num("xMin"), yMin: num("yMin"), xMax: num("xMax"), yMax: num("yMax") };
};

/** Parses `pdftotext -bbox-layout` XHTML into pages of lines of words. */
export function parseBboxLayout(xhtml: string): RenderedPage[] {
  const pages: RenderedPage[] = [];
  for (const page of xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const lines: Line[] = [];
    for (const line of page[3].matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...line[2].matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)].map((w) => ({
        ...box(w[1]),
        text: decodeEntities(w[2]).normalize("NFC"),
      }));
      lines.push({ ...box(line[1]), words, text: words.map((w) => w.text).join(" ") });
    }
    pages.push({ widthPt: Number(page[1]), heightPt: Number(page[2]), lines });
  }
  return pages;
}

/** docx bytes → PDF, positions, fonts, PNGs named test-output/render/<name>-<page>.png. */
export function renderDocx(bytes: Uint8Array, name: string): Rendered {
  return renderDocxs([{ bytes, name }])[0];
}

/**
 * Several documents through one LibreOffice start (the start is most of the cost of a render), each kept as
 * test-output/render/<name>.pdf and <name>-<page>.png. Names must be unique within a call.
 */
export function renderDocxs(documents: ReadonlyArray<{ bytes: Uint8Array; name: string }>): Rendered[] {
  for (const tool of ["soffice", "pdftotext", "pdffonts", "pdftoppm"]) requireTool(tool);
  if (new Set(documents.map((d) => d.name)).size !== documents.length) throw new Error("renderDocxs: duplicate names");
  const work = mkdtempSync(join(tmpdir(), "kl-render-"));
  try {
    const inputs = documents.map(({ bytes, name }) => {
      const docx = join(work, `${name}.docx`);
      writeFileSync(docx, bytes);
      return docx;
    });
    // A fresh LibreOffice profile per run: parallel jest workers would otherwise lock each other out.
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        ...inputs,
      ],
      { stdio: "pipe", timeout: 120_000 + 30_000 * documents.length },
    );
    mkdirSync(RENDER_OUTPUT_DIR, { recursive: true });
    return documents.map(({ name }) => readRendered(work, name));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readRendered(work: string, name: string): Rendered {
  const pdf = join(work, `${name}.pdf`);
  const kept = join(RENDER_OUTPUT_DIR, `${name}.pdf`);
  writeFileSync(kept, readFileSync(pdf));

  // A long table's word boxes pass execFileSync's 1 MB default (a 26-page report gives 1.1 MB of them).
  const xhtml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 256 << 20 });
  const fontsOut = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
  const fonts = fontsOut
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0])
    .filter((f) => f)
    .map((f) => f.replace(/^[A-Z]{6}\+/, ""));

  const prefix = `${name}-page`;
  execFileSync("pdftoppm", ["-png", "-r", "80", pdf, join(work, prefix)]);
  const pngPaths = readdirSync(work)
    .filter((f) => f.startsWith(prefix) && /-\d+\.png$/.test(f))
    .sort()
    .map((f) => {
      const page = Number(/(\d+)\.png$/.exec(f)![1]);
      const target = join(RENDER_OUTPUT_DIR, `${name}-${page}.png`);
      // Copy, not rename: the temporary folder may be on another file system.
      writeFileSync(target, readFileSync(join(work, f)));
      return target;
    });
  return { pdfPath: kept, pages: parseBboxLayout(xhtml), fonts: [...new Set(fonts)], pngPaths };
}

/** Lines whose text contains `needle` (whitespace-insensitive), on a page. */
export function findLines(page: RenderedPage, needle: string): Line[] {
  const squash = (s: string) => s.replace(/\s+/g, "");
  return page.lines.filter((line) => squash(line.text).includes(squash(needle)));
}

/** The one line containing `needle`; throws with the page's text when there is none or several. */
export function findLine(page: RenderedPage, needle: string): Line {
  const found = findLines(page, needle);
  if (found.length !== 1)
    throw new Error(
      `Expected one line with "${needle}", found ${found.length}. Lines:\n${page.lines.map((l) => l.text).join("\n")}`,
    );
  return found[0];
}
