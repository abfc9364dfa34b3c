// A workbook file as the commands read it: by content, whatever its name says. .xlsx as it is; another
// spreadsheet format (.xls, .et, .ods, .xlsb) through LibreOffice when it is installed; anything else
// named in one line (empty, encrypted, CSV, …). classify, the year's steps, forms and collect share it.
import { readFileSync } from "fs";
import type { Lang } from "../core/types";
import { openWorkbook, XlsxError, XlsxWorkbook } from "../xlsx";
import { CliError, reasonOf } from "./errors";
import { sniffFormat } from "./file-format";
import type { OtherFormat } from "./file-format";
import { convertToXlsx, findSoffice } from "./libreoffice";
import { m } from "./messages";

export type Env = Record<string, string | undefined>;

/** A workbook's bytes as .xlsx, or the reason it cannot be had, as a CliError key and params. */
export type XlsxBytes = { bytes: Uint8Array; converted?: OtherFormat } | { failed: CliError };

/** in.xls, in.et, in.ods (or an .xls named in.xlsx) → in.classified.xlsx. */
export function convertedOutput(input: string): string {
  return input.replace(/\.[^./\\]*$/, "") + ".classified.xlsx";
}

/**
 * Any file as .xlsx bytes. `inPlace`: the result is to be written back into the file, which a converted
 * format cannot be; that is refused before LibreOffice runs.
 */
export function xlsxBytes(file: string, lang: Lang, env: Env, inPlace = false): XlsxBytes {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { failed: new CliError("error.readFile", { file, reason: reasonOf(err) }) };
  }
  const format = sniffFormat(bytes, file);
  switch (format.kind) {
    case "xlsx":
      return { bytes };
    case "empty":
      return { failed: new CliError("error.emptyFile", { file }) };
    case "encrypted":
      return { failed: new CliError("error.encrypted", { file }) };
    case "csv":
    case "text":
    case "html":
      return { failed: new CliError(`error.${format.kind}` as const, { file }) };
    case "unknown":
      return { failed: new CliError("error.notXlsx", { file }) };
    case "convert": {
      const name = m(lang, `format.${format.format}` as const);
      if (inPlace)
        return { failed: new CliError("error.inPlaceConverted", { format: name, out: convertedOutput(file) }) };
      const soffice = findSoffice(env);
      if (soffice === null) return { failed: new CliError("error.needsLibreOffice", { file, format: name }) };
      const xlsx = convertToXlsx(soffice, file, format.format);
      if (xlsx instanceof Uint8Array) return { bytes: xlsx, converted: format.format };
      if (xlsx.failed === "timeout")
        return { failed: new CliError("error.convertTimeout", { file, seconds: xlsx.seconds }) };
      return { failed: new CliError("error.convertFailed", { file, detail: xlsx.detail }) };
    }
  }
}

/** xlsxBytes, throwing its reason. */
export function readWorkbookBytes(
  args: { input: string; inPlace: boolean },
  lang: Lang,
  env: Env,
): { bytes: Uint8Array; converted?: OtherFormat } {
  const got = xlsxBytes(args.input, lang, env, args.inPlace);
  if ("failed" in got) throw got.failed;
  return got;
}

export function openOrFail(bytes: Uint8Array, file: string): XlsxWorkbook {
  try {
    return openWorkbook(bytes);
  } catch (err) {
    if (err instanceof XlsxError) throw new CliError("error.notXlsx", { file });
    throw err;
  }
}
