import * as React from "react";
import { DatePicker, defaultDatePickerStrings } from "@fluentui/react-datepicker-compat";
import type { CalendarStrings } from "@fluentui/react-datepicker-compat";
import type { DateFormatting, DayOfWeek } from "@fluentui/react-calendar-compat";
import { formatShortDate, fromIso, parseShortDate, toIso } from "../../../core/dates";
import { Language, useI18n } from "../../i18n";
import { useServices } from "../../services";

const MONTHS_VI = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
const STRINGS: Record<Language, CalendarStrings> = {
  vi: {
    ...defaultDatePickerStrings,
    months: MONTHS_VI,
    shortMonths: Array.from({ length: 12 }, (_, i) => `Th${i + 1}`),
    days: ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"],
    shortDays: ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
    goToToday: "Hôm nay",
    weekNumberFormatString: "Tuần {0}",
    prevMonthAriaLabel: "Tháng trước",
    nextMonthAriaLabel: "Tháng sau",
    prevYearAriaLabel: "Năm trước",
    nextYearAriaLabel: "Năm sau",
    prevYearRangeAriaLabel: "Các năm trước",
    nextYearRangeAriaLabel: "Các năm sau",
    closeButtonAriaLabel: "Đóng lịch",
    selectedDateFormatString: "Ngày đã chọn {0}",
    todayDateFormatString: "Hôm nay {0}",
    monthPickerHeaderAriaLabel: "{0}, đổi năm",
    yearPickerHeaderAriaLabel: "{0}, đổi tháng",
    dayMarkedAriaLabel: "có đánh dấu",
  },
  en: defaultDatePickerStrings,
};
/** What the calendar reads out: "Ngày 3 tháng 12 năm 2026", not Fluent's "Tháng 12 3, 2026". */
const FORMATTING_VI: DateFormatting = {
  formatDay: (date) => String(date.getDate()),
  formatYear: (date) => String(date.getFullYear()),
  formatMonth: (date, strings) => strings.months[date.getMonth()],
  formatMonthDayYear: (date, strings) =>
    `Ngày ${date.getDate()} ${strings.months[date.getMonth()].toLowerCase()} năm ${date.getFullYear()}`,
  // The month's header is a narrow box beside the arrows: "Tháng 11 năm 2026" was cut to "Tháng 11 năm 2…".
  formatMonthYear: (date, strings) => `${strings.months[date.getMonth()]}/${date.getFullYear()}`,
};

/** Weeks start on Monday in Vietnam. */
const MONDAY = 1 as DayOfWeek;

const toDate = (iso: string): Date | null => {
  const d = fromIso(iso);
  return d ? new Date(d.year, d.month - 1, d.day) : null;
};
const fromDate = (date: Date): string =>
  toIso({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });

/** A deadline picker with Vietnamese month and day names, weeks from Monday, dates as dd/mm/yyyy. */
export function DeadlinePicker(props: {
  label: string;
  value: string;
  onChange(iso: string): void;
  onOpenChange?(open: boolean): void;
}) {
  const { language } = useI18n();
  const { clock } = useServices();
  // Fluent reads the real clock unless told: "today", its mark and the month it opens on come from ours.
  const todayIso = toIso(clock.today());
  // One Date per day, not per render: a new one each time makes the picker reset what is being typed.
  const today = React.useMemo(() => toDate(todayIso), [todayIso]);
  return (
    <DatePicker
      aria-label={props.label}
      allowTextInput
      firstDayOfWeek={MONDAY}
      strings={STRINGS[language]}
      dateTimeFormatter={language === "vi" ? FORMATTING_VI : undefined}
      onOpenChange={props.onOpenChange}
      value={toDate(props.value)}
      today={today ?? undefined}
      initialPickerDate={today ?? undefined}
      formatDate={(date) =>
        date ? formatShortDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }) : ""
      }
      parseDateFromString={(text) => {
        const iso = parseShortDate(text, clock.today().year);
        return iso ? toDate(iso) : null;
      }}
      onSelectDate={(date) => props.onChange(date ? fromDate(date) : "")}
    />
  );
}
