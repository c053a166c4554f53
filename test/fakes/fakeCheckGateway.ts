/**
 * The "Kiểm tra" tab's gateway over an in-memory .docx: reads it the way Word's getOoxml() hands it over (a flat
 * package for the body, one per header), and applies fix actions the way the Office.js gateway does: nothing
 * changes unless every target paragraph still holds the text the check saw.
 */
import { strFromU8, unzipSync } from "fflate";
import type { DocumentLayout, FixAction, PartRef } from "../../src/core/check";
import { applyFixActions } from "../../src/docx/fix";
import { readLayout } from "../../src/docx/layout";
import type { WordSnapshot } from "../../src/docx/wordSnapshot";
import type { CheckGateway, FixOutcome, GatewayResult } from "../../src/word";
import { documentChangedError } from "../../src/word/checkGateway";

const ok = <T>(value: T): GatewayResult<T> => ({ ok: true, value });

function flat(parts: Map<string, string>): string {
  const body = [...parts]
    .map(
      ([name, xml]) =>
        `<pkg:part pkg:name="/${name}"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>/, "")}</pkg:xmlData></pkg:part>`,
    )
    .join("");
  return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${body}</pkg:package>`;
}

/** A header part as Word's getHeader().getOoxml() shows it: the header's content as a document body. */
function headerPackage(xml: string, styles: string | undefined): string {
  const asBody = xml
    .replace(/<w:(hdr|ftr)\b([^>]*)>/, "<w:document$2><w:body>")
    .replace(/<\/w:(hdr|ftr)>/, "</w:body></w:document>");
  const parts = new Map([["word/document.xml", asBody]]);
  if (styles) parts.set("word/styles.xml", styles);
  return flat(parts);
}

/** The paragraphs of the body or of a first-section header/footer, as the Office.js gateway reaches them. */
function paragraphsIn(layout: DocumentLayout, where: PartRef) {
  if (where.part === "body") return layout.paragraphs;
  if (where.section !== 0) return [];
  const list = layout.sections[0]?.[where.part === "header" ? "headers" : "footers"] ?? [];
  return list.find((h) => h.kind === where.kind)?.paragraphs ?? [];
}

export class FakeCheckGateway implements CheckGateway {
  parts: Map<string, string>;
  selected: number | null = null;
  selectedIn: PartRef["part"] | null = null;
  /** Word opened the document read-only (as it opens a signed one). */
  readOnly = false;
  readonly calls: string[] = [];

  constructor(docx: Uint8Array) {
    this.parts = new Map(Object.entries(unzipSync(docx)).map(([k, v]) => [k, strFromU8(v)]));
  }

  async readForCheck(): Promise<GatewayResult<WordSnapshot>> {
    this.calls.push("readForCheck");
    const { sources } = readLayout(this.parts);
    const styles = this.parts.get("word/styles.xml");
    const of = (part: "header" | "footer", kind: "default" | "first") => {
      const name = sources.headerFooterParts.get(`0:${part}:${kind}`);
      const xml = name ? this.parts.get(name) : undefined;
      return xml ? headerPackage(xml, styles) : undefined;
    };
    return ok({
      readOnly: this.readOnly,
      body: flat(this.parts),
      headers: { default: of("header", "default"), first: of("header", "first") },
      footers: { default: of("footer", "default"), first: of("footer", "first") },
    });
  }

  async selectParagraph(where: PartRef, index: number, excerpt: string): Promise<GatewayResult> {
    this.calls.push("selectParagraph");
    const { layout } = readLayout(this.parts);
    if (!paragraphsIn(layout, where)[index]?.text.includes(excerpt))
      return { ok: false, error: documentChangedError() };
    this.selected = index;
    this.selectedIn = where.part;
    return ok(undefined);
  }

  async applyFixes(actions: FixAction[]): Promise<GatewayResult<FixOutcome>> {
    this.calls.push("applyFixes");
    const { layout, sources } = readLayout(this.parts);
    for (const a of actions)
      if (a.kind !== "page" && paragraphsIn(layout, a.target.where)[a.target.index]?.text !== a.target.text)
        return { ok: false, error: documentChangedError() };
    for (const [name, xml] of applyFixActions(this.parts, sources, actions)) this.parts.set(name, xml);
    return ok({ applied: actions.length, skipped: [] });
  }
}
