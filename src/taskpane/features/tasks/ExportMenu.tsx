/**
 * The list's secondary actions in one menu: the tracking table in the document, then the files (Excel, CSV,
 * calendar, JSON) and the clipboard. The exporters load on first use. Success is a toast; a problem goes to the
 * tab's status place.
 */
import * as React from "react";
import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import { fill, useI18n } from "../../i18n";
import { downloadBytes } from "../../download";
import { Notice } from "../../ui/NoticeBar";
import { useToast } from "../../ui/toasts";
import type { ExportFormat, ExportInput } from "./exporters";

export function ExportMenu(props: {
  input(): ExportInput;
  /** "Chèn bảng theo dõi…" or "Cập nhật bảng theo dõi". */
  table: { label: string; onClick(): void };
  onProblem(notice: Notice): void;
}) {
  const { strings } = useI18n();
  const toast = useToast();

  const run = async (format: ExportFormat) => {
    try {
      const { exportFile } = await import(/* webpackChunkName: "export" */ "./exporters");
      const file = await exportFile(format, props.input());
      if (downloadBytes(file.fileName, file.blob))
        toast({ text: fill(strings.exported, { n: file.count, file: file.fileName }) });
      else props.onProblem({ intent: "warning", text: strings.exportBlocked });
    } catch (error) {
      props.onProblem({ intent: "error", text: strings.exportFailed, detail: String(error) });
    }
  };

  const copy = async () => {
    const { copyToClipboard } = await import(/* webpackChunkName: "export" */ "./exporters");
    const data = props.input();
    if (copyToClipboard(data)) toast({ text: fill(strings.copied, { n: data.rows.length }) });
    else props.onProblem({ intent: "error", text: strings.copyFailed });
  };

  const formats: Array<[ExportFormat, string]> = [
    ["xlsx", strings.exportXlsx],
    ["csv", strings.exportCsv],
    ["ics", strings.exportIcs],
    ["json", strings.exportJson],
    ["register", strings.exportRegister],
  ];
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button>{strings.exportMenu}</Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={props.table.onClick}>{props.table.label}</MenuItem>
          <MenuDivider />
          <MenuGroup>
            <MenuGroupHeader>{strings.exportFiles}</MenuGroupHeader>
            {formats.map(([format, label]) => (
              <MenuItem key={format} onClick={() => void run(format)}>
                {label}
              </MenuItem>
            ))}
          </MenuGroup>
          <MenuDivider />
          <MenuItem onClick={() => void copy()}>{strings.copyList}</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
