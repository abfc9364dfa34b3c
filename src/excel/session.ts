// Excel.run with the options this Excel supports, a sync counter, and the single-flight guard.
import type { Lang } from "../core/types";
import type { Capabilities } from "./capabilities";
import { AddinFailure, excelErrorCode, failure, FailedRun, toFailure } from "./errors";
import { ExcelMessageKey, msg } from "./messages";

export interface Session {
  ctx: Excel.RequestContext;
  caps: Capabilities;
  /** context.sync(), counted. */
  sync(): Promise<void>;
  /** Called before the first write is queued: a failure from then on may leave `what` half written. */
  writing(what: ExcelMessageKey): void;
}

export interface Counted<T> {
  value: T;
  syncs: number;
}

/**
 * Runs `work` inside one Excel.run. On ExcelApi 1.20 the run is one undo step; if Excel
 * refuses to group it (UndoNotSupported) the run is repeated ungrouped — runs are idempotent.
 * Actions that delete a sheet pass groupUndo = false: Excel cannot undo that anyway. A failure is
 * thrown as FailedRun: after `writing()` the user hears what may be half written, before it that nothing changed.
 */
export async function withExcel<T>(
  caps: Capabilities,
  work: (s: Session) => Promise<T>,
  groupUndo = true,
): Promise<Counted<T>> {
  let syncs = 0;
  let written: ExcelMessageKey | null = null;
  const attempt = (options: Excel.RunOptions) =>
    Excel.run(options, async (ctx) => {
      const session: Session = {
        ctx,
        caps,
        sync: () => {
          syncs++;
          return ctx.sync();
        },
        writing: (what) => {
          written = what;
        },
      };
      return work(session);
    });
  const options: Excel.RunOptions = {};
  if (caps.delayForCellEdit) options.delayForCellEdit = true;
  if (caps.mergeUndoGroup && groupUndo) options.mergeUndoGroup = true;
  const run = () =>
    attempt(options).catch((e: unknown) => {
      if (!options.mergeUndoGroup || excelErrorCode(e) !== "UndoNotSupported") throw e;
      console.warn("township-tiers: undo grouping refused; running without it", e);
      return attempt({ ...options, mergeUndoGroup: false });
    });
  try {
    return { value: await run(), syncs };
  } catch (e) {
    throw new FailedRun(e, written || "unchanged");
  }
}

let running = false;

/** Whether an action is under way (for tests and the task pane's button state). */
export function isBusy(): boolean {
  return running;
}

/** One action at a time: a second click while one runs gets "busy" and starts nothing. */
export async function singleFlight<T extends object>(lang: Lang, action: () => Promise<T>): Promise<T | AddinFailure> {
  if (running) return failure("busy", msg(lang, "busy"));
  running = true;
  try {
    return await action();
  } catch (e) {
    return toFailure(e, lang);
  } finally {
    running = false;
  }
}
