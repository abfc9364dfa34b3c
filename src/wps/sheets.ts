// Finding and adding sheets in ET. By index, never Item(name): whether Item("missing") throws or
// returns null is open (WPS-NOTES §6 question 3), and a loop over 1..Count works either way.
import type { EtApplication, EtWorkbook, EtWorksheet } from "./et";

/** The sheets the product writes (the core's list): never the sheet a run classifies. */
export { PRODUCT_SHEETS as OWN_SHEETS, productSheet as ownSheet } from "../core";

export function sheetNames(book: EtWorkbook): string[] {
  const sheets = book.Worksheets;
  const names: string[] = [];
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i);
    if (ws) names.push(ws.Name);
  }
  return names;
}

/** The worksheet of that name (as Excel, ignoring case), or null. */
export function findSheet(book: EtWorkbook, name: string): EtWorksheet | null {
  const sheets = book.Worksheets;
  const wanted = name.toLowerCase();
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i);
    if (ws && ws.Name.toLowerCase() === wanted) return ws;
  }
  return null;
}

/**
 * A new sheet after the last one, named. Add with neither Before nor After would put it before the
 * active sheet; After is given. What Add returns is open (WPS-NOTES §6 question 4; some builds are said
 * to return null): without a sheet back, the new sheet is the active one, as Add activates it.
 */
export function appendSheet(app: EtApplication, book: EtWorkbook, name: string): EtWorksheet {
  const sheets = book.Worksheets;
  const last = sheets.Item(sheets.Count);
  const added = sheets.Add(null, last);
  const ws = added || book.ActiveSheet || app.ActiveSheet;
  if (!ws) throw new Error("township-tiers: Worksheets.Add gave no sheet");
  ws.Name = name;
  return ws;
}
