// Handing a file to the user from the pane: a Blob and <a download>. Where that works is a question of the
// webview, not of Excel's API level (docs/decisions/forms.md): the IE11 webview of volume-licensed Excel
// 2016/2019 has no download attribute; Excel for Mac's WKWebView has it but does nothing with it
// (office-js#2700, #3385), which only Office's platform tells. Asked once per click, like capabilities.ts.

import { el } from "./dom";

function officePlatform(): string | undefined {
  if (typeof Office === "undefined" || !Office.context) return undefined;
  // Not in every host's Office.context (older hosts, the e2e stand-in): then the platform is unknown.
  const diagnostics = Office.context.diagnostics as Office.ContextInformation | undefined;
  return diagnostics && diagnostics.platform ? String(diagnostics.platform) : undefined;
}

/** The pane can save a file: Excel on the web (the user's browser) and WebView2 on Windows. */
export function canSaveFiles(): boolean {
  const url = typeof URL !== "undefined" ? URL : undefined;
  if (!("download" in document.createElement("a")) || typeof Blob === "undefined" || !url || !url.createObjectURL)
    return false;
  const platform = officePlatform();
  return platform !== "Mac" && platform !== "iOS";
}

let lastUrl: string | null = null;

/** A link that saves the bytes under `name` (the previous link's object URL is let go). */
export function saveLink(name: string, bytes: Uint8Array, type: string, text: string): HTMLAnchorElement {
  // Object URLs only (IE 10+, MDN), never the URL constructor IE11 lacks; and canSaveFiles keeps IE11 out.
  const urls = URL;
  if (lastUrl) urls.revokeObjectURL(lastUrl);
  // The buffer itself, not the view: Blob takes an ArrayBuffer in every webview.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  lastUrl = urls.createObjectURL(new Blob([buffer], { type }));
  return el("a", { href: lastUrl, download: name, class: "btn-link", id: "forms-download" }, [
    text,
  ]) as HTMLAnchorElement;
}
