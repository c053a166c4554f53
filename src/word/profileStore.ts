/**
 * Where the agency profiles live between sessions: the pane's localStorage (Word has no
 * roamingSettings; those exist only in Outlook). Nothing leaves the machine.
 */
import { ProfileBook, emptyBook, readBook } from "../core/profile";
import { DEFAULT_FOLLOW_UP, FollowUpSettings, readFollowUpSettings } from "../core/followup";

export interface ProfileStore {
  load(): ProfileBook;
  save(book: ProfileBook): void;
  /** The kind of the last whole draft, for the ribbon's one-click draft. */
  lastKind(): string | null;
  rememberKind(kind: string): void;
  /** Cài đặt's follow-up settings: "due soon" days and calendar alarm days (defaults until the clerk sets them). */
  followUpSettings(): FollowUpSettings;
  rememberFollowUpSettings(settings: FollowUpSettings): void;
  /** The pane's language as the clerk last chose it in Cài đặt; null until then (Office's display language applies). */
  language(): string | null;
  rememberLanguage(language: string): void;
}

/** v1 held a single profile; readBook still understands it. */
const KEY = "kl.profile.v1";
const LAST_KIND_KEY = "kl.lastKind";
const FOLLOW_UP_KEY = "kl.followUp";
const LANGUAGE_KEY = "kl.language";

export function localProfileStore(storage: Pick<Storage, "getItem" | "setItem"> = window.localStorage): ProfileStore {
  return {
    load() {
      const raw = storage.getItem(KEY);
      if (!raw) return emptyBook();
      try {
        return readBook(JSON.parse(raw));
      } catch {
        return emptyBook();
      }
    },
    save(book) {
      storage.setItem(KEY, JSON.stringify(book));
    },
    lastKind: () => storage.getItem(LAST_KIND_KEY),
    rememberKind: (kind) => storage.setItem(LAST_KIND_KEY, kind),
    followUpSettings() {
      try {
        return readFollowUpSettings(JSON.parse(storage.getItem(FOLLOW_UP_KEY) ?? "null"));
      } catch {
        return DEFAULT_FOLLOW_UP;
      }
    },
    rememberFollowUpSettings: (settings) => storage.setItem(FOLLOW_UP_KEY, JSON.stringify(settings)),
    language: () => storage.getItem(LANGUAGE_KEY),
    rememberLanguage: (language) => storage.setItem(LANGUAGE_KEY, language),
  };
}

/**
 * The pane's and the ribbon's store: localStorage where the webview allows it, otherwise (storage disabled, a
 * sandboxed iframe, Safari's private mode: reading `window.localStorage` or writing to it throws) a store kept in
 * memory for the session, so the pane still opens and the ribbon buttons still register.
 */
export function browserProfileStore(): ProfileStore {
  try {
    const storage = window.localStorage;
    storage.setItem(PROBE_KEY, "1");
    storage.removeItem(PROBE_KEY);
    return localProfileStore(storage);
  } catch {
    return memoryProfileStore();
  }
}

const PROBE_KEY = "kl.probe";

/** An in-memory store for tests and for hosts where localStorage is blocked. */
export function memoryProfileStore(initial: ProfileBook = emptyBook()): ProfileStore {
  let current = initial;
  let kind: string | null = null;
  let followUp = DEFAULT_FOLLOW_UP;
  let language: string | null = null;
  return {
    load: () => current,
    save: (book) => {
      current = book;
    },
    lastKind: () => kind,
    rememberKind: (value) => {
      kind = value;
    },
    followUpSettings: () => followUp,
    rememberFollowUpSettings: (value) => {
      followUp = value;
    },
    language: () => language,
    rememberLanguage: (value) => {
      language = value;
    },
  };
}
