/**
 * @jest-environment jsdom
 *
 * Cài đặt shows the names as sentences will write them (Phụ lục II), lets the clerk correct them and keeps the
 * correction in the profile; and the room left for the signature.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { EMPTY_PROFILE, activeProfile } from "../../../core/profile";
import { FakeWordGateway } from "../../../../test/fakes/fakeWordGateway";
import { memoryProfileStore } from "../../../word";
import { renderApp, waitForTab } from "../../../../test/fakes/renderApp";
import { clockAt } from "../../../../test/fakes/clock";

const LAO_CAI = {
  ...EMPTY_PROFILE,
  parentAgency: "UBND TỈNH LÀO CAI",
  issuingAgency: "VĂN PHÒNG",
  issuerAbbreviation: "VP",
  place: "Lào Cai",
  signerTitle: "CHÁNH VĂN PHÒNG",
  signerName: "Nguyễn Văn An",
};

async function openSettings() {
  const profiles = memoryProfileStore({ profiles: [LAO_CAI], active: 0 });
  await renderApp({ gateway: new FakeWordGateway(), profiles, clock: clockAt("2026-06-05") });
  await userEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
  await waitForTab();
  return profiles;
}

/** Cài đặt keeps these fields in sections that open on demand. */
const openSection = (name: string) => userEvent.click(screen.getByRole("button", { name }));
const box = (name: RegExp) => screen.getByRole("textbox", { name }) as HTMLInputElement;
const save = () => userEvent.click(screen.getByRole("button", { name: "Lưu" }));

test("shows the derived sentence forms, follows the upper-case names, keeps a correction", async () => {
  const profiles = await openSettings();
  await openSection("Cơ quan chủ quản, đơn vị soạn thảo");
  expect(box(/^Tên cơ quan ban hành trong câu văn/).value).toBe("Văn phòng Ủy ban nhân dân tỉnh");
  expect(box(/^Tên cơ quan chủ quản trong câu văn/).value).toBe("Ủy ban nhân dân tỉnh Lào Cai");
  expect(box(/^Chức danh người đứng đầu trong câu văn/).value).toBe("Chánh Văn phòng Ủy ban nhân dân tỉnh");

  // Not corrected yet: it follows the name typed above.
  await userEvent.clear(box(/^Cơ quan chủ quản/));
  await userEvent.type(box(/^Cơ quan chủ quản/), "UBND TỈNH YÊN BÁI");
  expect(box(/^Tên cơ quan chủ quản trong câu văn/).value).toBe("Ủy ban nhân dân tỉnh Yên Bái");

  const issuer = box(/^Tên cơ quan ban hành trong câu văn/);
  await userEvent.clear(issuer);
  await userEvent.type(issuer, "Văn phòng UBND tỉnh");
  await save();
  expect(activeProfile(profiles.load())?.sentenceNames).toEqual({ issuingAgency: "Văn phòng UBND tỉnh" });

  // Cleared and saved: nothing is stored, the derived form is back.
  await userEvent.clear(issuer);
  await save();
  expect(activeProfile(profiles.load())?.sentenceNames).toEqual({});
  expect(box(/^Tên cơ quan ban hành trong câu văn/).value).toBe("Văn phòng Ủy ban nhân dân tỉnh");
});

test("the room for signature and seal is kept; out of range is refused with a message", async () => {
  const profiles = await openSettings();
  await openSection("Người ký và nơi nhận");
  const room = screen.getByRole("spinbutton", { name: /Số dòng chừa để ký/ });
  expect((room as HTMLInputElement).value).toBe("5");
  await userEvent.clear(room);
  await userEvent.type(room, "30");
  await save();
  expect(screen.getByText(/phải là số nguyên từ 2 đến 12/)).toBeTruthy();
  expect(activeProfile(profiles.load())?.signatureLines).toBe(5);
  await userEvent.clear(room);
  await userEvent.type(room, "7");
  await save();
  expect(activeProfile(profiles.load())?.signatureLines).toBe(7);
});
