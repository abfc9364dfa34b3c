// The texts of the year's documents (issue 15): the review draw, the list for the city, the public
// notice, the payment sheet, and last year's tiers. zh and en side by side, as in messages.ts.

import type { Lang } from "./types";

const YEAR_MESSAGES = {
  // A step that cannot run yet
  "doc.notClassified": {
    zh: "工作表“{sheet}”还没有分类结果（达到类别、完成情况等结果列），请先分类",
    en: 'Sheet "{sheet}" has no classification results yet (the Tier, Status … columns): classify it first',
  },
  "doc.noClassifiedRows": {
    zh: "工作表“{sheet}”没有得到类别的乡镇，无法生成{document}",
    en: 'No township of sheet "{sheet}" has a tier: the {document} cannot be made',
  },
  "doc.staleResults": {
    zh: "工作表“{sheet}”的分类结果不是最新的（{cell} 与当前数据不符），请重新分类后再生成{document}",
    en: 'The results on sheet "{sheet}" are out of date ({cell} does not match the data): classify again, then make the {document}',
  },
  "doc.noVerified": {
    zh: "工作表“{sheet}”没有“市级验收”列：市级验收后才能生成公示",
    en: 'Sheet "{sheet}" has no Verified (市级验收) column: the public notice comes after the city\'s verification',
  },
  "doc.badSeed": {
    zh: "随机种子应为 0 到 4294967295 之间的整数：{value}",
    en: "The seed must be a whole number from 0 to 4294967295: {value}",
  },

  // Document names (in messages) and common cells
  "doc.review": { zh: "抽样名单", en: "review draw" },
  "doc.recommend": { zh: "推荐名单", en: "list for the city" },
  "doc.notice": { zh: "公示", en: "public notice" },
  "doc.payments": { zh: "奖惩明细", en: "payment sheet" },
  "doc.no": { zh: "序号", en: "No." },
  "doc.township": { zh: "乡镇（单位）", en: "Township" },
  "doc.row": { zh: "所在行", en: "Sheet row" },
  "doc.prior": { zh: "上年类别", en: "Prior tier" },
  "doc.target": { zh: "进位目标", en: "Target" },
  "doc.tier": { zh: "达到类别", en: "Tier" },
  "doc.status": { zh: "完成情况", en: "Status" },
  "doc.yearTitle": { zh: "{year}年度", en: "{year} " },
  "doc.blankYear": { zh: "______年度", en: "______ " },
  "doc.sourceSheet": { zh: "依据工作表：{sheet}", en: "From sheet: {sheet}" },
  "doc.office": { zh: "报送单位：____________________（盖章）", en: "Issued by: ____________________ (seal)" },
  "doc.date": { zh: "日期：______年____月____日", en: "Date: ____________________" },
  "doc.count": { zh: "共 {n} 个乡镇（单位）", en: "{n} townships" },
  "doc.none": { zh: "（无）", en: "(none)" },

  // 抽样名单
  "draw.title": { zh: "{sheet} 区级审核抽样调查名单", en: "District review: townships surveyed, {sheet}" },
  "draw.drawnAt": { zh: "抽取时间", en: "Drawn at" },
  "draw.seed": { zh: "随机种子", en: "Seed" },
  "draw.coverage": {
    zh: "覆盖面要求：不少于 {share}，即 {total} 个乡镇中至少 {required} 个",
    en: "Coverage required: at least {share}, i.e. {required} of {total} townships",
  },
  "draw.result": {
    zh: "名单：申报进位 {claimants} 个，随机抽取 {drawn} 个，共 {listed} 个，覆盖 {covered}",
    en: "Listed: {claimants} claiming advancement, {drawn} drawn at random, {listed} in all, covering {covered}",
  },
  "draw.method": { zh: "抽取方法（可据此复核）：", en: "Method (anyone can redraw and check):" },
  "draw.step1": {
    zh: "1. 申报进位的乡镇（本年达到类别高于上年类别）全部列入。",
    en: "1. Every township claiming to advance (this year's tier above its prior tier) is listed.",
  },
  "draw.step2": {
    zh: "2. 其余乡镇按工作表中的先后顺序编号 1…n。",
    en: "2. The other townships are numbered 1…n in sheet order.",
  },
  "draw.step3": {
    zh: "3. 随机数发生器 mulberry32，种子为上列随机种子；每个随机数 u 在 [0, 1) 之间。",
    en: "3. Random numbers u in [0, 1) come from mulberry32 seeded with the seed above.",
  },
  "draw.step4": {
    zh: "4. 洗牌（Fisher–Yates）：i 从 n 递减到 2，取 j = 1 + ⌊u × i⌋，交换第 i 个与第 j 个。",
    en: "4. Shuffle (Fisher–Yates): for i from n down to 2, take j = 1 + floor(u × i) and swap items i and j.",
  },
  "draw.step5": {
    zh: "5. 洗牌后的前 {need} 个乡镇列入（抽取顺序 1…{need}），使总数达到 {required} 个。",
    en: "5. The first {need} townships of the shuffled order are listed (draw order 1…{need}), bringing the list to {required}.",
  },
  "draw.reason": { zh: "列入原因", en: "Why listed" },
  "draw.order": { zh: "抽取顺序", en: "Draw order" },
  "draw.claimant": { zh: "申报进位", en: "Claims to advance" },
  "draw.drawn": { zh: "随机抽取", en: "Drawn at random" },

  // 推荐名单
  "recommend.title": {
    zh: "{year}乡镇人口和计划生育工作进位争先推荐名单",
    en: "Townships recommended to the city, {year}population and family planning",
  },
  "recommend.basis": {
    zh: "经乡镇申报、区级审核，以下乡镇达到年度进位争先目标，现向市级推荐。",
    en: "After the townships' reports and the district's review, these townships meet their targets and are recommended to the city.",
  },

  // 公示
  "notice.title": {
    zh: "{year}乡镇人口和计划生育工作进位争先结果公示",
    en: "Public notice: {year}township advancement results",
  },
  "notice.text": {
    zh: "经乡镇申报、区级审核和市级验收，以下 {n} 个乡镇（单位）达到{year}进位争先目标，现予公示。公示期间，任何单位和个人如有异议，请向区人口和计划生育工作领导小组办公室反映；对发现弄虚作假的乡镇，将视具体情况推迟或取消其进位资格。",
    en: "After the townships' reports, the district's review and the city's verification, the {n} townships below met their {year}advancement targets. Anyone who objects may tell the district's population and family planning office during the notice period; a township found to have falsified its data may have its advancement postponed or cancelled.",
  },
  "notice.change": { zh: "类别情况", en: "Result" },
  "notice.advanced": { zh: "由{from}进{to}", en: "Advanced from {from} to {to}" },
  "notice.kept": { zh: "保持{tier}", en: "Kept {tier}" },
  "notice.period": {
    zh: "公示期：______年____月____日至______年____月____日",
    en: "Notice period: from ____________ to ____________",
  },
  "notice.contact": {
    zh: "联系人：____________　联系电话：____________",
    en: "Contact: ____________  Telephone: ____________",
  },
  "notice.issuer": {
    zh: "区人口和计划生育工作领导小组办公室（盖章）",
    en: "District population and family planning office (seal)",
  },

  // 奖惩明细
  "pay.title": { zh: "{year}乡镇进位争先奖惩明细", en: "Rewards and fines, {year}by responsible person" },
  "pay.unit": { zh: "单位：元（奖励为正数，罚款为负数）", en: "Yuan (rewards positive, fines negative)" },
  "pay.role": { zh: "职务", en: "Role" },
  "pay.name": { zh: "姓名", en: "Name" },
  "pay.amount": { zh: "金额（元）", en: "Amount (yuan)" },
  "pay.signature": { zh: "签字", en: "Signature" },
  "pay.subtotal": { zh: "{township} 小计", en: "{township} total" },
  "pay.rewards": { zh: "奖励合计", en: "Total rewards" },
  "pay.fines": { zh: "罚款合计", en: "Total fines" },
  "pay.total": { zh: "总计", en: "Net total" },
  "pay.left": {
    zh: "未列入（金额为 0 或无金额）：{list}",
    en: "Not listed (no money or none due): {list}",
  },
  "pay.leftItem": { zh: "{status} {n} 个", en: "{status} {n}" },

  // Last year's tiers
  "prior.noResults": {
    zh: "工作表“{sheet}”中找不到上年的分类结果（需要乡镇列和“达到类别”“完成情况”列）",
    en: 'Sheet "{sheet}" holds no classified results of last year (a township column and the Tier and Status columns)',
  },
  "prior.summary": {
    zh: "上年结果：工作表“{sheet}”，{matched} 个乡镇已对应",
    en: 'Last year\'s results: sheet "{sheet}", {matched} townships matched',
  },
  "prior.normalised": {
    zh: "以下名称经规范化（全角/空格/繁简）后对应：{list}",
    en: "Matched only after normalising (full-width forms, spaces, traditional/simplified): {list}",
  },
  "prior.pair": {
    zh: "{cell}“{name}” = 上年 {lastCell}“{lastName}”",
    en: '{cell} "{name}" = last year {lastCell} "{lastName}"',
  },
  "prior.differs": {
    zh: "上年类别与上年结果不同，以本表为准：{list}",
    en: "Prior tier differs from last year's result; the sheet's cell is used: {list}",
  },
  "prior.diff": {
    zh: "{cell}“{name}”本表为{sheet}，上年结果为{last}",
    en: '{cell} "{name}": {sheet} here, {last} last year',
  },
  "prior.unconfirmed": {
    zh: "上年为{status}，进位未经确认，带入{tier}（上年结果与上年类别中较低者）：{list}",
    en: "Last year {status}: advancement not confirmed, so {tier} carried (the lower of last year's tier and prior tier): {list}",
  },
  "prior.invalid": {
    zh: "上年为数据有误，没有类别可带入（空白按三类）：{list}",
    en: "Last year Invalid data: no tier to carry (a blank prior tier counts as tier 3): {list}",
  },
  "prior.unmatched": { zh: "本表未对应到上年结果的乡镇：{list}", en: "Townships with no result last year: {list}" },
  "prior.unmatchedLast": {
    zh: "上年结果中未对应到本表的乡镇：{list}",
    en: "Last year's townships not found in this sheet: {list}",
  },
  "prior.duplicate": {
    zh: "名称重复，无法确定，未对应：{list}",
    en: "Names that appear twice, not matched: {list}",
  },
  "priorSheet.title": { zh: "上年类别对照", en: "Prior tiers from last year" },
  "priorSheet.thisSheet": { zh: "本年工作表", en: "This year's sheet" },
  "priorSheet.lastSheet": { zh: "上年工作表", en: "Last year's sheet" },
  "priorSheet.township": { zh: "乡镇", en: "Township" },
  "priorSheet.row": { zh: "所在行", en: "Sheet row" },
  "priorSheet.lastTownship": { zh: "上年名称", en: "Last year's name" },
  "priorSheet.lastCell": { zh: "上年位置", en: "Last year's cell" },
  "priorSheet.lastTier": { zh: "上年达到类别", en: "Last year's tier" },
  "priorSheet.lastStatus": { zh: "上年完成情况", en: "Last year's status" },
  "priorSheet.carried": { zh: "沿用为上年类别", en: "Carried as prior tier" },
  "priorSheet.none": { zh: "不沿用", en: "none" },
  "prior.name": { zh: "{cell}“{name}”", en: '{cell} "{name}"' },
  "prior.lastName": { zh: "上年 {cell}“{name}”", en: 'last year {cell} "{name}"' },
};

export type YearMessageKey = keyof typeof YEAR_MESSAGES;

/** A text of the year's documents with its {placeholders} filled. */
export function yt(lang: Lang, key: YearMessageKey, params?: Record<string, string | number>): string {
  const template = YEAR_MESSAGES[key][lang];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A list in a message: 、 in Chinese, commas in English. */
export function listText(lang: Lang, items: string[]): string {
  return items.join(lang === "zh" ? "、" : ", ");
}
