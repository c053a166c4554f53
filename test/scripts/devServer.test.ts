/**
 * `npm stop` stops the dev server `npm start` started, also after its terminal was closed (issue 13, point 13), and
 * nothing else: a recorded id that now belongs to another program is left alone.
 */
import { ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// The script is CommonJS, shared with start.mjs.
const { record, recordFile, stopRecorded } = require("../../scripts/dev-server.cjs");

const started: ChildProcess[] = [];
/** A long-running process whose command line looks like ours (or not), in its own group as npm start makes it. */
function startProcess(argv: string[]): ChildProcess {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", ...argv], {
    detached: true,
    stdio: "ignore",
  });
  started.push(child);
  return child;
}
const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once("exit", () => resolve()),
  );

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "kl-stop-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));
afterAll(() => {
  for (const child of started) if (child.exitCode === null && !child.signalCode) child.kill("SIGKILL");
});

test("stops the recorded dev server and forgets it", async () => {
  const server = startProcess(["npm", "run", "dev-server"]);
  record(root, server.pid);
  expect(await stopRecorded(root)).toBe("stopped");
  await exited(server);
  expect(server.signalCode).toBe("SIGTERM");
  expect(existsSync(recordFile(root))).toBe(false);
});

test("leaves alone a process that is not the dev server", async () => {
  const other = startProcess(["someone-else"]);
  record(root, other.pid);
  expect(await stopRecorded(root)).toBe("not-ours");
  expect(other.exitCode).toBeNull();
  expect(other.signalCode).toBeNull();
});

test("says there is nothing to stop when nothing was recorded or it has ended", async () => {
  expect(await stopRecorded(root)).toBe("none");
  const ended = startProcess(["dev-server"]);
  record(root, ended.pid);
  ended.kill("SIGKILL");
  await exited(ended);
  expect(await stopRecorded(root)).toBe("none");
});
