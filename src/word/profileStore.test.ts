/**
 * @jest-environment jsdom
 */
import { emptyBook } from "../core/profile";
import { browserProfileStore } from "./profileStore";

afterEach(() => {
  // jsdom's own storage back in place
  delete (window as unknown as { localStorage?: unknown }).localStorage;
});

test("uses localStorage where it works", () => {
  browserProfileStore().rememberKind("bao-cao");
  expect(window.localStorage.getItem("kl.lastKind")).toBe("bao-cao");
});

test.each([
  [
    "reading it throws",
    {
      get: () => {
        throw new DOMException("insecure", "SecurityError");
      },
    },
  ],
  [
    "writing to it throws",
    {
      get: () => ({
        getItem: () => null,
        setItem: () => {
          throw new DOMException("full", "QuotaExceededError");
        },
        removeItem: () => undefined,
      }),
    },
  ],
])("falls back to memory when %s", (_, descriptor) => {
  Object.defineProperty(window, "localStorage", { configurable: true, ...descriptor });
  const store = browserProfileStore();
  expect(store.load()).toEqual(emptyBook());
  store.rememberKind("ke-hoach");
  expect(store.lastKind()).toBe("ke-hoach");
});
