/**
 * `cli new`: write a draft .docx of one kind from an agency profile (the JSON the pane exports).
 */
import { parseProfileJson } from "../core/profile";
import { DRAFT_KINDS, draftDocument, isDraftKind, parseIsoDate, validateDocumentNumber } from "../core/templates";
import { insertablePackageOf, writeDocx } from "../ooxml";
import { toIso } from "../core/dates";
import { CliIo, parseFlags } from "./io";

const KINDS = DRAFT_KINDS.map((k) => k.id).join(", ");
const USAGE =
  "Cách dùng / usage: cli new --out draft.docx --profile profile.json [--kind <loại>] [--date YYYY-MM-DD] " +
  `[--date-unknown-day] [--number N] [--subject "…"] [--package P.xml]\n  --kind: ${KINDS} (mặc định / default ket-luan-giao-ban)\n` +
  "  --package: cũng ghi gói OOXML mà nút Tạo bản thảo mới chèn vào Word / also write the package the pane inserts";

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

  const subject = flags.get("subject");
  const model = draftDocument({
    kind,
    profile: parsed.profile,
    date: date.value,
    number: number.value,
    ...(subject !== undefined && subject !== "true" && { subject }),
  });
  io.writeFile(out, writeDocx(model));
  io.stderr(`Đã ghi / written: ${out}\n`);
  if (packagePath !== undefined) {
    // The very package officeWordGateway.insertBlocks hands to insertOoxml for "Tạo bản thảo mới".
    io.writeFile(packagePath, insertablePackageOf(model.body));
    io.stderr(`Đã ghi / written: ${packagePath}\n`);
  }
  return 0;
}
