// openWorkbook: the sheet list of an .xlsx and a reader for any of its worksheets.
import { bytesToText } from "./bytes";
import { XlsxError } from "./errors";
import { xfFormats } from "./numfmt";
import { Entries, listSheets, partText, readEntries, readRels, REL_TYPE, workbookPath } from "./package";
import { ReadOptions, ReadSheet, readSharedStrings, readSheetXml } from "./read-sheet";

export interface SheetInfo {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  kind: "worksheet" | "chartsheet" | "other";
  path: string;
}

export interface XlsxWorkbook {
  sheets: SheetInfo[];
  readSheet(name: string, options?: ReadOptions): ReadSheet;
}

export function openWorkbook(bytes: Uint8Array): XlsxWorkbook {
  const entries = readEntries(bytes);
  const wbPath = workbookPath(entries);
  const sheets: SheetInfo[] = listSheets(entries, wbPath).map(({ name, state, kind, path }) => ({
    name,
    state,
    kind,
    path,
  }));
  let shared: { strings: string[]; formats: string[] } | undefined;
  return {
    sheets,
    readSheet(name, options) {
      const sheet = sheets.find((s) => s.name === name);
      if (!sheet) throw new XlsxError("unknown-sheet", name);
      if (sheet.kind !== "worksheet" || !entries.has(sheet.path)) throw new XlsxError("not-worksheet", name);
      shared = shared ?? workbookShared(entries, wbPath);
      try {
        return readSheetXml(name, partText(entries, sheet.path), shared.strings, shared.formats, options);
      } catch (err) {
        // saxes reports malformed XML with a position; for the user it is a damaged part.
        if (err instanceof Error && !(err instanceof XlsxError)) throw new XlsxError("bad-part", sheet.path);
        throw err;
      }
    },
  };
}

/** Shared strings and style formats: read once per workbook, on first use. */
function workbookShared(entries: Entries, wbPath: string): { strings: string[]; formats: string[] } {
  const rels = readRels(entries, wbPath);
  const text = (type: string): string | undefined => {
    const rel = rels.find((r) => r.type === type);
    const data = rel ? entries.get(rel.target) : undefined;
    return data ? bytesToText(data) : undefined;
  };
  try {
    return { strings: readSharedStrings(text(REL_TYPE.sharedStrings)), formats: xfFormats(text(REL_TYPE.styles)) };
  } catch {
    throw new XlsxError("bad-part", "sharedStrings.xml");
  }
}
