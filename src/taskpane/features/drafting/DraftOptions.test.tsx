/**
 * @jest-environment jsdom
 *
 * Issue 17 in the Soạn thảo tab: who held the meeting, "Kính gửi", the notes about a long name, the marks and
 * appendices, and "Cập nhật số, ngày và đường kẻ" refitting the title to the trích yếu the clerk typed.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AgencyProfile } from "../../../core/profile";
import { TaggedBlock, paragraph, plainParagraphs, text } from "../../../core/model";
import { FakeWordGateway } from "../../../../test/fakes/fakeWordGateway";
import { TAY_NINH } from "../../../../test/fakes/profiles";
import { memoryProfileStore } from "../../../word";
import { renderApp } from "../../../../test/fakes/renderApp";
import { clockAt } from "../../../../test/fakes/clock";

async function renderPane(profile: AgencyProfile = TAY_NINH, gateway = new FakeWordGateway()) {
  await renderApp({
    gateway,
    profiles: memoryProfileStore({ profiles: [profile], active: 0 }),
    clock: clockAt("2026-06-05"),
  });
  return gateway;
}

const click = (name: string | RegExp) => userEvent.click(screen.getByRole("button", { name }));
const chooseKind = (label: string) =>
  userEvent.selectOptions(screen.getByRole("combobox", { name: "Loại văn bản" }), label);
const textOf = (gateway: FakeWordGateway, name: TaggedBlock["name"]) =>
  plainParagraphs(gateway.inserted.find((b) => b.name === name)!.blocks).join("\n");

test("the meeting can be the parent's: one click, and the sentence names it", async () => {
  const gateway = await renderPane();
  await chooseKind("Thông báo kết luận cuộc họp");
  const parent = screen.getByRole("radio", { name: "Ủy ban nhân dân tỉnh Tây Ninh (cơ quan chủ quản)" });
  expect(screen.getByRole("radio", { name: "Thanh tra tỉnh" })).toHaveProperty("checked", true);
  await userEvent.click(parent);
  await click("Bố cục nội dung");
  expect(textOf(gateway, "scaffold")).toContain("Ủy ban nhân dân tỉnh Tây Ninh tổ chức cuộc họp");
  expect(textOf(gateway, "scaffold")).toContain("Thanh tra tỉnh thông báo");
});

test("no choice of host without a parent body, nor for kinds without a meeting", async () => {
  await renderPane({ ...TAY_NINH, parentAgency: "" });
  expect(screen.queryByRole("radiogroup")).toBeNull();
});

test("Kính gửi for a báo cáo: typed one per line, printed as the list, and '- Như trên;' in Nơi nhận", async () => {
  const gateway = await renderPane();
  await chooseKind("Báo cáo");
  await userEvent.type(
    await screen.findByRole("textbox", { name: /Kính gửi/ }), // loads with the kinds that have it
    "Ủy ban nhân dân tỉnh{enter}Thanh tra Chính phủ",
  );
  await click("Tạo bản thảo mới");
  const scaffold = textOf(gateway, "scaffold");
  expect(scaffold).toContain("Kính gửi:\n- Ủy ban nhân dân tỉnh;\n- Thanh tra Chính phủ.");
  expect(textOf(gateway, "signature")).toContain("- Như trên;");
});

test("a long agency name: the draft says how the header made room", async () => {
  await renderPane({
    ...TAY_NINH,
    issuingAgency: "TRƯỜNG TRUNG HỌC PHỔ THÔNG CHU VĂN AN",
    parentAgency: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  });
  await click("Tiêu đề văn bản");
  expect(await screen.findByText(/Lưu ý: Tên cơ quan dài:/)).toBeTruthy();
});

test("urgency and secrecy under the number; an appendix numbered II with its title", async () => {
  const gateway = await renderPane();
  await click(/Độ khẩn, độ mật, phụ lục/);
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Độ khẩn" }), "HỎA TỐC");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Độ mật" }), "MẬT");
  await click("Tiêu đề văn bản");
  expect(textOf(gateway, "header")).toMatch(/Số: .*\n(.*\n)?MẬT\nHỎA TỐC/);

  await userEvent.type(screen.getByRole("textbox", { name: /Tên phụ lục/ }), "Danh mục hồ sơ");
  await userEvent.type(screen.getByRole("textbox", { name: /Số phụ lục/ }), "2");
  await click("Chèn phụ lục");
  const appendix = textOf(gateway, "appendix");
  expect(appendix).toMatch(/^Phụ lục II\nDANH MỤC HỒ SƠ\n\(Kèm theo Kết luận số/);
});

describe("Cập nhật số, ngày và đường kẻ", () => {
  /** What Word does when the clerk types over the title's guidance: the text replaces the grey placeholder. */
  function typeSubject(gateway: FakeWordGateway, subject: string) {
    const item = gateway.items.find((i) => i.kind === "block" && i.block.name === "title")!;
    if (item.kind !== "block") throw new Error("no title");
    item.block = {
      ...item.block,
      blocks: item.block.blocks.map((b) => (b.kind === "placeholder" ? paragraph([text(subject)]) : b)),
    };
  }

  test("reads the typed trích yếu, then rebuilds header and title in one replace, keeping the clerk's words", async () => {
    const gateway = await renderPane();
    await chooseKind("Kết luận thanh tra");
    await click("Tạo bản thảo mới");
    const before = gateway.inserted.find((b) => b.name === "title")!;
    typeSubject(gateway, "Về việc thanh tra công tác quản lý đất đai tại xã Yên Bình");
    await userEvent.type(screen.getByLabelText("Số văn bản"), "8");
    gateway.calls.length = 0;

    await click("Cập nhật số, ngày và đường kẻ");

    expect(gateway.calls).toEqual(["readBlockTexts", "replaceBlocks"]);
    expect(textOf(gateway, "header")).toContain("Số: 08/KL-TTr");
    const title = gateway.inserted.find((b) => b.name === "title")!;
    expect(textOf(gateway, "title")).toContain("Về việc thanh tra công tác quản lý đất đai tại xã Yên Bình");
    // The rule now fits the typed subject: a different (longer) rule than the guidance's.
    const rule = (block: TaggedBlock) =>
      block.blocks.find((b) => b.kind === "paragraph" && b.bottomRule) as { leftIndentTwips: number };
    expect(rule(title).leftIndentTwips).toBeLessThan(rule(before).leftIndentTwips);
    expect(await screen.findByText("Đã cập nhật tiêu đề: Số 08/KL-TTr, ngày 05 tháng 6 năm 2026.")).toBeTruthy();
  });
});
