// The browser e2e project (npm run test:e2e selects it; npm test runs it with the unit project).
// Transpile only (isolatedModules): tsc already type-checks these files; this saves ~15 s per run.
// setup.ts skips every test (or fails it, with CI=true) where no browser is found (test/support/tools.js).
const { compilerOptions } = require("../../tsconfig.json");

/** @type {import('jest').Config} */
module.exports = {
  displayName: "e2e",
  rootDir: "../..",
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: { ...compilerOptions, isolatedModules: true } }] },
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  moduleFileExtensions: ["ts", "js", "json"],
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.js",
  setupFilesAfterEnv: ["<rootDir>/test/e2e/setup.ts"],
};
