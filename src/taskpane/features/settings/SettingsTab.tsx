import * as React from "react";
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { AgencyProfile, EMPTY_PROFILE } from "../../../core/profile";
import { useI18n } from "../../i18n";
import { useServices } from "../../services";

type HeaderField = "parentAgency" | "issuingAgency" | "issuerAbbreviation" | "place";
const FIELDS: HeaderField[] = ["parentAgency", "issuingAgency", "issuerAbbreviation", "place"];

export function SettingsTab() {
  const { strings } = useI18n();
  const { profiles } = useServices();
  const [profile, setProfile] = React.useState<AgencyProfile>(() => profiles.load() ?? EMPTY_PROFILE);
  const [saved, setSaved] = React.useState(false);

  const update = (field: HeaderField, value: string) => {
    setSaved(false);
    setProfile({ ...profile, [field]: value });
  };

  const save = () => {
    const normalised = Object.fromEntries(
      FIELDS.map((field) => [field, profile[field].normalize("NFC").trim()]),
    ) as Pick<AgencyProfile, HeaderField>;
    profiles.save({ ...profile, ...normalised });
    setSaved(true);
  };

  return (
    <>
      <Text>{strings.settingsIntro}</Text>
      {FIELDS.map((field) => (
        <Field key={field} label={strings[field]} required={field !== "parentAgency"}>
          <Input value={profile[field]} onChange={(_, data) => update(field, data.value)} />
        </Field>
      ))}
      <Button appearance="primary" onClick={save}>
        {strings.save}
      </Button>
      <div role="status" aria-live="polite">
        {saved && <Text>{strings.saved}</Text>}
      </div>
    </>
  );
}
