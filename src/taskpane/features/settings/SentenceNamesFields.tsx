/**
 * The names as sentences write them (Decree 30 Phụ lục II), derived from the upper-case names the clerk typed
 * above and shown so they can be corrected; a correction is kept in the profile, an empty field derives again.
 * Also the room left for the signature and seal.
 */
import * as React from "react";
import { Field, FieldProps, Input, Text } from "@fluentui/react-components";
import { AgencyProfile, SentenceNames, sentenceForms } from "../../../core/profile";
import { StringKey, useI18n } from "../../i18n";

const FIELDS: Array<[keyof SentenceNames, "issuer" | "parent" | "head", StringKey]> = [
  ["issuingAgency", "issuer", "sentenceIssuer"],
  ["parentAgency", "parent", "sentenceParent"],
  ["headTitle", "head", "sentenceHead"],
];

export function SentenceNamesFields(props: { draft: AgencyProfile; change(patch: Partial<AgencyProfile>): void }) {
  const { draft, change } = props;
  const { strings } = useI18n();
  const shown = sentenceForms(draft);
  // Kept as typed, even empty while the clerk retypes it; saving drops what is empty or equal to the derived form.
  const correct = (key: keyof SentenceNames, value: string) =>
    change({ sentenceNames: { ...draft.sentenceNames, [key]: value } });
  return (
    <>
      <Text weight="semibold">{strings.sentenceNamesTitle}</Text>
      <Text size={200}>{strings.sentenceNamesHint}</Text>
      {FIELDS.map(([key, form, label]) =>
        key === "parentAgency" && !draft.parentAgency.trim() ? null : (
          <Field key={key} label={strings[label]}>
            <Input value={draft.sentenceNames?.[key] ?? shown[form]} onChange={(_, data) => correct(key, data.value)} />
          </Field>
        ),
      )}
    </>
  );
}

export function SignatureLinesField(props: {
  /** For Cài đặt to bring the focus here after a failed save. */
  id?: string;
  draft: AgencyProfile;
  change(patch: Partial<AgencyProfile>): void;
  validation: Partial<FieldProps>;
}) {
  const { strings } = useI18n();
  return (
    <Field label={strings.signatureLines} {...props.validation}>
      <Input
        id={props.id}
        type="number"
        min={2}
        max={12}
        value={String(props.draft.signatureLines ?? 5)}
        onChange={(_, data) => props.change({ signatureLines: Number(data.value) })}
      />
    </Field>
  );
}
