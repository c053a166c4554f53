/**
 * Where the add-in keeps the clerk's checklist inside a .docx: a custom XML part (WordApi 1.4), or, on older Word,
 * the add-in's document settings, which Word saves as `<we:property name="kl.checklist" value="JSON"/>` in
 * word/webextensions/webextension*.xml. Only those parts are inflated, through the bounded package.
 */
import { CHECKLIST_NAMESPACE } from "../core/checklist";
import type { DocxPackage } from "./package";
import type { XNode } from "./xml";

/** The document-settings key the add-in uses where Word lacks custom XML parts (below WordApi 1.4). */
export const CHECKLIST_SETTINGS_KEY = "kl.checklist";

const CUSTOM_XML = /^customXml\/item\d+\.xml$/i;
const WEB_EXTENSION = /^word\/webextensions\/webextension\d*\.xml$/i;

const elements = (n: XNode, localName: string): XNode[] => {
  const out: XNode[] = [];
  for (let i = 0; i < n.childNodes.length; i++)
    if (n.childNodes[i].nodeType === 1 && n.childNodes[i].localName === localName) out.push(n.childNodes[i]);
  return out;
};

/** The setting's string value in a web extension part (<we:webextension><we:properties><we:property/>), or null. */
function settingsValue(root: XNode, key: string): string | null {
  for (const properties of elements(root, "properties"))
    for (const property of elements(properties, "property")) {
      if (property.getAttribute?.("name") !== key) continue;
      try {
        const value: unknown = JSON.parse(property.getAttribute?.("value") ?? "");
        return typeof value === "string" ? value : null;
      } catch {
        return null;
      }
    }
  return null;
}

/**
 * Every stored checklist XML found in the package, in part order (custom XML parts first). Throws the package's
 * DocxError when a candidate part is past the limits or not XML.
 */
export function storedChecklistXml(pkg: DocxPackage): string[] {
  const found: string[] = [];
  const names = pkg.names();
  for (const name of names.filter((n) => CUSTOM_XML.test(n))) {
    const text = pkg.text(name);
    if (text?.includes(CHECKLIST_NAMESPACE)) found.push(text);
  }
  for (const name of names.filter((n) => WEB_EXTENSION.test(n))) {
    const root = pkg.xml(name);
    const value = root && settingsValue(root, CHECKLIST_SETTINGS_KEY);
    if (value?.includes(CHECKLIST_NAMESPACE)) found.push(value);
  }
  return found;
}
