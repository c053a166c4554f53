/**
 * What the Nhiệm vụ tab has to tell the clerk, as notices for its status place: Word's failures, a damaged
 * checklist (a question), an empty document, and the scan's warnings in the pane's language.
 */
import { ExtractWarning } from "../../../core/tasks";
import { Strings, useI18n } from "../../i18n";
import { Notice } from "../../ui/NoticeBar";
import { gatewayNotice } from "../../ui/gatewayNotice";
import { TasksModel } from "./useTasks";

/** Scan warnings come in Vietnamese; English mode says the same by code (a named date is kept). */
export function warningText(warning: ExtractWarning, language: "vi" | "en", strings: Strings): string {
  if (language === "vi") return warning.message;
  const quoted = /"([^"]+)"/.exec(warning.message)?.[1] ?? "";
  const byCode: Record<ExtractWarning["code"], string> = {
    "legacy-tcvn3": strings.warnLegacyTcvn3,
    "legacy-vni": strings.warnLegacyVni,
    "decomposed-unicode": strings.warnDecomposed,
    "issue-day-blank": strings.warnIssueDayBlank,
    "issue-day-unreadable": strings.warnIssueDayUnreadable,
    "issue-month-blank": strings.warnIssueMonthBlank,
    "issue-date-missing": strings.warnIssueDateMissing,
    "issue-date-from-signature": strings.warnIssueDateFromSignature,
    "impossible-date": strings.warnImpossibleDate.replace("{date}", quoted),
    "issue-date-impossible": strings.warnIssueDateImpossible.replace("{date}", quoted),
  };
  return byCode[warning.code] ?? warning.message;
}

export function useTaskNotices(tasks: TasksModel): Notice[] {
  const { strings, language } = useI18n();
  const notices: Notice[] = [];
  const notice = tasks.notice;
  if (notice?.kind === "state-corrupt") {
    notices.push({
      intent: "warning",
      text: strings.stateCorrupt,
      detail: notice.detail,
      actions: [{ label: strings.overwriteState, onClick: () => void tasks.overwriteCorrupt() }],
    });
  }
  if (notice?.kind === "empty-document") notices.push({ intent: "info", text: strings.emptyDocument });
  if (notice?.kind === "error") notices.push(gatewayNotice(notice.error, language, strings));
  if (notice?.kind === "scan-failed")
    notices.push({ intent: "error", text: strings.scanFailed, detail: notice.detail });
  if (notice?.kind === "save-failed")
    notices.push(gatewayNotice(notice.error, language, strings, strings.stateSaveFailed));
  for (const warning of tasks.scan?.warnings ?? []) {
    notices.push({ intent: "warning", text: warningText(warning, language, strings) });
  }
  return notices;
}
