/** The check worker's one job: what the pane read from Word in, the Decree 30 check's report out. */
import { CheckReport, checkLayout } from "../../../core/check";
import { WordSnapshot, layoutFromWord } from "../../../docx/wordSnapshot";

export function checkJob(snapshot: WordSnapshot): CheckReport {
  const checked = checkLayout(layoutFromWord(snapshot));
  // A signed (or otherwise read-only) document is audited, never fixed.
  return snapshot.readOnly ? { ...checked, auditOnly: true } : checked;
}
