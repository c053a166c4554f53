/**
 * Less frequent parts of a draft, folded away so the main form stays in the first screen: the urgency and secrecy
 * marks under the number, and "Chèn phụ lục" (an appendix at the cursor, its title and, when the document has
 * several, its number).
 */
import * as React from "react";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { SECRECIES, URGENCIES, Secrecy, Urgency } from "../../../core/templates";
import { useI18n } from "../../i18n";
import { Disclosure } from "../../ui/Disclosure";
import { DraftForm } from "./useDrafting";

function MarkSelect(props: {
  label: string;
  none: string;
  marks: readonly string[];
  value: string;
  onChange(value: string): void;
}) {
  return (
    <Field label={props.label}>
      <Select value={props.value} onChange={(_, data) => props.onChange(data.value)}>
        <option value="">{props.none}</option>
        {props.marks.map((mark) => (
          <option key={mark} value={mark}>
            {mark}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function MarksAndAppendix(props: {
  form: DraftForm;
  setForm(form: DraftForm): void;
  busy: boolean;
  onInsertAppendix(): void;
}) {
  const { form, setForm, busy, onInsertAppendix } = props;
  const { strings } = useI18n();
  return (
    <Disclosure title={strings.moreParts}>
      <MarkSelect
        label={strings.urgency}
        none={strings.markNone}
        marks={URGENCIES}
        value={form.urgency}
        onChange={(urgency) => setForm({ ...form, urgency: urgency as Urgency | "" })}
      />
      <MarkSelect
        label={strings.secrecy}
        none={strings.markNone}
        marks={SECRECIES}
        value={form.secrecy}
        onChange={(secrecy) => setForm({ ...form, secrecy: secrecy as Secrecy | "" })}
      />
      <Field label={strings.appendixTitle}>
        <Input value={form.appendixTitle} onChange={(_, data) => setForm({ ...form, appendixTitle: data.value })} />
      </Field>
      <Field label={strings.appendixNumber}>
        <Input
          inputMode="numeric"
          value={form.appendixNumber}
          onChange={(_, data) => setForm({ ...form, appendixNumber: data.value.replace(/\D/g, "") })}
        />
      </Field>
      <Button onClick={onInsertAppendix} disabledFocusable={busy}>
        {strings.insertAppendix}
      </Button>
    </Disclosure>
  );
}
