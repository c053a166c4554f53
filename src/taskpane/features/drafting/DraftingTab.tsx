import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DRAFT_KINDS, DraftKind } from "../../../core/templates";
import { PageSetupPart } from "../../../word";
import { StringKey, fill, useI18n } from "../../i18n";
import { issueDate, useDrafting } from "./useDrafting";
import { MarksAndAppendix } from "./MarksAndAppendix";
import { DraftOptionsFields } from "./DraftOptionsFields";
import { useServices } from "../../services";

const useStyles = makeStyles({
  buttons: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const PART_LABEL: Record<PageSetupPart, StringKey> = {
  "paper-and-margins": "partPaper",
  "first-page-without-number": "partFirstPage",
  "page-number": "partPageNumber",
  "body-style": "partBodyStyle",
};

export function DraftingTab({ onOpenSettings }: { onOpenSettings(): void }) {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const drafting = useDrafting();
  const { clock } = useServices();
  const { profile, form, setForm, status } = drafting;
  const say = (vi: string, en: string) => (language === "vi" ? vi : en);

  if (!profile || drafting.profileErrors.length > 0) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          {profile ? drafting.profileErrors.map((e) => say(e.message, e.messageEn)).join(" ") : strings.profileMissing}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onOpenSettings}>{strings.goToSettings}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  const busy = status.kind === "working";
  const checkedDate = issueDate(form, clock.today().year);
  const dateProblem = checkedDate.ok ? null : checkedDate;
  return (
    <>
      <Field label={strings.draftKind}>
        <Select value={form.kind} onChange={(_, data) => setForm({ ...form, kind: data.value as DraftKind })}>
          {DRAFT_KINDS.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {say(kind.label, kind.labelEn)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.documentNumber}>
        <Input
          inputMode="numeric"
          value={form.number}
          onChange={(_, data) => setForm({ ...form, number: data.value.replace(/\D/g, "") })}
        />
      </Field>
      <Field
        label={strings.issueDate}
        hint={strings.dateHint}
        {...(dateProblem
          ? { validationState: "error" as const, validationMessage: say(dateProblem.message, dateProblem.messageEn) }
          : {})}
      >
        <Input value={form.date} onChange={(_, data) => setForm({ ...form, date: data.value })} />
      </Field>
      <Checkbox
        label={strings.dayUnknown}
        checked={form.dayUnknown}
        onChange={(_, data) => setForm({ ...form, dayUnknown: data.checked === true })}
      />
      <Field label={strings.subject}>
        <Input value={form.subject} onChange={(_, data) => setForm({ ...form, subject: data.value })} />
      </Field>
      <DraftOptionsFields profile={profile} form={form} setForm={setForm} />

      <div className={styles.buttons}>
        <Button appearance="primary" onClick={drafting.newDraft} disabled={busy}>
          {strings.newDraft}
        </Button>
        <Button onClick={() => drafting.insert("header")} disabled={busy}>
          {strings.insertHeader}
        </Button>
        <Button onClick={() => drafting.insert("title")} disabled={busy}>
          {strings.insertTitle}
        </Button>
        <Button onClick={() => drafting.insert("scaffold")} disabled={busy}>
          {strings.insertScaffold}
        </Button>
        <Button onClick={() => drafting.insert("signature")} disabled={busy}>
          {strings.insertSignature}
        </Button>
        <Button onClick={drafting.applyPageSetup} disabled={busy}>
          {strings.applyPageSetup}
        </Button>
        <Button onClick={drafting.refit} disabled={busy}>
          {strings.updateNumberDate}
        </Button>
        <Text size={200}>{strings.updateNumberDateHint}</Text>
      </div>
      <Text size={200}>{strings.insertHeaderHint}</Text>
      <MarksAndAppendix form={form} setForm={setForm} busy={busy} onInsertAppendix={drafting.insertAppendix} />

      <div role="status" aria-live="polite">
        {busy && <Text>{strings.working}</Text>}
        {status.kind === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>{status.replaced ? strings.replaced : strings.inserted}</MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "done" && !!status.notes?.length && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {strings.draftNotes} {status.notes.map((note) => say(note.message, note.messageEn)).join(" ")}
            </MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "page-setup" && (
          <MessageBar intent={status.skipped.length ? "warning" : "success"}>
            <MessageBarBody>
              {status.skipped.length
                ? fill(strings.pageSetupPartial, {
                    parts: status.skipped.map((p) => strings[PART_LABEL[p]]).join("; "),
                  })
                : strings.pageSetupDone}
            </MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>{say(status.error.message, status.error.messageEn)}</MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "invalid" && (
          <MessageBar intent="error">
            <MessageBarBody>{say(status.message, status.messageEn)}</MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "header-missing" && (
          <MessageBar intent="warning">
            <MessageBarBody>{strings.headerMissing}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {status.kind === "confirm-replace" && (
        <MessageBar intent="info">
          <MessageBarBody>{fill(strings.blockExists, { block: status.block.title })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => drafting.confirmReplace(true)}>{strings.replaceBlock}</Button>
            <Button onClick={() => drafting.confirmReplace(false)}>{strings.insertAnyway}</Button>
            <Button onClick={drafting.cancel}>{strings.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {status.kind === "confirm-draft" && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.documentNotEmpty}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => drafting.confirmDraft(true)}>{strings.insertHere}</Button>
            <Button onClick={() => drafting.confirmDraft(false)}>{strings.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}

export default DraftingTab;
