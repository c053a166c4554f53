// ESLint in the office-addin style (eslint-plugin-office-addins: sync/load rules, no sync in a loop),
// plus DESIGN.md's one-way arrows as import restrictions so an import against the architecture fails lint.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";

const outside = (...groups) => ({
  "no-restricted-imports": ["error", { patterns: groups.map(([pattern, message]) => ({ group: pattern, message })) }],
});

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", "test/fixtures/**"] },
  ...officeAddins.configs.recommended,
  {
    // The office-addins preset covers .ts but not .tsx, and its parser import resolves to undefined.
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin, "office-addins": officeAddins },
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ["**/*.{js,cjs,mjs}", "scripts/**"],
    languageOptions: {
      ecmaVersion: "latest",
      globals: {
        URL: "readonly",
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
      },
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-undef": "off", // TypeScript checks names, including the Office/Word globals
      "no-unused-vars": "off", // the TypeScript rule below knows about types
      "office-addins/no-context-sync-in-loop": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    files: ["src/core/**"],
    ignores: ["src/core/**/*.test.ts"], // tests may read fixtures from disk; the code under test may not
    rules: {
      ...outside(
        [
          ["**/ooxml/**", "**/docx/**", "**/word/**", "**/taskpane/**", "**/commands/**", "**/cli/**"],
          "core is pure: it imports nothing of ours outside core.",
        ],
        [["react", "react-dom", "@fluentui/*", "node:*", "fs", "path"], "core is pure: no React, DOM or Node APIs."],
      ),
      "no-restricted-globals": ["error", "Word", "Office", "window", "document", "localStorage"],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "core never reads the clock: take today as an argument.",
        },
      ],
    },
  },
  {
    files: ["src/ooxml/**", "src/docx/**"],
    rules: outside([
      ["**/word/**", "**/taskpane/**", "**/commands/**", "**/cli/**", "react", "@fluentui/*"],
      "ooxml/docx depend on core only.",
    ]),
  },
  {
    files: ["src/word/**"],
    rules: outside([
      ["**/taskpane/**", "**/commands/**", "**/cli/**", "react", "@fluentui/*"],
      "word depends on ooxml and core only.",
    ]),
  },
  {
    files: ["src/commands/**", "src/cli/**"],
    rules: outside([["**/taskpane/**"], "Nothing imports taskpane."]),
  },
  {
    files: ["src/cli/**"],
    // word/clock is the one exception: the computer's clock, shared by the pane and the CLI; it touches no Office.
    rules: outside([["**/word/**", "!**/word/clock", "**/taskpane/**"], "The CLI runs without Office."]),
  },
  {
    // One clock: only src/word/clock.ts reads the computer's clock; everything else is handed a Clock.
    // No regular-expression lookbehind in shipped code: WebKit before 16.4 (Word on older macOS) rejects the whole
    // script at parse time, a blank pane. Flagged in regex literals and in any string that could build a pattern;
    // src/core/text's execAtWordStart does what a leading lookbehind did.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/word/clock.ts", "src/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          "Literal[regex.pattern=/\\(\\?<[=!]/]",
          "Literal[value=/\\(\\?<[=!]/]",
          "TemplateElement[value.raw=/\\(\\?<[=!]/]",
        ].map((selector) => ({
          selector,
          message: "No regex lookbehind in shipped code: WebKit before 16.4 cannot parse it. Use execAtWordStart.",
        })),
        {
          // Unicode property escapes are ES2018: EdgeHTML (Office 2019) throws on them, even once the bundler has
          // turned the literal into `new RegExp(…)`, and the whole chunk fails to load.
          selector: "Literal[regex.pattern=/\\\\[pP]\\{/]",
          message:
            "No \\p{…} in a regex literal in shipped code: EdgeHTML cannot run it. Use unicodeRegExp (core/text).",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Read today from the injected Clock (services.clock, io.clock), never the computer's clock.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Read now from the injected Clock (services.clock, io.clock), never the computer's clock.",
        },
      ],
    },
  },
];
