// The panel's "Add a promise" (newcomer 6, C5): the form, what it sends, the line after, and the companion call;
// and "Kept" on each open promise (as `companion commitments done NUMBER`). The whole journeys (panel → background
// → companion → listed) are tests/browser/test_panel_promise.py and test_panel_promise_kept.py.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { renderPerson, promiseRequest, promiseAddedLine } = await import("../src/panel/panel_view.js");
const { createClient } = await import("../src/background/api_client.js");

const NOW = new Date(2026, 11, 7, 12, 0); // a Monday, at noon: days are the user's own calendar days
const byTestId = (root, id) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

function person(overrides = {}) {
  return {
    person_id: "p1",
    profile: { site: "linkedin", url: "https://www.linkedin.com/in/eduardo/", name: "Eduardo Reyes" },
    common_ground: { tier: "none", commonalities: [] },
    starters: [],
    notes: [],
    commitments: [],
    tie: { stage: "friend", layer: "close" },
    ...overrides,
  };
}

test("what the form sends: the text trimmed, the due date only when typed, left for the companion to read", () => {
  assert.deepEqual(promiseRequest("  Send the KTH course list  ", " friday "), { ok: true, text: "Send the KTH course list", due: "friday" });
  assert.deepEqual(promiseRequest("Send the KTH course list", "   "), { ok: true, text: "Send the KTH course list" });
  assert.deepEqual(promiseRequest("Send it", undefined), { ok: true, text: "Send it" });
  for (const empty of ["", "   ", null, undefined]) {
    const refused = promiseRequest(empty, "friday");
    assert.equal(refused.ok, false);
    assert.match(refused.error, /^Write what you promised first/);
    assert.match(refused.error, /[.!]$/, "a sentence");
  }
});

test("the line after adding says when it is due, and calmly that a date gone by is overdue", () => {
  assert.equal(promiseAddedLine({ due: "2026-12-11" }, NOW), "Promise added, due in 4 days.");
  assert.equal(promiseAddedLine({ due: "2026-12-07" }, NOW), "Promise added, due today.");
  assert.equal(promiseAddedLine({ due: "2026-12-08" }, NOW), "Promise added, due tomorrow.");
  assert.equal(promiseAddedLine({ due: "2026-12-06" }, NOW), "Promise added, already overdue (it was due yesterday).");
  assert.equal(promiseAddedLine({ due: null }, NOW), "Promise added.");
});

test("the form sits beside Log, sends what was typed (Add or Enter), and is off in a kept offline view", () => {
  const calls = [];
  const actions = { addPromise: (text, due, button, nodes) => calls.push({ text, due, button, nodes }) };
  const view = renderPerson(person(), actions, { now: NOW });
  const [form] = byTestId(view, "promise-form");
  assert.ok(form, "one promise form");
  assert.equal(byTestId(view, "relationship")[0].contains(form), true, "in the relationship section, with Log");
  assert.ok(form.previousElementSibling.querySelector('[data-testid="log-interaction"]'), "right after Log");
  const [text] = byTestId(form, "promise-input");
  const [due] = byTestId(form, "promise-due");
  const [add] = byTestId(form, "promise-add");
  assert.equal(form.querySelector("label").getAttribute("for"), text.id, "the label names the text field");
  text.value = "Send the KTH course list";
  due.value = "friday";
  add.click();
  text.dispatchEvent(new dom.window.KeyboardEvent("keydown", { key: "Enter" }));
  assert.deepEqual(calls.map((c) => [c.text, c.due]), [["Send the KTH course list", "friday"], ["Send the KTH course list", "friday"]]);
  assert.equal(calls[0].button, add);
  assert.equal(calls[0].nodes.flash, byTestId(form, "promise-flash")[0], "errors and the line after go under the form");

  const offline = renderPerson(person(), actions, { now: NOW, offline: { savedAt: NOW.getTime() } });
  for (const id of ["promise-input", "promise-due", "promise-add"]) {
    assert.equal(byTestId(offline, id)[0].disabled, true, `${id} is off while the companion is away`);
  }
});

test("the companion call: the person's commitments, the due date only when given, ids escaped", async () => {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, method: init.method, body: JSON.parse(init.body) });
    return new Response(JSON.stringify({ id: 4, text: "x", due: "2026-12-11" }), { status: 200, headers: { "Content-Type": "application/json" } });
  };
  const client = createClient({ getBase: async () => "http://127.0.0.1:9", getToken: async () => "t", fetchImpl });
  assert.deepEqual(await client.addCommitment("p-1/..", "Send the list", "friday"), { ok: true, data: { id: 4, text: "x", due: "2026-12-11" } });
  await client.addCommitment("p-1", "Send the list");
  assert.deepEqual(calls, [
    { url: "http://127.0.0.1:9/v1/people/p-1%2F../commitments", method: "POST", body: { text: "Send the list", due: "friday" } },
    { url: "http://127.0.0.1:9/v1/people/p-1/commitments", method: "POST", body: { text: "Send the list" } },
  ]);
});

// "Kept" on an open promise.
const OPEN = { id: 4, text: "Send the KTH course list", due: "2026-12-11", done_at: null };
const LATE = { id: 7, text: "Intro to Lena", due: "2026-12-01", done_at: null };
const DONE = { id: 2, text: "Book the table", due: "2026-11-30", done_at: "2026-11-29T10:00:00+00:00" };

test("each open promise has one Kept button that names its promise; a kept one is not listed", () => {
  const calls = [];
  const actions = { keepPromise: (id, button, flash) => calls.push({ id, button, flash }) };
  const view = renderPerson(person({ commitments: [OPEN, LATE, DONE] }), actions, { now: NOW });
  const promises = byTestId(view, "promise");
  assert.deepEqual(promises.map((p) => p.dataset.commitmentId), ["4", "7"]);
  assert.equal(byTestId(view, "open-promises")[0].textContent, "Your 2 open promises:");
  const buttons = byTestId(view, "promise-kept");
  assert.equal(buttons.length, 2);
  buttons[1].click();
  assert.equal(calls.length, 1);
  assert.equal(calls[0].id, 7);
  assert.equal(calls[0].button, buttons[1]);
  assert.equal(calls[0].flash, byTestId(promises[1], "promise-kept-flash")[0], "a failure is said beside that promise");
});

test("Kept is off in a kept offline view", () => {
  const view = renderPerson(person({ commitments: [OPEN] }), {}, { now: NOW, offline: { savedAt: NOW.getTime() } });
  assert.equal(byTestId(view, "promise-kept")[0].disabled, true);
});

test("the companion call: that person's promise marked done, ids escaped, a JSON body", async () => {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, method: init.method, body: JSON.parse(init.body) });
    return new Response(JSON.stringify({ id: 4, done_at: "2026-12-07T12:00:00+00:00" }), { status: 200, headers: { "Content-Type": "application/json" } });
  };
  const client = createClient({ getBase: async () => "http://127.0.0.1:9", getToken: async () => "t", fetchImpl });
  const answer = await client.keepCommitment("p-1/..", 4);
  assert.equal(answer.ok, true);
  assert.deepEqual(calls, [{ url: "http://127.0.0.1:9/v1/people/p-1%2F../commitments/4/done", method: "POST", body: {} }]);
});
