/**
 * The clerk's agency profiles and follow-up settings, shared by the tabs: the Drafting tab reads the active profile,
 * the Nhiệm vụ tab the follow-up settings, the Settings tab edits both. Every change is saved to the store at once.
 */
import * as React from "react";
import { AgencyProfile, ProfileBook, activeProfile } from "../core/profile";
import type { FollowUpSettings } from "../core/followup";
import { useServices } from "./services";

interface Profiles {
  book: ProfileBook;
  active: AgencyProfile | null;
  update(change: (book: ProfileBook) => ProfileBook): void;
  /** "Sắp đến hạn" days and calendar alarm days (Cài đặt). */
  followUp: FollowUpSettings;
  saveFollowUp(settings: FollowUpSettings): void;
}

const ProfilesContext = React.createContext<Profiles | null>(null);

export function ProfilesProvider({ children }: { children: React.ReactNode }) {
  const { profiles } = useServices();
  const [book, setBook] = React.useState<ProfileBook>(() => profiles.load());
  const update = React.useCallback(
    (change: (book: ProfileBook) => ProfileBook) =>
      setBook((current) => {
        const next = change(current);
        profiles.save(next);
        return next;
      }),
    [profiles],
  );
  const [followUp, setFollowUp] = React.useState<FollowUpSettings>(() => profiles.followUpSettings());
  const saveFollowUp = React.useCallback(
    (settings: FollowUpSettings) => {
      profiles.rememberFollowUpSettings(settings);
      setFollowUp(settings);
    },
    [profiles],
  );
  const value = React.useMemo(
    () => ({ book, active: activeProfile(book), update, followUp, saveFollowUp }),
    [book, update, followUp, saveFollowUp],
  );
  return <ProfilesContext.Provider value={value}>{children}</ProfilesContext.Provider>;
}

export function useProfiles(): Profiles {
  const value = React.useContext(ProfilesContext);
  if (!value) throw new Error("useProfiles outside ProfilesProvider");
  return value;
}
