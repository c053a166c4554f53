/**
 * Word's own text is developer text ("Cannot read properties of undefined…"): a failure the gateway could not
 * name is said in a sentence, with Word's words folded away as the detail. Every tab says Word's failures so.
 */
import type { GatewayError } from "../../word";
import type { Strings } from "../i18n";
import type { Notice } from "./NoticeBar";

export function gatewayNotice(error: GatewayError, language: "vi" | "en", strings: Strings, prefix = ""): Notice {
  if (error.code === "unknown") return { intent: "error", text: prefix + strings.wordFailed, detail: error.messageEn };
  return { intent: "error", text: prefix + (language === "vi" ? error.message : error.messageEn) };
}
