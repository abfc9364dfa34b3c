// A small element tree of an XML file (saxes), enough to check the manifest's structure.
import { SaxesParser } from "saxes";

export interface Node {
  name: string; // qualified name as written, e.g. "bt:Image"
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

export function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const root: Node = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: Node[] = [root];
  parser.on("opentag", (tag) => {
    const node: Node = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0];
}

export function child(node: Node, name: string): Node {
  const found = node.children.filter((c) => c.name === name)[0];
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

export function all(node: Node, pred: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (pred(node)) out.push(node);
  for (const c of node.children) all(c, pred, out);
  return out;
}
