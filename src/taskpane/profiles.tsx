/**
 * The clerk's agency profiles, shared by the tabs: the Drafting tab reads the active one,
 * the Settings tab edits them. Every change is saved to the store at once.
 */
import * as React from "react";
import { AgencyProfile, ProfileBook, activeProfile } from "../core/profile";
import { useServices } from "./services";

interface Profiles {
  book: ProfileBook;
  active: AgencyProfile | null;
  update(change: (book: ProfileBook) => ProfileBook): void;
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
  const value = React.useMemo(() => ({ book, active: activeProfile(book), update }), [book, update]);
  return <ProfilesContext.Provider value={value}>{children}</ProfilesContext.Provider>;
}

export function useProfiles(): Profiles {
  const value = React.useContext(ProfilesContext);
  if (!value) throw new Error("useProfiles outside ProfilesProvider");
  return value;
}
