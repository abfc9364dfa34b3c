// An in-pane confirmation: Office blocks window.confirm in add-ins, so the pane asks inline.

import { byId, setText, show } from "./dom";

let pending: ((ok: boolean) => void) | null = null;

function settle(ok: boolean): void {
  const resolve = pending;
  pending = null;
  show(byId("confirm"), false);
  if (resolve) resolve(ok);
}

/** Wires the confirm card once: its buttons and Escape. */
export function initConfirm(): void {
  byId("confirm-yes").addEventListener("click", () => settle(true));
  byId("confirm-no").addEventListener("click", () => settle(false));
  byId("confirm").addEventListener("keydown", (event: KeyboardEvent) => {
    if (event.key === "Escape" || event.key === "Esc") settle(false);
  });
}

/**
 * Shows the question under the row of the button that asked, scrolled into view (the buttons sit at the
 * bottom of the pane, out of sight of its top in a short pane); resolves true on Confirm, false on Cancel
 * or Escape. Focus returns to `opener`.
 */
export function askConfirm(text: string, opener: HTMLElement): Promise<boolean> {
  if (pending) settle(false);
  const card = byId("confirm");
  const row = opener.parentNode as HTMLElement;
  (row.parentNode as HTMLElement).insertBefore(card, row.nextSibling);
  setText(byId("confirm-text"), text);
  show(card, true);
  // Cancel is the safe default: a stray Enter must not clear anything.
  byId("confirm-no").focus();
  card.scrollIntoView(false); // the boolean form: IE11 knows no options
  return new Promise<boolean>((resolve) => {
    pending = (ok) => {
      opener.focus();
      resolve(ok);
    };
  });
}
