// The request context: operations are queued on proxies and only run at sync(), like Office.js.
import { SimExcelError } from "./errors";
import { SimWorkbook } from "./model";
import { SimProfile } from "./profiles";

/** Fixed per-operation overhead, close to what Office.js adds around each action in its JSON. */
const REQUEST_OVERHEAD = 150;
const RESPONSE_OVERHEAD = 20;

export interface SyncRecord {
  request: number; // bytes
  response: number; // bytes
  ops: number;
}

export interface SimStats {
  syncs: SyncRecord[];
  runs: number;
  runOptions: unknown[];
  calcSuspensions: number;
  screenSuspensions: number;
}

export interface HostState {
  workbook: SimWorkbook;
  profile: SimProfile;
  stats: SimStats;
  payloadLimit: number; // bytes; Excel on the web refuses above 5 MB
  /** Test hook: return an error code to make the operation with this label fail. */
  inject?: (label: string) => string | undefined;
}

export interface Op {
  label: string; // e.g. "Range.values" — also the errorLocation
  api: number; // ExcelApi minor version the operation needs
  payload?: unknown; // what travels in the request
  noUndo?: boolean; // APIs that cannot join an undo group
  run(): unknown; // executes against the model; returns what travels back
  apply?(result: unknown): void; // stores the response on the proxy after a successful sync
}

const encoder = new TextEncoder();
export function jsonBytes(data: unknown): number {
  return data === undefined ? 0 : encoder.encode(JSON.stringify(data)).length;
}

export class SimContext {
  private queue: Op[] = [];
  constructor(
    readonly host: HostState,
    readonly mergeUndoGroup: boolean,
  ) {}

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = { request: 0, response: 0, ops: ops.length };
    this.host.stats.syncs.push(record);
    await Promise.resolve(); // the round trip: nothing runs before the caller yields
    record.request = ops.reduce((n, op) => n + REQUEST_OVERHEAD + jsonBytes(op.payload), 0);
    if (record.request > this.host.payloadLimit) throw new SimExcelError("RequestPayloadSizeLimitExceeded");
    const noUndo = ops.find((op) => op.noUndo);
    if (this.mergeUndoGroup && noUndo) throw new SimExcelError("UndoNotSupported", noUndo.label);
    const results = ops.map((op) => this.execute(op));
    record.response = results.reduce((n: number, r) => n + RESPONSE_OVERHEAD + jsonBytes(r), 0);
    if (record.response > this.host.payloadLimit) throw new SimExcelError("ResponsePayloadSizeLimitExceeded");
    ops.forEach((op, i) => op.apply?.(results[i]));
  }

  /** Operations run in order; the first failure stops the batch (earlier ones stay applied, as in Excel). */
  private execute(op: Op): unknown {
    if (op.api > this.host.profile.excelApi) throw new SimExcelError("ApiNotFound", op.label);
    const injected = this.host.inject?.(op.label);
    if (injected) throw new SimExcelError(injected, op.label);
    return op.run();
  }
}

/** Base of every proxy: properties are readable only once loaded and synced. */
export class SimObject {
  private loaded: Record<string, unknown> = {};
  constructor(protected readonly ctx: SimContext) {}

  get context(): SimContext {
    return this.ctx;
  }

  protected get<T>(prop: string): T {
    if (!(prop in this.loaded)) throw new SimExcelError("PropertyNotLoaded", `${this.constructor.name}.${prop}`, prop);
    return this.loaded[prop] as T;
  }

  /** Called when a response arrives. */
  receive(props: Record<string, unknown>): void {
    Object.assign(this.loaded, props);
  }
}

/** "values, numberFormat" | ["values"] | { select: "values" } → ["values", "numberFormat"]. */
export function propNames(spec: unknown): string[] {
  let text = "";
  if (typeof spec === "string") text = spec;
  else if (Array.isArray(spec)) text = spec.join(",");
  else if (spec && typeof spec === "object" && "select" in spec) text = String((spec as { select: unknown }).select);
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}
