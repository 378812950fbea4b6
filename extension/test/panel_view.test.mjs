import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { renderPerson, tabNotice, guardOfflineLine } = await import("../src/panel/panel_view.js");
const { tierLine, statusLine } = await import("../src/shared/wording.js");

const noop = () => {};
const actions = { copy: noop, addNote: noop, editNote: noop, logInteraction: noop, thisIsMe: noop };
const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>';

function person(overrides = {}) {
  return {
    person_id: "p1",
    profile: { site: "linkedin", url: "https://www.linkedin.com/in/jane/", name: "Jane Doe", headline: "Engineer", location: "Berlin" },
    common_ground: {
      tier: "coincidence",
      score: 4.2,
      commonalities: [
        { kind: "school", label: "TU Berlin", weight: 3, mine: "Technische Universität Berlin", theirs: "TU Berlin" },
        { kind: "place", label: "Berlin", weight: 1, mine: "Berlin", theirs: "Berlin, Germany", why: "Neighbours." },
      ],
    },
    starters: [{ text: "Which TU Berlin professor did you like?", kind: "school", evidence: "Education: TU Berlin" }],
    notes: [{ id: 1, text: "Met at PyCon", created_at: "2026-01-01T10:00:00" }],
    commitments: [{ id: 1, text: "Send the paper", due: "2026-12-01", created_at: "x", done_at: null }, { id: 2, text: "done one", created_at: "x", done_at: "y" }],
    tie: { strength: 0.42, stage: "acquaintance", next_check_in: "2026-12-24", overdue: true },
    ...overrides,
  };
}

const byTestId = (root, id) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

test("the person view shows name, tier, each commonality with both sides, starters, notes, promises and tie", () => {
  const view = renderPerson(person(), actions);
  assert.equal(byTestId(view, "person-name")[0].textContent, "Jane Doe");
  assert.equal(byTestId(view, "tier")[0].textContent, "What a coincidence! 2 things in common.");
  const items = byTestId(view, "commonality");
  assert.equal(items.length, 2);
  assert.match(items[0].textContent, /Technische Universität Berlin/);
  assert.match(items[0].textContent, /TU Berlin/);
  assert.match(items[0].textContent, /Alumni/); // why it is telling, from the kind
  assert.match(items[1].textContent, /Neighbours\./); // the companion's own reason wins
  assert.equal(byTestId(view, "starter").length, 1);
  assert.equal(byTestId(view, "copy-starter").length, 1);
  assert.equal(byTestId(view, "note").length, 1);
  assert.equal(byTestId(view, "note-input").length, 1);
  assert.equal(byTestId(view, "promise").length, 1, "only open promises");
  assert.equal(byTestId(view, "quick-log").length, 6);
  assert.equal(byTestId(view, "log-interaction").length, 1, "the contract's hook is one element");
  assert.equal(byTestId(view, "interaction-kind")[0].querySelectorAll("option").length, 8);
  assert.match(byTestId(view, "tie")[0].textContent, /42%.*acquaintance/);
  assert.match(byTestId(view, "next-check-in")[0].textContent, /overdue/);
});

test("hostile profile text stays inert text", () => {
  const p = person();
  p.profile = { ...p.profile, name: HOSTILE, headline: HOSTILE, location: HOSTILE, url: "javascript:alert(4)", handle: HOSTILE };
  p.common_ground.commonalities[0] = { kind: "interest", label: HOSTILE, weight: 1, mine: HOSTILE, theirs: HOSTILE, why: HOSTILE };
  p.starters = [{ text: HOSTILE, kind: "post", evidence: HOSTILE }];
  p.notes = [{ id: 1, text: HOSTILE, created_at: "x" }];
  const view = renderPerson(p, actions);
  assert.equal(view.querySelectorAll("script, img, iframe, object").length, 0);
  assert.equal([...view.querySelectorAll("a")].filter((a) => /^javascript:/i.test(a.getAttribute("href") ?? "")).length, 0);
  assert.equal([...view.querySelectorAll("*")].filter((n) => [...n.attributes].some((a) => a.name.startsWith("on"))).length, 0);
  assert.equal(byTestId(view, "person-name")[0].textContent, HOSTILE);
});

test("a 100 KB bio is rendered as text without trouble", () => {
  const p = person();
  p.profile.headline = "<b>x</b>".repeat(100_000 / 8);
  const view = renderPerson(p, actions);
  assert.equal(view.querySelectorAll("b").length, 0);
  assert.equal(byTestId(view, "person-headline")[0].textContent.length, 100_000);
});

test("the tier line counts things in common", () => {
  assert.equal(tierLine({ tier: "coincidence", commonalities: new Array(5).fill({}) }), "What a coincidence! 5 things in common.");
  assert.equal(tierLine({ tier: "none", commonalities: [{}] }), "Not much in common yet: 1 thing found.");
  // Commonplace ones (English, Python) are listed but not counted, as in the tier.
  const six = [...new Array(4).fill({ counted: true }), { counted: false }, { counted: false }];
  assert.equal(tierLine({ tier: "coincidence", commonalities: six }), "What a coincidence! 4 things in common.");
  assert.match(tierLine({ tier: "none", commonalities: [] }), /nothing in common/);
  assert.match(tierLine(undefined), /nothing in common/);
});

test("tabs without a captured person say what is going on", () => {
  assert.equal(tabNotice(null).text, "Open a profile to see common ground.");
  assert.equal(tabNotice({ status: "none" }).testid, "empty-state");
  assert.match(tabNotice({ status: "queued", reason: "offline" }).text, /companion is running again/);
  assert.match(tabNotice({ status: "queued", reason: "unpaired" }).text, /paired/);
  assert.equal(tabNotice({ status: "error", error: "Not a profile." }).text, "Not a profile.");
  assert.equal(tabNotice({ status: "captured", personId: "p" }), null);
});

test("every state line says what to do", () => {
  assert.match(statusLine({ kind: "offline" }).action, /companion serve/);
  assert.match(statusLine({ kind: "unpaired" }).action, /companion pair/);
  assert.match(statusLine({ kind: "paused" }).action, /Resume/);
  assert.match(statusLine({ kind: "connected" }).text, /Connected/);
  assert.match(statusLine({ kind: "offline" }).text, /Offline/);
});

test("the guard-offline line shows for a day", () => {
  const now = Date.UTC(2026, 0, 2);
  assert.match(guardOfflineLine(now - 60_000, now), /send guard was offline/);
  assert.equal(guardOfflineLine(now - 2 * 24 * 3600_000, now), null);
  assert.equal(guardOfflineLine(null, now), null);
});
