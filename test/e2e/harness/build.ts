/**
 * Builds the e2e bundle (production config + scripted-host page) once, with webpack's Node API, and keeps the
 * stats next to it for the bundle-size breakdown. E2E_REUSE_BUILD=1 skips the build when one is already there.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
export const E2E_DIST = path.join(ROOT, "test-output", "e2e-dist");
export const STATS_FILE = path.join(ROOT, "test-output", "e2e-stats.json");

export interface BuildReport {
  dir: string;
  ms: number;
  reused: boolean;
}

export async function buildE2e(): Promise<BuildReport> {
  if (process.env.E2E_REUSE_BUILD === "1" && fs.existsSync(path.join(E2E_DIST, "taskpane.e2e.html"))) {
    return { dir: E2E_DIST, ms: 0, reused: true };
  }
  const t0 = Date.now();
  const webpack = require("webpack") as typeof import("webpack");
  const makeConfig = require(path.join(ROOT, "test/e2e/webpack.e2e.config.js")) as (
    env: object,
  ) => Promise<import("webpack").Configuration>;
  const config = await makeConfig({});
  const stats = await new Promise<import("webpack").Stats>((resolve, reject) =>
    webpack(config).run((error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(`e2e build failed:\n${stats.toString({ all: false, errors: true })}`);
  const json = stats.toJson({
    all: false,
    assets: true,
    chunks: true,
    entrypoints: true,
    chunkGroups: true,
    ids: true,
  });
  fs.writeFileSync(STATS_FILE, JSON.stringify(json));
  return { dir: E2E_DIST, ms: Date.now() - t0, reused: false };
}
