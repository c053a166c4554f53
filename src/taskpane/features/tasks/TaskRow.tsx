import * as React from "react";
import { Badge, Button, Checkbox, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { ChecklistRow, RowUpdate } from "../../../core/checklist";
import { formatShortDate, fromIso, toIso } from "../../../core/dates";
import { STATUS_LABELS, STATUS_LABELS_EN } from "../../../core/followup";
import { fill, useI18n } from "../../i18n";
import { useServices } from "../../services";
import { Badge as BadgeKind } from "./taskView";
import { OwnerDeadlineFields, ownerAndDeadline } from "./OwnerDeadlineFields";
import { DeadlinePicker } from "./DeadlinePicker";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // The checkbox stays beside its sentence; the sentence wraps next to it.
  task: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  text: { overflowWrap: "anywhere", flexGrow: 1, minWidth: 0, paddingTop: "6px" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  note: { overflowWrap: "anywhere", whiteSpace: "pre-line" },
});

const BADGE_COLOR: Record<BadgeKind, "danger" | "warning" | "success" | "informative" | "brand" | "severe"> = {
  overdue: "danger",
  "due-soon": "warning",
  "in-time": "brand",
  "no-deadline": "informative",
  "done-on-time": "success",
  "done-late": "severe",
};

const short = (iso: string): string => {
  const day = fromIso(iso);
  return day ? formatShortDate(day) : iso;
};

const SHORT = 140;

export interface TaskRowProps {
  row: ChecklistRow;
  badge: BadgeKind;
  onToggle(done: boolean): void;
  onSelect(): void;
  /** The edit form's Lưu: owner, deadline, done day and note, saved at once. */
  onEdit(update: RowUpdate): void;
  onRemove(): void;
  onDismiss(): void;
}

export function TaskRow({ row, badge, onToggle, onSelect, onEdit, onRemove, onDismiss }: TaskRowProps) {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const [expanded, setExpanded] = React.useState(false);
  const [editing, setEditing] = React.useState(false);
  const { task } = row;
  const long = task.text.length > SHORT;
  const shown = long && !expanded ? `${task.text.slice(0, SHORT).trimEnd()}…` : task.text;
  const date = task.deadline?.date ? fromIso(task.deadline.date) : null;
  const badgeLabel = (language === "vi" ? STATUS_LABELS : STATUS_LABELS_EN)[badge];

  return (
    <li className={styles.row} aria-label={task.text}>
      <div className={styles.task}>
        <Checkbox
          checked={row.done}
          aria-label={fill(strings.markDone, { task: task.text.slice(0, 60) })}
          onChange={(_, data) => onToggle(data.checked === true)}
        />
        <Text className={styles.text}>{shown}</Text>
        {long && (
          <Button size="small" appearance="transparent" onClick={() => setExpanded(!expanded)}>
            {expanded ? strings.less : strings.more}
          </Button>
        )}
      </div>
      <div className={styles.line}>
        <Badge color={BADGE_COLOR[badge]}>{badgeLabel}</Badge>
        {row.status === "new" && <Badge color="important">{strings.markNew}</Badge>}
        {task.urgent && <Badge color="severe">{strings.urgent}</Badge>}
        <Text size={200}>
          {strings.deadline}: {date ? formatShortDate(date) : (task.deadline?.raw ?? strings.noDeadline)}
          {task.deadline?.inherited ? ` (${strings.inherited})` : ""}
        </Text>
      </div>
      <Text size={200}>
        {strings.owner}: {task.owner ?? strings.ownerUnknown}
        {task.coOwners.length > 0 ? ` · ${strings.coOwners}: ${task.coOwners.join("; ")}` : ""}
      </Text>
      {row.done && row.doneOn && (
        <Text size={200}>
          {strings.doneOn}: {short(row.doneOn)}
        </Text>
      )}
      {row.note && (
        <Text size={200} className={styles.note}>
          {strings.note}: {row.note}
        </Text>
      )}
      {editing ? (
        <EditForm
          row={row}
          onCancel={() => setEditing(false)}
          onSave={(update) => (onEdit(update), setEditing(false))}
        />
      ) : (
        <div className={styles.actions}>
          {row.status === "missing" ? (
            <>
              <Text size={200} weight="semibold">
                {strings.missingTitle}
              </Text>
              <Button size="small" onClick={onDismiss}>
                {strings.dismiss}
              </Button>
            </>
          ) : (
            <>
              {!row.manual && (
                <Button size="small" onClick={onSelect}>
                  {strings.showInDocument}
                </Button>
              )}
              <Button size="small" onClick={() => setEditing(true)}>
                {strings.edit}
              </Button>
              <Button size="small" appearance="subtle" onClick={onRemove}>
                {strings.remove}
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * Owner and deadline, and once the task is done the day it was done (clerks tick late) and the result, which the
 * progress report prints. A deadline left as it was keeps its kind (a recurring duty stays recurring).
 */
function EditForm({ row, onSave, onCancel }: { row: ChecklistRow; onSave(update: RowUpdate): void; onCancel(): void }) {
  const { strings } = useI18n();
  const { clock } = useServices();
  const [owner, setOwner] = React.useState(row.task.owner ?? "");
  const [date, setDate] = React.useState(row.task.deadline?.date ?? "");
  const [doneOn, setDoneOn] = React.useState(row.doneOn ?? "");
  const [note, setNote] = React.useState(row.note ?? "");
  // A task is not done tomorrow: a later day would count it open (and overdue) until then.
  const doneInFuture = row.done && doneOn > toIso(clock.today());
  const save = () => {
    const edited = ownerAndDeadline(owner, date);
    const sameDeadline = date === (row.task.deadline?.date ?? "");
    onSave({
      edit: sameDeadline ? { owner: edited.owner } : edited,
      ...(row.done ? { doneOn: doneOn || null } : {}),
      note,
    });
  };
  return (
    <div>
      <OwnerDeadlineFields owner={owner} date={date} onOwner={setOwner} onDate={setDate} />
      {row.done && (
        <Field
          label={strings.doneOn}
          {...(doneInFuture ? { validationState: "error" as const, validationMessage: strings.doneOnFuture } : {})}
        >
          <DeadlinePicker label={strings.doneOn} value={doneOn} onChange={setDoneOn} />
        </Field>
      )}
      <Field label={strings.note}>
        <Textarea rows={2} value={note} onChange={(_, data) => setNote(data.value)} />
      </Field>
      <Button size="small" appearance="primary" onClick={save} disabled={doneInFuture}>
        {strings.saveEdit}
      </Button>{" "}
      <Button size="small" onClick={onCancel}>
        {strings.cancel}
      </Button>
    </div>
  );
}
