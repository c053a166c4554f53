/**
 * What the pane needs from the outside world, provided once at the root so tests can hand in fakes.
 */
import * as React from "react";
import { WordGateway } from "../word";
import type { CheckGateway } from "../word/checkGateway";
import { ProfileStore } from "../word/profileStore";
import type { Clock } from "../core/dates";

export interface Services {
  gateway: WordGateway;
  profiles: ProfileStore;
  /** The one clock of the pane: the date picker, badges, default issue date and exports all ask it. */
  clock: Clock;
  /** Office's display language ("vi-VN", "en-US"): the pane's language until the clerk picks one in Cài đặt. */
  displayLanguage?: string;
  /** The "Kiểm tra" tab's reads and fixes; Office.js when absent. */
  checkGateway?: CheckGateway;
}

const ServicesContext = React.createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: React.ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = React.useContext(ServicesContext);
  if (!services) throw new Error("useServices outside ServicesProvider");
  return services;
}
