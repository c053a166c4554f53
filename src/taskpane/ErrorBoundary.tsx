/**
 * Keeps a failure in one tab inside that tab. Without it, a render error anywhere unmounts the whole pane and the
 * clerk is left with a blank panel. Placed around the open tab, so the shell above (tabs, language, profiles,
 * the checklist saved in the document) stays as it was; "Tải lại" draws the tab again.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
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

interface Props {
  labels: (typeof LABELS)[Language];
  children: React.ReactNode;
}

class Boundary extends React.Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { labels } = this.props;
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{labels.title}</MessageBarTitle>
          {error.message} {labels.detail}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: null })}>{labels.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

export function ErrorBoundary({ children }: { children: React.ReactNode }) {
  const { language } = useI18n();
  return <Boundary labels={LABELS[language]}>{children}</Boundary>;
}
