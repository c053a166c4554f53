/**
 * Every kind of draft through the CLI's code path (`cli new --kind …`), rendered by LibreOffice:
 * header parts, title, signature band, A4 page and margins, fonts (decree30.md §1, §2).
 */
import { runNew } from "../../src/cli/newDraft";
import { CliIo } from "../../src/cli/io";
import { DRAFT_KINDS } from "../../src/core/templates";
import { Rendered, findLine, renderDocx } from "../support/render";
import { A4_PT, CONTENT_CENTRE, CONTENT_LEFT, CONTENT_RIGHT, LIBERATION_SERIF, MARGINS_PT, centreX } from "./geometry";
import { clockAt } from "../fakes/clock";

const PROFILE = JSON.stringify({
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  place: "Tây Ninh",
  signerAuthority: "KT.",
  headTitle: "CHÁNH THANH TRA",
  signerTitle: "PHÓ CHÁNH THANH TRA",
  signerName: "Trần Thị B",
  recipients: ["LĐ Thanh tra tỉnh", "Tất cả CC"],
  archive: "VT, HS",
  unitAbbreviation: "NV",
});

/** Runs the CLI command in memory and returns the .docx it wrote. */
function cliNew(args: string[]): { code: number; bytes?: Uint8Array; stderr: string } {
  let bytes: Uint8Array | undefined;
  let stderr = "";
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
    readText: (path) => {
      if (path === "profile.json") return PROFILE;
      throw new Error(`ENOENT: ${path}`);
    },
    readFile: () => new Uint8Array(),
    writeFile: (_path, data) => (bytes = typeof data === "string" ? new TextEncoder().encode(data) : data),
    clock: clockAt("2020-11-10"),
  };
  const code = runNew(args, io);
  return { code, bytes, stderr };
}

const TYPE_NAMES: Record<string, string | null> = {
  "ket-luan-giao-ban": "KẾT LUẬN",
  "thong-bao-ket-luan": "THÔNG BÁO",
  "ket-luan-thanh-tra": "KẾT LUẬN THANH TRA",
  "bao-cao": "BÁO CÁO",
  "ke-hoach": "KẾ HOẠCH",
  "cong-van": null,
  "bien-ban": "BIÊN BẢN",
};

const SYMBOLS: Record<string, string> = {
  "ket-luan-giao-ban": "Số: 05/KL-TTr",
  "thong-bao-ket-luan": "Số: 05/TB-TTr",
  "ket-luan-thanh-tra": "Số: 05/KL-TTr",
  "bao-cao": "Số: 05/BC-TTr",
  "ke-hoach": "Số: 05/KH-TTr",
  "cong-van": "Số: 05/TTr-NV",
  "bien-ban": "Số: 05/BB-TTr",
};

