import * as React from "react";
import { Text } from "@fluentui/react-components";
import { useI18n } from "../../i18n";

export function TasksTab() {
  const { strings } = useI18n();
  return <Text>{strings.tasksIntro}</Text>;
}
