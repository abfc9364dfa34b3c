// The sheet picker. Its first entry, "the active sheet", follows whatever the host shows (the adapter
// classifies the active sheet when no name is given); the others pin one sheet by name.

import type { Lang } from "../core/types";
import type { PaneHost } from "../host";
import { byId, clear, el } from "./dom";
import { pt } from "./messages";

export function selectedSheet(): string | undefined {
  const value = byId<HTMLSelectElement>("sheet").value;
  return value ? value : undefined;
}

/** Refills the list, keeping the current pick unless `pick` names another sheet. */
export async function refreshSheets(host: PaneHost, lang: Lang, pick?: string): Promise<void> {
  const select = byId<HTMLSelectElement>("sheet");
  const previous = pick !== undefined ? pick : select.value;
  const names = (await host.listSheets()).filter((n) => !host.ownSheet(n));
  clear(select);
  // data-t: the language switch relabels this entry with the other static texts.
  select.appendChild(el("option", { value: "", "data-t": "activeSheet" }, [pt(lang, "activeSheet")]));
  for (const name of names) select.appendChild(el("option", { value: name }, [name]));
  select.value = names.indexOf(previous) >= 0 ? previous : "";
}
