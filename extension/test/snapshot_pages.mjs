// Test and bench helper (not a test): prints, as JSON, the snapshot the extension would send for each
// saved page named on the command line ("<page>=<site>", the page a path or relative to
// ../shared/fixtures/real): the content script's own collection run on the page in jsdom, then the
// background's trim. tests/test_snapshot_fidelity.py parses them beside the pages; the bench sends them.
import { readFileSync } from "node:fs";
import { isAbsolute } from "node:path";
import { REAL, loadContent } from "./load_content.mjs";
import { buildSnapshot } from "../src/shared/snapshot_trim.js";

const SCRIPTS = ["content/rapport.js", "content/site_selectors.js", "content/snapshot.js"];
const out = {};
for (const arg of process.argv.slice(2)) {
  const [page, site] = arg.split("=");
  const html = readFileSync(isAbsolute(page) ? page : REAL + page, "utf8");
  const { Rapport, document, window } = loadContent(html, "https://example.invalid/", { scripts: SCRIPTS });
  out[page] = buildSnapshot(structuredClone(Rapport.rawSnapshot(document, site)));
  window.close();
}
process.stdout.write(JSON.stringify(out));
