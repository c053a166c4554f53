/**
 * Several agency profiles, one active: a clerk drafts for more than one leader or unit.
 */
import { AgencyProfile } from "./index";
import { normalizeProfile } from "./normalize";

export interface ProfileBook {
  profiles: AgencyProfile[];
  /** Index into `profiles`; meaningless when the book is empty. */
  active: number;
}

export const emptyBook = (): ProfileBook => ({ profiles: [], active: 0 });

export const activeProfile = (book: ProfileBook): AgencyProfile | null => book.profiles[book.active] ?? null;

/** Reads what storage held: a book, a single profile from the first version, or anything else (→ empty). */
export function readBook(stored: unknown): ProfileBook {
  if (!stored || typeof stored !== "object") return emptyBook();
  const value = stored as { profiles?: unknown; active?: unknown };
  if (Array.isArray(value.profiles)) {
    const profiles = value.profiles.map(normalizeProfile);
    const active = Number.isInteger(value.active)
      ? Math.min(Math.max(0, value.active as number), Math.max(0, profiles.length - 1))
      : 0;
    return { profiles, active };
  }
  return { profiles: [normalizeProfile(stored)], active: 0 };
}

export function saveProfile(book: ProfileBook, profile: AgencyProfile): ProfileBook {
  if (book.profiles.length === 0) return { profiles: [profile], active: 0 };
  return { ...book, profiles: book.profiles.map((p, i) => (i === book.active ? profile : p)) };
}

export const addProfile = (book: ProfileBook, profile: AgencyProfile): ProfileBook => ({
  profiles: [...book.profiles, profile],
  active: book.profiles.length,
});

export function removeActiveProfile(book: ProfileBook): ProfileBook {
  const profiles = book.profiles.filter((_, i) => i !== book.active);
  return { profiles, active: Math.max(0, Math.min(book.active, profiles.length - 1)) };
}

export const selectProfile = (book: ProfileBook, index: number): ProfileBook =>
  index >= 0 && index < book.profiles.length ? { ...book, active: index } : book;
