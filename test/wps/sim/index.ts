// A simulated WPS 表格 (ET object model) for tests: test/wps/sim/README in brief — model.ts holds the
// data, app.ts/range.ts/charts.ts the objects the adapter calls, options.ts the answers to WPS-NOTES'
// open questions. Browser-safe; the .xlsx loader is Node-only (load.ts).
export * from "./model";
export * from "./options";
export { createEt } from "./app";
export type { SimHost, SimTaskPane, SimWorksheet } from "./app";
export { parseAddress, addressOf } from "./range";
