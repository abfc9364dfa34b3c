// The add-in's shared state (language choice, last run) lives in src/state/, which both front ends
// import; neither front end imports the other, and the state imports neither (docs/ARCHITECTURE.md).
import { readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";

const SRC = resolve(__dirname, "../../src");

/** The src/ folders a folder's .ts files import from (relative imports only). */
function importedFolders(folder: string): string[] {
  const out = new Set<string>();
  for (const f of readdirSync(join(SRC, folder)).filter((n) => n.endsWith(".ts"))) {
    const text = readFileSync(join(SRC, folder, f), "utf8");
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+["'](\.[^"']+)["']/gm)) {
      const target = resolve(join(SRC, folder), m[1]);
      const top = target.slice(SRC.length + 1).split(/[\\/]/)[0];
      if (top !== folder) out.add(top);
    }
  }
  return Array.from(out).sort();
}

test("the ribbon command takes shared state from src/state, never from the pane", () => {
  expect(importedFolders("commands")).toEqual(["excel", "state"]);
});

test("the pane takes shared state from src/state, never from the ribbon command", () => {
  expect(importedFolders("taskpane")).not.toContain("commands");
  expect(importedFolders("taskpane")).toContain("state");
});

test("src/state imports only the core and the host seam's types (src/host), never an adapter", () => {
  expect(importedFolders("state").filter((f) => f !== "core" && f !== "host")).toEqual([]);
});
