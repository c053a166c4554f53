/**
 * LibreOffice headless for spreadsheets: opens an .xlsx/.csv and converts it (pdf, csv), the same way
 * test/support/render.ts does for .docx (fresh profile per run, missing tool = error with the install command).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBboxLayout, type RenderedPage } from "../support/render";

const INSTALL = "sudo apt-get install -y libreoffice-calc-nogui poppler-utils fonts-liberation2 faketime";

function requireTool(tool: string): void {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "pipe" });
  } catch {
    throw new Error(`${tool} is missing; the spreadsheet tests need it. Install: ${INSTALL}`);
  }
}

/**
 * The environment without an outer libfaketime (`npm run test:unit` runs jest under one): nested faketime adds its
 * offset to the outer one instead of replacing it. Noon in Vietnam's zone, so the day is the day asked.
 */
function withoutFakeTime(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(env).filter(([key]) => !/^FAKETIME/.test(key)));
  const preload = (env.LD_PRELOAD ?? "")
    .split(/[: ]/)
    .filter((lib) => lib !== "" && !lib.includes("faketime"))
    .join(":");
  return { ...clean, LD_PRELOAD: preload, TZ: "Asia/Ho_Chi_Minh" };
}

/**
 * Converts `bytes` (a file with extension `ext`) to `target` ("pdf", "csv:Text - txt - csv (StarCalc):44,34,76").
 * `at` ("2026-08-08") runs LibreOffice with the computer's clock on that day (faketime), so TODAY() reads it.
 */
export function convertSpreadsheet(
  bytes: Uint8Array,
  ext: string,
  target: string,
  infilter?: string,
  at?: string,
): Buffer {
  requireTool("soffice");
  if (at) requireTool("faketime");
  const work = mkdtempSync(join(tmpdir(), "kl-calc-"));
  try {
    const input = join(work, `in.${ext}`);
    writeFileSync(input, bytes);
    const args = [
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      ...(infilter ? [`--infilter=${infilter}`] : []),
      "--convert-to",
      target,
      "--outdir",
      join(work, "out"),
      input,
    ];
    const [command, commandArgs] = at ? ["faketime", [`${at} 12:00:00`, "soffice", ...args]] : ["soffice", args];
    const log = execFileSync(command, commandArgs, {
      stdio: "pipe",
      timeout: 120_000,
      encoding: "utf8",
      env: at ? withoutFakeTime(process.env) : process.env,
    });
    const output = join(work, "out", `in.${target.split(":")[0]}`);
    // soffice exits 0 even when it cannot load the file (e.g. Calc not installed): say so.
    if (!existsSync(output))
      throw new Error(`LibreOffice could not open the .${ext} (is Calc installed? ${INSTALL}): ${log}`);
    return readFileSync(output);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The spreadsheet printed to PDF, as pdftotext sees it: pages of lines. */
export function spreadsheetToPdfText(bytes: Uint8Array, ext: string, infilter?: string): RenderedPage[] {
  requireTool("pdftotext");
  const pdf = convertSpreadsheet(bytes, ext, "pdf", infilter);
  const work = mkdtempSync(join(tmpdir(), "kl-pdf-"));
  try {
    writeFileSync(join(work, "x.pdf"), pdf);
    return parseBboxLayout(execFileSync("pdftotext", ["-bbox-layout", join(work, "x.pdf"), "-"], { encoding: "utf8" }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** All the text of the pages, one string, whitespace squashed (a cell may wrap over lines). */
export const squashedText = (pages: RenderedPage[]): string =>
  pages
    .flatMap((p) => p.lines.map((l) => l.text))
    .join(" ")
    .replace(/\s+/g, " ");
