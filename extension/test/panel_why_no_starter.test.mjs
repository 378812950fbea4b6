// Panel mend 10: the panel says the companion's reason for no starter (PersonView.why_no_starters) instead of its
// own guess (newcomer 9, W3 and W2's "Also"), as text; before your own profile is known, "Log a contact" and "Add a
// promise" about a profile that may be yours are folded (P1); the setup hint says what choosing the page does (P2).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { renderPerson, noStarterLine, knownNotYou } = await import("../src/panel/panel_view.js");

const noop = () => {};
const actions = { copy: noop, addNote: noop, editNote: noop, logInteraction: noop, undoInteraction: noop, thisIsMe: noop };
const NOW = new Date(2026, 11, 7, 12, 0);
const CAUSE = { kind: "cause", label: "human rights", why: "You both list Human Rights among your causes.", counted: true };

function person(extra = {}) {
  return {
    person_id: "p1",
    profile: { site: "linkedin", url: "https://www.linkedin.com/in/wang-wei/", name: "王伟" },
    common_ground: { tier: "some", commonalities: [CAUSE] },
    starters: [],
    tie: { strength: 0, stage: "stranger", layer: null, next_check_in: null, overdue: false },
    ...extra,
  };
}

const WHY = "their name is written only in Chinese characters (王伟): Rapport does not put it in an opener in English; write your own greeting";

test("the companion's reason is said, not the panel's guess", () => {
  assert.equal(noStarterLine(person({ why_no_starters: WHY })), `No starters: ${WHY}.`);
  const view = renderPerson(person({ why_no_starters: WHY }), actions, { now: NOW });
  const line = view.querySelector('[data-testid="no-starter"]').textContent;
  assert.equal(line, `No starters: ${WHY}.`);
  assert.doesNotMatch(line, /not specific enough/);
});

test("without a reason (an older companion, or no rule decided) the panel's own line stays", () => {
  assert.match(noStarterLine(person()), /^No starter yet: what you share is not specific enough to open with/);
  assert.match(noStarterLine(person({ why_no_starters: null })), /not specific enough/);
  assert.match(noStarterLine(person({ why_no_starters: "  " })), /not specific enough/);
});

test("a reason already ending in a full stop gets one, not two", () => {
  assert.equal(noStarterLine(person({ why_no_starters: "you know them." })), "No starters: you know them.");
});

test("a name from their page in the reason is inserted as text", () => {
  const hostile = `their name is written only in Chinese characters (<img src=x onerror="alert(1)">王伟): write your own`;
  const view = renderPerson(person({ why_no_starters: hostile }), actions, { now: NOW });
  const line = view.querySelector('[data-testid="no-starter"]');
  assert.equal(line.querySelector("img"), null);
  assert.equal(line.textContent, `No starters: ${hostile}.`);
});

test("before your own profile is known, logging a contact or a promise about a profile that may be yours is folded", () => {
  const view = renderPerson(person(), actions, { meSet: false, now: NOW });
  const folded = view.querySelector('[data-testid="not-you"]');
  assert.ok(folded, "folded under 'Not you?'");
  assert.equal(folded.tagName, "DETAILS");
  assert.equal(folded.open, false);
  assert.equal(folded.querySelector("summary").textContent, "Not you? Log a contact or add a promise");
  for (const id of ["stage", "log-interaction", "promise-form"]) {
    assert.ok(folded.querySelector(`[data-testid="${id}"]`), `${id} is inside the fold`);
  }
});

test("a record of them, or your own profile known, shows the relationship outright", () => {
  const met = person({ interactions: [{ id: 1, kind: "video-call", at: "2026-12-01" }] });
  assert.equal(knownNotYou(met, false), true);
  assert.equal(knownNotYou(person({ notes: [{ id: 1, text: "met at PyCon" }] }), false), true);
  assert.equal(knownNotYou(person(), false), false);
  assert.equal(knownNotYou(person(), true), true);
  for (const [p, meSet] of [[met, false], [person(), true]]) {
    const view = renderPerson(p, actions, { meSet, now: NOW });
    assert.equal(view.querySelector('[data-testid="not-you"]'), null);
    assert.ok(view.querySelector('[data-testid="log-interaction"]'));
  }
});

test("setup: the hint says choosing a page that names its address imports it at once (newcomer 9, P2)", () => {
  const html = readFileSync(new URL("../src/setup/setup.html", import.meta.url), "utf8");
  const hint = new JSDOM(html).window.document.querySelector('[data-testid="me-url-hint"]').textContent.replace(/\s+/g, " ");
  assert.match(hint, /Rapport imports it at once/);
  assert.match(hint, /Only when it does not: type the address of your profile, then press Import\./);
  assert.doesNotMatch(hint, /Import reads it/);
  // What the hint says is what the script does: a page naming its address is imported on choosing it.
  const script = readFileSync(new URL("../src/setup/setup.js", import.meta.url), "utf8");
  assert.match(script, /if \(\$\("me-url"\)\.value\.trim\(\)\) return importSavedPage\(html\);/);
});
