/**
 * Ribbon buttons (ExecuteFunction): the most used inserts in one click, without opening the pane.
 * When something is missing (no profile yet, Word refuses), a small dialog says so in Vietnamese.
 */
import { activeProfile, validateProfile } from "../core/profile";
import { DRAFT_KINDS, DraftBlockName, DraftOptions, buildBlock, buildDraft, isDraftKind } from "../core/templates";
import { GatewayResult, localProfileStore, officeWordGateway, showMessageDialog, systemClock } from "../word";

const store = localProfileStore();
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

async function run(event: Office.AddinCommands.Event, action: (options: DraftOptions) => Promise<GatewayResult>) {
  const options = draftOptions();
  if (typeof options === "string") showMessageDialog(options);
  else {
    const result = await action(options);
    if (!result.ok) showMessageDialog(result.error.message);
  }
  event.completed();
}

const insertOne = (name: DraftBlockName) => (event: Office.AddinCommands.Event) =>
  run(event, (options) => officeWordGateway.insertBlock(buildBlock(name, options)));

Office.onReady(() => {
  Office.actions.associate("insertHeader", insertOne("header"));
  Office.actions.associate("insertSignature", insertOne("signature"));
  // The whole draft of the last used kind, into an empty document. A document that already has text needs
  // the clerk's go-ahead, which only the pane can ask for: say so instead of inserting.
  Office.actions.associate("insertDraft", (event: Office.AddinCommands.Event) =>
    run(event, async (options) => {
      const read = await officeWordGateway.readDocument();
      if (!read.ok) return read;
      if (read.value.paragraphs.some((p) => p.text.trim() !== "")) {
        showMessageDialog(NOT_EMPTY);
        return { ok: true, value: undefined };
      }
      return officeWordGateway.insertBlocks(buildDraft(options));
    }),
  );
});
