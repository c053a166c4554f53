import { TAY_NINH } from "../../../../test/fakes/profiles";
import { buildBlock, parseIsoDate } from "../../../core/templates";
import { headerText } from "./confirmation";

const header = (number: number | null, iso: string, dayUnknown = false) => {
  const date = parseIsoDate(iso, dayUnknown);
  if (!date.ok) throw new Error(date.message);
  return buildBlock("header", { kind: "thong-bao-ket-luan", profile: TAY_NINH, date: date.value, number });
};

describe("the header's text, to confirm an insert", () => {
  it("says the number and the date as the document writes them", () => {
    expect(headerText(header(12, "2026-12-05"))).toEqual({
      number: "Số 12/TB-TTr",
      date: "ngày 05 tháng 12 năm 2026",
    });
  });

  it("shows a draft's blank number and an unknown day as gaps", () => {
    expect(headerText(header(null, "2026-12-05", true))).toEqual({
      number: "Số …/TB-TTr",
      date: "ngày … tháng 12 năm 2026",
    });
  });

  it("has nothing to say about a block that is not a header", () => {
    const date = parseIsoDate("2026-12-05", false);
    if (!date.ok) throw new Error(date.message);
    expect(
      headerText(buildBlock("title", { kind: "thong-bao-ket-luan", profile: TAY_NINH, date: date.value, number: 1 })),
    ).toBeNull();
  });
});
