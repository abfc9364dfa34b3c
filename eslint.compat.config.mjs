// Browser compatibility lint, kept apart from any style lint (npm run lint is office-addin-lint).
//   TT_COMPAT=legacy (default): browserslist [legacy] = ie 11, with every API core-js gives the
//     legacy flavour declared polyfilled (core-js-compat's list for IE11, less what
//     webpack.config.js's POLYFILLS_NOT_NEEDED leaves out);
//   TT_COMPAT=modern: browserslist [modern] = browsers with <script type="module">, no polyfills
//     (the modern flavour ships none).
// Run: npx eslint -c eslint.compat.config.mjs src   (test/compat/lint.test.ts runs both).
import { createRequire } from "module";
import compat from "eslint-plugin-compat";
import tsParser from "@typescript-eslint/parser";

const require = createRequire(import.meta.url);
const flavour = process.env.TT_COMPAT === "modern" ? "modern" : "legacy";

const GLOBALS = {
  array: "Array", "array-buffer": "ArrayBuffer", date: "Date", error: "Error", function: "Function", json: "JSON",
  map: "Map", math: "Math", number: "Number", object: "Object", promise: "Promise", reflect: "Reflect", regexp: "RegExp",
  set: "Set", string: "String", symbol: "Symbol", "weak-map": "WeakMap", "weak-set": "WeakSet", iterator: "Iterator",
  "global-this": "globalThis", "aggregate-error": "AggregateError", "data-view": "DataView",
};
const camel = (s) => s.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());

/** "es.array.from" → Array.from and Array.prototype.from; "es.map" → Map (with all its members). */
export function polyfillNames(modules) {
  const names = new Set();
  for (const m of modules) {
    const parts = m.replace(/\.v2$/, "").split(".");
    if (parts[0] !== "es" || !GLOBALS[parts[1]]) continue;
    const g = GLOBALS[parts[1]];
    if (parts.length === 2 || parts[2] === "constructor") {
      names.add(g);
      continue;
    }
    const member = camel(parts[2]);
    names.add(`${g}.${member}`);
    names.add(`${g}.prototype.${member}`);
  }
  return [...names].sort();
}

function legacyPolyfills() {
  const { list } = require("core-js-compat")({ targets: "ie 11", version: require("core-js/package.json").version });
  const { POLYFILLS_NOT_NEEDED } = require("./webpack.config.js");
  return polyfillNames(list.filter((m) => !POLYFILLS_NOT_NEEDED.some((re) => re.test(m))));
}

// src/cli and src/xlsx are the Node command line: no page loads them (test/compat/bundle.test.ts
// checks that neither flavour contains a module from there), so no browser list applies.
export const NODE_ONLY = ["src/cli/**", "src/xlsx/**"];

export default [
  {
    files: ["src/**/*.ts"],
    ignores: NODE_ONLY,
    languageOptions: { parser: tsParser, ecmaVersion: "latest", sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "off" },
    plugins: { compat },
    settings: {
      browserslistOpts: { env: flavour },
      lintAllEsApis: true,
      polyfills: flavour === "legacy" ? legacyPolyfills() : [],
    },
    rules: { "compat/compat": "error" },
  },
];
