/** Jest runs every test in the repo: unit tests next to the code, and test/ (rendering, e2e). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", isolatedModules: true } },
    ],
  },
  setupFiles: ["<rootDir>/test/setup/dom.ts"],
  testTimeout: 60000,
};
