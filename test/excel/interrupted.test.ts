// A sync that fails half way (a dropped connection, Excel busy): Excel applies a batch up to the
// operation that fails, so each run below is cut short at one operation that writes. The message says
// whether anything may be half written, and either way out (开始分类 again, 清除结果) gives a clean workbook.
import { sampleWorkbook } from "../../src/core";
import { activateRulesSheet, classifyActiveSheet, clearResults, insertSampleSheet } from "../../src/excel";
import { LEFT_SAMPLE } from "../../src/excel/sample-sheet";
import { LEFT_RULES } from "../../src/excel/sheets";
import { HALF_RESULTS, UNCHANGED } from "../../src/excel/messages";
import { sheetFromInput, simExcel, Sim } from "./helpers";
import { cellsOf } from "./sim";

const RUN_AT = new Date(Date.UTC(2015, 0, 10));
const FAILED = "Excel 报告错误（GeneralException），操作未完成。";
const HALF = FAILED + HALF_RESULTS.zh;
const NOTHING = FAILED + UNCHANGED.zh;
/** Operations that change what a sheet holds; every run is cut short at each of them. */
const WRITES = /\.(values|numberFormat|clear|delete|add|bold|color|wrapText|columnWidth|text)$/;

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined); // details go to the console by design
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

function workbookState(sim: Sim) {
  return sim.host.state.workbook.sheets.map((s) => ({
    name: s.name,
    cells: cellsOf(s),
    charts: s.charts,
    merges: s.merges,
  }));
}

/** The sample district in a simulated Excel; `failAt` makes the n-th operation Excel runs fail. */
function sample(profile: "vl2016" | "m365", failAt?: number): Sim {
  const sim = simExcel([sheetFromInput(sampleWorkbook().sheet)], profile);
  let ops = 0;
  if (failAt) sim.host.state.inject = () => (++ops === failAt ? "GeneralException" : undefined);
  return sim;
}

/** The 1-based positions of the writing operations in one run of `act` (every label into `labels`). */
async function writesOf(sim: Sim, act: () => Promise<unknown>, labels: string[] = []): Promise<number[]> {
  sim.host.state.inject = (label) => {
    labels.push(label);
    return undefined;
  };
  await act();
  sim.host.state.inject = undefined;
  return labels.map((l, i) => (WRITES.test(l) ? i + 1 : 0)).filter((n) => n > 0);
}

const classify = (sim: Sim) => classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT });

describe.each(["vl2016", "m365"] as const)("a run cut short (%s)", (profile) => {
  let input: ReturnType<typeof workbookState>;
  let clean: ReturnType<typeof workbookState>;
  let writes: number[];
  let lastRead: number;
  beforeAll(async () => {
    const sim = sample(profile);
    input = workbookState(sim);
    const labels: string[] = [];
    writes = await writesOf(sim, () => classify(sim), labels);
    lastRead = labels.lastIndexOf("Range.load", writes[0] - 1) + 1;
    clean = workbookState(sim);
    sim.uninstall();
  });

  it("before its first write: nothing changed, and the message says so", async () => {
    const sim = sample(profile, lastRead);
    expect(await classify(sim)).toEqual({ ok: false, code: "GeneralException", message: NOTHING });
    expect(workbookState(sim)).toEqual(input);
    sim.uninstall();
  });

  it("at any write: the message names both ways out; 开始分类 again gives the clean run's workbook", async () => {
    expect(writes.length).toBeGreaterThan(20);
    for (const n of writes) {
      const sim = sample(profile, n);
      const report = await classify(sim);
      expect({ n, report }).toEqual({ n, report: { ok: false, code: "GeneralException", message: HALF } });
      sim.host.state.inject = undefined;
      expect(await classify(sim)).toMatchObject({ ok: true });
      expect({ n, state: workbookState(sim) }).toEqual({ n, state: clean });
      sim.uninstall();
    }
  });

  it("at any write: 清除结果 gives back the input (规则 stays, as after any run)", async () => {
    for (const n of writes) {
      const sim = sample(profile, n);
      await classify(sim);
      sim.host.state.inject = undefined;
      const cleared = await clearResults({ lang: "zh", caps: sim.caps });
      const left = workbookState(sim).filter((s) => s.name !== "规则");
      if (cleared.ok) {
        expect({ n, left }).toEqual({ n, left: input });
      } else {
        // Cut short before the first values arrived: the result cells got only their Text format, unseen.
        expect({ n, code: cleared.code }).toEqual({ n, code: "no-results" });
        const shown = (st: typeof input) =>
          st.map((s) =>
            Object.entries(s.cells)
              .filter(([, c]) => c.value !== "" || c.fill || c.bold)
              .map(([k, c]) => [k, c.value, c.fill, c.bold]),
          );
        expect(shown(left)).toEqual(shown(input));
      }
      sim.uninstall();
    }
  });
});

