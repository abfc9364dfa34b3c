// Entry point of the compiled CLI (bin/township-tiers.js requires this file).
import { main } from "./main";

const { version } = require("../../package.json") as { version: string };

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  version,
});
