import * as React from "react";
import { FluentProvider, Text, makeStyles, mergeClasses, tokens, webLightTheme } from "@fluentui/react-components";
import { I18nProvider, Language, startLanguage, useI18n } from "./i18n";
import { Services, ServicesProvider, useServices } from "./services";
import { ProfilesProvider, useProfiles } from "./profiles";
import { LeaveGuard, Navigation, NavigationContext, TabId } from "./navigation";
import { TabBar, panelId, tabId } from "./ui/TabBar";
import { StatusArea } from "./ui/StatusArea";
import { ToastProvider } from "./ui/toasts";
import { Welcome } from "./Welcome";
import { ErrorBoundary } from "./ErrorBoundary";

// Each tab is its own chunk, loaded when first opened; a tab once opened stays mounted (hidden when another is
// shown), so nothing typed, filtered or scanned is lost by looking at another tab.
const DraftingTab = React.lazy(() => import(/* webpackChunkName: "drafting" */ "./features/drafting/DraftingTab"));
const TasksTab = React.lazy(() => import(/* webpackChunkName: "tasks" */ "./features/tasks/TasksTab"));
const CheckTab = React.lazy(() => import(/* webpackChunkName: "check" */ "./features/check/CheckTab"));
const SettingsTab = React.lazy(() => import(/* webpackChunkName: "settings" */ "./features/settings/SettingsTab"));

const TABS: TabId[] = ["draft", "tasks", "check", "settings"];
const TAB_LABEL = { draft: "tabDraft", tasks: "tabTasks", check: "tabCheck", settings: "tabSettings" } as const;

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 10,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
  },
  // Read by screen readers (axe's page-has-heading-one), not shown: the ribbon already names the add-in.
  title: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    margin: 0,
  },
  guard: { paddingInline: tokens.spacingHorizontalM, paddingTop: tokens.spacingVerticalS },
  panel: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  hidden: { display: "none" },
});

function Shell() {
  const styles = useStyles();
  const { strings } = useI18n();
  const { active } = useProfiles();
  const [tab, setTab] = React.useState<TabId>("draft");
  const [visited, setVisited] = React.useState<ReadonlySet<TabId>>(() => new Set<TabId>(["draft"]));
  const [scanRequests, setScanRequests] = React.useState(0);
  const [pending, setPending] = React.useState<TabId | null>(null);
  const guard = React.useRef<LeaveGuard | null>(null);

  const show = React.useCallback((next: TabId) => {
    setPending(null);
    setTab(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  }, []);

  const navigation = React.useMemo<Navigation>(
    () => ({
      open: (next) => {
        if (next === tab) return;
        if (tab === "settings" && guard.current) return setPending(next);
        show(next);
      },
      scan: () => {
        show("tasks");
        setScanRequests((n) => n + 1);
      },
      scanRequests,
      setLeaveGuard: (next) => void (guard.current = next),
    }),
    [tab, scanRequests, show],
  );

  const panel = (id: TabId): React.ReactNode => {
    if (id === "draft") return active ? <DraftingTab /> : <Welcome />;
    if (id === "check") return <CheckTab />;
    return id === "tasks" ? <TasksTab /> : <SettingsTab />;
  };

  return (
    <NavigationContext.Provider value={navigation}>
      <main className={styles.root}>
        <div className={styles.bar}>
          <h1 className={styles.title}>{strings.appTitle}</h1>
          <TabBar
            tabs={TABS.map((id) => ({ id, label: strings[TAB_LABEL[id]] }))}
            selected={tab}
            onSelect={navigation.open}
          />
        </div>
        {pending && (
          <div className={styles.guard}>
            <StatusArea
              notices={[
                {
                  intent: "warning",
                  text: strings.unsavedProfile,
                  takeFocus: true,
                  actions: [
                    { label: strings.save, primary: true, onClick: () => guard.current?.save() && show(pending) },
                    { label: strings.leaveUnsaved, onClick: () => show(pending) },
                    { label: strings.stay, onClick: () => setPending(null) },
                  ],
                },
              ]}
            />
          </div>
        )}
        {TABS.filter((id) => visited.has(id)).map((id) => (
          <section
            key={id}
            id={panelId(id)}
            role="tabpanel"
            aria-labelledby={tabId(id)}
            hidden={id !== tab}
            className={mergeClasses(styles.panel, id !== tab && styles.hidden)}
          >
            {/* A failure stays inside its tab (the shell and other tabs keep what they hold); coming back tries again. */}
            <ErrorBoundary shown={id === tab}>
              <React.Suspense fallback={<Text role="status">{strings.loading}</Text>}>{panel(id)}</React.Suspense>
            </ErrorBoundary>
          </section>
        ))}
      </main>
    </NavigationContext.Provider>
  );
}

export function App({ services, language }: { services: Services; language?: Language }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>
        <Localised language={language}>
          <ProfilesProvider>
            <ToastProvider>
              <Shell />
            </ToastProvider>
          </ProfilesProvider>
        </Localised>
      </ServicesProvider>
    </FluentProvider>
  );
}

/** The clerk's remembered language, else Office's; a `language` given by a test wins. */
function Localised({ language, children }: { language?: Language; children: React.ReactNode }) {
  const { profiles, displayLanguage } = useServices();
  const initial = language ?? startLanguage(profiles.language(), displayLanguage);
  return (
    <I18nProvider initial={initial} onChange={profiles.rememberLanguage}>
      {children}
    </I18nProvider>
  );
}
