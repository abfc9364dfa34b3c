/* eslint-disable no-undef */
// The add-in's web build, after Microsoft's Office-Addin-TaskPane template.
//   webpack --mode production                      dist/ for https://localhost:3000/ (sideload, dev)
//   webpack --mode production --env url=https://x/ the same with the manifest's URLs rewritten
//   webpack --mode production --env intranet       office.js served from dist/office-js/ (no CDN):
//                                                  the files it loads for Excel (scripts/office-js-files.js)
//   webpack --mode production --env outDir=DIR     the same into DIR instead of dist/ (test/compat)
//
// Two flavours of the same scripts, two compilations (docs/decisions/ie11.md):
//   dist/legacy/  ES5 + core-js polyfills by usage, for IE11 (VL Excel 2016/2019): <script nomodule>
//   dist/modern/  ES2017+, no polyfills, for everything that runs modules:          <script type="module">
// A browser runs exactly one flavour: IE11 skips type="module", module browsers skip nomodule.
// The pane and the ribbon command share one page (shared runtime), so each flavour has a single
// webpack runtime chunk: modules such as the last-run store exist once.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { OFFICE_JS_DIST, officeJsFiles } = require("./scripts/office-js-files.js");

const urlDev = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DIST = path.resolve(__dirname, "dist");
const ENTRIES = { taskpane: "./src/taskpane/taskpane.ts", commands: "./src/commands/commands.ts" };
const KB = 1000;
/** Minified JavaScript the pane loads per flavour (office.js excluded); the e2e suite enforces them too. */
// legacy: 200 KB until the real-tables work (header blocks and rule, print layout) took it to ~204.5 KB
// with the rarer actions already loaded on demand; 210 KB until the assessment year's core (issue 15:
// last year's tiers in a run, the review share rule) took it to ~210.1 KB; 215 KB since (docs/decisions/ie11.md).
const BUDGET = { modern: 150 * KB, legacy: 215 * KB };

/** The dev server's certificate: trusted, or trusted by hand with one line saying so; with none to serve with, one line and exit 1 (scripts/dev-certs.js). */
async function getHttpsOptions() {
  const { certificateFailure, httpsOptions } = require("./scripts/dev-certs.js");
  try {
    return await httpsOptions();
  } catch (err) {
    console.error(certificateFailure(err));
    process.exit(1);
  }
}

function productionUrl(env) {
  if (!env.url) return urlDev;
  return env.url.endsWith("/") ? env.url : env.url + "/";
}

// core-js modules the legacy flavour leaves out. Each entry must be proven unneeded by a test:
// test/compat/polyfills.test.ts. Typed arrays: core-js "usage" replaces IE11's Float64Array,
// Int32Array and Uint8Array whole (constructors, every ES2015-2025 method, base64/hex) as soon as
// one is constructed (~30 KB). The code the pane loads only constructs them from a length or an
// ArrayBuffer and only reads length, buffer, subarray and indexes, all of which IE11 has natively;
// the test checks this with the TypeScript type checker over everything the pane imports.
// The esnext.* aliases are listed too, or the plugin falls back to them.
const POLYFILLS_NOT_NEEDED = [/^es(next)?\.typed-array\./, /^es(next)?\.array-buffer\./, /^es(next)?\.uint8-array\./];

/**
 * Babel per flavour; the browsers come from the [legacy] / [modern] sections of .browserslistrc.
 * `exclude`: the polyfill families left out of the legacy flavour (the WPS build leaves out none).
 */
function babelOptions(flavour, ownCode, exclude = POLYFILLS_NOT_NEEDED) {
  const legacy = flavour === "legacy";
  return {
    babelrc: false,
    configFile: false,
    sourceType: "unambiguous",
    presets: [
      [
        "@babel/preset-env",
        legacy
          ? { browserslistEnv: "legacy", bugfixes: true, useBuiltIns: "usage", corejs: require("core-js/package.json").version, exclude }
          : { browserslistEnv: "modern", bugfixes: true, useBuiltIns: false },
      ],
      ["@babel/preset-typescript", { onlyRemoveTypeImports: false }],
    ],
    // Babel's helpers (for…of, spread, classes, async) imported once from @babel/runtime instead of
    // copied into every module; not for node_modules, where @babel/runtime itself would import itself.
    plugins: ownCode ? [["@babel/plugin-transform-runtime", { corejs: false, helpers: true, regenerator: true, version: require("@babel/runtime/package.json").version }]] : [],
  };
}

/** Script files of every entry of a compilation, runtime first, in the order the page must load them. */
function entryScripts(compilation) {
  const files = [];
  for (const name of Object.keys(ENTRIES)) {
    for (const f of compilation.entrypoints.get(name).getFiles()) {
      if (f.endsWith(".js") && files.indexOf(f) < 0) files.push(f);
    }
  }
  return files;
}

// The legacy compilation runs first (dependencies below) and leaves its script list here for the page.
const legacyScripts = { files: null };

class RecordLegacyScripts {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("RecordLegacyScripts", (compilation) => {
      legacyScripts.files = entryScripts(compilation);
    });
  }
}

