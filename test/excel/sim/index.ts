// The Excel host simulator (test code only). Browser-safe; the .xlsx loader is node-loader.ts.
export { createSimHost, WEB_PAYLOAD_LIMIT } from "./host";
export type { SimHost, SimHostOptions } from "./host";
export { SimExcelError } from "./errors";
export { PROFILES, isSetSupported } from "./profiles";
export type { SimProfile } from "./profiles";
export * from "./model";
export { parseAddress, formatRect, colLetters } from "./address";
export type { SimStats, SyncRecord } from "./context";
export { MAX_ADDRESS_CHARS, parseAddressList } from "./range-areas";
