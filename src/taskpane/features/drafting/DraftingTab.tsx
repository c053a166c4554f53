/**
 * "Soạn thảo", grouped by the clerk's moments: a new draft, one part at the cursor, and at issue the number and
 * date. Questions and problems appear at the top of the tab (brought into view, focus on the answer buttons);
 * what went in is confirmed in a toast with the real text ("Số 12/TB-TTr, ngày 05 tháng 12 năm 2026").
 */
import * as React from "react";
import { Button, Checkbox, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DRAFT_KINDS, DraftBlockName, DraftKind } from "../../../core/templates";
import { PageSetupPart } from "../../../word";
import { StringKey, Strings, fill, useI18n } from "../../i18n";
import { useNavigation } from "../../navigation";
import { useServices } from "../../services";
import { Notice } from "../../ui/NoticeBar";
import { StatusArea } from "../../ui/StatusArea";
import { useToast } from "../../ui/toasts";
import { DraftStatus, Done, issueDate, useDrafting } from "./useDrafting";
import { DraftOptionsFields } from "./DraftOptionsFields";
import { MarksAndAppendix } from "./MarksAndAppendix";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  parts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingVerticalS,
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  // Fluent's Input keeps a minimum width that would push the second field out of a 350 px pane.
  narrow: { minWidth: 0 },
});

const PART_LABEL: Record<PageSetupPart, StringKey> = {
  "paper-and-margins": "partPaper",
  "first-page-without-number": "partFirstPage",
  "page-number": "partPageNumber",
  "body-style": "partBodyStyle",
};

const BLOCK_LABEL: Record<DraftBlockName, StringKey> = {
  header: "insertHeader",
  title: "insertTitle",
  scaffold: "insertScaffold",
  signature: "insertSignature",
};

/** The toast's text: what went into Word, with the header's real number and date when there is one. */
function doneText(done: Done, strings: Strings, kindLabel: (kind: DraftKind) => string): string {
  const header = "header" in done && done.header ? { number: done.header.number, date: done.header.date } : null;
  switch (done.what) {
    case "page-setup":
      return strings.pageSetupDone;
    case "appendix":
      return strings.appendixInserted;
    case "number-date":
      return header ? fill(strings.updatedNumberDate, header) : fill(strings.replaced, { block: strings.insertHeader });
    case "draft":
      return fill(strings.draftInserted, { kind: kindLabel(done.kind), number: "", date: "", ...header });
    case "block":
      if (header && !done.replaced) return fill(strings.insertedHeader, header);
      return fill(done.replaced ? strings.replaced : strings.inserted, { block: strings[BLOCK_LABEL[done.name]] });
  }
}

function statusNotice(
  status: DraftStatus,
  strings: Strings,
  say: (vi: string, en: string) => string,
  drafting: ReturnType<typeof useDrafting>,
): Notice | null {
  switch (status.kind) {
    case "working":
      return { intent: "info", text: strings.working };
    case "error":
      return status.error.code === "unknown"
        ? { intent: "error", text: strings.wordFailed, detail: status.error.messageEn }
        : { intent: "error", text: say(status.error.message, status.error.messageEn) };
    case "invalid":
      return { intent: "error", text: say(status.message, status.messageEn) };
    case "notes":
      return {
        intent: "warning",
        text: `${strings.draftNotes} ${status.notes.map((note) => say(note.message, note.messageEn)).join(" ")}`,
      };
    case "header-missing":
      return { intent: "warning", text: strings.headerMissing };
    case "page-setup-partial":
      return {
        intent: "warning",
        text: fill(strings.pageSetupPartial, { parts: status.skipped.map((p) => strings[PART_LABEL[p]]).join("; ") }),
      };
    case "confirm-replace":
      return {
        intent: "info",
        text: fill(strings.blockExists, { block: status.block.title }),
        takeFocus: true,
        actions: [
          { label: strings.replaceBlock, primary: true, onClick: () => void drafting.confirmReplace(true) },
          { label: strings.insertAnyway, onClick: () => void drafting.confirmReplace(false) },
          { label: strings.cancel, onClick: drafting.cancel },
        ],
      };
    case "confirm-draft":
      return {
        intent: "info",
        text: strings.documentNotEmpty,
        takeFocus: true,
        actions: [
          { label: strings.insertHere, primary: true, onClick: () => void drafting.confirmDraft(true) },
          { label: strings.cancel, onClick: () => void drafting.confirmDraft(false) },
        ],
      };
    default:
      return null;
  }
}

