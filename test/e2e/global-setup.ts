// Builds dist/ and the office.js stand-in once for every e2e spec.
import { buildAll } from "./harness";

export default function globalSetup(): void {
  const started = Date.now();
  buildAll();
  console.log(`\ne2e: build ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
