// Test helper: run the guard's classic content scripts in a jsdom page, with the background played by a stub.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const GUARD_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../src/guard");
/** In the order the manifest loads them (scripts/build_extension.py, GUARD_SCRIPTS), but for indicator.js: only
 *  its own test (guard_indicator.test.mjs) types into composers and adds it. */
export const GUARD_FILES = ["composers.js", "guard_view.js", "guard_switch.js", "guard.js"];
export const GUARD_SOURCES = GUARD_FILES.map((name) => readFileSync(resolve(GUARD_DIR, name), "utf8"));
// createRequire honours NODE_PATH, so jsdom may come from extension/node_modules or from elsewhere.
export const { JSDOM } = createRequire(import.meta.url)("jsdom");

export const OK_VERDICT = { verdict: "ok", score: 0, ask: "none", stage: "new", reasons: [], suggestions: [] };

/**
 * A jsdom page at `url` running the guard; `body` is a page's body (or a whole page), `answer(message)`
 * plays the background (a value or a promise). Every message the guard sends is recorded.
 */
export function loadGuard(body, url, answer = () => ({ ok: true, verdict: OK_VERDICT }), head = "<title>Test | LinkedIn</title>") {
  const html = /<html/i.test(body) ? body : `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const dom = new JSDOM(html, { url, runScripts: "outside-only", pretendToBeVisual: true });
  const { window } = dom;
  const messages = [];
  window.chrome = {
    runtime: {
      sendMessage(message) {
        messages.push(JSON.parse(JSON.stringify(message)));
        return Promise.resolve(answer(message));
      },
    },
  };
  window.__sent = [];
  for (const source of GUARD_SOURCES) window.eval(source);
  return {
    dom, window, document: window.document, messages, C: window.RapportComposers,
    checks: () => messages.filter((m) => m.type === "rapport:check"),
  };
}
