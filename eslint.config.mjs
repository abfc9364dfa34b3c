// `npm run lint` (office-addin-lint) uses this file instead of its built-in config: the same
// office-addins recommended rules and prettier, minus `no-undef`, which TypeScript already checks
// (and which cannot see the Office/Excel/DOM globals declared in @types).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none", argsIgnorePattern: "^_" }],
    },
  },
];
