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
