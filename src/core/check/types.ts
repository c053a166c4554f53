/**
 * What the Decree 30 check reports: findings tied to a rule of the decree, and the safe fixes that go with them,
 * described as data so the .docx fixer and the Word gateway apply exactly the same change.
 */
import type { LayoutAlignment, PartRef } from "./layout";

export type Severity = "error" | "warning";

/** The groups the pane shows findings in. */
export type Area = "document" | "page" | "font" | "header" | "title" | "body" | "signature" | "recipients";

/** The element of the document a finding is about (the pane names it; the CLI prints it). */
export type BlockName =
  | "document"
  | "page"
  | "page-number"
  | "national-title"
  | "motto"
  | "parent-agency"
  | "issuing-agency"
  | "number"
  | "place-date"
  | "document-type"
  | "subject"
  | "official-letter-subject"
  | "addressees"
  | "body"
  | "closing"
  | "signature"
  | "recipients"
  | "archive"
  | "drafter";

/** The paragraph a fix works on, with the text the check saw, so a changed document is never fixed blindly. */
export interface ParagraphTarget {
  where: PartRef;
  index: number;
  text: string;
}

export interface RunFormat {
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  font?: string;
  color?: string;
}

export interface ParagraphFormat {
  align?: LayoutAlignment;
  firstLineTwips?: number;
  leftIndentTwips?: number;
  spacingBeforePt?: number;
  line?: { rule: "auto" | "exact"; value: number };
}

export interface PageFormat {
  widthTwips?: number;
  heightTwips?: number;
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
  /** Different first page, so page 1 shows no number. */
  titlePage?: true;
}

export type FixAction =
  | { kind: "page"; section: number; set: PageFormat }
  | { kind: "paragraph"; target: ParagraphTarget; set: ParagraphFormat }
  /** Formats the runs covering [start, end) of the paragraph's text. */
  | { kind: "run"; target: ParagraphTarget; start: number; end: number; set: RunFormat }
  /** Replaces the characters [start, end) (`from`) with `to`: a dash, a colon, a leading zero, letter case. */
  | { kind: "text"; target: ParagraphTarget; start: number; end: number; from: string; to: string };

export interface Fix {
  /** What the fix will change, for the clerk to read before applying it. */
  description: string;
  descriptionEn: string;
  actions: FixAction[];
}

export interface Where {
  block: BlockName;
  part: PartRef["part"];
  /** Paragraph index in its part (body paragraphs as Word counts them). */
  paragraph?: number;
  /** Every paragraph concerned, when one finding covers several (body paragraphs, fonts). */
  paragraphs?: number[];
  section?: number;
  /** Which header or footer of the section (default, first page, even pages). */
  kind?: "default" | "first" | "even";
  /** The beginning of the text concerned, to show the clerk. */
  excerpt?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  area: Area;
  clause: string;
  message: string;
  messageEn: string;
  where: Where;
  fixable: boolean;
  fix?: Fix;
}

export interface CheckReport {
  findings: Finding[];
  /** "administrative": checked; "party" or "unplaced": one finding explains why nothing else was checked. */
  placed: "administrative" | "party" | "unplaced";
  /** A digitally signed document: findings only, no fixes. */
  auditOnly: boolean;
}
