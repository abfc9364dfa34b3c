// Fills every static text of taskpane.html in the chosen language: elements say which text they
// want with data-t (content), data-t-label (aria-label) and data-t-title (tooltip).

import type { Lang } from "../core/types";
import { PaneKey, pt } from "./messages";

function each(selector: string, fn: (node: HTMLElement) => void): void {
  const nodes = document.querySelectorAll(selector);
  for (let i = 0; i < nodes.length; i++) fn(nodes[i] as HTMLElement);
}

export function applyLabels(lang: Lang): void {
  document.documentElement.setAttribute("lang", lang === "zh" ? "zh-CN" : "en");
  document.title = pt(lang, "title");
  each("[data-t]", (node) => {
    node.textContent = pt(lang, node.getAttribute("data-t") as PaneKey);
  });
  each("[data-t-label]", (node) => {
    node.setAttribute("aria-label", pt(lang, node.getAttribute("data-t-label") as PaneKey));
  });
  each("[data-t-title]", (node) => {
    node.setAttribute("title", pt(lang, node.getAttribute("data-t-title") as PaneKey));
  });
}
