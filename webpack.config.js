/**
 * Production build: `npm run build` → dist/, no certificate needed; the manifest's dev URLs
 * (https://localhost:3000/) are rewritten to ADDIN_BASE_URL so dist/ can be served from any static HTTPS host.
 * Development: `npm run dev-server` serves over HTTPS with the Office dev certificates.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { DEV_URL, rewriteManifest } = require("./scripts/rewrite-manifest.cjs");

function productionBaseUrl() {
  return process.env.ADDIN_BASE_URL || DEV_URL;
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
  const baseUrl = dev ? DEV_URL : productionBaseUrl();
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      // Tiny ES5 entry that runs before the app and stops it in the Internet Explorer webview (legacyCheck.ts).
      legacyCheck: "./src/taskpane/legacyCheck.ts",
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      message: "./src/commands/message.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // webpack's own wrapper/runtime in ES5, so the legacy check still parses in Internet Explorer (app code is unaffected).
      environment: { arrowFunction: false, const: false, destructuring: false, forOf: false, templateLiteral: false },
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
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
        chunks: ["commands"],
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
