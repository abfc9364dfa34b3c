// Issue 17: files as offices have them. Other spreadsheet formats go through LibreOffice (checked on
// files LibreOffice itself writes, with merged banners and header blocks); without it, one line says what
// to do. Empty, encrypted, CSV and web-page files are named as what they are. Nothing here touches the
// input file.
import { spawnSync } from "child_process";
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import * as CFB from "cfb";
import { sniffFormat } from "../../src/cli/file-format";
import { convertToXlsx, findSoffice } from "../../src/cli/libreoffice";
import { createWorkbook } from "../../src/xlsx";
import { buildZip, unzipParts } from "../fixtures/zip";
import { sampleXlsx } from "../../src/cli/sample";
import { layouts, sampleDistrict } from "../fixtures/layouts";
import { findTool, needs } from "../support/tools";
import { runCli, sampleFile, tempDir } from "./helpers";

const NO_SOFFICE = { PATH: "/nonexistent" };

/** Whether a process has ended within 2 s: gone, or a zombie (dead, waiting for a parent that is gone to reap it). */
async function stopped(pid: number): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    if (existsSync(`/proc/${pid}/stat`) && /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"))) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}

/** A compound file (OLE2) holding these streams, as cfb writes it. */
function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(cfb, "/" + name, data);
  return Uint8Array.from(CFB.write(cfb, { type: "buffer" }) as Uint8Array);
}

/** BIFF8 records: [type, payload] pairs. */
function biff(...records: [number, number[]][]): Uint8Array {
  const out: number[] = [];
  for (const [type, payload] of records)
    out.push(type & 255, type >> 8, payload.length & 255, payload.length >> 8, ...payload);
  return Uint8Array.from(out);
}
const BOF: [number, number[]] = [0x0809, [0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]];
const FILEPASS: [number, number[]] = [0x002f, [0x01, 0x00, 0x01, 0x00, 0x02, 0x00]];
const EOF: [number, number[]] = [0x000a, []];

// An encrypted .xlsx as Excel lays it out (MS-OFFCRYPTO): an OLE2 file with the encryption header and
// the encrypted package. Its contents cannot be decrypted, and need not be: the kind is in the layout.
const AGILE_INFO = Uint8Array.from([
  0x04,
  0x00,
  0x04,
  0x00,
  0x40,
  0x00,
  0x00,
  0x00,
  ...Buffer.from('<?xml version="1.0"?><encryption/>'),
]);
const ENCRYPTED_XLSX = compoundFile({ EncryptionInfo: AGILE_INFO, EncryptedPackage: new Uint8Array(4096).fill(0x5a) });
const XLS = compoundFile({ Workbook: biff(BOF, EOF) });
const ENCRYPTED_XLS = compoundFile({ Workbook: biff(BOF, FILEPASS, EOF) });
const WORD_DOC = compoundFile({ WordDocument: new Uint8Array(600).fill(1) });

