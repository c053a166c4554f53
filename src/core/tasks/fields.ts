/**
 * Field lines: "- Đơn vị chủ trì: X", "- Cơ quan phối hợp: Y, Z", "- Thời gian hoàn thành: Quý II/2026",
 * "+ Thời hạn ban hành: …" (named by the act that ends the item), "Đơn vị chủ trì: X; Đơn vị phối hợp: Y" (spec
 * additions of 2026-12 and owner rule 6). A field line is never a task; it gives the item above it (or the group of
 * items before it) its owner, co-owners or deadline.
 */

import { readOwner, startsWithOwnerHead } from "./bodies";
import { startsWithVerb } from "./verbs";

export type FieldKind = "owner" | "co" | "time" | "content" | "description" | "product" | "leader" | "detail";

export interface Field {
  kind: FieldKind;
  /** The label as written ("Đơn vị chủ trì thực hiện"), for the evidence. */
  label: string;
  value: string;
}

/** Labels, each with the kind of value it announces. Order matters: the first that matches at a position wins. */
const LABELS: [FieldKind, string][] = [
  ["co", "(?:đơn vị|cơ quan|bộ phận)?\\s*phối hợp(?: thực hiện)?(?:\\s*\\([^)]{0,30}\\))?"],
  [
    "owner",
    "(?:(?:đơn vị|cơ quan|bộ phận)\\s+)?(?:chủ trì(?:,? phối hợp)?(?: tham mưu)?(?:,? thực hiện)?|thực hiện|chịu trách nhiệm(?: thực hiện)?|phụ trách|tham mưu(?: thực hiện)?)(?:\\s*\\([^)]{0,30}\\))?|trách nhiệm thực hiện|phân công thực hiện",
  ],
  [
    "time",
    "(?:thời gian|thời hạn|tiến độ)(?:\\s+(?:hoàn thành|thực hiện(?: và hoàn thành)?|triển khai|ban hành|trình|phê duyệt))?(?:\\s*\\([^)]{0,30}\\))?" +
      // "Thời gian dự thi: Từ ngày … đến ngày …", "Thời gian treo cờ: Từ …": the time of the work the lead asks for,
      // when its value is a time ("Thời gian tổ chức phong trào: Phong trào … được triển khai từ …" tells how long a
      // campaign runs, and is no due day). Which work is checked in parseFields (activityTime).
      "|thời gian [^:;.]{2,40}?(?=\\s*:\\s*(?:từ|trước|chậm nhất|hạn chót|đến|trong|vào|ngày|tháng|quý|năm|hằng|hàng|sáng|chiều|lúc|\\d))",
  ],
  ["content", "(?:tên |nội dung )?nhiệm vụ"],
  ["description", "nội dung(?: thực hiện| chính| cụ thể)?|mục tiêu"],
  [
    "product",
    "sản phẩm(?: đầu ra| dự kiến)?|kết quả(?: đầu ra| dự kiến)?|hình thức(?: văn bản)?|kinh phí|nguồn kinh phí",
  ],
  ["leader", "lãnh đạo (?:phụ trách|chỉ đạo)"],
  // "2. Đối tượng dự thi: …", "3. Thể lệ và quy định của cuộc thi: …": what the work the lead asks for is about, not work.
  [
    "detail",
    "(?:đối tượng|địa điểm|thành phần|cách thức|thể lệ|cơ cấu giải(?: thưởng)?|giải thưởng)(?: [^:;.]{1,40})?",
  ],
];
const RX_LABEL = new RegExp(`^(?:${LABELS.map(([, l]) => `(${l})`).join("|")})\\s*:\\s*`, "iu");
/** Where a second field starts inside the same line: "…; Đơn vị phối hợp: …". */
const RX_NEXT_LABEL = new RegExp(
  `[;.]\\s+(?=(?:${LABELS.filter(([k]) => k !== "content" && k !== "description")
    .map(([, l]) => l)
    .join("|")})\\s*:)`,
  "giu",
);

/**
 * "Thời gian thực hiện sau khi …", "Thời gian hoàn thành trước ngày …", "Thời gian góp ý đến hết ngày …", "Thời gian
 * tiếp nhận hồ sơ chậm nhất đến hết ngày …", "Thời hạn chậm nhất 05 ngày làm việc kể từ …": a time field written without
 * its colon.
 */
const RX_TIME_NO_COLON =
  /^((?:thời gian|thời hạn)\s+(?:thực hiện|hoàn thành|góp ý|lấy ý kiến|đăng ký|(?:nộp|gửi|nhận|tiếp nhận) (?:hồ sơ|báo cáo|ý kiến|văn bản))|thời hạn(?=\s+(?:trước|chậm nhất)\s))\s+((?:trước|trong|sau|khi|từ|chậm nhất|đến|vào|hằng|hàng|định kỳ|quý|tháng|năm|theo|ngay|thường xuyên|liên tục)\s.+)$/iu;

/**
 * "- Địa điểm: …", "2. Đối tượng dự thi: …": a line of details only says what the work is about. It stays a line of the
 * outline (it anchors nothing) and is never a task.
 */
export function onlyDetails(fields: readonly Field[]): boolean {
  return fields.every((f) => f.kind === "detail");
}

