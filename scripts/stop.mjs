#!/usr/bin/env node
/** `npm stop`: unload the sideloaded add-in and stop the dev server, where office-addin-debugging could be installed. */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
try {
  require.resolve("office-addin-debugging/package.json");
} catch {
  console.log(
    "office-addin-debugging không được cài (tùy chọn); hãy dừng máy chủ bằng Ctrl+C.\nIt is optional and not installed here: stop the server with Ctrl+C.",
  );
  process.exit(0);
}
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const result = spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], { stdio: "inherit" });
process.exit(result.status ?? 0);
