/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { activeProfile } from "../../../core/profile";
import { FakeWordGateway } from "../../../../test/fakes/fakeWordGateway";
import { TAY_NINH } from "../../../../test/fakes/profiles";
import { memoryProfileStore } from "../../../word";
import { renderApp, waitForTab } from "../../../../test/fakes/renderApp";
import { readText } from "../../download";
import { clockAt } from "../../../../test/fakes/clock";

async function openSettings(profiles = memoryProfileStore()) {
  await renderApp({ gateway: new FakeWordGateway(), profiles, clock: clockAt("2026-06-05") });
  await userEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
  await waitForTab();
  return profiles;
}

const field = (label: RegExp) => screen.getByLabelText(label);
const click = (name: string | RegExp) => userEvent.click(screen.getByRole("button", { name }));
/** The sections that open on demand: the clerk clicks their heading's button. */
const sectionButton = (name: string) => screen.getByRole("button", { name, expanded: undefined });
const openSection = (name: string) => userEvent.click(sectionButton(name));
const toaster = () => within(document.querySelector<HTMLElement>("[data-toaster]")!);

describe("Cài đặt tab", () => {
  it("checks the profile as the clerk types, in Vietnamese, and offers the full place name", async () => {
    await openSettings();
    // Nothing is flagged on a form the clerk has not touched yet.
    expect(screen.queryByText("Chưa nhập tên cơ quan ban hành.")).toBeNull();

    await userEvent.type(field(/^Cơ quan ban hành/), "X");
    await userEvent.clear(field(/^Cơ quan ban hành/));
    expect(screen.getByText("Chưa nhập tên cơ quan ban hành.")).toBeTruthy();
    await userEvent.type(field(/^Cơ quan ban hành/), "VĂN PHÒNG");
    expect(screen.queryByText("Chưa nhập tên cơ quan ban hành.")).toBeNull();

    await userEvent.type(field(/^Viết tắt tên cơ quan/), "VP UBND");
    expect(screen.getByText(/không được có dấu cách/)).toBeTruthy();

    await userEvent.type(field(/^Địa danh/), "TP. Tây Ninh");
    expect(screen.getByText(/viết đầy đủ/i)).toBeTruthy();
    await click("Dùng «Tây Ninh»");
    expect((field(/^Địa danh/) as HTMLInputElement).value).toBe("Tây Ninh");
    expect(screen.queryByText(/viết đầy đủ/i)).toBeNull();
  });

  it("marks as required only the fields a save needs", async () => {
    await openSettings();
    const required = screen
      .getAllByRole("textbox")
      .filter((box) => (box as HTMLInputElement).required)
      .map((box) => box.id);
    expect(required.sort()).toEqual(["kl-field-issuingAgency", "kl-field-place"]);
  });

  it("refuses to save with errors, takes the clerk to the first one, and saves a clean profile in NFC", async () => {
    const profiles = await openSettings();
    await click("Lưu");
    expect(screen.getByText("Chưa lưu: hãy sửa 2 chỗ được đánh dấu.")).toBeTruthy();
    expect(screen.getByText("Chưa nhập tên cơ quan ban hành.")).toBeTruthy();
    expect(document.activeElement).toBe(field(/^Cơ quan ban hành/));
    expect(activeProfile(profiles.load())).toBeNull();

    await userEvent.type(field(/^Cơ quan ban hành/), "THANH TRA TỈNH".normalize("NFD"));
    await userEvent.type(field(/^Viết tắt tên cơ quan/), "TTr");
    await userEvent.type(field(/^Địa danh/), "Tây Ninh");
    await openSection("Người ký và nơi nhận");
    await userEvent.type(field(/^Nơi nhận/), "LĐ Thanh tra tỉnh{Enter}Tất cả CC");
    await click("Lưu");

    const saved = activeProfile(profiles.load());
    expect(saved?.issuingAgency).toBe("THANH TRA TỈNH".normalize("NFC"));
    expect(saved?.recipients).toEqual(["LĐ Thanh tra tỉnh", "Tất cả CC"]);
    expect(toaster().getByText("Đã lưu thông tin cơ quan.")).toBeTruthy();
  });

  it("marks only the wrong margin, and opens its section when a save fails on it", async () => {
    await openSettings(memoryProfileStore({ profiles: [TAY_NINH], active: 0 }));
    await openSection("Trang in");
    await userEvent.clear(field(/^Trái/));
    await userEvent.type(field(/^Trái/), "25");
    await openSection("Trang in"); // closed again: the save must open it
    expect(sectionButton("Trang in").getAttribute("aria-expanded")).toBe("false");
    await click("Lưu");

    expect(screen.getAllByText(/mm ngoài khoảng quy định/)).toHaveLength(1);
    expect(screen.getByText("Lề trái 25 mm ngoài khoảng quy định 30–35 mm.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(field(/^Trái/)));
    expect(sectionButton("Trang in").getAttribute("aria-expanded")).toBe("true");
    expect(field(/^Trên/).getAttribute("aria-invalid")).not.toBe("true");
  });

  it("fills a new profile without switching away from the active one until it is saved", async () => {
    const profiles = await openSettings(memoryProfileStore({ profiles: [TAY_NINH], active: 0 }));
    await openSection("Hồ sơ");
    await click("Hồ sơ mới");
    expect(screen.getByText(/Đang điền hồ sơ mới/)).toBeTruthy();
    expect(activeProfile(profiles.load())?.place).toBe("Tây Ninh");
    expect(profiles.load().profiles).toHaveLength(1);

    await userEvent.type(field(/^Cơ quan ban hành/), "VĂN PHÒNG");
    await userEvent.type(field(/^Viết tắt tên cơ quan/), "VP");
    await userEvent.type(field(/^Địa danh/), "Lào Cai");
    await click("Lưu");
    expect(profiles.load().profiles.map((p) => p.issuingAgency)).toEqual(["THANH TRA TỈNH", "VĂN PHÒNG"]);
    expect(activeProfile(profiles.load())?.place).toBe("Lào Cai");

    await userEvent.selectOptions(screen.getByLabelText("Hồ sơ đang dùng"), "0");
    expect(activeProfile(profiles.load())?.place).toBe("Tây Ninh");
    expect((field(/^Địa danh/) as HTMLInputElement).value).toBe("Tây Ninh");
  });

  it("asks before deleting a profile and deletes nothing when cancelled", async () => {
    const profiles = await openSettings(memoryProfileStore({ profiles: [TAY_NINH], active: 0 }));
    await openSection("Hồ sơ");
    await click("Xóa hồ sơ này");
    expect(screen.getByText("Xóa hồ sơ «Chánh Thanh tra»? Không hoàn tác được.")).toBeTruthy();
    await click("Hủy");
    expect(profiles.load().profiles).toHaveLength(1);

    await click("Xóa hồ sơ này");
    const question = within(screen.getByRole("group", { name: /Xóa hồ sơ «Chánh Thanh tra»/ }));
    expect(document.activeElement).toBe(question.getByRole("button", { name: "Xóa hồ sơ này" }));
    await userEvent.click(question.getByRole("button", { name: "Xóa hồ sơ này" }));
    expect(profiles.load().profiles).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Hồ sơ mới" }));
  });

  it("imports a profile from a JSON file, and says plainly when a file is not one", async () => {
    const profiles = await openSettings();
    await openSection("Hồ sơ");
    const input = screen.getByLabelText("Nhập tệp JSON", { selector: "input" });
    const json = JSON.stringify({ issuingAgency: "SỞ CÔNG THƯƠNG", issuerAbbreviation: "SCT", place: "Lào Cai" });
    await userEvent.upload(input, new File([json], "ho-so.json", { type: "application/json" }));
    expect(await toaster().findByText(/Đã nhập hồ sơ SỞ CÔNG THƯƠNG/)).toBeTruthy();
    expect(activeProfile(profiles.load())?.issuerAbbreviation).toBe("SCT");

    await userEvent.upload(input, new File(["{ không phải json"], "hong.json", { type: "application/json" }));
    const message = await screen.findByText(/Không nhập được: tệp này không phải hồ sơ JSON hợp lệ/);
    expect(message.textContent).not.toMatch(/position|Expected|Unexpected/); // the parser's words are folded away
    await userEvent.click(screen.getByRole("button", { name: "Chi tiết kỹ thuật" }));
    expect(screen.getByText(/^hong\.json: Tệp hồ sơ không phải JSON hợp lệ/)).toBeTruthy();
  });

  it("exports the active profile as a JSON file the CLI can read", async () => {
    // jsdom cannot follow the download link; the file itself is what we check.
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:profile"),
      revokeObjectURL: () => undefined,
    });
    await openSettings(memoryProfileStore({ profiles: [TAY_NINH], active: 0 }));
    await openSection("Hồ sơ");
    await click("Xuất tệp JSON");

    expect(blobs).toHaveLength(1);
    const exported = JSON.parse(await readText(blobs[0]));
    expect(exported).toMatchObject({
      issuingAgency: "THANH TRA TỈNH",
      issuerAbbreviation: "TTr",
      place: "Tây Ninh",
      archive: "VT, HS",
    });
  });

  it("keeps typed fields across tabs and asks before leaving them unsaved", async () => {
    const profiles = await openSettings();
    await userEvent.type(field(/^Cơ quan ban hành/), "THANH TRA TỈNH");
    await userEvent.type(field(/^Địa danh/), "Tây Ninh");

    await userEvent.click(screen.getByRole("tab", { name: "Soạn thảo" }));
    expect(screen.getByText("Thông tin cơ quan có thay đổi chưa lưu.")).toBeTruthy();
    const question = within(screen.getByRole("group", { name: /chưa lưu/ }));
    expect(document.activeElement).toBe(question.getByRole("button", { name: "Lưu" }));
    await click("Chuyển thẻ, chưa lưu");
    expect(screen.getByRole("tab", { name: "Soạn thảo" }).getAttribute("aria-selected")).toBe("true");

    await userEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
    expect((field(/^Cơ quan ban hành/) as HTMLTextAreaElement).value).toBe("THANH TRA TỈNH");
    await userEvent.click(screen.getByRole("tab", { name: "Nhiệm vụ" }));
    await userEvent.click(within(screen.getByRole("group", { name: /chưa lưu/ })).getByRole("button", { name: "Lưu" }));
    await waitForTab();
    expect(activeProfile(profiles.load())?.issuingAgency).toBe("THANH TRA TỈNH");
    expect(screen.getByRole("tab", { name: "Nhiệm vụ" }).getAttribute("aria-selected")).toBe("true");
  });

  it("chooses the language here and remembers it", async () => {
    const profiles = await openSettings();
    await openSection("Ngôn ngữ · Language");
    await userEvent.selectOptions(screen.getByLabelText("Ngôn ngữ"), "en");
    expect(screen.getByRole("tab", { name: "Settings" })).toBeTruthy();
    expect(profiles.language()).toBe("en");
  });
});
