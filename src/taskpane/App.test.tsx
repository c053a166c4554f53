/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeWordGateway } from "../../test/fakes/fakeWordGateway";
import { TAY_NINH } from "../../test/fakes/profiles";
import { clockAt } from "../../test/fakes/clock";
import { waitForTab } from "../../test/fakes/renderApp";
import { memoryProfileStore } from "../word";
import { App } from "./App";
import { startLanguage } from "./i18n";

const services = (displayLanguage?: string, profiles = memoryProfileStore()) => ({
  gateway: new FakeWordGateway(),
  profiles,
  clock: clockAt("2026-11-25"),
  displayLanguage,
});

describe("the pane's language", () => {
  it.each([
    [null, undefined, "vi"],
    [null, "vi-VN", "vi"],
    [null, "en-US", "en"],
    [null, "fr-FR", "en"],
    ["vi", "en-US", "vi"],
    ["en", "vi-VN", "en"],
  ] as const)("remembered %s, Office in %s → %s", (remembered, display, language) => {
    expect(startLanguage(remembered, display)).toBe(language);
  });

  it("follows Office's display language until the clerk chooses one", async () => {
    render(<App services={services("en-US")} />);
    // English is its own chunk: nothing shows until it is there, then the pane is in English from the start.
    expect(screen.queryByRole("tab", { name: "Cài đặt" })).toBeNull();
    expect(await screen.findByRole("tab", { name: "Settings" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Welcome" })).toBeTruthy();
  });

  it("starts in the language the clerk chose last time", async () => {
    const profiles = memoryProfileStore();
    profiles.rememberLanguage("vi");
    render(<App services={services("en-US", profiles)} />);
    await waitForTab();
    expect(screen.getByRole("tab", { name: "Cài đặt" })).toBeTruthy();
  });
});

describe("the shell", () => {
  it("has one level-one heading and tab panels named by their tabs", async () => {
    render(<App services={services(undefined, memoryProfileStore({ profiles: [TAY_NINH], active: 0 }))} />);
    await waitForTab();
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual(["Soạn thảo Kết luận"]);
    expect(screen.getByRole("tabpanel", { name: "Soạn thảo" })).toBeTruthy();
  });

  it("keeps what was typed in Soạn thảo after a visit to the other tabs", async () => {
    render(<App services={services(undefined, memoryProfileStore({ profiles: [TAY_NINH], active: 0 }))} />);
    await waitForTab();
    await userEvent.type(screen.getByLabelText("Số văn bản"), "12");
    await userEvent.type(screen.getByLabelText(/^Trích yếu/), "Cuộc họp giao ban");

    for (const tab of ["Nhiệm vụ", "Cài đặt", "Soạn thảo"]) {
      await userEvent.click(screen.getByRole("tab", { name: tab }));
      await waitForTab();
    }

    expect(screen.getByLabelText<HTMLInputElement>("Số văn bản").value).toBe("12");
    expect(screen.getByLabelText<HTMLInputElement>(/^Trích yếu/).value).toBe("Cuộc họp giao ban");
  });

  it("moves between tabs with the arrow keys and opens one with Enter", async () => {
    render(<App services={services()} />);
    await waitForTab();
    screen.getByRole("tab", { name: "Soạn thảo" }).focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Nhiệm vụ" }));
    await userEvent.keyboard("{End}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Cài đặt" }));
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "Cài đặt" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tab", { name: "Cài đặt" }).tabIndex).toBe(0);
    expect(screen.getByRole("tab", { name: "Soạn thảo" }).tabIndex).toBe(-1);
  });
});
