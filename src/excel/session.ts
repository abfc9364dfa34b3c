// Excel.run with the options this Excel supports, a sync counter, and the single-flight guard.
import type { Lang } from "../core/types";
import type { Capabilities } from "./capabilities";
import { AddinFailure, excelErrorCode, failure, toFailure } from "./errors";
import { LangText, msg, UNCHANGED } from "./messages";

export interface Session {
  ctx: Excel.RequestContext;
  caps: Capabilities;
  /** context.sync(), counted. */
  sync(): Promise<void>;
}

export interface Counted<T> {
  value: T;
  syncs: number;
}

/**
 * Runs `work` inside one Excel.run. On ExcelApi 1.20 the run is one undo step; if Excel
 * refuses to group it (UndoNotSupported) the run is repeated ungrouped — runs are idempotent.
 * Actions that delete a sheet pass groupUndo = false: Excel cannot undo that anyway.
 */
export async function withExcel<T>(
  caps: Capabilities,
  work: (s: Session) => Promise<T>,
  groupUndo = true,
): Promise<Counted<T>> {
  let syncs = 0;
  const attempt = (options: Excel.RunOptions) =>
    Excel.run(options, async (ctx) => {
      const session: Session = {
        ctx,
        caps,
        sync: () => {
          syncs++;
          return ctx.sync();
        },
      };
      return work(session);
    });
  const options: Excel.RunOptions = {};
  if (caps.delayForCellEdit) options.delayForCellEdit = true;
  if (caps.mergeUndoGroup && groupUndo) options.mergeUndoGroup = true;
  try {
    return { value: await attempt(options), syncs };
  } catch (e) {
    if (!options.mergeUndoGroup || excelErrorCode(e) !== "UndoNotSupported") throw e;
    console.warn("township-tiers: undo grouping refused; running without it", e);
    return { value: await attempt({ ...options, mergeUndoGroup: false }), syncs };
  }
}

let running = false;
/** What the running action may leave half written if it fails: nothing until it calls `writing()`. */
let left = UNCHANGED;

/** Called by an action before it queues its first write: a failure from then on may leave `what` half written. */
export function writing(what: LangText): void {
  left = what;
}

/** Whether an action is under way (for tests and the task pane's button state). */
export function isBusy(): boolean {
  return running;
}

/**
 * One action at a time: a second click while one runs gets "busy" and starts nothing. A failure's
 * message says what the action left: nothing, or what may be half written (`writing`).
 */
export async function singleFlight<T extends object>(lang: Lang, action: () => Promise<T>): Promise<T | AddinFailure> {
  if (running) return failure("busy", msg(lang, "busy"));
  running = true;
  left = UNCHANGED;
  try {
    return await action();
  } catch (e) {
    return toFailure(e, lang, left);
  } finally {
    running = false;
  }
}
