/**
 * A conclusion as a clerk has been following it: the Lào Cai Thông báo kết luận (labelled corpus) with a checklist
 * stored in it the way the add-in stores it (custom XML part): ticks with their days, a note, deadlines the clerk
 * set. As of 01/08/2026 it has tasks done on time and late, overdue, due soon, within the deadline and undated,
 * for four owners. Plus an in-memory CLI io that keeps what the commands write.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { editTask, emptyChecklist, recordScan, serializeChecklist, setDone, setNote } from "../../src/core/checklist";
import { extractTasks, type Task } from "../../src/core/tasks";
import { readDocx } from "../../src/docx";
import type { CliIo } from "../../src/cli/io";
import { clockAt } from "../fakes/clock";
import { CORPUS_DIR } from "../export/fixtures";

export const AS_OF = "2026-08-01";

export const PROFILE_JSON = JSON.stringify({
  parentAgency: "UBND TỈNH LÀO CAI",
  issuingAgency: "VĂN PHÒNG",
  issuerAbbreviation: "VP",
  place: "Lào Cai",
  signerAuthority: "KT.",
  headTitle: "CHÁNH VĂN PHÒNG",
  signerTitle: "PHÓ CHÁNH VĂN PHÒNG",
  signerName: "Nguyễn Văn An",
  recipients: ["Chủ tịch, các PCT UBND tỉnh (b/c)", "Lãnh đạo Văn phòng"],
  archive: "VT, TH",
  unitAbbreviation: "TH",
});

const by = (date: string) => ({ raw: `trước ngày ${date}`, date, kind: "by" as const });

export interface FollowedDocument {
  bytes: Uint8Array;
  tasks: Task[];
}

/** The notice with its stored checklist (see the file's comment for what the clerk did). */
export function followedNotice(): FollowedDocument {
  const original = new Uint8Array(readFileSync(join(CORPUS_DIR, "thong-bao-ket-luan-ubnd.docx")));
  const tasks = extractTasks(readDocx(original), { fallbackDate: AS_OF }).tasks;
  const id = (owner: string, n = 0) => tasks.filter((t) => t.owner === owner)[n].id;
  let state = recordScan(emptyChecklist(), tasks);
  // Sở Công Thương: its 31/12/2026 task done on 15/07 with a note; another due on 02/08 (due soon).
  const sctDated = tasks.find((t) => t.owner === "Sở Công Thương" && t.deadline?.date === "2026-12-31")!.id;
  state = setNote(setDone(state, sctDated, true, "2026-07-15"), sctDated, "Đã có Văn bản số 88/SCT-QLCN");
  state = editTask(state, id("Sở Công Thương"), { deadline: by("2026-08-02") });
  // Sở Tài chính: due on 03/08 (due soon). Sở Xây dựng: due 20/07, done 25/07 (late).
  state = editTask(state, id("Sở Tài chính"), { deadline: by("2026-08-03") });
  state = setDone(
    editTask(state, id("Sở Xây dựng"), { deadline: by("2026-07-20") }),
    id("Sở Xây dựng"),
    true,
    "2026-07-25",
  );
  // Sở Nông nghiệp và Môi trường: due 25/07, not done (overdue).
  state = editTask(state, id("Sở Nông nghiệp và Môi trường"), { deadline: by("2026-07-25") });
  const bytes = zipSync({ ...unzipSync(original), "customXml/item1.xml": strToU8(serializeChecklist(state)) });
  return { bytes, tasks };
}

/** A CLI io over in-memory files, on AS_OF; `written` keeps every file written by path. */
export function memoryIo(files: Record<string, Uint8Array | string>) {
  const written: Record<string, Uint8Array> = {};
  const err: string[] = [];
  const dirs = new Set<string>();
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (s) => void err.push(s),
    readText: (p) => {
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT: ${p}`);
      return typeof f === "string" ? f : new TextDecoder().decode(f);
    },
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT: ${p}`);
      return typeof f === "string" ? strToU8(f) : f;
    },
    writeFile: (p, data) => void (written[p] = typeof data === "string" ? strToU8(data) : data),
    clock: clockAt(AS_OF),
    isDirectory: (p) => dirs.has(p),
    listDir: () => [],
    makeDirectory: (p) => void dirs.add(p),
  };
  return { io, written, err, dirs };
}
