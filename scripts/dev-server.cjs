/**
 * The dev server `npm start` runs when it serves the add-in itself (Linux, or where sideloading fails), recorded so
 * that `npm stop` can stop it: also when its terminal was closed, which otherwise leaves port 3000 taken. The server
 * runs in its own process group (spawned detached), so stopping it stops npm, the shell and webpack together, and
 * nothing else: only the recorded process, and only when it still is our dev server (a process id can be reused).
 */
const { execFileSync, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { setTimeout: sleep } = require("node:timers/promises");

/** Words a recorded process's command line must hold to be ours. */
const OURS = /dev-server|webpack(?:\.js)?\s+serve/;

const recordFile = (root) => path.join(root, "node_modules", ".cache", "soan-thao-ket-luan", "dev-server.json");

function record(root, pid) {
  const file = recordFile(root);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ pid, root }));
}

function forget(root, pid) {
  const file = recordFile(root);
  try {
    if (pid === undefined || JSON.parse(fs.readFileSync(file, "utf8")).pid === pid) fs.rmSync(file);
  } catch {
    // nothing recorded
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** The process's command line, or "" when it cannot be read. */
function commandLine(pid) {
  try {
    if (process.platform === "linux") return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
    if (process.platform === "win32")
      return execFileSync("wmic", ["process", "where", `ProcessId=${pid}`, "get", "CommandLine"], { encoding: "utf8" });
    return execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
  } catch {
    return "";
  }
}

function signalGroup(pid, signal) {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    return;
  }
  try {
    process.kill(-pid, signal); // the whole group: npm, sh and webpack
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Stops the recorded dev server. Resolves to what happened: "stopped", "none" (nothing recorded or it had ended),
 * or "not-ours" (the recorded id now belongs to another program, which is left alone).
 */
async function stopRecorded(root, { graceMs = 5000 } = {}) {
  let pid;
  try {
    pid = JSON.parse(fs.readFileSync(recordFile(root), "utf8")).pid;
  } catch {
    return "none";
  }
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) {
    forget(root);
    return "none";
  }
  if (!OURS.test(commandLine(pid))) {
    forget(root);
    return "not-ours";
  }
  signalGroup(pid, "SIGTERM");
  for (let waited = 0; alive(pid) && waited < graceMs; waited += 100) await sleep(100);
  if (alive(pid)) signalGroup(pid, "SIGKILL");
  forget(root);
  return "stopped";
}

module.exports = { record, forget, stopRecorded, recordFile, signalGroup };
