// How the tests find the programs they need (test/support/tools.js), and what `npm test` does
// without them: proven here on files that need them, with TIERS_HIDE_TOOLS making them unreachable
// (a jest run of three spec files in a child process, not the whole suite).
import { spawnSync } from "child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { channelPaths, findBrowser, findTool, hiddenTools, strict } from "./tools";

const ROOT = resolve(__dirname, "../..");
const TMP = mkdtempSync(join(tmpdir(), "tt-tools-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** An executable file at dir/name. */
function fake(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, "#!/bin/sh\nexit 0\n");
  chmodSync(file, 0o755);
  return file;
}

describe("finding a browser: CHROMIUM_PATH, then chromium/chrome on the PATH, then the chrome and msedge channels", () => {
  const bin = join(TMP, "bin");
  const onPath = fake(bin, "google-chrome");
  const own = fake(join(TMP, "own"), "my-chromium");

  test("CHROMIUM_PATH first", () => {
    expect(findBrowser({ CHROMIUM_PATH: own, PATH: bin }, "linux")).toEqual({ executablePath: own, label: `CHROMIUM_PATH=${own}` });
  });
  test("a CHROMIUM_PATH that is not there finds nothing (no silent fallback to another browser)", () => {
    expect(findBrowser({ CHROMIUM_PATH: join(TMP, "nope"), PATH: bin }, "linux")).toBeNull();
  });
  test("then the PATH", () => {
    expect(findBrowser({ PATH: bin }, "linux")).toEqual({ executablePath: onPath, label: onPath });
  });
  test("then an installed Chrome or Edge, where playwright-core's channels look (Windows: LOCALAPPDATA, Program Files)", () => {
    const local = join(TMP, "local");
    expect(findBrowser({ PATH: join(TMP, "empty"), LOCALAPPDATA: local }, "win32")).toBeNull();
    const edge = fake(join(local, "Microsoft", "Edge", "Application"), "msedge.exe");
    expect(findBrowser({ PATH: join(TMP, "empty"), LOCALAPPDATA: local }, "win32")).toEqual({ channel: "msedge", label: `msedge (${edge})` });
    fake(join(local, "Google", "Chrome", "Application"), "chrome.exe");
    expect(findBrowser({ PATH: join(TMP, "empty"), LOCALAPPDATA: local }, "win32")!.channel).toBe("chrome");
    expect(channelPaths("chrome", {}, "linux")).toEqual(["/opt/google/chrome/chrome"]);
    expect(channelPaths("msedge", {}, "darwin")).toEqual(["/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"]);
  });
});

describe("TIERS_HIDE_TOOLS", () => {
  const bin = join(TMP, "tools");
  for (const name of ["soffice", "xmllint", "pdftoppm", "chromium"]) fake(bin, name);

  test("hides what it names, and only that", () => {
    const env = { PATH: bin, TIERS_HIDE_TOOLS: "chromium,soffice" };
    expect(findBrowser(env, "linux")).toBeNull();
    expect(findBrowser({ ...env, CHROMIUM_PATH: join(bin, "chromium") }, "linux")).toBeNull();
    expect(findTool("soffice", env, "linux")).toBeNull();
    expect(findTool("xmllint", env, "linux")).toBe(join(bin, "xmllint"));
    expect(findTool("pdftoppm", { PATH: bin, TIERS_HIDE_TOOLS: "all" }, "linux")).toBeNull();
  });
  test("an unknown name is an error, not a silent no-op", () => {
    expect(() => hiddenTools({ TIERS_HIDE_TOOLS: "chrome" })).toThrow(/unknown tool "chrome"/);
  });
  test("CI=true is strict", () => {
    expect([strict({ CI: "true" }), strict({ CI: "1" }), strict({ CI: "" }), strict({ CI: "false" }), strict({})]).toEqual([true, true, false, false, false]);
  });
});

describe("npm test without the tools: one line per missing tool, the rest runs, and it passes — unless CI=true", () => {
  const files = ["test/manifest/manifest.test.ts", "test/cli/libreoffice.test.ts", "test/e2e/pane.e2e.ts"];
  function jest(ci: string) {
    const env: Record<string, string | undefined> = { ...process.env, TIERS_HIDE_TOOLS: "chromium,soffice,xmllint", CI: ci };
    for (const k of ["TIERS_TEST_RUN", "TIERS_TEST_RUN_OWNER", "JEST_WORKER_ID", "TIERS_E2E_DIST", "TIERS_E2E_BUILD_ERROR"]) delete env[k];
    const r = spawnSync(process.execPath, [join(ROOT, "node_modules/jest/bin/jest.js"), "--selectProjects", "unit", "e2e", "--", ...files], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      timeout: 240000,
      killSignal: "SIGKILL",
    });
    return { code: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout.trimEnd().split("\n") };
  }

  test("without CI: skipped with a line each, passes, and the last line counts them", () => {
    const r = jest("");
    expect(r.code).toBe(0);
    const missing = r.stdout.filter((l) => l.startsWith("missing "));
    expect(missing).toHaveLength(3);
    expect(missing).toEqual(expect.arrayContaining([
      expect.stringMatching(/^missing xmllint: skipped 1 test in test\/manifest\/manifest\.test\.ts — xmllint hidden by TIERS_HIDE_TOOLS; to run them: .*apt-get install libxml2-utils/),
      expect.stringMatching(/^missing soffice: skipped 1 test in test\/cli\/libreoffice\.test\.ts — LibreOffice \(soffice\) hidden by TIERS_HIDE_TOOLS; to run them: .*libreoffice-calc-nogui/),
      expect.stringMatching(/^missing chromium: skipped \d+ tests in test\/e2e\/pane\.e2e\.ts — .* hidden by TIERS_HIDE_TOOLS; to run them: .*CHROMIUM_PATH/),
    ]));
    const last = r.stdout[r.stdout.length - 1];
    expect(last).toMatch(/^\d+ passed, 0 failed, \d+ skipped$/);
    const [passed, , skipped] = last.split(", ").map((x) => parseInt(x, 10));
    expect(passed).toBeGreaterThan(5); // manifest.test.ts's other tests ran
    expect(skipped).toBeGreaterThan(3);
  }, 300000);

  test("with CI=true: the same tests fail, and so does the run", () => {
    const r = jest("true");
    expect(r.code).toBe(1);
    expect(r.stdout.filter((l) => l.startsWith("missing ")).map((l) => l.split(":")[0] + ":" + l.split(":")[1].split(" in ")[0])).toEqual(
      expect.arrayContaining(["missing xmllint: FAILED 1 test (CI=true)", "missing soffice: FAILED 1 test (CI=true)", expect.stringMatching(/^missing chromium: FAILED \d+ tests \(CI=true\)$/)]),
    );
    expect(r.out).toMatch(/xmllint not found \(CI=true: a missing tool fails the run\)/);
    expect(r.stdout[r.stdout.length - 1]).toMatch(/^\d+ passed, [1-9]\d* failed, 0 skipped$/);
  }, 300000);
});
