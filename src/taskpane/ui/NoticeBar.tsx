/**
 * One notice: the sentence, Word's detail folded under it, and a question's buttons. Used by the tabs' status
 * places (StatusArea), beside a row, and by the toasts.
 */
import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";

export interface NoticeAction {
  label: string;
  onClick(): void;
  primary?: boolean;
}

export interface Notice {
  intent: "info" | "success" | "warning" | "error";
  text: string;
  /** Developer text (an exception's message): shown folded, never as the sentence. */
  detail?: string;
  actions?: NoticeAction[];
  /** A question the clerk's own click raised: the focus goes to its first button. */
  takeFocus?: boolean;
}

const useStyles = makeStyles({
  bar: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    border: `1px solid ${tokens.colorPaletteDarkOrangeBorder1}`,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder1}` },
  icon: {
    width: "16px",
    height: "16px",
    marginTop: "2px",
    borderRadius: tokens.borderRadiusCircular,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: "11px",
    lineHeight: "16px",
    fontWeight: tokens.fontWeightBold,
    textAlign: "center",
  },
  infoIcon: { backgroundColor: tokens.colorNeutralForeground3 },
  successIcon: { backgroundColor: tokens.colorPaletteGreenForeground3 },
  warningIcon: { backgroundColor: tokens.colorPaletteDarkOrangeForeground3 },
  errorIcon: { backgroundColor: tokens.colorPaletteRedForeground3 },
  actions: { gridColumn: "1 / -1", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  detailToggle: {
    border: "none",
    background: "none",
    padding: 0,
    marginTop: tokens.spacingVerticalXS,
    display: "block",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    textDecoration: "underline",
    cursor: "pointer",
  },
  code: {
    display: "block",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

const ICON: Record<Notice["intent"], string> = { info: "i", success: "✓", warning: "!", error: "×" };

/**
 * Drawn here rather than with Fluent's MessageBar, which would bring its resize observer and icon set into the
 * first screen for a coloured box.
 */
export function NoticeBar({ notice, className }: { notice: Notice; className?: string }) {
  const styles = useStyles();
  const { strings } = useI18n();
  const id = React.useId();
  const [detail, setDetail] = React.useState(false);
  const question = (notice.actions?.length ?? 0) > 0;
  const { intent } = notice;
  return (
    <div
      className={mergeClasses(styles.bar, intent !== "info" && styles[intent], className)}
      role={question ? "group" : undefined}
      aria-labelledby={question ? id : undefined}
    >
      <span aria-hidden="true" className={mergeClasses(styles.icon, styles[`${intent}Icon`])}>
        {ICON[intent]}
      </span>
      <div>
        <span id={id}>{notice.text}</span>
        {notice.detail && (
          <>
            <button
              type="button"
              className={styles.detailToggle}
              aria-expanded={detail}
              onClick={() => setDetail(!detail)}
            >
              {strings.technicalDetail}
            </button>
            {detail && <code className={styles.code}>{notice.detail}</code>}
          </>
        )}
      </div>
      {question && (
        <div className={styles.actions}>
          {notice.actions!.map((action) => (
            <Button
              key={action.label}
              size="small"
              appearance={action.primary ? "primary" : "secondary"}
              data-notice-action=""
              onClick={action.onClick}
            >
              {action.label}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
