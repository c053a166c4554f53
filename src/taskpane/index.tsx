/**
 * Task pane entry: waits for Office, then renders the app with the real Word gateway. Where office.js did not load
 * or the webview is too old, legacyCheck.ts (which runs first) has already replaced #container with a message.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { browserProfileStore, systemClock } from "../word";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { lazyGateway } from "./lazyGateway";

/** The code that talks to Word loads with the first action on the document, not before the first screen. */
const gateway = lazyGateway(() =>
  import(/* webpackChunkName: "word" */ "../word/officeWordGateway").then((m) => m.officeWordGateway),
);

if (typeof Office !== "undefined")
  Office.onReady(() => {
    const container = document.getElementById("container");
    if (!container) return;
    // The tabs have their own boundary (App.tsx); this one catches the shell, so the pane is never blank.
    createRoot(container).render(
      <ErrorBoundary>
        <App
          services={{
            gateway,
            profiles: browserProfileStore(),
            clock: systemClock,
            displayLanguage: Office.context?.displayLanguage, // the pane's language until the clerk picks one
          }}
        />
      </ErrorBoundary>,
    );
  });
