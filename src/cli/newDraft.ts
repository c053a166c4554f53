/**
 * `cli new`: write a draft .docx of one kind from an agency profile (the JSON the pane exports).
 */
import { parseProfileJson } from "../core/profile";
import { singleSectionBlocks } from "../core/model";
import {
  DRAFT_KINDS,
  DraftOptions,
  draftDocument,
  draftNotes,
  isDraftKind,
  isSecrecy,
  isUrgency,
  parseIsoDate,
  SECRECIES,
  URGENCIES,
  validateDocumentNumber,
} from "../core/templates";
import { insertablePackageOf, writeDocx } from "../ooxml";
import { toIso } from "../core/dates";
import { CliIo, parseFlags } from "./io";

const KINDS = DRAFT_KINDS.map((k) => k.id).join(", ");
const USAGE =
  "Cách dùng / usage: cli new --out draft.docx --profile profile.json [--kind <loại>] [--date YYYY-MM-DD] " +
  `[--date-unknown-day] [--number N] [--subject "…"] [--to "…"]… [--held-by issuer|parent] ` +
  `[--urgency "KHẨN"] [--secrecy "MẬT"] [--appendix "…"]… [--package P.xml]\n` +
  `  --kind: ${KINDS} (mặc định / default ket-luan-giao-ban)\n` +
  '  --to: "Kính gửi", một lần mỗi nơi / once per recipient (cong-van, bao-cao)\n' +
  "  --held-by parent: cuộc họp do cơ quan chủ quản tổ chức / the parent body held the meeting\n" +
  `  --urgency: ${URGENCIES.join(", ")}; --secrecy: ${SECRECIES.join(", ")}\n` +
  "  --appendix: một phụ lục mỗi lần, tên phụ lục hoặc để trống / one appendix each, its title or nothing\n" +
  "  --package: cũng ghi gói OOXML mà nút Tạo bản thảo mới chèn vào Word / also write the package the pane inserts";

/**
 * Every value of a repeatable flag, in order: `--to A --to B` → [A, B]. With `bare`, the flag without a value
 * counts too, as "" (`--appendix` alone: an appendix whose title the clerk types later).
 */
function repeated(args: string[], name: string, bare = false): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== `--${name}`) continue;
    const next = args[i + 1];
    if (next !== undefined && !next.startsWith("--")) values.push(args[++i].normalize("NFC"));
    else if (bare) values.push("");
  }
  return values;
}

export function runNew(args: string[], io: CliIo): number {
  const flags = parseFlags(args);
  const fail = (message: string, code = 2): number => {
    io.stderr(`${message}\n`);
    return code;
  };

  const out = flags.get("out");
  if (!out || out === "true") return fail(`Thiếu --out / missing --out.\n${USAGE}`);

  const packagePath = flags.get("package");
  if (packagePath === "true") return fail(`Thiếu tên tệp sau --package / missing file name after --package.\n${USAGE}`);

  const kind = flags.get("kind") ?? "ket-luan-giao-ban";
  if (!isDraftKind(kind))
    return fail(`Loại văn bản không hợp lệ / unknown kind: "${kind}". Các loại / kinds: ${KINDS}`);

  const profilePath = flags.get("profile");
  if (!profilePath || profilePath === "true") return fail(`Thiếu --profile / missing --profile.\n${USAGE}`);
  let profileText: string;
  try {
    profileText = io.readText(profilePath);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`Không đọc được hồ sơ / cannot read profile ${profilePath}: ${detail}`);
  }
  const parsed = parseProfileJson(profileText);
  if (parsed.error) return fail(`${parsed.error.message} / ${parsed.error.messageEn} (${profilePath})`);
  for (const issue of parsed.issues) {
    const label = issue.severity === "error" ? "Lỗi / error" : "Cảnh báo / warning";
    io.stderr(`${label} [${issue.field}]: ${issue.message} / ${issue.messageEn}\n`);
  }
  if (parsed.issues.some((i) => i.severity === "error"))
    return fail(`Hồ sơ không hợp lệ / invalid profile: ${profilePath}`);

  const date = parseIsoDate(flags.get("date") ?? toIso(io.clock.today()), flags.get("date-unknown-day") === "true");
  if (!date.ok) return fail(`${date.message} / ${date.messageEn}`);

  const numberFlag = flags.get("number");
  const number = validateDocumentNumber(numberFlag === undefined ? null : Number(numberFlag));
  if (!number.ok) return fail(`${number.message} / ${number.messageEn}`);

  const mark = (name: string) => flags.get(name)?.normalize("NFC").trim().toLocaleUpperCase("vi");
  const urgency = mark("urgency");
  if (urgency !== undefined && !isUrgency(urgency))
    return fail(`--urgency: ${URGENCIES.join(", ")} (không phải / not "${urgency}")`);
  const secrecy = mark("secrecy");
  if (secrecy !== undefined && !isSecrecy(secrecy))
    return fail(`--secrecy: ${SECRECIES.join(", ")} (không phải / not "${secrecy}")`);

  const heldBy = flags.get("held-by") ?? "issuer";
  if (heldBy !== "issuer" && heldBy !== "parent")
    return fail(`--held-by phải là issuer hoặc parent / --held-by must be issuer or parent: "${heldBy}"`);

  const subject = flags.get("subject");
  const options: DraftOptions = {
    kind,
    profile: parsed.profile,
    date: date.value,
    number: number.value,
    ...(subject !== undefined && subject !== "true" && { subject }),
    heldBy,
    addressees: repeated(args, "to"),
    urgency,
    secrecy,
    appendices: repeated(args, "appendix", true),
  };
  for (const note of draftNotes(options)) io.stderr(`Lưu ý / note: ${note.message} / ${note.messageEn}\n`);
  const model = draftDocument(options);
  io.writeFile(out, writeDocx(model));
  io.stderr(`Đã ghi / written: ${out}\n`);
  if (packagePath !== undefined) {
    // The very package officeWordGateway.insertBlocks hands to insertOoxml for "Tạo bản thảo mới".
    io.writeFile(packagePath, insertablePackageOf(singleSectionBlocks(model)));
    io.stderr(`Đã ghi / written: ${packagePath}\n`);
  }
  return 0;
}
