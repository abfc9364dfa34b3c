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

/** Shows the question; resolves true on Confirm, false on Cancel or Escape. Focus returns to `opener`. */
export function askConfirm(text: string, opener: HTMLElement): Promise<boolean> {
  if (pending) settle(false);
  setText(byId("confirm-text"), text);
  show(byId("confirm"), true);
  // Cancel is the safe default: a stray Enter must not clear anything.
  byId("confirm-no").focus();
  return new Promise<boolean>((resolve) => {
    pending = (ok) => {
      opener.focus();
      resolve(ok);
    };
  });
}
