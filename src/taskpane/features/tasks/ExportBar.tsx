import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { fill, useI18n } from "../../i18n";
import { downloadBytes } from "../../download";
import type { ExportFormat, ExportInput } from "./exporters";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

type Outcome = { intent: "success" | "warning" | "error"; text: string } | null;

/** "Xuất": the list to Excel, CSV, a calendar, JSON or the clipboard. The exporters load on first use. */
export function ExportBar({ input }: { input: () => ExportInput }) {
  const styles = useStyles();
  const { strings } = useI18n();
  const [outcome, setOutcome] = React.useState<Outcome>(null);
  const [busy, setBusy] = React.useState(false);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const { exportFile } = await import(/* webpackChunkName: "export" */ "./exporters");
      const file = await exportFile(format, input());
      setOutcome(
        downloadBytes(file.fileName, file.blob)
          ? { intent: "success", text: fill(strings.exported, { n: file.count, file: file.fileName }) }
          : { intent: "warning", text: strings.exportBlocked },
      );
    } catch (error) {
      setOutcome({
        intent: "error",
        text: fill(strings.exportFailed, { reason: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    const { copyToClipboard } = await import(/* webpackChunkName: "export" */ "./exporters");
    const data = input();
    setOutcome(
      copyToClipboard(data)
        ? { intent: "success", text: fill(strings.copied, { n: data.rows.length }) }
        : { intent: "error", text: strings.copyFailed },
    );
  };

  const formats: Array<[ExportFormat, string]> = [
    ["xlsx", strings.exportXlsx],
    ["csv", strings.exportCsv],
    ["ics", strings.exportIcs],
    ["json", strings.exportJson],
    ["register", strings.exportRegister],
  ];
  return (
    <section aria-label={strings.exportTitle}>
      <Text weight="semibold">{strings.exportTitle}</Text>
      <div className={styles.bar}>
        {formats.map(([format, label]) => (
          <Button key={format} size="small" disabled={busy} onClick={() => run(format)}>
            {label}
          </Button>
        ))}
        <Button size="small" onClick={copy}>
          {strings.copyList}
        </Button>
      </div>
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
