// Before each e2e spec file: a minute per test (a browser launch and a page load), and no browser,
// no tests: every `test` becomes a skipped one titled "… [needs chromium]" (with CI=true, a failing one).
import { findBrowser, needs } from "../support/tools";

jest.setTimeout(60000);

if (!findBrowser()) {
  const g = global as unknown as { test: jest.It; it: jest.It };
  const wrapped = needs(g.test, "chromium");
  g.test = wrapped;
  g.it = wrapped;
}
