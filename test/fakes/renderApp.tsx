import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { Services } from "../../src/taskpane/services";

/** Renders the pane and waits until the open tab's lazily loaded code has rendered. */
export async function renderApp(services: Services): Promise<void> {
  render(<App services={services} />);
  await waitForTab();
}

/**
 * The tab's code is a lazy chunk: its first import in a jest worker transforms the whole feature, which took over
 * waitFor's default 1 s on CI's 2 shared cores (scanFailure.test.tsx, 2026-12-06). Loading is awaited, not timed.
 */
export const waitForTab = (): Promise<void> =>
  waitFor(() => expect(screen.queryByText(/^(Đang tải…|Loading…)$/)).toBeNull(), { timeout: 15000 });
