/**
 * "Soạn báo cáo tiến độ" and "Soạn công văn đôn đốc": the documents are built from the list as the clerk sees it
 * and opened as new Word documents, so the conclusion itself is untouched; where Word cannot, they are downloaded.
 */
import * as React from "react";
import { useServices } from "../../services";
import { downloadBytes } from "../../download";
import type { FollowUpFile, FollowUpInput, LetterFile } from "./followUpFiles";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** What became of a document: opened in Word, downloaded instead, or neither possible here. */
export type Delivery = { kind: "opened" | "downloaded" | "blocked"; file: FollowUpFile };

export interface LetterPlan {
  letters: LetterFile[];
  unowned: number;
}

const loadFiles = () => import(/* webpackChunkName: "followup" */ "./followUpFiles");

/** The file as a download, where the host allows downloads. */
function download(file: FollowUpFile): Delivery {
  const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: DOCX });
  return { kind: downloadBytes(file.fileName, blob) ? "downloaded" : "blocked", file };
}

export function useFollowUp() {
  const { gateway } = useServices();
  const [busy, setBusy] = React.useState(false);

  /** A new Word document first; a download when the host cannot open one. */
  const deliver = React.useCallback(
    async (file: FollowUpFile): Promise<Delivery> => {
      const opened = await gateway.openNewDocument(file.bytes);
      return opened.ok ? { kind: "opened", file } : download(file);
    },
    [gateway],
  );

  const working = async <T>(work: () => Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    draftReport: (input: FollowUpInput) => working(async () => deliver((await loadFiles()).reportFile(input))),
    planLetters: (input: FollowUpInput): Promise<LetterPlan> =>
      working(async () => (await loadFiles()).letterFiles(input)),
    openLetter: (letter: LetterFile) => working(() => deliver(letter)),
    /**
     * Word on the web may accept createDocument and then show nothing (it asks to save to OneDrive first, or the
     * browser blocks the new tab: office-js #5507, #4790): the clerk can still take the file.
     */
    download,
  };
}
