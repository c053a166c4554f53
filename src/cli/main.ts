/**
 * Command line over .docx/.txt files: `new` writes a draft, `extract` lists the tasks of a document, `report` drafts
 * the progress report and `remind` the reminder letters.
 * The only place of the CLI that touches the file system and the clock.
 */
import { mkdirSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { CliIo } from "./io";
import { runNew } from "./newDraft";
import { runExtract } from "./extract";
import { runCheck } from "./check";
import { runReport } from "./report";
import { runRemind } from "./remind";
import { systemClock } from "../word/clock";
import { clockFromEnvironment } from "./clock";

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: (path) => readFileSync(path, "utf8"),
  readFile: (path) => new Uint8Array(readFileSync(path)),
  writeFile: (path, data) => writeFileSync(path, data),
  clock: systemClock,
  isDirectory: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false,
  listDir: (path) => readdirSync(path),
  realPath: (path) => realpathSync.native(path),
  stderrIsTty: () => process.stderr.isTTY === true,
  makeDirectory: (path) => void mkdirSync(path, { recursive: true }),
};

const COMMANDS: Record<string, (args: string[], io: CliIo) => number | Promise<number>> = {
  new: runNew,
  extract: runExtract,
  check: runCheck,
  report: runReport,
  remind: runRemind,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const run = command ? COMMANDS[command] : undefined;
  if (!run) {
    io.stderr(
      `Lệnh không hợp lệ / unknown command: ${command ?? "(none)"}. Lệnh: ${Object.keys(COMMANDS).join(", ")}\n`,
    );
    return 2;
  }
  try {
    return await run(args, { ...io, clock: clockFromEnvironment(process.env.KL_TODAY) });
  } catch (error) {
    io.stderr(`Lỗi / error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

// exitCode, not exit(): stdout may still be flushing a large export to a pipe.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
