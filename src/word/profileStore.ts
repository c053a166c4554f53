/**
 * Where the agency profile lives between sessions: the pane's localStorage (Word has no
 * roamingSettings; those exist only in Outlook). Nothing leaves the machine.
 */
import { AgencyProfile, EMPTY_PROFILE } from "../core/profile";

export interface ProfileStore {
  load(): AgencyProfile | null;
  save(profile: AgencyProfile): void;
}

const KEY = "kl.profile.v1";

export function localProfileStore(storage: Pick<Storage, "getItem" | "setItem"> = window.localStorage): ProfileStore {
  return {
    load() {
      const raw = storage.getItem(KEY);
      if (!raw) return null;
      try {
        return { ...EMPTY_PROFILE, ...(JSON.parse(raw) as Partial<AgencyProfile>) };
      } catch {
        return null;
      }
    },
    save(profile) {
      storage.setItem(KEY, JSON.stringify(profile));
    },
  };
}

/** An in-memory store for tests and for hosts where localStorage is blocked. */
export function memoryProfileStore(initial: AgencyProfile | null = null): ProfileStore {
  let current = initial;
  return {
    load: () => current,
    save: (profile) => {
      current = profile;
    },
  };
}
