/**
 * The Decree 30 check: places the elements, runs every rule, and returns the findings. Pure: the same layout gives
 * the same report in the pane and in the CLI.
 */
import type { DocumentLayout } from "./layout";
import { place } from "./place";
import { Rule, findingsOf } from "./kit";
import type { CheckReport, Finding } from "./types";
import { TYPOGRAPHY_RULES } from "./rules/typography";
import { PAGE_RULES } from "./rules/page";
import { FONT_RULES } from "./rules/font";
import { HEADER_RULES } from "./rules/header";
import { CONTENT_RULES } from "./rules/content";

/** Every rule, in the order the report lists areas. */
export const RULES: Rule[] = [...PAGE_RULES, ...FONT_RULES, ...HEADER_RULES, ...CONTENT_RULES, ...TYPOGRAPHY_RULES];

const D = "Nghị định 30/2020/NĐ-CP";

/** Notices about the document as a whole; they are rules too, so they have an id, a clause and messages. */
export const DOCUMENT_RULES = {
  unplaced: {
    id: "document.not-administrative",
    clause: `${D}, Điều 8`,
    severity: "warning",
    area: "document",
    message:
      "Không nhận ra văn bản hành chính theo Nghị định 30 (không thấy Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” ở đầu văn bản), nên không kiểm tra thể thức.",
    messageEn:
      "Not recognised as a Decree 30 administrative document (no national title “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” at the top), so the layout was not checked.",
    check: () => [],
  },
  party: {
    id: "document.party",
    clause: "Hướng dẫn 36-HD/VPTW (văn bản của Đảng)",
    severity: "warning",
    area: "document",
    message:
      "Đây là văn bản của Đảng (“ĐẢNG CỘNG SẢN VIỆT NAM”): thể thức theo hướng dẫn của Văn phòng Trung ương Đảng, không kiểm tra theo Nghị định 30.",
    messageEn:
      "This is a Party document (“ĐẢNG CỘNG SẢN VIỆT NAM”): its layout follows the Party's own guide, not Decree 30, so it was not checked.",
    check: () => [],
  },
  signed: {
    id: "document.signed",
    clause: `${D}, Điều 8 và Phụ lục I, Mục II.8`,
    severity: "warning",
    area: "document",
    message: "Văn bản đã ký số: chỉ kiểm tra, không sửa (mọi thay đổi làm mất hiệu lực chữ ký số).",
    messageEn:
      "The document carries a digital signature: findings only, no fixes (any change would void the signature).",
    check: () => [],
  },
} satisfies Record<string, Rule>;

const documentFinding = (rule: Rule): Finding => ({
  rule: rule.id,
  severity: rule.severity,
  area: rule.area,
  clause: rule.clause,
  message: rule.message,
  messageEn: rule.messageEn,
  where: { block: "document", part: "body" },
  fixable: false,
});

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

export function checkLayout(layout: DocumentLayout): CheckReport {
  const auditOnly = layout.signed;
  const placement = place(layout);
  const notices = auditOnly ? [documentFinding(DOCUMENT_RULES.signed)] : [];
  if (placement.kind !== "administrative") {
    const rule = placement.kind === "party" ? DOCUMENT_RULES.party : DOCUMENT_RULES.unplaced;
    return { findings: [...notices, documentFinding(rule)], placed: placement.kind, auditOnly };
  }
  const ctx = { layout, place: placement };
  const findings = RULES.flatMap((rule) => findingsOf(rule, rule.check(ctx), auditOnly));
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { findings: [...notices, ...findings], placed: "administrative", auditOnly };
}
