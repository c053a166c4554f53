/**
 * @jest-environment jsdom
 */
import { screen, waitFor } from "@testing-library/react";
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

    await click("Tiêu đề văn bản");

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
    // Confirmed with what Word received, not a bare "done".
    expect(await screen.findByText("Đã chèn tiêu đề: Số …/KL-TTr, ngày 10 tháng 11 năm 2020.")).toBeTruthy();
  });

  it("writes the number with its leading zero and leaves the day blank when it is not known", async () => {
    const { gateway } = await renderPane();

    await userEvent.type(screen.getByLabelText("Số văn bản"), "5");
    await userEvent.click(screen.getByLabelText("Chưa biết ngày (để trống ngày cho văn thư)"));
    await click("Tiêu đề văn bản");

    const text = lines(gateway.inserted[0]);
    expect(text).toContain("Số: 05/KL-TTr");
    // A visible blank for the records clerk to write the day in by hand.
    expect(text[text.length - 1]).toMatch(/^Tây Ninh, ngày {3,}tháng 11 năm 2020$/);
  });

  it("shows Word's failure in Vietnamese and inserts nothing", async () => {
    const { gateway } = await renderPane();
    gateway.failNextWith({ code: "document-protected", message: "Văn bản đang bị khóa.", messageEn: "Locked." });

    await click("Tiêu đề văn bản");

    expect(gateway.inserted).toHaveLength(0);
    expect(await screen.findByText("Văn bản đang bị khóa.")).toBeTruthy();
  });

  it("welcomes a first start with the two jobs, and the way to each", async () => {
    const gateway = FakeWordGateway.withText(["- Phòng Nghiệp vụ 1 rà soát hồ sơ, chậm nhất ngày 20/11/2020."]);
    await renderPane(null, gateway);
    expect(screen.queryByRole("button", { name: "Tiêu đề văn bản" })).toBeNull();
    expect(screen.getByRole("heading", { name: "Chào mừng bạn" })).toBeTruthy();

    await click("Điền thông tin cơ quan");
    await waitForTab();
    expect(screen.getByRole("tab", { name: "Cài đặt" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByLabelText(/Cơ quan ban hành/)).toBeTruthy();

    // Nhiệm vụ works without a profile: the second button opens it and scans at once.
    await userEvent.click(screen.getByRole("tab", { name: "Soạn thảo" }));
    await click("Quét văn bản đang mở");
    await waitForTab();
    expect(await screen.findByText("1 nhiệm vụ")).toBeTruthy();
    expect(gateway.calls).toContain("readDocument");
  });

  it("names what is wrong with a profile that lacks the issuing agency", async () => {
    await renderPane({ ...EMPTY_PROFILE, place: "Tây Ninh" });
    expect(screen.getByText(/Chưa nhập tên cơ quan ban hành/)).toBeTruthy();
  });

  it("offers to replace a block that is already there, and replaces only that block", async () => {
    const gateway = FakeWordGateway.withText(["Đoạn của cán bộ trước."]);
    await renderPane(TAY_NINH, gateway);
    await click("Nơi nhận, chữ ký");
    expect(await screen.findByText("Đã chèn Nơi nhận, chữ ký.")).toBeTruthy();
    gateway.items.push({ kind: "text", paragraph: { text: "Đoạn của cán bộ sau." } });
    const before = JSON.stringify(gateway.items.filter((item) => item.kind === "text"));

    await click("Nơi nhận, chữ ký");
    expect(screen.getByText(/Văn bản đã có khối/)).toBeTruthy();
    // The question holds the focus: the answer is one key away.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Thay khối cũ" }));
    // The first insert's "done" has gone: beside the question it would seem to answer it.
    await waitFor(() => expect(screen.queryByText("Đã chèn Nơi nhận, chữ ký.")).toBeNull());
    await click("Thay khối cũ");

    expect(gateway.calls.slice(-2)).toEqual(["hasBlock", "replaceBlock"]);
    expect(gateway.inserted.map((b) => b.name)).toEqual(["signature"]);
    expect(JSON.stringify(gateway.items.filter((item) => item.kind === "text"))).toBe(before);
    expect(await screen.findByText("Đã thay Nơi nhận, chữ ký.")).toBeTruthy();
    expect(screen.queryByText(/Văn bản đã có khối/)).toBeNull(); // the answered question is gone
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
    expect(
      await screen.findByText("Đã tạo bản thảo thông báo kết luận cuộc họp: Số …/TB-TTr, ngày 10 tháng 11 năm 2020."),
    ).toBeTruthy();
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

    await click("Thiết lập trang");

    expect(gateway.page?.setup).toMatchObject({ widthTwips: 11906, heightTwips: 16838, marginLeftTwips: 1701 });
    expect(gateway.page?.defaults).toMatchObject({ fontName: "Times New Roman", sizePt: 14 });
    expect(screen.getByText(/trừ: khổ A4 và lề trang .*; ẩn số trang ở trang đầu/)).toBeTruthy();
  });

  it("updates only the header's number and date, and says so when there is no header yet", async () => {
    const { gateway } = await renderPane();
    await click("Cập nhật số, ngày và đường kẻ");
    expect(screen.getByText(/Chưa có khối tiêu đề/)).toBeTruthy();

    await click("Tiêu đề văn bản");
    await userEvent.type(screen.getByLabelText("Số văn bản"), "12");
    await click("Cập nhật số, ngày và đường kẻ");
    expect(gateway.inserted).toHaveLength(1);
    expect(lines(gateway.inserted[0])).toContain("Số: 12/KL-TTr");
    expect(await screen.findByText("Đã cập nhật tiêu đề: Số 12/KL-TTr, ngày 10 tháng 11 năm 2020.")).toBeTruthy();
    expect(screen.queryByText(/Chưa có khối tiêu đề/)).toBeNull(); // the old message is cleared by the next action
  });

  it("takes the issue date as day/month/year and refuses a day that does not exist", async () => {
    const { gateway } = await renderPane();
    const date = screen.getByRole("textbox", { name: /Ngày ban hành/ });
    expect((date as HTMLInputElement).value).toBe("10/11/2020");

    await userEvent.clear(date);
    await userEvent.type(date, "31/02/2021");
    expect(screen.getByText(/"31\/02\/2021" không hợp lệ/)).toBeTruthy();
    await click("Tiêu đề văn bản");
    expect(gateway.inserted).toHaveLength(0);

    await userEvent.clear(date);
    await userEvent.type(date, "5/1/2021");
    await click("Tiêu đề văn bản");
    expect(lines(gateway.inserted[0])).toContain("Tây Ninh, ngày 05 tháng 01 năm 2021");
  });
});
