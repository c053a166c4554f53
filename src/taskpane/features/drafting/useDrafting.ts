/**
 * The "Soạn thảo" tab's actions: every Decree 30 block from the active profile, one click each.
 * Nothing outside the add-in's own content controls is ever changed.
 */
import * as React from "react";
import { TaggedBlock } from "../../../core/model";
import { ProfileIssue, validateProfile } from "../../../core/profile";
import {
  DRAFT_KINDS,
  DraftBlockName,
  DraftKind,
  DraftOptions,
  MeetingHost,
  Problem,
  Secrecy,
  Urgency,
  isDraftKind,
  parseIsoDate,
} from "../../../core/templates";
import { GatewayError, PageSetupPart } from "../../../word";
import { formatShortDate, parseShortDate } from "../../../core/dates";
import { useProfiles } from "../../profiles";
import { useServices } from "../../services";
import { HeaderText, headerText } from "./confirmation";

/**
 * The block builders (every Decree 30 block as data) load with the tab's first action, not with the tab: the form
 * is on screen sooner (issue 13's first-screen budget), and they are fetched right after it is.
 */
const builders = () => import(/* webpackChunkName: "templates" */ "../../../core/templates");

/** What went into Word, for the confirmation the clerk reads (a toast). */
export type Done =
  | { what: "block"; name: DraftBlockName; replaced: boolean; header: HeaderText | null }
  | { what: "number-date"; header: HeaderText | null }
  | { what: "draft"; kind: DraftKind; header: HeaderText | null }
  | { what: "appendix" }
  | { what: "page-setup" };

export type DraftStatus =
  | { kind: "idle" }
  | { kind: "working" }
  /** Done, with things the clerk should check in what went in (a name too long for its rule, …). */
  | { kind: "notes"; notes: Problem[] }
  | { kind: "page-setup-partial"; skipped: PageSetupPart[] }
  | { kind: "error"; error: GatewayError }
  | { kind: "invalid"; message: string; messageEn: string }
  | { kind: "header-missing" }
  | { kind: "confirm-replace"; block: TaggedBlock }
  | { kind: "confirm-draft"; blocks: TaggedBlock[]; notes: Problem[] };

export interface DraftForm {
  kind: DraftKind;
  /** The document number as typed; empty means a draft with a blank number. */
  number: string;
  /** The issue date as the clerk types it: "10/11/2020". */
  date: string;
  dayUnknown: boolean;
  subject: string;
  /** Who held the meeting the draft concludes. */
  heldBy: MeetingHost;
  /** Kính gửi, one recipient per line. */
  addressees: string;
  urgency: Urgency | "";
  secrecy: Secrecy | "";
  appendixTitle: string;
  /** Roman-numbered when given ("2" → "Phụ lục II"); blank for a document with one appendix. */
  appendixNumber: string;
}

/** The typed issue date as a checked (partial) date; a day that does not exist is refused with a message. */
export function issueDate(form: Pick<DraftForm, "date" | "dayUnknown">, fallbackYear: number) {
  const iso = parseShortDate(form.date, fallbackYear);
  if (!iso)
    return {
      ok: false as const,
      message: `Ngày ban hành "${form.date}" không hợp lệ: hãy nhập ngày có thật theo dạng ngày/tháng/năm, ví dụ 10/11/2020.`,
      messageEn: `Issue date "${form.date}" is not a real day: type day/month/year, e.g. 10/11/2020.`,
    };
  return parseIsoDate(iso, form.dayUnknown);
}

