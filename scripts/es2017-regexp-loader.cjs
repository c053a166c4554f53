/**
 * A webpack loader that runs after esbuild: regular-expression literals that ES2017 cannot parse (Unicode property
 * escapes such as [\p{L}\p{N}], which esbuild leaves alone inside a character class; named groups; the s and d flags)
 * become `new RegExp("…", "flags")` calls. An engine that lacks the feature then fails only if it runs that
 * expression, instead of refusing the whole bundle at parse time (a blank pane). Lookbehind is not rescued here: our
 * code may not use it (eslint), and test/e2e/shipped.e2e.ts checks that no shipped script contains any.
 */
const { parse, tokenizer } = require("acorn");

function parsesAsEs2017(pattern, flags) {
  try {
    parse(`/${pattern}/${flags}`, { ecmaVersion: 2017 });
    return true;
  } catch {
    return false;
  }
}

module.exports = function es2017RegExpLoader(source) {
  const edits = [];
  for (const token of tokenizer(source, { ecmaVersion: "latest", sourceType: "module", allowHashBang: true })) {
    if (token.type.label !== "regexp") continue;
    const { pattern, flags } = token.value;
    if (!parsesAsEs2017(pattern, flags)) edits.push({ start: token.start, end: token.end, pattern, flags });
  }
  let out = source;
  for (const { start, end, pattern, flags } of edits.reverse()) {
    out = `${out.slice(0, start)}new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)})${out.slice(end)}`;
  }
  return out;
};
