/**
 * How the tabs reach each other: open another tab, ask Nhiệm vụ to scan (from the welcome screen), and let
 * Cài đặt hold the clerk back when unsaved changes would be left behind.
 */
import * as React from "react";

export type TabId = "draft" | "tasks" | "check" | "settings";

/** Registered by a tab with unsaved work; `save` returns whether it saved (false: errors are on screen). */
export interface LeaveGuard {
  save(): boolean;
}

export interface Navigation {
  open(tab: TabId): void;
  /** Opens Nhiệm vụ and scans the document. */
  scan(): void;
  /** Grows by one at each scan() request; Nhiệm vụ scans when it changes. */
  scanRequests: number;
  setLeaveGuard(guard: LeaveGuard | null): void;
}

export const NavigationContext = React.createContext<Navigation>({
  open: () => undefined,
  scan: () => undefined,
  scanRequests: 0,
  setLeaveGuard: () => undefined,
});

export const useNavigation = (): Navigation => React.useContext(NavigationContext);
