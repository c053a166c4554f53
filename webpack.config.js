/**
 * Production build: `ADDIN_BASE_URL=https://… npm run build` → dist/, no certificate needed; the manifest's dev URLs
 * (https://localhost:3000/) are rewritten to ADDIN_BASE_URL so dist/ can be served from any static HTTPS host. Without
 * ADDIN_BASE_URL a production build stops with a message: a manifest pointing at localhost would install an add-in
 * that cannot load on any clerk's machine. Development: `npm run dev-server` serves over HTTPS with the dev certificates.
 *
 * Every script that ships parses as ES2017 (test/e2e/shipped.e2e.ts): Word 2019 on Windows and older WebKit on Mac
 * reject later syntax at parse time and would show a blank pane. esbuild lowers our TypeScript and the libraries in
 * node_modules to ES2017; the legacy check, the message page and what they import compile to ES5 with TypeScript
 * (esbuild has no ES5 target), because Internet Explorer and EdgeHTML must run them to say what is wrong.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { DEV_URL, rewriteManifest } = require("./scripts/rewrite-manifest.cjs");

/** Scripts that must run in Internet Explorer and EdgeHTML: compiled to ES5. */
const ES5_SOURCES = [
  path.resolve(__dirname, "src/taskpane/legacyCheck.ts"),
  path.resolve(__dirname, "src/commands/message.ts"),
  path.resolve(__dirname, "src/commands/functionNames.ts"),
];

/**
 * esbuild lowers syntax to ES2017; our loader then turns the regular expressions ES2017 cannot parse into calls.
 * `import.meta` is left to webpack, which replaces `new Worker(new URL("…", import.meta.url))` by the worker chunk's
 * address (the extraction worker); esbuild would otherwise empty it for ES2017, and no worker chunk would be built.
 */
const TO_ES2017 = [
  path.resolve(__dirname, "scripts/es2017-regexp-loader.cjs"),
  { loader: "esbuild-loader", options: { target: "es2017", supported: { "import-meta": true } } },
];

function productionBaseUrl(env) {
  const baseUrl = env.addinBaseUrl || process.env.ADDIN_BASE_URL;
  if (!baseUrl) {
    throw new Error(
      [
        "Thiếu ADDIN_BASE_URL: bản dựng để phát hành cần địa chỉ HTTPS nơi đặt phần bổ trợ, ví dụ",
        "  ADDIN_BASE_URL=https://addins.example.gov.vn/ket-luan/ npm run build",
        "ADDIN_BASE_URL is not set: a production build needs the HTTPS address the add-in will be served from (see",
        "above); otherwise its manifest would point at https://localhost:3000. For a local build use npm run build:dev.",
      ].join("\n"),
    );
  }
  return baseUrl;
}

async function devServerHttps() {
  // Only the dev server needs certificates; required lazily so a production build never asks for them.
  // `npm start` generates them without sudo; use those files directly so serving never needs admin rights.
  const fs = require("fs");
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  }
  return require("office-addin-dev-certs").getHttpsServerOptions();
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const baseUrl = dev ? DEV_URL : productionBaseUrl(env || {});
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      // Tiny ES5 entry that runs before the app (and the ribbon's functions) and answers where they cannot run.
      legacyCheck: "./src/taskpane/legacyCheck.ts",
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      message: "./src/commands/message.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // webpack's own wrapper/runtime in ES5, so the legacy check still parses in Internet Explorer. The minifier takes
      // its syntax level from here too: with these off it never writes ES2020 (`??`, `?.`) into already lowered code.
      environment: {
        arrowFunction: false,
        bigIntLiteral: false,
        const: false,
        destructuring: false,
        dynamicImport: false,
        forOf: false,
        module: false,
        optionalChaining: false,
        templateLiteral: false,
      },
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          include: ES5_SOURCES,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { target: "ES5" } } },
        },
        { test: /\.tsx?$/, exclude: [/node_modules/, ...ES5_SOURCES], use: TO_ES2017 },
        { test: /\.[cm]?js$/, include: /node_modules/, use: TO_ES2017 },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Order matters: office.js (in the template), then the legacy check, then the app.
        chunks: ["legacyCheck", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "message.html",
        template: "./src/commands/message.html",
        chunks: ["message"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        // The ribbon's page gets the legacy check too: in an old webview its buttons answer with a message.
        chunks: ["legacyCheck", "commands"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteManifest(content.toString(), baseUrl)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      host: "localhost", // the dev server is for this machine only
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
  if (dev && process.env.WEBPACK_SERVE) {
    config.devServer.server = { type: "https", options: await devServerHttps() };
  }
  return config;
};
