import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { Deadline, formatShortDate, fromIso } from "../../../core/dates";
import { useI18n } from "../../i18n";
import { DeadlinePicker } from "./DeadlinePicker";

/** The owner and deadline the clerk typed, as the checklist stores them (NFC, empty → none). */
export function ownerAndDeadline(owner: string, dateIso: string): { owner: string | null; deadline: Deadline | null } {
  const trimmed = owner.normalize("NFC").trim();
  const day = dateIso ? fromIso(dateIso) : null;
  return {
    owner: trimmed === "" ? null : trimmed,
    deadline: day ? { raw: formatShortDate(day), date: dateIso, kind: "by" } : null,
  };
}

/** "Chủ trì" and "Thời hạn" inputs, shared by the inline edit and the add-a-task form. */
export function OwnerDeadlineFields(props: {
  owner: string;
  date: string;
  onOwner(value: string): void;
  onDate(value: string): void;
  onCalendar?(open: boolean): void;
}) {
  const { strings } = useI18n();
  return (
    <>
      <Field label={strings.owner}>
        <Input value={props.owner} onChange={(_, data) => props.onOwner(data.value)} />
      </Field>
      <Field label={strings.deadline}>
        <DeadlinePicker
          label={strings.deadline}
          value={props.date}
          onChange={props.onDate}
          onOpenChange={props.onCalendar}
        />
      </Field>
    </>
  );
}
