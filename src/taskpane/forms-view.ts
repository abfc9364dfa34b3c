// The pane's 乡级申报 section (issue 16): 生成申报表 hands the forms over as a download where the webview can
// save files, and says to use the command line where it cannot; 收回申报表 reads the picked files, shows
// the change list (cell, old → new) with a box to tick for each cell that already holds a value, the
// conflicts, the files refused or ignored and the townships without a form, and writes only on 写入.
// Loaded on demand (app.ts) with its texts, the .xlsx readers and the adapter's forms actions.

import { RECORDS_SHEET } from "../core";
import type { CellChange, CollectPlan, FileProblem, Lang } from "../core";
import type { Capabilities } from "../excel/capabilities";
import { makeForms } from "../excel/forms";
import { changeKey, planForms, writeForms } from "../excel/forms-collect";
import { canSaveFiles, saveLink } from "./download";
import { byId, clear, el } from "./dom";
import type { Child } from "./dom";
import { formsDownload, PickedFile, readPicked, returnedFile } from "./forms-files";
import { ft } from "./forms-messages";

export interface FormsPane {
  lang: Lang;
  caps: Capabilities;
  sheetName?: string;
  /** Runs an action the way app.ts runs every action: one at a time, buttons disabled meanwhile. */
  run(work: () => Promise<void>): void;
}

type Tone = "ok" | "warn" | "error" | "info";

/** Shows a card in the section, under its buttons, scrolled into view (a short pane hides the section). */
function showCard(tone: Tone, children: Child[], focus?: HTMLElement | null): HTMLElement {
  const panel = byId("forms-panel");
  clear(panel);
  const card = el(
    "div",
    { id: "forms-card", class: "card card-" + tone, role: "region", "aria-live": "polite" },
    children,
  );
  panel.appendChild(card);
  card.scrollIntoView(true); // the boolean form: IE11 knows no options
  if (focus) focus.focus();
  return card;
}

function para(text: string, cls?: string): HTMLElement {
  return el("p", cls ? { class: cls } : undefined, [text]);
}

function list(head: string, lines: string[], id: string): HTMLElement[] {
  if (!lines.length) return [];
  return [
    el("h3", { class: "h3" }, [head]),
    el(
      "ul",
      { class: "forms-lines", "data-list": id },
      lines.map((l) => el("li", undefined, [l])),
    ),
  ];
}

function changeText(c: CellChange, lang: Lang): string {
  const old = c.oldText === "" ? ft(lang, "empty") : c.oldText;
  return ft(lang, "change", { cell: c.cell, township: c.township, label: c.label, old, new: c.newText });
}

function fileLines(problems: FileProblem[], lang: Lang): string[] {
  const out: string[] = [];
  for (const p of problems) for (const reason of p.reasons) out.push(ft(lang, "fileLine", { file: p.file, reason }));
  return out;
}

/** Everything but the changes: forms sent twice, conflicts, bad, refused and ignored files, missing townships. */
function reportLists(plan: CollectPlan, lang: Lang): HTMLElement[] {
  const sep = lang === "zh" ? "、" : ", ";
  const dups = plan.accepted
    .filter((a) => a.duplicates.length)
    .map((a) => ft(lang, "duplicate", { township: a.township, files: [a.file].concat(a.duplicates).join(sep) }));
  return [
    ...list(ft(lang, "duplicatesHead"), dups, "duplicates"),
    ...list(
      ft(lang, "conflicts"),
      plan.conflicts.map((c) => c.message),
      "conflicts",
    ),
    ...list(ft(lang, "invalid"), fileLines(plan.invalid, lang), "invalid"),
    ...list(ft(lang, "refused"), fileLines(plan.refused, lang), "refused"),
    ...list(ft(lang, "ignored"), fileLines(plan.ignored, lang), "ignored"),
    ...list(
      ft(lang, "missing", { n: plan.missing.length }),
      plan.missing.length ? [plan.missing.map((m) => m.township).join(sep)] : [],
      "missing",
    ),
  ];
}

function changeItem(c: CellChange, lang: Lang, boxes: { change: CellChange; box: HTMLInputElement }[]): HTMLElement {
  if (!c.confirm) return el("li", { "data-cell": c.cell }, [changeText(c, lang)]);
  const box = el("input", { type: "checkbox", class: "forms-box", "data-cell": c.cell }) as HTMLInputElement;
  boxes.push({ change: c, box });
  return el("li", { "data-cell": c.cell, class: "forms-confirm" }, [
    el("label", undefined, [box, " ", el("strong", undefined, [ft(lang, "overwrite")]), " ", changeText(c, lang)]),
  ]);
}

function planHead(plan: CollectPlan, sheet: string, files: number, lang: Lang): HTMLElement {
  return para(ft(lang, "planHead", { files, accepted: plan.accepted.length, sheet }));
}

