/**
 * `cli new --package` writes exactly what the pane's "Tạo bản thảo mới" hands to insertOoxml (issue 13, point 1), so
 * the render test of test/render/inserted.test.ts checks the very bytes Word receives.
 */
import { strFromU8 } from "fflate";
import { runNew } from "../../src/cli/newDraft";
import { buildDraft } from "../../src/core/templates";
import { officeWordGateway } from "../../src/word";
import { clockAt } from "../fakes/clock";
import { installOfficeWord, uninstallOfficeWord } from "../fakes/officeWord";
import { TAY_NINH } from "../fakes/profiles";

afterEach(uninstallOfficeWord);

test.each(["thong-bao-ket-luan", "cong-van"] as const)(
  "%s: the CLI's package is the one the pane inserts",
  async (kind) => {
    const host = installOfficeWord();
    const options = { kind, profile: TAY_NINH, date: { year: 2026, month: 6, day: 5 }, number: 4 };
    await officeWordGateway.insertBlocks(buildDraft(options));

    const written = new Map<string, Uint8Array | string>();
    const io = {
      stdout: () => undefined,
      stderr: () => undefined,
      readText: () => JSON.stringify(TAY_NINH),
      readFile: () => new Uint8Array(),
      writeFile: (path: string, data: Uint8Array | string) => written.set(path, data),
      clock: clockAt("2026-06-05"),
    };
    const args = ["--kind", kind, "--profile", "p.json", "--date", "2026-06-05", "--number", "4"];
    expect(runNew([...args, "--out", "d.docx", "--package", "p.xml"], io)).toBe(0);
    const pkg = written.get("p.xml")!;
    expect(host.insertions).toHaveLength(1);
    expect(typeof pkg === "string" ? pkg : strFromU8(pkg)).toBe(host.insertions[0].ooxml);
  },
);
