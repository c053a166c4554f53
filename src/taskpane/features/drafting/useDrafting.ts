import * as React from "react";
import { TaggedBlock } from "../../../core/model";
import { AgencyProfile } from "../../../core/profile";
import { PartialDate, headerBlock } from "../../../core/templates";
import { GatewayError } from "../../../word";
import { useServices } from "../../services";

export type DraftStatus =
  { kind: "idle" } | { kind: "working" } | { kind: "done" } | { kind: "error"; error: GatewayError };

export interface DraftForm {
  /** The document number as typed; empty means a draft with a blank number. */
  number: string;
  /** YYYY-MM-DD from the date field. */
  date: string;
  dayUnknown: boolean;
}

const isoOf = ({ year, month, day }: { year: number; month: number; day: number }): string =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

export function formDate(form: DraftForm): PartialDate {
  const [year, month, day] = form.date.split("-").map(Number);
  return form.dayUnknown ? { year, month } : { year, month, day };
}

export function useDrafting() {
  const { gateway, profiles, today } = useServices();
  const [profile] = React.useState<AgencyProfile | null>(() => profiles.load());
  const [form, setForm] = React.useState<DraftForm>(() => ({ number: "", date: isoOf(today()), dayUnknown: false }));
  const [status, setStatus] = React.useState<DraftStatus>({ kind: "idle" });

  const insert = React.useCallback(
    async (block: TaggedBlock) => {
      setStatus({ kind: "working" });
      const outcome = await gateway.insertBlock(block);
      setStatus(outcome.ok ? { kind: "done" } : { kind: "error", error: outcome.error });
    },
    [gateway],
  );

  const insertHeader = React.useCallback(() => {
    if (!profile) return;
    const number = form.number.trim() === "" ? null : Number(form.number);
    return insert(headerBlock({ profile, typeAbbreviation: "KL", number, date: formDate(form) }));
  }, [profile, form, insert]);

  return { profile, form, setForm, status, insertHeader };
}
