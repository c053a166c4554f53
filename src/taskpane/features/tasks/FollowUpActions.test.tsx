/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readDocx } from "../../../docx";
import { FakeWordGateway } from "../../../../test/fakes/fakeWordGateway";
import { TAY_NINH } from "../../../../test/fakes/profiles";
import { memoryProfileStore } from "../../../word";
import { renderApp, waitForTab } from "../../../../test/fakes/renderApp";
import { clockAt } from "../../../../test/fakes/clock";

const corpus = path.resolve(__dirname, "../../../../test/fixtures/corpus/seed");
const seedLines = readFileSync(path.join(corpus, "ket-luan-giao-ban-thanh-tra-tay-ninh-2020-11.plain.txt"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "");

async function scanned(gateway: FakeWordGateway, withProfile = true, today = "2020-11-20") {
  const profiles = memoryProfileStore(withProfile ? { profiles: [TAY_NINH], active: 0 } : undefined);
  await renderApp({ gateway, profiles, clock: clockAt(today) });
  await userEvent.click(screen.getByRole("tab", { name: "Nhiệm vụ" }));
  await waitForTab();
  await userEvent.click(screen.getByRole("button", { name: "Quét văn bản" }));
  // The follow-up documents sit in a section of their own, closed until the clerk opens it.
  await userEvent.click(await screen.findByRole("button", { name: "Báo cáo tiến độ, công văn đôn đốc" }));
  return profiles;
}

// jsdom has no TextDecoder; the .docx reader the test reads the documents back with needs Node's.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder });
const textOf = (bytes: Uint8Array) => readDocx(bytes).paragraphs.map((p) => p.text);

/** A short conclusion with three owners: as of 20/11/2020 one is overdue, one due soon, one within its deadline. */
const threeOwners = [
  "THANH TRA TỈNH",
  "Số: 05/KL-TTr",
  "Tây Ninh, ngày 10 tháng 11 năm 2020",
  "KẾT LUẬN",
  "Cuộc họp giao ban tháng 11/2020",
  "- Giao Phòng Nghiệp vụ 1 rà soát hồ sơ thanh tra, chậm nhất ngày 15/11/2020.",
  "- Giao Văn phòng chuẩn bị hội nghị tổng kết, chậm nhất ngày 21/11/2020.",
  "- Giao Phòng Nghiệp vụ 2 tổng hợp báo cáo năm, chậm nhất ngày 30/12/2020.",
];

const blobBytes = (blob: Blob): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

/** Downloads the pane starts, captured (jsdom cannot follow the link). */
function captureDownloads() {
  const files: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => (files.push(blob), "blob:x"),
    revokeObjectURL: () => undefined,
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  return files;
}

describe("Soạn báo cáo tiến độ", () => {
  it("opens the report as a new Word document and leaves the conclusion as it was", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await scanned(gateway);
    const before = JSON.stringify(gateway.items);

    await userEvent.click(screen.getByRole("button", { name: "Soạn báo cáo tiến độ" }));

    expect(await screen.findByText(/Đã mở .*Báo cáo tiến độ.*\.docx trong một cửa sổ Word mới/)).toBeTruthy();
    expect(gateway.newDocuments).toHaveLength(1);
    const lines = textOf(gateway.newDocuments[0]);
    expect(lines).toContain("BÁO CÁO");
    expect(lines.find((l) => l.startsWith("Thực hiện"))).toContain("tính đến ngày 20/11/2020");
    expect(lines).toContain("THANH TRA TỈNH");
    expect(JSON.stringify(gateway.items)).toBe(before);
    expect(gateway.calls).not.toContain("insertBlock");
  });

  it("counts as of the day the clerk picks: a month's report made a few days later", async () => {
    const gateway = FakeWordGateway.withText(threeOwners);
    await scanned(gateway, true, "2020-11-20");
    const asOf = screen.getByRole("combobox", { name: "Số liệu tính đến ngày (để trống: hôm nay)" });
    asOf.focus();
    await userEvent.keyboard("14/11");
    await userEvent.tab();

    await userEvent.click(screen.getByRole("button", { name: "Soạn báo cáo tiến độ" }));

    await screen.findByText(/Đã mở .*Báo cáo tiến độ/);
    const lines = textOf(gateway.newDocuments[0]);
    expect(lines.find((l) => l.startsWith("Thực hiện"))).toContain("tính đến ngày 14/11/2020");
    // As of 14/11 the 15/11 task was due soon, not yet overdue; the report itself is dated the day it is written.
    expect(lines).toContain("Tây Ninh, ngày 20 tháng 11 năm 2020");
    const table = lines.slice(lines.indexOf("II. KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ"));
    expect(table[table.indexOf("15/11/2020") + 1]).toBe("Sắp đến hạn");
  });

  it("offers the file as well, for Word on the web that accepts the new document and shows nothing", async () => {
    const files = captureDownloads();
    const gateway = FakeWordGateway.withText(seedLines);
    await scanned(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Soạn báo cáo tiến độ" }));
    await screen.findByText(/Đã mở .*Báo cáo tiến độ/);

    await userEvent.click(screen.getByRole("button", { name: "Không thấy? Tải tệp" }));

    expect(await screen.findByText(/^Đã tải xuống tệp .*Báo cáo tiến độ.*\.docx\.$/)).toBeTruthy();
    expect(files).toHaveLength(1);
    expect(await blobBytes(files[0])).toEqual(gateway.newDocuments[0]);
  });

  it("does not offer a file on Mac, where downloads do nothing", async () => {
    Object.assign(globalThis, { Office: { context: { platform: "Mac" } } });
    try {
      const gateway = FakeWordGateway.withText(seedLines);
      await scanned(gateway);
      await userEvent.click(screen.getByRole("button", { name: "Soạn báo cáo tiến độ" }));
      await screen.findByText(/Đã mở .*Báo cáo tiến độ/);
      expect(screen.queryByRole("button", { name: "Không thấy? Tải tệp" })).toBeNull();
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it("downloads the .docx where Word cannot open a new document, and says so", async () => {
    const files = captureDownloads();
    const gateway = FakeWordGateway.withText(seedLines);
    gateway.canOpenNewDocuments = false;
    await scanned(gateway);

    await userEvent.click(screen.getByRole("button", { name: "Soạn báo cáo tiến độ" }));

    expect(await screen.findByText(/không mở được văn bản mới, nên đã tải xuống tệp .*\.docx/)).toBeTruthy();
    expect(files).toHaveLength(1);
    const bytes = await blobBytes(files[0]);
    expect(textOf(bytes)).toContain("BÁO CÁO");
  });

  it("asks for the agency's details first when there is no profile", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await scanned(gateway, false);
    await userEvent.click(screen.getByRole("button", { name: "Soạn báo cáo tiến độ" }));
    expect(await screen.findByText(/Cần thông tin cơ quan ở thẻ Cài đặt/)).toBeTruthy();
    expect(gateway.newDocuments).toHaveLength(0);
  });
});

describe("Soạn công văn đôn đốc", () => {
  it("lists one letter per owner behind schedule and opens the one the clerk picks", async () => {
    const gateway = FakeWordGateway.withText(threeOwners);
    await scanned(gateway);

    await userEvent.click(screen.getByRole("button", { name: "Soạn công văn đôn đốc" }));

    expect(await screen.findByRole("region", { name: "Công văn đôn đốc (2)" })).toBeTruthy();
    expect(screen.getByText("1 nhiệm vụ, 1 quá hạn")).toBeTruthy();
    expect(gateway.newDocuments).toHaveLength(0);
    await userEvent.click(screen.getByRole("button", { name: "Mở công văn gửi Văn phòng" }));
    expect(await screen.findByText(/Đã mở Công văn đôn đốc - Văn phòng\.docx/)).toBeTruthy();
    const lines = textOf(gateway.newDocuments[0]);
    expect(lines).toContain("V/v đôn đốc thực hiện nhiệm vụ tại Kết luận số 05/KL-TTr");
    expect(lines).toContain("Kính gửi: Văn phòng.");
    expect(lines).toContain("Còn 1 ngày");
  });

  it("opens the letter at once when a single owner is behind", async () => {
    const gateway = FakeWordGateway.withText(seedLines);
    await scanned(gateway);
    await userEvent.click(screen.getByRole("button", { name: "Soạn công văn đôn đốc" }));
    expect(await screen.findByText(/Đã mở Công văn đôn đốc - các phòng\.docx/)).toBeTruthy();
    expect(textOf(gateway.newDocuments[0])).toContain("Kính gửi: Các phòng.");
  });

  it("says there is nothing to chase when no open task is overdue or due soon", async () => {
    const gateway = FakeWordGateway.withText(threeOwners);
    await scanned(gateway, true, "2020-11-01");
    await userEvent.click(screen.getByRole("button", { name: "Soạn công văn đôn đốc" }));
    expect(await screen.findByText(/chưa cần công văn đôn đốc/)).toBeTruthy();
    expect(gateway.newDocuments).toHaveLength(0);
  });
});
