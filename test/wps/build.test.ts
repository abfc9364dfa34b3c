// `npm run build:wps -- --env url=… --env outDir=…` as the README gives it: the folder an office serves,
// with ribbon.xml starting with <customUI, every callback it names a global of the bundle (loaded as
// WPS loads it, into a page of its own), publish.xml / jsplugins.xml for the url, ES5 scripts, and the
// bundle's 分类 classifying the active sheet of the ET simulator.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { runInNewContext } from "vm";
import { sampleWorkbook } from "../../src/core";
import { etOf } from "./helpers";
import { ES_CHECK, tool } from "../compat/tools";
import { sheetFromGrid } from "./sim";

const ROOT = resolve(__dirname, "../..");
const URL = "https://x.example/wps/";
const out = mkdtempSync(join(tmpdir(), "tt-wps-build-"));
let build: { status: number | null; output: string };

function npm(args: string[]) {
  const execPath = process.env.npm_execpath;
  const [cmd, cmdArgs] =
    execPath && /npm-cli\.js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : ["npm", args];
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, encoding: "utf8", timeout: 5 * 60 * 1000 });
  return { status: r.status, output: (r.stdout || "") + (r.stderr || "") };
}

beforeAll(
  () => {
    build = npm(["run", "-s", "build:wps", "--", "--env", `url=${URL}`, "--env", `outDir=${out}`]);
  },
  5 * 60 * 1000,
);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const file = (name: string) => readFileSync(join(out, name), "utf8");

test("the build succeeds and the folder holds what WPS loads", () => {
  expect({ status: build.status, tail: build.status === 0 ? "" : build.output.slice(-3000) }).toEqual({
    status: 0,
    tail: "",
  });
  for (const name of [
    "ribbon.xml",
    "index.html",
    "main.js",
    "js/township-tiers.js",
    "images/classify.png",
    "images/pane.png",
    "taskpane.html",
    "taskpane.css",
    "js/taskpane.js",
    "manifest.xml",
    "package.json",
    "publish.xml",
    "jsplugins.xml",
  ])
    expect({ name, exists: existsSync(join(out, name)) }).toEqual({ name, exists: true });
  expect(file("ribbon.xml").startsWith("<customUI")).toBe(true);
  expect(file("index.html")).toMatch(/<script[^>]*src="?main\.js"?/);
  expect(file("main.js")).toContain("js/township-tiers.js");
  expect(JSON.parse(file("package.json"))).toMatchObject({ name: "township-tiers", addonType: "et" });
});

test("the pane page is the Excel add-in's taskpane.html without office.js, loading its own script", () => {
  const html = file("taskpane.html");
  expect(html).not.toMatch(/office\.js/);
  expect(html).toMatch(/<script[^>]*src="?js\/taskpane\.js"?/);
  expect(html).toMatch(/id="?classify"?/); // the same page as in Excel
});

test("publish.xml and jsplugins.xml carry the url, as online entries of type et", () => {
  expect(file("publish.xml")).toContain(
    `<jspluginonline name="township-tiers" type="et" url="${URL}" enable="enable_dev" install="null"/>`,
  );
  expect(file("jsplugins.xml")).toContain(`<jspluginonline name="township-tiers" type="et" url="${URL}"/>`);
  expect(file("publish.xml").startsWith("<jsplugins>")).toBe(true);
});

test("the scripts are ES5 (any Chromium WPS ships runs them), the pane's chunks too", () => {
  const scripts = readdirSync(join(out, "js"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => join(out, "js", f));
  expect(scripts.length).toBeGreaterThan(2);
  const r = tool(ES_CHECK, ["es5", ...scripts, join(out, "main.js")]);
  expect({ code: r.code, out: r.code === 0 ? "" : r.out }).toEqual({ code: 0, out: "" });
});

test("every callback ribbon.xml names is a function the bundle leaves on window; 分类 classifies through window.Application", () => {
  const names = Array.from(
    file("ribbon.xml").matchAll(/\b(?:onLoad|onAction|getLabel|getImage|getEnabled|getVisible)="([^"]+)"/g),
  ).map((m) => m[1]);
  expect(new Set(names)).toEqual(
    new Set(["TiersOnLoad", "TiersOnAction", "TiersGetLabel", "TiersGetImage", "TiersGetEnabled"]),
  );
  const s = sampleWorkbook().sheet;
  const et = etOf([sheetFromGrid(s.name, s.values, s.formats)]);
  const alerts: string[] = [];
  const window: Record<string, unknown> = {
    Application: et.Application,
    alert: (t: string) => alerts.push(t),
    navigator: { language: "zh-CN" },
  };
  window.window = window;
  window.self = window;
  runInNewContext(file("js/township-tiers.js"), window);
  for (const name of names) expect({ name, type: typeof window[name] }).toEqual({ name, type: "function" });
  const call = (name: string, arg: unknown) => (window[name] as (a: unknown) => unknown)(arg);
  expect(call("TiersOnLoad", {})).toBe(true);
  expect(call("TiersGetLabel", { Id: "ttPane" })).toBe("分类窗格");
  expect(call("TiersOnAction", { Id: "ttClassify" })).toBe(true);
  expect(et.book.sheets.map((x) => x.name)).toEqual([s.name, "规则", "分类汇总"]);
  // The sample has rows with problems: the pane opens (the built folder's own page), no box.
  expect(alerts).toEqual([]);
  expect(et.panes.map((p) => [p.url, p.Visible])).toEqual([["https://x.example/wps/taskpane.html", true]]);
  call("TiersOnAction", { Id: "ttPane" });
  expect(et.panes.map((p) => p.Visible)).toEqual([false]);
});

test(
  "without --env url the build stops with one line",
  () => {
    const r = npm(["run", "-s", "build:wps", "--", "--env", `outDir=${join(out, "none")}`]);
    expect(r.status).not.toBe(0);
    expect(r.output.trim()).toBe(
      "build:wps needs the folder's address: npm run build:wps -- --env url=https://host/path/wps/",
    );
  },
  60 * 1000,
);
