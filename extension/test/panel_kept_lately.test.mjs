// Newcomer 8, C3: a promise kept lately stays in view on the next visit, quietly (good material for the next message);
// one kept long ago, or let go, does not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { renderPerson, keptLately, KEPT_LATELY_DAYS } = await import("../src/panel/panel_view.js");

const noop = () => {};
const actions = { copy: noop, addNote: noop, editNote: noop, logInteraction: noop, undoInteraction: noop, thisIsMe: noop };
const NOW = new Date(2026, 11, 7, 12, 0);

function dulitha(commitments) {
  return {
    person_id: "p1",
    profile: { site: "linkedin", url: "https://www.linkedin.com/in/dulitha/", name: "Dulitha Perera" },
    common_ground: { tier: "none", commonalities: [] },
    starters: [],
    interactions: [{ id: 1, kind: "video-call", at: "2026-12-01T10:00:00" }],
    commitments,
    tie: { strength: 0.16, stage: "acquaintance", layer: "wider", next_check_in: "2026-12-15", overdue: false },
  };
}

const byTestId = (root, id) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

test("a promise kept two days ago is shown, quietly, with when; the open one stays listed with its buttons", () => {
  const person = dulitha([
    { id: 1, text: "Intro to Sri about QA hiring", due: "2026-12-05", created_at: "2026-12-01", done_at: "2026-12-05T09:00:00" },
    { id: 2, text: "Send him the AWS cost checklist", due: "2026-12-10", created_at: "2026-12-01", done_at: null },
  ]);
  const view = renderPerson(person, actions, { now: NOW });
  const kept = byTestId(view, "kept-promise");
  assert.equal(kept.length, 1);
  assert.equal(kept[0].textContent, "Kept 2 days ago: Intro to Sri about QA hiring");
  assert.ok(kept[0].classList.contains("quiet"));
  assert.equal(byTestId(view, "promise").length, 1, "the open one, with Kept and Let go");
  assert.equal(byTestId(kept[0], "promise-kept").length, 0, "no buttons on a kept one");
});

test("only kept ones of the last month, latest first; a let-go one is not kept; none at all shows no block", () => {
  const old = new Date(NOW.getTime() - (KEPT_LATELY_DAYS + 1) * 86_400_000).toISOString();
  const person = dulitha([
    { id: 1, text: "Old", done_at: old },
    { id: 2, text: "Earlier", done_at: "2026-11-20T09:00:00" },
    { id: 3, text: "Latest", done_at: "2026-12-06T09:00:00" },
    { id: 4, text: "Let go", done_at: null, dropped_at: "2026-12-06T09:00:00" },
  ]);
  assert.deepEqual(keptLately(person, NOW).map((c) => c.text), ["Latest", "Earlier"]);
  const view = renderPerson(dulitha([]), actions, { now: NOW });
  assert.equal(byTestId(view, "kept-promise").length, 0);
  assert.equal(byTestId(view, "open-promises").length, 0);
});
