/**
 * Rows appear a few at a time after each change of what the list shows (a scan, a filter, a search), so the
 * count and the first rows are on screen at once and the rest follow in short steps the browser can paint
 * between: on a slow office PC, 50 Fluent rows in one go block the pane for most of a second.
 */
import * as React from "react";

/**
 * The first step: what a 720 px pane shows after a scan (the first row ends at about 450 px, rows are about 100 px
 * tall), and one more. It is drawn in the same task as the count, so every row more is time the pane is frozen.
 */
export const FIRST_ROWS = 5;
const STEP = 10;

/**
 * How many of `limit` rows to render now; `key` names what is shown, and a new key starts again from the top.
 * `atLeast`: rows that must be drawn at once (a row about to take the focus); they stay drawn afterwards.
 */
export function useProgressive(limit: number, key: string, atLeast = 0): number {
  const [state, setState] = React.useState({ key, shown: Math.min(limit, FIRST_ROWS) });
  const base = state.key === key ? state.shown : FIRST_ROWS;
  const shown = Math.min(limit, Math.max(base, atLeast));

  React.useEffect(() => {
    if (state.key !== key || state.shown < shown) return setState({ key, shown });
    if (shown >= limit) return;
    // After this render is painted: a timer, not a microtask, so the browser gets its frame.
    const timer = setTimeout(
      () => React.startTransition(() => setState((s) => (s.key === key ? { key, shown: s.shown + STEP } : s))),
      0,
    );
    return () => clearTimeout(timer);
  }, [key, shown, limit, state.key, state.shown]);

  return shown;
}
