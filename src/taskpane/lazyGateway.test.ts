import { FakeWordGateway } from "../../test/fakes/fakeWordGateway";
import { lazyGateway } from "./lazyGateway";

describe("a gateway loaded on first use", () => {
  it("loads once, on the first call, and then passes every call through with its arguments and result", async () => {
    const fake = FakeWordGateway.withText(["Đoạn một.", "Đoạn hai."]);
    const load = jest.fn(() => Promise.resolve(fake));
    const gateway = lazyGateway(load);
    expect(load).not.toHaveBeenCalled();

    const read = await gateway.readDocument();
    expect(read.ok && read.value.paragraphs.map((p) => p.text)).toEqual(["Đoạn một.", "Đoạn hai."]);
    await gateway.selectText("Đoạn hai.", 1);
    expect(fake.selected).toBe("Đoạn hai.");
    expect(fake.calls).toEqual(["readDocument", "selectText"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("passes a failure on as the same result", async () => {
    const fake = new FakeWordGateway();
    fake.failNextWith({ code: "busy", message: "Word đang bận.", messageEn: "Busy." });
    const result = await lazyGateway(() => Promise.resolve(fake)).hasBlock("header");
    expect(result).toEqual({ ok: false, error: { code: "busy", message: "Word đang bận.", messageEn: "Busy." } });
  });
});
