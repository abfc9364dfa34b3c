// One place that turns anything thrown during a run in WPS into the failure report the user reads.
import { SheetError, TiersError } from "../core";
import type { Lang, MissingColumns } from "../core";
import { wt, WpsMessageKey } from "./messages";

export interface WpsFailure {
  ok: false;
  code: string;
  message: string; // in the user's language
  /** Code "missing-columns": what is missing and the sheet's headers to pick from. */
  columns?: MissingColumns;
}

/** A stop the adapter itself decides (protected, empty sheet, one of the product's sheets …). */
export class WpsError extends Error {
  readonly code: string;
  readonly key: WpsMessageKey;
  readonly params: Record<string, string | number>;
  constructor(code: string, key: WpsMessageKey, params: Record<string, string | number> = {}) {
    super(code);
    this.name = "WpsError";
    this.code = code;
    this.key = key;
    this.params = params;
    Object.setPrototypeOf(this, new.target.prototype); // instanceof under the ES5 build
  }
}

/** ET's exceptions carry no stable code; their text goes to the console and, shortened, into the message. */
function detailOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const line = text.split("\n")[0];
  return line.length > 120 ? line.slice(0, 117) + "…" : line;
}

export function toFailure(e: unknown, lang: Lang): WpsFailure {
  if (e instanceof WpsError) return { ok: false, code: e.code, message: wt(lang, e.key, e.params) };
  if (e instanceof SheetError && e.columns) return { ok: false, code: e.code, message: e.message, columns: e.columns };
  if (e instanceof TiersError) return { ok: false, code: e.code, message: e.message };
  console.error("township-tiers: WPS run failed", e);
  return { ok: false, code: "wps", message: wt(lang, "failed", { detail: detailOf(e) }) };
}
