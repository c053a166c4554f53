/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { EMPTY_PROFILE } from "../../../core/profile";
import { plainParagraphs } from "../../../core/model";
import { FakeWordGateway } from "../../../../test/fakes/fakeWordGateway";
import { App } from "../../App";
import { memoryProfileStore } from "../../../word";

const tayNinh = {
  ...EMPTY_PROFILE,
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  place: "Tây Ninh",
};

function renderPane(profile = tayNinh) {
  const gateway = new FakeWordGateway();
  const services = {
    gateway,
    profiles: memoryProfileStore(profile),
    today: () => ({ year: 2020, month: 11, day: 10 }),
  };
  render(<App services={services} />);
  return { gateway };
}

describe("Soạn thảo tab", () => {
  it("shows the three tabs in Vietnamese", () => {
    renderPane();
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(3);
    for (const name of ["Soạn thảo", "Nhiệm vụ", "Cài đặt"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
  });

  it("inserts the header once, built from the profile and the date, when the clerk clicks", async () => {
    const { gateway } = renderPane();

    await userEvent.click(screen.getByRole("button", { name: "Chèn tiêu đề văn bản" }));

    expect(gateway.inserted).toHaveLength(1);
    const [block] = gateway.inserted;
    expect(block.name).toBe("header");
    expect(plainParagraphs(block.blocks)).toEqual([
      "UBND TỈNH TÂY NINH",
      "THANH TRA TỈNH",
      "",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "",
      "Số:      /KL-TTr",
      "Tây Ninh, ngày 10 tháng 11 năm 2020",
    ]);
    expect(await screen.findByText("Đã chèn vào văn bản.")).toBeTruthy();
  });

  it("writes the number with its leading zero and leaves the day blank when it is not known", async () => {
    const { gateway } = renderPane();

    await userEvent.type(screen.getByLabelText("Số văn bản (để trống khi là bản thảo)"), "5");
    await userEvent.click(screen.getByLabelText("Chưa biết ngày (để trống ngày cho văn thư)"));
    await userEvent.click(screen.getByRole("button", { name: "Chèn tiêu đề văn bản" }));

    const lines = plainParagraphs(gateway.inserted[0].blocks);
    expect(lines).toContain("Số: 05/KL-TTr");
    // A visible blank for the records clerk to write the day in by hand.
    expect(lines[lines.length - 1]).toMatch(/^Tây Ninh, ngày {3,}tháng 11 năm 2020$/);
  });

  it("shows Word's failure in Vietnamese and inserts nothing", async () => {
    const { gateway } = renderPane();
    gateway.failNextWith({ code: "document-protected", message: "Văn bản đang bị khóa.", messageEn: "Locked." });

    await userEvent.click(screen.getByRole("button", { name: "Chèn tiêu đề văn bản" }));

    expect(gateway.inserted).toHaveLength(0);
    expect(await screen.findByText("Văn bản đang bị khóa.")).toBeTruthy();
  });

  it("asks for the agency details first when the profile is empty", async () => {
    renderPane(EMPTY_PROFILE);
    expect(screen.queryByRole("button", { name: "Chèn tiêu đề văn bản" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Mở Cài đặt" }));
    expect(screen.getByLabelText(/Cơ quan ban hành/)).toBeTruthy();
  });
});
