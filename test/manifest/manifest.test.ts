// The XML manifest: well-formed, elements in the schema's order, icons that exist at their size,
// a base requirement every Excel since 2016 meets, string limits, and a zh-CN override everywhere.
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { findTool, needs } from "../support/tools";
import { all, child, Node, parseXml } from "./xml-tree";

const ROOT = join(__dirname, "../..");
const MANIFEST = join(ROOT, "manifest.xml");
const app = parseXml(readFileSync(MANIFEST, "utf8"));
const overrides = child(app, "VersionOverrides");
const resources = child(overrides, "Resources");

/** Names in `actual` appear in the order `schema` gives (absent ones skipped, no strangers). */
function inSchemaOrder(actual: string[], schema: string[]): void {
  const positions = actual.map((n) => schema.indexOf(n));
  expect(actual.filter((_n, i) => positions[i] < 0)).toEqual([]);
  expect(positions).toEqual(positions.slice().sort((a, b) => a - b));
}

function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

needs("xmllint")("xmllint finds the manifest well-formed", () => {
  expect(() => execFileSync(findTool("xmllint")!, ["--noout", MANIFEST], { stdio: "pipe" })).not.toThrow();
});

test("OfficeApp and VersionOverrides children are in the schema's order", () => {
  inSchemaOrder(app.children.map((c) => c.name), [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides",
  ]);
  inSchemaOrder(overrides.children.map((c) => c.name), ["Description", "Requirements", "Hosts", "Resources"]);
  const host = child(child(overrides, "Hosts"), "Host");
  expect(host.children.map((c) => c.name)).toEqual(["Runtimes", "DesktopFormFactor"]);
  inSchemaOrder(child(host, "DesktopFormFactor").children.map((c) => c.name), ["GetStarted", "FunctionFile", "ExtensionPoint"]);
  inSchemaOrder(resources.children.map((c) => c.name), ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
  for (const control of all(overrides, (n) => n.name === "Control")) {
    expect(control.children.map((c) => c.name)).toEqual(["Label", "Supertip", "Icon", "Action"]);
  }
  expect(child(app, "DefaultLocale").text).toBe("en-US");
  expect(child(app, "Permissions").text).toBe("ReadWriteDocument");
  expect(child(child(app, "Hosts"), "Host").attrs.Name).toBe("Workbook");
});

test("base Requirements name ExcelApi 1.1 only; SharedRuntime only inside VersionOverrides", () => {
  const sets = all(child(app, "Requirements"), (n) => n.name === "Set").map((n) => [n.attrs.Name, n.attrs.MinVersion]);
  expect(sets).toEqual([["ExcelApi", "1.1"]]);
  const overrideSets = all(child(overrides, "Requirements"), (n) => n.name === "bt:Set").map((n) => [n.attrs.Name, n.attrs.MinVersion]);
  expect(overrideSets).toEqual([["SharedRuntime", "1.1"]]);
});

test("the ribbon: Classify runs the function `classify`; the pane, runtime and function file share one URL", () => {
  const actions = all(overrides, (n) => n.name === "Action");
  expect(actions.map((a) => a.attrs["xsi:type"])).toEqual(["ExecuteFunction", "ShowTaskpane"]);
  expect(child(actions[0], "FunctionName").text).toBe("classify");
  const runtime = all(overrides, (n) => n.name === "Runtime")[0];
  expect(runtime.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
  expect(all(overrides, (n) => n.name === "FunctionFile")[0].attrs.resid).toBe("Taskpane.Url");
  expect(child(actions[1], "SourceLocation").attrs.resid).toBe("Taskpane.Url");
  expect(all(actions[1], (n) => n.name === "TaskpaneId")).toEqual([]);
});

test("every icon URL names an asset PNG of the stated size", () => {
  const images = all(resources, (n) => n.name === "bt:Image");
  const sizes: Record<string, number> = {};
  for (const img of images) {
    const m = /assets\/icon-(\d+)\.png$/.exec(img.attrs.DefaultValue);
    expect(m).not.toBeNull();
    expect(pngSize(join(ROOT, "assets", `icon-${m![1]}.png`))).toEqual([Number(m![1]), Number(m![1])]);
    sizes[img.attrs.id] = Number(m![1]);
  }
  const uses = all(overrides, (n) => n.name === "bt:Image" && n.attrs.resid !== undefined);
  expect(uses.length).toBeGreaterThan(0);
  for (const use of uses) expect([use.attrs.resid, sizes[use.attrs.resid]]).toEqual([use.attrs.resid, Number(use.attrs.size)]);
  expect(uses.map((u) => u.attrs.size)).toEqual(expect.arrayContaining(["16", "32", "80"]));
  expect(pngSize(join(ROOT, "assets/icon-32.png"))).toEqual([32, 32]);
  expect(child(app, "IconUrl").attrs.DefaultValue).toMatch(/icon-32\.png$/);
  expect(child(app, "HighResolutionIconUrl").attrs.DefaultValue).toMatch(/icon-64\.png$/);
});

test("resids are defined, ≤ 32 characters; ShortStrings ≤ 125, LongStrings ≤ 250 in both languages", () => {
  const defined = new Set(all(resources, (n) => n.attrs.id !== undefined).map((n) => n.attrs.id));
  for (const n of all(overrides, (x) => x.attrs.resid !== undefined)) {
    expect([n.attrs.resid, defined.has(n.attrs.resid)]).toEqual([n.attrs.resid, true]);
  }
  for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
  const limit = (group: string, max: number) => {
    for (const s of all(child(resources, group), (n) => n.name === "bt:String")) {
      const texts = [s.attrs.DefaultValue, ...s.children.map((o) => o.attrs.Value)];
      for (const text of texts) expect([s.attrs.id, text.length <= max]).toEqual([s.attrs.id, true]);
    }
  };
  limit("bt:ShortStrings", 125);
  limit("bt:LongStrings", 250);
  for (const control of all(overrides, (n) => n.name === "Control" || n.name === "Group")) {
    expect(control.attrs.id.length).toBeLessThanOrEqual(125);
  }
});

test("every string, URL and image has a zh-CN override, and the Chinese strings are Chinese", () => {
  const localized = (n: Node) => n.children.filter((o) => /(^|:)Override$/.test(o.name) && o.attrs.Locale === "zh-CN");
  const top = ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((name) => child(app, name));
  top.push(child(child(app, "DefaultSettings"), "SourceLocation"));
  const resourceItems = all(resources, (n) => (n.name === "bt:String" || n.name === "bt:Url" || n.name === "bt:Image") && n.attrs.id !== undefined);
  for (const n of [...top, ...resourceItems]) expect([n.name, n.attrs.id, localized(n).length]).toEqual([n.name, n.attrs.id, 1]);
  for (const n of [child(app, "DisplayName"), child(app, "Description"), ...all(resources, (x) => x.name === "bt:String")]) {
    expect(localized(n)[0].attrs.Value).toMatch(/[\u4e00-\u9fff]/);
  }
});
