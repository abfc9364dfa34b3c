import { chmodSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { rulesSheet, defaultRules } from "../../src/core";
import { createWorkbook, patchWorkbook } from "../../src/xlsx";
import { main } from "../../src/cli/main";
import { buildZip, unzipParts } from "../fixtures/zip";
import { runCli, sampleFile, tempDir } from "./helpers";

/** Exit 2, exactly one line on stderr, no stack trace, nothing on stdout. */
function expectOneLine(args: string[], line: string | RegExp): void {
  const run = runCli(args);
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: "" });
  expect(run.stderr.endsWith("\n")).toBe(true);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  if (typeof line === "string") expect(run.stderr).toBe(`township-tiers: ${line}\n`);
  else expect(run.stderr).toMatch(line);
}

describe("every user problem: exit 2 and one line", () => {
  const dir = tempDir();
  const input = sampleFile(dir);

  test("missing file", () => expectOneLine(["classify", join(dir, "nope.xlsx")], `无法读取文件 ${join(dir, "nope.xlsx")}：ENOENT (no such file)`));

  test("a folder is not a file", () => expectOneLine(["classify", dir], `无法读取文件 ${dir}：EISDIR (is a directory)`));

  test("not an xlsx: a CSV, binary noise, and a zip without a workbook (formats.test.ts has the rest)", () => {
    writeFileSync(join(dir, "fake.xlsx"), "乡镇,计划生育率\n王营,99\n");
    expectOneLine(["classify", join(dir, "fake.xlsx")], /fake\.xlsx 是 CSV 文本文件，不是 \.xlsx 工作簿：/);
    writeFileSync(join(dir, "noise.xlsx"), Uint8Array.from([7, 0, 1, 200]));
    expectOneLine(["classify", join(dir, "noise.xlsx")], `${join(dir, "noise.xlsx")} 不是有效的 .xlsx 工作簿`);
    expectOneLine(["classify", join(dir, "noise.xlsx"), "--lang", "en"], `${join(dir, "noise.xlsx")} is not a valid .xlsx workbook`);
    writeFileSync(join(dir, "zip.xlsx"), buildZip({ "readme.txt": "hello" }));
    expectOneLine(["classify", join(dir, "zip.xlsx")], `${join(dir, "zip.xlsx")} 不是有效的 .xlsx 工作簿`);
  });

  test("a damaged sheet part", () => {
    const parts = unzipParts(readFileSync(input));
    parts["xl/worksheets/sheet2.xml"] = new TextEncoder().encode("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"");
    writeFileSync(join(dir, "damaged.xlsx"), buildZip(parts));
    expectOneLine(["classify", join(dir, "damaged.xlsx")], `${join(dir, "damaged.xlsx")} 的内容有损坏（xl/worksheets/sheet2.xml）`);
  });

  test("unknown --sheet lists the sheets", () => expectOneLine(["classify", input, "--sheet", "2015"], "工作簿中没有工作表“2015”（现有：封面, 2014年考核）"));

  test("no header row in any sheet, and in a named sheet", () => {
    const file = join(dir, "noheader.xlsx");
    writeFileSync(file, createWorkbook([{ name: "表1", values: [["标题"], ["甲", "乙", "丙"], [1, 2, 3]] }]));
    expectOneLine(["classify", file], `${file} 的工作表前 20 行中都找不到表头（至少 3 个可识别的列名）；请用 --sheet 指定`);
    expectOneLine(["classify", file, "--sheet", "表1"], "工作表“表1”前 20 行中找不到表头（至少 3 个可识别的列名）");
  });

  test("a required column not found: what is missing, the headers to pick from, how to name it; then --rules names it", () => {
    const file = join(dir, "unnamed.xlsx");
    const header = [
      "乡镇",
      "指标一",
      "期内综合避孕率",
      "出生人口性别比",
      "人均计划生育事业费",
      "优质服务率",
      "群众满意率",
      "独生子女奖励金兑现率",
    ];
    writeFileSync(file, createWorkbook([{ name: "表1", values: [header, ["王营", 98, 90, 111, 8, 90, 90, 90]] }]));
    expectOneLine(
      ["classify", file],
      '工作表“表1”缺少必需的列：计划生育率；未识别的表头：B1“指标一”；可在工作簿的“规则”工作表“表头名称”列（I 列）对应指标行填写该列的表头，或用 --rules 规则.json 指明，例如 {"indicators":[{"key":"plannedBirthRate","header":"指标一"}]}',
    );
    expectOneLine(
      ["classify", file, "--lang", "en"],
      'Sheet "表1" lacks required columns: 计划生育率; headers not recognised: B1 "指标一"; name the column in the 规则 sheet\'s column I (Header in the sheet) on the indicator\'s row, or with --rules RULES.json, e.g. {"indicators":[{"key":"plannedBirthRate","header":"指标一"}]}',
    );
    writeFileSync(
      join(dir, "named.json"),
      JSON.stringify({ indicators: [{ key: "plannedBirthRate", header: "指标一" }] }),
    );
    const run = runCli(["classify", file, "--rules", join(dir, "named.json"), "--json", "-"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).rows[0]).toMatchObject({ township: "王营", tier: 1 });
    const noTownship = join(dir, "notownship.xlsx");
    writeFileSync(noTownship, createWorkbook([{ name: "表1", values: [["名字", ...header.slice(1)]] }]));
    expectOneLine(
      ["classify", noTownship],
      '工作表“表1”缺少必需的列：乡镇、计划生育率；未识别的表头：A1“名字”、B1“指标一”；乡镇列的表头应为“乡镇”“单位”“乡镇（街道）”等；可在工作簿的“规则”工作表“表头名称”列（I 列）对应指标行填写该列的表头，或用 --rules 规则.json 指明，例如 {"indicators":[{"key":"plannedBirthRate","header":"指标一"}]}',
    );
  });

  test("invalid rules file: bad JSON, a looser tier 1, an unknown key", () => {
    writeFileSync(join(dir, "bad.json"), "{ indicators: ");
    expectOneLine(["classify", input, "--rules", join(dir, "bad.json")], new RegExp(`^township-tiers: 规则文件 ${join(dir, "bad.json")}：.*JSON`));
    writeFileSync(join(dir, "loose.json"), JSON.stringify({ indicators: [{ key: "sexRatio", tier1: 120 }] }));
    expectOneLine(["classify", input, "--rules", join(dir, "loose.json")], "规则有误：sexRatio.tier1：一类标准不能比二类宽松");
    writeFileSync(join(dir, "key.json"), JSON.stringify({ indicators: [{ key: "bogus" }] }));
    expectOneLine(["classify", input, "--rules", join(dir, "key.json"), "--lang", "en"], "Invalid rules: indicators[0].key: unknown indicator bogus");
    expectOneLine(["classify", input, "--rules", join(dir, "none.json")], `规则文件 ${join(dir, "none.json")}：ENOENT (no such file)`);
  });

  test("an invalid 规则 sheet names the cell", () => {
    const rules = rulesSheet(defaultRules(), "zh");
    const row = rules.cells.findIndex((line) => line[0]?.value === "sexRatio") + 1;
    const col = rules.cells[0].findIndex((c) => c.value === "一类标准") + 1;
    const withRules = patchWorkbook(readFileSync(input), { sheet: "2014年考核", blocks: [], sheets: [rules] });
    const broken = patchWorkbook(withRules, { sheet: "规则", blocks: [{ firstRow: row, firstCol: col, cells: [[{ value: 120 }]] }], sheets: [] });
    const file = join(dir, "badsheet.xlsx");
    writeFileSync(file, broken);
    const cell = `规则!${String.fromCharCode(64 + col)}${row}`;
    expectOneLine(["classify", file], new RegExp(`^township-tiers: ${cell}：`));
  });

  test("bad arguments", () => {
    expectOneLine(["classify"], "缺少输入文件（township-tiers classify 输入.xlsx）");
    expectOneLine(["classify", input, "--bogus"], "未知选项 --bogus");
    expectOneLine(["classify", input, "--sheet"], "选项 --sheet 缺少取值");
    expectOneLine(["classify", input, "--lang", "fr"], "--lang 只能是 zh 或 en，而不是 fr");
    expectOneLine(["sort", input], "未知命令 sort（可用：classify、draw、recommend、notice、payments、forms、collect、rules）");
    expectOneLine(["classify", input, "extra.xlsx"], "多余的参数 extra.xlsx");
    expectOneLine(["classify", input, "--in-place", "--out", "x.xlsx"], "--in-place 与 --out 不能同时使用");
    expectOneLine(["classify", input, "--out", input], `输出文件与输入文件相同：${input}；要改写输入文件请用 --in-place`);
  });

  test("output not writable", () => {
    const out = join(dir, "no-such-dir", "out.xlsx");
    expectOneLine(["classify", input, "--out", out], `无法写入 ${out}：ENOENT (no such file)`);
    if (process.getuid && process.getuid() !== 0) {
      const ro = join(dir, "ro.xlsx");
      writeFileSync(ro, "");
      chmodSync(ro, 0o444);
      expectOneLine(["classify", input, "--out", ro], `无法写入 ${ro}：EACCES (permission denied)`);
    }
  });

  test("the input is never written on failure", () => {
    const before = readFileSync(input);
    runCli(["classify", input, "--rules", join(dir, "loose.json"), "--in-place"]);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

test("anything unexpected: one line, exit 1, no stack", () => {
  let stderr = "";
  const status = main(["--version"], {
    stdout: () => {
      throw new TypeError("write EPIPE\n    at fake (x.js:1:1)");
    },
    stderr: (t) => void (stderr += t),
    env: {},
    version: "1",
  });
  expect(status).toBe(1);
  expect(stderr).toBe("township-tiers: 意外错误：write EPIPE（设置 TT_DEBUG=1 可查看详情）\n");
});
