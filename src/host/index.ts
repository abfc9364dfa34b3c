// The host seam (issue 19): what the task pane asks of a spreadsheet host, types only. The Office.js
// adapter's functions satisfy it as they are (src/taskpane/taskpane.ts passes them in, so the Excel build
// gains no code); the WPS adapter implements it over ET (src/wps/pane-host.ts). Neither adapter imports
// the other, and this module imports only the core's types.
import type { MissingColumns } from "../core/errors";
import type { CellIssue, IndicatorKey, Lang, Summary } from "../core/types";

/** A failure as the user reads it: a code, a message in their language, and for a missing column the sheet's headers. */
export interface HostFailure {
  ok: false;
  code: string;
  message: string;
  columns?: MissingColumns;
}

export type HostReport<T extends object = object> = ({ ok: true } & T) | HostFailure;

/**
 * What the pane shows of a run: the core's RunResult is one; the WPS ribbon hands this much of its run to
 * the pane, which lives in another page (src/wps/handover.ts).
 */
export interface RunView {
  sheet: string;
  summary: Summary;
  problems: { township: string; errors: CellIssue[] }[];
  notices: string[];
}

/** What one classification gives the pane (and the shared last-run store). */
export type HostRunReport = HostReport<{ result: RunView; sheet: string; rulesCreated: boolean }>;

/**
 * Every call takes the language and the host's own `caps` back (Excel: its Capabilities, asked once when
 * Office is ready; WPS: nothing it needs), so the Excel functions are the host's methods unwrapped.
 */
export interface HostOptions<C> {
  lang: Lang;
  caps: C;
  /** The sheet picked in the pane; the active sheet when absent. */
  sheetName?: string;
}

export interface ClassifyRequest<C> extends HostOptions<C> {
  /** "reading", "classifying", "writing", "done". */
  onProgress?: (phase: string) => void;
}

/** 清除结果 and the 规则 sheet's buttons: rarely used, so a host may load them on demand. */
export interface SheetActions<C> {
  clearResults(options: HostOptions<C>): Promise<HostReport>;
  activateRulesSheet(options: HostOptions<C>): Promise<HostReport>;
  restoreDefaultRules(options: HostOptions<C>): Promise<HostReport>;
}

export interface SampleAction<C> {
  /** 插入示例: the core's sample district as a new sheet, activated; its name back. */
  insertSampleSheet(options: HostOptions<C>): Promise<HostReport<{ sheet: string }>>;
}

export interface ColumnNaming<C> {
  /** Headers named by hand for missing columns, written into 规则 (表头名称). */
  nameColumns(options: HostOptions<C> & { names: { key: IndicatorKey; header: string }[] }): Promise<HostReport>;
}

export interface PaneHost<C = unknown> {
  caps: C;
  classifyActiveSheet(options: ClassifyRequest<C>): Promise<HostRunReport>;
  /** Activates the sheet and selects the cell (the problem list's entries). */
  selectCell(sheet: string, address: string, lang: Lang): Promise<HostReport>;
  /** The workbook's sheet names in tab order. */
  listSheets(): Promise<string[]>;
  /** The product's own sheets (规则, 分类汇总, …): never offered in the picker. */
  ownSheet(name: string): boolean;
  sheetActions(): Promise<SheetActions<C>>;
  sample(): Promise<SampleAction<C>>;
  /** Absent where the host cannot name columns yet: the pane then offers no picker. */
  columnNaming?(): Promise<ColumnNaming<C>>;
}
