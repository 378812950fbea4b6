// Test helper: load the classic content scripts into a jsdom window with a stub extension API.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
export const CONTENT_SCRIPTS = [
  "content/rapport.js",
  "content/profile_urls.js",
  "content/site_selectors.js",
  "content/snapshot.js",
  "content/features/capture.js",
  "content/run_features.js",
];
const sources = new Map(CONTENT_SCRIPTS.map((f) => [f, readFileSync(SRC + f, "utf8")]));
// A pseudo-script for tests: installs window.__timing as the capture timing before capture.js runs.
sources.set("timing", "if (window.__timing) Rapport.captureTiming = window.__timing;");

/** A jsdom window at `url` with `html`, the given content scripts evaluated in it, and a recording stub API. */
export function loadContent(html, url, { scripts = CONTENT_SCRIPTS, settings = {}, answer = () => ({ ok: true }), before = null } = {}) {
  const dom = new JSDOM(html, { url, runScripts: "outside-only", pretendToBeVisual: true });
  const sent = [];
  const listeners = [];
  dom.window.chrome = {
    runtime: {
      async sendMessage(message) {
        sent.push(structuredClone(message)); // what both browsers do to a message
        return answer(message);
      },
      onMessage: { addListener: (fn) => listeners.push(fn) },
    },
    storage: { local: { async get() { return { settings }; } } },
  };
  if (before) before(dom.window);
  for (const file of scripts) dom.window.eval(sources.get(file));
  return { dom, window: dom.window, document: dom.window.document, Rapport: dom.window.Rapport, sent, listeners };
}

/** Wait until `predicate()` holds (polling), or fail after `ms`. */
export async function until(predicate, ms = 3000, what = "condition") {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const REAL = fileURLToPath(new URL("../../../shared/fixtures/real/", import.meta.url));
