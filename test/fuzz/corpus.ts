/** The .docx files the fuzzing mutates: the labelled corpus, as the clerks' offices wrote them. */
import * as fs from "node:fs";
import * as path from "node:path";
import { CORPUS_DIR } from "./hostileDocs";

export const CORPUS: { name: string; bytes: Uint8Array }[] = fs
  .readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith(".docx"))
  .sort()
  .map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, f))) }));
