// Bundles the WPS stand-in (et-stub.ts + the ET simulator) for the e2e browser, as
// webpack.stub.config.js bundles office.js's. Chromium only, so no Babel.
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  entry: path.resolve(__dirname, "et-stub.ts"),
  output: { path: path.resolve(__dirname, "../../build/e2e"), filename: "et-stub.js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: "ts-loader",
        options: { transpileOnly: true, compilerOptions: { module: "es2015", moduleResolution: "node" } },
      },
    ],
  },
};
