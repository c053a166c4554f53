import * as React from "react";
import {
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
  Dropdown,
  Option,
} from "@fluentui/react-components";
import { I18nProvider, Language, useI18n } from "./i18n";
import { Services, ServicesProvider } from "./services";
import { ProfilesProvider } from "./profiles";
import { DraftingTab } from "./features/drafting/DraftingTab";
import { TasksTab } from "./features/tasks/TasksTab";
import { SettingsTab } from "./features/settings/SettingsTab";

type TabId = "draft" | "tasks" | "settings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    paddingInline: tokens.spacingHorizontalS,
  },
  panel: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  language: { minWidth: "80px" },
});

function Shell() {
  const styles = useStyles();
  const { strings, language, setLanguage } = useI18n();
  const [tab, setTab] = React.useState<TabId>("draft");

  return (
    <main className={styles.root}>
      <div className={styles.bar}>
        <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
          <Tab value="draft">{strings.tabDraft}</Tab>
          <Tab value="tasks">{strings.tabTasks}</Tab>
          <Tab value="settings">{strings.tabSettings}</Tab>
        </TabList>
        <Dropdown
          className={styles.language}
          aria-label={strings.language}
          value={language === "vi" ? "VI" : "EN"}
          selectedOptions={[language]}
          onOptionSelect={(_, data) => setLanguage(data.optionValue as Language)}
        >
          <Option value="vi" text="VI">
            Tiếng Việt
          </Option>
          <Option value="en" text="EN">
            English
          </Option>
        </Dropdown>
      </div>
      <section className={styles.panel} role="tabpanel" aria-label={strings[tabLabelKey[tab]]}>
        {tab === "draft" && <DraftingTab onOpenSettings={() => setTab("settings")} />}
        {tab === "tasks" && <TasksTab />}
        {tab === "settings" && <SettingsTab />}
      </section>
    </main>
  );
}

const tabLabelKey = { draft: "tabDraft", tasks: "tabTasks", settings: "tabSettings" } as const;

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
