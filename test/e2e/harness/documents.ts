/**
 * Documents the scripted host serves: the seed conclusion (one paragraph per line, as Word holds the .txt) with
 * its labels from the corpus, and a ~300-page document made by repeating corpus paragraphs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildLargeDocument } from "../../bench/extraction-speed";
import type { HostDocument } from "../host/protocol";
import { ROOT } from "./build";

const SEED = "ket-luan-giao-ban-thanh-tra-tay-ninh-2020-11";

/** ../shared/corpus when it is there (CI has it beside the clone), else the copy in test/fixtures. */
export function corpusDir(): string {
  const shared = process.env.CORPUS_DIR ?? path.resolve(ROOT, "../shared/corpus");
  return fs.existsSync(path.join(shared, "seed")) ? shared : path.join(ROOT, "test/fixtures/corpus");
}

export function seedDocument(): HostDocument {
  const text = fs.readFileSync(path.join(corpusDir(), "seed", `${SEED}.plain.txt`), "utf8");
  return { paragraphs: text.split(/\r\n|\r|\n/).map((line) => ({ text: line })) };
}

export interface SeedTask {
  text: string;
  owner: string | null;
  deadline: { raw: string; date: string | null } | null;
  optional?: boolean;
}

export function seedLabels(): { issuedDate: string; tasks: SeedTask[] } {
  return JSON.parse(fs.readFileSync(path.join(corpusDir(), "seed", `${SEED}.json`), "utf8"));
}

/**
 * A4 at 14 pt Times New Roman with Decree 30 margins holds about 2,500 characters of body text; the document is
 * corpus paragraphs repeated until it reaches that many pages.
 */
export const CHARS_PER_PAGE = 2500;

export function largeDocument(pages = 300): HostDocument & { chars: number } {
  const pool = buildLargeDocument(corpusDir(), 30000);
  const paragraphs: HostDocument["paragraphs"] = [];
  let chars = 0;
  for (const p of pool) {
    if (chars >= pages * CHARS_PER_PAGE) break;
    paragraphs.push({ text: p.text });
    chars += p.text.length;
  }
  return { paragraphs, chars };
}

/** dd/mm/yyyy, as the pane shows a deadline. */
export const shortDate = (iso: string): string => iso.split("-").reverse().join("/");
