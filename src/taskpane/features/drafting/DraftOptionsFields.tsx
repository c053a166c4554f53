/**
 * The draft's choices beyond kind, number, date and subject: who held the meeting (when the issuer has a parent)
 * and "Kính gửi". Each shows only for the kinds it applies to.
 */
import * as React from "react";
import { Field, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { AgencyProfile, sentenceForms } from "../../../core/profile";
import { fill, useI18n } from "../../i18n";
import { DraftForm } from "./useDrafting";

/** Kinds whose fixed sentences say who held a meeting. */
const MEETING_KINDS: ReadonlyArray<DraftForm["kind"]> = ["ket-luan-giao-ban", "thong-bao-ket-luan"];
/** Kinds with "Kính gửi:". */
const ADDRESSED_KINDS: ReadonlyArray<DraftForm["kind"]> = ["bao-cao", "cong-van"];

export function DraftOptionsFields(props: { profile: AgencyProfile; form: DraftForm; setForm(form: DraftForm): void }) {
  const { profile, form, setForm } = props;
  const { strings } = useI18n();
  const names = sentenceForms(profile);
  return (
    <>
      {MEETING_KINDS.includes(form.kind) && names.parent && (
        <Field label={strings.heldBy}>
          <RadioGroup
            value={form.heldBy}
            onChange={(_, data) => setForm({ ...form, heldBy: data.value === "parent" ? "parent" : "issuer" })}
          >
            <Radio value="issuer" label={fill(strings.heldByIssuer, { name: names.issuer })} />
            <Radio value="parent" label={fill(strings.heldByParent, { name: names.parent })} />
          </RadioGroup>
        </Field>
      )}
      {ADDRESSED_KINDS.includes(form.kind) && (
        <Field label={strings.addressees} hint={strings.addresseesHint}>
          <Textarea
            rows={2}
            value={form.addressees}
            onChange={(_, data) => setForm({ ...form, addressees: data.value })}
          />
        </Field>
      )}
    </>
  );
}
