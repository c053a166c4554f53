/**
 * The one place per tab where the pane answers the clerk: at the top of the tab, brought into view when it
 * changes, and, when it asks a question, holding the focus on its first button so the answer is one key away.
 * Technical detail (Word's own error text) is folded away under the sentence the clerk reads.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Notice, NoticeBar } from "./NoticeBar";
import { useDismissToast } from "./toasts";

const useStyles = makeStyles({
  // Neither the sticky tab bar nor a tab's sticky footer (Cài đặt's "Lưu" and its line) may cover the notice it
  // scrolls to. Empty, the live region stays (so a message that arrives is announced) but gives back the gap its
  // column puts after it.
  area: {
    scrollMarginTop: "64px",
    scrollMarginBottom: "96px",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    ":empty": { marginBottom: `calc(-1 * ${tokens.spacingVerticalM})` },
  },
});

/** Shows `notices` (usually none or one), brings them into view, and a question's buttons to the keyboard. */
export function StatusArea({ notices }: { notices: ReadonlyArray<Notice | null | false | undefined> }) {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const dismissToast = useDismissToast();
  const shown = notices.filter((n): n is Notice => Boolean(n));
  const key = shown.map((n) => `${n.intent}:${n.text}`).join("|");

  React.useEffect(() => {
    const area = ref.current;
    if (!area || shown.length === 0) return;
    // jsdom has no layout, hence no scrollIntoView: guard so the unit tests run the same code.
    area.scrollIntoView?.({ block: "nearest" });
    // An earlier action's "done" beside a question or an error would answer the wrong thing.
    if (shown.some((n) => n.takeFocus || n.intent === "error")) dismissToast();
    if (shown.some((n) => n.takeFocus)) area.querySelector<HTMLElement>("[data-notice-action]")?.focus();
  }, [key]); // only a new notice moves the view; re-renders of the same one do not

  return (
    <div ref={ref} className={styles.area} role="status" aria-live="polite">
      {shown.map((notice) => (
        <NoticeBar key={`${notice.intent}:${notice.text}`} notice={notice} />
      ))}
    </div>
  );
}
