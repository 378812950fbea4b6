// Newcomer 10's words on the side panel: "Use as my own profile instead" sat under every person once your own
// profile was known (P4); it is folded under a quiet "More" now, still asked before it replaces anything. And the
// tier said "Practically twins! 23 things in common." (P2): calm words now, the same as the CLI's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { renderPerson } = await import("../src/panel/panel_view.js");
const { tierLine } = await import("../src/shared/wording.js");

const NOW = new Date(2026, 11, 7, 12, 0);
const byTestId = (root, id) => [...root.querySelectorAll(`[data-testid="${id}"]`)];
const person = (extra = {}) => ({
  person_id: "p1",
  profile: { site: "linkedin", url: "https://www.linkedin.com/in/dulitha/", name: "Dulitha Perera" },
  common_ground: { tier: "none", commonalities: [] },
  starters: [], notes: [], commitments: [], interactions: [], tie: { stage: "new" },
  ...extra,
});

test("once your own profile is known, the link is folded under a closed, quiet 'More', and nowhere else", () => {
  const view = renderPerson(person(), {}, { now: NOW, meSet: true });
  const links = byTestId(view, "this-is-me");
  assert.equal(links.length, 1);
  const fold = links[0].closest("details");
  assert.ok(fold, "inside a disclosure");
  assert.equal(fold.dataset.testid, "me-more");
  assert.equal(fold.open, false, "closed until asked");
  assert.equal(fold.querySelector("summary").textContent, "More");
  assert.ok(fold.classList.contains("me-quiet"));
  assert.doesNotMatch(fold.querySelector("summary").textContent, /own profile/, "the folded line does not invite it");
});

test("from the fold, the link still asks first, and Cancel puts the fold back", () => {
  const calls = [];
  const view = renderPerson(person(), { thisIsMe: (button) => calls.push(button) }, { now: NOW, meSet: true });
  const fold = byTestId(view, "me-more")[0];
  fold.open = true;
  byTestId(view, "this-is-me")[0].click();
  assert.match(byTestId(view, "this-is-me-question")[0].textContent, /^Replace your own profile with this one\?/);
  assert.equal(calls.length, 0, "one click replaces nothing");
  byTestId(view, "this-is-me-cancel")[0].click();
  assert.equal(byTestId(view, "this-is-me-question").length, 0);
  assert.equal(byTestId(view, "me-more")[0], fold);
  byTestId(view, "this-is-me")[0].click();
  byTestId(view, "this-is-me-confirm")[0].click();
  assert.equal(calls.length, 1);
});

test("before your own profile is known, the question is asked outright, not folded", () => {
  const view = renderPerson(person(), {}, { now: NOW, meSet: false });
  assert.equal(byTestId(view, "me-more").length, 0);
  assert.equal(byTestId(view, "this-is-me")[0].closest("details"), null);
  assert.match(view.textContent, /Is this your own profile\? This is me/);
});

test("the tiers are said calmly: no exclamation, no 'twins'", () => {
  const things = (n) => new Array(n).fill({});
  assert.equal(tierLine({ tier: "twins", commonalities: things(23) }), "A lot to talk about. 23 things in common.");
  assert.equal(tierLine({ tier: "coincidence", commonalities: things(5) }), "Plenty to talk about. 5 things in common.");
  assert.equal(tierLine({ tier: "small-world", commonalities: things(2) }), "Small world. 2 things in common.");
  for (const tier of ["twins", "coincidence", "small-world", "none"]) {
    assert.doesNotMatch(tierLine({ tier, commonalities: things(3) }), /!|twins|coincidence/i);
  }
});
