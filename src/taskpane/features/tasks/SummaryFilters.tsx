/**
 * The list's summary, "Quá hạn (2) · Sắp đến hạn (3) · Không có thời hạn (9) · Chưa rõ chủ trì (4)", each part a
 * filter.
 * Parts with nothing in them are left out (unless chosen), so the line stays short at 350 px.
 */
import * as React from "react";
import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { StringKey, fill, useI18n } from "../../i18n";
import { Counts, FilterId, STATUS_ORDER, badgeLabel } from "./taskView";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  chip: { minWidth: "auto", fontWeight: tokens.fontWeightRegular },
});

/** Parts that are not a follow-up status, with their label. */
const OTHER: Partial<Record<FilterId, StringKey>> = {
  all: "summaryAll",
  "no-owner": "summaryNoOwner",
  review: "summaryReview",
  missing: "summaryMissing",
  removed: "summaryRemoved",
};

/** In reading order: everything, each status (core/followup names it), then what needs the clerk, then asides. */
const PARTS: FilterId[] = ["all", ...STATUS_ORDER, "no-owner", "review", "missing", "removed"];

export function SummaryFilters(props: { counts: Counts; selected: FilterId; onSelect(filter: FilterId): void }) {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const label = (id: FilterId) => {
    const other = OTHER[id];
    return other ? strings[other] : badgeLabel(language, id as (typeof STATUS_ORDER)[number]);
  };
  return (
    <div className={styles.bar} role="group" aria-label={strings.filterGroup}>
      {PARTS.filter((id) => id === "all" || id === props.selected || props.counts[id] > 0).map((id) => {
        const selected = id === props.selected;
        return (
          <ToggleButton
            key={id}
            size="small"
            shape="circular"
            className={styles.chip}
            // The chosen part in the brand colour: Fluent's checked grey is 1.19:1 on white (WCAG 1.4.11 asks 3:1).
            appearance={selected ? "primary" : "outline"}
            checked={selected}
            onClick={() => props.onSelect(id === props.selected ? "all" : id)}
          >
            {fill(strings.filterCount, { label: label(id), n: props.counts[id] })}
          </ToggleButton>
        );
      })}
    </div>
  );
}
