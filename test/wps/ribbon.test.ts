// The ribbon's two buttons over the ET simulator: 分类 classifies the active sheet in one click and says
// what happened (a box for a failure or problems, the status bar otherwise); 分类窗格 makes the task pane
// once and then shows or hides it, under either spelling of the method and either PluginStorage answer.
import { sampleWorkbook } from "../../src/core";
import { classifyCommand, togglePane } from "../../src/wps";
import { HandedRun, watchRuns } from "../../src/wps/handover";
import { HEADER } from "../excel/helpers";
import { appOf, etOf, RUN_AT } from "./helpers";
import { sheetFromGrid, SimHost } from "./sim";

function sample(): SimHost {
  const s = sampleWorkbook().sheet;
  return etOf([sheetFromGrid(s.name, s.values, s.formats)]);
}

function hostOf(et: SimHost, lang: "zh" | "en" = "zh") {
  const alerts: string[] = [];
  return { alerts, host: { app: appOf(et), lang, alert: (t: string) => alerts.push(t), runAt: RUN_AT } };
}

describe("分类", () => {
  test("a district with problems: classified, and the problems listed in one box", () => {
    const et = sample();
    const { alerts, host } = hostOf(et);
    const report = classifyCommand(host);
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.result.problems.length).toBeGreaterThan(0);
    expect(alerts).toHaveLength(1);
    const lines = alerts[0].split("\n");
    expect(lines[0]).toBe(
      `已分类：${report.result.summary.rows} 个乡镇；${report.result.problems.length} 行数据有问题：`,
    );
    expect(lines.slice(1)).toEqual(expect.arrayContaining(report.result.problems[0].errors.map((e) => e.message)));
  });

  test("a clean district: no box, the status bar says it", () => {
    const header = HEADER.slice();
    const et = etOf([sheetFromGrid("区", [header, ["王营", 98, 90, 111, 8, 90, 90, 90, "二类", "一类"]])]);
    const { alerts, host } = hostOf(et, "en");
    classifyCommand(host);
    expect(alerts).toEqual([]);
    expect(et.Application.StatusBar).toBe('Sheet "区" classified. Townships: 1.');
  });

  test("a failure: its message in a box", () => {
    const et = sample();
    et.book.sheets[0].protectContents = true;
    const { alerts, host } = hostOf(et);
    classifyCommand(host);
    expect(alerts).toEqual(["工作表“2014年考核”受保护，无法写入结果。请先撤销工作表保护，未做任何修改。"]);
  });
});

describe("分类 hands its run to the task pane (another page: PluginStorage)", () => {
  const URL = "https://x.example/wps/taskpane.html";

  test("problems: the pane opens (made once, then shown again) and shows the run; no box", () => {
    const et = sample();
    const { alerts, host } = hostOf(et);
    const report = classifyCommand(host, URL);
    if (!report.ok) throw new Error(report.message);
    expect(alerts).toEqual([]);
    expect(et.panes).toEqual([{ ID: 1000, url: URL, title: "乡镇分类", Visible: true, DockPosition: 2 }]);
    const seen: HandedRun[] = [];
    const stop = watchRuns(appOf(et), (run) => seen.push(run));
    try {
      expect(seen).toHaveLength(1);
      const outcome = seen[0].outcome;
      expect(seen[0]).toMatchObject({ lang: "zh", at: RUN_AT.getTime() });
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome).toMatchObject({ sheet: "2014年考核", rulesCreated: true });
      expect(outcome.result.summary).toEqual(report.result.summary);
      expect(outcome.result.problems).toEqual(
        report.result.problems.map((p) => ({ township: p.township, errors: p.errors })),
      );
      et.panes[0].Visible = false; // closed by the user
      classifyCommand(host, URL);
      expect(et.panes.map((p) => p.Visible)).toEqual([true]);
    } finally {
      stop();
    }
  });

  test("a failure opens the pane with its message; a clean run is handed over without opening it", () => {
    const et = sample();
    et.book.sheets[0].protectContents = true;
    const { alerts, host } = hostOf(et, "en");
    classifyCommand(host, URL);
    expect(alerts).toEqual([]);
    expect(et.panes.map((p) => p.Visible)).toEqual([true]);
    const seen: HandedRun[] = [];
    watchRuns(appOf(et), (run) => seen.push(run))();
    expect(seen.map((r) => r.outcome)).toEqual([
      {
        ok: false,
        code: "protected",
        message:
          'Sheet "2014年考核" is protected, so results cannot be written. Unprotect it first; nothing was changed.',
      },
    ]);
  });

  test("a WPS without task panes or without PluginStorage: the box, as before", () => {
    for (const remove of ["CreateTaskPane", "PluginStorage"]) {
      const et = sample();
      delete et.Application[remove];
      const { alerts, host } = hostOf(et);
      classifyCommand(host, URL);
      expect({ remove, alerts: alerts.length, panes: et.panes.length }).toEqual({ remove, alerts: 1, panes: 0 });
    }
  });
});

