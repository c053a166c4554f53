/**
 * A section that opens on demand: a heading whose button shows or hides what follows. Not <details>: Fluent's
 * focus manager cannot Tab out of a <summary> next to a closed <details>; and not Fluent's Accordion, whose
 * animation library would weigh on the first screen. Closed, its fields stay in the page, hidden, with their values.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0 },
  toggle: {
    width: "100%",
    textAlign: "start",
    border: "none",
    background: "none",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: 0,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  chevron: { display: "inline-block", width: "1.2em" },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  closed: { display: "none" },
});

export function Disclosure(props: {
  title: string;
  /** The heading's level where it sits in the tab's outline (Cài đặt's sections are under an h2). */
  level?: 2 | 3;
  /** Controlled when given (a parent opens it, e.g. to show an error inside); otherwise it keeps its own state. */
  open?: boolean;
  onOpen?(open: boolean): void;
  children: React.ReactNode;
}) {
  const styles = useStyles();
  const id = React.useId();
  const [own, setOwn] = React.useState(false);
  const open = props.open ?? own;
  const Heading = props.level === 2 ? "h2" : "h3";
  return (
    <section className={styles.section}>
      <Heading className={styles.heading}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={id}
          onClick={() => (props.onOpen ? props.onOpen(!open) : setOwn(!open))}
        >
          <span aria-hidden="true" className={styles.chevron}>
            {open ? "▾" : "▸"}
          </span>
          {props.title}
        </button>
      </Heading>
      <div id={id} className={mergeClasses(styles.panel, !open && styles.closed)} hidden={!open}>
        {props.children}
      </div>
    </section>
  );
}
