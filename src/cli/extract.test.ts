import * as fs from "node:fs";
import * as path from "node:path";
import { zipSync, strToU8 } from "fflate";
import { runExtract, ExtractIo } from "./extract";
import { clockAt } from "../../test/fakes/clock";

const FIX = path.resolve(__dirname, "../../test/fixtures/corpus/lao-cai");

function fakeIo(files: Record<string, Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ExtractIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: (p) => {
      if (!(p in files)) throw new Error("ENOENT");
      return files[p];
    },
    clock: clockAt("2026-06-20"),
  };
  return { io, out, err };
}

describe("runExtract", () => {
  test("lao-cai giấy mời .docx end to end: the labelled tasks, owners and deadlines", async () => {
    const name = "giay-moi-hop-ubnd";
    const label = JSON.parse(fs.readFileSync(path.join(FIX, name + ".json"), "utf8"));
    const { io, out, err } = fakeIo({ "a.docx": new Uint8Array(fs.readFileSync(path.join(FIX, name + ".docx"))) });
    expect(await runExtract(["a.docx", "--format", "json"], io)).toBe(0);
    expect(err).toEqual([]);
    const result = JSON.parse(out.join(""));
    expect(Object.keys(result)).toEqual(["issuedDate", "tasks", "warnings"]);
    expect(result.issuedDate).toBe(label.issuedDate);
    const wanted = label.tasks.filter((t: { optional?: boolean }) => !t.optional);
    expect(result.tasks).toHaveLength(wanted.length);
    wanted.forEach((lt: { text: string; owner: string; deadline: { date: string; time?: string } }, k: number) => {
      const t = result.tasks[k];
      expect(t.text).toBe(lt.text);
      expect(t.owner).toBe(lt.owner);
      expect(t.deadline.date).toBe(lt.deadline.date);
      expect(t.deadline.time).toBe(lt.deadline.time);
      expect(Object.keys(t)).toEqual([
        "id",
        "text",
        "owner",
        "coOwners",
        "deadline",
        "urgent",
        "section",
        "paragraphIndex",
        "confidence",
        "evidence",
      ]);
    });
  });

  test("kế hoạch .docx: the empty report form tables give no tasks, the labelled count is reached", async () => {
    const name = "ke-hoach-thuc-hien-de-an-08";
    const label = JSON.parse(fs.readFileSync(path.join(FIX, name + ".json"), "utf8"));
    const { io, out } = fakeIo({ "k.docx": new Uint8Array(fs.readFileSync(path.join(FIX, name + ".docx"))) });
    expect(await runExtract(["k.docx"], io)).toBe(0);
    const result = JSON.parse(out.join(""));
    expect(result.tasks.length).toBe(label.tasks.filter((t: { optional?: boolean }) => !t.optional).length);
  });

  test(".txt one paragraph per line, --date used when no issue date", async () => {
    const { io, out } = fakeIo({ "x.txt": strToU8("II. NHIỆM VỤ\n- Giao Sở Tài chính rà soát trong tuần sau.\n") });
    expect(await runExtract(["x.txt", "--date", "2020-11-10"], io)).toBe(0);
    const r = JSON.parse(out.join(""));
    expect(r.issuedDate).toBeNull();
    expect(r.tasks[0].deadline.date).toBe("2020-11-22");
    expect(r.warnings[0].message).toMatch(/--date/);
  });

  test("errors: missing file, zip that is not a .docx, empty document, bad date", async () => {
    const notDocx = zipSync({ "hello.txt": strToU8("hi") });
    const empty = zipSync({
      "word/document.xml": strToU8(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>',
      ),
    });
    const cases: [string[], RegExp][] = [
      [["missing.docx"], /Không tìm thấy.*file not found/],
      [["z.docx"], /không phải tệp \.docx|không phải \.docx/i],
      [["e.docx"], /Tài liệu trống.*empty/],
      [["x.txt", "--date", "2021-02-31"], /Ngày không hợp lệ/],
      [[], /Thiếu tên tệp/],
    ];
    for (const [args, rx] of cases) {
      const { io, out, err } = fakeIo({ "z.docx": notDocx, "e.docx": empty, "x.txt": strToU8("a") });
      expect(await runExtract(args, io)).not.toBe(0);
      expect(out).toEqual([]);
      expect(err.join("")).toMatch(rx);
    }
  });
});
