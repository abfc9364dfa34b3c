// What every smaller action of the pane shares: its options, its report, and the guard that runs it
// once at a time (singleFlight) in one Excel.run, counting syncs.
import type { Lang } from "../core/types";
import type { Capabilities } from "./capabilities";
import { AddinFailure, failure } from "./errors";
import { msg } from "./messages";
import { singleFlight, withExcel } from "./session";

export interface ActionOptions {
  lang: Lang;
  caps: Capabilities;
  sheetName?: string;
}

export type ActionReport<T> = ({ ok: true; syncs: number } & T) | AddinFailure;

export function guarded<T extends object>(
  options: ActionOptions,
  work: Parameters<typeof withExcel<T>>[1],
  groupUndo = true,
): Promise<ActionReport<T>> {
  const { lang, caps } = options;
  if (!caps.supported) return Promise.resolve(failure("unsupported", msg(lang, "unsupported")));
  return singleFlight(lang, async () => {
    const { value, syncs } = await withExcel(caps, work, groupUndo);
    return { ok: true as const, syncs, ...value };
  });
}
