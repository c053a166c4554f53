/**
 * Issue 17, points 1, 2 and 5: names inside sentences as Decree 30 Phụ lục II writes them, the body that held the
 * meeting when a unit issues for its parent, and the Kết luận thanh tra's head and closing, as LibreOffice prints them.
 */
import { Rendered } from "../support/render";
import { flowText, renderNew } from "./draftCli";
import { MARGINS_PT } from "./geometry";

const base = { place: "Tây Ninh", signerTitle: "GIÁM ĐỐC", signerName: "Nguyễn Văn An", archive: "VT, VP" };

describe("names keep their capitals inside sentences (point 1)", () => {
  test.each([
    [
      "ket-luan-giao-ban",
      {
        parentAgency: "UBND TỈNH TÂY NINH",
        issuingAgency: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        issuerAbbreviation: "SNNMT",
      },
      "Sở Nông nghiệp và Môi trường họp giao ban",
    ],
    [
      "bao-cao",
      {
        parentAgency: "UBND TỈNH TÂY NINH",
        issuingAgency: "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH",
        issuerAbbreviation: "BQLDA",
      },
      "Ban Quản lý dự án đầu tư xây dựng tỉnh báo cáo",
    ],
    [
      "ke-hoach",
      { parentAgency: "", issuingAgency: "ỦY BAN NHÂN DÂN TỈNH TÂY NINH", issuerAbbreviation: "UBND" },
      "Ủy ban nhân dân tỉnh Tây Ninh ban hành Kế hoạch",
    ],
    [
      "bao-cao",
      {
        parentAgency: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        issuingAgency: "TRƯỜNG TRUNG HỌC PHỔ THÔNG CHU VĂN AN",
        issuerAbbreviation: "THPTCVA",
      },
      "Trường Trung học phổ thông Chu Văn An báo cáo",
    ],
  ])("%s of %j prints “%s”", (kind, names, expected) => {
    const rendered = renderNew({ ...base, ...names }, ["--kind", kind], `names-${kind}-${names.issuerAbbreviation}`);
    expect(flowText(rendered)).toContain(expected);
  });

  test("the clerk's correction in the profile is what the sentence prints", () => {
    const rendered = renderNew(
      {
        ...base,
        parentAgency: "UBND TỈNH TÂY NINH",
        issuingAgency: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        issuerAbbreviation: "SNNMT",
        sentenceNames: { issuingAgency: "Sở NN&MT" },
      },
      ["--kind", "ket-luan-giao-ban"],
      "names-corrected",
    );
    expect(flowText(rendered)).toContain("Sở NN&MT họp giao ban");
  });
});

describe("a unit issuing for its parent (point 2)", () => {
  const laoCai = {
    ...base,
    parentAgency: "UBND TỈNH LÀO CAI",
    issuingAgency: "VĂN PHÒNG",
    issuerAbbreviation: "VP",
    place: "Lào Cai",
    signerTitle: "CHÁNH VĂN PHÒNG",
  };

  test("the parent held the meeting; the office gives notice in its full name", () => {
    const text = flowText(renderNew(laoCai, ["--kind", "thong-bao-ket-luan", "--held-by", "parent"], "parent-held"));
    expect(text).toContain("Ủy ban nhân dân tỉnh Lào Cai tổ chức cuộc họp");
    expect(text).toContain("Văn phòng Ủy ban nhân dân tỉnh thông báo");
    expect(text).not.toMatch(/Văn phòng tổ chức|Văn phòng thông báo/);
  });

  test("by default the issuer held it, named with its parent", () => {
    const text = flowText(renderNew(laoCai, ["--kind", "ket-luan-giao-ban"], "issuer-held"));
    expect(text).toContain("Văn phòng Ủy ban nhân dân tỉnh họp giao ban");
  });
});

describe("Kết luận thanh tra (point 5)", () => {
  let rendered: Rendered;
  beforeAll(() => {
    rendered = renderNew(
      {
        ...base,
        parentAgency: "UBND TỈNH TÂY NINH",
        issuingAgency: "THANH TRA TỈNH",
        issuerAbbreviation: "TTr",
        signerAuthority: "KT.",
        headTitle: "CHÁNH THANH TRA",
        signerTitle: "PHÓ CHÁNH THANH TRA",
      },
      ["--kind", "ket-luan-thanh-tra"],
      "kltt-head",
    );
  });

  test("the head's title from the profile concludes", () => {
    expect(flowText(rendered)).toContain("Chánh Thanh tra tỉnh kết luận như sau:");
    expect(flowText(rendered)).not.toContain("Chánh thanh tra kết luận");
  });

  test("a closing sentence ending './.' is the last line of the body, above Nơi nhận", () => {
    const at = rendered.pages.findIndex((p) => p.lines.some((l) => l.text.startsWith("Nơi nhận:")));
    const recipients = rendered.pages[at].lines.find((l) => l.text.startsWith("Nơi nhận:"))!;
    // Body lines in reading order: below the page-number header, before the signature band.
    const above = rendered.pages
      .slice(0, at + 1)
      .flatMap((p, i) =>
        p.lines
          .filter((l) => l.yMin > MARGINS_PT.top - 1 && (i < at || l.yMax < recipients.yMin - 2))
          .sort((a, b) => a.yMax - b.yMax),
      );
    expect(above[above.length - 1].text.trim()).toMatch(/thực hiện Kết luận này\.\/\.$/);
    expect(flowText(rendered)).toMatch(/Trên đây là Kết luận thanh tra/);
  });
});
