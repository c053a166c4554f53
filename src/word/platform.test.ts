import { installOfficeWord, uninstallOfficeWord } from "../../test/fakes/officeWord";
import { hostCanDownload } from "./platform";

afterEach(uninstallOfficeWord);

test.each([
  ["PC", true],
  ["OfficeOnline", true],
  ["Mac", false],
  ["iOS", false],
])("Office on %s can download files: %s", (platform, expected) => {
  const host = installOfficeWord();
  host.platform = platform as never;
  expect(hostCanDownload()).toBe(expected);
});

test("outside Office (tests, a plain browser) downloads are allowed", () => {
  expect(hostCanDownload()).toBe(true);
});
