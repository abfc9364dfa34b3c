// The only exceptions the core throws: for what stops a whole run. Bad cells are values, not errors.

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

/** A sheet that cannot be classified (no header row, required columns missing). */
export class SheetError extends TiersError {
  readonly sheet: string;

  constructor(code: string, message: string, sheet: string) {
    super(code, message);
    this.name = "SheetError";
    this.sheet = sheet;
  }
}
