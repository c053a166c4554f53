/**
 * Evidence: the rules that decided a task, each a short code with the phrase of the text it matched, and the
 * confidence they add up to. Codes under REVIEW_CODES make a task "review" ("Cần xem lại" in the pane).
 */

export interface Evidence {
  code: EvidenceCode;
  phrase: string;
}

/** Each code with what it means for the clerk, in Vietnamese. */
export const EVIDENCE_LABELS = {
  // Why it is a task.
  "table-row": "Dòng của bảng nhiệm vụ",
  "field-line": "Có dòng đơn vị chủ trì hoặc thời hạn riêng",
  "task-section": "Nằm trong mục nhiệm vụ",
  "lead-in": "Thuộc danh sách do câu dẫn giao",
  "agency-heading": "Nằm dưới tiêu đề cơ quan thực hiện",
  assignment: "Câu giao việc",
  "later-request": "Câu sau của đoạn giao việc",
  subject: "Nêu cơ quan và việc phải làm",
  duty: "Nêu trách nhiệm",
  "work-verb": "Mở đầu bằng việc phải làm",
  "schedule-day": "Dòng lịch ghi ngày thực hiện",
  "send-in": "Yêu cầu gửi văn bản, báo cáo",
  // Who owns it.
  "owner-field": "Chủ trì ghi ở dòng riêng",
  "owner-row": "Chủ trì ghi trong bảng",
  "owner-explicit": "Chủ trì được giao rõ",
  "owner-subject": "Chủ trì là chủ ngữ của câu",
  "owner-topic": "Chủ trì nêu sau cụm chủ đề",
  "owner-heading": "Chủ trì theo tiêu đề mục",
  "owner-lead": "Chủ trì theo câu dẫn",
  "owner-footer": "Chủ trì ghi cuối nhóm",
  "owner-organisation": "Chủ trì theo phân công ở mục Tổ chức thực hiện",
  "owner-plan": "Chủ trì suy từ mục Tổ chức thực hiện",
  // When it is due.
  "deadline-own": "Thời hạn nêu trong câu",
  "deadline-field": "Thời hạn ghi ở dòng riêng",
  "deadline-inherited": "Thời hạn theo mục hoặc câu dẫn",
  "deadline-meeting": "Thời hạn theo giờ họp",
  urgent: "Yêu cầu khẩn trương",
  // Why it needs a second look.
  "weak-evidence": "Chưa thấy lời giao việc rõ ràng",
  "past-or-finding": "Câu có dấu hiệu việc đã làm hoặc nhận định",
  "deadline-choice": "Có nhiều mốc thời gian, đã chọn mốc sớm nhất",
} as const;

export type EvidenceCode = keyof typeof EVIDENCE_LABELS;

/** Codes that make a task "review". */
const REVIEW_CODES: ReadonlySet<EvidenceCode> = new Set([
  "weak-evidence",
  "past-or-finding",
  "owner-plan",
  "deadline-choice",
]);

export function confidenceOf(evidence: readonly Evidence[]): "high" | "review" {
  return evidence.some((e) => REVIEW_CODES.has(e.code)) ? "review" : "high";
}

/** A phrase short enough for a row of the pane: the first words, cut at a word. */
export function excerpt(s: string, max = 80): string {
  const t = s.trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(" ", max);
  return t.slice(0, cut > max / 2 ? cut : max) + "…";
}

export function evidence(code: EvidenceCode, phrase: string): Evidence {
  return { code, phrase: excerpt(phrase) };
}
