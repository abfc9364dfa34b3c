// The CLI's own texts, zh and en side by side. Domain texts (tiers, statuses, rule errors) come from core's t().
import type { Lang } from "../core/types";

const CLI_MESSAGES = {
  usage: {
    zh: `用法：
  township-tiers classify 输入.xlsx [--sheet 工作表] [--out 输出.xlsx] [--rules 规则.json]
                          [--json 文件|-] [--lang zh|en] [--in-place]
  township-tiers rules        打印默认规则（JSON）
  township-tiers --help | --version

默认输出为 输入.classified.xlsx；只有加 --in-place 才会改写输入文件。
--json - 把结果 JSON 打印到标准输出（此时摘要写到标准错误）。`,
    en: `Usage:
  township-tiers classify INPUT.xlsx [--sheet NAME] [--out OUTPUT.xlsx] [--rules RULES.json]
                          [--json FILE|-] [--lang zh|en] [--in-place]
  township-tiers rules        print the default rules (JSON)
  township-tiers --help | --version

The output defaults to INPUT.classified.xlsx; the input is rewritten only with --in-place.
--json - prints the result JSON to stdout (the summary then goes to stderr).`,
  },
  "arg.unknownCommand": {
    zh: "未知命令 {value}（可用：classify、rules）",
    en: "unknown command {value} (use classify or rules)",
  },
  "arg.unknownOption": { zh: "未知选项 {value}", en: "unknown option {value}" },
  "arg.missingValue": { zh: "选项 {value} 缺少取值", en: "option {value} needs a value" },
  "arg.missingInput": {
    zh: "缺少输入文件（township-tiers classify 输入.xlsx）",
    en: "missing the input file (township-tiers classify INPUT.xlsx)",
  },
  "arg.extra": { zh: "多余的参数 {value}", en: "unexpected argument {value}" },
  "arg.badLang": { zh: "--lang 只能是 zh 或 en，而不是 {value}", en: "--lang must be zh or en, not {value}" },
  "arg.inPlaceOut": { zh: "--in-place 与 --out 不能同时使用", en: "--in-place and --out cannot be used together" },
  "error.readFile": { zh: "无法读取文件 {file}：{reason}", en: "cannot read {file}: {reason}" },
  "error.notXlsx": { zh: "{file} 不是有效的 .xlsx 工作簿", en: "{file} is not a valid .xlsx workbook" },
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
    en: 'Sheet "{sheet}" (header in row {row}): {rows} townships classified, {skipped} rows skipped',
  },
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
} as const;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

export function m(lang: Lang, key: CliMessageKey, params: Record<string, string | number> = {}): string {
  return CLI_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (all, name: string) =>
    name in params ? String(params[name]) : all,
  );
}
