import * as React from "react";
import { Button, Field, Input, Link, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChecklistRow } from "../../../core/checklist";
import { rowsFromChecklist } from "../../../core/export";
import { fill, useI18n } from "../../i18n";
import { useNavigation } from "../../navigation";
import { useProfiles } from "../../profiles";
import { useServices } from "../../services";
import { Disclosure } from "../../ui/Disclosure";
import { Notice, NoticeBar } from "../../ui/NoticeBar";
import { StatusArea } from "../../ui/StatusArea";
import { useToast } from "../../ui/toasts";
import { ExportMenu } from "./ExportMenu";
import { FollowUpActions } from "./FollowUpActions";
import { SummaryFilters } from "./SummaryFilters";
import { AddTaskForm, EditForm, NewTask } from "./TaskForms";
import { RowAction, TaskRow } from "./TaskRow";
import { SUGGEST_FROM, likelySuccessors } from "./rewording";
import { AsOf, FilterId, Grouping, badgeLabel, badgeOf, exportBaseName, isAside } from "./taskView";
import { useTasks } from "./useTasks";
import { useTaskList } from "./useTaskList";
import { useTaskNotices } from "./taskNotices";
import { gatewayNotice } from "../../ui/gatewayNotice";
import { toIso } from "../../../core/dates";

const PAGE = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  grow: { flexGrow: 1 },
  filters: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  query: { flexGrow: 1, minWidth: 0 },
  // The input's own width (its size attribute) would push it under "Nhóm theo" at 320 px.
  queryInput: { minWidth: 0 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  groupTitle: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  more: { alignSelf: "center" },
  empty: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  suggestion: { fontSize: tokens.fontSizeBase200 },
});

