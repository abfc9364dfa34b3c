// Bundles the office.js stand-in (office-stub.ts + the Excel host simulator) for the e2e browser.
// Chromium only, so no Babel: ts-loader with the project's tsconfig is enough.
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  entry: path.resolve(__dirname, "office-stub.ts"),
  output: { path: path.resolve(__dirname, "../../build/e2e"), filename: "office-stub.js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2015", moduleResolution: "node" } } }],
  },
};
