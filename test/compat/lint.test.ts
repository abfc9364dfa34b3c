// eslint-plugin-compat over src/ for both flavours, stylelint-no-unsupported-browser-features over
// the pane's CSS for IE 11; each with a probe that must fail, so a silent tool cannot pass.
import { ESLINT, STYLELINT, tool } from "./tools";

interface EslintFile { filePath: string; messages: { ruleId: string | null; message: string; line: number }[] }

function eslint(flavour: "legacy" | "modern", args: string[], input?: string): { code: number; problems: string[] } {
  const run = tool(ESLINT, ["-c", "eslint.compat.config.mjs", "--format", "json", ...args], { input, env: { TT_COMPAT: flavour } });
  const start = run.out.indexOf("[");
  if (start < 0) throw new Error("eslint: " + run.out);
  const files = JSON.parse(run.out.slice(start, run.out.lastIndexOf("]") + 1)) as EslintFile[];
  const problems = files.flatMap((f) => f.messages.map((m) => `${f.filePath.replace(/.*\/src\//, "src/")}:${m.line} ${m.ruleId}: ${m.message}`));
  return { code: run.code, problems };
}

const PROBE = "src/taskpane/compat-probe.ts";

test.each(["legacy", "modern"] as const)("eslint-plugin-compat (%s browsers): nothing unsupported or unpolyfilled in src/", (flavour) => {
  const { code, problems } = eslint(flavour, ["src"]);
  expect(problems).toEqual([]);
  expect(code).toBe(0);
});

test("eslint-plugin-compat can fail: fetch and Proxy for IE 11, which core-js cannot give", () => {
  const { code, problems } = eslint("legacy", ["--stdin", "--stdin-filename", PROBE], "fetch('x');\nconst p = new Proxy({}, {});\nconst m = new Map();\n");
  expect(code).not.toBe(0);
  expect(problems.join("\n")).toMatch(/fetch.*IE 11/);
  expect(problems.join("\n")).toMatch(/Proxy.*IE 11/);
  // Map is declared polyfilled (core-js in the legacy flavour), so it is not reported.
  expect(problems.join("\n")).not.toMatch(/\bMap\b/);
});

test("eslint-plugin-compat can fail: the modern flavour has no polyfills, so Object.fromEntries is reported", () => {
  const { code, problems } = eslint("modern", ["--stdin", "--stdin-filename", PROBE], "export const o = Object.fromEntries([]);\n");
  expect(code).not.toBe(0);
  expect(problems.join("\n")).toMatch(/fromEntries/);
});

function stylelint(args: string[], input?: string): { code: number; out: string } {
  return tool(STYLELINT, [...args, "--formatter", "unix"], { input });
}

test("stylelint-no-unsupported-browser-features: nothing IE 11 lacks in the pane's CSS", () => {
  const run = stylelint(["src/taskpane/taskpane.css"]);
  expect(run.out.trim()).toBe("");
  expect(run.code).toBe(0);
});

test("stylelint can fail: custom properties, flex gap and grid for IE 11", () => {
  const css = ":root { --gap: 4px; }\n.a { display: grid; }\n.b { display: flex; gap: var(--gap); }\n";
  const run = stylelint(["--stdin-filename", "src/taskpane/probe.css"], css);
  expect(run.code).not.toBe(0);
  expect(run.out).toMatch(/css-variables/);
  expect(run.out).toMatch(/css-grid/);
  expect(run.out).toMatch(/flexbox-gap|flexbox/);
});
