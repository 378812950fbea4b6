// Test helper: load the classic content scripts into a jsdom window with a stub extension API.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { buildSnapshot } from "../src/shared/snapshot_trim.js";
import { captureStatus, normaliseSettings } from "../src/shared/settings.js";

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

/** The background's answer to a message, as far as content scripts need it: rapport:page says whether to capture. */
function backgroundAnswer(message, settings) {
  if (message.type !== "rapport:page") return { ok: true };
  if (!message.key) return { ok: true, capture: false };
  const status = captureStatus(normaliseSettings(settings), message.site, new URL(message.url).hostname);
  return { ok: true, capture: status === "waiting" };
}

/**
 * A jsdom window at `url` with `html`, the given content scripts evaluated in it, and a recording stub API
 * (no storage: content scripts never read it; the background's answers follow `settings`).
 */
export function loadContent(html, url, { scripts = CONTENT_SCRIPTS, settings = {}, answer = (m) => backgroundAnswer(m, settings), before = null } = {}) {
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
  };
  if (before) before(dom.window);
  for (const file of scripts) dom.window.eval(sources.get(file));
  return { dom, window: dom.window, document: dom.window.document, Rapport: dom.window.Rapport, sent, listeners };
}

// The scripts a snapshot needs (the helper, the site selectors and the collection itself).
export const SNAPSHOT_SCRIPTS = ["content/rapport.js", "content/site_selectors.js", "content/snapshot.js"];

/** What the extension would send for `html` on `site`: the content script's collection, cloned as a
 * message is, then the background's trim. */
export function snapshotOf(html, site, url = "https://example.invalid/") {
  const { Rapport, document, window } = loadContent(html, url, { scripts: SNAPSHOT_SCRIPTS });
  try {
    return buildSnapshot(structuredClone(Rapport.rawSnapshot(document, site)));
  } finally {
    window.close();
  }
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
