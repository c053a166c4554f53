/** "Kính gửi", one recipient per line: only báo cáo and công văn have it, so it loads when one of them is chosen. */
import * as React from "react";
import { Field, Textarea } from "@fluentui/react-components";
import { useI18n } from "../../i18n";

export function AddresseesField(props: { value: string; onChange(value: string): void }) {
  const { strings } = useI18n();
  return (
    <Field label={strings.addressees} hint={strings.addresseesHint}>
      <Textarea rows={2} value={props.value} onChange={(_, data) => props.onChange(data.value)} />
    </Field>
  );
}

export default AddresseesField;
