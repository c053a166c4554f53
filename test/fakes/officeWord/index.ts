/**
 * An in-memory Word behind the Office.js object model that src/word/officeWordGateway.ts uses, as strict as the
 * documentation. One model, two stand-ins: the jest tests of the gateway install it on `global`
 * (installOfficeWord), and the e2e suite's scripted Chromium host (test/e2e/host/scriptedWord.ts) installs it on
 * `window`. The rules and where they come from:
 *
 * - Batches (Microsoft, "Word JavaScript object model in Office Add-ins"; OfficeExtension.Error): calls are queued
 *   and run at context.sync(), in order. When one fails, the ones before it stay applied, the rest are dropped, and
 *   sync rejects with the error's code (no rollback: a batch can half-apply). Word.run flushes what is still queued.
 * - Load before read (OfficeExtension.ClientObject, ClientResult): a property or a collection's items read before
 *   load + sync throws PropertyNotLoaded; a ClientResult's value before sync throws ValueNotLoaded; isNullObject is
 *   readable only after a sync.
 * - Requirement sets (Word API requirement sets; the [Api set] of each member in @types/office-js): a member above
 *   the host's WordApi / WordApiDesktop version throws ApiNotFound when it is called.
 * - Cursor (Word.Range.insertOoxml, Word.SelectionMode): selection.insertOoxml(…, "After") returns the inserted range
 *   and leaves the selection where the insert started, so a second insert lands before the first;
 *   range.select("End") puts the cursor just after the range.
 * - Replacing a content control's content with content that starts with a table makes Word add a full empty
 *   paragraph before the table (office-js issues #2655, #1144).
 * - Word on the web and tracked changes: deleted text is part of paragraph text (office-js #1267, #5286); loading
 *   listItemOrNullObject fails with GeneralException when a list paragraph holds a tracked deletion (#5335);
 *   getReviewedText("Current") leaves deletions out (WordApi 1.4).
 * - Search (Word.Body.search, Word.ErrorCodes): literal and without Unicode normalisation; "^^", "^t" (tab),
 *   "^s" (non-breaking space), "^l" (manual line break) and "^w" (any run of spaces, non-breaking spaces and tabs);
 *   longer than 255 characters fails with SearchStringInvalidOrTooLong.
 * - *OrNullObject: writing to a null object fails at sync with ItemNotFound; getFirst() on an empty collection fails
 *   at sync with ItemNotFound.
 * - Common API: Office.context.requirements.isSetSupported, Office.context.platform, document.settings (get, set,
 *   remove, saveAsync) and ui.displayDialogAsync (a dialog closed by the user sends DialogEventReceived 12006).
 */
import { Context } from "./batch";
import { makeDocument } from "./document";
import { WordHost } from "./host";

export { WordHost, wordSearchPattern } from "./host";
export type {
  HostDocument,
  HostParagraph,
  HostSelection,
  HostStats,
  HostTable,
  Insertion,
  Platform,
  StoredPart,
} from "./host";

/** Word.run over the model: one Context per batch, queued calls flushed at the end. */
export function wordRun(host: WordHost) {
  return async <T>(batch: (context: never) => Promise<T>): Promise<T> => {
    const context = new Context(host, makeDocument);
    const result = await batch(context as never);
    if (context.pending > 0) await context.sync();
    return result;
  };
}

/** Office's Common API over the model: requirements, platform, document settings, dialogs. */
export function officeContext(host: WordHost) {
  return {
    get platform() {
      return host.platform;
    },
    requirements: { isSetSupported: (name: string, version = "1.1") => host.supports(name, version) },
    document: {
      settings: {
        get: (key: string) => host.settings[key] ?? null,
        set: (key: string, value: unknown) => void (host.settings[key] = value),
        remove: (key: string) => void delete host.settings[key],
        saveAsync: (callback?: (result: { status: string }) => void) => {
          host.settingsSaves++;
          setTimeout(() => callback?.({ status: "succeeded" }), 0);
        },
      },
    },
    ui: {
      displayDialogAsync(
        url: string,
        _options: unknown,
        callback?: (result: { status: string; value?: unknown; error?: { code: number; message: string } }) => void,
      ) {
        setTimeout(() => {
          if (host.dialogFailure !== null) {
            const code = host.dialogFailure;
            host.dialogFailure = null;
            return callback?.({ status: "failed", error: { code, message: `dialog failed ${code}` } });
          }
          const handlers = new Map<string, Array<(arg: unknown) => void>>();
          const emit = (type: string, arg: unknown) => (handlers.get(type) ?? []).forEach((h) => h(arg));
          const dialog = {
            url,
            closed: false,
            addEventHandler: (type: string, handler: (arg: unknown) => void) =>
              handlers.set(type, [...(handlers.get(type) ?? []), handler]),
            close: () => void (dialog.closed = true),
            closedByUser: () => {
              dialog.closed = true;
              emit("dialogEventReceived", { error: 12006 });
            },
            messageFromDialog: (message: string) => emit("dialogMessageReceived", { message, origin: undefined }),
          };
          host.dialogs.push(dialog);
          callback?.({ status: "succeeded", value: dialog });
        }, 0);
      },
    },
  };
}

/** The model on `global` for jest: Word.run and Office.context, with the enums the gateway reads. */
export function installOfficeWord(host = new WordHost()): WordHost {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Word = {
    run: wordRun(host),
    HeaderFooterType: { primary: "Primary", firstPage: "FirstPage", evenPages: "EvenPages" },
    PaperSize: { a4: "A4" },
    Alignment: { justified: "Justified" },
    SelectionMode: { end: "End", start: "Start", select: "Select" },
    InsertLocation: { after: "After", replace: "Replace" },
  };
  g.Office = {
    context: officeContext(host),
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogEventReceived: "dialogEventReceived", DialogMessageReceived: "dialogMessageReceived" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS" },
  };
  return host;
}

export function uninstallOfficeWord(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Word;
  delete g.Office;
}
