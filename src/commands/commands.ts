/**
 * Ribbon buttons (ExecuteFunction): the most used inserts in one click, without opening the pane.
 * When something is missing (no profile yet, Word refuses), a small dialog says so in Vietnamese.
 *
 * A command completes (event.completed) only once its work and its message are over: when the dialog is closed or
 * could not open, always, even when something throws. Completing earlier lets Office unload the function file,
 * and the dialog with it, before the clerk has read it.
 */
import { activeProfile, validateProfile } from "../core/profile";
import { DRAFT_KINDS, DraftBlockName, DraftOptions, buildBlock, buildDraft, isDraftKind } from "../core/templates";
import { GatewayResult, browserProfileStore, officeWordGateway, showMessageDialog, systemClock } from "../word";
import { FunctionName } from "./functionNames";

// Where the webview blocks localStorage, the buttons still register and say that no profile is set up.
const store = browserProfileStore();
const NOT_EMPTY =
  "Văn bản đã có nội dung. Để chèn bản thảo mới tại con trỏ, hãy mở Kết luận › Soạn thảo › Tạo bản thảo mới và xác nhận.";

/** Options for today's draft from the active profile, or the reason there are none. */
function draftOptions(): DraftOptions | string {
  const profile = activeProfile(store.load());
  if (!profile) return "Chưa có thông tin cơ quan. Hãy mở Kết luận › Cài đặt và điền hồ sơ cơ quan trước.";
  const errors = validateProfile(profile).filter((issue) => issue.severity === "error");
  if (errors.length) return `Hồ sơ cơ quan chưa hợp lệ: ${errors.map((e) => e.message).join(" ")} (Kết luận › Cài đặt)`;
  const remembered = store.lastKind();
  const kind = remembered && isDraftKind(remembered) ? remembered : DRAFT_KINDS[0].id;
  return { kind, profile, date: systemClock.today(), number: null };
}

/** What a button does, and the message for the clerk when there is one. */
async function perform(action: (options: DraftOptions) => Promise<GatewayResult | string>): Promise<string | null> {
  const options = draftOptions();
  if (typeof options === "string") return options;
  const result = await action(options);
  if (typeof result === "string") return result;
  return result.ok ? null : result.error.message;
}

const command =
  (action: (options: DraftOptions) => Promise<GatewayResult | string>) => async (event: Office.AddinCommands.Event) => {
    try {
      const message = await perform(action);
      if (message) await showMessageDialog(message);
    } catch (error) {
      await showMessageDialog(`Không thực hiện được: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      event.completed();
    }
  };

const insertOne = (name: DraftBlockName) =>
  command((options) => officeWordGateway.insertBlock(buildBlock(name, options)));

/**
 * The whole draft of the last used kind, into an empty document. A document that already has text needs the
 * clerk's go-ahead, which only the pane can ask for: say so instead of inserting.
 */
const insertDraft = command(async (options) => {
  const read = await officeWordGateway.readDocument();
  if (!read.ok) return read;
  if (read.value.paragraphs.some((p) => p.text.trim() !== "")) return NOT_EMPTY;
  return officeWordGateway.insertBlocks(buildDraft(options));
});

const ACTIONS: Record<FunctionName, (event: Office.AddinCommands.Event) => Promise<void>> = {
  insertHeader: insertOne("header"),
  insertSignature: insertOne("signature"),
  insertDraft,
};

Office.onReady(() => {
  // The legacy check (legacyCheck.ts) has registered messages instead where this webview cannot run the add-in.
  if (document.documentElement.hasAttribute("data-legacy-webview")) return;
  for (const [name, action] of Object.entries(ACTIONS)) Office.actions.associate(name, action);
});
