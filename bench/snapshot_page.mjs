// Prints the snapshot the extension would send for a saved page: the extension's own content-script
// code (rapport.js, site_selectors.js, snapshot.js) run on the page in jsdom.
// Usage: node bench/snapshot_page.mjs PAGE.html URL [site]
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { buildSnapshot } from "../extension/src/shared/snapshot_trim.js";

const [page, url, site = "linkedin"] = process.argv.slice(2);
const root = new URL("../extension/src/content/", import.meta.url);
const dom = new JSDOM(readFileSync(page, "utf8"), { url, runScripts: "outside-only" });
dom.window.chrome = { runtime: { sendMessage() {}, onMessage: { addListener() {} } }, storage: { local: { get: async () => ({}) }, onChanged: { addListener() {} } } };
for (const file of ["rapport.js", "site_selectors.js", "snapshot.js"]) {
  dom.window.eval(readFileSync(new URL(file, root), "utf8"));
}
const started = performance.now();
const snapshot = buildSnapshot(dom.window.Rapport.rawSnapshot(dom.window.document, site));
process.stderr.write(`snapshot ${snapshot.length} chars in ${(performance.now() - started).toFixed(1)} ms (jsdom)\n`);
process.stdout.write(snapshot);
