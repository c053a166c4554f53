/**
 * Task pane entry: waits for Office, then renders the app with the real Word gateway.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { localProfileStore, memoryProfileStore, officeWordGateway, systemClock } from "../word";
import { App } from "./App";

function profileStore() {
  try {
    window.localStorage.getItem("kl.probe");
    return localProfileStore();
  } catch {
    // Some hosts block storage in the webview: keep the profile for this session only.
    return memoryProfileStore();
  }
}

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <App services={{ gateway: officeWordGateway, profiles: profileStore(), clock: systemClock }} />,
  );
});
