// DOM building with textContent only: workbook text (township names, headers) is never parsed as HTML.

export type Attrs = Record<string, string | undefined>;
export type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes. */
export function el(tag: string, attrs?: Attrs, children?: Child[]): HTMLElement {
  const node = document.createElement(tag);
  if (attrs) {
    for (const name of Object.keys(attrs)) {
      const value = attrs[name];
      if (value !== undefined) node.setAttribute(name, value);
    }
  }
  if (children) append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Removes every child (IE11 has no replaceChildren). */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error("taskpane.html lacks #" + id);
  return node as T;
}

export function setText(node: Node, text: string): void {
  node.textContent = text;
}

export function show(node: HTMLElement, visible: boolean): void {
  if (visible) node.removeAttribute("hidden");
  else node.setAttribute("hidden", "");
}