export function TasksTab() {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const { clock } = useServices();
  const profiles = useProfiles();
  const navigation = useNavigation();
  const toast = useToast();
  const tasks = useTasks();
  const [filter, setFilter] = React.useState<FilterId>("all");
  const [query, setQuery] = React.useState("");
  const [grouping, setGrouping] = React.useState<Grouping>("deadline");
  const [limit, setLimit] = React.useState(PAGE);
  const [adding, setAdding] = React.useState(false);
  const [editing, setEditing] = React.useState<string | null>(null);
  const [rowProblem, setRowProblem] = React.useState<{ id: string; notice: Notice } | null>(null);
  const [tabProblem, setTabProblem] = React.useState<Notice | null>(null);
  const [focusTarget, setFocusTarget] = React.useState<{ id: string; part: "tick" | "menu" } | null>(null);
  const root = React.useRef<HTMLDivElement>(null);
  const ids = React.useId();
  const todayIso = toIso(clock.today());
  const asOf: AsOf = { today: todayIso, dueSoonDays: profiles.followUp.dueSoonDays };
  const notices = useTaskNotices(tasks);

  // The welcome screen's "Quét văn bản đang mở" opens this tab and asks for a scan.
  const handledScans = React.useRef(0);
  React.useEffect(() => {
    if (navigation.scanRequests <= handledScans.current) return;
    handledScans.current = navigation.scanRequests;
    void tasks.runScan();
  }, [navigation.scanRequests, tasks.runScan]);

  const list = useTaskList(tasks, { filter, query, grouping, limit, reveal: focusTarget?.id }, asOf);
  const { order } = list;
  const newTasks = tasks.rows.filter((row) => row.status === "new").map((row) => row.task);

  // Focus goes where the work continues: a new or restored row, the next row after a removal, the row after an edit.
  React.useEffect(() => {
    if (!focusTarget) return;
    const index = order.findIndex((row) => row.task.id === focusTarget.id);
    if (index < 0) return setFocusTarget(null); // not in this view any more
    if (index >= limit) return setLimit(index + 1);
    const row = root.current?.querySelector(`[data-task-id="${focusTarget.id.replace(/["\\]/g, "\\$&")}"]`);
    const target = row?.querySelector<HTMLElement>(focusTarget.part === "menu" ? "[data-row-menu]" : "input");
    if (!target) return;
    row!.scrollIntoView?.({ block: "nearest" });
    target.focus();
    setFocusTarget(null);
  });

  const clearFilters = () => {
    setFilter("all");
    setQuery("");
  };

  const add = (task: NewTask) => {
    const id = tasks.add(task);
    setAdding(false);
    clearFilters(); // a hand-added task is shown, whatever the list was filtered by
    setFocusTarget({ id, part: "tick" });
    toast({ text: fill(strings.taskAdded, { task: cut(task.text) }) });
  };

  const remove = (row: ChecklistRow) => {
    const index = order.indexOf(row);
    const next = order[index + 1] ?? order[index - 1];
    void tasks.remove(row.task.id);
    if (next) setFocusTarget({ id: next.task.id, part: "tick" });
    toast({
      text: fill(strings.taskRemoved, { task: cut(row.task.text) }),
      action: {
        label: strings.undo,
        onClick: () => {
          void tasks.restore(row.task.id);
          setFocusTarget({ id: row.task.id, part: "tick" });
        },
      },
    });
  };

  const select = async (row: ChecklistRow) => {
    setRowProblem(null);
    const result = await tasks.select(row.task);
    if (!result.ok) setRowProblem({ id: row.task.id, notice: gatewayNotice(result.error, language, strings) });
  };

  const insertTable = async () => {
    setTabProblem(null);
    const result = await tasks.insertTaskTable();
    if (!result.ok) setTabProblem(gatewayNotice(result.error, language, strings));
    else toast({ text: result.value === "updated" ? strings.taskTableUpdated : strings.taskTableInserted });
  };
  const tableAction = {
    label: tasks.state.trackingTable ? strings.updateTaskTable : strings.insertTaskTable,
    onClick: () => void insertTable(),
  };

  const actionsFor = (row: ChecklistRow): RowAction[] => {
    if (filter === "removed") return [{ label: strings.restore, onClick: () => void tasks.restore(row.task.id) }];
    if (row.status === "missing") {
      return [
        ...likelySuccessors(row.task, newTasks).map(({ task }) => ({
          label: fill(strings.mergeInto, { task: cut(task.text) }),
          onClick: () => void tasks.mergeReworded(row.task.id, task.id),
        })),
        { label: strings.dismissMissing, onClick: () => void tasks.dismiss(row.task.id) },
      ];
    }
    return [
      ...(row.manual ? [] : [{ label: strings.showInDocument, onClick: () => void select(row) }]),
      { label: strings.edit, onClick: () => setEditing(row.task.id) },
      { label: strings.remove, onClick: () => remove(row) },
    ];
  };

  const closeEdit = (row: ChecklistRow) => {
    setEditing(null);
    setFocusTarget({ id: row.task.id, part: "menu" });
  };

  const rowExtra = (row: ChecklistRow): React.ReactNode => {
    if (editing === row.task.id) {
      return (
        <EditForm
          row={row}
          onCancel={() => closeEdit(row)}
          onSave={(update) => {
            void tasks.update(row.task.id, update);
            closeEdit(row);
          }}
        />
      );
    }
    if (rowProblem?.id === row.task.id) return <NoticeBar notice={rowProblem.notice} />;
    if (row.status === "missing") {
      const [best] = likelySuccessors(row.task, newTasks, 1);
      if (best && best.score >= SUGGEST_FROM) {
        return (
          <Text className={styles.suggestion}>
            {fill(strings.maybeReworded, { task: best.task.text })}{" "}
            <Link as="button" onClick={() => void tasks.mergeReworded(row.task.id, best.task.id)}>
              {strings.mergeAction}
            </Link>
          </Text>
        );
      }
    }
    return null;
  };

  /** The list as the clerk sees it (tasks whose sentence is gone left out), with the profile to sign it. */
  const followUpInput = () => {
    if (!profiles.active) return "followUpNeedsProfile" as const;
    if (list.listed.length === 0) return "followUpNoTasks" as const;
    return {
      rows: rowsFromChecklist(list.listed, tasks.source),
      profile: profiles.active,
      asOf: todayIso,
      today: todayIso,
      dueSoonDays: asOf.dueSoonDays,
      baseName: exportBaseName(tasks.source, todayIso),
    };
  };

  const countText = list.filtered
    ? fill(strings.taskCountFiltered, { shown: list.shown, n: list.listed.length })
    : fill(strings.taskCount, { n: list.listed.length });

  return (
    <div ref={root} className={styles.root}>
      <StatusArea notices={[...notices, tabProblem]} />
      {!tasks.scan && !tasks.busy && tasks.rows.length === 0 && <Text>{strings.tasksIntro}</Text>}
      <div className={styles.bar}>
        <Button
          appearance={tasks.scan ? "secondary" : "primary"}
          onClick={tasks.runScan}
          disabledFocusable={tasks.busy}
        >
          {tasks.scan ? strings.rescan : strings.scan}
        </Button>
        <div role="status" aria-live="polite" className={styles.grow}>
          {tasks.busy ? (
            <Spinner size="tiny" label={strings.scanning} labelPosition="after" />
          ) : (
            (tasks.scan || tasks.rows.length > 0) && <Text data-task-count="">{countText}</Text>
          )}
        </div>
      </div>
      <div className={styles.bar}>
        <Button onClick={() => setAdding(true)} disabled={adding}>
          {strings.addTaskOpen}
        </Button>
        {tasks.rows.length > 0 && (
          <ExportMenu
            table={tableAction}
            onProblem={setTabProblem}
            input={() => ({
              rows: rowsFromChecklist(tasks.rows, tasks.source),
              scan: tasks.scan,
              state: tasks.state,
              today: todayIso,
              now: clock.now(),
              baseName: exportBaseName(tasks.source, todayIso),
              dueSoonDays: asOf.dueSoonDays,
              alarmDays: profiles.followUp.alarmDays,
              ...(profiles.active ? { agency: profiles.active.issuingAgency } : {}),
            })}
          />
        )}
      </div>
      {tasks.rows.length > 0 && (
        <Disclosure level={2} title={strings.followUpSection}>
          <FollowUpActions input={followUpInput} />
        </Disclosure>
      )}
      {adding && <AddTaskForm onAdd={add} onCancel={() => setAdding(false)} />}
      {tasks.tableStale && (
        <NoticeBar
          notice={{
            intent: "info",
            text: strings.taskTableStale,
            actions: [{ ...tableAction, label: strings.updateTaskTable }],
          }}
        />
      )}
      {tasks.scan && tasks.rows.length === 0 && tasks.removed.length === 0 && <Text>{strings.noTasks}</Text>}

      {(tasks.rows.length > 0 || tasks.removed.length > 0) && (
        <>
          <SummaryFilters
            counts={list.counts}
            selected={filter}
            onSelect={(next) => {
              setFilter(next);
              setLimit(PAGE);
            }}
          />
          <div className={styles.filters}>
            <Field label={strings.search} className={styles.query}>
              <Input
                className={styles.queryInput}
                value={query}
                placeholder={strings.searchHint}
                onChange={(_, data) => setQuery(data.value)}
              />
            </Field>
            {!isAside(filter) && (
              <Field label={strings.groupBy}>
                <Select value={grouping} onChange={(_, data) => setGrouping(data.value as Grouping)}>
                  <option value="deadline">{strings.groupDeadline}</option>
                  <option value="owner">{strings.groupOwner}</option>
                </Select>
              </Field>
            )}
          </div>
          {filter === "missing" && <Text size={200}>{strings.missingExplained}</Text>}
          {list.shown === 0 && (
            <div className={styles.empty}>
              <Text>{strings.noMatches}</Text>
              <Link as="button" onClick={clearFilters}>
                {strings.clearFilters}
              </Link>
            </div>
          )}
          {list.groups.map((group, index) => {
            const title =
              filter === "missing"
                ? strings.missingTitle
                : filter === "removed"
                  ? strings.removedTitle
                  : group.badge !== undefined
                    ? badgeLabel(language, group.badge)
                    : (group.owner ?? strings.ownerUnknown);
            const headingId = `${ids}-group-${index}`; // a group key may hold spaces; an id may not
            return (
              <section key={group.key} aria-labelledby={headingId}>
                <h2 id={headingId} className={styles.groupTitle}>
                  {fill(strings.groupTitle, { title, n: group.total ?? group.rows.length })}
                </h2>
                <ul className={styles.list}>
                  {group.rows.map((row) => (
                    <TaskRow
                      key={row.task.id}
                      row={row}
                      // Grouped by deadline, the group's title is the badge; a row ticked in place says so itself.
                      badge={group.badge === badgeOf(row, asOf) ? null : badgeOf(row, asOf)}
                      todayIso={todayIso}
                      actions={actionsFor(row)}
                      onToggle={(done) => {
                        list.hold(row);
                        void tasks.toggle(row.task.id, done);
                      }}
                    >
                      {rowExtra(row)}
                    </TaskRow>
                  ))}
                </ul>
              </section>
            );
          })}
          {list.hidden > 0 && (
            <Button appearance="transparent" className={styles.more} onClick={() => setLimit(limit + PAGE)}>
              {fill(strings.showMore, { n: Math.min(PAGE, list.hidden) })}
            </Button>
          )}
        </>
      )}
    </div>
  );
}

/** A task's opening words, for a toast or a menu item. */
const cut = (text: string, max = 50): string => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

export default TasksTab;