describe("what a file is, by its content", () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  test.each([
    ["empty", new Uint8Array(0), "in.xlsx", { kind: "empty" }],
    ["an Excel 97-2003 workbook", XLS, "in.xls", { kind: "convert", format: "xls" }],
    ["the same named .xlsx", XLS, "in.xlsx", { kind: "convert", format: "xls" }],
    ["the same named .et (WPS writes this format)", XLS, "in.et", { kind: "convert", format: "et" }],
    ["an encrypted .xlsx package", ENCRYPTED_XLSX, "in.xlsx", { kind: "encrypted" }],
    ["an .xls with a password to open (FILEPASS)", ENCRYPTED_XLS, "in.xls", { kind: "encrypted" }],
    ["a Word document", WORD_DOC, "in.xlsx", { kind: "unknown" }],
    [
      "an OpenDocument spreadsheet",
      buildZip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }),
      "in.xlsx",
      { kind: "convert", format: "ods" },
    ],
    [
      "an Excel binary workbook",
      buildZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "x" }),
      "in.xlsx",
      { kind: "convert", format: "xlsb" },
    ],
    ["a zip with no workbook", buildZip({ "readme.txt": "hello" }), "in.xlsx", { kind: "unknown" }],
    ["an .xlsx", createWorkbook([{ name: "表1", values: [["乡镇"]] }]), "in.xlsx", { kind: "xlsx" }],
    ["a UTF-8 CSV", enc("乡镇,计划生育率\n王营,99\n"), "in.xlsx", { kind: "csv" }],
    ["a CSV with a byte-order mark and CRLF", enc("\uFEFF乡镇,率\r\n王营,99\r\n"), "in.xlsx", { kind: "csv" }],
    [
      "a GBK CSV (Excel's 'CSV' on Chinese Windows)",
      Uint8Array.from([0xcf, 0xe7, 0xd5, 0xf2, 0x2c, 0xc2, 0xca, 0x0d, 0x0a]),
      "in.xlsx",
      { kind: "csv" },
    ],
    [
      "a UTF-16 tab-separated export",
      Uint8Array.from([0xff, 0xfe, ...Buffer.from("乡镇\t率\r\n", "utf16le")]),
      "in.xlsx",
      { kind: "csv" },
    ],
    [
      "a web page saved as .xls",
      enc(
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>乡镇</td></tr></table></body></html>',
      ),
      "in.xls",
      { kind: "html" },
    ],
    ["plain text", enc("请查收附件\n"), "in.xlsx", { kind: "text" }],
    ["binary noise", Uint8Array.from([1, 2, 3, 0, 0, 255]), "in.xlsx", { kind: "unknown" }],
  ])("%s", (_name, bytes, file, kind) => {
    expect(sniffFormat(bytes as Uint8Array, file as string)).toEqual(kind);
  });
});

/** Exit 2, one line on stderr, nothing written beside the input, the input unchanged. */
function expectRefused(dir: string, file: string, args: string[], env: Record<string, string>, line: string): void {
  const before = readFileSync(file);
  const listed = readdirSync(dir).sort();
  const run = runCli(["classify", file, ...args], env);
  expect(run).toEqual({ status: 2, stdout: "", stderr: `township-tiers: ${line}\n` });
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(listed);
}

