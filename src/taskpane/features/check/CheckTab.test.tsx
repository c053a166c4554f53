/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeWordGateway } from "../../../../test/fakes/fakeWordGateway";
import { FakeCheckGateway } from "../../../../test/fakes/fakeCheckGateway";
import { memoryProfileStore } from "../../../word";
import { clockAt } from "../../../../test/fakes/clock";
import { renderApp, waitForTab } from "../../../../test/fakes/renderApp";
import { baseParts, editParagraph, p, zipParts } from "../../../../test/check/fixture";

/** A compliant document with two breaches (the day without its leading zero, a 15 pt national title, which also wraps). */
function brokenDocx(): Uint8Array {
  let parts = baseParts();
  parts = editParagraph(
    parts,
    "Tây Ninh, ngày",
    p.text((t) => t.replace("ngày 05", "ngày 5")),
  );
  parts = editParagraph(parts, "CỘNG HÒA", p.size(15));
  return zipParts(parts);
}

/** The pane on the Kiểm tra tab with "Kiểm tra thể thức" clicked. */
async function runCheck(check: FakeCheckGateway) {
  await renderApp({
    gateway: new FakeWordGateway(),
    profiles: memoryProfileStore(),
    clock: clockAt("2026-06-05"),
    checkGateway: check,
  });
  await userEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  await waitForTab();
  await userEvent.click(screen.getByRole("button", { name: "Kiểm tra thể thức" }));
}

async function openCheck(check: FakeCheckGateway, summary: string | RegExp = "2 lỗi, 1 cảnh báo") {
  await runCheck(check);
  await screen.findByText(summary);
}

test("findings are grouped by area, in Vietnamese, read from one OOXML snapshot", async () => {
  const check = new FakeCheckGateway(brokenDocx());
  await openCheck(check);
  const header = screen.getByRole("region", { name: "Tiêu đề" });
  expect(within(header).getByText(/Ngày nhỏ hơn 10 phải ghi thêm số 0/)).toBeTruthy();
  expect(within(header).getByText(/Quốc hiệu phải cỡ chữ 12–13. \(đang là 15 pt.\)/)).toBeTruthy();
  expect(check.calls).toEqual(["readForCheck"]);
});

test("a fix shows what it will change, applies only after yes, and the check runs again", async () => {
  const check = new FakeCheckGateway(brokenDocx());
  await openCheck(check);
  const item = screen.getByText(/Ngày nhỏ hơn 10/).closest("li") as HTMLElement;
  await userEvent.click(within(item).getByRole("button", { name: "Sửa" }));
  // The preview opens beside the finding, where the clerk clicked, not at the top of a long list.
  expect(within(item).getByText("Ghi “05” thay cho “5”.")).toBeTruthy();
  expect(check.calls).not.toContain("applyFixes");
  // The question holds the focus: Enter applies.
  expect(document.activeElement).toBe(within(item).getByRole("button", { name: "Áp dụng" }));
  await userEvent.click(within(item).getByRole("button", { name: "Áp dụng" }));
  await screen.findByText(/Đã sửa 1 mục/);
  await screen.findByText("1 lỗi, 1 cảnh báo");
  expect(screen.queryByText(/Ngày nhỏ hơn 10/)).toBeNull();
  expect(check.calls).toEqual(["readForCheck", "applyFixes", "readForCheck"]);
});

test("“Sửa tất cả lỗi an toàn” lists every change, then leaves no error", async () => {
  const check = new FakeCheckGateway(brokenDocx());
  await openCheck(check);
  await userEvent.click(screen.getByRole("button", { name: "Sửa tất cả lỗi an toàn (2)" }));
  // Beside the button, above the list.
  expect(screen.getByText("Sẽ thay đổi:")).toBeTruthy();
  expect(within(screen.getByRole("region", { name: "Tiêu đề" })).queryByText("Sẽ thay đổi:")).toBeNull();
  expect(screen.getByText("Đặt cỡ chữ 13 pt.")).toBeTruthy();
  expect(screen.getByText("Ghi “05” thay cho “5”.")).toBeTruthy();
  await userEvent.click(screen.getByRole("button", { name: "Áp dụng" }));
  // 13 pt, the nearest legal size, still wraps in this 12 pt column: the warning stays for the clerk to judge.
  await screen.findByText("0 lỗi, 1 cảnh báo");
  expect(screen.queryByRole("button", { name: /Sửa tất cả/ })).toBeNull();
});

test("a document Word opened read-only (a signed one) is audited: findings, no fix button", async () => {
  const check = new FakeCheckGateway(brokenDocx());
  check.readOnly = true;
  await openCheck(check);
  expect(screen.getByText(/chỉ kiểm tra, không sửa/)).toBeTruthy();
  expect(screen.getByText(/Ngày nhỏ hơn 10/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Sửa" })).toBeNull();
  expect(screen.queryByRole("button", { name: /Sửa tất cả/ })).toBeNull();
});

test("clicking a finding's text selects its paragraph; a changed document says to check again", async () => {
  const check = new FakeCheckGateway(brokenDocx());
  await openCheck(check);
  await userEvent.click(screen.getByRole("button", { name: /“Tây Ninh, ngày 5 tháng 02 năm 2026”/ }));
  await waitFor(() => expect(check.selected).not.toBeNull());
  check.parts.set("word/document.xml", check.parts.get("word/document.xml")!.replace("ngày 5 tháng", "ngày 6 tháng"));
  const item = screen.getByText(/Ngày nhỏ hơn 10/).closest("li") as HTMLElement;
  await userEvent.click(within(item).getByRole("button", { name: "Sửa" }));
  await userEvent.click(screen.getByRole("button", { name: "Áp dụng" }));
  expect(await within(item).findByText(/Văn bản đã thay đổi từ lần kiểm tra trước/)).toBeTruthy();
});

test("a finding in the page header selects its paragraph there", async () => {
  const parts = editParagraph(baseParts(), "1", p.size(11), "word/header1.xml");
  const check = new FakeCheckGateway(zipParts(parts));
  await openCheck(check, /^\d+ lỗi, \d+ cảnh báo$/);
  const page = screen.getByRole("region", { name: "Trang" });
  await userEvent.click(within(page).getByRole("button", { name: /“1”/ }));
  await waitFor(() => expect(check.selectedIn).toBe("header"));
  expect(check.selected).toBe(0);
});

test("a failure Word does not name is said in a sentence, Word's own words folded under 'Chi tiết kỹ thuật'", async () => {
  const check = new FakeCheckGateway(brokenDocx());
  check.readForCheck = async () => ({
    ok: false,
    error: {
      code: "unknown",
      message: "Word báo lỗi: GeneralException x.y.",
      messageEn: "Word reported: GeneralException x.y.",
    },
  });
  await runCheck(check);
  await screen.findByText(/Word không thực hiện được thao tác này/);
  expect(screen.queryByText(/GeneralException/)).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: "Chi tiết kỹ thuật" }));
  expect(screen.getByText(/GeneralException x\.y\./)).toBeTruthy();
});