export function isDetailLine(body: string): boolean {
  const fields = parseFields(body.trim());
  return fields !== null && onlyDetails(fields);
}

/**
 * "Vật phẩm ủng hộ: Quần áo …", "Thời gian đăng ký: Các công đoàn bộ phận đăng ký …": a short label (six words at most)
 * that is neither a body nor work, then what it labels. The match's length is where that starts.
 */
const RX_SHORT_LABEL = /^([^:;.,]{2,40}):\s+(?=\S)/u;
export function shortLabel(body: string): RegExpExecArray | null {
  const m = RX_SHORT_LABEL.exec(body) ?? RX_REPORT_LABEL.exec(body);
  if (!m || m[1].split(" ").length > 6) return null;
  return RX_REPORT_BY_PERIOD.test(m[1]) || !(startsWithOwnerHead(m[1]) || startsWithVerb(m[1])) ? m : null;
}

/** The same label with a comma in its period ("Báo cáo 6 tháng, cả năm:"), which RX_SHORT_LABEL leaves out. */
const RX_REPORT_LABEL = /^(báo\s+cáo\s+[^:;.]{1,30}):\s+(?=\S)/iu;
/** "Báo cáo tháng:", "Báo cáo 6 tháng, cả năm:", "Báo cáo định kỳ hằng quý:": a report named by its period, not work. */
const RX_REPORT_BY_PERIOD =
  /^báo\s+cáo\s+(?:\d+\s+tháng|tháng|quý|quí|năm|cả\s+năm|tuần|định\s+kỳ|hằng|hàng|sơ\s+kết|tổng\s+kết)(?=[\s,]|$)/iu;

export function isLabelLine(body: string): boolean {
  return shortLabel(body.trim()) !== null;
}

/** The owner and co-owner labels, each alone on its line: "2. Cơ quan chủ trì, phối hợp", "a) Cơ quan chủ trì". */
const RX_BARE_FIELD = new RegExp(`^(?:(${LABELS[0][1]})|(${LABELS[1][1]}))\\s*:?$`, "iu");
/** A bare label names who: "Thực hiện", "Trách nhiệm thực hiện" or "Chủ trì, phối hợp" alone head sections of work. */
const RX_FIELD_WHO = /(?:cơ quan|đơn vị|bộ phận)\s+(?:chủ trì|phối hợp)|^chủ trì thực hiện/iu;

/**
 * "2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia." / "b) Cơ quan phối hợp" / "- …":
 * a label on its own line whose values are the marked lines under it (outline.ts fills it). Null for any other line.
 */
export function bareLabel(body: string): Field | null {
  const label = body.trim();
  const m = RX_BARE_FIELD.exec(label);
  if (!m || !RX_FIELD_WHO.test(label)) return null;
  return { kind: m[1] ? "co" : "owner", label: label.replace(/\s*:$/, ""), value: "" };
}

/** The fields of a line, or null when the line does not open with a field label. */
export function parseFields(body: string): Field[] | null {
  const fields = readFields(body);
  if (!fields || fields.length !== 1 || fields[0].kind !== "time") return fields;
  // "a, Thời gian đăng ký: Các công đoàn bộ phận đăng ký danh sách … trước ngày 10/04": a body and its work after the
  // label make the line a sentence with its own owner, not a time for the item above.
  return readOwner(fields[0].value, 0)?.verb || !activityTime(fields[0].label) ? null : fields;
}

/** The words after "Thời gian" in a time label: the usual ones ("hoàn thành", "thực hiện" …), or a work. */
const RX_TIME_QUALIFIER =
  /^(?:thời gian|thời hạn|tiến độ)(?:\s*$|\s+(?:hoàn thành|thực hiện|triển khai|ban hành|trình|phê duyệt|dự thi|diễn ra|dự kiến|đào tạo|tập huấn|lấy ý kiến|góp ý|ủng hộ|(?:nộp|gửi|nhận) (?:bài|hồ sơ|báo cáo|sản phẩm|ý kiến))|\s*\()/iu;
function activityTime(label: string): boolean {
  if (RX_TIME_QUALIFIER.test(label)) return true;
  const qualifier = label.replace(/^thời gian\s+/iu, "");
  return qualifier !== label && startsWithVerb(qualifier);
}

function readFields(body: string): Field[] | null {
  const bare = RX_LABEL.test(body) ? null : RX_TIME_NO_COLON.exec(body);
  if (bare) return [{ kind: "time", label: bare[1], value: bare[2].trim().replace(/[.;,]+$/, "") }];
  if (!RX_LABEL.test(body)) return null;
  const fields: Field[] = [];
  const parts: string[] = [];
  let from = 0;
  RX_NEXT_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RX_NEXT_LABEL.exec(body))) {
    parts.push(body.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(body.slice(from));
  for (const part of parts) {
    const l = RX_LABEL.exec(part);
    if (!l) continue;
    const k = l.slice(1).findIndex((g) => g !== undefined);
    const value = part
      .slice(l[0].length)
      .trim()
      .replace(/[.;,]+$/, "");
    fields.push({ kind: LABELS[k][0], label: l[0].replace(/\s*:\s*$/, ""), value });
  }
  return fields;
}
