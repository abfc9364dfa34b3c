// The spreadsheet way: the same N townships with IFS/AND formulas computing tier, status, amount
// and shares, opened by LibreOffice headless, recalculated and saved. Its own profile forces
// "recalculate on load" for OOXML, and the saved values are read back and checked against the
// plain loop, so a run that merely copied the file cannot pass as a fast one.

import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import type { Rules } from "../src/core/types";
import { openWorkbook } from "../src/xlsx";
import type { Truth } from "./generate";
import { STATUS_CODES } from "./plain-loop";
import type { LoopResult } from "./plain-loop";
import { runChild } from "./spawn";
import { median } from "./timing";

export interface LibreOfficeFigures {
  ms: number | null;
  runsMs: number[];
  peakMB: number | null;
  skipped?: string; // why it did not run
  version?: string;
  agreement?: { compared: number; agreed: number; numeric: number; mismatches: string[] };
}

const SOFFICE = "soffice";
const HEADERS = ["乡镇", "计划生育率", "期内综合避孕率", "出生人口性别比", "人均计划生育事业费", "优质服务率", "群众满意率", "独生子女奖励金兑现率", "上年类别", "目标类别", "市级验收", "一票否决", "弄虚作假", "达到类别", "有效类别", "完成情况", "奖惩金额", "党委书记", "乡镇长", "分管领导", "计生专干"];
const COL = { tier: 14, status: 16, amount: 17 }; // 1-based: N, P, Q

/** The formulas of sheet row r: tier (N), effective tier (O), status (P), amount (Q), shares (R–U). */
export function rowFormulas(rules: Rules, r: number): string[] {
  const cols = ["B", "C", "D", "E", "F", "G", "H"];
  const all = (bound: "tier1" | "tier2") => `AND(${rules.indicators.map((x, i) => `${cols[i]}${r}${x.op === "gte" ? ">=" : "<="}${x[bound]}`).join(",")})`;
  const a = rules.amounts;
  const ratio = rules.split.ratio;
  const total = ratio[0] + ratio[1] + ratio[2] + ratio[3];
  return [
    `IF(${all("tier1")},1,IF(${all("tier2")},2,3))`,
    `IF(M${r}=1,MAX(N${r},I${r}),N${r})`,
    `_xlfn.IFS(J${r}="","no-target",O${r}>I${r},"dropped",O${r}>J${r},"failed",M${r}=1,"disqualified",L${r}=1,"vetoed",K${r}=0,"pending",O${r}<J${r},"ahead",TRUE,"met")`,
    `_xlfn.IFS(P${r}="ahead",${a.ahead},P${r}="met",${a.met},P${r}="failed",${a.failed},P${r}="dropped",${a.dropped},TRUE,0)`,
    ...ratio.map((x) => `ROUND(Q${r}*${x}/${total},0)`),
  ];
}

/** Rows with a bad cell in the core's sheet get their clean numbers here: formulas cannot read "abc". */
export async function writeFormulaWorkbook(truth: Truth, rules: Rules, file: string): Promise<void> {
  // Loaded here, not at the top: exceljs is large, and the core and the plain loop are timed in this
  // process before it is needed (with it loaded they ran about 10% slower, both alike).
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = book.addWorksheet("考核数据");
  ws.addRow(HEADERS).commit();
  for (let k = 0; k < truth.n; k++) {
    const r = k + 2;
    const inputs: (string | number | null)[] = [`乡镇${k + 1}`];
    for (let i = 0; i < 7; i++) inputs.push(truth.values[k * 7 + i]);
    inputs.push(truth.prior[k], truth.target[k] || null, truth.verified[k], truth.veto[k], truth.falsified[k]);
    ws.addRow([...inputs, ...rowFormulas(rules, r).map((formula) => ({ formula }))]).commit();
  }
  await book.commit();
}

/** A fresh LibreOffice profile that recalculates every OOXML file on load (0 = always). */
function makeProfile(dir: string): string {
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  const item = (path: string, prop: string, value: string) => `<item oor:path="${path}"><prop oor:name="${prop}" oor:op="fuse"><value>${value}</value></prop></item>`;
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      item("/org.openoffice.Office.Calc/Formula/Load", "OOXMLRecalcMode", "0") +
      item("/org.openoffice.Office.Calc/Formula/Load", "ODFRecalcMode", "0") +
      `</oor:items>\n`,
  );
  return `file://${dir}`;
}

function readBack(file: string, expected: LoopResult, n: number): NonNullable<LibreOfficeFigures["agreement"]> {
  const sheet = openWorkbook(readFileSync(file)).readSheet("考核数据");
  const out = { compared: 0, agreed: 0, numeric: 0, mismatches: [] as string[] };
  for (let k = 0; k < n; k++) {
    const row = sheet.values[k + 1] || [];
    const tier = row[COL.tier - 1];
    const status = row[COL.status - 1];
    const amount = row[COL.amount - 1];
    out.compared++;
    if (typeof tier === "number" && typeof amount === "number") out.numeric++;
    if (tier === expected.tier[k] && status === STATUS_CODES[expected.status[k]] && amount === expected.amount[k]) out.agreed++;
    else if (out.mismatches.length < 5) out.mismatches.push(`row ${k + 2}: LibreOffice ${String(tier)} ${String(status)} ${String(amount)}, expected ${expected.tier[k]} ${STATUS_CODES[expected.status[k]]} ${expected.amount[k]}`);
  }
  return out;
}

function sofficeVersion(): string | null {
  try {
    return execFileSync(SOFFICE, ["--version"], { encoding: "utf8", timeout: 60000 }).trim();
  } catch {
    return null;
  }
}

/** `clean` is the plain loop over the same rows with no bad cells: what the formulas must produce. */
export async function benchLibreOffice(dir: string, truth: Truth, rules: Rules, clean: LoopResult, runs: number): Promise<LibreOfficeFigures> {
  const version = sofficeVersion();
  if (version === null) return { ms: null, runsMs: [], peakMB: null, skipped: "soffice not found (Debian package libreoffice-calc-nogui): LibreOffice comparison skipped" };
  const input = join(dir, "lo-input.xlsx");
  const outDir = join(dir, "lo-out");
  const profile = makeProfile(join(dir, "lo-profile"));
  await writeFormulaWorkbook(truth, rules, input);
  const args = ["--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", "xlsx", "--outdir", outDir, input];
  const ms: number[] = [];
  let peak: number | null = null;
  // The first start writes the profile; it is not what a user waits for on every file.
  for (let i = 0; i <= runs; i++) {
    rmSync(outDir, { recursive: true, force: true });
    const r = await runChild(SOFFICE, args, { timeoutMs: 900000 });
    const saved = join(outDir, "lo-input.xlsx");
    if (r.code !== 0 || !existsSync(saved)) return { ms: null, runsMs: ms, peakMB: peak, version, skipped: `soffice exited ${r.code}: ${(r.stderr || r.stdout).trim().split("\n")[0]}` };
    if (i === 0) continue;
    ms.push(r.ms);
    if (r.peakMB !== null) peak = Math.max(peak ?? 0, r.peakMB);
  }
  const agreement = readBack(join(outDir, "lo-input.xlsx"), clean, truth.n);
  return { ms: median(ms), runsMs: ms, peakMB: peak, version, agreement };
}
