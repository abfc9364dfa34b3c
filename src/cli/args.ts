// Command-line arguments → a typed command. Problems throw CliError("bad-args") with a message key.
import type { Lang } from "../core/types";
import { CliError } from "./errors";

export interface ClassifyArgs {
  command: "classify";
  input: string;
  sheet?: string;
  out?: string;
  rules?: string;
  json?: string; // a file, or "-" for stdout
  lang?: Lang;
  inPlace: boolean;
}

export type Command =
  ClassifyArgs | { command: "rules"; lang?: Lang } | { command: "help"; lang?: Lang } | { command: "version" };

const VALUE_OPTIONS = new Set(["--sheet", "--out", "--rules", "--json", "--lang"]);

/** Split "--opt=value" into two tokens so both spellings work. */
function tokens(argv: string[]): string[] {
  return argv.flatMap((a) => (/^--[a-z-]+=/.test(a) ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a]));
}

export function parseArgs(argv: string[]): Command {
  const args = tokens(argv);
  const options = new Map<string, string>();
  const positional: string[] = [];
  let inPlace = false;
  let help = false;
  let version = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--help" || a === "-h") help = true;
    else if (a === "--version" || a === "-v") version = true;
    else if (a === "--in-place") inPlace = true;
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
  if (command !== "classify") throw new CliError("arg.unknownCommand", { value: command });
  if (!rest.length) throw new CliError("arg.missingInput");
  if (rest.length > 1) throw new CliError("arg.extra", { value: rest[1] });
  if (inPlace && options.has("--out")) throw new CliError("arg.inPlaceOut");
  return {
    command: "classify",
    input: rest[0],
    sheet: options.get("--sheet"),
    out: options.get("--out"),
    rules: options.get("--rules"),
    json: options.get("--json"),
    lang,
    inPlace,
  };
}

function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === "zh" || value === "en") return value;
  throw new CliError("arg.badLang", { value });
}
