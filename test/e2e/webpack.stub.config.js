// Bundles a host stand-in for the e2e browser: office-stub.ts (office.js's, over the Excel host
// simulator) by default, or with `--env stub=et-stub` et-stub.ts (WPS's, over the ET simulator).
// Chromium only, so no Babel: ts-loader with the project's tsconfig is enough.
const path = require("path");

function stubConfig(name) {
  return {
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.resolve(__dirname, name + ".ts"),
    output: { path: path.resolve(__dirname, "../../build/e2e"), filename: name + ".js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2015", moduleResolution: "node" } } }],
    },
  };
}

module.exports = (env = {}) => stubConfig(env.stub || "office-stub");
