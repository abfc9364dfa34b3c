// Long text on a printed sheet without merged or wrapped cells: a paragraph cut into lines that fit
// the table's width, one line per row, each in column A (a text flows over the empty cells to its
// right in Excel, WPS and LibreOffice alike, on screen and on paper).

import { textWidth } from "./layout";
import type { Lang } from "./types";

// Chinese punctuation that never starts a line (a line break keeps it on the line before).
const NO_LINE_START = "，。、；：！？）》」』”’%";

/** The paragraph in lines of at most `width` display columns (CJK counts 2); English breaks at spaces. */
export function wrapLines(text: string, width: number, lang: Lang): string[] {
  return lang === "zh" ? wrapChars(text, width) : wrapWords(text, width);
}

function wrapChars(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (line !== "" && textWidth(line + ch) > width && NO_LINE_START.indexOf(ch) < 0) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  if (line !== "") lines.push(line);
  return lines;
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line === "" ? word : line + " " + word;
    if (line !== "" && textWidth(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Display columns a row of columns spans, less a margin, for text laid over them. */
export function spanWidth(columnWidths: number[]): number {
  return columnWidths.reduce((sum, w) => sum + w, 0) - 2;
}