describe("files that are no .xlsx: one line saying which they are", () => {
  const dir = tempDir();
  const put = (name: string, bytes: Uint8Array | string): string => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  test("an empty file", () => {
    const file = put("empty.xlsx", "");
    expectRefused(dir, file, [], {}, `${file} 是空文件（0 字节），不是 .xlsx 工作簿`);
    expectRefused(dir, file, ["--lang", "en"], {}, `${file} is empty (0 bytes), not an .xlsx workbook`);
  });

  test("a password-protected workbook, .xlsx and .xls, even with LibreOffice at hand", () => {
    const file = put("locked.xlsx", ENCRYPTED_XLSX);
    const line = `${file} 设有打开密码（加密的工作簿），无法读取：请在 Excel 或 WPS 中用密码打开，取消打开密码并保存后再分类`;
    expectRefused(dir, file, [], {}, line);
    const xls = put("locked.xls", ENCRYPTED_XLS);
    expectRefused(
      dir,
      xls,
      ["--lang", "en"],
      {},
      `${xls} has a password to open (an encrypted workbook) and cannot be read: open it in Excel or WPS with the password, remove the password, save, then classify again`,
    );
  });

  test("a CSV renamed .xlsx: the message and nothing more", () => {
    const file = put("renamed.xlsx", "乡镇,计划生育率,期内综合避孕率\n王营,99,90\n");
    expectRefused(
      dir,
      file,
      [],
      {},
      `${file} 是 CSV 文本文件，不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开，另存为 Excel 工作簿 (*.xlsx) 后再分类`,
    );
    expectRefused(
      dir,
      file,
      ["--lang", "en"],
      {},
      `${file} is a CSV text file, not an .xlsx workbook: open it in Excel or WPS and save it as Excel Workbook (*.xlsx), then classify that`,
    );
  });

  test("a web page saved as .xls", () => {
    const file = put("export.xls", "<html><body><table><tr><td>乡镇</td></tr></table></body></html>");
    expectRefused(
      dir,
      file,
      [],
      {},
      `${file} 是网页（HTML）格式的表格，不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开，另存为 Excel 工作簿 (*.xlsx) 后再分类`,
    );
  });

  test("an .xls, .et or .ods without LibreOffice: the format and how to save it as .xlsx in Excel and in WPS", () => {
    const xls = put("old.xls", XLS);
    expectRefused(
      dir,
      xls,
      [],
      NO_SOFFICE,
      `${xls} 是 Excel 97-2003 工作簿（.xls 格式），township-tiers 只直接读取 .xlsx，且未找到可用来转换的 LibreOffice：请在 Excel 中打开它，文件 › 另存为 › Excel 工作簿 (*.xlsx)，或在 WPS 中 另存为 › Excel 工作簿 (*.xlsx)，再对新文件分类（装有 LibreOffice 时会自动转换）`,
    );
    const et = put("wps.et", XLS);
    expectRefused(
      dir,
      et,
      ["--lang", "en"],
      NO_SOFFICE,
      `${et} is a WPS Spreadsheets file (.et); township-tiers reads .xlsx itself and found no LibreOffice to convert it: open it in Excel and use File › Save As › Excel Workbook (*.xlsx), or in WPS 另存为 › Excel 工作簿 (*.xlsx), then classify the new file (with LibreOffice installed it converts by itself)`,
    );
    const ods = put("calc.ods", buildZip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet" }));
    // TIERS_SOFFICE naming a program that is not there: no LibreOffice, whatever the PATH holds.
    expectRefused(
      dir,
      ods,
      [],
      { TIERS_SOFFICE: join(dir, "no-such-soffice"), PATH: process.env.PATH ?? "" },
      `${ods} 是 OpenDocument 电子表格（.ods 格式），township-tiers 只直接读取 .xlsx，且未找到可用来转换的 LibreOffice：请在 Excel 中打开它，文件 › 另存为 › Excel 工作簿 (*.xlsx)，或在 WPS 中 另存为 › Excel 工作簿 (*.xlsx)，再对新文件分类（装有 LibreOffice 时会自动转换）`,
    );
  });

  test("--in-place on another format is refused before anything runs", () => {
    const xls = put("keep.xls", XLS);
    expectRefused(
      dir,
      xls,
      ["--in-place"],
      {},
      `--in-place 不能用于 Excel 97-2003 工作簿（.xls 格式）：结果只能写成 .xlsx 工作簿，原文件保持不变；去掉 --in-place（结果写入 ${join(dir, "keep.classified.xlsx")}），或用 --out 指定文件`,
    );
  });
});

describe("LibreOffice as converter: found, stopped in time, its failure told", () => {
  const dir = tempDir();

  test("found through TIERS_SOFFICE, the PATH, or where installers put it", () => {
    const fake = join(dir, "soffice");
    writeFileSync(fake, "#!/bin/sh\n");
    chmodSync(fake, 0o755);
    expect(findSoffice({ TIERS_SOFFICE: fake })).toBe(fake);
    expect(findSoffice({ TIERS_SOFFICE: join(dir, "gone") })).toBeNull();
    expect(findSoffice({ PATH: `/nonexistent:${dir}` }, "linux")).toBe(fake);
    expect(findSoffice({ PATH: "/nonexistent" }, "linux")).toBeNull();
  });

  test("a converter that never finishes is killed with what it started, within the limit", async () => {
    const pidFile = join(dir, "helper.pid");
    const slow = join(dir, "slow-soffice");
    // Like soffice: a launcher that starts the real program and waits for it.
    writeFileSync(slow, `#!/bin/sh\nsleep 60 &\necho $! > '${pidFile}'\nwait\n`);
    chmodSync(slow, 0o755);
    const input = join(dir, "in.xls");
    writeFileSync(input, XLS);
    const started = Date.now();
    expect(convertToXlsx(slow, input, "xls", 1)).toEqual({ failed: "timeout", seconds: 1 });
    expect(Date.now() - started).toBeLessThan(30000);
    const helper = Number(readFileSync(pidFile, "utf8"));
    expect(await stopped(helper)).toBe(true);
    expect(readFileSync(input).equals(Buffer.from(XLS))).toBe(true);
  });

  test("a converter that writes nothing: its last word in the message, exit 2", () => {
    const broken = join(dir, "broken-soffice");
    writeFileSync(broken, "#!/bin/sh\necho 'Error: source file could not be loaded'\nexit 0\n");
    chmodSync(broken, 0o755);
    const input = join(dir, "odd.xls");
    writeFileSync(input, XLS);
    expectRefused(
      dir,
      input,
      [],
      { TIERS_SOFFICE: broken },
      `LibreOffice 无法转换 ${input}（Error: source file could not be loaded）；请在 Excel 或 WPS 中另存为 Excel 工作簿 (*.xlsx) 后再分类`,
    );
  });
});

const withSoffice = needs("soffice");

/** What LibreOffice itself writes: the .xlsx saved as another format, with a profile of the test's own. */
function saveAs(xlsx: string, ext: "xls" | "ods", outDir: string): string {
  const r = spawnSync(
    findTool("soffice")!,
    [`-env:UserInstallation=file://${outDir}/profile`, "--headless", "--convert-to", ext, "--outdir", outDir, xlsx],
    { timeout: 180000, encoding: "utf8" },
  );
  const out = join(outDir, xlsx.replace(/^.*\//, "").replace(/\.xlsx$/, "." + ext));
  if (!existsSync(out)) throw new Error(`soffice wrote no ${ext}: ${r.stderr} ${String(r.error ?? "")}`);
  return out;
}

interface JsonRows {
  headerRow: number;
  rows: { row: number; township: string; tier: number | null; status: string; amount: number; reasons: string[] }[];
  skipped: { row: number; reason: string }[];
}

withSoffice(
  "an .xls, .et, .ods and an .xls renamed .xlsx, as LibreOffice writes them, classify as the .xlsx does; the original stays as it was",
  () => {
    for (const layout of layouts(sampleDistrict(), ["official", "three-row-units", "percent-fractions"])) {
      const dir = tempDir();
      const xlsx = join(dir, `${layout.id}.xlsx`);
      writeFileSync(
        xlsx,
        createWorkbook([
          { name: layout.sheetName, values: layout.values, formats: layout.formats, merges: layout.merges },
        ]),
      );
      const direct = runCli(["classify", xlsx, "--json", "-"]);
      expect(direct.status).toBe(0);
      const expected = JSON.parse(direct.stdout) as JsonRows;
      const xls = saveAs(xlsx, "xls", dir);
      const ods = saveAs(xlsx, "ods", dir);
      const et = join(dir, `${layout.id}-wps.et`);
      copyFileSync(xls, et);
      const renamed = join(dir, `${layout.id}-renamed.xlsx`);
      copyFileSync(xls, renamed);
      for (const [file, format] of [
        [xls, "Excel 97-2003 工作簿（.xls 格式）"],
        [et, "WPS 表格文件（.et 格式）"],
        [ods, "OpenDocument 电子表格（.ods 格式）"],
        [renamed, "Excel 97-2003 工作簿（.xls 格式）"],
      ]) {
        const before = readFileSync(file);
        const json = join(dir, "out.json");
        const run = runCli(["classify", file, "--json", json], { PATH: process.env.PATH });
        expect({ file, status: run.status, stderr: run.stderr }).toEqual({ file, status: 0, stderr: "" });
        const out = file.replace(/\.[^.]+$/, ".classified.xlsx");
        expect(run.stdout).toContain(`已用 LibreOffice 把 ${file} 从 ${format} 转换为 .xlsx 后分类；原文件未改动`);
        expect(run.stdout).toContain(`结果已写入：${out}`);
        expect(readFileSync(file).equals(before)).toBe(true);
        const got = JSON.parse(readFileSync(json, "utf8")) as JsonRows;
        expect({ file, headerRow: got.headerRow, rows: got.rows, skipped: got.skipped }).toEqual({
          file,
          headerRow: expected.headerRow,
          rows: expected.rows,
          skipped: expected.skipped,
        });
        // The written workbook is an .xlsx our reader opens, holding the result columns.
        expect(sniffFormat(readFileSync(out), out)).toEqual({ kind: "xlsx" });
      }
      // No lock file or profile left beside the user's files.
      expect(readdirSync(dir).filter((f) => f.startsWith(".~lock"))).toEqual([]);
    }
  },
  600000,
);

withSoffice(
  "the sample district as .xls, in English",
  () => {
    const dir = tempDir();
    const xls = saveAs(sampleFile(dir), "xls", dir);
    const run = runCli(["classify", xls, "--lang", "en"], { PATH: process.env.PATH });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `${xls} was converted from an Excel 97-2003 workbook (.xls) to .xlsx with LibreOffice and then classified; the original file was left as it was`,
    );
  },
  240000,
);

describe("formulas with no calculated result (issue 17, part 2)", () => {
  // The sample district, with formula cells as a script would write them (no cached result).
  function withFormulas(cells: Record<string, string>): Uint8Array {
    const parts = unzipParts(sampleXlsx());
    let xml = new TextDecoder().decode(parts["xl/worksheets/sheet2.xml"]);
    for (const [ref, replacement] of Object.entries(cells)) {
      const pattern = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
      expect(pattern.test(xml)).toBe(true);
      xml = xml.replace(pattern, replacement);
    }
    parts["xl/worksheets/sheet2.xml"] = new TextEncoder().encode(xml);
    return buildZip(parts);
  }
  const ROW8 = ["B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N"];
  const formulas: Record<string, string> = {
    C4: '<c r="C4"><f>98.6+0.6</f></c>',
    J6: '<c r="J6" t="str"><f>封面!A1</f></c>',
    D7: '<c r="D7"><f>92.1</f><v></v></c>',
  };
  // Row 8: every cell the run reads is a formula without a result: the row reads blank, and is not.
  ROW8.forEach((col, i) => {
    formulas[`${col}8`] =
      i === 0
        ? `<c r="${col}8"><f t="shared" ref="B8:N8" si="0">封面!A${i + 1}</f></c>`
        : `<c r="${col}8"><f t="shared" si="0"/></c>`;
  });

  test("each is reported by cell and formula, never read as empty or as a default; constants are read; the input stays", () => {
    const dir = tempDir();
    const file = join(dir, "script.xlsx");
    const bytes = withFormulas(formulas);
    writeFileSync(file, bytes);
    const plain = sampleFile(dir, "plain.xlsx");
    const base = JSON.parse(runCli(["classify", plain, "--json", "-"]).stdout) as JsonRows;
    const run = runCli(["classify", file, "--json", "-"]);
    expect(run.status).toBe(0);
    const got = JSON.parse(run.stdout) as JsonRows;
    const row = (r: number, json: JsonRows) => json.rows.find((x) => x.row === r)!;
    const advice =
      "但文件里没有它的计算结果（文件未经 Excel 或 WPS 计算）；请在 Excel 或 WPS 中打开并保存该文件后再分类";
    expect(row(4, got)).toMatchObject({
      status: "invalid",
      tier: null,
      reasons: [`C4：計劃生育率(%) 是公式 =98.6+0.6，${advice}`],
    });
    // A prior tier (上年类别) that is blank means 三类; this one is not blank, it was never calculated.
    expect(row(6, got)).toMatchObject({ status: "invalid", reasons: [`J6：上年类别 是公式 =封面!A1，${advice}`] });
    expect(row(7, got)).toEqual(row(7, base));
    expect(row(8, got).status).toBe("invalid");
    expect(row(8, got).reasons[0]).toBe(`B8：乡镇(单位) 是公式 =封面!A1，${advice}`);
    expect(row(8, got).reasons[1]).toBe(`C8：計劃生育率(%) 是公式 （共享公式），${advice}`);
    expect(row(8, got).reasons).toHaveLength(ROW8.length);
    expect(got.skipped).toEqual(base.skipped);
    expect(readFileSync(file).equals(Buffer.from(bytes))).toBe(true);
    // The formula cells are input cells: the output keeps them as they were.
    const out = new TextDecoder().decode(
      unzipParts(readFileSync(join(dir, "script.classified.xlsx")))["xl/worksheets/sheet2.xml"],
    );
    expect(out).toContain('<c r="C4"><f>98.6+0.6</f></c>');
    expect(out).toContain('<c r="D7"><f>92.1</f><v></v></c>');
  });

  test("in English", () => {
    const dir = tempDir();
    const file = join(dir, "script.xlsx");
    writeFileSync(file, withFormulas({ C4: formulas.C4 }));
    const got = JSON.parse(runCli(["classify", file, "--json", "-", "--lang", "en"]).stdout) as JsonRows;
    expect(got.rows.find((x) => x.row === 4)!.reasons).toEqual([
      "C4: 計劃生育率(%) is the formula =98.6+0.6 with no calculated result in the file (Excel or WPS never calculated it); open and save the file in Excel or WPS, then classify again",
    ]);
  });
});
