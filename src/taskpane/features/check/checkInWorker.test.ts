import * as fs from "node:fs";
import * as path from "node:path";
import { checkLayout } from "../../../core/check";
import { layoutFromWord } from "../../../docx/wordSnapshot";
import { FakeCheckGateway } from "../../../../test/fakes/fakeCheckGateway";
import { FakeWorker } from "../../../../test/fakes/fakeWorker";
import { createChecker } from "./checkInWorker";
import { checkJob } from "./checkJob";

const LAO_CAI = path.resolve(__dirname, "../../../../test/fixtures/corpus/lao-cai/thong-bao-ket-luan-ubnd.docx");

async function snapshotOf(readOnly: boolean) {
  const gateway = new FakeCheckGateway(new Uint8Array(fs.readFileSync(LAO_CAI)));
  gateway.readOnly = readOnly;
  const read = await gateway.readForCheck();
  if (!read.ok) throw new Error("the fake could not read the fixture");
  return read.value;
}

describe("checkInWorker: the Decree 30 check off the UI thread", () => {
  test("the worker's report, copied across the thread boundary, is the checker's report of what Word handed over", async () => {
    const snapshot = await snapshotOf(false);
    const direct = checkLayout(layoutFromWord(snapshot));
    expect(direct.findings.length).toBeGreaterThan(0);
    const worker = FakeWorker.of(checkJob);
    const check = createChecker(async () => worker);
    const report = await check(snapshot);
    expect(report).toEqual(direct);
    expect(report.auditOnly).toBe(false);
    expect(worker.posted).toHaveLength(1);
  });

  test("a document Word opened read-only (signed) is audited only, in the worker and on the main thread alike", async () => {
    const snapshot = await snapshotOf(true);
    const inWorker = await createChecker(async () => FakeWorker.of(checkJob))(snapshot);
    const here = await createChecker(async () => null)(snapshot);
    expect(inWorker.auditOnly).toBe(true);
    expect(here).toEqual(inWorker);
  });

  test("an unreadable body rejects the check with the reader's message (the tab shows it)", async () => {
    const check = createChecker(async () => FakeWorker.of(checkJob));
    await expect(check({ body: "<pkg:package", headers: {}, footers: {} })).rejects.toThrow("word/document.xml");
  });
});
