// opencc-js declares its entries under "exports", which this project's module resolution (node10)
// does not read. The t2cn entry (traditional to simplified only) has the package's types.
declare module "opencc-js/t2cn" {
  export * from "opencc-js";
}
