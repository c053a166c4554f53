import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { toIso } from "../../../core/dates";
import { fill, useI18n } from "../../i18n";
import { useServices } from "../../services";
import { TaskRow } from "./TaskRow";
import { AsOf, Ordering, STATUS_ORDER, StatusFilter, arrange, badgeOf, countByFilter, matchesFilter } from "./taskView";
import { STATUS_LABELS, STATUS_LABELS_EN } from "../../../core/followup";
import { useTasks } from "./useTasks";
import { ExportBar } from "./ExportBar";
import { OwnerDeadlineFields, ownerAndDeadline } from "./OwnerDeadlineFields";
import { rowsFromChecklist } from "../../../core/export";
import { useProfiles } from "../../profiles";
import { FollowUpActions } from "./FollowUpActions";

const PAGE = 50;

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyle: "none", margin: 0, padding: 0 },
  group: { marginTop: tokens.spacingVerticalM },
});

export function TasksTab() {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const { clock } = useServices();
  const tasks = useTasks();
  const [filter, setFilter] = React.useState<StatusFilter>("all");
  const [query, setQuery] = React.useState("");
  const [ordering, setOrdering] = React.useState<Ordering>("deadline");
  const [limit, setLimit] = React.useState(PAGE);
  const [message, setMessage] = React.useState<string | null>(null);
  const [info, setInfo] = React.useState<string | null>(null);
  const todayIso = toIso(clock.today());
  const profiles = useProfiles();
  const asOf: AsOf = { today: todayIso, dueSoonDays: profiles.followUp.dueSoonDays };

  const listed = tasks.rows.filter((row) => row.status !== "missing");
  const counts = countByFilter(listed, asOf);
  const visible = listed.filter((row) => matchesFilter(row, filter, query, asOf));
  const missing = tasks.rows.filter((row) => row.status === "missing");
  let budget = limit;
  const groups = arrange(visible, ordering, asOf).map((group) => {
    const rows = group.rows.slice(0, Math.max(0, budget));
    budget -= rows.length;
    return { ...group, rows };
  });
  const hidden = visible.length - Math.min(visible.length, limit);
  const errorText = (e: { message: string; messageEn: string }) => (language === "vi" ? e.message : e.messageEn);

  const insertTable = async () => {
    const result = await tasks.insertTaskTable(profiles.followUp.dueSoonDays);
    setMessage(null);
    setInfo(null);
    if (!result.ok) setMessage(errorText(result.error));
    else setInfo(result.value === "updated" ? strings.taskTableUpdated : strings.taskTableInserted);
  };

  const exportInput = () => ({
    rows: rowsFromChecklist(tasks.rows, tasks.source),
    scan: tasks.scan,
    state: tasks.state,
    today: todayIso,
    now: clock.now(),
    dueSoonDays: profiles.followUp.dueSoonDays,
    alarmDays: profiles.followUp.alarmDays,
    ...(profiles.active ? { agency: profiles.active.issuingAgency } : {}),
    baseName:
      (tasks.source.number ?? tasks.source.issuedDate ?? todayIso)
        .replace(/[^\p{L}\p{N}-]+/gu, "-")
        .replace(/^-|-$/g, "") || todayIso,
  });

  /** The list as the clerk sees it (tasks whose sentence is gone left out), with the profile to sign it. */
  const followUpInput = () => {
    if (!profiles.active) return "followUpNeedsProfile" as const;
    if (listed.length === 0) return "followUpNoTasks" as const;
    const { baseName } = exportInput();
    return {
      rows: rowsFromChecklist(listed, tasks.source),
      profile: profiles.active,
      asOf: todayIso,
      today: todayIso,
      dueSoonDays: profiles.followUp.dueSoonDays,
      baseName,
    };
  };

  const select = async (row: (typeof visible)[number]) => {
    const result = await tasks.select(row.task);
    setMessage(result.ok ? null : errorText(result.error));
  };

  // The summary: one chip per status the list holds, with its count; each chip filters the list.
  const labels = language === "vi" ? STATUS_LABELS : STATUS_LABELS_EN;
  const filters: Array<[StatusFilter, string]> = [
    ["all", strings.filterAll],
    ["open", strings.filterOpen],
    ["done", strings.filterDone],
    ...STATUS_ORDER.filter((status) => counts[status] > 0 || filter === status).map(
      (status) => [status, labels[status]] as [StatusFilter, string],
    ),
  ];

  return (
    <>
      <Text>{strings.tasksIntro}</Text>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={tasks.runScan} disabled={tasks.busy}>
          {tasks.scan ? strings.rescan : strings.scan}
        </Button>
        <div role="status" aria-live="polite">
          {tasks.busy ? (
            <Text>{strings.scanning}</Text>
          ) : (
            tasks.scan && <Text>{fill(strings.taskCount, { n: tasks.rows.length - missing.length })}</Text>
          )}
        </div>
      </div>

      {tasks.notice?.kind === "state-corrupt" && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.stateCorrupt}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={tasks.overwriteCorrupt}>{strings.overwriteState}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {tasks.notice?.kind === "empty-document" && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.emptyDocument}</MessageBarBody>
        </MessageBar>
      )}
      {(tasks.notice?.kind === "error" || tasks.notice?.kind === "save-failed") && (
        <MessageBar intent="error">
          <MessageBarBody>
            {tasks.notice.kind === "save-failed"
              ? fill(strings.stateSaveFailed, { reason: errorText(tasks.notice.error) })
              : errorText(tasks.notice.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      {tasks.scan?.warnings.map((warning) => (
        <MessageBar key={warning.code + warning.message} intent="warning">
          <MessageBarBody>{warning.message}</MessageBarBody>
        </MessageBar>
      ))}
      {message && (
        <MessageBar intent="error">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {info && (
        <MessageBar intent="success">
          <MessageBarBody>{info}</MessageBarBody>
        </MessageBar>
      )}

      {tasks.scan && tasks.rows.length === 0 && <Text>{strings.noTasks}</Text>}

      {tasks.rows.length > 0 && (
        <>
          <div className={styles.bar}>
            <Button onClick={insertTable}>{strings.insertTaskTable}</Button>
          </div>
          <ExportBar input={exportInput} />
          <FollowUpActions input={followUpInput} />
          <div className={styles.bar} role="group" aria-label={strings.statusSummary}>
            {filters.map(([value, label]) => (
              <ToggleButton key={value} size="small" checked={filter === value} onClick={() => setFilter(value)}>
                {fill(strings.filterCount, { label, n: counts[value] })}
              </ToggleButton>
            ))}
          </div>
          <Field label={strings.search}>
            <Input value={query} onChange={(_, data) => setQuery(data.value)} />
          </Field>
          <Field label={strings.orderBy}>
            <RadioGroup
              layout="horizontal"
              value={ordering}
              onChange={(_, data) => setOrdering(data.value as Ordering)}
            >
              <Radio value="deadline" label={strings.orderDeadline} />
              <Radio value="owner" label={strings.orderOwner} />
            </RadioGroup>
          </Field>
          {groups.map((group) => {
            const title = ordering === "owner" ? (group.owner ?? strings.ownerUnknown) : null;
            return (
              <section key={group.key} className={styles.group} aria-label={title ?? strings.tabTasks}>
                {title && <Text weight="semibold">{title}</Text>}
                <ul className={styles.list}>
                  {group.rows.map((row) => (
                    <TaskRow
                      key={row.task.id}
                      row={row}
                      badge={badgeOf(row, asOf)}
                      onToggle={(done) => tasks.toggle(row.task.id, done)}
                      onSelect={() => select(row)}
                      onEdit={(update) => tasks.update(row.task.id, update)}
                      onRemove={() => tasks.remove(row.task.id)}
                      onDismiss={() => tasks.dismiss(row.task.id)}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          {hidden > 0 && (
            <Button onClick={() => setLimit(limit + PAGE)}>
              {fill(strings.showMore, { n: Math.min(PAGE, hidden) })}
            </Button>
          )}
        </>
      )}

      {missing.length > 0 && (
        <section aria-label={strings.missingTitle}>
          <Text weight="semibold">{strings.missingTitle}</Text>
          <ul className={styles.list}>
            {missing.map((row) => (
              <TaskRow
                key={row.task.id}
                row={row}
                badge={badgeOf(row, asOf)}
                onToggle={(done) => tasks.toggle(row.task.id, done)}
                onSelect={() => undefined}
                onEdit={(update) => tasks.update(row.task.id, update)}
                onRemove={() => tasks.remove(row.task.id)}
                onDismiss={() => tasks.dismiss(row.task.id)}
              />
            ))}
          </ul>
        </section>
      )}
      <AddTaskForm onAdd={tasks.add} />
    </>
  );
}

function AddTaskForm({ onAdd }: { onAdd: ReturnType<typeof useTasks>["add"] }) {
  const { strings } = useI18n();
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState("");
  const [owner, setOwner] = React.useState("");
  const [date, setDate] = React.useState("");
  if (!open) return <Button onClick={() => setOpen(true)}>{strings.addTask}</Button>;
  const submit = () => {
    const clean = text.normalize("NFC").trim();
    if (!clean) return;
    onAdd({ text: clean, coOwners: [], ...ownerAndDeadline(owner, date) });
    setText("");
    setOwner("");
    setDate("");
    setOpen(false);
  };
  return (
    <section aria-label={strings.addTask}>
      <Field label={strings.taskText} required>
        <Input value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      <OwnerDeadlineFields owner={owner} date={date} onOwner={setOwner} onDate={setDate} />
      <Button appearance="primary" onClick={submit} disabled={!text.trim()}>
        {strings.addTask}
      </Button>{" "}
      <Button onClick={() => setOpen(false)}>{strings.cancel}</Button>
    </section>
  );
}

export default TasksTab;
