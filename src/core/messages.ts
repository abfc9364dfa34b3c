// Every user-facing text of the core, zh and en side by side so they never drift.
// Placeholders are {name}; t() fills them.

import type { Lang } from "./types";

const MESSAGES = {
  // Tier and status labels
  tier1: { zh: "一类", en: "Tier 1" },
  tier2: { zh: "二类", en: "Tier 2" },
  tier3: { zh: "三类", en: "Tier 3" },
  noTier: { zh: "无类别", en: "No tier" },
  "status.ahead": { zh: "提前完成", en: "Ahead" },
  "status.met": { zh: "达标", en: "Met" },
  "status.failed": { zh: "未完成", en: "Failed" },
  "status.dropped": { zh: "退位", en: "Dropped" },
  "status.pending": { zh: "待验收", en: "Pending verification" },
  "status.vetoed": { zh: "一票否决", en: "Vetoed" },
  "status.disqualified": { zh: "取消资格", en: "Disqualified" },
  "status.no-target": { zh: "无目标", en: "No target" },
  "status.invalid": { zh: "数据有误", en: "Invalid data" },

  // Result column headers (roles come from the rules; these are their English names)
  "header.tier": { zh: "达到类别", en: "Tier" },
  "header.status": { zh: "完成情况", en: "Status" },
  "header.amount": { zh: "奖惩金额", en: "Amount (yuan)" },
  "header.reasons": { zh: "未达标指标/说明", en: "Reasons" },
  "role.1": { zh: "党委书记", en: "Party secretary" },
  "role.2": { zh: "乡镇长", en: "Township head" },
  "role.3": { zh: "分管领导", en: "Deputy in charge" },
  "role.4": { zh: "计生专干", en: "Family-planning officer" },

  // English names of the default indicator labels
  "indicator.plannedBirthRate": { zh: "计划生育率", en: "Planned birth rate" },
  "indicator.contraceptiveRate": { zh: "期内综合避孕率", en: "Contraceptive rate" },
  "indicator.sexRatio": { zh: "出生人口性别比", en: "Sex ratio at birth" },
  "indicator.fundingPerCapita": { zh: "人均计划生育事业费", en: "Funding per capita" },
  "indicator.qualityServiceRate": { zh: "优质服务率", en: "Quality service rate" },
  "indicator.satisfactionRate": { zh: "群众满意率", en: "Satisfaction rate" },
  "indicator.rewardPaymentRate": { zh: "独生子女奖励金兑现率", en: "Reward payment rate" },

  // Cell issues
  "issue.missing": { zh: "{cell}：{column} 为空", en: "{cell}: {column} is empty" },
  "issue.uncalculated": {
    zh: "{cell}：{column} 是公式 {formula}，但文件里没有它的计算结果（文件未经 Excel 或 WPS 计算）；请在 Excel 或 WPS 中打开并保存该文件后再分类",
    en: "{cell}: {column} is the formula {formula} with no calculated result in the file (Excel or WPS never calculated it); open and save the file in Excel or WPS, then classify again",
  },
  "issue.sharedFormula": { zh: "（共享公式）", en: "(a shared formula)" },
  "issue.not-a-number": { zh: '{cell}：{column} "{raw}" 不是数字', en: '{cell}: {column} "{raw}" is not a number' },
  "issue.error-value": { zh: "{cell}：{column} 是错误值 {raw}", en: "{cell}: {column} holds the error {raw}" },
  "issue.boolean": {
    zh: "{cell}：{column} 是逻辑值 {raw}，不是数字",
    en: "{cell}: {column} is the logical value {raw}, not a number",
  },
  "issue.out-of-range": {
    zh: "{cell}：{column} {raw} 超出范围 {min}–{max}",
    en: "{cell}: {column} {raw} is outside {min}–{max}",
  },
  "issue.below-min": { zh: "{cell}：{column} {raw} 不能小于 {min}", en: "{cell}: {column} {raw} is below {min}" },
  "issue.bad-tier": {
    zh: '{cell}：{column} "{raw}" 不是类别（一类/二类/三类）',
    en: '{cell}: {column} "{raw}" is not a tier (一类/二类/三类, 1/2/3)',
  },
  "issue.bad-target": {
    zh: '{cell}：{column} "{raw}" 不是进位目标（如 进一类、保持一类）',
    en: '{cell}: {column} "{raw}" is not a target tier (e.g. 进一类, 保持一类, 1)',
  },
  "issue.bad-flag": {
    zh: '{cell}：{column} "{raw}" 应为 是 或 否',
    en: '{cell}: {column} "{raw}" should be yes or no',
  },

  // Reasons (bounds that block the next tier up) and status notes
  "reason.gte": {
    zh: "{label} {value} < {bound}（{tier}）差 {gap}",
    en: "{label} {value} < {bound} ({tier}), short by {gap}",
  },
  "reason.lte": {
    zh: "{label} {value} > {bound}（{tier}）超 {gap}",
    en: "{label} {value} > {bound} ({tier}), over by {gap}",
  },
  "reason.tierName1": { zh: "一类", en: "tier 1" },
  "reason.tierName2": { zh: "二类", en: "tier 2" },
  "sanction.dropped": {
    zh: "取消当年评先评优资格；分管领导和计生专干当年不予提拔",
    en: "No honours this year; the deputy in charge and the family-planning officer are not promoted this year",
  },
  "sanction.failed": {
    zh: "取消当年评先评优资格；通报批评、诫勉谈话",
    en: "No honours this year; public criticism and an admonitory talk",
  },
  "note.falsified": { zh: "弄虚作假：取消进位资格", en: "Falsified data: advancement not credited" },
  "note.vetoed": { zh: "一票否决：不得奖励", en: "Veto: no reward" },
  "note.pending": { zh: "待市级验收确认", en: "Awaiting city verification" },
  "skip.totals": { zh: '合计行（"{text}"），不参与分类', en: 'totals row ("{text}"), not classified' },
  "skip.note": { zh: "说明行，不参与分类", en: "note row, not classified" },
  "skip.units": { zh: "计量单位行，不参与分类", en: "units row, not classified" },

  // Notices about the whole run
  "notice.fractions": {
    zh: "{column} 列的数值都在 0–1 之间，按小数读取（0.985 = 98.5%）",
    en: "All values in column {column} lie between 0 and 1 and were read as fractions (0.985 = 98.5%)",
  },
  "notice.duplicateHeader": {
    zh: "{cell}：{column} 与 {first} 重复，使用 {first}",
    en: "{cell}: {column} duplicates {first}; {first} is used",
  },
  "notice.ruleHeader": {
    zh: "{cell}“{column}”按表头规则识别为{name}",
    en: '{cell} "{column}" was taken as {name} by the header rule',
  },
  "notice.ambiguousHeader": {
    zh: "{cells}可能是{names}，无法确定，未采用",
    en: "{cells} could be {names}; not used",
  },
  "notice.ambiguousColumns": {
    zh: "{cells}都可能是{names}，无法确定，均未采用",
    en: "{cells} could each be {names}; none used",
  },
  "header.quoted": { zh: "{cell}“{column}”", en: '{cell} "{column}"' },
  "notice.resultsMoved": {
    zh: "原有结果列位置不完整或被占用，结果写在 {cell} 起的新列",
    en: "The existing result columns are incomplete or blocked; results were written to new columns from {cell}",
  },

  // Errors that stop a run
  "column.township": { zh: "乡镇", en: "Township" },
  "column.year": { zh: "年度", en: "Year" },
  "column.priorTier": { zh: "上年类别", en: "Prior tier" },
  "column.targetTier": { zh: "进位目标", en: "Target tier" },
  "column.verified": { zh: "市级验收", en: "Verified" },
  "column.veto": { zh: "一票否决", en: "Veto" },
  "column.falsified": { zh: "弄虚作假", en: "Falsified" },
  "error.noHeader": {
    zh: "工作表“{sheet}”前 20 行中找不到表头（至少 3 个可识别的列名）",
    en: 'No header found in the first 20 rows of sheet "{sheet}" (at least 3 known column names)',
  },
  "error.missingColumns": {
    zh: "工作表“{sheet}”缺少必需的列：{columns}",
    en: 'Sheet "{sheet}" lacks required columns: {columns}',
  },
  "error.unclearHeaders": {
    zh: "无法确定的表头：{cells}",
    en: "headers that could not be told apart: {cells}",
  },
  "error.unknownHeaders": {
    zh: "未识别的表头：{cells}",
    en: "headers not recognised: {cells}",
  },
  "error.rules": { zh: "规则有误：{field}：{problem}", en: "Invalid rules: {field}: {problem}" },
  "error.rulesCell": { zh: "{cell}：{problem}", en: "{cell}: {problem}" },

  // Rule problems
  "rule.notObject": { zh: "应为对象", en: "must be an object" },
  "rule.notArray": { zh: "应为列表", en: "must be a list" },
  "rule.unknownField": { zh: "未知字段", en: "unknown field" },
  "rule.unknownKey": { zh: "未知指标 {value}", en: "unknown indicator {value}" },
  "rule.duplicateKey": { zh: "指标 {value} 重复", en: "indicator {value} appears twice" },
  "rule.missingKey": { zh: "缺少指标 {value}", en: "indicator {value} is missing" },
  "rule.notNumber": { zh: "应为数字", en: "must be a number" },
  "rule.notText": { zh: "应为非空文字", en: "must be non-empty text" },
  "rule.badOp": { zh: "比较方式应为 ≥ 或 ≤", en: "comparison must be ≥ or ≤" },
  "rule.looser": { zh: "一类标准不能比二类宽松", en: "tier 1 must not be looser than tier 2" },
  "rule.minMax": { zh: "最小值必须小于最大值", en: "min must be less than max" },
  "rule.outOfRange": { zh: "标准超出取值范围 {min}–{max}", en: "bound is outside {min}–{max}" },
  "rule.ratio": { zh: "分配比例应为 4 个正数", en: "the split ratio must be four positive numbers" },
  "rule.roles": { zh: "责任人应为 4 个非空名称", en: "the roles must be four non-empty names" },
  "rule.whole": { zh: "金额应为整数（元）", en: "amounts must be whole yuan" },
  "rule.rewardSign": { zh: "奖励金额不能为负数", en: "a reward must not be negative" },
  "rule.fineSign": { zh: "罚款金额应为负数或 0", en: "a fine must be negative or 0" },
  "rule.missingRow": { zh: "缺少 {value} 行", en: "the row {value} is missing" },

  // The 规则 sheet
  "rs.key": { zh: "键", en: "Key" },
  "rs.indicator": { zh: "指标", en: "Indicator" },
  "rs.op": { zh: "比较", en: "Comparison" },
  "rs.tier1": { zh: "一类标准", en: "Tier 1 bound" },
  "rs.tier2": { zh: "二类标准", en: "Tier 2 bound" },
  "rs.min": { zh: "最小值", en: "Min" },
  "rs.max": { zh: "最大值", en: "Max" },
  "rs.unit": { zh: "单位", en: "Unit" },
  "rs.header": { zh: "表头名称", en: "Header in the sheet" },
  "rs.status": { zh: "完成情况", en: "Status" },
  "rs.amount": { zh: "金额（元）", en: "Amount (yuan)" },
  "rs.role": { zh: "责任人", en: "Responsible person" },
  "rs.ratio": { zh: "分配比例", en: "Share ratio" },
  "rs.note": {
    zh: "说明：修改 C–H 列的数值即可调整规则（≥ 表示“以上”，≤ 表示“以内”，均含本数；最大值留空表示不设上限）。表中某指标的列名无法识别时，在 I 列“表头名称”填写该列的表头。A 列的键不要改动。",
    en: "How to edit: change the values in columns C–H (≥ means at least, ≤ means at most, both inclusive; an empty max means no upper limit). Where the sheet names an indicator's column in a way that is not recognised, write that header in column I (Header in the sheet). Do not change the keys in column A.",
  },

  // The 分类汇总 sheet
  "sum.title": { zh: "乡镇分类汇总", en: "Township classification summary" },
  "sum.runAt": { zh: "运行时间", en: "Run at" },
  "sum.sheet": { zh: "工作表", en: "Sheet" },
  "sum.tier": { zh: "类别", en: "Tier" },
  "sum.count": { zh: "乡镇数", en: "Townships" },
  "sum.status": { zh: "完成情况", en: "Status" },
  "sum.skipped": { zh: "跳过的行（合计、说明）", en: "Rows skipped (totals, notes)" },
  "sum.rewards": { zh: "奖励合计（元）", en: "Total rewards (yuan)" },
  "sum.fines": { zh: "罚款合计（元）", en: "Total fines (yuan)" },
  "sum.rules": { zh: "使用的规则", en: "Rules used" },
  "sum.amounts": { zh: "奖惩金额（元）", en: "Amounts (yuan)" },
  "sum.ratio": { zh: "分配比例", en: "Split" },
  "sum.chart": { zh: "各类别乡镇数", en: "Townships per tier" },
  "sum.documents": { zh: "已生成的文书", en: "Documents made" },

  // Printed pages (Excel footer codes: &A the sheet's name, &P the page, &N the number of pages)
  "print.footer": { zh: "&A　第 &P 页，共 &N 页", en: "&A  page &P of &N" },

  // The district's review share (issue 15): the 规则 sheet's sampleShare row and its problem
  "rs.review": { zh: "区级审核", en: "District review" },
  "rs.share": { zh: "比例", en: "Share" },
  "rs.sampleShare": { zh: "抽样调查覆盖面（至少）", en: "Townships surveyed (at least)" },
  "rule.share": {
    zh: "抽样覆盖面应为大于 0、不超过 100% 的比例（如 50%）",
    en: "the review share must be above 0 and at most 100% (e.g. 50%)",
  },

  // 乡级申报 forms (issue 16): the form a township fills in, and collecting it back
  "form.title": {
    zh: "{year}年度乡镇人口和计划生育工作分类考核 乡级申报表",
    en: "{year} township family-planning assessment: township return",
  },
  "form.year": { zh: "年度", en: "Year" },
  "form.township": { zh: "乡镇", en: "Township" },
  "form.prior": { zh: "上年类别", en: "Prior tier" },
  "form.target": { zh: "进位目标", en: "Target tier" },
  "form.indicator": { zh: "指标", en: "Indicator" },
  "form.value": { zh: "本乡镇数值", en: "Value" },
  "form.unit": { zh: "单位", en: "Unit" },
  "form.range": { zh: "填写范围", en: "Allowed" },
  "form.filler": { zh: "填报人", en: "Filled in by" },
  "form.phone": { zh: "联系电话", en: "Phone" },
  "form.date": { zh: "日期", en: "Date" },
  "form.note": {
    zh: "说明：只需填写“本乡镇数值”一列和填报人、联系电话、日期，其余单元格已保护（无密码）。填好后保存，把本文件发回区人口计生办。",
    en: "Fill in the Value column and who, phone and date only; the rest is protected (no password). Save and send this file back to the district office.",
  },
  "form.between": { zh: "{min} 至 {max}", en: "{min} to {max}" },
  "form.atLeast": { zh: "不小于 {min}", en: "{min} or more" },
  "form.prompt": { zh: "请填写本乡镇{label}：{range}{unit}", en: "Enter the township's {label}: {range}{unit}" },
  "form.errorTitle": { zh: "数值不符合要求", en: "Value not allowed" },
  "form.error": { zh: "{label}应为数字，{range}", en: "{label} must be a number, {range}" },
  "form.issue.missing": { zh: "{cell}：{label} 未填写", en: "{cell}: {label} is not filled in" },
  "form.issue.blank": {
    zh: "{cells}：七项指标都未填写（空白申报表）",
    en: "{cells}: none of the seven indicators is filled in (a blank form)",
  },
  "form.issue.noLabel": {
    zh: "找不到“{label}”一行（表格结构被改动）",
    en: "no row labelled “{label}” (the form's layout was changed)",
  },
  "form.issue.notForm": {
    zh: "不是申报表（没有申报表标记，也找不到全部指标）",
    en: "not a township form (no form marker, and not every indicator is labelled in it)",
  },
  "form.issue.year": {
    zh: "是 {year} 年度的申报表，本次收的是 {expected} 年度",
    en: "is the form for {year}; this collection is for {expected}",
  },
  "form.issue.unknownTownship": {
    zh: "申报表上的乡镇“{township}”不在区表中",
    en: "the form's township “{township}” is not in the district sheet",
  },
  "form.issue.noTownship": {
    zh: "认不出是哪个乡镇的（没有标记，乡镇格为空，文件名里也没有乡镇名）",
    en: "cannot tell which township it is from (no marker, an empty township cell, no township in the file name)",
  },
  "form.issue.conflict": {
    zh: "{township} 收到内容不同的多份申报表：{files}",
    en: "{township} sent different forms: {files}",
  },
  "collect.recordsTitle": { zh: "乡级申报收表记录", en: "Township forms collected" },
  "collect.col.township": { zh: "乡镇", en: "Township" },
  "collect.col.file": { zh: "文件", en: "File" },
  "collect.col.filler": { zh: "填报人", en: "Filled in by" },
  "collect.col.phone": { zh: "联系电话", en: "Phone" },
  "collect.col.date": { zh: "填报日期", en: "Form date" },
  "collect.col.at": { zh: "收表时间", en: "Collected at" },
  "collect.col.cells": { zh: "写入单元格", en: "Cells written" },
};

export type MessageKey = keyof typeof MESSAGES;

export type MessageParams = Record<string, string | number>;

// A template split once into literal text (even indexes) and placeholder names (odd indexes):
// reasons are rendered for every row of 40,000-row sheets.
const PLACEHOLDER = /\{(\w+)\}/;
const compiled: Record<string, string[]> = Object.create(null);

function parts(lang: Lang, key: MessageKey): string[] {
  const id = lang + ":" + key;
  let p = compiled[id];
  if (!p) {
    p = MESSAGES[key][lang].split(PLACEHOLDER);
    compiled[id] = p;
  }
  return p;
}

export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  if (!params) return MESSAGES[key][lang];
  const p = parts(lang, key);
  let out = p[0];
  for (let i = 1; i < p.length; i += 2) {
    const name = p[i];
    out += (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : "{" + name + "}") + p[i + 1];
  }
  return out;
}

/** zh for any zh* language tag (zh-CN, zh-TW, zh-HK), else en. */
export function pickLang(displayLanguage: string | undefined): Lang {
  return displayLanguage !== undefined && displayLanguage.toLowerCase().indexOf("zh") === 0 ? "zh" : "en";
}
