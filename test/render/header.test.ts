/**
 * Issue #2's proof: the Decree 30 header as LibreOffice lays it out (decree30.md §2.1–2.2, §2.7).
 */
import { DocumentModel } from "../../src/core/model";
import { AgencyProfile, EMPTY_PROFILE } from "../../src/core/profile";
import { bodyDefaults, buildBlock, pageSetup } from "../../src/core/templates";
import { writeDocx } from "../../src/ooxml";
import { findLine, renderDocx, RenderedPage } from "../support/render";
import { LIBERATION_SERIF, centreX } from "./geometry";

const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";

const lao: AgencyProfile = {
  ...EMPTY_PROFILE,
  parentAgency: "UBND TỈNH LÀO CAI",
  issuingAgency: "VĂN PHÒNG",
  issuerAbbreviation: "VP",
  place: "Lào Cai",
};

function renderHeader(profile: AgencyProfile, name: string): RenderedPage {
  const options = { kind: "thong-bao-ket-luan" as const, profile, date: { year: 2026, month: 6, day: 5 }, number: 7 };
  const model: DocumentModel = {
    page: pageSetup(profile),
    defaults: bodyDefaults(profile),
    body: [buildBlock("header", options)],
  };
  const rendered = renderDocx(writeDocx(model), name);
  for (const font of rendered.fonts) expect(font).toMatch(LIBERATION_SERIF);
  return rendered.pages[0];
}

/** Two boxes on the same band: their text bottoms (≈ baselines) within a couple of points. */
const expectLevel = (a: { yMax: number }, b: { yMax: number }, tolerance = 2.5) =>
  expect(Math.abs(a.yMax - b.yMax)).toBeLessThan(tolerance);

describe.each([
  ["12 pt national title within the margins", false],
  ["13 pt national title with the header overhanging the left margin", true],
])("header: %s", (label, overhang) => {
  let page: RenderedPage;
  beforeAll(() => {
    page = renderHeader({ ...lao, headerOverhang: overhang }, overhang ? "header-overhang" : "header");
  });

  test("the national title is on ONE line, right of the agency, on the agency's band", () => {
    const title = findLine(page, NATIONAL_TITLE); // throws if it wrapped
    const parent = findLine(page, "UBND TỈNH LÀO CAI");
    expect(parent.xMax).toBeLessThan(title.xMin);
    expectLevel(parent, title, 3);
  });

  test("the issuing agency sits under the parent, level with the motto", () => {
    const parent = findLine(page, "UBND TỈNH LÀO CAI");
    const issuing = findLine(page, "VĂN PHÒNG");
    const motto = findLine(page, MOTTO);
    expect(issuing.yMin).toBeGreaterThan(parent.yMin);
    expectLevel(issuing, motto, 3);
    expect(Math.abs(centreX(issuing) - centreX(parent))).toBeLessThan(2);
  });

  test("the motto is centred under the national title", () => {
    const title = findLine(page, NATIONAL_TITLE);
    const motto = findLine(page, MOTTO);
    expect(motto.yMin).toBeGreaterThan(title.yMin + 5);
    expect(Math.abs(centreX(motto) - centreX(title))).toBeLessThan(2);
  });

  test("'Số:' under the agency and the date line under the motto, level with each other", () => {
    const issuing = findLine(page, "VĂN PHÒNG");
    const motto = findLine(page, MOTTO);
    const number = findLine(page, "Số: 07/TB-VP");
    const date = findLine(page, "Lào Cai, ngày 05 tháng 6 năm 2026");
    expect(number.yMin).toBeGreaterThan(issuing.yMax);
    expect(Math.abs(centreX(number) - centreX(issuing))).toBeLessThan(3);
    expect(date.yMin).toBeGreaterThan(motto.yMax);
    expect(Math.abs(centreX(date) - centreX(motto))).toBeLessThan(3);
    expectLevel(number, date);
    expect(number.xMax).toBeLessThan(date.xMin);
  });
});

test("without a parent agency the issuing agency itself is level with the national title", () => {
  const page = renderHeader({ ...lao, parentAgency: "", issuingAgency: "THANH TRA TỈNH" }, "header-no-parent");
  expectLevel(findLine(page, "THANH TRA TỈNH"), findLine(page, NATIONAL_TITLE), 3);
});

test("the 13 pt national title is wider than the 12 pt one (the overhang option really changes the size)", () => {
  const normal = findLine(renderHeader(lao, "header-12pt"), NATIONAL_TITLE);
  const large = findLine(renderHeader({ ...lao, headerOverhang: true }, "header-13pt"), NATIONAL_TITLE);
  const ratio = (large.xMax - large.xMin) / (normal.xMax - normal.xMin);
  expect(ratio).toBeGreaterThan(1.06);
  expect(ratio).toBeLessThan(1.1);
});
