// src/wps imports the core and nothing else of src/ (never the Office.js adapter, the pane, the ribbon
// command or the shared state): the two add-in adapters do not import each other (issue 19).
import { readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";

const SRC = resolve(__dirname, "../../src");

test("src/wps imports only src/core", () => {
  const folders = new Set<string>();
  for (const f of readdirSync(join(SRC, "wps")).filter((n) => n.endsWith(".ts"))) {
    const text = readFileSync(join(SRC, "wps", f), "utf8");
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+["'](\.[^"']+)["']/gm)) {
      const top = resolve(join(SRC, "wps"), m[1])
        .slice(SRC.length + 1)
        .split(/[\\/]/)[0];
      folders.add(top);
    }
  }
  expect(Array.from(folders).sort()).toEqual(["core", "wps"]);
});

test("no other front end imports src/wps", () => {
  for (const folder of ["excel", "taskpane", "commands", "state", "core", "cli", "xlsx"]) {
    for (const f of readdirSync(join(SRC, folder)).filter((n) => n.endsWith(".ts"))) {
      expect({
        file: `${folder}/${f}`,
        wps: /from\s+["'][./]*wps[/"']/.test(readFileSync(join(SRC, folder, f), "utf8")),
      }).toEqual({ file: `${folder}/${f}`, wps: false });
    }
  }
});
