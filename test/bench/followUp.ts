/**
 * Follow-up documents at scale: the progress report and the reminder letters for 1,000 tasks of 50 owners (a year
 * of a province's conclusions), built and written as .docx the way the pane and the CLI do. Figures, not pass/fail;
 * the report's time is also given per 100 tasks so runs on different machines compare. `npx tsx test/bench/followUp.ts`.
 */
import { performance } from "node:perf_hooks";
import type { ExportRow } from "../../src/core/export";
import { progressReportDocument, reminderLetters } from "../../src/core/templates";
import { writeDocx } from "../../src/ooxml";
import { TAY_NINH } from "../fakes/profiles";

export interface FollowUpReport {
  tasks: number;
  reportMs: number;
  reportKb: number;
  letters: number;
  lettersMs: number;
}

function rows(count: number): ExportRow[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String((i % 12) + 1).padStart(2, "0");
    return {
      task: {
        id: `t${i}`,
        text: `Nhiệm vụ số ${i + 1}: rà soát, tổng hợp và báo cáo kết quả thực hiện các nội dung được giao tại kết luận.`,
        owner: `Phòng Nghiệp vụ ${(i % 50) + 1}`,
        coOwners: i % 3 ? [] : ["Văn phòng"],
        deadline: { raw: `${day}/${month}/2026`, date: `2026-${month}-${day}`, kind: "by" as const },
        urgent: false,
        section: null,
        paragraphIndex: i,
      },
      done: i % 4 === 0,
      ...(i % 4 === 0 ? { doneOn: `2026-${month}-${day}` } : {}),
      source: { number: `${(i % 20) + 1}/KL-TTr`, issuedDate: "2026-01-05", kind: "Kết luận" },
    };
  });
}

export function measureFollowUp(count = 1000): FollowUpReport {
  const input = rows(count);
  const options = { profile: TAY_NINH, asOf: "2026-07-01" };
  let start = performance.now();
  const report = writeDocx(progressReportDocument(input, options));
  const reportMs = performance.now() - start;
  start = performance.now();
  const { letters } = reminderLetters(input, options);
  for (const letter of letters) writeDocx(letter.model);
  const lettersMs = performance.now() - start;
  return { tasks: count, reportMs, reportKb: report.length / 1024, letters: letters.length, lettersMs };
}

if (require.main === module) console.log(JSON.stringify(measureFollowUp()));
