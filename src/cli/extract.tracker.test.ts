/** `extract` beyond one JSON: text formats, the consolidated tracker over many documents, partial failures. */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import ICAL from "ical.js";
import Papa from "papaparse";
import { strToU8, unzipSync, zipSync } from "fflate";
import { runExtract, type ExtractIo } from "./extract";
import { emptyChecklist, recordScan, serializeChecklist, setDone } from "../core/checklist";
import { extractTasks } from "../core/tasks";
import { readDocx } from "../docx";
import { clockAt } from "../../test/fakes/clock";
import { HOSTILE, docxWith, documentXml } from "../../test/fuzz/hostileDocs";
import { TCVN3_MOTTO, VNI_MOTTO, latin1Bytes, toUtf16, toWindows1258 } from "../../test/fuzz/encodings";
import { COLUMN_KEYS } from "../core/export";
import { FollowUpStatus, STATUS_LABELS, dueDayAsOf } from "../core/followup";
import type { Deadline } from "../core/dates";
import { SUMMARY_LABELS } from "../core/export/summary";

const SOURCE_COL = COLUMN_KEYS.indexOf("source");
const STATUS_COL = COLUMN_KEYS.indexOf("status");

const CORPUS = fs.existsSync("/work/shared/corpus/lao-cai")
  ? "/work/shared/corpus/lao-cai"
  : path.resolve(__dirname, "../../test/fixtures/corpus/lao-cai");
const docx = (name: string) => new Uint8Array(fs.readFileSync(path.join(CORPUS, `${name}.docx`)));
interface LabelTask {
  text: string;
  owner: string | null;
  deadline: { date: string | null; kind: string } | null;
  optional?: boolean;
}
const allLabels = (name: string): LabelTask[] =>
  JSON.parse(fs.readFileSync(path.join(CORPUS, `${name}.json`), "utf8")).tasks;
const labelled = (name: string) => allLabels(name).filter((t) => !t.optional);

/**
 * The exported texts are the labelled tasks: every required one, and otherwise only optional ones (the
 * benchmark neither rewards nor punishes an optional line, so the extractor may list it).
 */
function expectLabelledTexts(exported: string[], ...names: string[]): void {
  const texts = exported.map(norm);
  const required = names.flatMap((n) => labelled(n).map((t) => norm(t.text)));
  const allowed = new Set(names.flatMap((n) => allLabels(n).map((t) => norm(t.text))));
  // A paragraph's later request ("Phát triển … là nhiệm vụ quan trọng. Ủy ban nhân dân tỉnh yêu cầu …") is exported
  // without its background sentence: inside an optional label, as the corpus scorer matches a text contained in one.
  const optional = names.flatMap((n) =>
    allLabels(n)
      .filter((t) => t.optional)
      .map((t) => norm(t.text)),
  );
  const fits = (t: string) => allowed.has(t) || optional.some((o) => o.includes(t));
  expect(texts.filter((t) => !fits(t))).toEqual([]);
  expect(required.filter((t) => !texts.includes(t))).toEqual([]);
  expect(new Set(texts).size).toBe(texts.length);
}

/** Texts compare as the corpus README says: NFC, lower case, punctuation dropped. */
const norm = (s: string): string =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

const TB = "thong-bao-ket-luan-ubnd";
const GM = "giay-moi-hop-ubnd";
const KH = "ke-hoach-thuc-hien-de-an-08";

/** An in-memory file system: paths ending in "/" in `files` are not used; directories are implied by paths. */
function fakeIo(files: Record<string, Uint8Array>, tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, Uint8Array | string> = {};
  const isDirectory = (p: string) => Object.keys(files).some((f) => f.startsWith(p.replace(/\/$/, "") + "/"));
  const io: ExtractIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: (p) => {
      if (!(p in files)) throw new Error("ENOENT");
      return files[p];
    },
    writeFile: (p, data) => void (written[p] = data),
    clock: { today: clockAt("2026-08-01").today, now: () => "2026-08-01T07:00:00Z" },
    isDirectory,
    listDir: (dir) => {
      const prefix = dir.replace(/\/$/, "") + "/";
      return [
        ...new Set(
          Object.keys(files)
            .filter((f) => f.startsWith(prefix))
            .map((f) => f.slice(prefix.length).split("/")[0]),
        ),
      ];
    },
    stderrIsTty: () => tty,
  };
  return { io, out, err, written };
}

