// The one error the .xlsx layer throws. `code` is stable; front ends turn it into a message in their language.

export type XlsxErrorCode = "not-xlsx" | "unknown-sheet" | "not-worksheet" | "bad-part";

export class XlsxError extends Error {
  readonly code: XlsxErrorCode;
  /** What the code is about: a sheet name or a part path. */
  readonly detail: string;

  constructor(code: XlsxErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = "XlsxError";
    this.code = code;
    this.detail = detail;
  }
}
