#!/usr/bin/env node
/**
 * `npm stop`: stops the dev server `npm start` started (recorded in scripts/dev-server.cjs, on every platform, also
 * after its terminal was closed), then unloads the sideloaded add-in where office-addin-debugging is installed.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { stopRecorded } = require("./dev-server.cjs");
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

const outcome = await stopRecorded(ROOT);
const said = {
  stopped: "Đã dừng máy chủ thử nghiệm (cổng 3000 đã trống). / The dev server was stopped (port 3000 is free).",
  none: "Không có máy chủ thử nghiệm nào do `npm start` chạy. / No dev server started by `npm start` is running.",
  "not-ours":
    "Tiến trình đã ghi không còn là máy chủ thử nghiệm; không dừng gì. / The recorded process is no longer the dev server; nothing was stopped.",
};
console.log(said[outcome]);

let debugging = true;
try {
  require.resolve("office-addin-debugging/package.json");
} catch {
  debugging = false; // optional; without it nothing was sideloaded
}
if (debugging) {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], { stdio: "inherit" });
  process.exitCode = result.status ?? 0;
}
