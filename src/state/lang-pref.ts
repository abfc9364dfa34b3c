// Which language the add-in speaks: the user's manual choice if remembered, else Office's UI
// language. Shared by the ribbon command and the pane so both answer in the same language.

import { pickLang } from "../core/messages";
import type { Lang } from "../core/types";

const KEY = "township-tiers.lang";

/** localStorage can be missing or throw (IE11 in protected mode, storage disabled by policy). */
function storage(): Storage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch (_err) {
    return null;
  }
}

export function storedLang(): Lang | null {
  const s = storage();
  if (!s) return null;
  try {
    const value = s.getItem(KEY);
    return value === "zh" || value === "en" ? value : null;
  } catch (_err) {
    return null;
  }
}

export function storeLang(lang: Lang): void {
  const s = storage();
  if (!s) return;
  try {
    s.setItem(KEY, lang);
  } catch (_err) {
    // Quota or policy: the choice then lasts for this session only, which is acceptable.
  }
}

export function officeLang(): Lang {
  const ctx = typeof Office !== "undefined" ? Office.context : undefined;
  return pickLang(ctx ? ctx.displayLanguage : undefined);
}

export function currentLang(): Lang {
  return storedLang() || officeLang();
}

/** A remembered flag such as "the undo note was dismissed"; false when storage is unavailable. */
export function readFlag(name: string): boolean {
  const s = storage();
  try {
    return s ? s.getItem("township-tiers." + name) === "1" : false;
  } catch (_err) {
    return false;
  }
}

export function writeFlag(name: string): void {
  const s = storage();
  try {
    if (s) s.setItem("township-tiers." + name, "1");
  } catch (_err) {
    // Not remembered: the note shows again next time, which is harmless.
  }
}
