/**
 * The profile being edited in Cài đặt, apart from the saved one: what changed, what is wrong, and saving it.
 * A new profile is only a draft until it is saved (the active profile stays in use meanwhile), and the tab
 * tells the shell when there is something unsaved to lose.
 */
import * as React from "react";
import {
  AgencyProfile,
  EMPTY_PROFILE,
  ProfileIssue,
  addProfile,
  normalizeProfile,
  removeActiveProfile,
  saveProfile,
  validateProfile,
} from "../../../core/profile";
import { useNavigation } from "../../navigation";
import { useProfiles } from "../../profiles";

export function useProfileDraft() {
  const { active, update } = useProfiles();
  const navigation = useNavigation();
  const [creating, setCreating] = React.useState(false);
  const base = creating ? null : active;
  const [draft, setDraft] = React.useState<AgencyProfile>(() => active ?? EMPTY_PROFILE);
  /** Problems show once the clerk has touched a field or tried to save, not on an empty new form. */
  const [touched, setTouched] = React.useState<ReadonlySet<keyof AgencyProfile>>(new Set());
  const [submitted, setSubmitted] = React.useState(false);

  const reset = React.useCallback((profile: AgencyProfile | null) => {
    setDraft(profile ?? EMPTY_PROFILE);
    setTouched(new Set());
    setSubmitted(false);
  }, []);
  // Another profile chosen, imported or deleted: the form shows it.
  React.useEffect(() => {
    setCreating(false);
    reset(active);
  }, [active, reset]);

  const issues = validateProfile(draft);
  const errors = issues.filter((issue) => issue.severity === "error");
  const dirty =
    creating || JSON.stringify(normalizeProfile(draft)) !== JSON.stringify(normalizeProfile(base ?? EMPTY_PROFILE));

  const change = (patch: Partial<AgencyProfile>) => {
    setTouched((seen) => new Set([...seen, ...(Object.keys(patch) as Array<keyof AgencyProfile>)]));
    setDraft((current) => ({ ...current, ...patch }));
  };

  /** Saves when there is no error; otherwise shows every problem and returns false. */
  const save = (): boolean => {
    setSubmitted(true);
    if (errors.length > 0) return false;
    const clean = normalizeProfile(draft);
    update((book) => (creating ? addProfile(book, clean) : saveProfile(book, clean)));
    setCreating(false);
    setTouched(new Set());
    setSubmitted(false);
    return true;
  };

  // The shell asks before the clerk leaves the tab with unsaved changes.
  const saveRef = React.useRef(save);
  saveRef.current = save;
  React.useEffect(() => {
    navigation.setLeaveGuard(dirty ? { save: () => saveRef.current() } : null);
    return () => navigation.setLeaveGuard(null);
  }, [dirty, navigation]);

  /** The issue to show under a field (a margin's own box for a margin). */
  const issueFor = (field: keyof AgencyProfile, part?: string): ProfileIssue | undefined =>
    submitted || touched.has(field)
      ? issues.find((issue) => issue.field === field && (part === undefined || issue.part === part))
      : undefined;

  return {
    draft,
    change,
    dirty,
    creating,
    errors,
    submitted,
    issueFor,
    save,
    startNew: (name: string) => {
      setCreating(true);
      reset({ ...EMPTY_PROFILE, name });
    },
    revert: () => {
      setCreating(false);
      reset(active);
    },
    remove: () => update(removeActiveProfile),
  };
}
