// The panel's "Let go" on an open promise (as `companion commitments drop NUMBER`): beside "Kept", and a promise let
// go is listed no more than a kept one. The whole journey (panel → background → companion → listed) is
// tests/browser/test_panel_promise_kept.py.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { renderPerson, knowsThem } = await import("../src/panel/panel_view.js");
const { createClient } = await import("../src/background/api_client.js");

const NOW = new Date(2026, 11, 7, 12, 0);
const byTestId = (root, id) => [...root.querySelectorAll(`[data-testid="${id}"]`)];
const person = (commitments, tie = { stage: "new" }) => ({
  person_id: "p1",
  profile: { site: "linkedin", url: "https://www.linkedin.com/in/eduardo/", name: "Eduardo Reyes" },
  common_ground: { tier: "none", commonalities: [] },
  starters: [],
  notes: [],
  commitments,
  tie,
});

const OPEN = { id: 4, text: "Send the KTH course list", due: "2026-12-11", done_at: null, dropped_at: null };
const LET_GO = { id: 9, text: "I'll be there", due: "2026-12-09", done_at: null, dropped_at: "2026-12-06T10:00:00+00:00" };

test("each open promise has Let go apart from Kept, naming its promise; a failure is said beside that promise", () => {
  const calls = [];
  const actions = { dropPromise: (id, button, flash) => calls.push({ id, button, flash }) };
  const view = renderPerson(person([OPEN, { ...OPEN, id: 7, text: "Intro to Lena" }]), actions, { now: NOW });
  const promises = byTestId(view, "promise");
  const buttons = byTestId(view, "promise-drop");
  assert.equal(buttons.length, 2);
  assert.equal(buttons[1].textContent, "Let go");
  // Kept first, Let go at the far end of the same row, the flash between them (newcomer 7, W2: no slip from one to the other).
  const row = buttons[1].parentElement;
  assert.equal(row.firstElementChild, byTestId(promises[1], "promise-kept")[0], "Kept starts the row");
  assert.equal(row.lastElementChild, buttons[1], "Let go ends it");
  assert.notEqual(buttons[1].previousElementSibling, byTestId(promises[1], "promise-kept")[0], "not side by side");
  assert.equal(buttons[1].getAttribute("aria-label"), "Let go: Intro to Lena");
  buttons[1].click();
  assert.deepEqual(calls.map((c) => c.id), [7]);
  assert.equal(calls[0].button, buttons[1]);
  assert.equal(calls[0].flash, byTestId(promises[1], "promise-kept-flash")[0]);
});

test("a promise let go is not listed, not counted, and alone does not make someone known", () => {
  const view = renderPerson(person([OPEN, LET_GO]), {}, { now: NOW });
  assert.deepEqual(byTestId(view, "promise").map((p) => p.dataset.commitmentId), ["4"]);
  assert.equal(byTestId(view, "open-promises")[0].textContent, "Your open promise:");
  assert.equal(knowsThem(person([LET_GO])), false);
  assert.equal(byTestId(renderPerson(person([LET_GO]), {}, { now: NOW }), "promise").length, 0);
});

test("Let go is off in a kept offline view", () => {
  const view = renderPerson(person([OPEN]), {}, { now: NOW, offline: { savedAt: NOW.getTime() } });
  assert.equal(byTestId(view, "promise-drop")[0].disabled, true);
});

test("the companion call: that person's promise let go, ids escaped, a JSON body", async () => {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, method: init.method, body: JSON.parse(init.body) });
    return new Response(JSON.stringify({ id: 4, dropped_at: "2026-12-07T12:00:00+00:00" }), { status: 200, headers: { "Content-Type": "application/json" } });
  };
  const client = createClient({ getBase: async () => "http://127.0.0.1:9", getToken: async () => "t", fetchImpl });
  const answer = await client.dropCommitment("p-1/..", 4);
  assert.equal(answer.ok, true);
  assert.deepEqual(calls, [{ url: "http://127.0.0.1:9/v1/people/p-1%2F../commitments/4/drop", method: "POST", body: {} }]);
});
