// The only exceptions the core throws: for what stops a whole run. Bad cells are values, not errors.

import type { NamedCell } from "./headers";
import type { ColumnKey } from "./types";

export class TiersError extends Error {
  readonly code: string;
  readonly cell?: string;

  constructor(code: string, message: string, cell?: string) {
    super(message);
    this.name = "TiersError";
    this.code = code;
    if (cell !== undefined) this.cell = cell;
    // Keeps instanceof working when compiled to ES5 (IE11 build).
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Invalid rules. `field` is the rules path (e.g. `sexRatio.tier1`); `cell` is set when read from the 规则 sheet. */
export class RulesError extends TiersError {
  readonly field: string;

  constructor(code: string, message: string, field: string, cell?: string) {
    super(code, message, cell);
    this.name = "RulesError";
    this.field = field;
  }
}

/** What a front end needs to let the user name a missing column (code "missing-columns"). */
export interface MissingColumns {
  /** The required columns not found, in rules order (township first), with their names in messages. */
  missing: { key: ColumnKey; name: string }[];
  /** 1-based first row of the header block. */
  headerRow: number;
  /** The sheet's headers that were not recognised (or not with certainty), in column order: what to pick from. */
  headers: NamedCell[];
}

/** A sheet that cannot be classified (no header row, required columns missing). */
export class SheetError extends TiersError {
  readonly sheet: string;
  readonly columns?: MissingColumns;

  constructor(code: string, message: string, sheet: string, columns?: MissingColumns) {
    super(code, message);
    this.name = "SheetError";
    this.sheet = sheet;
    if (columns !== undefined) this.columns = columns;
  }
}
