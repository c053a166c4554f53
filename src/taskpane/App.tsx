import * as React from "react";
import {
  FluentProvider,
  Select,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { I18nProvider, Language, useI18n } from "./i18n";
import { Services, ServicesProvider } from "./services";
import { ProfilesProvider } from "./profiles";
import { ErrorBoundary } from "./ErrorBoundary";

// Each tab is its own chunk: the first render is the shell (tabs, language), and the open tab's code
// follows at once; the others load when first opened.
const DraftingTab = React.lazy(() => import(/* webpackChunkName: "drafting" */ "./features/drafting/DraftingTab"));
const TasksTab = React.lazy(() => import(/* webpackChunkName: "tasks" */ "./features/tasks/TasksTab"));
const CheckTab = React.lazy(() => import(/* webpackChunkName: "check" */ "./features/check/CheckTab"));
const SettingsTab = React.lazy(() => import(/* webpackChunkName: "settings" */ "./features/settings/SettingsTab"));

type TabId = "draft" | "tasks" | "check" | "settings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bar: {
    display: "flex",
    flexWrap: "wrap", // at 320 px the language switch goes under the tabs instead of scrolling sideways
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalS,
  },
  panel: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  language: { width: "112px" },
  // Four tabs do not fit in 320 px on one line: they wrap rather than scroll sideways.
  tabs: { flexWrap: "wrap", flexShrink: 1, minWidth: 0 },
});

function Shell() {
  const styles = useStyles();
  const { strings, language, setLanguage } = useI18n();
  const [tab, setTab] = React.useState<TabId>("draft");

  return (
    <main className={styles.root}>
      <div className={styles.bar}>
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
          <Tab value="draft">{strings.tabDraft}</Tab>
          <Tab value="tasks">{strings.tabTasks}</Tab>
          <Tab value="check">{strings.tabCheck}</Tab>
          <Tab value="settings">{strings.tabSettings}</Tab>
        </TabList>
        <Select
          className={styles.language}
          aria-label={strings.language}
          value={language}
          onChange={(_, data) => setLanguage(data.value as Language)}
        >
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </Select>
      </div>
      <section className={styles.panel} role="tabpanel" aria-label={strings[tabLabelKey[tab]]}>
        {/* Keyed by tab: a tab that failed is tried again when the clerk comes back to it. */}
        <ErrorBoundary key={tab}>
          <React.Suspense fallback={<Text role="status">{strings.loading}</Text>}>
            {tab === "draft" && <DraftingTab onOpenSettings={() => setTab("settings")} />}
            {tab === "tasks" && <TasksTab />}
            {tab === "check" && <CheckTab />}
            {tab === "settings" && <SettingsTab />}
          </React.Suspense>
        </ErrorBoundary>
      </section>
    </main>
  );
}

const tabLabelKey = { draft: "tabDraft", tasks: "tabTasks", check: "tabCheck", settings: "tabSettings" } as const;

export function App({ services, language = "vi" }: { services: Services; language?: Language }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider initial={language}>
        <ServicesProvider services={services}>
          <ProfilesProvider>
            <Shell />
          </ProfilesProvider>
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