/** Modern scripts get type="module"; the legacy ones follow with nomodule, in their own order. */
class TwoFlavourScripts {
  apply(compiler) {
    compiler.hooks.compilation.tap("TwoFlavourScripts", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("TwoFlavourScripts", (data) => {
        if (!legacyScripts.files) throw new Error("webpack: the legacy flavour must be built before taskpane.html");
        for (const tag of data.bodyTags) {
          if (tag.tagName === "script") tag.attributes.type = "module";
        }
        for (const file of legacyScripts.files) {
          data.bodyTags.push({ tagName: "script", voidTag: false, attributes: { nomodule: true, src: file }, meta: { plugin: "TwoFlavourScripts" } });
        }
        return data;
      });
    });
  }
}

function copyPatterns(env, dev) {
  const url = productionUrl(env);
  const patterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform(content) {
        if (dev) return content;
        // Resource URLs take the full base; AppDomain is an origin (scheme + host + port).
        const origin = new URL(url).origin;
        return content.toString().split(urlDev).join(url).split(urlDev.slice(0, -1)).join(origin);
      },
    },
  ];
  if (env.intranet) {
    // office.js and what its loader fetches for Excel on Windows, Mac and the web (scripts/office-js-files.js).
    // Already minified: skipping the minimizer keeps the build in seconds.
    for (const file of officeJsFiles()) {
      patterns.push({ from: path.join(OFFICE_JS_DIST, file), to: "office-js/" + file, info: { minimized: true } });
    }
  }
  return patterns;
}

function flavourConfig(flavour, env, dev, dist) {
  const legacy = flavour === "legacy";
  const mine = (asset) => asset.split("\\").join("/").startsWith(flavour + "/");
  return {
    name: flavour,
    devtool: "source-map",
    target: ["web", "browserslist:" + flavour],
    entry: ENTRIES,
    output: {
      path: dist,
      filename: flavour + "/[name].js",
      // Both flavours load into one page only in a browser that runs both (Safari 10.1): keep apart.
      uniqueName: "township-tiers-" + flavour,
      // Each compilation cleans its own files; the modern one (built second) also owns the page,
      // the copied files and anything stale at the top of dist/.
      clean: { keep: (asset) => (legacy ? !mine(asset) : asset.split("\\").join("/").startsWith("legacy/")) },
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "babel-loader", options: babelOptions(flavour, true) } },
        // The core and the Office.js adapter do nothing on import: what the pane's first scripts do not use
        // of them (the rarer actions and the sample, which app.ts imports on demand) stays out of them.
        { test: /[\\/]src[\\/](core|excel)[\\/]/, sideEffects: false },
        { test: /\.js$/, include: /node_modules/, exclude: /node_modules[\\/]core-js/, use: { loader: "babel-loader", options: babelOptions(flavour, false) } },
      ],
    },
    optimization: {
      runtimeChunk: { name: "runtime" },
      // Initial chunks only: a library that only on-demand code uses (fflate and saxes for 乡级申报) stays in
      // that code's chunk instead of joining shared.js, which every page load pays for.
      splitChunks: { chunks: "initial", minSize: 0, name: "shared" },
    },
    performance: {
      hints: dev ? false : "error",
      maxAssetSize: BUDGET[flavour],
      maxEntrypointSize: BUDGET[flavour],
      // Our own scripts only: the office.js files the intranet build copies are Microsoft's.
      assetFilter: (name) => mine(name) && name.endsWith(".js"),
    },
    plugins: legacy
      ? [new RecordLegacyScripts()]
      : [
          new HtmlWebpackPlugin({
            filename: "taskpane.html",
            template: "./src/taskpane/taskpane.html",
            chunks: ["taskpane", "commands"],
            // Classic scripts at the end of <body> run as soon as they are parsed; module scripts
            // there run right after parsing ends. Either way the ribbon's first click finds the
            // handler (office-js#2744 was about deferred scripts in <head>).
            scriptLoading: "blocking",
            inject: "body",
            templateParameters: { officeJs: env.intranet ? "office-js/office.js" : OFFICE_CDN },
            minify: false,
          }),
          new TwoFlavourScripts(),
          new CopyWebpackPlugin({ patterns: copyPatterns(env, dev) }),
        ],
  };
}

module.exports = async (env, options) => {
  env = env || {};
  const dev = options.mode === "development";
  const dist = env.outDir ? path.resolve(env.outDir) : DIST;
  const legacy = flavourConfig("legacy", env, dev, dist);
  const modern = flavourConfig("modern", env, dev, dist);
  modern.dependencies = ["legacy"];
  modern.devServer = {
    headers: { "Access-Control-Allow-Origin": "*" },
    static: { directory: dist },
    server: {
      type: "https",
      options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
    },
    port: process.env.npm_package_config_dev_server_port || 3000,
  };
  return [legacy, modern];
};

module.exports.BUDGET = BUDGET;
module.exports.POLYFILLS_NOT_NEEDED = POLYFILLS_NOT_NEEDED;
module.exports.babelOptions = babelOptions;
