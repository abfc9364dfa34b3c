// A problem the user can fix: one line on stderr, exit 2. The message is rendered later, in the run's language.
import { CliMessageKey } from "./messages";

export class CliError extends Error {
  readonly key: CliMessageKey;
  readonly params: Record<string, string | number>;

  constructor(key: CliMessageKey, params: Record<string, string | number> = {}) {
    super(key);
    this.name = "CliError";
    this.key = key;
    this.params = params;
  }
}

/** An error as the part of one line that says why: a file system code spelled out, else the first line. */
export function reasonOf(err: unknown): string {
  if (err && typeof err === "object" && "code" in err && typeof (err as { code: unknown }).code === "string") {
    const code = (err as { code: string }).code;
    const known: Record<string, string> = {
      ENOENT: "ENOENT (no such file)",
      EACCES: "EACCES (permission denied)",
      EISDIR: "EISDIR (is a directory)",
      ENOTDIR: "ENOTDIR (not a directory)",
    };
    if (known[code]) return known[code];
  }
  return err instanceof Error ? err.message.split("\n")[0] : String(err);
}
