// Acceptance (issue 13 part 5): the classified sample, printed by LibreOffice to PDF and rendered with
// pdftoppm, fits its classified sheet on at most 2 pages with the township names on every page, and
// 分类汇总 on one page whose chart shows bars in the tiers' colours. Needs LibreOffice and poppler-utils
// (test/support/tools.js). The PDF and PNGs stay in a temp folder (never in the repo).
import { spawn, spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { sampleWorkbook } from "../../src/core";
import { findTool, needs } from "../support/tools";
import { runCli, sampleFile, tempDir } from "./helpers";

// pdftotext and pdfinfo come with pdftoppm (poppler-utils).
const maybe = needs("soffice", "pdftoppm");

/** soffice in its own process group with a private profile; the whole group is killed at the end, whatever happens. */
async function toPdf(file: string, outDir: string): Promise<string> {
  const args = [
    `-env:UserInstallation=file://${outDir}/profile`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    outDir,
    file,
  ];
  const child = spawn(findTool("soffice")!, args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => void (stderr += d.toString()));
  let timer: NodeJS.Timeout | undefined;
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error("soffice took longer than 180 s")), 180000);
      child.on("error", reject);
      child.on("exit", (c) => resolve(c));
    });
    if (code !== 0) throw new Error(`soffice failed (${code}): ${stderr}`);
  } finally {
    clearTimeout(timer);
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // the group has already exited
    }
  }
  return join(outDir, file.replace(/^.*\//, "").replace(/\.xlsx$/, ".pdf"));
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "latin1", timeout: 60000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.error}`);
  return r.stdout;
}

function pageTexts(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))![1]);
  const texts: string[] = [];
  for (let p = 1; p <= pages; p++) {
    const args = ["-layout", "-f", String(p), "-l", String(p), pdf, "-"];
    const out = spawnSync("pdftotext", args, { encoding: "utf8", timeout: 60000 });
    texts.push(out.stdout.replace(/\s+/g, ""));
  }
  return texts;
}

interface Image {
  width: number;
  height: number;
  rgb: Buffer;
}

/** One page as a binary PPM (P6): trivial to read without an image library. */
function renderPage(pdf: string, page: number, prefix: string): Image {
  run("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "60", "-png", pdf, prefix]); // for people to look at
  run("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "60", "-singlefile", pdf, prefix]);
  const data = readFileSync(`${prefix}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString("latin1"))!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: data.subarray(header[0].length) };
}

/** Pixels within `tolerance` of a colour, in the columns [fromX, width). */
function countNear(img: Image, rgb: [number, number, number], fromX: number, tolerance = 16): number {
  let n = 0;
  for (let y = 0; y < img.height; y++)
    for (let x = fromX; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      const d = Math.abs(img.rgb[i] - rgb[0]) + Math.abs(img.rgb[i + 1] - rgb[1]) + Math.abs(img.rgb[i + 2] - rgb[2]);
      if (d <= tolerance) n++;
    }
  return n;
}

maybe(
  "LibreOffice prints the classified sheet on ≤ 2 pages with the townships on each, and 分类汇总 with coloured bars on 1 page",
  async () => {
    const dir = tempDir();
    const input = sampleFile(dir);
    expect(runCli(["classify", input]).status).toBe(0);
    const pdf = await toPdf(input.replace(/\.xlsx$/, ".classified.xlsx"), dir);
    const texts = pageTexts(pdf);
    const sample = sampleWorkbook();
    const townships = sample.sheet.values.slice(3, 25).map((r) => String(r[1]));
    // Our footer names the sheet on every page it prints: "&A 第 &P 页" (whitespace removed above).
    const classified = texts.filter((t) => t.includes(`${sample.sheet.name}第`));
    const summary = texts.flatMap((t, i) => (t.includes("分类汇总第") ? [i + 1] : []));
    console.log(
      `print.test.ts: ${texts.length} pages (PDF and PNGs in ${dir}); classified sheet ${classified.length}, 分类汇总 ${summary.length}`,
    );
    expect(classified.length).toBeGreaterThanOrEqual(1);
    expect(classified.length).toBeLessThanOrEqual(2);
    for (const page of classified) {
      expect(page).toContain("乡镇(单位)"); // the header row repeats on every page
      expect(page).toContain("未达标指标/说明");
      expect(townships.filter((name) => page.includes(name)).length).toBeGreaterThan(0);
    }
    expect(townships.filter((name) => !classified.some((page) => page.includes(name)))).toEqual([]);

    expect(summary).toHaveLength(1);
    expect(texts[summary[0] - 1]).toContain("各类别乡镇数");
    const img = renderPage(pdf, summary[0], join(dir, "summary"));
    // The chart sits right of the tables (anchored at column E): bars in the cell fills of 一类, 二类, 三类.
    const chartX = Math.floor(img.width * 0.45);
    const bars = {
      green: countNear(img, [0xc6, 0xef, 0xce], chartX),
      amber: countNear(img, [0xff, 0xeb, 0x9c], chartX),
      red: countNear(img, [0xff, 0xc7, 0xce], chartX),
    };
    console.log(`print.test.ts: bar pixels ${JSON.stringify(bars)}`);
    expect(bars.green).toBeGreaterThan(200);
    expect(bars.amber).toBeGreaterThan(50);
    expect(bars.red).toBeGreaterThan(20);
    expect(bars.green).toBeGreaterThan(bars.amber); // 13 townships in 一类, 4 in 二类, 2 in 三类
    expect(bars.amber).toBeGreaterThan(bars.red);
  },
  240000,
);

maybe(
  "LibreOffice prints 公示 on one A4 portrait page and 奖惩明细 with its table lines and header on every page",
  async () => {
    const dir = tempDir();
    const input = sampleFile(dir);
    for (const step of ["classify", "notice", "payments"]) expect(runCli([step, input]).status).toBe(0);
    const pdf = await toPdf(input.replace(/\.xlsx$/, ".classified.xlsx"), dir);
    const texts = pageTexts(pdf);
    const notice = texts.flatMap((t, i) => (t.includes("公示第") ? [i + 1] : []));
    const payments = texts.flatMap((t, i) => (t.includes("奖惩明细第") ? [i + 1] : []));
    console.log(`print.test.ts: 公示 page ${notice}, 奖惩明细 pages ${payments} (PDF and PNGs in ${dir})`);
    expect(notice).toHaveLength(1);
    const page = texts[notice[0] - 1];
    expect(page).toContain("公示期");
    expect(page).toContain("王营");
    const img = renderPage(pdf, notice[0], join(dir, "notice"));
    expect(img.height).toBeGreaterThan(img.width); // portrait
    // The table's lines: dark pixels beyond the text's share of the page.
    expect(countNear(img, [0, 0, 0], 0, 120)).toBeGreaterThan(2000);

    expect(payments.length).toBeGreaterThanOrEqual(1);
    for (const p of payments) {
      expect(texts[p - 1]).toContain("签字"); // the header row repeats on every page
      renderPage(pdf, p, join(dir, `payments-${p}`));
    }
    expect(texts[payments[payments.length - 1] - 1]).toContain("总计");
  },
  240000,
);
