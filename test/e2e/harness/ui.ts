/**
 * How the tests find things in the pane: by role and by the label a clerk sees, taken from the pane's own
 * string table so a new button needs one line here, not a new selector. Add helpers as the pane grows.
 */
import { Locator, Page } from "playwright-core";
import { Strings, en, vi } from "../../../src/taskpane/i18n/strings";

export { en, vi };
export type { Strings };

export interface Profile {
  parentAgency: string;
  issuingAgency: string;
  issuerAbbreviation: string;
  place: string;
}

export const TAY_NINH: Profile = {
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "Thanh tra tỉnh",
  issuerAbbreviation: "TTr",
  place: "Tây Ninh",
};

/** playwright-core has no web-first assertions: wait for the state instead (a timeout fails the test). */
export const selected = (locator: Locator): Locator => locator.and(locator.page().locator('[aria-selected="true"]'));

export function ui(page: Page, strings: Strings = vi) {
  const tab = (name: string): Locator => page.getByRole("tab", { name, exact: true });
  const button = (name: string): Locator => page.getByRole("button", { name, exact: true });
  return {
    strings,
    tab,
    button,
    tabs: page.getByRole("tab"),
    status: page.getByRole("status"),
    textbox: (name: string): Locator => page.getByRole("textbox", { name, exact: true }),
    language: page.getByRole("combobox", { name: strings.language }),
    taskRows: page.getByRole("listitem"),
    taskRow: (text: string): Locator => page.getByRole("listitem", { name: text, exact: true }),
    doneBox: (text: string): Locator =>
      page.getByRole("checkbox", { name: strings.markDone.replace("{task}", text.slice(0, 60)), exact: true }),
    async open(name: string) {
      await tab(name).click();
      await selected(tab(name)).waitFor();
    },
  };
}

/** Fills the Cài đặt tab and saves; the pane keeps the profile in localStorage. */
export async function setUpProfile(page: Page, profile: Profile = TAY_NINH): Promise<void> {
  const pane = ui(page);
  await pane.open(vi.tabSettings);
  for (const field of ["parentAgency", "issuingAgency", "issuerAbbreviation", "place"] as const) {
    await pane.textbox(vi[field]).fill(profile[field]);
  }
  await pane.button(vi.save).click();
  await pane.status.filter({ hasText: vi.saved }).waitFor();
}

/** Opens Nhiệm vụ, presses Quét tài liệu (or Quét lại) and waits for "N nhiệm vụ"; returns N. */
export async function scanDocument(page: Page): Promise<number> {
  const pane = ui(page);
  await pane.open(vi.tabTasks);
  await pane.button(vi.scan).or(pane.button(vi.rescan)).click();
  const count = pane.status.filter({ hasText: /^\d+ nhiệm vụ$/ });
  await count.waitFor();
  return Number((await count.innerText()).split(" ")[0]);
}

/** Picks a language from the "Ngôn ngữ"/"Language" menu, whether it is a native select or a Fluent Dropdown. */
export async function chooseLanguage(page: Page, from: Strings, optionLabel: string): Promise<void> {
  const menu = ui(page, from).language;
  if ((await menu.evaluate((el) => el.tagName)) === "SELECT") {
    await menu.selectOption({ label: optionLabel });
  } else {
    await menu.click();
    await page.getByRole("option", { name: optionLabel }).click();
  }
}
