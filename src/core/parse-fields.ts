// Tier, target and yes/no cells (SPEC §3). Results are cached per text: these columns repeat a few words.

import { compactText } from "./text";
import type { CellValue, Tier } from "./types";

/** A tier, "blank", or null when the cell is not a tier at all. */
export type TierRead = Tier | "blank" | null;
export type FlagRead = boolean | "blank" | null;

const TIER_WORDS: Record<string, Tier> = Object.create(null);
function words(tier: Tier, list: string[]): void {
  for (const w of list) TIER_WORDS[w] = tier;
}
words(1, ["一类", "一類", "一", "1", "1类", "1類", "i", "tier1", "第一类", "第一類"]);
words(2, ["二类", "二類", "二", "2", "2类", "2類", "ii", "tier2", "第二类", "第二類"]);
words(3, ["三类", "三類", "三", "3", "3类", "3類", "iii", "tier3", "第三类", "第三類", "未达标", "未達標"]);

// 一类乡镇, 一類鄉鎮, 一类地区, 一类单位 all name the tier.
const TIER_SUFFIX = /(乡镇|鄉鎮|地区|地區|单位|單位)$/;

function tierWord(s: string): Tier | null {
  const direct = TIER_WORDS[s];
  if (direct !== undefined) return direct;
  const bare = TIER_WORDS[s.replace(TIER_SUFFIX, "")];
  return bare !== undefined ? bare : null;
}

function numberTier(v: number): TierRead {
  return v === 1 || v === 2 || v === 3 ? v : null;
}

const tierCache: Record<string, TierRead> = Object.create(null);
const targetCache: Record<string, TierRead> = Object.create(null);
const flagCache: Record<string, FlagRead> = Object.create(null);

function cached<T>(cache: Record<string, T>, raw: string, read: (s: string) => T): T {
  const value = read(compactText(raw));
  cache[raw] = value;
  return value;
}

const readTierText = (s: string): TierRead => (s === "" ? "blank" : tierWord(s));

// Each parser looks in its cache before calling cached(): a hit is one lookup, nothing allocated.
export function parseTier(raw: CellValue | undefined): TierRead {
  if (raw === null || raw === undefined) return "blank";
  if (typeof raw === "number") return numberTier(raw);
  if (typeof raw !== "string") return null;
  const hit = tierCache[raw];
  return hit !== undefined ? hit : cached(tierCache, raw, readTierText);
}

// 进一类 / 進一類 / 二类进一类 / 保持一类 / 力争一类: the tier after the last 进, or after a verb of intent.
const TARGET_PREFIX = /^(保持|保|确保|確保|力争|力爭|争创|爭創|创建|創建|创|創|升)/;
function targetWord(s: string): Tier | null {
  const last = Math.max(s.lastIndexOf("进"), s.lastIndexOf("進"));
  if (last >= 0) return tierWord(s.slice(last + 1));
  return tierWord(s.replace(TARGET_PREFIX, ""));
}

const readTargetText = (s: string): TierRead => (s === "" ? "blank" : targetWord(s));

export function parseTarget(raw: CellValue | undefined): TierRead {
  if (raw === null || raw === undefined) return "blank";
  if (typeof raw === "number") return numberTier(raw);
  if (typeof raw !== "string") return null;
  const hit = targetCache[raw];
  return hit !== undefined ? hit : cached(targetCache, raw, readTargetText);
}

const YES = ["是", "y", "yes", "true", "1", "√", "✓", "✔", "对", "對", "有"];
const NO = ["否", "n", "no", "false", "0", "×", "✗", "✘", "错", "錯", "无", "無"];

function flagWord(s: string): FlagRead {
  if (s === "") return "blank";
  if (YES.indexOf(s) >= 0) return true;
  if (NO.indexOf(s) >= 0) return false;
  return null;
}

export function parseFlag(raw: CellValue | undefined): FlagRead {
  if (raw === null || raw === undefined) return "blank";
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "number") return raw === 1 ? true : raw === 0 ? false : null;
  if (typeof raw !== "string") return null;
  const hit = flagCache[raw];
  return hit !== undefined ? hit : cached(flagCache, raw, flagWord);
}
