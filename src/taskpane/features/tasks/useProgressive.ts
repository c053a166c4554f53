/**
 * Rows appear a few at a time after each change of what the list shows (a scan, a filter, a search), so the
 * count and the first rows are on screen at once and the rest follow in short steps the browser can paint
 * between: on a slow office PC, 50 Fluent rows in one go block the pane for most of a second.
 */
import * as React from "react";

/** The first step: what a 720 px screen shows, and a little more. */
export const FIRST_ROWS = 12;
const STEP = 12;

/** How many of `limit` rows to render now; `key` names what is shown, and a new key starts again from the top. */
export function useProgressive(limit: number, key: string): number {
  const [state, setState] = React.useState({ key, shown: Math.min(limit, FIRST_ROWS) });
  const shown = state.key === key ? Math.min(state.shown, limit) : Math.min(limit, FIRST_ROWS);

  React.useEffect(() => {
    if (state.key !== key) return setState({ key, shown });
    if (shown >= limit) return;
    // After this render is painted: a timer, not a microtask, so the browser gets its frame.
    const timer = setTimeout(
      () => React.startTransition(() => setState((s) => (s.key === key ? { key, shown: s.shown + STEP } : s))),
      0,
    );
    return () => clearTimeout(timer);
  }, [key, shown, limit, state.key]);

  return shown;
}
