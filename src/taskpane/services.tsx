/**
 * What the pane needs from the outside world, provided once at the root so tests can hand in fakes.
 */
import * as React from "react";
import { WordGateway } from "../word";
import { ProfileStore } from "../word/profileStore";

export interface Services {
  gateway: WordGateway;
  profiles: ProfileStore;
  /** Today as a calendar date; the clock is read here, at the edge, never in the core. */
  today(): { year: number; month: number; day: number };
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
