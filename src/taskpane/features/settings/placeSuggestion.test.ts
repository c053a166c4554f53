import { placeSuggestion } from "./placeSuggestion";

describe("a full place name offered for an abbreviated one", () => {
  it.each([
    ["TP. Tây Ninh", "Tây Ninh"],
    ["Tp Hà Nội", "Hà Nội"],
    ["tx. Trảng Bàng", "Trảng Bàng"],
    ["P.3", "Phường 3"],
    ["Q. 1", "Quận 1"],
    ["TP. HCM", "Thành phố Hồ Chí Minh"],
    ["TPHCM", "Thành phố Hồ Chí Minh"],
    ["HN", "Hà Nội"],
  ])("%s → %s", (typed, full) => {
    expect(placeSuggestion(typed)).toBe(full);
  });

  it("offers nothing for a name already in full or one it cannot mend", () => {
    expect(placeSuggestion("Tây Ninh")).toBeNull();
    expect(placeSuggestion("Thành phố Hồ Chí Minh")).toBeNull();
    expect(placeSuggestion("ABC.XYZ")).toBeNull();
  });
});
