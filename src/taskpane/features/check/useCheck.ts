/**
 * The "Kiểm tra" tab's state: read the document once as OOXML, run the same reader and checker as the CLI (in a
 * worker: checkInWorker.ts), and apply safe fixes as targeted changes, then check again so the list shows what is
 * left.
 */
import * as React from "react";
import type { CheckReport, Finding, PartRef } from "../../../core/check";
import { GatewayError, officeCheckGateway } from "../../../word";
import { useServices } from "../../services";
import { checkInWorker } from "./checkInWorker";

export type CheckNotice =
  | { kind: "error"; error: GatewayError }
  | { kind: "unreadable"; reason: string }
  | { kind: "fixed"; applied: number; skipped: number };

/** Where a finding's paragraph can be selected: the body, or a header/footer of the first section (the ones read). */
export function selectablePart(finding: Finding): PartRef | null {
  const { part, paragraph, section, kind } = finding.where;
  if (paragraph === undefined) return null;
  if (part === "body") return { part };
  return section === 0 && kind ? { part, section, kind } : null;
}

/** Lets the browser paint "Đang kiểm tra…" before the check runs (on the main thread where there is no Worker). */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function useCheck() {
  const services = useServices();
  const gateway = services.checkGateway ?? officeCheckGateway;
  const [report, setReport] = React.useState<CheckReport | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<CheckNotice | null>(null);

  const check = React.useCallback(async (): Promise<CheckReport | null> => {
    const read = await gateway.readForCheck();
    if (!read.ok) {
      setNotice({ kind: "error", error: read.error });
      return null;
    }
    await nextFrame();
    try {
      const next = await checkInWorker(read.value);
      setReport(next);
      return next;
    } catch (error) {
      setNotice({ kind: "unreadable", reason: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }, [gateway]);

  const run = React.useCallback(async () => {
    setBusy(true);
    setNotice(null);
    await check();
    setBusy(false);
  }, [check]);

  const fix = React.useCallback(
    async (findings: Finding[]) => {
      const actions = findings.flatMap((f) => f.fix?.actions ?? []);
      if (!actions.length || report?.auditOnly) return;
      setBusy(true);
      const result = await gateway.applyFixes(actions);
      if (!result.ok) setNotice({ kind: "error", error: result.error });
      else {
        await check();
        setNotice({ kind: "fixed", applied: findings.length, skipped: result.value.skipped.length });
      }
      setBusy(false);
    },
    [gateway, check, report],
  );

  const select = React.useCallback(
    async (finding: Finding) => {
      const where = selectablePart(finding);
      const { paragraph, excerpt } = finding.where;
      if (!where || paragraph === undefined) return;
      const result = await gateway.selectParagraph(where, paragraph, excerpt ?? "");
      setNotice(result.ok ? null : { kind: "error", error: result.error });
    },
    [gateway],
  );

  return { report, busy, notice, run, fix, select };
}
