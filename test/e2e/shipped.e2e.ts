/**
 * What ships parses where clerks' Words run (issue 13, points 4 and 13): every emitted script as ES2017 (Word 2019's
 * EdgeHTML and older WebKit reject later syntax at parse time, a blank pane), the scripts Internet Explorer must run
 * as ES5, no regular-expression lookbehind anywhere (WebKit before 16.4), the ribbon's page with its own legacy
 * check, and a release build that refuses to ship a manifest pointing at localhost.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "acorn";
import { scriptsOf } from "../bench/bundle-size";
import { E2E_DIST, ROOT } from "./harness/build";

const shipped = fs
  .readdirSync(E2E_DIST)
  .filter((f) => f.endsWith(".js") && !f.startsWith("scriptedWord."))
  .map((file) => ({ file, code: fs.readFileSync(path.join(E2E_DIST, file), "utf8") }));

const parseError = (code: string, ecmaVersion: 5 | 2017): string | null => {
  try {
    parse(code, { ecmaVersion, sourceType: "script" });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

test("every shipped script parses as ES2017", () => {
  expect(shipped.length).toBeGreaterThan(5);
  const failures = shipped.map(({ file, code }) => [file, parseError(code, 2017)]).filter(([, error]) => error);
  expect(failures).toEqual([]);
});

test("the legacy check and the message page parse as ES5: Internet Explorer and EdgeHTML must run them", () => {
  for (const entry of ["legacyCheck.", "message."]) {
    const script = shipped.find((s) => s.file.startsWith(entry));
    expect(script).toBeDefined();
    expect(parseError(script!.code, 5)).toBeNull();
  }
});

test("no regular-expression lookbehind anywhere in what ships", () => {
  const holding = shipped.filter(({ code }) => /\(\?<[=!]/.test(code)).map(({ file }) => file);
  expect(holding).toEqual([]);
});

test("commands.html runs the legacy check before the ribbon's functions", () => {
  const { srcs } = scriptsOf(fs.readFileSync(path.join(E2E_DIST, "commands.html"), "utf8"));
  expect(srcs.map((src) => src.replace(/\.[0-9a-f]{8}\.js$/, ".js"))).toEqual([
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    "legacyCheck.js",
    "commands.js",
  ]);
});

describe("a release build", () => {
  const config = require(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object,
  ) => Promise<{ entry: Record<string, string>; output: { path: string } }>;
  const saved = process.env.ADDIN_BASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  });

  test("without ADDIN_BASE_URL stops with a message instead of a manifest pointing at localhost", async () => {
    delete process.env.ADDIN_BASE_URL;
    await expect(config({}, { mode: "production" })).rejects.toThrow(/ADDIN_BASE_URL/);
    let output = "";
    try {
      execFileSync("npx", ["webpack", "--mode", "production"], {
        cwd: ROOT,
        env: { ...process.env, ADDIN_BASE_URL: "" },
        stdio: "pipe",
        encoding: "utf8",
      });
    } catch (error) {
      const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
      expect(status).not.toBe(0);
      output = stdout + stderr;
    }
    expect(output).toMatch(/Thiếu ADDIN_BASE_URL/);
    expect(output).toMatch(/npm run build:dev/);
  });

  test("with ADDIN_BASE_URL: only our sources as entries, into dist/", async () => {
    process.env.ADDIN_BASE_URL = "https://addins.example.gov.vn/ket-luan/";
    const built = await config({}, { mode: "production" });
    expect(Object.values(built.entry).every((entry) => entry.startsWith("./src/"))).toBe(true);
    expect(built.output.path).toBe(path.join(ROOT, "dist"));
  });
});
