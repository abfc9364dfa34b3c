// `npm test` runs both projects in one jest run, so one summary covers them: "unit" (core, .xlsx,
// CLI, the add-in on the Excel simulator, manifest, IE11 compatibility, the builds) and "e2e"
// (the pane in a browser, test/e2e/jest.config.js). `npm run test:e2e` selects the second.
// test/support/summary-reporter.js prints the missing tools and, last, "N passed, N failed, N skipped".

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "unit",
      rootDir: __dirname,
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      moduleFileExtensions: ["ts", "js", "json"],
      globalSetup: "<rootDir>/test/support/global-setup.js",
      globalTeardown: "<rootDir>/test/support/global-teardown.js",
    },
    "<rootDir>/test/e2e/jest.config.js",
  ],
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
