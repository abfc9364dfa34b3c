// The CLI's own texts, zh and en side by side. Domain texts (tiers, statuses, rule errors) come from core's t().
import type { Lang } from "../core/types";

const CLI_MESSAGES = {
  usage: {
    zh: `用法：
  township-tiers classify 输入.xlsx [--sheet 工作表] [--out 输出.xlsx] [--rules 规则.json]
                          [--prior 上年.xlsx[:工作表]] [--json 文件|-] [--lang zh|en] [--in-place]
  township-tiers draw 输入.xlsx [--seed 数字]    抽样名单（抽查的乡镇）
  township-tiers recommend 输入.xlsx             推荐名单（报市级）
  township-tiers notice 输入.xlsx                公示（市级验收后）
  township-tiers payments 输入.xlsx              奖惩明细
      （这四步与 classify 一样可加 --sheet、--out、--rules、--json、--lang、--in-place）
  township-tiers forms 区表.xlsx --out 文件夹 [--sheet 工作表]      每个乡镇一份申报表
  township-tiers collect 区表.xlsx 申报表.xlsx... [--out 输出.xlsx] [--overwrite] [--json 文件|-]
  township-tiers rules        打印默认规则（JSON）
  township-tiers --help | --version

classify 默认输出为 输入.classified.xlsx；只有加 --in-place 才会改写输入文件。
draw、recommend、notice、payments 读取并更新 输入.classified.xlsx（先运行 classify），
各步生成的工作表都集中在这一个工作簿里；collect 默认写入 区表.collected.xlsx。
.xls、.et（WPS）、.ods 文件在装有 LibreOffice 时先自动转换为 .xlsx（原文件不变）。
--json - 把结果 JSON 打印到标准输出（此时摘要写到标准错误）。`,
    en: `Usage:
  township-tiers classify INPUT.xlsx [--sheet NAME] [--out OUTPUT.xlsx] [--rules RULES.json]
                          [--prior LAST.xlsx[:SHEET]] [--json FILE|-] [--lang zh|en] [--in-place]
  township-tiers draw INPUT.xlsx [--seed N]      the review draw (抽样名单)
  township-tiers recommend INPUT.xlsx            the list for the city (推荐名单)
  township-tiers notice INPUT.xlsx               the public notice (公示), after the city's check
  township-tiers payments INPUT.xlsx             the payment sheet (奖惩明细)
      (these four take --sheet, --out, --rules, --json, --lang and --in-place as classify does)
  township-tiers forms DISTRICT.xlsx --out DIR [--sheet NAME]       one self-report form per township
  township-tiers collect DISTRICT.xlsx FORM.xlsx... [--out OUTPUT.xlsx] [--overwrite] [--json FILE|-]
  township-tiers rules        print the default rules (JSON)
  township-tiers --help | --version

classify writes INPUT.classified.xlsx by default; the input is rewritten only with --in-place.
draw, recommend, notice and payments read and update INPUT.classified.xlsx (run classify first),
so the year's sheets gather in that one workbook; collect writes DISTRICT.collected.xlsx by default.
.xls, .et (WPS) and .ods files are converted to .xlsx through LibreOffice first, where it is installed
(the original is left as it is).
--json - prints the result JSON to stdout (the summary then goes to stderr).`,
  },
  "arg.unknownCommand": {
    zh: "未知命令 {value}（可用：classify、draw、recommend、notice、payments、forms、collect、rules）",
    en: "unknown command {value} (use classify, draw, recommend, notice, payments, forms, collect or rules)",
  },
  "arg.unknownOption": { zh: "未知选项 {value}", en: "unknown option {value}" },
  "arg.missingValue": { zh: "选项 {value} 缺少取值", en: "option {value} needs a value" },
  "arg.missingInput": {
    zh: "缺少输入文件（township-tiers {command} 输入.xlsx）",
    en: "missing the input file (township-tiers {command} INPUT.xlsx)",
  },
  "arg.notFor": {
    zh: "选项 {value} 不用于 {command}（只用于 {verbs}）",
    en: "option {value} is not for {command} (only for {verbs})",
  },
  "arg.badSeed": {
    zh: "--seed 应为 0 到 4294967295 之间的整数，而不是 {value}",
    en: "--seed must be a whole number from 0 to 4294967295, not {value}",
  },
  "arg.missingForms": {
    zh: "缺少收回的申报表（township-tiers collect 区表.xlsx 申报表.xlsx...）",
    en: "no returned forms given (township-tiers collect DISTRICT.xlsx FORM.xlsx...)",
  },
  "arg.formsOut": {
    zh: "缺少 --out 文件夹（township-tiers forms 区表.xlsx --out 文件夹）",
    en: "missing --out DIR (township-tiers forms DISTRICT.xlsx --out DIR)",
  },
  "error.priorSameSheet": {
    zh: "--prior 指向了本年的工作表“{sheet}”本身：请写明上年的工作表（--prior 文件.xlsx:上年工作表）",
    en: "the --prior sheet is this year's sheet \"{sheet}\" itself: name last year's sheet (--prior FILE.xlsx:SHEET)",
  },
  "error.inputNewer": {
    zh: "{input} 在 {gathered} 生成之后又改过：请先重新分类（township-tiers classify {input}），再生成文书",
    en: "{input} changed after {gathered} was written: classify it again (township-tiers classify {input}), then make the document",
  },
  "doc.made": {
    zh: "已生成“{name}”工作表（依据工作表“{sheet}”）",
    en: "Made the “{name}” sheet (from sheet “{sheet}”)",
  },
  "doc.draw": {
    zh: "抽查 {listed} 个乡镇：申报进位 {claimants} 个，随机抽取 {drawn} 个；共 {total} 个乡镇，至少应查 {required} 个（{share}）；随机种子 {seed}",
    en: "{listed|township|townships} to review: {claimants} claiming to advance, {drawn} drawn; {total|township|townships} in all, at least {required} to review ({share}); seed {seed}",
  },
  "doc.recommend": { zh: "推荐 {n} 个乡镇", en: "{n|township|townships} recommended" },
  "doc.notice": { zh: "公示 {n} 个乡镇", en: "{n|township|townships} in the notice" },
  "doc.payments": { zh: "奖惩涉及 {n} 个乡镇", en: "{n|township|townships} with a reward or fine" },
  "doc.carried": {
    zh: "{n} 个乡镇的上年类别取自“{sheet}”工作表",
    en: "{n|township takes its|townships take their} prior tier from the “{sheet}” sheet",
  },
  "doc.output": { zh: "已写入：{file}", en: "Written to: {file}" },
  "sum.prior": { zh: "上年类别（取自上年结果）：", en: "Prior tiers (from last year's results):" },
  "arg.extra": { zh: "多余的参数 {value}", en: "unexpected argument {value}" },
  "arg.badLang": { zh: "--lang 只能是 zh 或 en，而不是 {value}", en: "--lang must be zh or en, not {value}" },
  "arg.inPlaceOut": { zh: "--in-place 与 --out 不能同时使用", en: "--in-place and --out cannot be used together" },
  "error.readFile": { zh: "无法读取文件 {file}：{reason}", en: "cannot read {file}: {reason}" },
  "error.notXlsx": { zh: "{file} 不是有效的 .xlsx 工作簿", en: "{file} is not a valid .xlsx workbook" },
  "error.emptyFile": {
    zh: "{file} 是空文件（0 字节），不是 .xlsx 工作簿",
    en: "{file} is empty (0 bytes), not an .xlsx workbook",
  },
  "error.encrypted": {
    zh: "{file} 设有打开密码（加密的工作簿），无法读取：请在 Excel 或 WPS 中用密码打开，取消打开密码并保存后再分类",
    en: "{file} has a password to open (an encrypted workbook) and cannot be read: open it in Excel or WPS with the password, remove the password, save, then classify again",
  },
  "error.csv": {
    zh: "{file} 是 CSV 文本文件，不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开，另存为 Excel 工作簿 (*.xlsx) 后再分类",
    en: "{file} is a CSV text file, not an .xlsx workbook: open it in Excel or WPS and save it as Excel Workbook (*.xlsx), then classify that",
  },
  "error.text": {
    zh: "{file} 是文本文件，不是 .xlsx 工作簿",
    en: "{file} is a text file, not an .xlsx workbook",
  },
  "error.html": {
    zh: "{file} 是网页（HTML）格式的表格，不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开，另存为 Excel 工作簿 (*.xlsx) 后再分类",
    en: "{file} is a web page (HTML) table, not an .xlsx workbook: open it in Excel or WPS and save it as Excel Workbook (*.xlsx), then classify that",
  },
  "error.needsLibreOffice": {
    zh: "{file} 是 {format}，township-tiers 只直接读取 .xlsx，且未找到可用来转换的 LibreOffice：请在 Excel 中打开它，文件 › 另存为 › Excel 工作簿 (*.xlsx)，或在 WPS 中 另存为 › Excel 工作簿 (*.xlsx)，再对新文件分类（装有 LibreOffice 时会自动转换）",
    en: "{file} is {format}; township-tiers reads .xlsx itself and found no LibreOffice to convert it: open it in Excel and use File › Save As › Excel Workbook (*.xlsx), or in WPS 另存为 › Excel 工作簿 (*.xlsx), then classify the new file (with LibreOffice installed it converts by itself)",
  },
  "error.convertTimeout": {
    zh: "LibreOffice 在 {seconds} 秒内没有完成 {file} 的转换，已停止；请在 Excel 或 WPS 中另存为 Excel 工作簿 (*.xlsx) 后再分类",
    en: "LibreOffice did not finish converting {file} within {seconds} s and was stopped; save it as Excel Workbook (*.xlsx) in Excel or WPS, then classify that",
  },
  "error.convertFailed": {
    zh: "LibreOffice 无法转换 {file}（{detail}）；请在 Excel 或 WPS 中另存为 Excel 工作簿 (*.xlsx) 后再分类",
    en: "LibreOffice could not convert {file} ({detail}); save it as Excel Workbook (*.xlsx) in Excel or WPS, then classify that",
  },
  "error.inPlaceConverted": {
    zh: "--in-place 不能用于 {format}：结果只能写成 .xlsx 工作簿，原文件保持不变；去掉 --in-place（结果写入 {out}），或用 --out 指定文件",
    en: "--in-place cannot rewrite {format}: the result can only be an .xlsx workbook, and the original stays as it is; leave out --in-place (the result goes to {out}) or name a file with --out",
  },
  "format.xls": { zh: "Excel 97-2003 工作簿（.xls 格式）", en: "an Excel 97-2003 workbook (.xls)" },
  "format.et": { zh: "WPS 表格文件（.et 格式）", en: "a WPS Spreadsheets file (.et)" },
  "format.ods": { zh: "OpenDocument 电子表格（.ods 格式）", en: "an OpenDocument spreadsheet (.ods)" },
  "format.xlsb": { zh: "Excel 二进制工作簿（.xlsb 格式）", en: "an Excel binary workbook (.xlsb)" },
  "sum.converted": {
    zh: "已用 LibreOffice 把 {file} 从 {format} 转换为 .xlsx 后分类；原文件未改动",
    en: "{file} was converted from {format} to .xlsx with LibreOffice and then classified; the original file was left as it was",
  },
  "error.unknownSheet": {
    zh: "工作簿中没有工作表“{sheet}”（现有：{sheets}）",
    en: 'no sheet "{sheet}" in the workbook (it has: {sheets})',
  },
  "error.notWorksheet": { zh: "“{sheet}”不是普通工作表", en: '"{sheet}" is not a worksheet' },
  "error.noSheetWithHeader": {
    zh: "{file} 的工作表前 20 行中都找不到表头（至少 3 个可识别的列名）；请用 --sheet 指定",
    en: "no sheet of {file} has a header in its first 20 rows (at least 3 known column names); name one with --sheet",
  },
  "hint.nameColumn": {
    zh: "；可在工作簿的“规则”工作表“表头名称”列（I 列）对应指标行填写该列的表头，或用 --rules 规则.json 指明，例如 {example}",
    en: "; name the column in the 规则 sheet's column I (Header in the sheet) on the indicator's row, or with --rules RULES.json, e.g. {example}",
  },
  "hint.township": {
    zh: "；乡镇列的表头应为“乡镇”“单位”“乡镇（街道）”等",
    en: "; the township column's header must be 乡镇, 单位, 乡镇（街道）, Township or the like",
  },
  "error.rulesFile": { zh: "规则文件 {file}：{reason}", en: "rules file {file}: {reason}" },
  "error.outIsInput": {
    zh: "输出文件与输入文件相同：{file}；要改写输入文件请用 --in-place",
    en: "the output is the input file {file}; use --in-place to rewrite it",
  },
  "error.writeFile": { zh: "无法写入 {file}：{reason}", en: "cannot write {file}: {reason}" },
  "error.badPart": { zh: "{file} 的内容有损坏（{part}）", en: "{file} is damaged ({part})" },
  "error.unexpected": {
    zh: "意外错误：{reason}（设置 TT_DEBUG=1 可查看详情）",
    en: "unexpected error: {reason} (set TT_DEBUG=1 for details)",
  },
  "sum.classified": {
    zh: "工作表“{sheet}”（表头在第 {row} 行）：分类 {rows} 个乡镇，跳过 {skipped} 行",
    en: 'Sheet "{sheet}" (header in {row}): {rows|township|townships} classified, {skipped|row|rows} skipped',
  },
  "sum.headerRow": { zh: "{row}", en: "row {row}" },
  "sum.headerRows": { zh: "{first}–{last}", en: "rows {first}–{last}" },
  "sum.byTier": { zh: "类别：{list}", en: "Tiers: {list}" },
  "sum.byStatus": { zh: "完成情况：{list}", en: "Status: {list}" },
  "sum.money": { zh: "奖励合计 {rewards} 元，罚款合计 {fines} 元", en: "Rewards {rewards} yuan, fines {fines} yuan" },
  "sum.errors": { zh: "数据有误的行：", en: "Rows with bad data:" },
  "sum.notices": { zh: "提示：", en: "Notes:" },
  "sum.skippedRow": { zh: "第 {row} 行：{reason}", en: "row {row}: {reason}" },
  "sum.rulesFrom.file": { zh: "规则：来自 {file}", en: "Rules: from {file}" },
  "sum.rulesFrom.sheet": { zh: "规则：来自工作簿的“{sheet}”工作表", en: 'Rules: from the workbook\'s "{sheet}" sheet' },
  "sum.rulesFrom.default": {
    zh: "规则：默认规则（已写入“{sheet}”工作表，可在其中修改）",
    en: 'Rules: the defaults (written to the "{sheet}" sheet, edit them there)',
  },
  "sum.rulesSheetKept": {
    zh: "工作簿已有“{sheet}”工作表，未改动；本次使用 {file} 中的规则",
    en: 'The workbook\'s "{sheet}" sheet was left as it is; this run used the rules in {file}',
  },
  "sum.output": { zh: "结果已写入：{file}", en: "Results written to: {file}" },
  "sum.json": { zh: "JSON 已写入：{file}", en: "JSON written to: {file}" },
  "sum.none": { zh: "无", en: "none" },

  // forms / collect (issue 16): 乡级申报 forms out and back
  "forms.made": {
    zh: "工作表“{sheet}”：为 {n} 个乡镇生成 {year} 年度申报表，写入 {dir}",
    en: "Sheet “{sheet}”: {n|form|forms} for {year} written to {dir}",
  },
  "forms.file": { zh: "  {township}：{file}", en: "  {township}: {file}" },
  "forms.yearFromClock": {
    zh: "区表中找不到年度（年度列、表名、标题），按 {year} 年填写",
    en: "the district sheet names no year (year column, sheet name, title): {year} is used",
  },
  "forms.converted": {
    zh: "{file} 是{format}，已经 LibreOffice 转换后读取",
    en: "{file} is {format}; it was read after conversion by LibreOffice",
  },
  "collect.head": {
    zh: "工作表“{sheet}”：收到 {files} 个文件，{accepted} 个乡镇的申报表可用",
    en: "Sheet “{sheet}”: {files|file|files} received, usable forms from {accepted|township|townships}",
  },
  "collect.changes": { zh: "写入的单元格（旧值 → 新值）：", en: "Cells written (old → new):" },
  "collect.change": {
    zh: "  {cell} {township} {label}：{old} → {new}",
    en: "  {cell} {township} {label}: {old} → {new}",
  },
  "collect.empty": { zh: "（空）", en: "(empty)" },
  "collect.heldHead": {
    zh: "原有数值未改写（确认后加 --overwrite 再运行）：",
    en: "Cells that already hold a value, not changed (run again with --overwrite to change them):",
  },
  "collect.none": {
    zh: "没有要写入的单元格：表中已是这些数值",
    en: "Nothing to write: the sheet already holds these values",
  },
  "collect.duplicate": {
    zh: "  {township}：{files} 内容相同，按 {file} 写入",
    en: "  {township}: {files} are the same form; written from {file}",
  },
  "collect.duplicatesHead": { zh: "重复的申报表：", en: "Forms sent twice:" },
  "collect.conflicts": { zh: "冲突（未写入）：", en: "Conflicts (nothing written):" },
  "collect.invalid": { zh: "未通过检查的申报表（未写入）：", en: "Forms that failed the checks (nothing written):" },
  "collect.refused": { zh: "拒收的申报表：", en: "Forms refused:" },
  "collect.ignored": { zh: "忽略的文件（不是申报表）：", en: "Files ignored (not forms):" },
  "collect.fileLine": { zh: "  {file}：{reason}", en: "  {file}: {reason}" },
  "collect.missing": { zh: "未交申报表的乡镇（{n} 个）：{list}", en: "No form from {n|township|townships}: {list}" },
  "collect.output": { zh: "结果已写入：{file}（原文件未改动）", en: "Written to: {file} (the input is unchanged)" },
  "collect.records": { zh: "收表情况记入“{sheet}”工作表", en: "Forms collected are recorded in the “{sheet}” sheet" },
} as const;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

/**
 * The message with its {name} placeholders filled in. {name|one|many} is a count with its noun, for
 * English: "1 township", "22 townships" (Chinese needs no plural).
 */
export function m(lang: Lang, key: CliMessageKey, params: Record<string, string | number> = {}): string {
  return CLI_MESSAGES[key][lang].replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (all, name: string, one?: string, many?: string) => {
      if (!(name in params)) return all;
      const value = params[name];
      return one === undefined ? String(value) : `${value} ${value === 1 ? one : many}`;
    },
  );
}
