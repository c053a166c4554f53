import * as React from "react";
import { Language, STRINGS, Strings } from "./strings";

interface I18n {
  language: Language;
  strings: Strings;
  setLanguage(language: Language): void;
}

const I18nContext = React.createContext<I18n>({ language: "vi", strings: STRINGS.vi, setLanguage: () => undefined });

export function I18nProvider({ initial = "vi", children }: { initial?: Language; children: React.ReactNode }) {
  const [language, setLanguage] = React.useState<Language>(initial);
  const value = React.useMemo(() => ({ language, strings: STRINGS[language], setLanguage }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => React.useContext(I18nContext);
export type { Language, Strings, StringKey } from "./strings";
export { fill } from "./strings";
