// Panel mend 8 (newcomers 6 and 7, W3 and C6): a check-in coming within a week shows its opener already (once on
// the screen), and "Not much in common yet" is a quiet line for anyone you have a relationship with.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { renderPerson, shownCheckInOpener } = await import("../src/panel/panel_view.js");

const noop = () => {};
const actions = { copy: noop, addNote: noop, editNote: noop, logInteraction: noop, undoInteraction: noop, thisIsMe: noop };
const NOW = new Date(2026, 11, 6, 12, 0); // 6 December 2026, noon: days are the user's calendar days
const OPENER = { text: "Hi Dulitha, following up on what I promised (“Send the React role notes”): here they are.", kind: "check-in", evidence: "open promise #1" };

// `soon` is the companion's (CheckIn.soon: due within its CHECK_IN_SOON_DAYS, tested in tests/test_checkin_soon.py).
function dulitha(due, overrides = {}, soon = due >= "2026-12-06" && due <= "2026-12-13") {
  return {
    person_id: "p1",
    profile: { site: "linkedin", url: "https://www.linkedin.com/in/dulitha/", name: "Dulitha Perera" },
    common_ground: { tier: "none", commonalities: [] },
    starters: [OPENER, { text: "Hi Dulitha, how is the new team?", kind: "career", evidence: "new role" }],
    interactions: [{ id: 1, kind: "video-call", at: "2026-12-06T10:00:00" }],
    commitments: [{ id: 1, text: "Send the React role notes", due, created_at: "2026-12-06", done_at: null }],
    tie: { strength: 0.16, stage: "acquaintance", layer: "wider", next_check_in: due, overdue: false },
    check_in: { due, overdue: false, soon, opener: OPENER },
    ...overrides,
  };
}

const byTestId = (root, id) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

test("a check-in due in 3 days shows its opener under the line, and not again among the starters", () => {
  const view = renderPerson(dulitha("2026-12-09"), actions, { now: NOW });
  assert.equal(byTestId(view, "next-check-in")[0].textContent, "Next check-in in 3 days.");
  assert.ok(!byTestId(view, "next-check-in")[0].classList.contains("overdue"), "coming, not late: no overdue styling");
  const opener = byTestId(view, "check-in-opener");
  assert.equal(opener.length, 1);
  assert.match(opener[0].textContent, /Send the React role notes/);
  assert.ok(opener[0].closest('[data-testid="relationship"]'));
  assert.equal(view.textContent.split("Send the React role notes”): here").length - 1, 1, "the opener once on the screen");
  assert.ok(byTestId(view, "starter").some((s) => s.textContent.includes("new team")), "the other starters stay");
  // When the opener was the only starter, no "No starter yet" contradicts it below.
  const only = renderPerson(dulitha("2026-12-09", { starters: [OPENER] }), actions, { now: NOW });
  assert.equal(byTestId(only, "check-in-opener").length, 1);
  assert.equal(byTestId(only, "no-starter").length, 0);
});

test("the opener shows when the companion says the check-in is soon, not earlier; an overdue one keeps its wording", () => {
  assert.equal(shownCheckInOpener(dulitha("2026-12-06")), OPENER, "due today");
  assert.equal(shownCheckInOpener(dulitha("2026-12-13")), OPENER, "in 7 days");
  assert.equal(shownCheckInOpener(dulitha("2026-12-14")), null, "in 8 days: not yet");
  assert.equal(shownCheckInOpener(dulitha("2026-12-13", {}, false)), null, "the companion's word decides");
  const far = renderPerson(dulitha("2027-03-01"), actions, { now: NOW });
  assert.equal(byTestId(far, "check-in-opener").length, 0);
  assert.ok(byTestId(far, "starter").some((s) => s.textContent.includes("React role notes")), "still a starter");
  const late = dulitha("2026-12-01");
  late.check_in = { ...late.check_in, overdue: true };
  const view = renderPerson(late, actions, { now: NOW });
  assert.equal(byTestId(view, "next-check-in")[0].textContent, "Check-in overdue: it was due 5 days ago.");
  assert.ok(byTestId(view, "next-check-in")[0].classList.contains("overdue"));
  assert.equal(byTestId(view, "check-in-opener").length, 1);
});

test("a promise to someone not talked with yet: their check-in is its due day, with the opener when it is near", () => {
  const stranger = dulitha("2026-12-07", { interactions: [], tie: { strength: 0, stage: "stranger", layer: null, next_check_in: "2026-12-07", overdue: false } });
  const view = renderPerson(stranger, actions, { now: NOW });
  assert.equal(byTestId(view, "next-check-in")[0].textContent, "Next check-in tomorrow.");
  assert.equal(byTestId(view, "check-in-opener").length, 1);
});

test("for an acquaintance the tier line ('Not much in common yet') is quiet; for a stranger it stays the headline", () => {
  const acquaintance = renderPerson(dulitha("2027-03-01"), actions, { now: NOW });
  const tier = byTestId(acquaintance, "tier")[0];
  assert.match(tier.textContent, /^Not much in common yet/);
  assert.ok(tier.classList.contains("quiet"), "not the loudest line for an acquaintance");
  // For a stranger the lowest tier is quiet too (newcomer 11, P1); a higher one stays the headline.
  const stranger = (ground) => renderPerson(dulitha("2027-03-01", { interactions: [], commitments: [], check_in: null,
    tie: { strength: 0, stage: "stranger" }, ...(ground ? { common_ground: ground } : {}) }), actions, { now: NOW });
  assert.ok(byTestId(stranger(), "tier")[0].classList.contains("quiet"));
  const smallWorld = { tier: "small-world", commonalities: [{ kind: "place", label: "Singapore", mine: "Singapore", theirs: "Singapore" }] };
  assert.ok(!byTestId(stranger(smallWorld), "tier")[0].classList.contains("quiet"));
  // Much in common is quiet too under a relationship: the relationship leads the panel.
  const ground = { tier: "small-world", commonalities: [{ kind: "place", label: "Singapore", mine: "Singapore", theirs: "Singapore" }] };
  const near = renderPerson(dulitha("2027-03-01", { common_ground: ground }), actions, { now: NOW });
  assert.ok(byTestId(near, "tier")[0].classList.contains("quiet"));
});
