/**
 * @jest-environment jsdom
 */
import { screen, within } from "@testing-library/react";
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

describe("Cài đặt tab", () => {
  it("checks the profile as the clerk types, in Vietnamese", async () => {
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

    await userEvent.type(field(/^Địa danh/), "TP. HCM");
    expect(screen.getByText(/Thành phố Hồ Chí Minh|viết đầy đủ/i)).toBeTruthy();
  });

  it("refuses to save with errors and saves a clean profile in NFC", async () => {
    const profiles = await openSettings();
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(screen.getByText("Hãy sửa các lỗi được đánh dấu trước khi lưu.")).toBeTruthy();
    expect(screen.getByText("Chưa nhập tên cơ quan ban hành.")).toBeTruthy();
    expect(activeProfile(profiles.load())).toBeNull();

    await userEvent.type(field(/^Cơ quan ban hành/), "THANH TRA TỈNH".normalize("NFD"));
    await userEvent.type(field(/^Viết tắt tên cơ quan/), "TTr");
    await userEvent.type(field(/^Địa danh/), "Tây Ninh");
    await userEvent.type(field(/^Nơi nhận/), "LĐ Thanh tra tỉnh{Enter}Tất cả CC");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));

    const saved = activeProfile(profiles.load());
    expect(saved?.issuingAgency).toBe("THANH TRA TỈNH".normalize("NFC"));
    expect(saved?.recipients).toEqual(["LĐ Thanh tra tỉnh", "Tất cả CC"]);
    expect(screen.getByText("Đã lưu.")).toBeTruthy();
  });

  it("keeps several profiles and switches the active one", async () => {
    const profiles = await openSettings(memoryProfileStore({ profiles: [TAY_NINH], active: 0 }));
    await userEvent.click(screen.getByRole("button", { name: "Hồ sơ mới" }));
    await userEvent.type(field(/^Cơ quan ban hành/), "VĂN PHÒNG");
    await userEvent.type(field(/^Viết tắt tên cơ quan/), "VP");
    await userEvent.type(field(/^Địa danh/), "Lào Cai");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(profiles.load().profiles.map((p) => p.issuingAgency)).toEqual(["THANH TRA TỈNH", "VĂN PHÒNG"]);

    await userEvent.selectOptions(screen.getByLabelText("Hồ sơ đang dùng"), "0");
    expect(activeProfile(profiles.load())?.place).toBe("Tây Ninh");
    expect((field(/^Địa danh/) as HTMLInputElement).value).toBe("Tây Ninh");
  });

  it("imports a profile from a JSON file and reports a file that is not JSON", async () => {
    const profiles = await openSettings();
    const input = screen.getByLabelText("Nhập tệp JSON", { selector: "input" });
    const json = JSON.stringify({ issuingAgency: "SỞ CÔNG THƯƠNG", issuerAbbreviation: "SCT", place: "Lào Cai" });
    await userEvent.upload(input, new File([json], "ho-so.json", { type: "application/json" }));
    expect(await screen.findByText(/Đã nhập hồ sơ SỞ CÔNG THƯƠNG/)).toBeTruthy();
    expect(activeProfile(profiles.load())?.issuerAbbreviation).toBe("SCT");

    await userEvent.upload(input, new File(["{ không phải json"], "hong.json", { type: "application/json" }));
    expect(await screen.findByText(/Không nhập được: Tệp hồ sơ không phải JSON hợp lệ/)).toBeTruthy();
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

    await userEvent.click(screen.getByRole("button", { name: "Xuất tệp JSON" }));

    expect(blobs).toHaveLength(1);
    const exported = JSON.parse(await readText(blobs[0]));
    expect(exported).toMatchObject({
      issuingAgency: "THANH TRA TỈNH",
      issuerAbbreviation: "TTr",
      place: "Tây Ninh",
      archive: "VT, HS",
    });
    expect(within(document.body).queryByText(/Không nhập được/)).toBeNull();
  });
});
