// The part of WPS 表格's ET object model (the global `Application`) the WPS adapter uses, typed by hand.
// The calls are synchronous and VBA-like: collections are 1-based (.Item, .Count), Address/Resize/Item
// are methods, Value2 is the only write path, colours are BGR integers (/work/shared/WPS-NOTES.md §2).
// The published declarations (npm et-jsapi-declare) are inferred statically and may be wrong, so only
// what the adapter touches is declared here, loosely where the notes leave the answer open; the test
// simulator (test/wps/sim) implements exactly this.

/** What Value2 holds: a scalar for one cell, row arrays for more; empties are null, undefined or "". */
export type EtValue = string | number | boolean | null | undefined;

export interface EtFont {
  Bold: boolean;
}

export interface EtInterior {
  /** BGR integer, as VBA's RGB(): red is 0x0000FF. */
  Color: number;
  ColorIndex: number;
}

export interface EtRange {
  Value2: unknown;
  /** One format for the whole range; null when its cells differ (mixed). */
  NumberFormat: string | null;
  readonly HasFormula: boolean | null;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly EntireColumn: EtRange;
  readonly EntireRow: EtRange;
  ColumnWidth: number | null;
  RowHeight: number | null;
  WrapText: boolean | null;
  /** Points from the sheet's left and top edge. */
  readonly Left: number;
  readonly Top: number;
  ClearContents(): unknown;
  Clear(): unknown;
  /** Only on the active sheet (Activate first), as in Excel. */
  Select(): unknown;
  Merge(): unknown;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
  PrintArea: string;
  PrintGridlines: boolean;
  PrintHeadings: boolean;
  LeftHeader: string;
  CenterHeader: string;
  RightHeader: string;
  LeftFooter: string;
  CenterFooter: string;
  RightFooter: string;
}

export interface EtChartFill {
  readonly ForeColor: { RGB: number };
}

export interface EtPoint {
  readonly Format: { readonly Fill: EtChartFill; readonly Line: { readonly ForeColor: { RGB: number } } };
  readonly Interior: EtInterior;
}

export interface EtSeries {
  HasDataLabels: boolean;
  Points(index: number): EtPoint;
}

export interface EtChart {
  ChartType: number;
  HasTitle: boolean;
  HasLegend: boolean;
  readonly ChartTitle: { Text: string };
  SetSourceData(source: EtRange, plotBy?: number): void;
  SeriesCollection(index: number): EtSeries;
}

export interface EtChartObject {
  readonly Chart: EtChart;
  Delete(): unknown;
}

export interface EtChartObjects {
  readonly Count: number;
  Item(index: number): EtChartObject;
  Add(left: number, top: number, width: number, height: number): EtChartObject;
}

export interface EtShape {
  readonly HasChart?: boolean | number;
  readonly Chart: EtChart;
  Delete(): unknown;
}

export interface EtShapes {
  readonly Count: number;
  Item(index: number): EtShape;
  AddChart2?(style: number, type: number, left: number, top: number, width: number, height: number): EtShape | null;
  AddChart?(type: number, left: number, top: number, width: number, height: number): EtShape | null;
}

export interface EtWorksheet {
  Name: string;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly ProtectContents: boolean;
  readonly PageSetup: EtPageSetup;
  readonly Shapes: EtShapes;
  /** "A1", "A1:C3" (methods, not properties, in the JS API). */
  Range(address: string): EtRange;
  ChartObjects(): EtChartObjects;
  Activate(): void;
  /** Asks the user first unless Application.DisplayAlerts is false. */
  Delete(): void;
}

export interface EtSheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet | null;
  /** Positional only: neither Before nor After puts the new sheet before the active one, and activates it. */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null, count?: number, type?: number): EtWorksheet | null;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ProtectStructure: boolean;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition?: number;
  Navigate?(url: string): void;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  ScreenUpdating: boolean;
  Calculation: number;
  DisplayAlerts?: boolean;
  StatusBar?: string | boolean;
  CreateTaskPane?(url: string, title?: string): EtTaskPane;
  CreateTaskpane?(url: string, title?: string): EtTaskPane;
  GetTaskPane?(id: number): EtTaskPane | null;
  readonly PluginStorage?: {
    getItem(key: string): unknown;
    setItem(key: string, value: unknown): void;
  };
}

/** Numbers, because the Enum objects are unreliable at runtime (WPS-NOTES §2). */
export const XL = {
  columnClustered: 51,
  columns: 2, // XlRowCol.xlColumns: each column a series
  calculationManual: -4135,
  colorIndexNone: -4142,
  landscape: 2,
  portrait: 1,
  paperA4: 9,
} as const;
