// Newcomer 7's findings on the side panel: a promise kept or let go is said with Undo, as a logged contact is (W2);
// the no-starter line says what is true beside a common-ground card (W1); "This is me" is a question only while no
// own profile is known, else a small link (C5). The visit-bound flash (C4) and the long name (P3) are page things:
// tests/browser/test_panel_promise_kept.py and test_panel_newcomer6.py.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { renderPerson, noStarterLine, settledLine } = await import("../src/panel/panel_view.js");
const { createClient } = await import("../src/background/api_client.js");

const NOW = new Date(2026, 11, 7, 12, 0);
const byTestId = (root, id) => [...root.querySelectorAll(`[data-testid="${id}"]`)];
const WEB_DEV = { kind: "skill", label: "web development", mine: "AWS, web development", theirs: "JavaScript", counted: true };
const person = (extra = {}) => ({
  person_id: "p1",
  profile: { site: "linkedin", url: "https://www.linkedin.com/in/dulitha/", name: "Dulitha Perera" },
  common_ground: { tier: "none", commonalities: [] },
  starters: [],
  notes: [],
  commitments: [],
  interactions: [],
  tie: { stage: "new" },
  ...extra,
});

test("a promise just kept or let go is said with Undo, which reopens it; Undo is off offline", () => {
  const calls = [];
  const actions = { reopenPromise: (button, flash) => calls.push({ button, flash }) };
  const settled = { personId: "p1", commitmentId: 4, how: "dropped", text: "Intro to Sri in Stockholm" };
  const view = renderPerson(person(), actions, { now: NOW, settled });
  const flash = byTestId(view, "promise-flash")[0];
  assert.equal(flash.textContent, "Let go: Intro to Sri in Stockholm. Undo");
  byTestId(flash, "undo-promise")[0].click();
  assert.equal(calls.length, 1);
  assert.equal(calls[0].flash, flash);
  assert.equal(settledLine({ how: "kept", text: "Send him the contact." }), "Kept: Send him the contact. ");
  assert.equal(byTestId(renderPerson(person(), actions, { now: NOW }), "undo-promise").length, 0, "none without one");
  const offline = renderPerson(person(), actions, { now: NOW, settled, offline: { savedAt: NOW.getTime() } });
  assert.equal(byTestId(offline, "undo-promise")[0].disabled, true);
});

test("the companion call for Undo: that person's promise reopened, ids escaped", async () => {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, method: init.method, body: JSON.parse(init.body) });
    return new Response(JSON.stringify({ id: 4, done_at: null }), { status: 200, headers: { "Content-Type": "application/json" } });
  };
  const client = createClient({ getBase: async () => "http://127.0.0.1:9", getToken: async () => "t", fetchImpl });
  assert.equal((await client.reopenCommitment("p-1/..", 4)).ok, true);
  assert.deepEqual(calls, [{ url: "http://127.0.0.1:9/v1/people/p-1%2F../commitments/4/reopen", method: "POST", body: {} }]);
});

test("no starter: never 'nothing you both share' under a common-ground card; posts said as Rapport saw them", () => {
  const shares = person({ common_ground: { tier: "some", commonalities: [WEB_DEV] } });
  const view = renderPerson(shares, {}, { now: NOW });
  assert.equal(byTestId(view, "commonality").length, 1);
  const line = byTestId(view, "no-starter")[0].textContent;
  assert.doesNotMatch(line, /nothing you both share/);
  assert.equal(line, "No starter yet: what you share is not specific enough to open with, and Rapport saw nothing they posted lately.");
  const common = person({ common_ground: { tier: "none", commonalities: [{ ...WEB_DEV, counted: false }] } });
  assert.match(noStarterLine(common), /^No starter yet: what you share is too common to open with, /);
  const posted = person({ profile: { name: "A", posts: [{ text: "Shipped v2" }] } });
  assert.equal(noStarterLine(posted), "No starter yet: Rapport found nothing you both share, and nothing they posted lately is a good reason to write.");
  assert.match(noStarterLine(shares, false), /what you share shows once Rapport knows who you are\.$/);
});

test("'This is me' asks only while no own profile is known; after that it is a small link, still confirmed", () => {
  const first = renderPerson(person(), {}, { now: NOW, meSet: false });
  assert.match(first.textContent, /Is this your own profile\? This is me/);
  const later = renderPerson(person(), {}, { now: NOW, meSet: true });
  assert.doesNotMatch(later.textContent, /Is this your own profile/);
  const link = byTestId(later, "this-is-me")[0];
  assert.equal(link.textContent, "Use as my own profile instead");
  assert.ok(link.closest(".me-quiet"), "the small, quiet line");
  link.click();
  assert.match(byTestId(later, "this-is-me-question")[0].textContent, /^Replace your own profile with this one\?/);
});
