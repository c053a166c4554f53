import { typedLetterSubject, typedSubject } from "./refit";

describe("reading back what the clerk typed in the add-in's blocks (Word's text of a content control)", () => {
  test.each([
    ["\rKẾT LUẬN THANH TRA\r\rVề việc thanh tra đất đai\r", "Về việc thanh tra đất đai"],
    ["KẾT LUẬN THANH TRA\rVề việc thanh tra\vđất đai tại xã A\r", "Về việc thanh tra\nđất đai tại xã A"],
    ["KẾT LUẬN THANH TRA\rVề việc thanh tra … tại …\r", null], // the grey guidance, untouched
    ["KẾT LUẬN THANH TRA\r\r", null],
  ])("title %j → %j", (text, expected) => {
    expect(typedSubject(text, "ket-luan-thanh-tra")).toBe(expected);
  });

  test.each([
    ["UBND\u0007THANH TRA TỈNH\rSố: 05/TTr-NV\rV/v góp ý dự thảo\u0007Tây Ninh, ngày …\u0007", "góp ý dự thảo"],
    ["Số:      /TTr-NV\rV/v [trích yếu]\u0007", null],
    ["Số: 05/KL-TTr\u0007", null],
  ])("header %j → %j", (text, expected) => {
    expect(typedLetterSubject(text)).toBe(expected);
  });
});
