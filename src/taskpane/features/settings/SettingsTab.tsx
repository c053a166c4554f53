import * as React from "react";
import { Button, Checkbox, Field, Input, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import {
  AgencyProfile,
  EMPTY_PROFILE,
  Margins,
  ProfileIssue,
  SignerAuthority,
  addProfile,
  normalizeProfile,
  parseProfileJson,
  profileToJson,
  removeActiveProfile,
  saveProfile,
  selectProfile,
  validateProfile,
} from "../../../core/profile";
import { StringKey, fill, useI18n } from "../../i18n";
import { useProfiles } from "../../profiles";
import { downloadText, readText } from "../../download";
import { SentenceNamesFields, SignatureLinesField } from "./SentenceNamesFields";
import { FollowUpSettingsFields } from "./FollowUpSettingsFields";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  margin: { width: "70px" },
});

type TextField =
  | "name"
  | "parentAgency"
  | "issuerAbbreviation"
  | "unitAbbreviation"
  | "place"
  | "headTitle"
  | "signerTitle"
  | "signerName"
  | "archive"
  | "drafterInitials"
  | "copies";
const AUTHORITIES: SignerAuthority[] = ["", "TM.", "KT.", "TL.", "TUQ.", "Q."];
const MARGINS: Array<[keyof Margins, StringKey]> = [
  ["topMm", "marginTop"],
  ["bottomMm", "marginBottom"],
  ["leftMm", "marginLeft"],
  ["rightMm", "marginRight"],
];

export function SettingsTab() {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const { book, active, update } = useProfiles();
  const [draft, setDraft] = React.useState<AgencyProfile>(() => active ?? EMPTY_PROFILE);
  const [status, setStatus] = React.useState<string | null>(null);
  /** Problems show once the clerk has touched a field or tried to save, not on an empty new form. */
  const [touched, setTouched] = React.useState<ReadonlySet<keyof AgencyProfile>>(new Set());
  const [submitted, setSubmitted] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);

  React.useEffect(() => {
    setDraft(active ?? EMPTY_PROFILE);
    setTouched(new Set());
    setSubmitted(false);
  }, [active]);

  const issues = validateProfile(draft);
  const issueFor = (field: keyof AgencyProfile): ProfileIssue | undefined =>
    issues.find((issue) => issue.field === field);
  const validation = (field: keyof AgencyProfile) => {
    const issue = submitted || touched.has(field) ? issueFor(field) : undefined;
    return issue
      ? { validationState: issue.severity, validationMessage: language === "vi" ? issue.message : issue.messageEn }
      : {};
  };
  const change = (patch: Partial<AgencyProfile>) => {
    setStatus(null);
    setTouched(new Set([...touched, ...(Object.keys(patch) as Array<keyof AgencyProfile>)]));
    setDraft({ ...draft, ...patch });
  };
  const text = (field: TextField, required = false) => (
    <Field label={strings[field === "name" ? "profileName" : field]} required={required} {...validation(field)}>
      <Input value={draft[field] ?? ""} onChange={(_, data) => change({ [field]: data.value })} />
    </Field>
  );

  const save = () => {
    setSubmitted(true);
    if (issues.some((issue) => issue.severity === "error")) return setStatus(strings.fixErrors);
    update((current) => saveProfile(current, normalizeProfile(draft)));
    setStatus(strings.saved);
  };

  const importFile = async (file: File) => {
    const parsed = parseProfileJson(await readText(file));
    if (parsed.error) {
      return setStatus(
        fill(strings.importFailed, { reason: language === "vi" ? parsed.error.message : parsed.error.messageEn }),
      );
    }
    const imported = parsed.profile;
    update((current) => addProfile(current, imported));
    setStatus(fill(strings.imported, { name: imported.name || imported.issuingAgency }));
  };

  return (
    <>
      <Text>{strings.settingsIntro}</Text>
      {book.profiles.length > 1 && (
        <Field label={strings.activeProfile}>
          <Select
            value={String(book.active)}
            onChange={(_, data) => update((current) => selectProfile(current, Number(data.value)))}
          >
            {book.profiles.map((profile, i) => (
              <option key={i} value={i}>
                {profile.name || profile.issuingAgency || `#${i + 1}`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.row}>
        <Button
          onClick={() =>
            update((current) =>
              addProfile(current, { ...EMPTY_PROFILE, name: `${strings.newProfile} ${current.profiles.length + 1}` }),
            )
          }
        >
          {strings.newProfile}
        </Button>
        {book.profiles.length > 0 && (
          <Button onClick={() => update(removeActiveProfile)}>{strings.deleteProfile}</Button>
        )}
        {active && (
          <Button
            onClick={() =>
              downloadText(
                `ho-so-${(active.issuerAbbreviation || "co-quan").toLowerCase()}.json`,
                profileToJson(active),
                "application/json",
              )
            }
          >
            {strings.exportProfile}
          </Button>
        )}
        <Button onClick={() => fileInput.current?.click()}>{strings.importProfile}</Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={strings.importProfile}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
            event.target.value = "";
          }}
        />
      </div>

      {text("name")}
      {text("parentAgency")}
      <Field label={strings.issuingAgency} required {...validation("issuingAgency")}>
        <Textarea rows={2} value={draft.issuingAgency} onChange={(_, data) => change({ issuingAgency: data.value })} />
      </Field>
      {text("issuerAbbreviation", true)}
      {text("unitAbbreviation")}
      {text("place", true)}
      <Field label={strings.signerAuthority} {...validation("signerAuthority")}>
        <Select
          value={draft.signerAuthority}
          onChange={(_, data) => change({ signerAuthority: data.value as SignerAuthority })}
        >
          {AUTHORITIES.map((a) => (
            <option key={a} value={a}>
              {a || strings.authorityNone}
            </option>
          ))}
        </Select>
      </Field>
      {text("headTitle")}
      {text("signerTitle")}
      {text("signerName")}
      <SentenceNamesFields draft={draft} change={change} />
      <Field label={strings.recipients} {...validation("recipients")}>
        <Textarea
          rows={4}
          value={draft.recipients.join("\n")}
          onChange={(_, data) => change({ recipients: data.value.split("\n") })}
        />
      </Field>
      {text("archive")}
      {text("drafterInitials")}
      {text("copies")}
      <SignatureLinesField draft={draft} change={change} validation={validation("signatureLines")} />
      <Field label={strings.bodySize} {...validation("bodySizePt")}>
        <Select
          value={String(draft.bodySizePt)}
          onChange={(_, data) => change({ bodySizePt: Number(data.value) as 13 | 14 })}
        >
          <option value="13">13 pt</option>
          <option value="14">14 pt</option>
        </Select>
      </Field>
      <Text weight="semibold">{strings.margins}</Text>
      <div className={styles.row}>
        {MARGINS.map(([key, label]) => (
          <Field key={key} label={strings[label]} {...validation("margins")}>
            <Input
              className={styles.margin}
              type="number"
              value={String(draft.margins[key])}
              onChange={(_, data) => change({ margins: { ...draft.margins, [key]: Number(data.value) } })}
            />
          </Field>
        ))}
      </div>
      <Checkbox
        label={strings.headerOverhang}
        checked={draft.headerOverhang === true}
        onChange={(_, data) => change({ headerOverhang: data.checked === true })}
      />
      <Button appearance="primary" onClick={save}>
        {strings.save}
      </Button>
      <div role="status" aria-live="polite">
        {status && <Text>{status}</Text>}
      </div>
      <FollowUpSettingsFields />
    </>
  );
}

export default SettingsTab;
