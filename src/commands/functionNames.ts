/** The ribbon's ExecuteFunction names, as manifest.xml calls them; the legacy check registers the same names. */
export const FUNCTION_NAMES = ["insertHeader", "insertSignature", "insertDraft"] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];
