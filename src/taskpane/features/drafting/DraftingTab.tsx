import * as React from "react";
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useI18n } from "../../i18n";
import { useDrafting } from "./useDrafting";

export function DraftingTab({ onOpenSettings }: { onOpenSettings(): void }) {
  const { strings, language } = useI18n();
  const { profile, form, setForm, status, insertHeader } = useDrafting();

  if (!profile || profile.issuingAgency.trim() === "") {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          {strings.profileMissing}{" "}
          <Button appearance="transparent" onClick={onOpenSettings}>
            {strings.goToSettings}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <>
      <Field label={strings.documentNumber}>
        <Input
          inputMode="numeric"
          value={form.number}
          onChange={(_, data) => setForm({ ...form, number: data.value.replace(/\D/g, "") })}
        />
      </Field>
      <Field label={strings.issueDate}>
        <Input
          type="date"
          value={form.date}
          onChange={(_, data) => data.value && setForm({ ...form, date: data.value })}
        />
      </Field>
      <Checkbox
        label={strings.dayUnknown}
        checked={form.dayUnknown}
        onChange={(_, data) => setForm({ ...form, dayUnknown: data.checked === true })}
      />
      <Button appearance="primary" onClick={insertHeader} disabled={status.kind === "working"}>
        {strings.insertHeader}
      </Button>
      <Text size={200}>{strings.insertHeaderHint}</Text>
      <div role="status" aria-live="polite">
        {status.kind === "working" && <Text>{strings.working}</Text>}
        {status.kind === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>{strings.inserted}</MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>{language === "vi" ? status.error.message : status.error.messageEn}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