async function readSheet(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet(name)!;
  const rows: unknown[][] = [];
  // A formula cell shows its cached value (exceljs reads a cached 0 back as undefined).
  const shown = (v: unknown) =>
    v && typeof v === "object" && "formula" in v ? ((v as { result?: unknown }).result ?? 0) : v;
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(shown)));
  return rows;
}

describe("extract: formats", () => {
  test("xlsx without --out is refused before anything is read", async () => {
    const { io, out, err } = fakeIo({ "a.docx": docx(TB) });
    const readFile = jest.spyOn(io, "readFile");
    expect(await runExtract(["a.docx", "--format", "xlsx"], io)).toBe(2);
    expect(err.join("")).toMatch(/xlsx cần --out.*needs --out/);
    expect(out).toEqual([]);
    expect(readFile).not.toHaveBeenCalled();
  });

  test("an unknown format is refused with the list of formats", async () => {
    const { io, err } = fakeIo({ "a.docx": docx(TB) });
    expect(await runExtract(["a.docx", "--format", "pdf"], io)).toBe(2);
    expect(err.join("")).toMatch(/json, csv, xlsx, ics, md/);
  });

  test("csv goes to stdout: BOM, one row per labelled task in document order, file name as the source", async () => {
    const { io, out, err } = fakeIo({ "docs/tb.docx": docx(TB) });
    expect(await runExtract(["docs/tb.docx", "--format", "csv"], io)).toBe(0);
    const csv = out.join("");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const data = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(data[0][0]).toBe("STT");
    const texts = data.slice(1).map((r) => r[1]);
    expectLabelledTexts(texts, TB);
    // Document order: the labelled tasks keep their order.
    const order = labelled(TB).map((t) => texts.map(norm).indexOf(norm(t.text)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const t of labelled(TB)) expect(data[texts.map(norm).indexOf(norm(t.text)) + 1][2]).toBe(t.owner);
    // A blank issue day earlier than the meeting it concludes (19/6) takes the meeting's day (spec additions of 2026-12).
    for (const r of data.slice(1)) expect(r[SOURCE_COL]).toBe("Số /TB-VP ngày 19/06/2026 (tb.docx)");
    // The blank issue day is a warning: on stderr, since CSV has no place for it.
    expect(err.join("")).toMatch(/tb\.docx: .*để trống ngày/);
  });

  test("ics with --out: the file holds one VTODO per labelled dated task; stdout stays empty", async () => {
    const { io, out, written } = fakeIo({ "tb.docx": docx(TB) });
    expect(await runExtract(["tb.docx", "--format", "ics", "--out", "tb.ics"], io)).toBe(0);
    expect(out).toEqual([]);
    const cal = new ICAL.Component(ICAL.parse(String(written["tb.ics"])));
    const dues = cal.getAllSubcomponents("vtodo").map((t) => t.getFirstPropertyValue("due")!.toString());
    expect(dues).toEqual(labelled(TB).flatMap((t) => (t.deadline?.date ? [t.deadline.date] : [])));
    expect(cal.getAllSubcomponents("vtodo")[0].getFirstPropertyValue("dtstamp")!.toString()).toBe(
      "2026-08-01T07:00:00Z",
    );
  });

  test("md goes to stdout as a checklist", async () => {
    const { io, out } = fakeIo({ "gm.docx": docx(GM) });
    expect(await runExtract(["gm.docx", "--format", "md"], io)).toBe(0);
    const items = out
      .join("")
      .split("\n")
      .filter((l) => l.startsWith("- [ ] "));
    expectLabelledTexts(
      items.map((l) => l.slice(6).split(" — ")[0]),
      GM,
    );
  });
});

describe("extract: a tracker over many documents", () => {
  test("one unreadable file: reported with its reason, the others consolidated, exit 1", async () => {
    const { io, err, written } = fakeIo({
      "in/tb.docx": docx(TB),
      "in/sub/gm.docx": docx(GM),
      "in/sub/~$gm.docx": strToU8("lock"),
      "in/notes.txt": strToU8("- Giao Sở Tài chính rà soát trong tháng 12/2026."),
      "in/hong.docx": zipSync({ "hello.txt": strToU8("hi") }),
    });
    const code = await runExtract(["in", "kh.docx", "--format", "xlsx", "--out", "tracker.xlsx"], io);
    expect(code).toBe(1);
    const stderr = err.join("");
    expect(stderr).toMatch(/in\/hong\.docx: .*\.docx/);
    expect(stderr).toMatch(/không đọc được tệp \/ file not found or unreadable: kh\.docx/);
    expect(stderr).not.toMatch(/~\$gm|notes\.txt/);

    const rows = await readSheet(written["tracker.xlsx"] as Uint8Array, "Nhiệm vụ");
    const data = rows.slice(1);
    const tb = labelled(TB);
    const gm = labelled(GM);
    const from = (file: string) =>
      data.filter((r) => String(r[SOURCE_COL]).endsWith(`(${file})`)).map((r) => String(r[1]));
    expectLabelledTexts(from("in/tb.docx"), TB);
    expectLabelledTexts(from("in/sub/gm.docx"), GM);
    expect(from("in/tb.docx").length + from("in/sub/gm.docx").length).toBe(data.length);
    // By deadline, tasks without one last; STT numbers the sorted list.
    const dates = data.map((r) => (r[4] instanceof Date ? r[4].toISOString().slice(0, 10) : null));
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    // A recurring duty shows (and sorts by) its next repetition as of today, 01/08/2026.
    for (const t of [...tb, ...gm].filter((t) => t.deadline?.date))
      expect(dated).toContain(dueDayAsOf(t.deadline as Deadline, "2026-08-01"));
    expect(data.map((r) => r[0])).toEqual(data.map((_, i) => i + 1));

    const summary = await readSheet(written["tracker.xlsx"] as Uint8Array, "Tổng hợp");
    expect(summary[0]).toEqual(SUMMARY_LABELS);
    const total = SUMMARY_LABELS.length - 1;
    const sct = summary.find((r) => r[0] === "Sở Công Thương")!;
    const sctCount = [...tb, ...gm].filter((t) => t.owner === "Sở Công Thương").length;
    expect(sct[total]).toBe(sctCount);
    expect(summary.slice(1).reduce((s, r) => s + (r[total] as number), 0)).toBe(data.length);
  });

  test("every file read: exit 0; a directory without .docx is an error", async () => {
    const ok = fakeIo({ "a/tb.docx": docx(TB), "b/kh.docx": docx(KH) });
    expect(await runExtract(["a", "b", "--format", "csv"], ok.io)).toBe(0);
    const csv = Papa.parse<string[]>(ok.out.join("").slice(1), { skipEmptyLines: true }).data;
    expectLabelledTexts(
      csv.slice(1).map((r) => r[1]),
      TB,
      KH,
    );
    const empty = fakeIo({ "a/tb.docx": docx(TB), "c/readme.txt": strToU8("x") });
    expect(await runExtract(["a", "c", "--format", "csv"], empty.io)).toBe(1);
    expect(empty.err.join("")).toMatch(/no \.docx in directory: c/);
  });

  test("progress: one line per file when stderr is a log, one redrawn bar on a terminal", async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 1; i <= 6; i++) files[`d/${i}.docx`] = docx(GM);
    const log = fakeIo(files);
    await runExtract(["d", "--format", "csv"], log.io);
    const lines = log.err.join("").split("\n");
    expect(lines).toContain("3/6 d/3.docx");
    expect(lines).toContain("6/6 d/6.docx");
    const tty = fakeIo(files, true);
    await runExtract(["d", "--format", "csv"], tty.io);
    const bar = tty.err.filter((s) => s.startsWith("\r["));
    expect(bar).toHaveLength(6);
    expect(bar[5]).toMatch(/^\r\[█+\] 6\/6 6\.docx/);
    expect(tty.err.join("")).not.toMatch(/^\d+\/6 /m);
    const few = fakeIo({ "a.docx": docx(GM), "b.docx": docx(GM) });
    await runExtract(["a.docx", "b.docx", "--format", "csv"], few.io);
    expect(few.err.join("")).not.toMatch(/\/2 /);
  });

  test("ticks stored in the document by the add-in come out done on time, and in the JSON's checklist", async () => {
    const bytes = docx(TB);
    const tasks = extractTasks(readDocx(bytes), { fallbackDate: "2026-08-01" }).tasks;
    const state = setDone(recordScan(emptyChecklist(), tasks), tasks[1].id, true, "2026-07-01");
    const withPart = zipSync({ ...unzipSync(bytes), "customXml/item1.xml": strToU8(serializeChecklist(state)) });
    const { io, out } = fakeIo({ "tb.docx": withPart });
    expect(await runExtract(["tb.docx", "--format", "csv"], io)).toBe(0);
    const data = Papa.parse<string[]>(out.join("").slice(1), { skipEmptyLines: true }).data.slice(1);
    // Status as of today (01/08/2026): the tick (on 01/07, before its 31/12 deadline), the one past date overdue, a
    // recurring duty by its next quarter, the rest within their deadline or without one.
    const expected = tasks.map((t, i) => {
      if (i === 1) return "Hoàn thành đúng hạn";
      const d = t.deadline;
      if (!d?.date) return "Không có thời hạn";
      return d.kind !== "recurring" && d.date < "2026-08-01" ? "Quá hạn" : "Trong hạn";
    });
    expect(data.map((r) => r[STATUS_COL])).toEqual(expected);
    expect(expected.filter((x) => x === "Quá hạn")).toHaveLength(1); // the labelled "trước ngày 30/7/2026"
    const json = fakeIo({ "tb.docx": withPart });
    await runExtract(["tb.docx"], json.io);
    const parsed = JSON.parse(json.out.join(""));
    expect(parsed.checklist[tasks[1].id]).toEqual({ done: true, doneOn: "2026-07-01", status: "done-on-time" });
    // The JSON's statuses, as of the same day, are the tracker's.
    expect(parsed.asOf).toBe("2026-08-01");
    expect(tasks.map((t) => STATUS_LABELS[parsed.checklist[t.id].status as FollowUpStatus])).toEqual(expected);
  });

  test("ticks kept in the document's settings (Word without custom XML parts) are read too", async () => {
    const bytes = docx(TB);
    const tasks = extractTasks(readDocx(bytes), { fallbackDate: "2026-08-01" }).tasks;
    const state = setDone(recordScan(emptyChecklist(), tasks), tasks[0].id, true);
    // How Word saves an add-in's document settings: a JSON value in an attribute of the web extension part.
    const value = JSON.stringify(serializeChecklist(state))
      .replace(/&/g, "&amp;")
      .replace(/"/g, "&quot;")
      .replace(/</g, "&lt;");
    const part =
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}">' +
      '<we:reference id="6aa7ef22-ecbc-4e85-a324-06ece13ea0d1" version="0.1.0.0" store="developer" storeType="Registry"/>' +
      `<we:properties><we:property name="kl.checklist" value="${value}"/></we:properties></we:webextension>`;
    const withSettings = zipSync({ ...unzipSync(bytes), "word/webextensions/webextension1.xml": strToU8(part) });
    const { io, out } = fakeIo({ "tb.docx": withSettings });
    await runExtract(["tb.docx"], io);
    const parsed = JSON.parse(out.join(""));
    expect(parsed.checklist[tasks[0].id]).toEqual({ done: true, status: "done-on-time" });
  });

  test("json over several documents: one object per file, with its file name", async () => {
    const { io, out } = fakeIo({ "tb.docx": docx(TB), "gm.docx": docx(GM) });
    expect(await runExtract(["tb.docx", "gm.docx"], io)).toBe(0);
    const all = JSON.parse(out.join(""));
    expect(all.map((d: { file: string }) => d.file)).toEqual(["tb.docx", "gm.docx"]);
    expectLabelledTexts(
      all[0].tasks.map((t: { text: string }) => t.text),
      TB,
    );
    expect(all[1].number).toBe("/GM-UBND");
  });
});

