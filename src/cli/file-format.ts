// What a file given to the CLI is, by its content (its name may lie: offices rename files): an .xlsx
// package, a spreadsheet LibreOffice can turn into one, or something to explain in one line.
import * as CFB from "cfb";
import { unzipSync } from "fflate";

/** Spreadsheets in other formats, which LibreOffice converts to .xlsx. */
export type OtherFormat = "xls" | "et" | "ods" | "xlsb";

export type FileFormat =
  | { kind: "xlsx" }
  | { kind: "convert"; format: OtherFormat }
  | { kind: "empty" | "encrypted" | "csv" | "text" | "html" | "unknown" };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

export function sniffFormat(bytes: Uint8Array, fileName: string): FileFormat {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, ZIP)) return zipFormat(bytes);
  if (startsWith(bytes, OLE)) return compoundFormat(bytes, fileName);
  return textFormat(bytes);
}

/** A zip: .xlsx/.xlsm, .xlsb or .ods by the parts it lists (nothing is decompressed but ODS's mimetype). */
function zipFormat(bytes: Uint8Array): FileFormat {
  const names: string[] = [];
  let mimetype = "";
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return file.name === "mimetype" && file.originalSize < 200;
      },
    });
    if (files.mimetype) mimetype = new TextDecoder().decode(files.mimetype).trim();
  } catch {
    return { kind: "unknown" };
  }
  if (names.indexOf("xl/workbook.bin") >= 0) return { kind: "convert", format: "xlsb" };
  if (names.some((n) => n.startsWith("xl/"))) return { kind: "xlsx" }; // openWorkbook says whether it is sound
  if (mimetype === ODS_MIME || mimetype === ODS_MIME + "-template") return { kind: "convert", format: "ods" };
  return { kind: "unknown" };
}

/**
 * A compound file (OLE2): a password-protected .xlsx (its package sits encrypted in EncryptedPackage),
 * an Excel 97-2003 or WPS workbook (a Workbook stream; WPS's .et is that format too, and LibreOffice
 * reads .et with its Excel 97 filter), or something else, such as a Word document.
 */
function compoundFormat(bytes: Uint8Array, fileName: string): FileFormat {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: "buffer" });
  } catch {
    return { kind: "unknown" };
  }
  const streams = container.FileIndex.map((e) => e.name.toLowerCase());
  if (streams.indexOf("encryptedpackage") >= 0 || streams.indexOf("encryptioninfo") >= 0) return { kind: "encrypted" };
  const book = container.FileIndex.find((e) => /^(workbook|book)$/i.test(e.name));
  if (book === undefined) return { kind: "unknown" };
  if (book.content && biffIsEncrypted(book.content as Uint8Array)) return { kind: "encrypted" };
  return { kind: "convert", format: /\.et$/i.test(fileName) ? "et" : "xls" };
}

/** A FILEPASS record (0x002F) before the workbook globals end (EOF, 0x000A): a password to open. */
function biffIsEncrypted(stream: Uint8Array): boolean {
  let at = 0;
  for (let n = 0; n < 64 && at + 4 <= stream.length; n++) {
    const type = stream[at] | (stream[at + 1] << 8);
    const size = stream[at + 2] | (stream[at + 3] << 8);
    if (type === 0x002f) return true;
    if (type === 0x000a) return false;
    at += 4 + size;
  }
  return false;
}

/** Text of some kind: a CSV (or tab-separated) file, a web page saved as a sheet, or other text. */
function textFormat(bytes: Uint8Array): FileFormat {
  const head = bytes.subarray(0, 8192);
  let text: string;
  if (startsWith(head, [0xff, 0xfe])) text = new TextDecoder("utf-16le").decode(head);
  else if (startsWith(head, [0xfe, 0xff])) text = new TextDecoder("utf-16be").decode(head);
  else {
    for (let i = 0; i < head.length; i++) {
      const c = head[i];
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1a) return { kind: "unknown" };
    }
    text = new TextDecoder("utf-8").decode(head); // a GBK file decodes to replacement characters: fine for this
  }
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (/^<(!doctype\s+html|html|table|meta)\b/i.test(trimmed) || (/^</.test(trimmed) && /<table\b/i.test(trimmed)))
    return { kind: "html" };
  if (trimmed.startsWith("<")) return { kind: "unknown" };
  const firstLine = trimmed.split(/\r?\n/)[0];
  return { kind: /[,\t;，]/.test(firstLine) ? "csv" : "text" };
}
