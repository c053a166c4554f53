/**
 * @jest-environment jsdom
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AgencyProfile, EMPTY_PROFILE } from "../../../core/profile";
import { TaggedBlock, plainParagraphs } from "../../../core/model";
import { FakeWordGateway } from "../../../../test/fakes/fakeWordGateway";
import { TAY_NINH } from "../../../../test/fakes/profiles";
import { memoryProfileStore } from "../../../word";
import { renderApp, waitForTab } from "../../../../test/fakes/renderApp";
import { clockAt } from "../../../../test/fakes/clock";

async function renderPane(profile: AgencyProfile | null = TAY_NINH, gateway = new FakeWordGateway()) {
  const profiles = memoryProfileStore(profile ? { profiles: [profile], active: 0 } : undefined);
  await renderApp({ gateway, profiles, clock: clockAt("2020-11-10") });
  return { gateway, profiles };
}

const click = (name: string) => userEvent.click(screen.getByRole("button", { name }));
const lines = (block: TaggedBlock) => plainParagraphs(block.blocks).filter((line) => line.trim() !== "");

describe("Soạn thảo tab", () => {
  it("shows the four tabs in Vietnamese", async () => {
    await renderPane();
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    for (const name of ["Soạn thảo", "Nhiệm vụ", "Kiểm tra", "Cài đặt"])
      expect(screen.getByRole("tab", { name })).toBeTruthy();
  });

  it("inserts the header once, built from the profile and the date, when the clerk clicks", async () => {
    const { gateway } = await renderPane();

    await click("Chèn tiêu đề văn bản");

    expect(gateway.calls).toEqual(["hasBlock", "insertBlock"]);
    const [block] = gateway.inserted;
    expect(block.name).toBe("header");
    expect(lines(block)).toEqual([
      "UBND TỈNH TÂY NINH",
      "THANH TRA TỈNH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      expect.stringMatching(/^Số: +\/KL-TTr$/),
      "Tây Ninh, ngày 10 tháng 11 năm 2020",
    ]);
    expect(await screen.findByText("Đã chèn vào văn bản.")).toBeTruthy();
  });

  it("writes the number with its leading zero and leaves the day blank when it is not known", async () => {
    const { gateway } = await renderPane();

    await userEvent.type(screen.getByLabelText("Số văn bản (để trống khi là bản thảo)"), "5");
    await userEvent.click(screen.getByLabelText("Chưa biết ngày (để trống ngày cho văn thư)"));
    await click("Chèn tiêu đề văn bản");

    const text = lines(gateway.inserted[0]);
    expect(text).toContain("Số: 05/KL-TTr");
    // A visible blank for the records clerk to write the day in by hand.
    expect(text[text.length - 1]).toMatch(/^Tây Ninh, ngày {3,}tháng 11 năm 2020$/);
  });

  it("shows Word's failure in Vietnamese and inserts nothing", async () => {
    const { gateway } = await renderPane();
    gateway.failNextWith({ code: "document-protected", message: "Văn bản đang bị khóa.", messageEn: "Locked." });

    await click("Chèn tiêu đề văn bản");

    expect(gateway.inserted).toHaveLength(0);
    expect(await screen.findByText("Văn bản đang bị khóa.")).toBeTruthy();
  });

  it("asks for the agency details first when there is no profile", async () => {
    await renderPane(null);
    expect(screen.queryByRole("button", { name: "Chèn tiêu đề văn bản" })).toBeNull();
    expect(screen.getByText(/Chưa có thông tin cơ quan/)).toBeTruthy();
    await click("Mở Cài đặt");
    await waitForTab();
    expect(screen.getByLabelText(/Cơ quan ban hành/)).toBeTruthy();
  });

  it("names what is wrong with a profile that lacks the issuing agency", async () => {
    await renderPane({ ...EMPTY_PROFILE, place: "Tây Ninh" });
    expect(screen.getByText(/Chưa nhập tên cơ quan ban hành/)).toBeTruthy();
  });

  it("offers to replace a block that is already there, and replaces only that block", async () => {
    const gateway = FakeWordGateway.withText(["Đoạn của cán bộ trước."]);
    await renderPane(TAY_NINH, gateway);
    await click("Chèn nơi nhận và chữ ký");
    gateway.items.push({ kind: "text", paragraph: { text: "Đoạn của cán bộ sau." } });
    const before = JSON.stringify(gateway.items.filter((item) => item.kind === "text"));

    await click("Chèn nơi nhận và chữ ký");
    expect(screen.getByText(/Văn bản đã có khối/)).toBeTruthy();
    await click("Thay khối cũ");

    expect(gateway.calls.slice(-2)).toEqual(["hasBlock", "replaceBlock"]);
    expect(gateway.inserted.map((b) => b.name)).toEqual(["signature"]);
    expect(JSON.stringify(gateway.items.filter((item) => item.kind === "text"))).toBe(before);
    expect(await screen.findByText("Đã thay khối trong văn bản.")).toBeTruthy();
  });

  it("creates a whole draft of the chosen kind in one insert into an empty document", async () => {
    const { gateway, profiles } = await renderPane();

    await userEvent.selectOptions(screen.getByLabelText("Loại văn bản"), "thong-bao-ket-luan");
    await click("Tạo bản thảo mới");

    expect(gateway.calls).toEqual(["readDocument", "insertBlocks"]);
    expect(gateway.inserted.map((b) => b.name)).toEqual(["header", "title", "scaffold", "signature"]);
    expect(lines(gateway.inserted[0])).toEqual(expect.arrayContaining([expect.stringMatching(/^Số: +\/TB-TTr$/)]));
    expect(plainParagraphs(gateway.inserted[1].blocks)).toContain("THÔNG BÁO");
    expect(profiles.lastKind()).toBe("thong-bao-ket-luan");
  });

  it("asks before drafting into a document that already has text, and inserts nothing when cancelled", async () => {
    const gateway = FakeWordGateway.withText(["Nội dung đã có."]);
    await renderPane(TAY_NINH, gateway);

    await click("Tạo bản thảo mới");
    expect(screen.getByText(/Văn bản đã có nội dung/)).toBeTruthy();
    await click("Hủy");
    expect(gateway.inserted).toHaveLength(0);

    await click("Tạo bản thảo mới");
    await click("Chèn tại con trỏ");
    expect(gateway.inserted).toHaveLength(4);
    expect(gateway.paragraphs()[0].text).toBe("Nội dung đã có.");
  });

  it("sets up the page and names exactly what the host could not apply", async () => {
    const gateway = new FakeWordGateway();
    gateway.unsupportedPageParts = ["paper-and-margins", "first-page-without-number"];
    await renderPane(TAY_NINH, gateway);

    await click("Thiết lập trang theo Nghị định 30");

    expect(gateway.page?.setup).toMatchObject({ widthTwips: 11906, heightTwips: 16838, marginLeftTwips: 1701 });
    expect(gateway.page?.defaults).toMatchObject({ fontName: "Times New Roman", sizePt: 14 });
    expect(screen.getByText(/trừ: khổ A4 và lề trang .*; ẩn số trang ở trang đầu/)).toBeTruthy();
  });

  it("updates the header's number and date, and says so when there is no header yet", async () => {
    const { gateway } = await renderPane();
    await click("Cập nhật số, ngày và đường kẻ");
    expect(screen.getByText(/Chưa có khối tiêu đề/)).toBeTruthy();

    await click("Chèn tiêu đề văn bản");
    await userEvent.type(screen.getByLabelText("Số văn bản (để trống khi là bản thảo)"), "12");
    await click("Cập nhật số, ngày và đường kẻ");
    expect(gateway.inserted).toHaveLength(1);
    expect(lines(gateway.inserted[0])).toContain("Số: 12/KL-TTr");
  });

  it("takes the issue date as day/month/year and refuses a day that does not exist", async () => {
    const { gateway } = await renderPane();
    const date = screen.getByRole("textbox", { name: /Ngày ban hành/ });
    expect((date as HTMLInputElement).value).toBe("10/11/2020");

    await userEvent.clear(date);
    await userEvent.type(date, "31/02/2021");
    expect(screen.getByText(/"31\/02\/2021" không hợp lệ/)).toBeTruthy();
    await click("Chèn tiêu đề văn bản");
    expect(gateway.inserted).toHaveLength(0);

    await userEvent.clear(date);
    await userEvent.type(date, "5/1/2021");
    await click("Chèn tiêu đề văn bản");
    expect(lines(gateway.inserted[0])).toContain("Tây Ninh, ngày 05 tháng 01 năm 2021");
  });
});
