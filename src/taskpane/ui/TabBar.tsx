/**
 * The pane's tabs: a WAI-ARIA tab list (arrows move, Enter or Space opens, Home/End jump), written here rather
 * than taken from Fluent's TabList so that the first screen does not load a focus-management library for four
 * buttons (issue 13, first-screen budget).
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Four labels on one line down to 320 px (narrower, they wrap rather than push the pane sideways).
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXS },
  tab: {
    position: "relative",
    border: "none",
    background: "none",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    whiteSpace: "nowrap",
    "@media (max-width: 360px)": { paddingInline: tokens.spacingHorizontalS },
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: "2px",
      height: "3px",
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

export const tabId = (id: string) => `kl-tab-${id}`;
export const panelId = (id: string) => `kl-panel-${id}`;

export function TabBar<T extends string>(props: { tabs: TabItem<T>[]; selected: T; onSelect(id: T): void }) {
  const styles = useStyles();
  const refs = React.useRef(new Map<T, HTMLButtonElement>());
  const [focused, setFocused] = React.useState<T>(props.selected);
  React.useEffect(() => setFocused(props.selected), [props.selected]);

  const move = (event: React.KeyboardEvent, index: number) => {
    const last = props.tabs.length - 1;
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = props.tabs[(target + props.tabs.length) % props.tabs.length].id;
    setFocused(next);
    refs.current.get(next)?.focus();
  };

  return (
    <div role="tablist" className={styles.list}>
      {props.tabs.map((tab, index) => {
        const selected = tab.id === props.selected;
        return (
          <button
            key={tab.id}
            ref={(el) => void (el ? refs.current.set(tab.id, el) : refs.current.delete(tab.id))}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={selected}
            aria-controls={selected ? panelId(tab.id) : undefined} // only the open panel is sure to exist
            tabIndex={tab.id === focused ? 0 : -1}
            className={mergeClasses(styles.tab, selected && styles.selected)}
            onClick={() => props.onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
            onFocus={() => setFocused(tab.id)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
