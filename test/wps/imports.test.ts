// The two add-in adapters never import each other (issue 19). src/wps imports the core, and of the host
// seam (src/host) its types only; src/host is types only. In src/taskpane only the WPS pane's entry
// (taskpane-wps.ts) imports src/wps, and nothing the WPS pane loads, at once or on demand, reaches
// src/excel; nothing the Excel pane and ribbon command load reaches src/wps.
import { existsSync, readdirSync, readFileSync } from "fs";
import { dirname, join, resolve } from "path";

const SRC = resolve(__dirname, "../../src");

/** Relative imports of a file: `import type` ones (erased by the build) apart from the others, dynamic import() included. */
function importsOf(file: string): { types: string[]; code: string[] } {
  const text = readFileSync(file, "utf8");
  const types: string[] = [];
  const code: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)(\s+type\b)?[^'"]*?from\s+["'](\.[^"']+)["']/gm))
    (m[2] ? types : code).push(resolve(dirname(file), m[3]));
  for (const m of text.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g)) code.push(resolve(dirname(file), m[1]));
  return { types, code };
}

const folderOf = (path: string) => path.slice(SRC.length + 1).split(/[\\/]/)[0];
const tsFiles = (folder: string) =>
  readdirSync(join(SRC, folder))
    .filter((n) => n.endsWith(".ts"))
    .map((n) => join(SRC, folder, n));

function moduleFile(path: string): string {
  for (const f of [path + ".ts", join(path, "index.ts")]) if (existsSync(f)) return f;
  throw new Error("unresolved import " + path);
}

/** Every src/ module the build bundles from these entries (type-only imports are erased, so not followed). */
function reached(entries: string[]): string[] {
  const seen = new Set<string>();
  const todo = entries.map((e) => join(SRC, e));
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const target of importsOf(file).code) if (target.startsWith(SRC)) todo.push(moduleFile(target));
  }
  return Array.from(seen).map((f) => f.slice(SRC.length + 1));
}

test("src/host is types only and imports only the core's types", () => {
  for (const f of tsFiles("host")) {
    const { types, code } = importsOf(f);
    expect({ f, code, types: types.map(folderOf).filter((x) => x !== "core") }).toEqual({ f, code: [], types: [] });
    expect(readFileSync(f, "utf8")).not.toMatch(/^\s*export\s+(const|function|class|let|var)\b/m);
  }
});

test("src/wps imports only src/core, and the host seam's types", () => {
  const code = new Set<string>();
  const types = new Set<string>();
  for (const f of tsFiles("wps")) {
    const found = importsOf(f);
    found.code.forEach((p) => code.add(folderOf(p)));
    found.types.forEach((p) => types.add(folderOf(p)));
  }
  expect(Array.from(code).sort()).toEqual(["core", "wps"]);
  expect(Array.from(types).sort()).toEqual(["core", "host", "wps"]);
});

test("no other front end imports src/wps, but the WPS pane's entry", () => {
  for (const folder of ["excel", "taskpane", "commands", "state", "core", "cli", "xlsx", "host"]) {
    for (const f of tsFiles(folder)) {
      const name = `${folder}/${f.slice(join(SRC, folder).length + 1)}`;
      const wps = /from\s+["'][./]*wps[/"']/.test(readFileSync(f, "utf8"));
      expect({ name, wps }).toEqual({ name, wps: name === "taskpane/taskpane-wps.ts" });
    }
  }
});

test("the WPS pane reaches no src/excel module, the Excel pane and ribbon command no src/wps module", () => {
  const wpsPane = reached(["taskpane/taskpane-wps.ts"]);
  expect(wpsPane).toEqual(expect.arrayContaining(["taskpane/app.ts", "wps/pane-host.ts", "wps/pane-actions.ts"]));
  expect(wpsPane.filter((f) => folderOf(join(SRC, f)) === "excel")).toEqual([]);
  const excelPane = reached(["taskpane/taskpane.ts", "commands/commands.ts"]);
  expect(excelPane).toEqual(
    expect.arrayContaining(["taskpane/app.ts", "excel/classify.ts", "taskpane/year-section.ts"]),
  );
  expect(excelPane.filter((f) => folderOf(join(SRC, f)) === "wps")).toEqual([]);
});
