/**
 * Keeps a failure in one tab inside that tab. Without it, a render error anywhere unmounts the whole pane and the
 * clerk is left with a blank panel. Placed around each tab, so the shell above (tabs, language, profiles,
 * the checklist saved in the document) stays as it was; "Tải lại" draws the tab again. It is in the first bundle, so
 * it uses what the shell already loads (Text, styles), not MessageBar or Button (10 KB more for every clerk).
 */
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { Language, useI18n } from "./i18n";

// Its own words: the component must render even when what failed is the shared strings.
const LABELS: Record<Language, { title: string; detail: string; reload: string }> = {
  vi: {
    title: "Phần này gặp lỗi",
    detail: "Dữ liệu đã lưu trong văn bản và các tab khác không bị ảnh hưởng.",
    reload: "Tải lại",
  },
  en: {
    title: "Something went wrong here",
    detail: "What is saved in the document and the other tabs are not affected.",
    reload: "Reload",
  },
};

const useStyles = makeStyles({
  alert: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  reload: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    cursor: "pointer",
  },
});

interface Props {
  /** A tab's boundary: false while another tab is shown; showing the tab again tries it again. */
  shown?: boolean;
  labels: (typeof LABELS)[Language];
  styles: ReturnType<typeof useStyles>;
  children: React.ReactNode;
}

class Boundary extends React.Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.error && this.props.shown && previous.shown === false) this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { labels, styles } = this.props;
    return (
      <div role="alert" className={styles.alert}>
        <Text weight="semibold">{labels.title}</Text>
        <Text>
          {error.message} {labels.detail}
        </Text>
        <button type="button" className={styles.reload} onClick={() => this.setState({ error: null })}>
          {labels.reload}
        </button>
      </div>
    );
  }
}

export function ErrorBoundary({ children, shown }: { children: React.ReactNode; shown?: boolean }) {
  const { language } = useI18n();
  const styles = useStyles();
  return (
    <Boundary shown={shown} labels={LABELS[language]} styles={styles}>
      {children}
    </Boundary>
  );
}
