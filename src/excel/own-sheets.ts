// The sheets the product writes (规则, 分类汇总, 上年对照, 收表记录 and the year's documents): never the
// sheet a run classifies or a document is made from, never offered in the pane's pickers.
export { productSheet as ownSheet } from "../core";
