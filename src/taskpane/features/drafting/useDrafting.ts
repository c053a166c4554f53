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
  bodyDefaults,
  buildBlock,
  buildDraft,
  isDraftKind,
  pageSetup,
  parseIsoDate,
} from "../../../core/templates";
import { GatewayError, PageSetupPart } from "../../../word";
import { formatShortDate, parseShortDate } from "../../../core/dates";
import { useProfiles } from "../../profiles";
import { useServices } from "../../services";

export type DraftStatus =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done"; replaced?: boolean }
  | { kind: "page-setup"; skipped: PageSetupPart[] }
  | { kind: "error"; error: GatewayError }
  | { kind: "invalid"; message: string; messageEn: string }
  | { kind: "header-missing" }
  | { kind: "confirm-replace"; block: TaggedBlock }
  | { kind: "confirm-draft"; blocks: TaggedBlock[] };

export interface DraftForm {
  kind: DraftKind;
  /** The document number as typed; empty means a draft with a blank number. */
  number: string;
  /** The issue date as the clerk types it: "10/11/2020". */
  date: string;
  dayUnknown: boolean;
  subject: string;
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

export function useDrafting() {
  const { gateway, clock, profiles } = useServices();
  const { active: profile } = useProfiles();
  const [form, setForm] = React.useState<DraftForm>(() => {
    const remembered = profiles.lastKind();
    const kind = remembered && isDraftKind(remembered) ? remembered : DRAFT_KINDS[0].id;
    return { kind, number: "", date: formatShortDate(clock.today()), dayUnknown: false, subject: "" };
  });
  const [status, setStatus] = React.useState<DraftStatus>({ kind: "idle" });

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
    return { kind: form.kind, profile, date: date.value, number, subject: form.subject.trim() || undefined };
  };

  const finish = (result: { ok: true } | { ok: false; error: GatewayError }, replaced = false) =>
    setStatus(result.ok ? { kind: "done", replaced } : { kind: "error", error: result.error });

  const insert = async (name: DraftBlockName) => {
    const built = options();
    if (!built) return;
    const block = buildBlock(name, built);
    setStatus({ kind: "working" });
    const exists = await gateway.hasBlock(block.name);
    if (!exists.ok) return finish(exists);
    if (exists.value) return setStatus({ kind: "confirm-replace", block });
    finish(await gateway.insertBlock(block));
  };

  const confirmReplace = async (replace: boolean) => {
    if (status.kind !== "confirm-replace") return;
    const { block } = status;
    setStatus({ kind: "working" });
    finish(replace ? await gateway.replaceBlock(block) : await gateway.insertBlock(block), replace);
  };

  /** Rebuilds only the header, with the number and date now in the form. */
  const updateNumberAndDate = async () => {
    const built = options();
    if (!built) return;
    setStatus({ kind: "working" });
    const result = await gateway.replaceBlock(buildBlock("header", built));
    if (!result.ok && result.error.code === "not-found") return setStatus({ kind: "header-missing" });
    finish(result, true);
  };

  const newDraft = async () => {
    const built = options();
    if (!built) return;
    profiles.rememberKind(form.kind);
    const blocks = buildDraft(built);
    setStatus({ kind: "working" });
    const read = await gateway.readDocument();
    if (!read.ok) return finish(read);
    if (read.value.paragraphs.some((p) => p.text.trim() !== "")) return setStatus({ kind: "confirm-draft", blocks });
    finish(await gateway.insertBlocks(blocks));
  };

  const confirmDraft = async (go: boolean) => {
    if (status.kind !== "confirm-draft") return;
    const { blocks } = status;
    if (!go) return setStatus({ kind: "idle" });
    setStatus({ kind: "working" });
    finish(await gateway.insertBlocks(blocks));
  };

  const applyPageSetup = async () => {
    if (!profile) return;
    setStatus({ kind: "working" });
    const result = await gateway.applyPageSetup(pageSetup(profile), bodyDefaults(profile));
    setStatus(result.ok ? { kind: "page-setup", skipped: result.value } : { kind: "error", error: result.error });
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
    updateNumberAndDate,
    newDraft,
    confirmDraft,
    applyPageSetup,
  };
}
