import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { Services } from "../../src/taskpane/services";

/** Renders the pane and waits until the open tab's lazily loaded code has rendered. */
export async function renderApp(services: Services): Promise<void> {
  render(<App services={services} />);
  await waitForTab();
}

export const waitForTab = (): Promise<void> =>
  waitFor(() => expect(screen.queryByText(/^(Đang tải…|Loading…)$/)).toBeNull());
