import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { defaultRules } from "../../src/core";
import { createWorkbook, openWorkbook } from "../../src/xlsx";
import { textOf } from "../fixtures/zip";
import { runCli, sampleFile, tempDir } from "./helpers";

// The expected status of each sample township, in sheet order, as the sample documents them (src/core/sample.ts).
const SAMPLE_STATUSES = [
  "met",
  "pending",
  "dropped",
  "vetoed",
  "met",
  "disqualified",
  "invalid",
  "met",
  "met",
  "dropped",
  "met",
  "failed",
  "dropped",
  "invalid",
  "met",
  "failed",
  "no-target",
  "ahead",
  "invalid",
  "met",
  "failed",
  "met",
];

describe("township-tiers classify on the sample", () => {
  const input = sampleFile();
  const before = readFileSync(input);
  const run = runCli(["classify", input]);
  const out = input.replace(/\.xlsx$/, ".classified.xlsx");

  test("exit 0, a readable zh summary on stdout, nothing on stderr", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("工作表“2014年考核”（表头在第 3 行）：分类 22 个乡镇，跳过 1 行");
    expect(lines[1]).toBe("类别：一类 13，二类 4，三类 2，无类别 3");
    expect(lines[2]).toBe(
      "完成情况：提前完成 1，达标 8，未完成 3，退位 3，待验收 1，一票否决 1，取消资格 1，无目标 1，数据有误 3",
    );
    expect(lines[3]).toBe("奖励合计 190,000 元，罚款合计 -150,000 元");
    expect(lines).toContain("数据有误的行：");
    expect(lines).toContain('  D10：期内综合避孕率（%） "待核实" 不是数字');
    expect(lines).toContain("  C17：計劃生育率(%) 是错误值 #N/A");
    expect(lines).toContain('  第 26 行：合计行（"合计"），不参与分类');
    expect(lines[lines.length - 1]).toBe(`结果已写入：${out}`);
  });

  test("the input file is unchanged; the output has the results, 规则 and 分类汇总", () => {
    expect(readFileSync(input).equals(before)).toBe(true);
    const wb = openWorkbook(readFileSync(out));
    expect(wb.sheets.map((s) => s.name)).toEqual(["封面", "2014年考核", "规则", "分类汇总"]);
    const sheet = wb.readSheet("2014年考核");
    expect(sheet.values[2].slice(15)).toEqual([
      "达到类别",
      "完成情况",
      "奖惩金额",
      "党委书记",
      "乡镇长",
      "分管领导",
      "计生专干",
      "未达标指标/说明",
    ]);
    expect(sheet.values[3].slice(15, 22)).toEqual(["一类", "达标", 20000, 6000, 6000, 4000, 4000]);
  });

  test("a re-run on the output gives the identical classified sheet and styles.xml, rules read from 规则", () => {
    const again = join(tempDir(), "again.xlsx");
    const second = runCli(["classify", out, "--out", again]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("规则：来自工作簿的“规则”工作表");
    for (const part of ["xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/worksheets/sheet3.xml"]) {
      expect([part, textOf(readFileSync(again), part)]).toEqual([part, textOf(readFileSync(out), part)]);
    }
    expect(openWorkbook(readFileSync(again)).sheets).toHaveLength(4);
  });
});

