/**
 * The follow-up loop in the Nhiệm vụ tab: "Soạn báo cáo tiến độ" opens the progress report as a new document;
 * "Soạn công văn đôn đốc" lists the owners with overdue or due-soon tasks, one letter each, opened on demand
 * (opening every letter at once would bury the clerk in windows).
 */
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { hostCanDownload } from "../../../word/platform";
import { fill, useI18n } from "../../i18n";
import type { FollowUpFile, FollowUpInput, LetterFile } from "./followUpFiles";
import { Delivery, LetterPlan, useFollowUp } from "./useFollowUp";
import { DeadlinePicker } from "./DeadlinePicker";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  letter: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  owner: { flexGrow: 1, minWidth: 0 },
});

type Outcome = {
  intent: "success" | "warning" | "error" | "info";
  text: string;
  /** An opened document the clerk may also take as a file, in case Word showed nothing. */
  file?: FollowUpFile;
};

export function FollowUpActions(props: {
  /** The list and the profile to draft from; a message key when something is missing. */
  input(): FollowUpInput | "followUpNeedsProfile" | "followUpNoTasks";
}) {
  const styles = useStyles();
  const { strings } = useI18n();
  const followUp = useFollowUp();
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const [plan, setPlan] = React.useState<LetterPlan | null>(null);
  /** Tính đến ngày: a month's or quarter's report is often made a few days after its end; blank is today. */
  const [asOf, setAsOf] = React.useState("");

  const delivered = (delivery: Delivery): Outcome => {
    const text = {
      opened: strings.followUpOpened,
      downloaded: strings.followUpDownloaded,
      blocked: strings.followUpBlocked,
    };
    const intent = { opened: "success", downloaded: "info", blocked: "warning" } as const;
    return {
      intent: intent[delivery.kind],
      text: fill(text[delivery.kind], { file: delivery.file.fileName }),
      ...(delivery.kind === "opened" && hostCanDownload() ? { file: delivery.file } : {}),
    };
  };

  /** Runs an action with what it needs, or says what is missing; an unexpected failure is said plainly. */
  const withInput = async (action: (input: FollowUpInput) => Promise<void>) => {
    setOutcome(null);
    const input = props.input();
    if (typeof input === "string") return setOutcome({ intent: "warning", text: strings[input] });
    try {
      await action(asOf ? { ...input, asOf } : input);
    } catch (error) {
      setOutcome({
        intent: "error",
        text: fill(strings.followUpFailed, { reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  const report = () =>
    withInput(async (input) => {
      setPlan(null);
      setOutcome(delivered(await followUp.draftReport(input)));
    });

  const letters = () =>
    withInput(async (input) => {
      const next = await followUp.planLetters(input);
      setPlan(next);
      if (next.letters.length === 0)
        setOutcome({ intent: "info", text: fill(strings.remindersNone, { n: input.dueSoonDays }) });
      // One owner: nothing to choose, the letter opens at once.
      else if (next.letters.length === 1) setOutcome(delivered(await followUp.openLetter(next.letters[0])));
    });

  /** The clerk asked for the file itself: say it was saved, not that Word could not open it. */
  const saveFile = (file: FollowUpFile) => {
    const delivery = followUp.download(file);
    setOutcome(
      delivery.kind === "downloaded"
        ? { intent: "success", text: fill(strings.followUpSavedFile, { file: file.fileName }) }
        : delivered(delivery),
    );
  };

  const open = async (letter: LetterFile) => setOutcome(delivered(await followUp.openLetter(letter)));

  return (
    <section aria-label={strings.draftReminders}>
      <div className={styles.bar}>
        <Button size="small" disabled={followUp.busy} onClick={() => void report()}>
          {strings.draftReport}
        </Button>
        <Button size="small" disabled={followUp.busy} onClick={() => void letters()}>
          {strings.draftReminders}
        </Button>
      </div>
      <Field label={strings.followUpAsOf}>
        <DeadlinePicker
          label={strings.followUpAsOf}
          value={asOf}
          onChange={(day) => {
            setAsOf(day);
            setPlan(null);
          }}
        />
      </Field>
      <div role="status" aria-live="polite">
        {followUp.busy && <Text>{strings.followUpWorking}</Text>}
        {outcome && (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>{outcome.text}</MessageBarBody>
            {outcome.file && (
              <MessageBarActions>
                <Button size="small" onClick={() => saveFile(outcome.file!)}>
                  {strings.followUpDownloadInstead}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        {plan && plan.unowned > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{fill(strings.remindersUnowned, { n: plan.unowned })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {plan && plan.letters.length > 1 && (
        <section aria-label={fill(strings.remindersTitle, { n: plan.letters.length })}>
          <Text weight="semibold">{fill(strings.remindersTitle, { n: plan.letters.length })}</Text>
          <ul className={styles.list}>
            {plan.letters.map((letter) => (
              <li key={letter.fileName} className={styles.letter}>
                <span className={styles.owner}>
                  <Text block>{letter.owner}</Text>
                  <Text size={200}>{fill(strings.reminderCount, { n: letter.count, overdue: letter.overdue })}</Text>
                </span>
                <Button
                  size="small"
                  disabled={followUp.busy}
                  aria-label={fill(strings.openLetterFor, { owner: letter.owner })}
                  onClick={() => void open(letter)}
                >
                  {strings.openLetter}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