describe("other actions cut short", () => {
  let sim: Sim;
  afterEach(() => sim.uninstall());

  /** The sample classified, then `failAt` set for the next action. */
  async function classified(failAt?: number) {
    sim = sample("m365");
    await classify(sim);
    let ops = 0;
    if (failAt) sim.host.state.inject = () => (++ops === failAt ? "GeneralException" : undefined);
  }

  it("清除结果 at any write: the message names both ways out, and either one ends clean", async () => {
    await classified();
    const afterRun = workbookState(sim);
    const writes = await writesOf(sim, () => clearResults({ lang: "en", caps: sim.caps }));
    const cleared = workbookState(sim);
    sim.uninstall();
    expect(writes.length).toBeGreaterThan(0);
    const half = "Excel reported an error (GeneralException); the action did not complete. " + HALF_RESULTS.en;
    for (const n of writes) {
      for (const wayOut of ["clear", "classify"] as const) {
        await classified(n);
        expect(await clearResults({ lang: "en", caps: sim.caps })).toEqual({
          ok: false,
          code: "GeneralException",
          message: half,
        });
        sim.host.state.inject = undefined;
        const report = wayOut === "clear" ? await clearResults({ lang: "en", caps: sim.caps }) : await classify(sim);
        expect(report).toMatchObject({ ok: true });
        expect({ n, wayOut, state: workbookState(sim) }).toEqual({
          n,
          wayOut,
          state: wayOut === "clear" ? cleared : afterRun,
        });
        sim.uninstall();
      }
    }
    sim = sample("m365");
  });

  it("a new 规则 sheet cut short is left blank, and the next run writes the defaults into it", async () => {
    sim = sample("m365");
    await classify(sim);
    const clean = workbookState(sim);
    sim.uninstall();
    sim = sample("m365");
    const writes = await writesOf(sim, () => activateRulesSheet({ lang: "zh", caps: sim.caps }));
    sim.uninstall();
    for (const n of writes) {
      sim = sample("m365", n);
      const report = await activateRulesSheet({ lang: "zh", caps: sim.caps });
      expect(report).toEqual({
        ok: false,
        code: "GeneralException",
        message: FAILED + LEFT_RULES.zh,
      });
      const rules = sim.sheet("规则");
      if (rules) expect(Object.values(cellsOf(rules)).filter((c) => c.value !== "")).toEqual([]);
      sim.host.state.inject = undefined;
      expect(await classify(sim)).toMatchObject({ ok: true, rulesCreated: true });
      expect({ n, state: workbookState(sim) }).toEqual({ n, state: clean });
      sim.uninstall();
    }
    sim = sample("m365");
  });

  it("插入示例 cut short says the sample sheet may be half written", async () => {
    sim = sample("m365");
    const writes = await writesOf(sim, () => insertSampleSheet({ lang: "en", caps: sim.caps }));
    sim.uninstall();
    sim = sample("m365", writes[writes.length - 1]);
    expect(await insertSampleSheet({ lang: "en", caps: sim.caps })).toEqual({
      ok: false,
      code: "GeneralException",
      message: "Excel reported an error (GeneralException); the action did not complete. " + LEFT_SAMPLE.en,
    });
  });
});
