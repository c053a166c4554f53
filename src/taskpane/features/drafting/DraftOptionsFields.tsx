/**
 * The draft's choices beyond kind, number, date and subject: who held the meeting (when the issuer has a parent)
 * and "Kính gửi". Each shows only for the kinds it applies to.
 *
 * Both sit in the first screen of a clerk whose agency has a parent, so they stay light (issue 13's budget): the
 * meeting's host is a pair of the browser's own radio buttons, and the "Kính gửi" box (báo cáo, công văn only)
 * loads when one of those kinds is chosen.
 */
import * as React from "react";
import { Label, makeStyles, tokens } from "@fluentui/react-components";
import { AgencyProfile, sentenceForms } from "../../../core/profile";
import { fill, useI18n } from "../../i18n";
import { DraftForm } from "./useDrafting";

const AddresseesField = React.lazy(() => import(/* webpackChunkName: "addressees" */ "./AddresseesField"));

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  choice: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  radio: { margin: 0, width: "16px", height: "16px", accentColor: tokens.colorCompoundBrandBackground },
});

/** Kinds whose fixed sentences say who held a meeting. */
const MEETING_KINDS: ReadonlyArray<DraftForm["kind"]> = ["ket-luan-giao-ban", "thong-bao-ket-luan"];
/** Kinds with "Kính gửi:". */
const ADDRESSED_KINDS: ReadonlyArray<DraftForm["kind"]> = ["bao-cao", "cong-van"];

export function DraftOptionsFields(props: { profile: AgencyProfile; form: DraftForm; setForm(form: DraftForm): void }) {
  const { profile, form, setForm } = props;
  const styles = useStyles();
  const { strings } = useI18n();
  const labelId = React.useId();
  const names = sentenceForms(profile);
  const host = (value: DraftForm["heldBy"], label: string) => (
    <label className={styles.choice}>
      <input
        type="radio"
        className={styles.radio}
        name={labelId}
        value={value}
        checked={form.heldBy === value}
        onChange={() => setForm({ ...form, heldBy: value })}
      />
      {label}
    </label>
  );
  return (
    <>
      {MEETING_KINDS.includes(form.kind) && names.parent && (
        <div role="radiogroup" aria-labelledby={labelId} className={styles.group}>
          <Label id={labelId}>{strings.heldBy}</Label>
          {host("issuer", fill(strings.heldByIssuer, { name: names.issuer }))}
          {host("parent", fill(strings.heldByParent, { name: names.parent }))}
        </div>
      )}
      {ADDRESSED_KINDS.includes(form.kind) && (
        <React.Suspense fallback={null}>
          <AddresseesField value={form.addressees} onChange={(addressees) => setForm({ ...form, addressees })} />
        </React.Suspense>
      )}
    </>
  );
}
