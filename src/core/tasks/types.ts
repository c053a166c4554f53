import type { Deadline } from "../dates";

/** One paragraph as Word counts it (paragraphs inside table cells included), in document order. */
export interface SourceParagraph {
  text: string;
  listLevel?: number;
  styleName?: string;
  /** 0-based outline level from the style or the paragraph (Heading 1 = 0). */
  outlineLevel?: number;
  isListItem?: boolean;
  /** The label Word renders for an automatic list item: "1.", "a)", "-", "•". */
  listLabel?: string;
  table?: { tableIndex: number; row: number; cell: number };
}

/** A table as rows of cell texts (a cell's paragraphs joined by "\n"); tableIndex in SourceParagraph.table indexes this. */
export type SourceTable = string[][];

export interface ExtractInput {
  paragraphs: SourceParagraph[];
  tables?: SourceTable[];
}

export interface ExtractOptions {
  /** ISO day used when the document states no issue date: the --date option, else today (passed in, never read here). */
  fallbackDate: string;
  /** Which of the two the fallback is, so the warning can say so. */
  fallbackSource?: "option" | "today";
}

/** Nhiệm vụ: one assignment of work found in the text. */
export interface Task {
  id: string;
  text: string;
  /** Chủ trì, as written; null when nobody is named ("Chưa xác định" in the pane). */
  owner: string | null;
  /** Phối hợp. */
  coOwners: string[];
  deadline: Deadline | null;
  urgent: boolean;
  section: string | null;
  paragraphIndex: number;
  /** "review" when the rules that decided it are weak: the pane marks it "Cần xem lại". */
  confidence?: "high" | "review";
  /** What decided the task: a rule's code and the phrase of the text it matched. */
  evidence?: { code: string; phrase: string }[];
}

export type ExtractWarningCode =
  | "legacy-tcvn3"
  | "legacy-vni"
  | "decomposed-unicode"
  | "issue-day-blank"
  | "issue-day-unreadable"
  | "issue-month-blank"
  | "issue-date-missing"
  | "issue-date-from-signature"
  | "issue-date-impossible"
  | "impossible-date";

export interface ExtractWarning {
  code: ExtractWarningCode;
  /** Vietnamese, for the clerk. */
  message: string;
}

export interface ExtractResult {
  issuedDate: string | null;
  tasks: Task[];
  warnings: ExtractWarning[];
}
