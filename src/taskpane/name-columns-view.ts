// When a required column is not found: for each missing indicator, a list of the sheet's unrecognised
// headers to pick from; 保存 writes the choices into 规则 (表头名称) and classifies again. Nothing is guessed:
// an indicator left at "—" stays unnamed.

import { columnLetters } from "../core";
import type { ColumnKey, IndicatorKey, Lang, MissingColumns } from "../core";
import { el } from "./dom";
import { pt } from "./messages";

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
      rows.push(el("p", { class: "hint" }, [pt(lang, "nameTownship")]));
      continue;
    }
    const id = "name-" + m.key;
    const select = el("select", { id, class: "select", "data-key": m.key }, [
      el("option", { value: "" }, [pt(lang, "nameNone")]),
      ...columns.headers.map((h, i) =>
        el("option", { value: String(i) }, [
          pt(lang, "nameOption", { header: h.text, cell: columnLetters(h.col) + h.row }),
        ]),
      ),
    ]) as HTMLSelectElement;
    selects.push({ key: m.key, select });
    rows.push(el("div", { class: "field" }, [el("label", { for: id }, [m.name]), select]));
  }
  const save = el("button", { type: "button", id: "name-save", class: "btn btn-primary" }, [pt(lang, "nameSave")]);
  const note = el("p", { class: "hint", role: "status" }, []);
  save.addEventListener("click", () => {
    const picked: PickedName[] = [];
    const used: Record<string, boolean> = {};
    for (const { key, select } of selects) {
      if (select.value === "") continue;
      if (used[select.value]) {
        note.textContent = pt(lang, "nameTwice");
        select.focus();
        return;
      }
      used[select.value] = true;
      picked.push({ key: key as IndicatorKey, header: columns.headers[Number(select.value)].text });
    }
    if (picked.length === 0) {
      note.textContent = pt(lang, "namePickOne");
      if (selects.length) selects[0].select.focus();
      return;
    }
    note.textContent = "";
    onSave(picked);
  });
  const canPick = selects.length > 0 && columns.headers.length > 0;
  return el("section", { id: "name-columns", class: "card card-warn", "aria-labelledby": "name-heading" }, [
    el("h2", { class: "h2", id: "name-heading" }, [pt(lang, "nameHeading")]),
    el("p", { class: "hint" }, [pt(lang, canPick ? "nameHint" : "nameNoHeaders")]),
    ...(canPick ? rows.concat([el("div", { class: "actions" }, [save]), note]) : rows.filter((r) => r.tagName === "P")),
  ]);
}