describe.each(DRAFT_KINDS.map((k) => k.id))("%s", (kind) => {
  let rendered: Rendered;
  beforeAll(() => {
    const args = [
      "--kind",
      kind,
      "--profile",
      "profile.json",
      "--date",
      "2020-11-10",
      "--number",
      "5",
      "--out",
      "x.docx",
    ];
    if (kind === "cong-van") args.push("--subject", "đôn đốc thực hiện kết luận");
    const result = cliNew(args);
    expect(result.code).toBe(0);
    rendered = renderDocx(result.bytes!, `kind-${kind}`);
  });
  const page = () => rendered.pages[0];

  test("A4 portrait page, Liberation Serif only", () => {
    expect(page().widthPt).toBeCloseTo(A4_PT.width, 0);
    expect(page().heightPt).toBeCloseTo(A4_PT.height, 0);
    expect(rendered.fonts.length).toBeGreaterThan(0);
    for (const font of rendered.fonts) expect(font).toMatch(LIBERATION_SERIF);
  });

  test("text stays inside the 30/20/20 mm margins and fills the body width", () => {
    // A draft that runs onto a second page has that page's number in the top margin, where it belongs.
    const lines = rendered.pages.flatMap((p, i) =>
      i === 0 ? p.lines : p.lines.filter((l) => l.text !== String(i + 1)),
    );
    const left = Math.min(...lines.map((l) => l.xMin));
    const right = Math.max(...lines.map((l) => l.xMax));
    const top = Math.min(...lines.map((l) => l.yMin));
    const bottom = Math.max(...lines.map((l) => l.yMax));
    expect(left).toBeGreaterThanOrEqual(CONTENT_LEFT - 0.5);
    expect(left).toBeLessThan(CONTENT_LEFT + 8); // body lines start at the margin, signature cells 5.4 pt in
    expect(right).toBeLessThanOrEqual(CONTENT_RIGHT + 0.5);
    expect(top).toBeGreaterThanOrEqual(MARGINS_PT.top - 0.5);
    expect(top).toBeLessThan(MARGINS_PT.top + 6);
    expect(bottom).toBeLessThanOrEqual(A4_PT.height - MARGINS_PT.bottom);
  });

  test("header: agency left of the national title, number under the agency", () => {
    const agency = findLine(page(), "THANH TRA TỈNH");
    const title = findLine(page(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const number = findLine(page(), SYMBOLS[kind]);
    expect(agency.xMax).toBeLessThan(title.xMin);
    expect(number.yMin).toBeGreaterThan(agency.yMax);
    expect(Math.abs(centreX(number) - centreX(agency))).toBeLessThan(3);
  });

  if (kind === "bien-ban") {
    test("biên bản: no date line under the header; the date is in the body ('Hôm nay, …')", () => {
      const number = findLine(page(), SYMBOLS[kind]);
      const dateLines = page().lines.filter((l) => l.text.startsWith("Tây Ninh, ngày"));
      expect(dateLines).toEqual([]);
      const today = findLine(page(), "Hôm nay, vào lúc");
      expect(today.yMin).toBeGreaterThan(number.yMax);
      expect(today.text).toContain("ngày 10 tháng 11 năm 2020");
    });
  } else {
    test("the date line is level with the number", () => {
      const number = findLine(page(), SYMBOLS[kind]);
      const date = findLine(page(), "Tây Ninh, ngày 10 tháng 11 năm 2020");
      expect(Math.abs(number.yMax - date.yMax)).toBeLessThan(2.5);
    });
  }

  const typeName = TYPE_NAMES[kind];
  if (typeName) {
    test(`title "${typeName}" centred on the page below the header`, () => {
      const title = findLine(page(), typeName);
      const number = findLine(page(), SYMBOLS[kind]);
      expect(title.yMin).toBeGreaterThan(number.yMax + 6);
      expect(Math.abs(centreX(title) - CONTENT_CENTRE)).toBeLessThan(3);
    });
  } else {
    test("công văn: 'V/v …' centred under the number, no type name, then 'Kính gửi:'", () => {
      const number = findLine(page(), SYMBOLS[kind]);
      const subject = findLine(page(), "V/v đôn đốc thực hiện kết luận");
      expect(subject.yMin).toBeGreaterThan(number.yMax - 1);
      expect(Math.abs(centreX(subject) - centreX(number))).toBeLessThan(3);
      expect(subject.yMax - subject.yMin).toBeLessThan(number.yMax - number.yMin); // 12 pt under 13 pt
      expect(findLine(page(), "Kính gửi:").yMin).toBeGreaterThan(subject.yMax);
    });
  }

  if (kind === "bien-ban") {
    test("biên bản: THƯ KÝ signs left, CHỦ TỌA right, on one band; Nơi nhận below", () => {
      const clerk = findLine(page(), "THƯ KÝ");
      const chair = findLine(page(), "CHỦ TỌA");
      expect(clerk.xMax).toBeLessThan(CONTENT_CENTRE);
      expect(chair.xMin).toBeGreaterThan(CONTENT_CENTRE);
      expect(Math.abs(clerk.yMax - chair.yMax)).toBeLessThan(1);
      expect(findLine(page(), "Nơi nhận:").yMin).toBeGreaterThan(clerk.yMax);
    });
  } else {
    test("'Nơi nhận:' bottom left, level with the authority line bottom right; name under the title", () => {
      const lines = rendered.pages.flatMap((p) => p.lines);
      const find = (needle: string) => {
        const found = lines.filter((l) => l.text.replace(/\s+/g, "").includes(needle.replace(/\s+/g, "")));
        expect(found).toHaveLength(1);
        return found[0];
      };
      const recipients = find("Nơi nhận:");
      const authority = find("KT. CHÁNH THANH TRA");
      const title = find("PHÓ CHÁNH THANH TRA");
      const name = find("Trần Thị B");
      expect(recipients.xMin).toBeLessThan(CONTENT_LEFT + 8);
      expect(authority.xMin).toBeGreaterThan(CONTENT_CENTRE);
      expect(Math.abs(recipients.yMax - authority.yMax)).toBeLessThan(2);
      expect(Math.abs(centreX(title) - centreX(authority))).toBeLessThan(2);
      expect(Math.abs(centreX(name) - centreX(authority))).toBeLessThan(2);
      // Room to sign: at least three 14 pt lines between the title and the name.
      expect(name.yMin - title.yMax).toBeGreaterThan(3 * 14);
      expect(find("- Lưu: VT, HS.").yMin).toBeGreaterThan(recipients.yMin + 10);
      if (kind === "cong-van") expect(find("- Như trên;").yMin).toBeGreaterThan(recipients.yMin + 10);
    });
  }
});

describe("CLI errors", () => {
  test.each([
    [["--kind", "to-trinh", "--profile", "profile.json", "--out", "x.docx"], /Loại văn bản không hợp lệ/],
    [["--profile", "missing.json", "--out", "x.docx"], /Không đọc được hồ sơ/],
    [["--profile", "profile.json", "--date", "2021-02-29", "--out", "x.docx"], /không tồn tại/],
    [["--profile", "profile.json", "--date", "2020-13-01", "--out", "x.docx"], /tháng phải từ 1 đến 12/],
    [["--profile", "profile.json", "--number", "0", "--out", "x.docx"], /Số văn bản/],
    [["--profile", "profile.json"], /Thiếu --out/],
    [["--profile", "profile.json", "--out", "x.docx", "--package"], /Thiếu tên tệp sau --package/],
  ])("%j fails with a clear message", (args, message) => {
    const result = cliNew(args);
    expect(result.code).not.toBe(0);
    expect(result.bytes).toBeUndefined();
    expect(result.stderr).toMatch(message);
  });
});
