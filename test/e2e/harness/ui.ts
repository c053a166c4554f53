/**
 * How the tests find things in the pane: by role and by the label a clerk sees, taken from the pane's own
 * string table so a new button needs one line here, not a new selector. Add helpers as the pane grows.
 */
import { Locator, Page } from "playwright-core";
import { Strings, vi } from "../../../src/taskpane/i18n/strings";
import { en } from "../../../src/taskpane/i18n/en";

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
    /** The toasts at the bottom of the pane (a live region). */
    toaster: page.locator("[data-toaster]"),
    /** A section that opens on demand (a disclosure button, in Cài đặt or Nhiệm vụ); opens it if closed. */
    async section(title: string) {
      const toggle = page.getByRole("button", { name: title, exact: true });
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
      return page.locator("section", { has: toggle });
    },
    /** Picks an action from a task row's ⋯ menu. */
    async rowAction(text: string, action: string) {
      await page
        .getByRole("listitem", { name: text, exact: true })
        .getByRole("button", { name: strings.rowActions.replace("{task}", text.slice(0, 60)), exact: true })
        .click();
      await page.getByRole("menuitem", { name: action, exact: true }).click();
    },
    /** Opens a tab and waits until its content has loaded (a tab's code comes in its own chunk). */
    async open(name: string) {
      await tab(name).click();
      await selected(tab(name)).waitFor();
      const panel = page.locator('[role="tabpanel"]:not([hidden])');
      await panel.getByText(new RegExp(`^(${vi.loading}|${en.loading})$`)).waitFor({ state: "detached" });
    },
  };
}

/** "17 nhiệm vụ", or "3/17 nhiệm vụ" while a filter is on: the count line after a scan. */
export const COUNT = /^(\d+\/)?\d+ nhiệm vụ$/;
/** The number of tasks the list holds, from the count line. */
export const totalOf = (text: string): number => Number(/(\d+) nhiệm vụ$/.exec(text)![1]);

/** Fills the Cài đặt tab (the parent agency is in a section that opens on demand) and saves. */
export async function setUpProfile(page: Page, profile: Profile = TAY_NINH): Promise<void> {
  const pane = ui(page);
  await pane.open(vi.tabSettings);
  for (const field of ["issuingAgency", "issuerAbbreviation", "place"] as const) {
    await pane.textbox(vi[field]).fill(profile[field]);
  }
  await pane.section(vi.sectionAgency);
  await pane.textbox(vi.parentAgency).fill(profile.parentAgency);
  await pane.button(vi.save).click();
  await pane.toaster.getByText(vi.saved).waitFor();
}

/** Opens Nhiệm vụ, presses Quét văn bản (or Quét lại) and waits for the count; returns the number of tasks. */
export async function scanDocument(page: Page): Promise<number> {
  const pane = ui(page);
  await pane.open(vi.tabTasks);
  // A scan ends by saving the checklist into the document: wait for that write, so a re-scan's old count is not read.
  const writes = await customXmlWrites(page);
  await pane.button(vi.scan).or(pane.button(vi.rescan)).click();
  await page.waitForFunction((n) => (window as never as HostWindow).__host.customXmlWrites() > n, writes);
  const count = pane.status.filter({ hasText: COUNT });
  await count.waitFor();
  return totalOf(await count.innerText());
}

type HostWindow = { __host: { customXmlWrites(): number } };
const customXmlWrites = (page: Page) => page.evaluate(() => (window as never as HostWindow).__host.customXmlWrites());

/** Picks a language in Cài đặt ("Ngôn ngữ · Language"), from a pane in language `from`. */
export async function chooseLanguage(page: Page, from: Strings, optionLabel: string): Promise<void> {
  const pane = ui(page, from);
  await pane.open(from.tabSettings);
  await pane.section("Ngôn ngữ · Language");
  await pane.language.selectOption({ label: optionLabel });
  // The other language's words may load first (English is its own chunk): done when the tabs are in it.
  const to = optionLabel === "English" ? en : vi;
  await page.getByRole("tab", { name: to.tabSettings, exact: true }).waitFor();
}