function showPlan(pane: FormsPane, files: PickedFile[], sheet: string, plan: CollectPlan): void {
  const { lang } = pane;
  const boxes: { change: CellChange; box: HTMLInputElement }[] = [];
  const changes = plan.changes.length
    ? [
        el("h3", { class: "h3" }, [ft(lang, "changesHead")]),
        plan.changes.some((c) => c.confirm) ? para(ft(lang, "overwriteHint"), "hint") : null,
        el(
          "ul",
          { class: "forms-lines", "data-list": "changes" },
          plan.changes.map((c) => changeItem(c, lang, boxes)),
        ),
      ]
    : plan.accepted.length
      ? [para(ft(lang, "nothing"))]
      : [];
  const write = el("button", { type: "button", id: "forms-write", class: "btn btn-primary" }, [ft(lang, "write")]);
  const cancel = el("button", { type: "button", id: "forms-cancel", class: "btn" }, [ft(lang, "cancel")]);
  cancel.addEventListener("click", () => showCard("info", [para(ft(lang, "cancelled"))], byId("forms-files")));
  write.addEventListener("click", () => {
    (write as HTMLButtonElement).disabled = true; // one write per list: the card is replaced by what it did
    const confirmed = boxes.filter((b) => b.box.checked).map((b) => changeKey(b.change));
    pane.run(() => collect(pane, files, sheet, confirmed));
  });
  const actions = el("div", { class: "actions" }, [plan.accepted.length ? write : null, cancel]);
  const scroll = el("div", { class: "forms-scroll" }, [...changes, ...reportLists(plan, lang)]);
  showCard("warn", [planHead(plan, sheet, files.length, lang), scroll, actions], boxes.length ? boxes[0].box : write);
}

async function collect(pane: FormsPane, files: PickedFile[], sheet: string, confirmed: string[]): Promise<void> {
  const { lang } = pane;
  const read = (rules: Parameters<typeof returnedFile>[1], l: Lang) => files.map((f) => returnedFile(f, rules, l));
  const done = await writeForms({ lang, caps: pane.caps, sheetName: sheet, read, confirmed });
  if (!done.ok) {
    showCard("error", [para(done.message)]);
    return;
  }
  const head = done.written.length
    ? ft(lang, "written", { n: done.written.length, sheet: RECORDS_SHEET })
    : done.recordsWritten
      ? ft(lang, "written", { n: 0, sheet: RECORDS_SHEET })
      : ft(lang, "writtenNone");
  showCard(
    "ok",
    [
      para(head),
      el("div", { class: "forms-scroll" }, [
        ...list(
          ft(lang, "changesHead"),
          done.written.map((c) => changeText(c, lang)),
          "written",
        ),
        ...list(
          ft(lang, "heldHead"),
          done.held.map((c) => changeText(c, lang)),
          "held",
        ),
        ...reportLists(done.plan, lang),
      ]),
    ],
    byId("forms-files"),
  );
}

/** 收回申报表: the picked files read, matched and checked; the plan shown for the user's yes. */
export async function formsBack(pane: FormsPane, picked: FileList): Promise<void> {
  const { lang } = pane;
  const files = await readPicked(picked);
  const read = (rules: Parameters<typeof returnedFile>[1], l: Lang) => files.map((f) => returnedFile(f, rules, l));
  const planned = await planForms({ lang, caps: pane.caps, sheetName: pane.sheetName, read });
  if (!planned.ok) {
    showCard("error", [para(planned.message)]);
    return;
  }
  showPlan(pane, files, planned.sheet, planned.plan);
}

/** 生成申报表: one .xlsx per township, one .zip when there are several, as a download; or why not. */
export async function formsOut(pane: FormsPane): Promise<void> {
  const { lang } = pane;
  if (!canSaveFiles()) {
    showCard("warn", [para(ft(lang, "noDownload"))]);
    return;
  }
  const made = await makeForms({ lang, caps: pane.caps, sheetName: pane.sheetName });
  if (!made.ok) {
    showCard("error", [para(made.message)]);
    return;
  }
  if (!made.forms.length) {
    showCard("warn", [para(ft(lang, "madeNone", { sheet: made.sheet }))]);
    return;
  }
  const file = formsDownload(made.forms, ft(lang, "zipName", { year: made.year }));
  const link = saveLink(file.name, file.bytes, file.type, ft(lang, "download"));
  showCard("ok", [
    para(ft(lang, "made", { sheet: made.sheet, n: made.forms.length, year: made.year, file: file.name })),
    made.yearFromClock ? para(ft(lang, "yearFromClock", { year: made.year }), "hint") : null,
    el("p", undefined, [link]),
  ]);
  link.click();
}
