/**
 * Several profiles (one per signer or unit): choose, start a new one, delete (after asking), and move a profile
 * between computers as a JSON file. Answers appear here, beside the buttons.
 */
import * as React from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { addProfile, parseProfileJson, selectProfile } from "../../../core/profile";
import { fill, useI18n } from "../../i18n";
import { useProfiles } from "../../profiles";
import { downloadText, readText } from "../../download";
import { Notice } from "../../ui/NoticeBar";
import { StatusArea } from "../../ui/StatusArea";
import { useToast } from "../../ui/toasts";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function ProfilesSection(props: {
  dirty: boolean;
  creating: boolean;
  onNew(): void;
  onDelete(): void;
  json(): string;
}) {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const { book, active, update } = useProfiles();
  const toast = useToast();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const newButton = React.useRef<HTMLButtonElement>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const label = (name: string, agency: string, i: number) => name || agency || `#${i + 1}`;
  const activeName = active ? label(active.name, active.issuingAgency, book.active) : "";

  const askDelete = () =>
    setNotice({
      intent: "warning",
      text: fill(strings.confirmDeleteProfile, { name: activeName }),
      takeFocus: true,
      actions: [
        {
          label: strings.deleteProfile,
          primary: true,
          onClick: () => {
            setNotice(null);
            props.onDelete();
            newButton.current?.focus(); // the question and its buttons are gone: the focus stays in this section
            toast({ text: fill(strings.profileDeleted, { name: activeName }) });
          },
        },
        { label: strings.cancel, onClick: () => setNotice(null) },
      ],
    });

  const importFile = async (file: File) => {
    setNotice(null);
    const parsed = parseProfileJson(await readText(file));
    if (parsed.error) {
      const detail = language === "vi" ? parsed.error.message : parsed.error.messageEn;
      return setNotice({ intent: "error", text: strings.importFailed, detail: `${file.name}: ${detail}` });
    }
    const imported = parsed.profile;
    update((current) => addProfile(current, imported));
    toast({ text: fill(strings.imported, { name: imported.name || imported.issuingAgency }) });
  };

  return (
    <>
      {book.profiles.length > 1 && (
        <Field label={strings.activeProfile} hint={props.dirty ? strings.saveBeforeSwitch : undefined}>
          <Select
            value={String(book.active)}
            disabled={props.dirty}
            onChange={(_, data) => update((current) => selectProfile(current, Number(data.value)))}
          >
            {book.profiles.map((profile, i) => (
              <option key={i} value={i}>
                {label(profile.name, profile.issuingAgency, i)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.row}>
        <Button ref={newButton} onClick={props.onNew} disabled={props.creating}>
          {strings.newProfile}
        </Button>
        {active && !props.creating && <Button onClick={askDelete}>{strings.deleteProfile}</Button>}
        <Button
          onClick={() =>
            downloadText(
              `ho-so-${(active?.issuerAbbreviation || "co-quan").toLowerCase()}.json`,
              props.json(),
              "application/json",
            )
          }
        >
          {strings.exportProfile}
        </Button>
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
      <StatusArea notices={[notice]} />
    </>
  );
}
