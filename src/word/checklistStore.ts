/* eslint-disable office-addins/load-object-before-read --
 * The rule reads "items/id" loads and ClientResult.value as unloaded; the tests run against test/fakes/officeWord,
 * which throws PropertyNotLoaded / ValueNotLoaded for any read that was not loaded and synced, as Word does. */
/**
 * The checklist inside the document: a custom XML part where Word has WordApi 1.4, the document's settings
 * (Office.context.document.settings, every host) otherwise.
 *
 * A document can move between Words: a clerk on Word 2016 (WordApi 1.3) ticks tasks, which go to the settings; a
 * colleague opens it in Microsoft 365. There the settings are still read when no part exists yet, and the next save
 * moves them into the part and clears the setting, so the document holds one checklist, never two that disagree.
 *
 * Saves never overlap: a save waits for the one running, and of several waiting only the latest is written (each
 * is the whole checklist), so a burst of ticks costs at most two writes and never lands out of order.
 *
 * A tick is one sync: the part's id, learnt when it was read or first written, names it directly (getItem), so a
 * save need not look the part up first. Should the part be gone (another add-in, a colleague's copy pasted over),
 * Word fails that one-call batch with ItemNotFound, which changes nothing, and the save looks the part up afresh.
 */
import { CHECKLIST_NAMESPACE } from "../core/checklist";
import { toGatewayError } from "./errors";
import { GatewayResult, done, ok } from "./gateway";
import { attempt, codeOf, run, settle, supports } from "./wordRun";

/** The key older Word (WordApi 1.3) stores the checklist under in the document's settings. */
export const SETTINGS_KEY = "kl.checklist";

const hasCustomXml = (): boolean => supports("WordApi", "1.4");
const settings = () => Office.context.document.settings;
const storedSetting = (): string | null => (settings().get(SETTINGS_KEY) as string | null) ?? null;

const saveSettings = (): Promise<GatewayResult> =>
  new Promise((resolve) =>
    settings().saveAsync((result) =>
      resolve(
        result.status === Office.AsyncResultStatus.Succeeded
          ? done
          : { ok: false, error: toGatewayError(result.error, "writes") },
      ),
    ),
  );

/** The id of the document's checklist part, once read or written (a pane serves one document). */
let knownPartId: string | null = null;

export async function loadChecklist(): Promise<GatewayResult<string | null>> {
  if (!hasCustomXml()) return ok(storedSetting());
  return run("reads", async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(CHECKLIST_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    if (parts.items.length === 0) return storedSetting(); // written by an older Word, moved at the next save
    knownPartId = parts.items[0].id;
    const xml = parts.items[0].getXml();
    await context.sync();
    return xml.value;
  });
}

/** One sync: the known part is written in place. False when Word no longer has it (nothing was changed). */
async function writeKnownPart(xml: string, id: string): Promise<GatewayResult<boolean>> {
  const written = await attempt(async (context) => {
    context.document.customXmlParts.getItem(id).setXml(xml);
    await context.sync();
    return true;
  });
  if (written.ok || codeOf(written.error) !== "ItemNotFound") return settle(written, "writes");
  knownPartId = null;
  return ok(false);
}

/** Two syncs: finds the part (or adds it), writes it, drops duplicates, and learns its id. */
async function findAndWritePart(xml: string): Promise<GatewayResult> {
  return run("writes", async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(CHECKLIST_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    const [first, ...extra] = parts.items;
    if (first) first.setXml(xml);
    const added = first ? null : context.document.customXmlParts.add(xml).load("id");
    extra.forEach((part) => part.delete());
    await context.sync();
    knownPartId = first ? first.id : added!.id;
  });
}

async function writeChecklist(xml: string): Promise<GatewayResult> {
  if (!hasCustomXml()) {
    settings().set(SETTINGS_KEY, xml);
    return saveSettings();
  }
  const quick = knownPartId === null ? ok(false) : await writeKnownPart(xml, knownPartId);
  const written = !quick.ok ? quick : quick.value ? done : await findAndWritePart(xml);
  if (!written.ok || storedSetting() === null) return written;
  settings().remove(SETTINGS_KEY);
  return saveSettings();
}

/** For tests: a new document, as a new pane would open it. */
export function forgetChecklistPart(): void {
  knownPartId = null;
}

/** Runs saves one at a time; a save asked for while others wait replaces them (the latest state wins). */
export function queuedSaves(save: (xml: string) => Promise<GatewayResult>): (xml: string) => Promise<GatewayResult> {
  let tail: Promise<void> = Promise.resolve();
  let waiting: { xml: string; callers: Array<(result: GatewayResult) => void> } | null = null;
  return (xml) =>
    new Promise((resolve) => {
      if (waiting) {
        waiting.xml = xml;
        waiting.callers.push(resolve);
        return;
      }
      const job = { xml, callers: [resolve] };
      waiting = job;
      tail = tail.then(async () => {
        waiting = null;
        const result = await save(job.xml).catch((error: unknown) => ({
          ok: false as const,
          error: toGatewayError(error, "writes"),
        }));
        job.callers.forEach((caller) => caller(result));
      });
    });
}

export const saveChecklist = queuedSaves(writeChecklist);
