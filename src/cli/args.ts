// Command-line arguments → a typed command. Problems throw CliError("bad-args") with a message key.
import type { Lang } from "../core/types";
import type { CollectArgs } from "./collect";
import { CliError } from "./errors";
import type { FormsArgs } from "./forms";

export interface ClassifyArgs {
  command: "classify";
  input: string;
  sheet?: string;
  out?: string;
  rules?: string;
  json?: string; // a file, or "-" for stdout
  lang?: Lang;
  inPlace: boolean;
  prior?: PriorSource;
}

/** Last year's classified results: a workbook and, optionally, its sheet (--prior FILE[:SHEET]). */
export interface PriorSource {
  file: string;
  sheet?: string;
}

/** The steps of the assessment year after classification, one document sheet each. */
export const DOCUMENT_VERBS = ["draw", "recommend", "notice", "payments"] as const;
export type DocumentVerb = (typeof DOCUMENT_VERBS)[number];

export interface DocumentArgs {
  command: DocumentVerb;
  input: string;
  sheet?: string;
  out?: string;
  rules?: string;
  json?: string;
  lang?: Lang;
  inPlace: boolean;
  /** draw only: the seed of the random draw; absent = a fresh random seed, printed on the sheet. */
  seed?: number;
}

/** `forms DISTRICT --out DIR`: one 申报表 workbook per township (the language settled in main). */
export type FormsCommand = { command: "forms"; lang?: Lang } & Omit<FormsArgs, "lang">;

/** `collect DISTRICT FORM...`: the returned forms' values into a copy of the district workbook. */
export type CollectCommand = { command: "collect"; lang?: Lang } & Omit<CollectArgs, "lang">;

export type Command =
  | ClassifyArgs
  | DocumentArgs
  | FormsCommand
  | CollectCommand
  | { command: "rules"; lang?: Lang }
  | { command: "help"; lang?: Lang }
  | { command: "version" };

const VALUE_OPTIONS = new Set(["--sheet", "--out", "--rules", "--json", "--lang", "--prior", "--seed"]);
/** The commands that classify (and take --rules, --in-place). */
const CLASSIFYING = "classify, draw, recommend, notice, payments";
const SPREADSHEET = /\.(xlsx|xlsm|xls|et|ods|xlsb)$/i;

/** Split "--opt=value" into two tokens so both spellings work. */
function tokens(argv: string[]): string[] {
  return argv.flatMap((a) => (/^--[a-z-]+=/.test(a) ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a]));
}

export function parseArgs(argv: string[]): Command {
  const args = tokens(argv);
  const options = new Map<string, string>();
  const positional: string[] = [];
  let inPlace = false;
  let overwrite = false;
  let help = false;
  let version = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--help" || a === "-h") help = true;
    else if (a === "--version" || a === "-v") version = true;
    else if (a === "--in-place") inPlace = true;
    else if (a === "--overwrite") overwrite = true;
    else if (VALUE_OPTIONS.has(a)) {
      const value = args[++i];
      if (value === undefined || (value.startsWith("--") && value !== "-"))
        throw new CliError("arg.missingValue", { value: a });
      options.set(a, value);
    } else if (a.startsWith("-") && a !== "-") throw new CliError("arg.unknownOption", { value: a });
    else positional.push(a);
  }
  const lang = parseLang(options.get("--lang"));
  if (version) return { command: "version" };
  if (help || positional.length === 0) return { command: "help", lang };
  const [command, ...rest] = positional;
  if (command === "rules") {
    if (rest.length) throw new CliError("arg.extra", { value: rest[0] });
    return { command: "rules", lang };
  }
  const verb = DOCUMENT_VERBS.find((v) => v === command);
  const known = command === "classify" || command === "forms" || command === "collect" || verb !== undefined;
  if (!known) throw new CliError("arg.unknownCommand", { value: command });
  if (!rest.length) throw new CliError("arg.missingInput", { command });
  const only = (option: string, verbs: string): void => {
    if (options.has(option)) throw new CliError("arg.notFor", { value: option, command, verbs });
  };
  const flagOnly = (set: boolean, option: string, verbs: string): void => {
    if (set) throw new CliError("arg.notFor", { value: option, command, verbs });
  };
  const sheet = options.get("--sheet");
  if (command === "collect") {
    for (const o of ["--prior", "--seed", "--rules"])
      only(o, o === "--prior" ? "classify" : o === "--seed" ? "draw" : CLASSIFYING);
    flagOnly(inPlace, "--in-place", CLASSIFYING);
    if (rest.length < 2) throw new CliError("arg.missingForms");
    const out = options.get("--out");
    return { command, input: rest[0], forms: rest.slice(1), sheet, out, overwrite, json: options.get("--json"), lang };
  }
  flagOnly(overwrite, "--overwrite", "collect");
  if (rest.length > 1) throw new CliError("arg.extra", { value: rest[1] });
  if (command === "forms") {
    for (const o of ["--prior", "--seed", "--rules", "--json"])
      only(
        o,
        o === "--prior"
          ? "classify"
          : o === "--seed"
            ? "draw"
            : o === "--json"
              ? CLASSIFYING + ", collect"
              : CLASSIFYING,
      );
    flagOnly(inPlace, "--in-place", CLASSIFYING);
    const outDir = options.get("--out");
    if (outDir === undefined) throw new CliError("arg.formsOut");
    return { command, input: rest[0], sheet, outDir, lang };
  }
  if (inPlace && options.has("--out")) throw new CliError("arg.inPlaceOut");
  const common = {
    input: rest[0],
    sheet,
    out: options.get("--out"),
    rules: options.get("--rules"),
    json: options.get("--json"),
    lang,
    inPlace,
  };
  if (verb !== undefined) {
    only("--prior", "classify");
    if (verb !== "draw") only("--seed", "draw");
    const seed = options.get("--seed");
    return { command: verb, ...common, ...(seed !== undefined ? { seed: parseSeed(seed) } : {}) };
  }
  only("--seed", "draw");
  const prior = options.get("--prior");
  return { command: "classify", ...common, ...(prior !== undefined ? { prior: parsePrior(prior) } : {}) };
}

/** FILE or FILE:SHEET; a colon belongs to the file name unless what precedes it names a spreadsheet. */
export function parsePrior(value: string): PriorSource {
  const colon = value.lastIndexOf(":");
  if (colon > 0 && SPREADSHEET.test(value.slice(0, colon)) && colon < value.length - 1)
    return { file: value.slice(0, colon), sheet: value.slice(colon + 1) };
  return { file: value };
}

function parseSeed(value: string): number {
  if (!/^\d{1,10}$/.test(value) || Number(value) > 4294967295) throw new CliError("arg.badSeed", { value });
  return Number(value);
}

function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === "zh" || value === "en") return value;
  throw new CliError("arg.badLang", { value });
}
