import * as React from "react";
import { Language, Strings, vi } from "./strings";

interface I18n {
  language: Language;
  strings: Strings;
  setLanguage(language: Language): void;
}

const I18nContext = React.createContext<I18n>({ language: "vi", strings: vi, setLanguage: () => undefined });

/** English is not in the first load: most clerks never ask for it. */
const loadEnglish = (): Promise<Strings> => import(/* webpackChunkName: "en" */ "./en").then((m) => m.en);

export function I18nProvider(props: {
  initial?: Language;
  /** Called when the clerk picks a language, to remember it. */
  onChange?(language: Language): void;
  children: React.ReactNode;
}) {
  const { initial = "vi", onChange, children } = props;
  const [language, setShown] = React.useState<Language>("vi");
  const [english, setEnglish] = React.useState<Strings | null>(null);
  const [ready, setReady] = React.useState(initial === "vi");

  const show = React.useCallback(async (next: Language) => {
    if (next === "en") setEnglish(await loadEnglish());
    setShown(next);
    setReady(true);
  }, []);
  React.useEffect(() => {
    if (initial === "en") void show("en");
  }, [initial, show]);

  const value = React.useMemo(
    () => ({
      language,
      strings: language === "en" && english ? english : vi,
      setLanguage: (next: Language) => {
        void show(next);
        onChange?.(next);
      },
    }),
    [language, english, show, onChange],
  );
  // A pane that starts in English waits the moment English takes to load, rather than flash Vietnamese.
  return <I18nContext.Provider value={value}>{ready ? children : null}</I18nContext.Provider>;
}

export const useI18n = (): I18n => React.useContext(I18nContext);

/**
 * The language the pane starts in: the clerk's last choice, else Office's display language ("vi-VN" → Vietnamese,
 * any other → English), else Vietnamese.
 */
export function startLanguage(remembered: string | null, displayLanguage: string | undefined): Language {
  if (remembered === "vi" || remembered === "en") return remembered;
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

export type { Language, Strings, StringKey } from "./strings";
export { fill } from "./strings";
