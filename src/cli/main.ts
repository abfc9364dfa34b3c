// The township-tiers command: arguments in, exit status out. Every failure is one line on stderr, never a stack.
import { writeFileSync } from "fs";
import { defaultRules, resultJson, SheetError, TiersError } from "../core";
import type { MissingColumns } from "../core";
import type { Lang } from "../core/types";
import { XlsxError } from "../xlsx";
import { Command, parseArgs } from "./args";
import { classifyFile } from "./classify";
import { CliError, reasonOf } from "./errors";
import { m } from "./messages";
import { documentText, summaryText } from "./report";
import { documentJson, runDocument } from "./documents";
import { formsText, runForms } from "./forms";
import { collectJson, collectText, runCollect } from "./collect";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  version: string;
  now?: () => Date;
}

/** Exit statuses: 0 classified, 2 a problem the user can fix, 1 a bug. */
export function main(argv: string[], io: Io): number {
  let lang: Lang = langOf(argv);
  try {
    const command: Command = parseArgs(argv);
    lang = ("lang" in command && command.lang) || "zh";
    return runCommand(command, lang, io);
  } catch (err) {
    if (io.env.TT_DEBUG === "1" && err instanceof Error) io.stderr(`${err.stack ?? err.message}\n`);
    const { line, status } = failureLine(err, lang, argv);
    io.stderr(`township-tiers: ${line.replace(/\s*\n\s*/g, " ")}\n`);
    return status;
  }
}

/** --lang en anywhere in the arguments: so that a mistake in the others is told in English too. */
function langOf(argv: string[]): Lang {
  const i = argv.lastIndexOf("--lang");
  return (i >= 0 && argv[i + 1] === "en") || argv.indexOf("--lang=en") >= 0 ? "en" : "zh";
}

function runCommand(command: Command, lang: Lang, io: Io): number {
  switch (command.command) {
    case "version":
      io.stdout(`${io.version}\n`);
      return 0;
    case "help":
      io.stdout(`${m(lang, "usage")}\n`);
      return 0;
    case "rules":
      io.stdout(`${rulesJson()}\n`);
      return 0;
    case "classify": {
      const outcome = classifyFile(command, lang, io.now ? io.now() : new Date(), io.env);
      const toStdout = command.json === "-";
      if (command.json !== undefined) {
        const json = `${JSON.stringify(resultJson(outcome.result), null, 2)}\n`;
        if (toStdout) io.stdout(json);
        else writeJson(command.json, json);
      }
      const text = `${summaryText(outcome, lang, toStdout ? undefined : command.json)}\n`;
      (toStdout ? io.stderr : io.stdout)(text);
      return 0;
    }
    case "draw":
    case "recommend":
    case "notice":
    case "payments": {
      const outcome = runDocument(command, lang, io.now ? io.now() : new Date(), io.env);
      const toStdout = command.json === "-";
      if (command.json !== undefined) {
        const json = `${JSON.stringify(documentJson(outcome), null, 2)}\n`;
        if (toStdout) io.stdout(json);
        else writeJson(command.json, json);
      }
      (toStdout ? io.stderr : io.stdout)(`${documentText(outcome, lang, toStdout ? undefined : command.json)}\n`);
      return 0;
    }
    case "forms": {
      const outcome = runForms({ ...command, lang }, io.env, io.now ? io.now() : new Date());
      io.stdout(`${formsText(outcome, lang)}\n`);
      return 0;
    }
    case "collect": {
      const json = command.json;
      const outcome = runCollect(
        { ...command, lang, json: json === "-" ? undefined : json },
        io.env,
        io.now ? io.now() : new Date(),
      );
      if (json === "-") io.stdout(`${JSON.stringify(collectJson(outcome), null, 2)}\n`);
      (json === "-" ? io.stderr : io.stdout)(`${collectText(outcome, lang, json === "-" ? undefined : json)}\n`);
      return 0;
    }
  }
}

/** JSON has no Infinity: an unbounded max is left out, and --rules fills it back in from the defaults. */
export function rulesJson(): string {
  return JSON.stringify(defaultRules(), (_key, value: unknown) => (value === Infinity ? undefined : value), 2);
}

function writeJson(file: string, json: string): void {
  try {
    writeFileSync(file, json);
  } catch (err) {
    throw new CliError("error.writeFile", { file, reason: reasonOf(err) });
  }
}

const COMMANDS = ["classify", "draw", "recommend", "notice", "payments", "forms", "collect"];

function inputOf(argv: string[]): string {
  const i = argv.findIndex((a) => COMMANDS.indexOf(a) >= 0);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : "";
}

/** How to name a missing column by hand: the 规则 sheet or a rules file, with the sheet's own first unknown header. */
function nameHint(columns: MissingColumns, lang: Lang): string {
  const township = columns.missing.some((c) => c.key === "township") ? m(lang, "hint.township") : "";
  const indicator = columns.missing.filter((c) => c.key !== "township")[0];
  if (!indicator) return township;
  const header = columns.headers.length ? columns.headers[columns.headers.length - 1].text : "…";
  const example = JSON.stringify({ indicators: [{ key: indicator.key, header }] });
  return township + m(lang, "hint.nameColumn", { example });
}

function failureLine(err: unknown, lang: Lang, argv: string[]): { line: string; status: number } {
  if (err instanceof CliError) return { line: m(lang, err.key, err.params), status: 2 };
  if (err instanceof SheetError && err.columns) return { line: err.message + nameHint(err.columns, lang), status: 2 };
  if (err instanceof TiersError) return { line: err.message, status: 2 };
  if (err instanceof XlsxError) {
    if (err.code === "unknown-sheet")
      return { line: m(lang, "error.unknownSheet", { sheet: err.detail, sheets: "" }), status: 2 };
    if (err.code === "not-worksheet") return { line: m(lang, "error.notWorksheet", { sheet: err.detail }), status: 2 };
    if (err.code === "not-xlsx") return { line: m(lang, "error.notXlsx", { file: inputOf(argv) }), status: 2 };
    return { line: m(lang, "error.badPart", { file: inputOf(argv), part: err.detail }), status: 2 };
  }
  return { line: m(lang, "error.unexpected", { reason: reasonOf(err) }), status: 1 };
}