describe("分类窗格", () => {
  test.each([
    ["CreateTaskPane", "as-stored"],
    ["CreateTaskpane", "string"],
  ] as const)("%s, PluginStorage %s: made once, docked right, then shown and hidden", (paneMethod, storage) => {
    const s = sampleWorkbook().sheet;
    const et = etOf([sheetFromGrid(s.name, s.values)], { paneMethod, storage });
    const { alerts, host } = hostOf(et);
    togglePane(host, "https://x.example/taskpane.html");
    expect(et.panes).toEqual([
      { ID: 1000, url: "https://x.example/taskpane.html", title: "乡镇分类", Visible: true, DockPosition: 2 },
    ]);
    togglePane(host, "https://x.example/taskpane.html");
    expect(et.panes.map((p) => p.Visible)).toEqual([false]);
    togglePane(host, "https://x.example/taskpane.html");
    expect(et.panes.map((p) => p.Visible)).toEqual([true]);
    expect(alerts).toEqual([]);
  });

  test("a WPS without the method: one box, no exception", () => {
    const et = sample();
    delete et.Application.CreateTaskPane;
    const { alerts, host } = hostOf(et, "en");
    expect(togglePane(host, "https://x.example/taskpane.html")).toBeNull();
    expect(alerts).toEqual(["This WPS cannot open a task pane (no CreateTaskPane). Use the 分类 button."]);
  });
});

describe("the ribbon's callbacks", () => {
  const g = globalThis as Record<string, unknown>;
  let uninstall: () => void;
  let alerts: string[];

  beforeAll(() => {
    alerts = [];
    g.window = globalThis;
    g.alert = (t: string) => alerts.push(t);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/wps/ribbon");
  });
  afterAll(() => {
    delete g.window;
    delete g.alert;
  });
  afterEach(() => uninstall && uninstall());

  test("are globals, synchronous, and 分类 classifies the active sheet of window.Application", () => {
    const et = sample();
    uninstall = et.install();
    const call = (name: string, ...args: unknown[]) => (g[name] as (...a: unknown[]) => unknown)(...args);
    expect(call("TiersOnLoad", {})).toBe(true);
    expect(call("TiersGetLabel", { Id: "ttClassify" })).toMatch(/^(分类|Classify)$/);
    expect(call("TiersGetImage", { Id: "ttPane" })).toBe("images/pane.png");
    const result = call("TiersOnAction", { Id: "ttClassify" });
    expect(result).toBe(true); // not a promise
    expect(et.book.sheets.map((s) => s.name)).toEqual(["2014年考核", "规则", "分类汇总"]);
    // The sample has problems: the pane opened, showing the run, instead of a box.
    expect(alerts).toEqual([]);
    expect(et.panes.map((p) => [p.url, p.Visible])).toEqual([["taskpane.html", true]]);
    call("TiersOnAction", { Id: "ttPane" });
    expect(et.panes.map((p) => p.Visible)).toEqual([false]);
  });
});
