// When a required column is not found: for each missing indicator, a list of the sheet's unrecognised
// headers to pick from; 保存 writes the choices into 规则 (表头名称) and classifies again. Nothing is guessed:
// an indicator left at "—" stays unnamed. Rarely needed, so loaded on demand (results.ts): this module and
// its texts are a chunk of their own, outside the pane's budget; the host's nameColumns another (app.ts),
// loaded by 保存. Only hosts that can name columns (PaneHost.columnNaming: Excel) get the picker.

import { columnLetters } from "../core";
import type { ColumnKey, IndicatorKey, Lang, MissingColumns } from "../core";
import { el } from "./dom";
import { nt } from "./name-columns-messages";

export interface PickedName {
  key: IndicatorKey;
  header: string;
}

export function renderNameColumns(
  columns: MissingColumns,
  lang: Lang,
  onSave: (names: PickedName[]) => void,
): HTMLElement {
  const selects: { key: ColumnKey; select: HTMLSelectElement }[] = [];
  const rows: HTMLElement[] = [];
  for (const m of columns.missing) {
    if (m.key === "township") {
      rows.push(el("p", { class: "hint" }, [nt(lang, "township")]));
      continue;
    }
    const id = "name-" + m.key;
    const options = columns.headers.map((h, i) =>
      el("option", { value: String(i) }, [nt(lang, "option", { header: h.text, cell: columnLetters(h.col) + h.row })]),
    );
    options.unshift(el("option", { value: "" }, [nt(lang, "none")]));
    const select = el("select", { id, class: "select", "data-key": m.key }, options) as HTMLSelectElement;
    selects.push({ key: m.key, select });
    rows.push(el("div", { class: "field" }, [el("label", { for: id }, [m.name]), select]));
  }
  const save = el("button", { type: "button", id: "name-save", class: "btn btn-primary" }, [nt(lang, "save")]);
  const note = el("p", { class: "hint", role: "status" }, []);
  save.addEventListener("click", () => {
    const picked: PickedName[] = [];
    const used: Record<string, boolean> = {};
    for (const { key, select } of selects) {
      if (select.value === "") continue;
      if (used[select.value]) {
        note.textContent = nt(lang, "twice");
        select.focus();
        return;
      }
      used[select.value] = true;
      picked.push({ key: key as IndicatorKey, header: columns.headers[Number(select.value)].text });
    }
    if (picked.length === 0) {
      note.textContent = nt(lang, "pickOne");
      if (selects.length) selects[0].select.focus();
      return;
    }
    note.textContent = "";
    onSave(picked);
  });
  const canPick = selects.length > 0 && columns.headers.length > 0;
  const body: HTMLElement[] = [
    el("h2", { class: "h2", id: "name-heading" }, [nt(lang, "heading")]),
    el("p", { class: "hint" }, [nt(lang, canPick ? "hint" : "noHeaders")]),
  ];
  const shown = canPick
    ? rows.concat([el("div", { class: "actions" }, [save]), note])
    : rows.filter((r) => r.tagName === "P");
  return el(
    "section",
    { id: "name-columns", class: "card card-warn", "aria-labelledby": "name-heading" },
    body.concat(shown),
  );
}
