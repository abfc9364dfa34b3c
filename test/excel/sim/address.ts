// A1 address arithmetic for the simulator. Deliberately independent of src/excel so the
// simulator does not share the adapter's bugs.

export interface Rect {
  row: number; // 0-based
  col: number; // 0-based
  rows: number;
  cols: number;
}

export function colLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) throw new Error(`bad cell reference ${ref}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1", "B2:D9" or "Sheet!B2:D9" (the sheet part is dropped) to a rectangle; null if unparseable. */
export function parseAddress(address: string): Rect | null {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [a, b] = local.split(":");
  try {
    const p = parseCell(a);
    const q = b === undefined ? p : parseCell(b);
    const row = Math.min(p.row, q.row);
    const col = Math.min(p.col, q.col);
    return { row, col, rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
  } catch {
    return null;
  }
}

export function formatRect(rect: Rect): string {
  const first = colLetters(rect.col) + (rect.row + 1);
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${colLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

/** Excel quotes sheet names that are not plain identifiers. */
export function qualify(sheet: string, rect: Rect): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${formatRect(rect)}`;
}
