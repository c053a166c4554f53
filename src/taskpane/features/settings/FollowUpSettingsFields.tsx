/**
 * Cài đặt › Theo dõi nhiệm vụ (a section of its own there): how near a deadline counts as "due soon" (badges, filters, reports, letters) and how
 * many days before a deadline the calendar export reminds. Saved as soon as what is typed reads; a value that does
 * not read is said so under the field and never saved.
 */
import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { MAX_DAYS, parseAlarmDays } from "../../../core/followup";
import { useI18n } from "../../i18n";
import { useProfiles } from "../../profiles";

const dayCount = (text: string): number | null =>
  /^\d{1,2}$/.test(text.trim()) && Number(text) <= MAX_DAYS ? Number(text) : null;

export function FollowUpSettingsFields() {
  const { strings } = useI18n();
  const { followUp, saveFollowUp } = useProfiles();
  const [soon, setSoon] = React.useState(String(followUp.dueSoonDays));
  const [alarms, setAlarms] = React.useState(followUp.alarmDays.join(", "));
  const soonValue = dayCount(soon);
  const alarmValue = parseAlarmDays(alarms);
  const invalid = (ok: boolean) =>
    ok ? {} : { validationState: "error" as const, validationMessage: strings.followUpInvalid };

  return (
    <>
      <Field label={strings.dueSoonDays} {...invalid(soonValue !== null)}>
        <Input
          inputMode="numeric"
          value={soon}
          onChange={(_, data) => {
            setSoon(data.value);
            const value = dayCount(data.value);
            if (value !== null) saveFollowUp({ ...followUp, dueSoonDays: value });
          }}
        />
      </Field>
      <Field label={strings.alarmDays} {...invalid(alarmValue !== null)}>
        <Input
          value={alarms}
          onChange={(_, data) => {
            setAlarms(data.value);
            const value = parseAlarmDays(data.value);
            if (value !== null) saveFollowUp({ ...followUp, alarmDays: value });
          }}
        />
      </Field>
    </>
  );
}
