/**
 * The two forms of the task list: changing a task in its row (owner, deadline and, once done, the day it was done
 * and its result), and adding a task by hand.
 * Each takes the focus when it opens and gives it back when it closes; Escape closes it (after the calendar).
 */
import * as React from "react";
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { ChecklistRow, RowUpdate } from "../../../core/checklist";
import { toIso } from "../../../core/dates";
import { Task } from "../../../core/tasks";
import { useI18n } from "../../i18n";
import { useServices } from "../../services";
import { DeadlinePicker } from "./DeadlinePicker";
import { OwnerDeadlineFields, ownerAndDeadline } from "./OwnerDeadlineFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Focus on the first field when shown; Escape cancels unless it was closing the calendar. */
function useFormKeys(onCancel: () => void) {
  const ref = React.useRef<HTMLDivElement>(null);
  const calendarOpen = React.useRef(false);
  React.useEffect(() => ref.current?.querySelector<HTMLElement>("input, textarea")?.focus(), []);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== "Escape" || calendarOpen.current) return;
    event.preventDefault();
    onCancel();
  };
  return { ref, onKeyDown, onCalendar: (open: boolean) => void (calendarOpen.current = open) };
}

/** Saved at once by one Lưu. A deadline left as it was keeps its kind (a recurring duty stays recurring). */
export function EditForm(props: { row: ChecklistRow; onSave(update: RowUpdate): void; onCancel(): void }) {
  const styles = useStyles();
  const { strings } = useI18n();
  const { clock } = useServices();
  const { row } = props;
  const [owner, setOwner] = React.useState(row.task.owner ?? "");
  const [date, setDate] = React.useState(row.task.deadline?.date ?? "");
  const [doneOn, setDoneOn] = React.useState(row.doneOn ?? "");
  const [note, setNote] = React.useState(row.note ?? "");
  const keys = useFormKeys(props.onCancel);
  // A task is not done tomorrow: a later day would count it open (and overdue) until then.
  const doneInFuture = row.done && doneOn > toIso(clock.today());
  const save = () => {
    const edited = ownerAndDeadline(owner, date);
    const sameDeadline = date === (row.task.deadline?.date ?? "");
    props.onSave({
      edit: sameDeadline ? { owner: edited.owner } : edited,
      ...(row.done ? { doneOn: doneOn || null } : {}),
      note,
    });
  };
  return (
    <div ref={keys.ref} role="group" aria-label={strings.editTask} className={styles.form} onKeyDown={keys.onKeyDown}>
      <OwnerDeadlineFields owner={owner} date={date} onOwner={setOwner} onDate={setDate} onCalendar={keys.onCalendar} />
      {row.done && (
        <Field
          label={strings.doneOn}
          {...(doneInFuture ? { validationState: "error" as const, validationMessage: strings.doneOnFuture } : {})}
        >
          <DeadlinePicker label={strings.doneOn} value={doneOn} onChange={setDoneOn} onOpenChange={keys.onCalendar} />
        </Field>
      )}
      <Field label={strings.note}>
        <Textarea rows={2} value={note} onChange={(_, data) => setNote(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button size="small" appearance="primary" onClick={save} disabled={doneInFuture}>
          {strings.saveEdit}
        </Button>
        <Button size="small" onClick={props.onCancel}>
          {strings.cancel}
        </Button>
      </div>
    </div>
  );
}

export type NewTask = Omit<Task, "id" | "paragraphIndex" | "section" | "urgent">;

export function AddTaskForm(props: { onAdd(task: NewTask): void; onCancel(): void }) {
  const styles = useStyles();
  const { strings } = useI18n();
  const [text, setText] = React.useState("");
  const [owner, setOwner] = React.useState("");
  const [date, setDate] = React.useState("");
  const keys = useFormKeys(props.onCancel);
  const submit = () => {
    const clean = text.normalize("NFC").trim();
    if (clean) props.onAdd({ text: clean, coOwners: [], ...ownerAndDeadline(owner, date) });
  };
  return (
    <section ref={keys.ref} aria-label={strings.addTask} className={styles.form} onKeyDown={keys.onKeyDown}>
      <Field label={strings.taskText} required>
        <Input value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      <OwnerDeadlineFields owner={owner} date={date} onOwner={setOwner} onDate={setDate} onCalendar={keys.onCalendar} />
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={submit} disabled={!text.trim()}>
          {strings.addTask}
        </Button>
        <Button onClick={props.onCancel}>{strings.cancel}</Button>
      </div>
    </section>
  );
}
