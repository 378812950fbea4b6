// Test and bench helper (not a test): prints, as JSON, the snapshot the extension would send for each
// saved page named on the command line ("<page>=<site>", the page a path or relative to
// ../shared/fixtures/real): the content script's own collection run on the page in jsdom, then the
// background's trim. tests/test_snapshot_fidelity.py parses them beside the pages; the bench sends them.
import { readFileSync } from "node:fs";
import { isAbsolute } from "node:path";
import { REAL, snapshotOf } from "./load_content.mjs";

const out = {};
for (const arg of process.argv.slice(2)) {
  const [page, site] = arg.split("=");
  out[page] = snapshotOf(readFileSync(isAbsolute(page) ? page : REAL + page, "utf8"), site);
}
process.stdout.write(JSON.stringify(out));
