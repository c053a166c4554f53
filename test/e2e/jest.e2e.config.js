/**
 * End-to-end tests: the production bundle in headless Chromium against a scripted Word host.
 * globalSetup builds once per run; the files run one after another (one browser at a time on a 2-core CI).
 */
const path = require("path");

module.exports = {
  rootDir: path.resolve(__dirname, "../.."),
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
  maxWorkers: 1,
  testTimeout: 60000,
};
