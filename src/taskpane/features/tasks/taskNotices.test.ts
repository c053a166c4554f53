import { en } from "../../i18n/en";
import { vi } from "../../i18n/strings";
import { warningText } from "./taskNotices";

describe("scan warnings in the pane's language", () => {
  const impossible = {
    code: "issue-date-impossible" as const,
    message: 'Ngày ban hành không có thật: "ngày 31 tháng 02 năm 2026". Hãy kiểm tra lại dòng địa danh, ngày tháng.',
  };

  it("says an impossible issue date in English with the date as written", () => {
    expect(warningText(impossible, "en", en)).toBe(
      "The issue date does not exist: ngày 31 tháng 02 năm 2026. Check the place-and-date line.",
    );
  });

  it("keeps the extractor's own Vietnamese sentence in Vietnamese", () => {
    expect(warningText(impossible, "vi", vi)).toBe(impossible.message);
  });
});
