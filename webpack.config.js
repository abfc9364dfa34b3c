/* eslint-disable no-undef */
// The add-in's web build, after Microsoft's Office-Addin-TaskPane template.
//   webpack --mode production                      dist/ for https://localhost:3000/ (sideload, dev)
//   webpack --mode production --env url=https://x/ the same with the manifest's URLs rewritten
//   webpack --mode production --env intranet       office.js served from dist/office-js/ (no CDN)
// The pane and the ribbon command share one page (shared runtime), so both entries go into
// taskpane.html with a single webpack runtime: modules such as the last-run store exist once.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

function productionUrl(env) {
  if (!env.url) return urlDev;
  return env.url.endsWith("/") ? env.url : env.url + "/";
}

// core-js "usage" guesses from property names, so `.bold`, `.every` or `for…of` pull in polyfills
// that IE11 does not need for our code: string HTML methods, iterator helpers, Symbol (Babel's
// for…of helper walks arrays without it), spec-edge fixes of methods IE11 has. Excluded here;
// the e2e suite runs the built bundle, which would catch a missing one in a modern engine.
const NOT_NEEDED = [
  /^esnext\./, /^es\.symbol/, /^es\.iterator\./, /^es\.array\.(slice|splice|concat|filter|map|join)$/,
  "es.number.constructor", "es.object.keys", "es.object.get-own-property-descriptor", /^es\.string\.(anchor|bold|iterator)$/, /^es\.map\.get-or-insert/,
  /^es\.array\.(iterator|push)$/, "web.dom-collections.iterator", "es.error.cause", "es.object.proto",
  "es.json.stringify", "es.date.to-primitive", "es.reflect.construct", "es.object.get-own-property-descriptors",
  /^es\.regexp\.(exec|test|to-string)$/, /^es\.string\.(replace|split|trim)$/, "es.object.to-string",
  // IE11 has Map and Set with get/set/has/add/forEach, which is all src/ uses. What it lacks, and
  // src/ must therefore not use: iterables in the constructors, for…of over them, chaining set()/add().
  /^es\.map/, /^es\.set/,
  // IE11 has Float64Array/Uint8Array; the core only indexes them (no ES2015+ typed-array methods).
  /^es\.typed-array\./, /^es\.array-buffer\./, /^es\.uint8-array\./,

];

// IE11 runs the pane on volume-licensed Excel: ES5 syntax, core-js polyfills only where used.
const babelOptions = {
  // Smaller ES5: our code never relies on the spec corners these assumptions give up.
  assumptions: {
    noDocumentAll: true, noClassCalls: true, setPublicClassFields: true, constantSuper: true,
    ignoreFunctionLength: true, setSpreadProperties: true, skipForOfIteratorClosing: true,
    ignoreToPrimitiveHint: true, objectRestNoSymbols: true, pureGetters: true,
    setClassMethods: true, setComputedProperties: true,
  },
  presets: [
    ["@babel/preset-env", { useBuiltIns: "usage", corejs: "3.51", bugfixes: true, loose: true, exclude: NOT_NEEDED }],
    ["@babel/preset-typescript", { onlyRemoveTypeImports: false }],
  ],
};

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
    // office.js is a loader that pulls host and locale files from its own folder: mirror all of it.
    // Already minified: skipping the minimizer keeps the build in seconds.
    patterns.push({
      from: "node_modules/@microsoft/office-js/dist",
      to: "office-js",
      info: { minimized: true },
    });
  }
  return patterns;
}

module.exports = async (env, options) => {
  env = env || {};
  const dev = options.mode === "development";
  const officeJs = env.intranet ? "office-js/office.js" : OFFICE_CDN;
  return {
    devtool: "source-map",
    target: ["web", "es5"],
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "babel-loader", options: babelOptions } },
        { test: /\.js$/, include: /node_modules/, exclude: /node_modules[\\/]core-js/, use: { loader: "babel-loader", options: babelOptions } },
      ],
    },
    optimization: {
      // Terser as webpack runs it, told it may assume what our code never does (getters with effects).
      minimizeOptions: { javascript: { compress: { passes: 3, pure_getters: true, ecma: 5 }, mangle: { toplevel: true } } },
      runtimeChunk: { name: "runtime" },
      splitChunks: { chunks: "all", minSize: 0, name: "shared" },
    },
    performance: {
      hints: dev ? false : "warning",
      maxAssetSize: 150 * 1024,
      maxEntrypointSize: 200 * 1024,
      assetFilter: (name) => name.endsWith(".js") && !name.startsWith("office-js/"),
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "commands"],
        // Blocking scripts at the end of <body>: the ribbon's first click must find the handler (office-js#2744).
        scriptLoading: "blocking",
        inject: "body",
        templateParameters: { officeJs },
        minify: false,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns(env, dev) }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
