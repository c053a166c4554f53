/** Benchmarks that need jsdom run through jest; test/bench/run.ts starts them and prints their figures. */
const base = require("../../jest.config.js");
module.exports = { ...base, rootDir: "../..", roots: ["<rootDir>/test/bench"], testMatch: ["**/*.bench.tsx"] };
