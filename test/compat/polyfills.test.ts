// Proof that the core-js modules webpack.config.js leaves out of the legacy flavour
// (POLYFILLS_NOT_NEEDED: the typed-array, ArrayBuffer and Uint8Array families) are not needed.
// core-js "usage" goes by names, not types: one `new Float64Array(n)` pulls in a whole
// replacement typed-array implementation (~30 KB). With the TypeScript type checker over every
// file the pane and the ribbon command load, this test shows that typed arrays are only
//   - constructed from a length or an ArrayBuffer (IE11 native, MDN compat data),
//   - read through members IE11 has natively (MDN compat data: length, buffer, subarray…),
//   - indexed, never iterated (no for…of or spread), never handed to code that does not know it
//     holds a typed array (any, unknown, generics) except as ArrayLike<number> (length and index only).
// If a change breaks one of these, drop the exclusion (and check the 215 KB budget) or undo it.
import { join } from "path";
import * as ts from "typescript";
import { ROOT } from "./tools";

const bcd = require("@mdn/browser-compat-data") as { javascript: { builtins: Record<string, Record<string, { __compat?: { support: { ie?: { version_added: string | boolean | null } } } }>> } };
const { POLYFILLS_NOT_NEEDED } = require("../../webpack.config.js") as { POLYFILLS_NOT_NEEDED: RegExp[] };

const TYPED = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array"];
const BUFFERS = ["ArrayBuffer", "ArrayBufferLike", "SharedArrayBuffer"];

function ieHas(builtin: string, member: string): boolean {
  const entry = bcd.javascript.builtins[builtin] && bcd.javascript.builtins[builtin][member];
  const added = entry && entry.__compat ? entry.__compat.support.ie : undefined;
  return !!added && typeof added.version_added === "string";
}

function program(): ts.Program {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  return ts.createProgram([join(ROOT, "src/taskpane/taskpane.ts"), join(ROOT, "src/commands/commands.ts")], { ...options, noEmit: true });
}

const prog = program();
const checker = prog.getTypeChecker();
const sources = prog.getSourceFiles().filter((f) => f.fileName.indexOf(join(ROOT, "src") + "/") === 0);

function names(type: ts.Type): string[] {
  if (type.isUnion() || type.isIntersection()) return type.types.flatMap(names);
  const sym = type.getSymbol() || type.aliasSymbol;
  return sym ? [sym.getName()] : [];
}
const isTyped = (type: ts.Type) => names(type).some((n) => TYPED.indexOf(n) >= 0);
const isBuffer = (type: ts.Type) => names(type).some((n) => BUFFERS.indexOf(n) >= 0);
const isTypedCtor = (type: ts.Type) => names(type).some((n) => TYPED.indexOf(n.replace(/Constructor$/, "")) >= 0 && /Constructor$/.test(n));
const isLoose = (type: ts.Type) => (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter)) !== 0;

interface Finding { where: string; what: string }

function audit(): { uses: Finding[]; bad: Finding[] } {
  const uses: Finding[] = [];
  const bad: Finding[] = [];
  for (const sf of sources) {
    const at = (n: ts.Node) => `${sf.fileName.slice(ROOT.length + 1)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && isTypedCtor(checker.getTypeAtLocation(node.expression))) {
        const args = node.arguments || ts.factory.createNodeArray();
        const numeric = (a: ts.Expression) => (checker.getTypeAtLocation(a).flags & ts.TypeFlags.NumberLike) !== 0;
        // IE11 (MDN): from a length, or a view of a buffer with an optional offset and length.
        const ok =
          (args.length === 1 && numeric(args[0])) ||
          (args.length >= 1 && args.length <= 3 && isBuffer(checker.getTypeAtLocation(args[0])) && args.slice(1).every(numeric));
        (ok ? uses : bad).push({ where: at(node), what: `new ${node.expression.getText(sf)}(${args.map((a) => checker.typeToString(checker.getTypeAtLocation(a))).join(", ")})` });
      }
      if (ts.isPropertyAccessExpression(node)) {
        const recv = checker.getTypeAtLocation(node.expression);
        const member = node.name.getText(sf);
        if (isTyped(recv)) (ieHas("TypedArray", member) ? uses : bad).push({ where: at(node), what: `typed array .${member}` });
        if (isBuffer(recv)) (ieHas("ArrayBuffer", member) ? uses : bad).push({ where: at(node), what: `ArrayBuffer .${member}` });
        if (isTypedCtor(recv) && member !== "BYTES_PER_ELEMENT") bad.push({ where: at(node), what: `${node.expression.getText(sf)}.${member}` });
      }
      if (ts.isForOfStatement(node) && isTyped(checker.getTypeAtLocation(node.expression))) bad.push({ where: at(node), what: "for…of over a typed array" });
      if (ts.isSpreadElement(node) && isTyped(checker.getTypeAtLocation(node.expression))) bad.push({ where: at(node), what: "spread of a typed array" });
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && BUFFERS.indexOf(node.expression.text) >= 0) bad.push({ where: at(node), what: "new ArrayBuffer" });
      // A typed array handed to something that does not know it is one (any, unknown, a generic).
      if (ts.isExpression(node) && !ts.isPropertyAccessExpression(node.parent) && isTyped(checker.getTypeAtLocation(node))) {
        const ctx = checker.getContextualType(node);
        // ArrayLike<number> declares only length and an index, so code behind it cannot call more.
        const fine = isTyped(ctx || checker.getAnyType()) || (ctx !== undefined && names(ctx).indexOf("ArrayLike") >= 0);
        if (ctx && (isLoose(ctx) || !fine)) {
          bad.push({ where: at(node), what: `typed array passed as ${checker.typeToString(ctx)}` });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { uses, bad };
}

test("the exclusions are exactly the typed-array families", () => {
  expect(POLYFILLS_NOT_NEEDED.map(String)).toEqual(["/^es(next)?\\.typed-array\\./", "/^es(next)?\\.array-buffer\\./", "/^es(next)?\\.uint8-array\\./"]);
});

test("the audit sees what the pane loads: core, excel, state, taskpane, commands, the .xlsx readers (乡级申报, on demand), the host seam's types; no Node-only source", () => {
  const dirs = Array.from(new Set(sources.map((f) => f.fileName.slice(ROOT.length + 1).split("/")[1]))).sort();
  expect(dirs).toEqual(["commands", "core", "excel", "host", "state", "taskpane", "xlsx"]);
  expect(sources.length).toBeGreaterThan(30);
});

test("typed arrays in the pane's code use only what IE11 has natively", () => {
  const { uses, bad } = audit();
  expect(bad).toEqual([]);
  // The audit must see the real uses, or it proves nothing (the core reads columns into typed arrays).
  expect(uses.filter((u) => u.what.indexOf("new ") === 0).length).toBeGreaterThanOrEqual(3);
  expect(uses.some((u) => u.what === "typed array .length")).toBe(true);
});

test("the audit can fail: IE11 lacks typed-array fill, from and iteration", () => {
  expect(ieHas("TypedArray", "fill")).toBe(false);
  expect(ieHas("TypedArray", "from")).toBe(false);
  expect(ieHas("TypedArray", "@@iterator")).toBe(false);
  expect(ieHas("TypedArray", "subarray")).toBe(true);
  expect(ieHas("TypedArray", "length")).toBe(true);
});
