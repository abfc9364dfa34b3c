// The ribbon's one-click Classify (ExecuteFunction "classify"). Wiring only: the adapter does the
// work; the outcome goes to the shared last-run store, and the pane opens when there is something
// to look at. Runs in the task pane's page (shared runtime), or alone where a host loads it so.

import { classifyActiveSheet, detectCapabilities } from "../excel";
import { currentLang } from "../state/lang-pref";
import { ClassifyOutcome, setLastRun } from "../state/last-run";

/** Problems worth opening the pane for: an error, or any bad cell. */
export function needsAttention(outcome: ClassifyOutcome): boolean {
  if (!outcome.ok) return true;
  return outcome.result.problems.length > 0;
}

function openPane(): void {
  // showAsTaskpane only takes effect after event.completed() (office-js#3250), so it runs last.
  Office.addin.showAsTaskpane().then(undefined, (err: unknown) => console.error("showAsTaskpane failed", err));
}

export async function classifyCommand(event: Office.AddinCommands.Event): Promise<void> {
  const caps = detectCapabilities();
  let open = false;
  try {
    const lang = currentLang();
    const outcome = await classifyActiveSheet({ lang, caps });
    // A second click while a run is going: that run reports; this one stays silent.
    if (!outcome.ok && outcome.code === "busy") return;
    setLastRun({ outcome, lang, at: new Date(), source: "ribbon" });
    open = needsAttention(outcome);
  } catch (err) {
    console.error("classify command failed", err);
    open = true;
  } finally {
    event.completed();
  }
  if (open && caps.sharedRuntime) openPane();
}

Office.onReady(() => {
  // Hosts without a ribbon (VL 2016/2019) have no Office.actions; the pane works there alone.
  if (Office.actions && typeof Office.actions.associate === "function") {
    Office.actions.associate("classify", classifyCommand);
  }
});
