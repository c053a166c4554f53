/**
 * Profile import and export as JSON (the file the pane exports and the CLI reads). Storage is the pane's job.
 */
import type { AgencyProfile } from "./index";
import { normalizeProfile } from "./normalize";
import { ProfileIssue, validateProfile } from "./validate";

export interface ParsedProfile {
  /** Always a complete profile (defaults where the file had nothing usable). */
  profile: AgencyProfile;
  issues: ProfileIssue[];
  /** Set when the text is not a JSON object at all; the profile is then the empty default. */
  error?: { message: string; messageEn: string };
}

export function parseProfileJson(text: string): ParsedProfile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const profile = normalizeProfile({});
    return {
      profile,
      issues: validateProfile(profile),
      error: {
        message: `Tệp hồ sơ không phải JSON hợp lệ (${detail}).`,
        messageEn: `The profile file is not valid JSON (${detail}).`,
      },
    };
  }
  const profile = normalizeProfile(data);
  const notObject = typeof data !== "object" || data === null || Array.isArray(data);
  return {
    profile,
    issues: validateProfile(profile),
    ...(notObject && {
      error: {
        message: "Tệp hồ sơ phải là một đối tượng JSON { … }.",
        messageEn: "The profile file must be a JSON object { … }.",
      },
    }),
  };
}

/** Pretty JSON of the normalised profile, stable key order, ready to save or share. */
export function profileToJson(profile: AgencyProfile): string {
  return `${JSON.stringify(normalizeProfile(profile), null, 2)}\n`;
}