describe("JSON output (SPEC §9)", () => {
  test("--json - prints the result object to stdout and the summary to stderr", () => {
    const input = sampleFile();
    const run = runCli(["classify", input, "--json", "-"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("结果已写入：");
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(["sheet", "headerRow", "rows", "skipped", "summary"]);
    expect(json.sheet).toBe("2014年考核");
    expect(json.headerRow).toBe(3);
    expect(json.rows.map((r: { status: string }) => r.status)).toEqual(SAMPLE_STATUSES);
    expect(json.rows[0]).toEqual({
      row: 4,
      township: "王营",
      tier: 1,
      status: "met",
      amount: 20000,
      shares: [6000, 6000, 4000, 4000],
      reasons: [],
      errors: [],
    });
    for (const r of json.rows) {
      expect(Object.keys(r)).toEqual(["row", "township", "tier", "status", "amount", "shares", "reasons", "errors"]);
      expect(r.shares.reduce((a: number, b: number) => a + b, 0)).toBe(r.amount);
    }
    expect(json.rows[6].errors).toEqual([{ cell: "D10", message: 'D10：期内综合避孕率（%） "待核实" 不是数字' }]);
    expect(json.skipped).toEqual([{ row: 26, reason: '合计行（"合计"），不参与分类' }]);
    expect(Object.keys(json.summary)).toEqual(["byTier", "byStatus", "rewards", "fines"]);
    expect(json.summary.rewards).toBe(8 * 20000 + 30000);
    expect(json.summary.fines).toBe(3 * -30000 + 3 * -20000);
  });

  test("--json FILE writes the file and says where", () => {
    const dir = tempDir();
    const input = sampleFile(dir);
    const run = runCli(["classify", input, "--json", join(dir, "r.json"), "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`JSON written to: ${join(dir, "r.json")}`);
    expect(run.stdout.split("\n")[0]).toBe(
      'Sheet "2014年考核" (header in row 3): 22 townships classified, 1 row skipped',
    );
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).rows).toHaveLength(22);
  });

  test("English counts: one township and many rows skipped, no rows skipped, a header over two rows", () => {
    const dir = tempDir();
    const file = join(dir, "one.xlsx");
    const indicators = [
      "计划生育率",
      "期内综合避孕率",
      "出生人口性别比",
      "人均计划生育事业费",
      "优质服务率",
      "群众满意率",
      "独生子女奖励金兑现率",
    ];
    const row = ["王营", 99.2, 91.5, 108.3, 9.6, 95.2, 95.1, 97, "一类", "保持一类"];
    const sheet = (values: (string | number | null)[][]) => createWorkbook([{ name: "表1", values }]);
    writeFileSync(
      file,
      sheet([
        ["乡镇", "考核指标", ...Array(6).fill(null), "上年类别", "目标类别"],
        [null, ...indicators, null, null],
        row,
        ["合计", ...Array(9).fill(null)],
        ["填表人：张三", ...Array(9).fill(null)],
      ]),
    );
    const first = (args: string[]) => runCli(["classify", file, "--lang", "en", ...args]).stdout.split("\n")[0];
    expect(first([])).toBe('Sheet "表1" (header in rows 1–2): 1 township classified, 2 rows skipped');
    writeFileSync(file, sheet([["乡镇", ...indicators, "上年类别", "目标类别"], row, row]));
    expect(first(["--out", join(dir, "two.xlsx")])).toBe(
      'Sheet "表1" (header in row 1): 2 townships classified, 0 rows skipped',
    );
  });
});

describe("options", () => {
  test("the printed default rules read back with --rules give the default results", () => {
    const dir = tempDir();
    const input = sampleFile(dir);
    writeFileSync(join(dir, "rules.json"), runCli(["rules"]).stdout);
    const viaFile = runCli([
      "classify",
      input,
      "--rules",
      join(dir, "rules.json"),
      "--json",
      "-",
      "--out",
      join(dir, "a.xlsx"),
    ]);
    const viaDefaults = runCli(["classify", input, "--json", "-", "--out", join(dir, "b.xlsx")]);
    expect(viaFile.status).toBe(0);
    expect(JSON.parse(viaFile.stdout)).toEqual(JSON.parse(viaDefaults.stdout));
  });

  test("--in-place rewrites the input, and only then", () => {
    const input = sampleFile();
    const run = runCli(["classify", input, "--in-place"]);
    expect(run.status).toBe(0);
    expect(openWorkbook(readFileSync(input)).sheets.map((s) => s.name)).toContain("分类汇总");
  });

  test("--rules FILE is merged over the defaults (seed 004: sex ratio within 107) and the 规则 sheet records it", () => {
    const dir = tempDir();
    const input = sampleFile(dir);
    writeFileSync(
      join(dir, "rules.json"),
      JSON.stringify({ indicators: [{ key: "sexRatio", tier1: 107, tier2: 111 }] }),
    );
    const run = runCli(["classify", input, "--rules", join(dir, "rules.json"), "--json", "-"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).rows[0]).toMatchObject({ township: "王营", tier: 2 }); // sex ratio 108.3 > 107
    const rules = openWorkbook(readFileSync(input.replace(/\.xlsx$/, ".classified.xlsx"))).readSheet("规则");
    expect(rules.values[3].slice(0, 5)).toEqual(["sexRatio", "出生人口性别比", "≤", 107, 111]);
  });

  test("--sheet picks a sheet by name; rules prints the default rules; --help and --version", () => {
    const input = sampleFile();
    expect(runCli(["classify", input, "--sheet", "2014年考核", "--out", input + ".o.xlsx"]).status).toBe(0);
    const rules = runCli(["rules"]);
    const printed = JSON.parse(rules.stdout);
    expect(printed.indicators.find((i: { key: string }) => i.key === "fundingPerCapita")).not.toHaveProperty("max");
    expect(printed.indicators).toHaveLength(defaultRules().indicators.length);
    expect(printed.amounts).toEqual(defaultRules().amounts);
    expect(runCli(["--version"]).stdout).toBe("9.9.9\n");
    expect(runCli(["--help", "--lang", "en"]).stdout).toMatch(/^Usage:\n {2}township-tiers classify INPUT\.xlsx/);
    expect(runCli([]).stdout).toMatch(/^用法：/);
  });
});

describe("the default output name", () => {
  test("a macro workbook keeps .xlsm, so Excel still opens it", () => {
    const input = sampleFile(tempDir(), "district.xlsm");
    const run = runCli(["classify", input]);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split("\n").pop()).toBe(`结果已写入：${input.replace(/\.xlsm$/, ".classified.xlsm")}`);
  });
});
