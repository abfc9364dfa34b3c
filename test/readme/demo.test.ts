// The README's first command, `npm run demo`, run as a user runs it: it exits 0 and prints exactly
// what the README shows under "and prints:".
import { readFileSync } from "fs";
import { join } from "path";
import { ROOT, run } from "../support/builds";

function npm(args: string[]): [string, string[], boolean] {
  const execPath = process.env.npm_execpath;
  if (execPath && /npm-cli\.js$/.test(execPath)) return [process.execPath, [execPath, ...args], false];
  return ["npm", args, process.platform === "win32"];
}

test("npm run demo: exit 0, and its output is the README's", async () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const shown = /and prints:\n\n```\n([\s\S]*?)```/.exec(readme);
  expect(shown).not.toBeNull();
  const [cmd, args, shell] = npm(["run", "-s", "demo"]);
  const r = await run(cmd, args, { shell, timeoutMs: 180000 });
  expect([r.code, r.out]).toEqual([0, shown![1]]);
}, 200000);