export function DraftingTab() {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const { clock } = useServices();
  const navigation = useNavigation();
  const toast = useToast();
  const say = (vi: string, en: string) => (language === "vi" ? vi : en);
  const kindLabel = (kind: DraftKind) => {
    const found = DRAFT_KINDS.find((k) => k.id === kind)!;
    return say(found.label, found.labelEn).toLowerCase();
  };
  const drafting = useDrafting((done) => toast({ text: doneText(done, strings, kindLabel) }));
  const { form, setForm, status } = drafting;

  if (drafting.profileErrors.length > 0) {
    return (
      <StatusArea
        notices={[
          {
            intent: "warning",
            text: drafting.profileErrors.map((e) => say(e.message, e.messageEn)).join(" "),
            actions: [{ label: strings.goToSettings, onClick: () => navigation.open("settings") }],
          },
        ]}
      />
    );
  }

  const busy = status.kind === "working";
  const checkedDate = issueDate(form, clock.today().year);
  const dateProblem = checkedDate.ok ? null : checkedDate;
  const part = (name: DraftBlockName) => (
    <Button onClick={() => void drafting.insert(name)} disabledFocusable={busy}>
      {strings[BLOCK_LABEL[name]]}
    </Button>
  );

  return (
    <div className={styles.root}>
      <StatusArea notices={[statusNotice(status, strings, say, drafting)]} />

      <section className={styles.section} aria-labelledby="kl-draft-new">
        <h2 id="kl-draft-new" className={styles.heading}>
          {strings.sectionNewDraft}
        </h2>
        <Field label={strings.draftKind}>
          <Select value={form.kind} onChange={(_, data) => setForm({ ...form, kind: data.value as DraftKind })}>
            {DRAFT_KINDS.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {say(kind.label, kind.labelEn)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.subject}>
          <Input value={form.subject} onChange={(_, data) => setForm({ ...form, subject: data.value })} />
        </Field>
        {drafting.profile && <DraftOptionsFields profile={drafting.profile} form={form} setForm={setForm} />}
        <Button appearance="primary" onClick={() => void drafting.newDraft()} disabledFocusable={busy}>
          {strings.newDraft}
        </Button>
      </section>

      <section className={styles.section} aria-labelledby="kl-draft-parts">
        <h2 id="kl-draft-parts" className={styles.heading}>
          {strings.sectionParts}
        </h2>
        <div className={styles.parts}>
          {part("header")}
          {part("title")}
          {part("scaffold")}
          {part("signature")}
          <Button onClick={() => void drafting.applyPageSetup()} disabledFocusable={busy}>
            {strings.applyPageSetup}
          </Button>
        </div>
        <Text size={200}>{strings.insertHeaderHint}</Text>
        <MarksAndAppendix
          form={form}
          setForm={setForm}
          busy={busy}
          onInsertAppendix={() => void drafting.insertAppendix()}
        />
      </section>

      <section className={styles.section} aria-labelledby="kl-draft-issue">
        <h2 id="kl-draft-issue" className={styles.heading}>
          {strings.sectionAtIssue}
        </h2>
        <div className={styles.pair}>
          <Field label={strings.documentNumber} hint={strings.numberHint}>
            <Input
              className={styles.narrow}
              inputMode="numeric"
              value={form.number}
              onChange={(_, data) => setForm({ ...form, number: data.value.replace(/\D/g, "") })}
            />
          </Field>
          <Field
            label={strings.issueDate}
            hint={strings.dateHint}
            {...(dateProblem
              ? {
                  validationState: "error" as const,
                  validationMessage: say(dateProblem.message, dateProblem.messageEn),
                }
              : {})}
          >
            <Input
              className={styles.narrow}
              value={form.date}
              onChange={(_, data) => setForm({ ...form, date: data.value })}
            />
          </Field>
        </div>
        <Checkbox
          label={strings.dayUnknown}
          checked={form.dayUnknown}
          onChange={(_, data) => setForm({ ...form, dayUnknown: data.checked === true })}
        />
        <Button onClick={() => void drafting.refit()} disabledFocusable={busy}>
          {strings.updateNumberDate}
        </Button>
        <Text size={200}>{strings.updateNumberDateHint}</Text>
      </section>
    </div>
  );
}

export default DraftingTab;
