/** The Decree 30 compliance check ("Kiểm tra thể thức"): layout in, findings and safe fixes out. */
export { checkLayout, RULES, DOCUMENT_RULES } from "./check";
export type * from "./layout";
export type * from "./types";
export type { Rule } from "./kit";
