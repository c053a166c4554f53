import * as React from "react";
import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Area, Finding } from "../../../core/check";
import { StringKey, fill, useI18n } from "../../i18n";
import { useCheck } from "./useCheck";

const AREAS: Array<[Area, StringKey]> = [
  ["document", "areaDocument"],
  ["page", "areaPage"],
  ["font", "areaFont"],
  ["header", "areaHeader"],
  ["title", "areaTitle"],
  ["body", "areaBody"],
  ["signature", "areaSignature"],
  ["recipients", "areaRecipients"],
];

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  place: { textAlign: "left", justifyContent: "flex-start", minWidth: 0, overflowWrap: "anywhere", height: "auto" },
  muted: { color: tokens.colorNeutralForeground3 },
  preview: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A fix waiting for the clerk's yes, with what it will change shown first. */
type Pending = { findings: Finding[] } | null;

export function CheckTab() {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const check = useCheck();
  const [pending, setPending] = React.useState<Pending>(null);
  const vi = language === "vi";
  const report = check.report;
  const fixable = report && !report.auditOnly ? report.findings.filter((f) => f.fixable) : [];
  const errors = report?.findings.filter((f) => f.severity === "error").length ?? 0;
  const warnings = (report?.findings.length ?? 0) - errors;

  const apply = async () => {
    if (!pending) return;
    const findings = pending.findings;
    setPending(null);
    await check.fix(findings);
  };

  const notice = check.notice;
  return (
    <>
      <Text>{strings.checkIntro}</Text>
      <div className={styles.bar}>
        <Button appearance="primary" disabled={check.busy} onClick={() => void check.run()}>
          {check.busy ? strings.checking : report ? strings.recheck : strings.runCheck}
        </Button>
        {fixable.length > 0 && (
          <Button disabled={check.busy} onClick={() => setPending({ findings: fixable })}>
            {fill(strings.fixAll, { n: fixable.length })}
          </Button>
        )}
      </div>
      {notice?.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{vi ? notice.error.message : notice.error.messageEn}</MessageBarBody>
        </MessageBar>
      )}
      {notice?.kind === "unreadable" && (
        <MessageBar intent="error">
          <MessageBarBody>{fill(strings.checkUnreadable, { reason: notice.reason })}</MessageBarBody>
        </MessageBar>
      )}
      {notice?.kind === "fixed" && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {fill(strings.fixDone, { n: notice.applied })}
            {notice.skipped > 0 && ` ${fill(strings.fixSkipped, { n: notice.skipped })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {pending && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {strings.fixPreview}
            <ul className={styles.preview}>
              {pending.findings.map((f, i) => (
                <li key={i}>{vi ? f.fix?.description : f.fix?.descriptionEn}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void apply()}>
              {strings.fixApply}
            </Button>
            <Button onClick={() => setPending(null)}>{strings.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {report && (
        <Text role="status" weight="semibold">
          {report.findings.length ? fill(strings.checkSummary, { errors, warnings }) : strings.checkClean}
        </Text>
      )}
      {report?.auditOnly && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.checkAuditOnly}</MessageBarBody>
        </MessageBar>
      )}
      {report &&
        AREAS.map(([area, label]) => {
          const list = report.findings.filter((f) => f.area === area);
          if (!list.length) return null;
          return (
            <section key={area} aria-label={strings[label]}>
              <Text as="h3" weight="semibold">
                {strings[label]} ({list.length})
              </Text>
              <ul className={styles.list}>
                {list.map((f, i) => (
                  <li key={`${f.rule}-${i}`} className={`${styles.item} ${f.severity === "error" ? styles.error : ""}`}>
                    <div className={styles.bar}>
                      <Badge color={f.severity === "error" ? "danger" : "warning"} appearance="tint">
                        {f.severity === "error" ? strings.severityError : strings.severityWarning}
                      </Badge>
                      {f.fixable && !report.auditOnly && (
                        <Button size="small" disabled={check.busy} onClick={() => setPending({ findings: [f] })}>
                          {strings.fixOne}
                        </Button>
                      )}
                    </div>
                    <Text>{vi ? f.message : f.messageEn}</Text>
                    {f.where.excerpt && f.where.part === "body" && f.where.paragraph !== undefined ? (
                      <Button
                        appearance="transparent"
                        size="small"
                        className={styles.place}
                        title={strings.showPlace}
                        onClick={() => void check.select(f)}
                      >
                        “{f.where.excerpt}”
                      </Button>
                    ) : (
                      f.where.excerpt && <Text className={styles.muted}>“{f.where.excerpt}”</Text>
                    )}
                    <Text size={200} className={styles.muted}>
                      {fill(strings.clause, { clause: f.clause })}
                    </Text>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </>
  );
}

export default CheckTab;
