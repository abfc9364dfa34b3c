// One place that turns anything thrown during a run into the failure report the user reads.
import { SheetError, TiersError } from "../core/errors";
import type { MissingColumns } from "../core/errors";
import type { Lang } from "../core/types";
import { ExcelMessageKey, hasExcelMessage, LangText, msg } from "./messages";

export interface AddinFailure {
  ok: false;
  code: string;
  message: string; // in the user's language
  /** Code "missing-columns": what is missing and the sheet's headers to pick from (the pane offers them). */
  columns?: MissingColumns;
}

/** A stop the adapter itself decides (protected, empty sheet, busy …). */
export class AdapterError extends Error {
  readonly code: string;
  readonly key: ExcelMessageKey;
  readonly params: Record<string, string | number>;
  constructor(code: string, key: ExcelMessageKey, params: Record<string, string | number> = {}) {
    super(code);
    this.name = "AdapterError";
    this.code = code;
    this.key = key;
    this.params = params;
    Object.setPrototypeOf(this, new.target.prototype); // instanceof under the ES5 build
  }
}

/** Excel's errors carry a stable `code`; their `message` is localized by Excel and not for users. */
export function excelErrorCode(e: unknown): string | null {
  if (e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return null;
}

export function failure(code: string, message: string): AddinFailure {
  return { ok: false, code, message };
}

/**
 * `left`, for an action that may write (session.ts): what Excel's failure left, added to its message —
 * nothing, or what may be half written (Excel applies a batch up to the operation that fails; a dropped
 * connection says nothing at all).
 */
export function toFailure(e: unknown, lang: Lang, left?: LangText): AddinFailure {
  if (e instanceof AdapterError) return failure(e.code, msg(lang, e.key, e.params));
  if (e instanceof SheetError && e.columns) return { ok: false, code: e.code, message: e.message, columns: e.columns };
  if (e instanceof TiersError) return failure(e.code, e.message);
  const code = excelErrorCode(e);
  console.error("township-tiers: Excel action failed", e, (e as { debugInfo?: unknown } | null)?.debugInfo);
  const key = `excel.${code}`;
  const text =
    code === null ? msg(lang, "unexpected") : msg(lang, hasExcelMessage(key) ? key : "excel.other", { code });
  const after = left ? (lang === "zh" ? "" : " ") + left[lang] : "";
  return failure(code === null ? "unexpected" : code, text + after);
}
