/** Export test data: the labelled corpus (expectations come from the labels) and hand-made edge cases. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Deadline } from "../../src/core/dates";
import type { Task } from "../../src/core/tasks";
import type { ExportRow, SourceDocument } from "../../src/core/export";

export const CORPUS_DIR = fs.existsSync("/work/shared/corpus/lao-cai")
  ? "/work/shared/corpus/lao-cai"
  : path.resolve(__dirname, "../fixtures/corpus/lao-cai");

export interface LabelTask {
  text: string;
  owner: string | null;
  coOwners?: string[];
  deadline: Deadline | null;
  urgent?: boolean;
  optional?: boolean;
}

export interface Label {
  issuedDate: string | null;
  tasks: LabelTask[];
}

export function loadLabel(name: string): Label {
  return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, `${name}.json`), "utf8"));
}

export function task(id: string, text: string, extra: Partial<Task> = {}): Task {
  return {
    id,
    text,
    owner: null,
    coOwners: [],
    deadline: null,
    urgent: false,
    section: null,
    paragraphIndex: 0,
    ...extra,
  };
}

/** The labelled, non-optional tasks of a corpus document as export rows (ids t0, t1 …; paragraph = position). */
export function labelRows(
  name: string,
  source: Partial<SourceDocument> = {},
): { label: LabelTask[]; rows: ExportRow[] } {
  const doc = loadLabel(name);
  const label = doc.tasks.filter((t) => !t.optional);
  const src: SourceDocument = { number: null, issuedDate: doc.issuedDate, fileName: `${name}.docx`, ...source };
  const rows = label.map((t, i) => ({
    task: task(`t${i}`, t.text, {
      owner: t.owner,
      coOwners: t.coOwners ?? [],
      deadline: t.deadline,
      urgent: t.urgent ?? false,
      paragraphIndex: 10 + i,
    }),
    done: false,
    source: src,
  }));
  return { label, rows };
}

export const by = (date: string, raw = date): Deadline => ({ raw, date, kind: "by" });

export const SOURCE: SourceDocument = { number: "05/KL-TTr", issuedDate: "2020-11-10", fileName: "ket-luan.docx" };
