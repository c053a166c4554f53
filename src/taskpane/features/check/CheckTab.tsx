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
import { StringKey, Strings, fill, useI18n } from "../../i18n";
import { Notice, NoticeBar } from "../../ui/NoticeBar";
import { StatusArea } from "../../ui/StatusArea";
import { gatewayNotice } from "../../ui/gatewayNotice";
import { CheckNotice, selectablePart, useCheck } from "./useCheck";

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

/** A fix waiting for the clerk's yes, with what it will change shown first, where it was asked for. */
type Pending = { findings: Finding[]; at: Finding | "all" } | null;

/** The question the clerk's click raised: the focus goes to "Áp dụng", so the answer is one key away. */
function FixPreview({ findings, onApply, onCancel }: { findings: Finding[]; onApply(): void; onCancel(): void }) {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const apply = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => apply.current?.focus(), []);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {strings.fixPreview}
        <ul className={styles.preview}>
          {findings.map((f, i) => (
            <li key={i}>{language === "vi" ? f.fix?.description : f.fix?.descriptionEn}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={apply} appearance="primary" onClick={onApply}>
          {strings.fixApply}
        </Button>
        <Button onClick={onCancel}>{strings.cancel}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** What the last action has to say, as the pane's other tabs say it (Word's own text folded away). */
function noticeOf(notice: CheckNotice, language: "vi" | "en", strings: Strings): Notice {
  if (notice.kind === "error") return gatewayNotice(notice.error, language, strings);
  if (notice.kind === "unreadable")
    return { intent: "error", text: fill(strings.checkUnreadable, { reason: notice.reason }) };
  const skipped = notice.skipped > 0 ? ` ${fill(strings.fixSkipped, { n: notice.skipped })}` : "";
  return { intent: "success", text: fill(strings.fixDone, { n: notice.applied }) + skipped };
}

export function CheckTab() {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const check = useCheck();
  const [pending, setPending] = React.useState<Pending>(null);
  /** The finding the last action was on, so its answer shows beside it while it is still listed. */
  const [actedOn, setActedOn] = React.useState<Finding | null>(null);
  const vi = language === "vi";
  const report = check.report;
  const fixable = report && !report.auditOnly ? report.findings.filter((f) => f.fixable) : [];
  const errors = report?.findings.filter((f) => f.severity === "error").length ?? 0;
  const warnings = (report?.findings.length ?? 0) - errors;

  const apply = async () => {
    if (!pending) return;
    setActedOn(pending.at === "all" ? null : pending.at);
    setPending(null);
    await check.fix(pending.findings);
  };
  const select = (f: Finding) => {
    setActedOn(f);
    void check.select(f);
  };
  const preview = pending && (
    <FixPreview findings={pending.findings} onApply={() => void apply()} onCancel={() => setPending(null)} />
  );

  const notice = check.notice && noticeOf(check.notice, language, strings);
  const noticeInline = notice !== null && actedOn !== null && report?.findings.includes(actedOn) === true;
  const auditOnly: Notice | null = report?.auditOnly ? { intent: "info", text: strings.checkAuditOnly } : null;
  return (
    <>
      <Text>{strings.checkIntro}</Text>
      <div className={styles.bar}>
        <Button appearance="primary" disabled={check.busy} onClick={() => void check.run()}>
          {check.busy ? strings.checking : report ? strings.recheck : strings.runCheck}
        </Button>
        {fixable.length > 0 && (
          <Button disabled={check.busy} onClick={() => setPending({ findings: fixable, at: "all" })}>
            {fill(strings.fixAll, { n: fixable.length })}
          </Button>
        )}
      </div>
      <StatusArea notices={[!noticeInline && notice, auditOnly]} />
      {pending?.at === "all" && preview}
      {report && (
        <Text role="status" weight="semibold">
          {report.findings.length ? fill(strings.checkSummary, { errors, warnings }) : strings.checkClean}
        </Text>
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
                        <Button size="small" disabled={check.busy} onClick={() => setPending({ findings: [f], at: f })}>
                          {strings.fixOne}
                        </Button>
                      )}
                    </div>
                    <Text>{vi ? f.message : f.messageEn}</Text>
                    {f.where.excerpt && selectablePart(f) ? (
                      <Button
                        appearance="transparent"
                        size="small"
                        className={styles.place}
                        title={strings.showPlace}
                        onClick={() => select(f)}
                      >
                        “{f.where.excerpt}”
                      </Button>
                    ) : (
                      f.where.excerpt && <Text className={styles.muted}>“{f.where.excerpt}”</Text>
                    )}
                    <Text size={200} className={styles.muted}>
                      {fill(strings.clause, { clause: f.clause })}
                    </Text>
                    {pending?.at === f && preview}
                    {noticeInline && actedOn === f && notice && <NoticeBar notice={notice} />}
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
