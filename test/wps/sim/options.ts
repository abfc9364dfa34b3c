// The answers the simulator gives to what WPS-NOTES §6 leaves open, one switch each, so a test can
// run the adapter under every answer. The defaults are the likeliest (VBA's) answers.

export interface SimOptions {
  /** Question 2: Value2 of a 1×N or N×1 range: row arrays ([[a, b]], [[a], [b]]) or one flat array. */
  vectorShape: "rows" | "flat";
  /** Question 2: what an empty cell reads as in Value2. */
  empty: null | undefined | "";
  /** A null inside a written Value2 array: clears the cell, or leaves it as it was (as in Office.js). */
  nullWrite: "clear" | "keep";
  /** Question 3: Worksheets.Item("missing") throws, or returns null. */
  missingItem: "throw" | "null";
  /** Question 4: what Worksheets.Add returns. */
  addReturns: "sheet" | "null";
  /** Question 5: which chart route works ("none": neither). */
  chartRoute: "chartObjects" | "shapes" | "none";
  /** Error cells in Value2: their text ("#N/A") or VBA's CVErr as a COM HRESULT number. */
  errors: "text" | "code";
  /** A "@" cell keeps "=…" and "001" as text ("honoured"), or takes them as a formula / a number. */
  textFormat: "honoured" | "ignored";
  /** Question 6: the task pane method's spelling. */
  paneMethod: "CreateTaskPane" | "CreateTaskpane";
  /** Question 7: PluginStorage.getItem gives back what was stored, or a string. */
  storage: "as-stored" | "string";
  /** Colour points through Format.Fill ("format") or only through Interior ("interior"). */
  pointColour: "format" | "interior";
  /** PageSetup readable and writable, or refused (Excel's without a printer). */
  pageSetup: "works" | "throws";
  /** Range("A1,C3:C9"): all its areas (VBA), refused, or silently its first area only. */
  multiArea: "works" | "throws" | "first-only";
}

export const DEFAULT_OPTIONS: SimOptions = {
  vectorShape: "rows",
  empty: null,
  nullWrite: "clear",
  missingItem: "throw",
  addReturns: "sheet",
  chartRoute: "chartObjects",
  errors: "text",
  textFormat: "honoured",
  paneMethod: "CreateTaskPane",
  storage: "as-stored",
  pointColour: "format",
  pageSetup: "works",
  multiArea: "works",
};

/** Every non-default answer in one set, to run the adapter under all of them at once. */
export const OTHER_ANSWERS: SimOptions = {
  vectorShape: "flat",
  empty: "",
  nullWrite: "keep",
  missingItem: "null",
  addReturns: "null",
  chartRoute: "shapes",
  errors: "code",
  textFormat: "ignored",
  paneMethod: "CreateTaskpane",
  storage: "string",
  pointColour: "interior",
  pageSetup: "throws",
  multiArea: "throws",
};
