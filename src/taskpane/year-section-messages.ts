// The texts of the pane's 考核年度 section, zh and en side by side. Apart from the pane's own table
// (messages.ts) because the section is loaded only when opened (year-section.ts). The documents' own
// texts and the reasons a step cannot run come from the core.

import type { Lang } from "../core/types";
import { fill } from "./messages";

// English counts stand after a label, as in messages.ts.
const YEAR = {
  hint: {
    zh: "一年的后续工作，每步一个按钮，都针对上面选的工作表。生成的表只有数值，再点一次即整表重新生成，不改动您的数据。",
    en: "The rest of the year, one button per step, each for the sheet picked above. The sheets made hold values only and are made anew on each click; your data is not changed.",
  },
  priorHeading: { zh: "1. 上年类别", en: "1. Prior tiers" },
  priorHint: {
    zh: "从上年已分类的工作表按乡镇名称带入上年类别（本表已填的上年类别优先），然后分类，并记入“上年对照”表。",
    en: "Takes each township's prior tier from last year's classified sheet by name (a prior tier the sheet has wins), classifies, and records it in the 上年对照 sheet.",
  },
  lastLabel: { zh: "上年的分类结果表", en: "Last year's classified sheet" },
  lastNone: { zh: "（请选择）", en: "(pick one)" },
  prior: { zh: "带入上年类别并分类", en: "Use last year's tiers and classify" },
  pickLast: { zh: "请先选择上年的分类结果表。", en: "Pick last year's classified sheet first." },
  reportHeading: { zh: "上年类别对照", en: "Prior tiers from last year" },
  reviewHeading: { zh: "2. 抽样名单", en: "2. Review draw" },
  seedLabel: { zh: "随机种子（可不填：用当前时间）", en: "Seed (optional: the current time)" },
  review: { zh: "生成抽样名单", en: "Make the review draw" },
  docsHeading: { zh: "3. 推荐、公示、奖惩", en: "3. Recommend, notice, payments" },
  recommend: { zh: "生成推荐名单", en: "Make the list for the city" },
  notice: { zh: "生成公示", en: "Make the public notice" },
  payments: { zh: "生成奖惩明细", en: "Make the payment sheet" },
  made: {
    zh: "已生成“{sheet}”表（依据“{source}”，共 {count} 个乡镇）。",
    en: 'Made the {sheet} sheet from "{source}". Townships listed: {count}.',
  },
  madeReview: {
    zh: "已生成“{sheet}”表（依据“{source}”，共 {count} 个乡镇，随机种子 {seed}）。",
    en: 'Made the {sheet} sheet from "{source}". Townships listed: {count}; seed: {seed}.',
  },
};

export type YearKey = keyof typeof YEAR;

export function yp(lang: Lang, key: YearKey, params?: Record<string, string | number>): string {
  return fill(YEAR[key][lang], params);
}
