/**
 * The first screen before any agency profile exists: what the add-in does, and a button for each job. Nhiệm vụ
 * works at once, without a profile. Part of the shell's chunk, so a first start loads no tab before this shows.
 */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "./i18n";
import { useNavigation } from "./navigation";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  job: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  jobTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function Welcome() {
  const styles = useStyles();
  const { strings } = useI18n();
  const navigation = useNavigation();
  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>{strings.welcomeTitle}</h2>
      <section className={styles.job} aria-labelledby="kl-welcome-draft">
        <h3 id="kl-welcome-draft" className={styles.jobTitle}>
          {strings.welcomeDraftJob}
        </h3>
        <Text>{strings.welcomeDraftNeeds}</Text>
        <Button appearance="primary" onClick={() => navigation.open("settings")}>
          {strings.welcomeFillAgency}
        </Button>
      </section>
      <section className={styles.job} aria-labelledby="kl-welcome-tasks">
        <h3 id="kl-welcome-tasks" className={styles.jobTitle}>
          {strings.welcomeTasksJob}
        </h3>
        <Text>{strings.welcomeTasksNeeds}</Text>
        <Button appearance="primary" onClick={navigation.scan}>
          {strings.welcomeScan}
        </Button>
      </section>
      <Text size={200}>{strings.welcomePrivacy}</Text>
    </div>
  );
}
