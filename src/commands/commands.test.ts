/**
 * @jest-environment jsdom
 */
/**
 * The ribbon buttons, with Office's registration and the Word gateway replaced by fakes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FakeWordGateway } from "../../test/fakes/fakeWordGateway";
import { TAY_NINH } from "../../test/fakes/profiles";
import { memoryProfileStore } from "../word";

const gateway = new FakeWordGateway();
const store = memoryProfileStore();
const messages: string[] = [];
/** Closes the dialog the last message opened; until then a command must not complete. */
let closeDialog: () => void = () => undefined;
let autoClose = true;

jest.mock("../word", () => {
  const actual = jest.requireActual("../word");
  return {
    ...actual,
    officeWordGateway: new Proxy(
      {},
      { get: (_, name: string) => (gateway as never)[name] && ((gateway as never)[name] as Function).bind(gateway) },
    ),
    browserProfileStore: () => store,
    showMessageDialog: (text: string) => {
      messages.push(text);
      return new Promise<void>((resolve) => {
        closeDialog = resolve;
        if (autoClose) resolve();
      });
    },
    systemClock: { today: () => ({ year: 2026, month: 6, day: 5 }), now: () => "2026-06-05T03:00:00Z" },
  };
});

const actions = new Map<string, (event: { completed(): void }) => Promise<void>>();
Object.assign(globalThis, {
  Office: {
    onReady: (callback: () => void) => callback(),
    actions: { associate: (name: string, action: never) => actions.set(name, action) },
  },
});

require("./commands");

async function press(name: string): Promise<boolean> {
  let completed = false;
  await actions.get(name)!({ completed: () => (completed = true) });
  return completed;
}

beforeEach(() => {
  autoClose = true;
  gateway.items = [];
  gateway.cursor = 0;
  gateway.calls.length = 0;
  messages.length = 0;
  store.save({ profiles: [TAY_NINH], active: 0 });
});

test("registers exactly the functions the manifest's buttons call", () => {
  const manifest = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
  const named = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
  expect(named).toHaveLength(3);
  expect([...actions.keys()].sort()).toEqual(named.sort());
});

test("without a profile, a button says what to do instead of inserting, and still completes", async () => {
  store.save({ profiles: [], active: 0 });
  expect(await press("insertHeader")).toBe(true);
  expect(gateway.inserted).toHaveLength(0);
  expect(messages[0]).toMatch(/Chưa có thông tin cơ quan/);
});

test("header and signature go in at the cursor from the active profile and today's date", async () => {
  await press("insertHeader");
  await press("insertSignature");
  expect(gateway.inserted.map((b) => b.name)).toEqual(["header", "signature"]);
  expect(JSON.stringify(gateway.inserted[0])).toContain("Tây Ninh, ngày 05 tháng 6 năm 2026");
});

test("a whole draft of the last used kind goes into an empty document only", async () => {
  store.rememberKind("bao-cao");
  await press("insertDraft");
  expect(gateway.inserted.map((b) => b.name)).toEqual(["header", "title", "scaffold", "signature"]);
  expect(JSON.stringify(gateway.inserted[1])).toContain("BÁO CÁO");

  gateway.items = [{ kind: "text", paragraph: { text: "Nội dung của cán bộ." } }];
  await press("insertDraft");
  expect(gateway.inserted).toHaveLength(0);
  expect(messages.at(-1)).toMatch(/Văn bản đã có nội dung/);
});

test("Word's refusal reaches the clerk as a message", async () => {
  gateway.failNextWith({ code: "document-protected", message: "Văn bản đang bị khóa.", messageEn: "Locked." });
  await press("insertHeader");
  expect(messages).toEqual(["Văn bản đang bị khóa."]);
});

test("a command completes only when its message dialog is closed, not when it opens", async () => {
  store.save({ profiles: [], active: 0 });
  autoClose = false;
  let completed = false;
  const pressed = actions.get("insertHeader")!({ completed: () => (completed = true) });
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(messages).toHaveLength(1);
  expect(completed).toBe(false);
  closeDialog();
  await pressed;
  expect(completed).toBe(true);
});

test("a command always completes, even when something throws", async () => {
  const readDocument = gateway.readDocument;
  gateway.readDocument = () => Promise.reject(new Error("hỏng"));
  try {
    expect(await press("insertDraft")).toBe(true);
    expect(messages.at(-1)).toMatch(/Không thực hiện được: hỏng/);
  } finally {
    gateway.readDocument = readDocument;
  }
});