export function useDrafting(confirm: (done: Done) => void) {
  const { gateway, clock, profiles } = useServices();
  const { active: profile } = useProfiles();
  const [form, setForm] = React.useState<DraftForm>(() => {
    const remembered = profiles.lastKind();
    const kind = remembered && isDraftKind(remembered) ? remembered : DRAFT_KINDS[0].id;
    return {
      kind,
      number: "",
      date: formatShortDate(clock.today()),
      dayUnknown: false,
      subject: "",
      heldBy: "issuer",
      addressees: "",
      urgency: "",
      secrecy: "",
      appendixTitle: "",
      appendixNumber: "",
    };
  });
  const [status, setStatus] = React.useState<DraftStatus>({ kind: "idle" });
  // Fetched once the form is painted, so the first click does not wait for it.
  React.useEffect(() => {
    const timer = setTimeout(() => void builders(), 0);
    return () => clearTimeout(timer);
  }, []);

  const profileErrors: ProfileIssue[] = profile ? validateProfile(profile).filter((i) => i.severity === "error") : [];

  /** The options every block is built from, or a message saying what is wrong with the input. */
  const options = (): DraftOptions | null => {
    if (!profile) return null;
    const date = issueDate(form, clock.today().year);
    if (!date.ok) {
      setStatus({ kind: "invalid", message: date.message, messageEn: date.messageEn });
      return null;
    }
    const number = form.number.trim() === "" ? null : Number(form.number);
    return {
      kind: form.kind,
      profile,
      date: date.value,
      number,
      subject: form.subject.trim() || undefined,
      heldBy: form.heldBy,
      addressees: form.addressees.split("\n"),
      urgency: form.urgency || undefined,
      secrecy: form.secrecy || undefined,
    };
  };

  /** A success is confirmed in a toast; notes about it stay in the status place, a failure too. */
  const finish = (result: { ok: true } | { ok: false; error: GatewayError }, done: Done, notes: Problem[] = []) => {
    if (!result.ok) return setStatus({ kind: "error", error: result.error });
    setStatus(notes.length > 0 ? { kind: "notes", notes } : { kind: "idle" });
    confirm(done);
  };
  const failed = (error: GatewayError) => setStatus({ kind: "error", error });
  const blockDone = (block: TaggedBlock, replaced: boolean): Done => ({
    what: "block",
    name: block.name as DraftBlockName,
    replaced,
    header: block.name === "header" ? headerText(block) : null,
  });

  const insert = async (name: DraftBlockName) => {
    const built = options();
    if (!built) return;
    setStatus({ kind: "working" });
    const { buildBlock, draftNotes } = await builders();
    const block = buildBlock(name, built);
    const exists = await gateway.hasBlock(block.name);
    if (!exists.ok) return failed(exists.error);
    if (exists.value) return setStatus({ kind: "confirm-replace", block });
    finish(await gateway.insertBlock(block), blockDone(block, false), name === "header" ? draftNotes(built) : []);
  };

  const confirmReplace = async (replace: boolean) => {
    if (status.kind !== "confirm-replace") return;
    const { block } = status;
    setStatus({ kind: "working" });
    const result = replace ? await gateway.replaceBlock(block) : await gateway.insertBlock(block);
    finish(result, blockDone(block, replace));
  };

  /**
   * Rebuilds the header with the number and date now in the form, and the title with the trích yếu the clerk has
   * typed, so every rule fits the text as it now reads. Reads first, then replaces: two syncs.
   */
  const refit = async () => {
    const built = options();
    if (!built) return;
    setStatus({ kind: "working" });
    const { buildBlock, draftNotes, refitOptions } = await builders();
    const read = await gateway.readBlockTexts(["header", "title"]);
    if (!read.ok) return failed(read.error);
    if (read.value.header === undefined) return setStatus({ kind: "header-missing" });
    const refitted = refitOptions(built, read.value);
    const header = buildBlock("header", refitted);
    const title = buildBlock("title", refitted);
    const blocks = read.value.title !== undefined && title.blocks.length > 0 ? [header, title] : [header];
    const result = await gateway.replaceBlocks(blocks);
    finish(result, { what: "number-date", header: headerText(header) }, draftNotes(refitted));
  };

  /** An appendix at the cursor: several may follow one another, so it never asks to replace. */
  const insertAppendix = async () => {
    const built = options();
    if (!built) return;
    const n = Number(form.appendixNumber);
    const number = Number.isInteger(n) && n > 0 ? n : null;
    setStatus({ kind: "working" });
    const { appendixFor } = await builders();
    finish(await gateway.insertBlock(appendixFor(built, number, form.appendixTitle)), { what: "appendix" });
  };

  const newDraft = async () => {
    const built = options();
    if (!built) return;
    profiles.rememberKind(form.kind);
    setStatus({ kind: "working" });
    const { buildDraft, draftNotes } = await builders();
    const blocks = buildDraft(built);
    const read = await gateway.readDocument();
    if (!read.ok) return failed(read.error);
    const notes = draftNotes(built);
    if (read.value.paragraphs.some((p) => p.text.trim() !== ""))
      return setStatus({ kind: "confirm-draft", blocks, notes });
    finish(await gateway.insertBlocks(blocks), draftDone(blocks), notes);
  };
  const draftDone = (blocks: TaggedBlock[]): Done => {
    const header = blocks.find((block) => block.name === "header");
    return { what: "draft", kind: form.kind, header: header ? headerText(header) : null };
  };

  const confirmDraft = async (go: boolean) => {
    if (status.kind !== "confirm-draft") return;
    const { blocks, notes } = status;
    if (!go) return setStatus({ kind: "idle" });
    setStatus({ kind: "working" });
    finish(await gateway.insertBlocks(blocks), draftDone(blocks), notes);
  };

  const applyPageSetup = async () => {
    if (!profile) return;
    setStatus({ kind: "working" });
    const { pageSetup, bodyDefaults } = await builders();
    const result = await gateway.applyPageSetup(pageSetup(profile), bodyDefaults(profile));
    if (result.ok && result.value.length > 0) return setStatus({ kind: "page-setup-partial", skipped: result.value });
    finish(result, { what: "page-setup" });
  };

  return {
    profile,
    profileErrors,
    form,
    setForm,
    status,
    cancel: () => setStatus({ kind: "idle" }),
    insert,
    confirmReplace,
    refit,
    insertAppendix,
    newDraft,
    confirmDraft,
    applyPageSetup,
  };
}
