/**
 * Less frequent parts of a draft, folded away so the main form stays in the first screen: the urgency and secrecy
 * marks under the number, and "Chèn phụ lục" (an appendix at the cursor, its title and, when the document has
 * several, its number).
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  Select,
} from "@fluentui/react-components";
import { SECRECIES, URGENCIES, Secrecy, Urgency } from "../../../core/templates";
import { useI18n } from "../../i18n";
import { DraftForm } from "./useDrafting";

export function MarksAndAppendix(props: {
  form: DraftForm;
  setForm(form: DraftForm): void;
  busy: boolean;
  onInsertAppendix(): void;
}) {
  const { form, setForm, busy, onInsertAppendix } = props;
  const { strings } = useI18n();
  return (
    <Accordion collapsible>
      <AccordionItem value="more">
        <AccordionHeader>{strings.moreParts}</AccordionHeader>
        <AccordionPanel>
          <Field label={strings.urgency}>
            <Select
              value={form.urgency}
              onChange={(_, data) => setForm({ ...form, urgency: data.value as Urgency | "" })}
            >
              <option value="">{strings.markNone}</option>
              {URGENCIES.map((mark) => (
                <option key={mark} value={mark}>
                  {mark}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={strings.secrecy}>
            <Select
              value={form.secrecy}
              onChange={(_, data) => setForm({ ...form, secrecy: data.value as Secrecy | "" })}
            >
              <option value="">{strings.markNone}</option>
              {SECRECIES.map((mark) => (
                <option key={mark} value={mark}>
                  {mark}
                </option>
              ))}
            </Select>
          </Field>
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
          <Button onClick={onInsertAppendix} disabled={busy}>
            {strings.insertAppendix}
          </Button>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
