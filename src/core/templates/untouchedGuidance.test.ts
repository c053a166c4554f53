import { readDocx } from "../../docx";
import { writeDocx } from "../../ooxml";
import { EMPTY_PROFILE } from "../profile";
import { extractTasks } from "../tasks";
import { DRAFT_KINDS } from "./kinds";
import { draftDocument } from "./draft";
import { withoutUntouchedGuidance } from "./untouchedGuidance";

const profile = { ...EMPTY_PROFILE, issuingAgency: "SỞ CÔNG THƯƠNG", issuerAbbreviation: "SCT", place: "Lào Cai" };
const date = { year: 2026, month: 6, day: 5 };
const scan = (lines: string[]) =>
  extractTasks(withoutUntouchedGuidance({ paragraphs: lines.map((text) => ({ text })) }), {
    fallbackDate: "2026-06-05",
  });

describe("a fresh draft's grey guidance is not read as tasks", () => {
  it.each(DRAFT_KINDS.map((k) => k.id))("%s", (kind) => {
    const doc = readDocx(writeDocx(draftDocument({ kind, profile, date, number: null })));
    const before = extractTasks(doc, { fallbackDate: "2026-06-05" }).tasks.length;
    const tasks = extractTasks(withoutUntouchedGuidance(doc), { fallbackDate: "2026-06-05" }).tasks;
    // Only the scaffold's own fixed follow-up line (thông báo kết luận: the office "theo dõi, đôn đốc") may remain.
    expect(tasks.every((t) => t.text.startsWith("Theo dõi, đôn đốc"))).toBe(true);
    expect(tasks.length).toBeLessThanOrEqual(before);
    // Paragraph positions are kept: blanked, not removed.
    expect(withoutUntouchedGuidance(doc).paragraphs).toHaveLength(doc.paragraphs.length);
  });

  it("reads what the clerk typed over the guidance", () => {
    const { tasks } = scan([
      "3. Một số nhiệm vụ trọng tâm tháng 12",
      "- Mỗi nhiệm vụ một dòng: đơn vị thực hiện, việc cần làm và thời hạn (ví dụ: chậm nhất ngày 13/11).",
      "- Phòng Nghiệp vụ 1 rà soát hồ sơ, chậm nhất ngày 20/6/2026.",
    ]);
    expect(tasks.map((t) => t.owner)).toEqual(["Phòng Nghiệp vụ 1"]);
  });
});
