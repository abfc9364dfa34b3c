/* eslint-disable no-undef */
// The WPS 表格 add-in (WPS 加载项, issue 19), online mode: a folder an office puts on its web server.
//   npm run build:wps -- --env url=https://intra.example/tiers/wps/   into build/wps-addin/
//   … --env outDir=DIR                     into DIR instead
//   … --env pane=URL                       the task pane page 分类窗格 opens (default: taskpane.html
//                                          in the folder, the pane built here)
// The folder: ribbon.xml (starting with <customUI, as WPS's publish page checks), index.html (the page
// WPS opens), main.js (loads the bundle), js/township-tiers.js (the ribbon's callbacks, src/wps/ribbon.ts),
// taskpane.html, taskpane.css and js/taskpane.js (the Excel add-in's pane, from the same src/taskpane
// sources, over the WPS host: src/taskpane/taskpane-wps.ts; no office.js), images/, manifest.xml and
// package.json (name, version, addonType "et": what wpsjs publish reads), and publish.xml /
// jsplugins.xml: the entries for this url that WPS's own files take (README, WPS 表格).
//
// Script target: WPS runs add-ins in a Chromium webview whose version per build (Windows, UOS, Kylin,
// ARM) no source gives (WPS-NOTES §6 question 1). So the bundle is built as the Excel add-in's legacy
// flavour is: ES5 syntax with core-js polyfills by usage, which any Chromium runs; the cost is size only.

const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const pkg = require("./package.json");
const excelBuild = require("./webpack.config.js");

const NAME = "township-tiers";

function escapeXml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The files WPS's own configuration takes, for an add-in served from url (WPS-NOTES §1). */
function generatedFiles(url) {
  const u = escapeXml(url);
  return {
    // %APPDATA%\kingsoft\wps\jsaddons\publish.xml (Windows), ~/.local/share/Kingsoft/wps/jsaddons/publish.xml (Linux)
    "publish.xml":
      "<jsplugins>\n" +
      `  <jspluginonline name="${NAME}" type="et" url="${u}" enable="enable_dev" install="null"/>\n` +
      "</jsplugins>\n",
    // The file oem.ini's [Server] JSPluginsServer points at (专业版 / 信创 builds), or jsaddons\jsplugins.xml
    "jsplugins.xml": "<jsplugins>\n" + `  <jspluginonline name="${NAME}" type="et" url="${u}"/>\n` + "</jsplugins>\n",
    "manifest.xml":
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<JsPlugin>\n  <ApiVersion>1.0.0</ApiVersion>\n  <Name>${NAME}</Name>\n` +
      "  <Description>乡镇分类 (township tiers) for WPS 表格</Description>\n</JsPlugin>\n",
    "package.json": JSON.stringify({ name: NAME, version: pkg.version, addonType: "et" }, null, 2) + "\n",
  };
}

class EmitFiles {
  constructor(files) {
    this.files = files;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EmitFiles", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EmitFiles", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const [name, text] of Object.entries(this.files)) {
            compilation.emitAsset(name, new webpack.sources.RawSource(text));
          }
        },
      );
    });
  }
}

/**
 * The Excel build's legacy Babel (ES5, core-js by usage, Babel's helpers from @babel/runtime), without its
 * polyfill exclusions: those are proven for the Excel pane's sources only (test/compat).
 */
function babelOptions(ownCode) {
  return excelBuild.babelOptions("legacy", ownCode, []);
}

module.exports = (env) => {
  env = env || {};
  if (!env.url || !/^https?:\/\//.test(env.url)) {
    console.error("build:wps needs the folder's address: npm run build:wps -- --env url=https://host/path/wps/");
    process.exit(1);
  }
  const url = env.url.endsWith("/") ? env.url : env.url + "/";
  const pane = new URL(env.pane || "taskpane.html", url).href;
  const out = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "build/wps-addin");
  return {
    name: "wps",
    mode: "production",
    devtool: "source-map",
    target: ["web", "es5"],
    entry: { [NAME]: "./src/wps/ribbon.ts", taskpane: "./src/taskpane/taskpane-wps.ts" },
    output: { path: out, filename: "js/[name].js", chunkFilename: "js/[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "babel-loader", options: babelOptions(true) } },
        { test: /[\\/]src[\\/](core|wps)[\\/]/, sideEffects: false },
        { test: /[\\/]src[\\/]wps[\\/]ribbon\.ts$/, sideEffects: true },
        {
          test: /\.js$/,
          include: /node_modules/,
          exclude: /node_modules[\\/]core-js/,
          use: { loader: "babel-loader", options: babelOptions(false) },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ TIERS_WPS_PANE_URL: JSON.stringify(pane) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "blocking",
        inject: "body",
        templateParameters: { officeJs: "" },
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/wps/addin/ribbon.xml", to: "ribbon.xml" },
          { from: "src/wps/addin/index.html", to: "index.html", info: { minimized: true } },
          { from: "src/wps/addin/main.js", to: "main.js", info: { minimized: true } },
          { from: "assets/icon-32.png", to: "images/classify.png" },
          { from: "assets/icon-32.png", to: "images/pane.png" },
        ],
      }),
      new EmitFiles(generatedFiles(url)),
    ],
  };
};
