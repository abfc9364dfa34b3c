// What this Excel can do, asked once. The adapter takes the result as a parameter, so each
// feature has one flag and one fallback instead of version checks scattered through the code.

export interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}

export interface Capabilities {
  /** ExcelApi 1.1: the floor; without it the add-in cannot run. */
  supported: boolean;
  /** Highest ExcelApi version found, e.g. "1.7" (for the about box and bug reports). */
  excelApi: string;
  /** 1.2: getUsedRange(true). Fallback: getUsedRange(), which may include formatted empty cells. */
  usedRangeValuesOnly: boolean;
  /** 1.2: worksheet.protection.protected. Fallback: the refused write is caught and reported. */
  protection: boolean;
  /** 1.2: format.autofitColumns, format.columnWidth, range.merge. Fallback: default widths, no merge. */
  autofit: boolean;
  /** 1.4: getItemOrNullObject. Fallback: load the worksheet names. */
  nullObjects: boolean;
  /** 1.6: suspendApiCalculationUntilNextSync. Fallback: none (we write values only). */
  suspendCalculation: boolean;
  /** 1.7: getRangeByIndexes. Fallback: getRange with an A1 address. */
  rangeByIndexes: boolean;
  /** 1.7: numberFormatLocal exists; we still read the invariant numberFormat. */
  numberFormatLocal: boolean;
  /** 1.7: ChartPointFormat.border (the dark outline of each tier's bar). Fallback: bars without an outline. */
  chartPointBorder: boolean;
  /** 1.8: setting calculationMode. */
  calculationMode: boolean;
  /** 1.9: suspendScreenUpdatingUntilNextSync. */
  suspendScreenUpdating: boolean;
  /** 1.9: Worksheet.pageLayout (orientation, paper, zoom, print titles, footers). Fallback: Excel's own page setup. */
  pageLayout: boolean;
  /** 1.9: getRanges / RangeAreas. */
  rangeAreas: boolean;
  /** 1.11: Excel.run({ delayForCellEdit }). */
  delayForCellEdit: boolean;
  /** 1.20: Excel.run({ mergeUndoGroup }): one undo step for a whole run. */
  mergeUndoGroup: boolean;
  /** SharedRuntime 1.1: the ribbon command and the task pane share one page. */
  sharedRuntime: boolean;
  /** DialogApi 1.1. */
  dialogApi: boolean;
}

const PROBED = ["1.1", "1.2", "1.4", "1.6", "1.7", "1.8", "1.9", "1.11", "1.20"];

function officeRequirements(): Requirements | undefined {
  return typeof Office !== "undefined" && Office.context ? Office.context.requirements : undefined;
}

export function detectCapabilities(requirements: Requirements | undefined = officeRequirements()): Capabilities {
  const has = (name: string, version: string): boolean => {
    try {
      return requirements ? requirements.isSetSupported(name, version) === true : false;
    } catch {
      return false;
    }
  };
  const excel = (v: string) => has("ExcelApi", v);
  const found = PROBED.filter(excel);
  return {
    supported: excel("1.1"),
    excelApi: found.length ? found[found.length - 1] : "none",
    usedRangeValuesOnly: excel("1.2"),
    protection: excel("1.2"),
    autofit: excel("1.2"),
    nullObjects: excel("1.4"),
    suspendCalculation: excel("1.6"),
    rangeByIndexes: excel("1.7"),
    numberFormatLocal: excel("1.7"),
    chartPointBorder: excel("1.7"),
    calculationMode: excel("1.8"),
    suspendScreenUpdating: excel("1.9"),
    pageLayout: excel("1.9"),
    rangeAreas: excel("1.9"),
    delayForCellEdit: excel("1.11"),
    mergeUndoGroup: excel("1.20"),
    sharedRuntime: has("SharedRuntime", "1.1"),
    dialogApi: has("DialogApi", "1.1"),
  };
}
