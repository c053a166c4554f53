/**
 * `cli new`: write a draft .docx from an agency profile.
 */
import { DocumentModel } from "../core/model";
import { AgencyProfile, EMPTY_PROFILE } from "../core/profile";
import { bodyDefaults, headerBlock, pageSetup } from "../core/templates";
import { writeDocx } from "../ooxml";
import { CliIo, parseFlags } from "./io";

const USAGE = "Cách dùng / usage: cli new --out draft.docx [--profile profile.json] [--date YYYY-MM-DD] [--number N]";

export function runNew(args: string[], io: CliIo): number {
  const flags = parseFlags(args);
  const out = flags.get("out");
  if (!out) {
    io.stderr(`Thiếu --out. ${USAGE}\n`);
    return 2;
  }
  const profile: AgencyProfile = flags.has("profile")
    ? { ...EMPTY_PROFILE, ...(JSON.parse(io.readText(flags.get("profile")!)) as Partial<AgencyProfile>) }
    : EMPTY_PROFILE;
  const iso = flags.get("date") ?? io.today();
  const [year, month, day] = iso.split("-").map(Number);
  const numberFlag = flags.get("number");

  const model: DocumentModel = {
    page: pageSetup(profile),
    defaults: bodyDefaults(profile),
    body: [
      headerBlock({
        profile,
        typeAbbreviation: "KL",
        number: numberFlag ? Number(numberFlag) : null,
        date: { year, month, day },
      }),
    ],
  };
  io.writeFile(out, writeDocx(model));
  io.stderr(`Đã ghi ${out}\n`);
  return 0;
}
