/**
 * One task, compact: who and when first (what a clerk scans for), the sentence in two lines (click for all of it),
 * marks that need the clerk (Cần xem lại, Mới, Ưu tiên), and the actions in a ⋯ menu. One Tab stop per row:
 * the arrow keys move between the tick, the sentence and the menu.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Checkbox,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import { ChecklistRow } from "../../../core/checklist";
import { formatShortDate, fromIso } from "../../../core/dates";
import { dueDayAsOf } from "../../../core/followup";
import { EVIDENCE_LABELS, EvidenceCode, Task, confidenceOf } from "../../../core/tasks";
import { Strings, fill, useI18n } from "../../i18n";
import { Badge as BadgeKind, badgeLabel } from "./taskView";

const useStyles = makeStyles({
  row: {
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXXS },
  body: { flexGrow: 1, minWidth: 0, paddingTop: "6px", display: "flex", flexDirection: "column", gap: "2px" },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
  },
  sentence: {
    // A button for the keyboard and screen readers, set like running text.
    border: "none",
    background: "none",
    padding: 0,
    margin: 0,
    textAlign: "start",
    fontFamily: "inherit",
    cursor: "pointer",
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  clamped: {
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  reason: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  note: { overflowWrap: "anywhere", whiteSpace: "pre-line", fontSize: tokens.fontSizeBase200 },
  // Fluent buttons are 96 px wide at least: this one holds one character.
  more: { flexShrink: 0, minWidth: "32px", paddingInline: tokens.spacingHorizontalS },
  unknown: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  extra: { paddingInlineStart: "32px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const BADGE_COLOR: Record<BadgeKind, "danger" | "warning" | "success" | "informative" | "brand" | "severe"> = {
  overdue: "danger",
  "due-soon": "warning",
  "in-time": "brand",
  "no-deadline": "informative",
  "done-on-time": "success",
  "done-late": "severe",
};

const RULE_LABEL = {
  weekly: "ruleWeekly",
  monthly: "ruleMonthly",
  quarterly: "ruleQuarterly",
  semiannual: "ruleSemiannual",
  yearly: "ruleYearly",
} as const;

const short = (iso: string): string => {
  const day = fromIso(iso);
  return day ? formatShortDate(day) : iso;
};

/** "Hạn 13/11/2020", "Hằng quý – kỳ tới 31/12/2026", or the phrase when it names no day ("Thường xuyên"). */
export function dueText(row: ChecklistRow, strings: Strings, todayIso: string): string | null {
  const deadline = row.task.deadline;
  if (!deadline) return null;
  const due = dueDayAsOf(deadline, todayIso);
  if (!due) return deadline.raw || null;
  const text =
    deadline.kind === "recurring" && deadline.rule
      ? fill(strings.recurringDue, { rule: strings[RULE_LABEL[deadline.rule]], date: short(due) })
      : fill(strings.dueOn, { date: short(due) });
  return deadline.inherited ? `${text} (${strings.inherited})` : text;
}

/**
 * Why a task needs a second look: the extractor's doubts (not the rules that made it a task), each in its words,
 * with the phrase it doubts unless that is just the task's own opening.
 */
export function reviewReasons(task: Task): string[] {
  const start = task.text.slice(0, 40);
  return (task.evidence ?? [])
    .map((e) => ({ code: e.code as EvidenceCode, phrase: e.phrase }))
    .filter((e) => confidenceOf([e]) === "review")
    .map((e) => {
      const label = EVIDENCE_LABELS[e.code] ?? e.code;
      const own = e.phrase.startsWith(start) || start.startsWith(e.phrase.replace(/…$/, ""));
      return own ? label : `${label} («${e.phrase}»)`;
    });
}

export interface RowAction {
  label: string;
  onClick(): void;
}

export interface TaskRowProps {
  row: ChecklistRow;
  /** The due-day badge; null when the group's title already says it. */
  badge: BadgeKind | null;
  todayIso: string;
  actions: RowAction[];
  onToggle(done: boolean): void;
  /** Shown under the row: the edit form, an error about this row, a suggestion. */
  children?: React.ReactNode;
}

export function TaskRow({ row, badge, todayIso, actions, onToggle, children }: TaskRowProps) {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const arrows = useArrowNavigationGroup({ axis: "horizontal", memorizeCurrent: true });
  const [expanded, setExpanded] = React.useState(false);
  const { task } = row;
  const due = dueText(row, strings, todayIso);
  // A phrase without a day says it all; the grey "Chưa có hạn" is for tasks with no deadline at all.
  const showBadge = badge !== null && badge !== "in-time" && !(badge === "no-deadline" && due);
  const reasons = task.confidence === "review" ? reviewReasons(task) : [];
  // The mark is always there; why, with the rest of the task, when the clerk opens the sentence (rows stay short).
  const reviewText = fill(strings.reviewBecause, { reasons: reasons.join("; ") });

  return (
    <li className={styles.row} aria-label={task.text} data-task-id={task.id}>
      <div className={styles.line} {...arrows}>
        <Checkbox
          checked={row.done}
          aria-label={fill(strings.markDone, { task: task.text.slice(0, 60) })}
          onChange={(_, data) => onToggle(data.checked === true)}
        />
        <div className={styles.body}>
          <div className={styles.head}>
            {task.owner ? (
              <Text weight="semibold">{task.owner}</Text>
            ) : (
              <Text className={styles.unknown}>{strings.ownerUnknown}</Text>
            )}
            {due && <Text>{due}</Text>}
            {showBadge && <Badge color={BADGE_COLOR[badge]}>{badgeLabel(language, badge)}</Badge>}
            {task.confidence === "review" && (
              <Badge color="warning" appearance="tint" title={reviewText}>
                {strings.markReview}
              </Badge>
            )}
            {row.status === "new" && (
              <Badge color="important" appearance="tint">
                {strings.markNew}
              </Badge>
            )}
            {task.urgent && (
              <Badge color="severe" appearance="tint">
                {strings.markPriority}
              </Badge>
            )}
          </div>
          <button
            type="button"
            className={mergeClasses(styles.sentence, !expanded && styles.clamped)}
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {task.text}
          </button>
          {expanded && task.coOwners.length > 0 && (
            <Text size={200}>{fill(strings.coOwnersList, { names: task.coOwners.join("; ") })}</Text>
          )}
          {row.done && row.doneOn && <Text size={200}>{fill(strings.doneOnShown, { date: short(row.doneOn) })}</Text>}
          {row.note && <Text className={styles.note}>{fill(strings.noteShown, { note: row.note })}</Text>}
          {expanded && reasons.length > 0 && <Text className={styles.reason}>{reviewText}</Text>}
        </div>
        {actions.length > 0 && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button
                className={styles.more}
                appearance="subtle"
                data-row-menu=""
                aria-label={fill(strings.rowActions, { task: task.text.slice(0, 60) })}
              >
                ⋯
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {actions.map((action) => (
                  <MenuItem key={action.label} onClick={action.onClick}>
                    {action.label}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
      </div>
      {children && <div className={styles.extra}>{children}</div>}
    </li>
  );
}
