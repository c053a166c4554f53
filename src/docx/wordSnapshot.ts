/**
 * The layout of the document open in Word, from what the pane reads in one sync: the body's OOXML
 * (`body.getOoxml()`, WordApi 1.1) and the OOXML of the first section's headers and footers, which the body's
 * package does not carry. The same reader and checker as the CLI then run on it.
 */
import type { DocumentLayout, HeaderFooterLayout, LayoutParagraph } from "../core/check";
import { readLayout } from "./layout";
import { flatPackageXmlParts } from "./packageParts";

export type HeaderFooterKind = "default" | "first" | "even";

export interface WordSnapshot {
  /** Flat OPC package of the body. */
  body: string;
  /** Flat OPC packages of the first section's headers and footers, by kind. */
  headers: Partial<Record<HeaderFooterKind, string>>;
  footers: Partial<Record<HeaderFooterKind, string>>;
  /**
   * Word has the document open read-only (Office.DocumentMode.ReadOnly): a digitally signed document opens so, and
   * Office.js has no other way to see a signature, whose parts getOoxml() does not carry.
   */
  readOnly?: boolean;
}

function readHeaderFooter(pkg: string, part: "header" | "footer", kind: HeaderFooterKind): HeaderFooterLayout {
  const { layout } = readLayout(flatPackageXmlParts(pkg));
  const paragraphs = layout.paragraphs.map((p): LayoutParagraph => ({
    ...p,
    where: { part, section: 0, kind },
    section: 0,
  }));
  return { kind, inherited: false, paragraphs };
}

export function layoutFromWord(snapshot: WordSnapshot): DocumentLayout {
  const { layout } = readLayout(flatPackageXmlParts(snapshot.body));
  const first = layout.sections[0];
  if (!first) return layout;
  const list = (part: "header" | "footer", packages: WordSnapshot["headers"]) =>
    (Object.entries(packages) as Array<[HeaderFooterKind, string | undefined]>)
      .filter((entry): entry is [HeaderFooterKind, string] => !!entry[1])
      .map(([kind, pkg]) => readHeaderFooter(pkg, part, kind));
  const sections = layout.sections.map((s, i) =>
    i === 0
      ? {
          ...s,
          headers: list("header", snapshot.headers),
          footers: list("footer", snapshot.footers),
          headersKnown: true,
        }
      : { ...s, headersKnown: false },
  );
  return { ...layout, sections };
}
