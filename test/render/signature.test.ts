/**
 * Issue 17, point 9: room for the signature and seal from the profile (default 5 lines, Lào Cai leaves 7), the
 * drafter's mark in capitals as the Decree's "PL.(300)", and the number level with the date on one baseline.
 */
import { DRAFT_KINDS } from "../../src/core/templates";
import { Line, Rendered } from "../support/render";
import { allLines, renderNew } from "./draftCli";
import { CONTENT_CENTRE } from "./geometry";
import { baselineOf } from "./vector";

const profile = {
  parentAgency: "UBND TỈNH LÀO CAI",
  issuingAgency: "SỞ CÔNG THƯƠNG",
  issuerAbbreviation: "SCT",
  unitAbbreviation: "QLTM",
  place: "Lào Cai",
  signerAuthority: "KT.",
  headTitle: "GIÁM ĐỐC",
  signerTitle: "PHÓ GIÁM ĐỐC",
  signerName: "Hoàng Văn Bình",
  recipients: ["UBND tỉnh (b/c)", "Các phòng thuộc Sở"],
  archive: "VT, QLTM",
  drafterInitials: "pl",
  copies: "300",
};

const line = (rendered: Rendered, text: string): Line => {
  const found = allLines(rendered).filter((l) => l.text === text);
  if (found.length !== 1)
    throw new Error(
      `${found.length} × "${text}":\n${allLines(rendered)
        .map((l) => l.text)
        .join("\n")}`,
    );
  return found[0];
};

/** A 14 pt line of Liberation Serif takes 1.15 em: what an empty line adds. */
const EMPTY_LINE_PT = 14 * 1.15;

describe("room to sign", () => {
  test.each([
    [undefined, 5],
    [7, 7],
  ])("signatureLines %p leaves %d empty lines between the title and the name", (signatureLines, lines) => {
    const rendered = renderNew(
      { ...profile, ...(signatureLines !== undefined && { signatureLines }) },
      ["--kind", "ke-hoach"],
      `signature-room-${lines}`,
    );
    const title = line(rendered, "PHÓ GIÁM ĐỐC");
    const name = line(rendered, "Hoàng Văn Bình");
    const gap = name.yMin - title.yMax;
    expect(gap).toBeGreaterThan((lines - 0.5) * EMPTY_LINE_PT);
    expect(gap).toBeLessThan((lines + 0.5) * EMPTY_LINE_PT);
  });
});

test("the drafter's mark and copies in capitals, as 'PL.(300)', last in Nơi nhận, 11 pt", () => {
  const rendered = renderNew(profile, ["--kind", "ke-hoach"], "drafter-mark");
  const mark = line(rendered, "PL.(300)");
  const archive = line(rendered, "- Lưu: VT, QLTM.");
  expect(mark.yMin).toBeGreaterThan(archive.yMin);
  expect(mark.xMax).toBeLessThan(CONTENT_CENTRE);
  expect(Math.abs(mark.yMax - mark.yMin - (archive.yMax - archive.yMin))).toBeLessThan(0.2); // same 11 pt
});

describe.each(DRAFT_KINDS.filter((k) => k.id !== "bien-ban").map((k) => k.id))("%s", (kind) => {
  test("'Số:' (13 pt) and the date (14 pt) share one baseline", () => {
    const rendered = renderNew(profile, ["--kind", kind, "--number", "12", "--subject", "x"], `baseline-${kind}`);
    const number = allLines(rendered).find((l) => l.text.startsWith("Số: 12/"))!;
    const date = allLines(rendered).find((l) => l.text.startsWith("Lào Cai, ngày"))!;
    expect(Math.abs(baselineOf(number) - baselineOf(date))).toBeLessThan(0.3);
  });
});
