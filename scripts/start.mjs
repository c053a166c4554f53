#!/usr/bin/env node
/**
 * `npm start`: sideload into Word desktop where that works (Windows, macOS), otherwise serve the add-in
 * over HTTPS on localhost and explain, in plain words, how to load it in Word on the web.
 * It never ends in a stack trace: every failure becomes a message and a working fallback.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const { forget, record, signalGroup } = createRequire(import.meta.url)("./dev-server.cjs");
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

const PORT = process.env.npm_package_config_dev_server_port || "3000";
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

const say = (text) => console.log(`\n${text}\n`);

async function ensureCertificates() {
  let certs;
  try {
    certs = await import("office-addin-dev-certs");
  } catch {
    say(
      "Không tải được office-addin-dev-certs (chạy lại `npm install`). / office-addin-dev-certs is missing: run `npm install` again.",
    );
    return false;
  }
  const ca = path.join(certDir, "ca.crt");
  try {
    if (!existsSync(ca) || !existsSync(path.join(certDir, "localhost.key"))) await certs.generateCertificates();
  } catch (error) {
    say(
      `Không tạo được chứng chỉ HTTPS cho máy chủ thử nghiệm: ${error.message ?? error}\nCould not create the dev HTTPS certificate.`,
    );
    return false;
  }
  try {
    if (!(await certs.isCaCertificateInstalled?.())) await certs.installCaCertificate(ca);
  } catch {
    say(
      [
        "Chưa cài được chứng chỉ thử nghiệm vào hệ thống (cần quyền quản trị / sudo).",
        "Trình duyệt sẽ cảnh báo https://localhost:" + PORT + ". Để tin cậy chứng chỉ, chạy một trong hai cách:",
        `  - sudo cp '${ca}' /usr/local/share/ca-certificates/office-addin-dev.crt && sudo update-ca-certificates`,
        `  - hoặc mở https://localhost:${PORT}/taskpane.html trong trình duyệt một lần và chọn "Tiếp tục".`,
        "The dev certificate could not be installed (needs admin/sudo). Trust it with the command above,",
        "or open the URL once in your browser and accept the warning.",
      ].join("\n"),
    );
  }
  return true;
}

function sideloadDesktop() {
  if (process.platform !== "win32" && process.platform !== "darwin") return false;
  if (spawnSync(process.execPath, ["-e", "require.resolve('office-addin-debugging/package.json')"]).status !== 0) {
    say(
      "office-addin-debugging chưa được cài (gói tùy chọn); chạy máy chủ cục bộ.\nThe optional office-addin-debugging is not installed; serving locally.",
    );
    return false;
  }
  const result = spawnSync(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "word"], {
    stdio: "inherit",
  });
  if (result.status === 0) return true;
  say(
    "Không tự nạp được vào Word trên máy tính; chuyển sang chạy máy chủ cục bộ.\nSideloading into Word desktop failed; serving locally instead.",
  );
  return false;
}

function printWebInstructions() {
  say(
    [
      `Phần bổ trợ đang chạy tại https://localhost:${PORT}/taskpane.html`,
      "Nạp vào Word trên web (Word for the web):",
      "  1. Mở một tài liệu trong Word trên web (office.com).",
      "  2. Chọn Chèn › Phần bổ trợ › Tải lên phần bổ trợ của tôi (Insert › Add-ins › Upload My Add-in).",
      `  3. Chọn tệp ${path.resolve("manifest.xml")}.`,
      "  4. Trên thẻ Trang đầu (Home), nhóm Kết luận, bấm Mở Kết luận.",
      "Word trên Windows/macOS: xem README (mục Sideloading). Dừng: Ctrl+C hoặc `npm stop` (kể cả khi đã đóng cửa sổ này).",
      "Stop: Ctrl+C, or `npm stop` from any terminal (also after this one was closed).",
    ].join("\n"),
  );
}

async function main() {
  if (sideloadDesktop()) return;
  const haveCerts = await ensureCertificates();
  if (!haveCerts) {
    say(
      "Không có HTTPS thì Word không nạp được phần bổ trợ. Hãy sửa lỗi trên rồi chạy lại `npm start`.\nWord needs HTTPS; fix the problem above and run `npm start` again.",
    );
    process.exitCode = 1;
    return;
  }
  printWebInstructions();
  // Its own process group (detached), recorded for `npm stop`; Ctrl+C and a closed terminal reach it through us.
  const server = spawn(npm, ["run", "dev-server"], { stdio: "inherit", detached: process.platform !== "win32" });
  record(ROOT, server.pid);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => signalGroup(server.pid, signal));
  server.on("exit", (code) => {
    forget(ROOT, server.pid);
    process.exitCode = code ?? 0;
    process.exit();
  });
}

main().catch((error) => {
  say(`npm start dừng vì: ${error?.message ?? error}\nnpm start stopped: ${error?.message ?? error}`);
  process.exitCode = 1;
});
