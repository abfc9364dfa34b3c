// The zip package and its bookkeeping parts: entries, relationships, content types, the sheet list.
import { strToU8, unzipSync, Zip, ZipInputFile, zipSync, Zippable } from "fflate";
import { bytesToText } from "./bytes";
import { XlsxError } from "./errors";
import { decodeEntities, parseAttrs } from "./xml";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  worksheet: `${REL_NS}/worksheet`,
  chartsheet: `${REL_NS}/chartsheet`,
  styles: `${REL_NS}/styles`,
  sharedStrings: `${REL_NS}/sharedStrings`,
  calcChain: `${REL_NS}/calcChain`,
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
  officeDocument: `${REL_NS}/officeDocument`,
};

/** Every entry of the zip, in the original order; values are the uncompressed bytes. */
export type Entries = Map<string, Uint8Array>;

export interface Relationship {
  id: string;
  type: string;
  target: string; // resolved part path without a leading "/"
  external: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  state: "visible" | "hidden" | "veryHidden";
  kind: "worksheet" | "chartsheet" | "other";
  path: string; // e.g. "xl/worksheets/sheet1.xml"
}

// openWorkbook and patchWorkbook on the same bytes (what the CLI does) unzip and decode only once.
const unzipped = new WeakMap<Uint8Array, Entries>();
const decoded = new WeakMap<Uint8Array, string>();

/** The entries of a zip; a fresh Map each call (callers replace entries), sharing the unchanged data. */
export function readEntries(bytes: Uint8Array): Entries {
  let entries = unzipped.get(bytes);
  if (!entries) {
    try {
      entries = new Map(Object.entries(unzipSync(bytes)));
    } catch {
      throw new XlsxError("not-xlsx", "zip");
    }
    unzipped.set(bytes, entries);
  }
  return new Map(entries);
}

/**
 * A faster deflate the caller may supply (the CLI passes Node's zlib, about 3× faster than fflate's);
 * fflate still writes the zip structure. Without one, fflate does everything, so this module runs anywhere.
 */
export interface Deflater {
  deflateRaw(data: Uint8Array, level: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

// Already-compressed media gain nothing from deflate; storing them saves time.
const STORED = /\.(png|jpe?g|gif|emf|wmf|tiff?|bin|mp3|mp4|wav|zip)$/i;
// A fixed time stamp makes the output depend only on the content (re-runs give identical zips).
const MTIME = new Date(1980, 0, 1, 0, 0, 0);

export function writeEntries(entries: Entries, level: DeflateLevel = 6, deflater?: Deflater): Uint8Array {
  if (deflater) return zipWith(entries, level, deflater);
  const zippable: Zippable = {};
  for (const [path, data] of entries) {
    zippable[path] = [data, { level: STORED.test(path) ? 0 : level, mtime: MTIME }];
  }
  return zipSync(zippable);
}

function zipWith(entries: Entries, level: DeflateLevel, deflater: Deflater): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const [filename, data] of entries) {
    const store = STORED.test(filename) || level === 0;
    const file: ZipInputFile = {
      filename,
      size: data.length,
      crc: deflater.crc32(data),
      compression: store ? 0 : 8,
      mtime: MTIME,
    };
    zip.add(file);
    file.ondata!(null, (store ? data : deflater.deflateRaw(data, level)) as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function partText(entries: Entries, path: string): string {
  const data = entries.get(path);
  if (!data) throw new XlsxError("bad-part", path);
  let text = decoded.get(data);
  if (text === undefined) decoded.set(data, (text = bytesToText(data)));
  return text;
}

export function setPartText(entries: Entries, path: string, text: string): void {
  entries.set(path, strToU8(text));
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target against its source part ("../drawings/d.xml", "/xl/x.xml"). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

export function readRels(entries: Entries, sourcePart: string): Relationship[] {
  const data = entries.get(relsPathOf(sourcePart));
  if (!data) return [];
  const xml = bytesToText(data);
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = parseAttrs(m[1]);
    const external = a.TargetMode === "External";
    const target = decodeEntities(a.Target ?? "");
    out.push({ id: a.Id, type: a.Type, target: external ? target : resolveTarget(sourcePart, target), external });
  }
  return out;
}

/** The workbook part named by the package's officeDocument relationship (usually xl/workbook.xml). */
export function workbookPath(entries: Entries): string {
  const rel = readRels(entries, "").find((r) => r.type === REL_TYPE.officeDocument);
  const path = rel ? rel.target : "xl/workbook.xml";
  if (!entries.has(path)) throw new XlsxError("not-xlsx", path);
  return path;
}

export function listSheets(entries: Entries, wbPath: string): SheetEntry[] {
  const xml = partText(entries, wbPath);
  const rels = new Map(readRels(entries, wbPath).map((r) => [r.id, r]));
  const out: SheetEntry[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = parseAttrs(m[1]);
    const rIdKey = Object.keys(a).find((k) => k === "r:id" || k.endsWith(":id")) ?? "r:id";
    const rel = rels.get(a[rIdKey]);
    const kind =
      rel?.type === REL_TYPE.worksheet ? "worksheet" : rel?.type === REL_TYPE.chartsheet ? "chartsheet" : "other";
    const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
    out.push({
      name: decodeEntities(a.name ?? ""),
      sheetId: Number(a.sheetId),
      rId: a[rIdKey],
      state,
      kind,
      path: rel ? rel.target : "",
    });
  }
  return out;
}
