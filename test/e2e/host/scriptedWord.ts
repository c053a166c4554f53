/**
 * A scripted Word host for the end-to-end tests. Loaded only by the e2e build (taskpane.e2e.html), after office.js
 * and before the app: installs `window.Word` and fills in Office.context (requirements, platform, document settings,
 * dialogs; office.js leaves them undefined outside Office) over the in-memory Word of test/fakes/officeWord, the
 * same model the jest tests of the gateway use, with Office.js's documented semantics (see its header). Exposes
 * `window.__host` (protocol.ts) for the tests.
 */
import { WordHost, officeContext, wordRun } from "../../fakes/officeWord";
import type { HostApi } from "./protocol";
import { HOST_MARKER } from "./protocol";

const host = new WordHost();

/** office.js outside Office leaves requirements and document undefined; the add-in reads both. */
function installOfficeContext(): void {
  const office = (window as unknown as { Office?: { context?: Record<string, unknown> } }).Office;
  if (!office) throw new Error("scriptedWord: office.js must load first");
  const extras = officeContext(host);
  const context = office.context ?? {};
  const apply = () => {
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(extras))) {
      try {
        Object.defineProperty(context, key, { ...descriptor, configurable: true });
      } catch {
        Object.assign(context, { [key]: (extras as Record<string, unknown>)[key] }); // office.js's own, not configurable
      }
    }
    return context;
  };
  apply();
  if ((office.context as { requirements?: unknown } | undefined)?.requirements !== extras.requirements) {
    Object.defineProperty(office, "context", { configurable: true, get: () => apply() });
  }
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const api: HostApi = {
  marker: HOST_MARKER,
  loadDocument: (doc) => host.loadDocument(doc),
  setWordApi(version) {
    host.wordApi = version;
  },
  setPlatform(platform) {
    host.platform = platform;
  },
  failNext(call, code) {
    host.failures.set(call, { code, message: `${code} (scripted)` });
  },
  resetStats() {
    host.stats = { runs: 0, syncs: 0, syncsPerRun: [], calls: [] };
  },
  stats: () => clone(host.stats),
  insertions: () => clone(host.insertions),
  blockOrder: () => host.blockOrder(),
  controlStructure: (tag) => host.controlStructure(tag),
  selection: () => clone(host.selection),
  customXmlParts: () => clone(host.parts),
  customXmlWrites: () => host.partWrites,
  settings: () => clone(host.settings),
  newDocuments: () => [...host.newDocuments],
  setCreateDocument(supported) {
    host.canCreateDocuments = supported;
  },
  unsupported: () => [...host.unsupported],
};

installOfficeContext();
// office.js finishes its own start-up later; make sure the context is still ours when the app's onReady runs.
(window as unknown as { Office: { onReady(cb: () => void): void } }).Office.onReady(installOfficeContext);
Object.assign(window, {
  Word: {
    run: wordRun(host),
    HeaderFooterType: { primary: "Primary" },
    PaperSize: { a4: "A4" },
    Alignment: { justified: "Justified" },
  },
  __host: api,
});
