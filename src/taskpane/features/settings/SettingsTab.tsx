/**
 * "Cài đặt": the essential profile first (issuer, abbreviation, place, signer), the rest in sections that open
 * on demand, and "Lưu" always within reach at the bottom of the pane. A failed save takes the clerk to the first
 * wrong field; each field says what is wrong with it alone.
 */
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AgencyProfile, Margins, SignerAuthority, profileToJson } from "../../../core/profile";
import { Language, StringKey, fill, useI18n } from "../../i18n";
import { useProfiles } from "../../profiles";
import { Disclosure } from "../../ui/Disclosure";
import { StatusArea } from "../../ui/StatusArea";
import { useToast } from "../../ui/toasts";
import { placeSuggestion } from "./placeSuggestion";
import { ProfilesSection } from "./ProfilesSection";
import { useProfileDraft } from "./useProfileDraft";
import { SentenceNamesFields, SignatureLinesField } from "./SentenceNamesFields";
import { FollowUpSettingsFields } from "./FollowUpSettingsFields";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  margins: { display: "grid", gridTemplateColumns: "repeat(4, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 5,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  footerText: { flexBasis: "100%" },
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
type Section = "agency" | "signature" | "page" | "followUp" | "profiles" | "language";

const AUTHORITIES: SignerAuthority[] = ["", "TM.", "KT.", "TL.", "TUQ.", "Q."];
const MARGINS: Array<[keyof Margins, StringKey]> = [
  ["topMm", "marginTop"],
  ["bottomMm", "marginBottom"],
  ["leftMm", "marginLeft"],
  ["rightMm", "marginRight"],
];
/** Where a field lives, to open its section when a save fails on it; essentials are always open. */
const SECTION_OF: Partial<Record<keyof AgencyProfile, Section>> = {
  parentAgency: "agency",
  unitAbbreviation: "agency",
  recipients: "signature",
  archive: "signature",
  drafterInitials: "signature",
  copies: "signature",
  signatureLines: "signature",
  sentenceNames: "agency",
  bodySizePt: "page",
  margins: "page",
  headerOverhang: "page",
  name: "profiles",
};
/** Form order, so a failed save goes to the first wrong field the clerk would meet. */
const ORDER: Array<keyof AgencyProfile> = [
  "issuingAgency",
  "issuerAbbreviation",
  "place",
  "signerAuthority",
  "headTitle",
  "signerTitle",
  "signerName",
  "parentAgency",
  "unitAbbreviation",
  "recipients",
  "archive",
  "drafterInitials",
  "copies",
  "signatureLines",
  "bodySizePt",
  "margins",
  "name",
];
export const fieldId = (field: keyof AgencyProfile, part?: string) => `kl-field-${field}${part ? `-${part}` : ""}`;

export function SettingsTab() {
  const styles = useStyles();
  const { strings, language, setLanguage } = useI18n();
  const toast = useToast();
  const { book } = useProfiles();
  const profile = useProfileDraft();
  const { draft, change } = profile;
  const [open, setOpen] = React.useState<Section[]>([]);
  const [saveProblem, setSaveProblem] = React.useState<number | null>(null);
  const [focusField, setFocusField] = React.useState<string | null>(null);
  const say = (vi: string, en: string) => (language === "vi" ? vi : en);

  // After a failed save: the first wrong field, in view and focused. Its section may still be opening (the
  // accordion mounts a panel's content as it expands), so look again for a few frames.
  React.useEffect(() => {
    if (!focusField) return;
    let tries = 30;
    let timer: ReturnType<typeof setTimeout>;
    const attempt = () => {
      const element = document.getElementById(focusField);
      if (element) {
        element.scrollIntoView?.({ block: "center" });
        element.focus();
        setFocusField(null);
      } else if (--tries > 0) timer = setTimeout(attempt, 16);
    };
    attempt();
    return () => clearTimeout(timer);
  }, [focusField]);

  const save = () => {
    if (profile.save()) {
      setSaveProblem(null);
      toast({ text: strings.saved });
      return;
    }
    setSaveProblem(profile.errors.length);
    const first = ORDER.map((field) => profile.errors.find((issue) => issue.field === field)).find(Boolean)!;
    const section = SECTION_OF[first.field];
    if (section && !open.includes(section)) setOpen([...open, section]);
    setFocusField(fieldId(first.field, first.part));
  };

  const validation = (field: keyof AgencyProfile, part?: string) => {
    const issue = profile.issueFor(field, part);
    return issue ? { validationState: issue.severity, validationMessage: say(issue.message, issue.messageEn) } : {};
  };
  const text = (field: TextField, required = false) => (
    <Field label={strings[field === "name" ? "profileName" : field]} required={required} {...validation(field)}>
      <Input id={fieldId(field)} value={draft[field] ?? ""} onChange={(_, data) => change({ [field]: data.value })} />
    </Field>
  );
  const suggestion = placeSuggestion(draft.place);
  const section = (id: Section) => ({
    open: open.includes(id),
    onOpen: (isOpen: boolean) => setOpen(isOpen ? [...open, id] : open.filter((other) => other !== id)),
  });

  return (
    <div className={styles.root}>
      <Text>{strings.settingsIntro}</Text>
      {profile.creating && (
        <StatusArea
          notices={[
            {
              intent: "info",
              text: strings.newProfileEditing,
              actions: [{ label: strings.cancel, onClick: profile.revert }],
            },
          ]}
        />
      )}

      <section className={styles.section} aria-labelledby="kl-settings-essential">
        <h2 id="kl-settings-essential" className={styles.heading}>
          {strings.sectionEssential}
        </h2>
        <Field label={strings.issuingAgency} required {...validation("issuingAgency")}>
          <Textarea
            id={fieldId("issuingAgency")}
            rows={2}
            value={draft.issuingAgency}
            onChange={(_, data) => change({ issuingAgency: data.value })}
          />
        </Field>
        {text("issuerAbbreviation")}
        {text("place", true)}
        {suggestion && (
          <Link as="button" onClick={() => change({ place: suggestion })}>
            {fill(strings.usePlace, { place: suggestion })}
          </Link>
        )}
        <Field label={strings.signerAuthority} {...validation("signerAuthority")}>
          <Select
            id={fieldId("signerAuthority")}
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
        {draft.signerAuthority !== "" && text("headTitle")}
        {text("signerTitle")}
        {text("signerName")}
      </section>

      <div>
        <Disclosure {...section("agency")} title={strings.sectionAgency}>
          {text("parentAgency")}
          {text("unitAbbreviation")}
          <SentenceNamesFields draft={draft} change={change} />
        </Disclosure>
        <Disclosure {...section("signature")} title={strings.sectionSignature}>
          <Field label={strings.recipients} {...validation("recipients")}>
            <Textarea
              id={fieldId("recipients")}
              rows={4}
              value={draft.recipients.join("\n")}
              onChange={(_, data) => change({ recipients: data.value.split("\n") })}
            />
          </Field>
          {text("archive")}
          {text("drafterInitials")}
          {text("copies")}
          <SignatureLinesField
            id={fieldId("signatureLines")}
            draft={draft}
            change={change}
            validation={validation("signatureLines")}
          />
        </Disclosure>
        <Disclosure {...section("page")} title={strings.sectionPage}>
          <Field label={strings.bodySize} {...validation("bodySizePt")}>
            <Select
              id={fieldId("bodySizePt")}
              value={String(draft.bodySizePt)}
              onChange={(_, data) => change({ bodySizePt: Number(data.value) as 13 | 14 })}
            >
              <option value="13">13 pt</option>
              <option value="14">14 pt</option>
            </Select>
          </Field>
          <div role="group" aria-labelledby="kl-margins">
            <Text id="kl-margins" weight="semibold">
              {strings.margins}
            </Text>
            <div className={styles.margins}>
              {MARGINS.map(([key, label]) => (
                <Field key={key} label={strings[label]} {...validation("margins", key)}>
                  <Input
                    id={fieldId("margins", key)}
                    type="number"
                    value={String(draft.margins[key])}
                    onChange={(_, data) => change({ margins: { ...draft.margins, [key]: Number(data.value) } })}
                  />
                </Field>
              ))}
            </div>
          </div>
          <Checkbox
            label={strings.headerOverhang}
            checked={draft.headerOverhang === true}
            onChange={(_, data) => change({ headerOverhang: data.checked === true })}
          />
        </Disclosure>
        <Disclosure {...section("followUp")} title={strings.followUpSettings}>
          <FollowUpSettingsFields />
        </Disclosure>
        <Disclosure {...section("profiles")} title={strings.sectionProfiles}>
          {text("name")}
          <ProfilesSection
            dirty={profile.dirty}
            creating={profile.creating}
            onNew={() => profile.startNew(`${strings.newProfile} ${book.profiles.length + 1}`)}
            onDelete={profile.remove}
            json={() => profileToJson(draft)}
          />
        </Disclosure>
        <Disclosure {...section("language")} title="Ngôn ngữ · Language">
          <Field label={strings.language}>
            <Select value={language} onChange={(_, data) => setLanguage(data.value as Language)}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </Select>
          </Field>
        </Disclosure>
      </div>

      <div className={styles.footer}>
        <Button appearance="primary" onClick={save}>
          {strings.save}
        </Button>
        {profile.dirty && !profile.creating && <Button onClick={profile.revert}>{strings.revert}</Button>}
        <div role="status" aria-live="polite" className={styles.footerText}>
          {saveProblem !== null && profile.errors.length > 0 && (
            <Text>{fill(strings.fixErrors, { n: profile.errors.length })}</Text>
          )}
        </div>
      </div>
    </div>
  );
}

export default SettingsTab;
