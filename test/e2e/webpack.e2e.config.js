/**
 * The e2e build: exactly the production config (webpack.config.js, mode production) plus one extra page,
 * taskpane.e2e.html, that loads the scripted Word host between office.js and the app. taskpane.html and its
 * chunks stay the production ones, so the budget and leak tests measure what ships.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const production = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");
const E2E_DIST = path.join(ROOT, "test-output", "e2e-dist");

module.exports = async (env = {}) => {
  // The e2e site is served from localhost: its manifest may point there (a release build may not).
  const config = await production({ addinBaseUrl: "https://localhost:3000/", ...env }, { mode: "production" });
  config.mode = "production";
  config.context = ROOT;
  config.output = { ...config.output, path: E2E_DIST };
  // Maps (not referenced from the JS) only for the per-package size breakdown in test/bench/bundle-size.ts.
  config.devtool = "hidden-source-map";
  config.entry = { ...config.entry, scriptedWord: "./test/e2e/host/scriptedWord.ts" };
  config.plugins.push(
    new HtmlWebpackPlugin({
      filename: "taskpane.e2e.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["scriptedWord", "legacyCheck", "taskpane"],
      chunksSortMode: "manual",
    }),
  );
  return config;
};
module.exports.E2E_DIST = E2E_DIST;
