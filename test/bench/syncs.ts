/**
 * Syncs per user action of the Office.js gateway, counted by the in-memory Word of test/fakes/officeWord (the
 * model the gateway tests and the scripted e2e host share; the e2e run reports the host's own counts too).
 */
import { bodyDefaults, buildBlock, buildDraft, pageSetup } from "../../src/core/templates";
import { CHECKLIST_NAMESPACE } from "../../src/core/checklist";
import { officeWordGateway as gateway } from "../../src/word";
import { forgetChecklistPart } from "../../src/word/checklistStore";
import { WordHost, installOfficeWord, uninstallOfficeWord } from "../fakes/officeWord";
import { TAY_NINH } from "../fakes/profiles";

const options = {
  kind: "thong-bao-ket-luan" as const,
  profile: TAY_NINH,
  date: { year: 2020, month: 11, day: 10 },
  number: null,
};
const SEED = ["Ngày 09/11/2020, Thanh tra tỉnh họp giao ban.", "- Các phòng rà soát kế hoạch, chậm nhất ngày 13/11."];

export async function measureSyncs(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const measure = async (action: string, prepare: (host: WordHost) => unknown, act: () => Promise<unknown>) => {
    const host = installOfficeWord();
    await prepare(host);
    host.stats = { runs: 0, syncs: 0, syncsPerRun: [], calls: [] };
    await act();
    counts[action] = host.stats.syncs;
    uninstallOfficeWord();
  };
  const seed = (host: WordHost) => host.loadDocument({ paragraphs: SEED.map((text) => ({ text })) });
  const desktop = (host: WordHost) => Object.assign(host, { wordApi: "1.5", desktopApi: "1.3" });

  await measure(
    "insert block",
    () => undefined,
    () => gateway.insertBlock(buildBlock("header", options)),
  );
  await measure(
    "insert whole draft",
    () => undefined,
    () => gateway.insertBlocks(buildDraft(options)),
  );
  await measure(
    "replace block",
    () => gateway.insertBlock(buildBlock("header", options)),
    () => gateway.replaceBlock(buildBlock("header", { ...options, number: 3 })),
  );
  await measure("scan (read document)", seed, () => gateway.readDocument());
  await measure(
    "scan on the web with tracked changes",
    (host) => {
      seed(host);
      host.platform = "OfficeOnline";
      host.paragraphs[1].deleted = " và báo cáo";
    },
    () => gateway.readDocument(),
  );
  await measure("select task", seed, () => gateway.selectText("Các phòng rà soát kế hoạch", 1));
  await measure(
    "select task across a line break",
    (host) => host.loadDocument({ paragraphs: [{ text: "Các phòng rà soát\vkế hoạch." }] }),
    () => gateway.selectText("Các phòng rà soát kế hoạch.", 0),
  );
  const checklist = `<checklist xmlns="${CHECKLIST_NAMESPACE}"/>`;
  await measure(
    "save checklist (first, in a document without one)",
    () => forgetChecklistPart(),
    () => gateway.saveChecklist(checklist),
  );
  await measure(
    "tick (save checklist again)",
    () => gateway.saveChecklist(checklist),
    () => gateway.saveChecklist(checklist),
  );
  await measure("page setup (desktop)", desktop, () =>
    gateway.applyPageSetup(pageSetup(TAY_NINH), bodyDefaults(TAY_NINH)),
  );
  return counts;
}
