// The browser e2e suite (npm run test:e2e): its own config, so plain `npm test` stays fast.
// Transpile only (isolatedModules): tsc already type-checks these files; this saves ~15 s per run.
const { compilerOptions } = require("../../tsconfig.json");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: { ...compilerOptions, isolatedModules: true } }] },
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  moduleFileExtensions: ["ts", "js", "json"],
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  testTimeout: 60000,
  maxWorkers: 1,
};