describe("extract: hostile and broken inputs (issue 14)", () => {
  test("each broken file is a message naming it, the others are written, exit 1", async () => {
    // A file whose bytes throw when read stands for any failure nobody foresaw.
    const unreadable = new Proxy(new Uint8Array(8), {
      get: (target, key) => {
        if (key === "length") throw new TypeError("I/O error");
        return Reflect.get(target, key);
      },
    });
    const { io, err, written } = fakeIo({
      "in/tb.docx": docx(TB),
      "in/mismatch.docx": docxWith({ "word/document.xml": documentXml("<w:p><w:r></w:p>") }),
      "in/bomb.docx": HOSTILE["zip bomb: document.xml inflating to 400 MB, stated truly"][1](),
      "in/odd.docx": unreadable,
    });
    expect(await runExtract(["in", "--format", "csv", "--out", "tracker.csv"], io)).toBe(1);
    const stderr = err.join("");
    expect(stderr).toMatch(/in\/mismatch\.docx: .*bị hỏng.*word\/document\.xml/);
    expect(stderr).toMatch(/in\/bomb\.docx: .*giới hạn.*limit/);
    expect(stderr).toMatch(/in\/odd\.docx: .*I\/O error/);
    const csv = Papa.parse<string[]>(String(written["tracker.csv"]).slice(1), { skipEmptyLines: true }).data;
    expectLabelledTexts(
      csv.slice(1).map((r) => r[1]),
      TB,
    );
  });

  test("a directory that cannot be listed, or is met again through a link, is a message; the rest is read", async () => {
    const { io, err, out } = fakeIo({
      "in/tb.docx": docx(TB),
      "in/locked/x.docx": docx(GM),
      "in/again/y.docx": docx(GM),
    });
    const listDir = io.listDir!;
    io.listDir = (dir) => {
      if (dir === "in/locked") throw new Error("EACCES: permission denied");
      return listDir(dir);
    };
    // "in/again" is a link back to "in": the same directory, read once.
    io.realPath = (p) => (p === "in/again" ? "/abs/in" : p === "in" ? "/abs/in" : `/abs/${p}`);
    expect(await runExtract(["in", "--format", "csv"], io)).toBe(1);
    const stderr = err.join("");
    expect(stderr).toMatch(/in\/locked: .*EACCES/);
    expect(stderr).toMatch(/in\/again: .*(vòng|loop)/);
    const csv = Papa.parse<string[]>(out.join("").slice(1), { skipEmptyLines: true }).data;
    expectLabelledTexts(
      csv.slice(1).map((r) => r[1]),
      TB,
    );
  });

  test("--out naming an input is refused before anything is read or written", async () => {
    for (const args of [
      ["tb.docx", "--format", "csv", "--out", "tb.docx"],
      ["in", "--format", "csv", "--out=in/tb.docx"],
      ["tb.docx", "--format", "csv", "--out", "./tb.docx"],
    ]) {
      const { io, err, written } = fakeIo({ "tb.docx": docx(TB), "in/tb.docx": docx(TB) });
      expect(await runExtract(args, io)).toBe(2);
      expect(err.join("")).toMatch(/--out.*tb\.docx/);
      expect(written).toEqual({});
    }
  });

  test("-- ends the options: a file name that starts with dashes is read as a file", async () => {
    const { io, out } = fakeIo({ "--tb.docx": docx(TB) });
    expect(await runExtract(["--format", "csv", "--", "--tb.docx"], io)).toBe(0);
    expect(out.join("")).toContain("--tb.docx");
  });

  test("a stored checklist of the wrong shape: the tasks export, ticks that read are kept, a warning names the file", async () => {
    const bytes = docx(TB);
    const tasks = extractTasks(readDocx(bytes), { fallbackDate: "2026-08-01" }).tasks;
    const state = setDone(recordScan(emptyChecklist(), tasks), tasks[0].id, true);
    const hostile = serializeChecklist(state).replace('"manual":[]', '"manual":[{},null]');
    const withPart = zipSync({ ...unzipSync(bytes), "customXml/item1.xml": strToU8(hostile) });
    const { io, out, err } = fakeIo({ "tb.docx": withPart });
    expect(await runExtract(["tb.docx", "--format", "csv"], io)).toBe(0);
    expect(err.join("")).toMatch(/tb\.docx: .*manual\[0\], manual\[1\]/);
    const data = Papa.parse<string[]>(out.join("").slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(data).toHaveLength(tasks.length);
    expect(data[0][STATUS_COL]).toBe("Hoàn thành đúng hạn"); // a tick without its day counts as on time
  });
});

describe("extract: .txt files not in UTF-8 (issue 14)", () => {
  const SEED = path.resolve(
    __dirname,
    "../../test/fixtures/corpus/seed/ket-luan-giao-ban-thanh-tra-tay-ninh-2020-11.plain.txt",
  );
  const text = fs.readFileSync(SEED, "utf8");
  const tasksOf = async (bytes: Uint8Array) => {
    const { io, out, err } = fakeIo({ "kl.txt": bytes });
    const code = await runExtract(["kl.txt"], io);
    return { code, tasks: code === 0 ? JSON.parse(out.join("")).tasks : [], stderr: err.join("") };
  };

  test.each([
    ["Windows-1258", () => toWindows1258(text)],
    ["UTF-16LE without a byte-order mark", () => toUtf16(text, "le")],
    ["UTF-16BE without a byte-order mark", () => toUtf16(text, "be")],
  ])("%s is decoded, with a warning naming the encoding, and gives the UTF-8 file's tasks", async (name, bytes) => {
    const utf8 = await tasksOf(new TextEncoder().encode(text));
    expect(utf8.tasks.length).toBeGreaterThan(3);
    const legacy = await tasksOf(bytes());
    expect(legacy.code).toBe(0);
    expect(legacy.tasks).toEqual(utf8.tasks);
    expect(legacy.stderr).toContain(`kl.txt: `);
    expect(legacy.stderr).toContain(name.split(" ")[0]);
  });

  test.each([
    ["TCVN3", latin1Bytes(`${TCVN3_MOTTO}\n- Giao c¸c phßng rµ so¸t kÕ ho¹ch.`)],
    ["VNI", latin1Bytes(`${VNI_MOTTO}\n- Giao caùc phoøng raø soaùt keá hoaïch.`)],
  ])("raw %s bytes are refused with a message naming the encoding and the fix", async (name, bytes) => {
    const { code, stderr } = await tasksOf(bytes);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`kl\\.txt: .*${name}.*Unikey`));
  });

  test("an old Word .doc, by its name or only by its content, is asked to be saved as .docx, not read as text", async () => {
    const doc = new Uint8Array(2048);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const name of ["bien-ban.doc", "kl.txt"]) {
      const { io, err } = fakeIo({ [name]: doc });
      expect(await runExtract([name], io)).toBe(1);
      expect(err.join("")).toMatch(new RegExp(`${name.replace(".", "\\.")}: .*\\(\\.doc\\).*\\.docx`));
    }
  });

  test("bytes in no encoding it knows are refused, asking for UTF-8", async () => {
    const { code, stderr } = await tasksOf(
      Uint8Array.from([0x47, 0x69, 0x61, 0x6f, 0x20, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x20, 0x78]),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/kl\.txt: .*UTF-8/);
  });
});
