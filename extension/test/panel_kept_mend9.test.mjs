// Panel mend 9: `knowsThem` reads the render's `now` for promises kept lately (not the machine's clock), and before
// "This is me" the question leads, above "Log a contact" and "Add a promise" (newcomer 8, P4).
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { renderPerson, knowsThem, shownCheckInOpener } = await import("../src/panel/panel_view.js");

const noop = () => {};
const actions = { copy: noop, addNote: noop, editNote: noop, logInteraction: noop, undoInteraction: noop, thisIsMe: noop };
// Years from the machine's clock either way, so the real clock cannot decide.
const THEN = new Date(2019, 0, 20, 12, 0);

function stranger(commitments = []) {
  return {
    person_id: "p1",
    profile: { site: "linkedin", url: "https://www.linkedin.com/in/kekayan/", name: "Kekayan N" },
    common_ground: { tier: "none", commonalities: [] },
    starters: [],
    commitments,
    tie: { strength: 0, stage: "stranger", layer: null, next_check_in: "2019-01-25", overdue: false },
    check_in: { due: "2019-01-25", overdue: false, soon: true, opener: { text: "Hi Kekayan, did the intro to Sri help?", kind: "check-in", evidence: "" } },
  };
}

test("a promise kept lately counts as history at the render's now, not the machine's", () => {
  const kept = stranger([{ id: 1, text: "Intro to Sri", created_at: "2019-01-10", done_at: "2019-01-15T09:00:00" }]);
  assert.equal(knowsThem(kept, THEN), true);
  assert.equal(knowsThem(kept, new Date(2019, 2, 20)), false, "two months later: no longer");
  assert.equal(shownCheckInOpener(kept, THEN)?.text, "Hi Kekayan, did the intro to Sri help?");
  const view = renderPerson(kept, actions, { now: THEN });
  assert.equal(view.dataset.known, "true");
  assert.equal(view.querySelector('[data-testid="check-in-opener"]')?.textContent.startsWith("Hi Kekayan, did the intro"), true);
});

const order = (view, a, b) => {
  const first = view.querySelector(`[data-testid="${a}"]`);
  const second = view.querySelector(`[data-testid="${b}"]`);
  assert.ok(first && second, `${a} and ${b} are shown`);
  return first.compareDocumentPosition(second) & dom.window.Node.DOCUMENT_POSITION_FOLLOWING ? "before" : "after";
};

test("before your own profile is known, 'This is me' comes before logging a contact or a promise", () => {
  const view = renderPerson(stranger(), actions, { meSet: false, now: THEN });
  assert.equal(order(view, "this-is-me", "log-interaction"), "before");
  assert.equal(order(view, "this-is-me", "promise-form"), "before");
  assert.equal(order(view, "this-is-me", "tier") , "before", "above the common ground too");
});

test("once it is known, the small 'Use as my own profile instead' stays at the bottom", () => {
  const view = renderPerson(stranger(), actions, { meSet: true, now: THEN });
  assert.equal(order(view, "this-is-me", "log-interaction"), "after");
  assert.equal(view.querySelector('[data-testid="this-is-me"]').textContent, "Use as my own profile instead");
});

test("setup: Import waits for the saved page, and the hint says the page comes first (newcomer 8, P6)", async () => {
  const { readFileSync } = await import("node:fs");
  const html = readFileSync(new URL("../src/setup/setup.html", import.meta.url), "utf8");
  const page = new JSDOM(html).window.document;
  assert.equal(page.getElementById("me-import").disabled, true);
  assert.match(page.querySelector('[data-testid="me-url-hint"]').textContent, /^Choose the saved page first/);
  const script = readFileSync(new URL("../src/setup/setup.js", import.meta.url), "utf8");
  assert.match(script, /\$\("me-import"\)\.disabled = !file;/, "choosing a page enables Import");
});
