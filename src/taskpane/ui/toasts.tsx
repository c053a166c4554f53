/**
 * Toasts: a short "done" at the bottom of the pane, visible wherever the clerk has scrolled, with at most one
 * action ("Hoàn tác"). One at a time (the newest replaces the last); it goes after a few seconds unless the
 * pointer or the focus is on it. Small on purpose: it is part of the first screen.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { NoticeBar } from "./NoticeBar";

export interface ToastInput {
  text: string;
  action?: { label: string; onClick(): void };
}

interface Toast extends ToastInput {
  id: number;
}

const SHOW_MS = 5000;
/** Longer when there is something to undo. */
const SHOW_WITH_ACTION_MS = 10000;

const useStyles = makeStyles({
  toaster: {
    position: "fixed",
    insetInline: tokens.spacingHorizontalS,
    bottom: "56px", // above a tab's sticky footer (Cài đặt's "Lưu"), which a toast must not cover
    zIndex: 1000,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    pointerEvents: "none",
  },
  toast: { pointerEvents: "auto", boxShadow: tokens.shadow16 },
});

interface Toaster {
  show(toast: ToastInput): void;
  /** Takes the last "done" away: the clerk now has an error or a question to read, not an old success. */
  dismiss(): void;
}

const ToastContext = React.createContext<Toaster>({ show: () => undefined, dismiss: () => undefined });

export const useToast = () => React.useContext(ToastContext).show;
export const useDismissToast = () => React.useContext(ToastContext).dismiss;

export function ToastProvider({ children }: { children: React.ReactNode }) {
  const styles = useStyles();
  const [toast, setToast] = React.useState<Toast | null>(null);
  const [held, setHeld] = React.useState(false);
  const count = React.useRef(0);
  const toaster = React.useMemo<Toaster>(
    () => ({
      show: (input) => setToast({ ...input, id: (count.current += 1) }),
      dismiss: () => {
        setToast(null);
        setHeld(false);
      },
    }),
    [],
  );

  React.useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(() => setToast(null), toast.action ? SHOW_WITH_ACTION_MS : SHOW_MS);
    return () => clearTimeout(timer);
  }, [toast, held]);

  const hold = { onMouseEnter: () => setHeld(true), onMouseLeave: () => setHeld(false) };
  return (
    <ToastContext.Provider value={toaster}>
      {children}
      <div className={styles.toaster} role="status" aria-live="polite" data-toaster="">
        {toast && (
          <div
            key={toast.id}
            className={styles.toast}
            {...hold}
            onFocus={() => setHeld(true)}
            onBlur={() => setHeld(false)}
          >
            <NoticeBar
              notice={{
                intent: "success",
                text: toast.text,
                actions: toast.action && [
                  {
                    label: toast.action.label,
                    onClick: () => {
                      setToast(null);
                      setHeld(false);
                      toast.action!.onClick();
                    },
                  },
                ],
              }}
            />
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}
