// The files of 乡级申报 in the pane: returned forms picked by the user read as bytes (FileReader: IE11 has it)
// and then as forms with the .xlsx readers the CLI uses; the forms made for download as .xlsx files, one
// .zip when there are several. Only .xlsx is read here: the pane has no LibreOffice to convert .xls or .et.
import { zipSync } from "fflate";
import type { Zippable } from "fflate";
import { readReturnedFile } from "../core";
import type { Lang, ReturnedFile, Rules, TownshipForm } from "../core";
import { formWorkbook } from "../xlsx/form-book";
import { readFormMarker } from "../xlsx/form-io";
import { openWorkbook } from "../xlsx/workbook";
import { ft } from "./forms-messages";

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** Forms are one page: more rows than this are not read (a district workbook sent by mistake). */
const FORM_ROWS = 300;

function readOne(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** Every picked file's bytes, in the order picked. */
export function readPicked(list: FileList): Promise<PickedFile[]> {
  const files: File[] = [];
  for (let i = 0; i < list.length; i++) files.push(list[i]);
  return Promise.all(files.map(readOne));
}

function isZip(b: Uint8Array): boolean {
  return b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** One picked file as the core's returned file: a form, not a form, or unreadable (with the reason). */
export function returnedFile(file: PickedFile, rules: Rules, lang: Lang): ReturnedFile {
  const unreadable = (reason: string): ReturnedFile => ({ kind: "unreadable", file: file.name, reason });
  if (file.bytes.length === 0) return unreadable(ft(lang, "emptyFile"));
  // .xls and .et are compound files, and so is an .xlsx with a password to open: all need saving as .xlsx.
  if (!isZip(file.bytes)) return unreadable(ft(lang, "notXlsx"));
  try {
    const book = openWorkbook(file.bytes);
    const sheets = book.sheets
      .filter((s) => s.kind === "worksheet")
      .map((s) => book.readSheet(s.name, { maxRows: FORM_ROWS }));
    return readReturnedFile({ file: file.name, sheets, marker: readFormMarker(file.bytes) }, rules, lang);
  } catch (err) {
    // A zip without a workbook (.ods, .xlsb, a damaged file) or a part that does not parse.
    console.warn("township-tiers: a picked file did not read as .xlsx", file.name, err);
    return unreadable(ft(lang, "notXlsx"));
  }
}

export interface Download {
  name: string;
  bytes: Uint8Array;
  type: string;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** One form: its .xlsx. Several: one .zip of them (stored, the .xlsx are compressed already): one download. */
export function formsDownload(forms: TownshipForm[], zipName: string): Download {
  if (forms.length === 1) return { name: forms[0].fileName, bytes: formWorkbook(forms[0]), type: XLSX_TYPE };
  const files: Zippable = {};
  for (const f of forms) files[f.fileName] = [formWorkbook(f), { level: 0 }];
  return { name: zipName, bytes: zipSync(files), type: "application/zip" };
}
