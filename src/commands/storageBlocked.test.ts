/**
 * @jest-environment jsdom
 */
/**
 * Some webviews throw on any touch of localStorage (storage disabled, a sandboxed frame). The ribbon buttons must
 * still register, and say what is missing instead of failing silently (issue 13, point 12).
 */
const messages: string[] = [];
jest.mock("../word/dialog", () => ({
  showMessageDialog: (text: string) => {
    messages.push(text);
    return Promise.resolve();
  },
}));

afterEach(() => {
  delete (window as unknown as { localStorage?: unknown }).localStorage; // jsdom's own back for its teardown
});

test("with localStorage throwing, every button registers and answers", async () => {
  Object.defineProperty(window, "localStorage", {
    configurable: true,
    get() {
      throw new DOMException("The operation is insecure.", "SecurityError");
    },
  });
  const actions = new Map<string, (event: { completed(): void }) => Promise<void>>();
  Object.assign(globalThis, {
    Office: {
      onReady: (callback: () => void) => callback(),
      actions: { associate: (name: string, action: never) => actions.set(name, action) },
    },
  });
  jest.isolateModules(() => require("./commands"));
  expect([...actions.keys()].sort()).toEqual(["insertDraft", "insertHeader", "insertSignature"]);
  let completed = false;
  await actions.get("insertHeader")!({ completed: () => (completed = true) });
  expect(completed).toBe(true);
  expect(messages).toEqual([expect.stringMatching(/Chưa có thông tin cơ quan/)]);
});
