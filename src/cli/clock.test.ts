import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clockFromEnvironment } from "./clock";
import { systemClock } from "../word/clock";

describe("the CLI's clock", () => {
  test("KL_TODAY stops it on that day", () => {
    const clock = clockFromEnvironment("2028-02-29");
    expect(clock.today()).toEqual({ year: 2028, month: 2, day: 29 });
    expect(clock.now()).toBe("2028-02-29T00:00:00Z");
  });

  test("without KL_TODAY it is the computer's clock", () => {
    expect(clockFromEnvironment(undefined)).toBe(systemClock);
    expect(clockFromEnvironment("")).toBe(systemClock);
  });

  test.each(["2027-02-29", "29/02/2028", "tomorrow"])("KL_TODAY=%s is refused with the value named", (value) => {
    expect(() => clockFromEnvironment(value)).toThrow(`KL_TODAY="${value}"`);
  });

  test("a document with no issue date falls back to KL_TODAY, and says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "kl-clock-"));
    const file = join(dir, "no-date.txt");
    writeFileSync(file, "Giao Sở Tài chính rà soát kinh phí trong tháng sau.\n");
    const out = execFileSync("npx", ["tsx", "src/cli/main.ts", "extract", file, "--format", "json"], {
      env: { ...process.env, KL_TODAY: "2031-01-15" },
      encoding: "utf8",
    });
    const result = JSON.parse(out) as {
      tasks: { deadline: { date: string } | null }[];
      warnings: { message: string }[];
    };
    expect(result.tasks[0].deadline?.date).toBe("2031-02-28");
    expect(result.warnings.map((w) => w.message).join(" ")).toContain("2031-01-15");
  }, 30_000);
});
