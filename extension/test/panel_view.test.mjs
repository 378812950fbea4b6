import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { renderPerson, renderThisIsYou, tabNotice, guardOfflineLine, knowsThem, stageSentence, SHOWN_COMMONALITIES, SHOWN_STARTERS } =
  await import("../src/panel/panel_view.js");
const { tierLine, statusLine } = await import("../src/shared/wording.js");

const noop = () => {};
const actions = {
  copy: noop, addNote: noop, editNote: noop, logInteraction: noop, undoInteraction: noop, thisIsMe: noop,
  acceptMerge: noop, dismissMerge: noop,
};
// Days are the user's own calendar days: a fixed "now" at noon keeps these tests independent of the clock.
const NOW = new Date(2026, 11, 6, 12, 0);
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
    tie: { strength: 0.42, stage: "acquaintance", next_check_in: "2026-11-20", overdue: true },
    ...overrides,
  };
}

const byTestId = (root, id) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

test("the person view shows name, tier, each commonality with both sides, starters, notes, promises and tie", () => {
  const view = renderPerson(person(), actions, { now: NOW });
  assert.equal(byTestId(view, "person-name")[0].textContent, "Jane Doe");
  assert.equal(byTestId(view, "tier")[0].textContent, "Plenty to talk about. 2 things in common.");
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
  assert.equal(byTestId(view, "quick-log").length, 0, "one way to log a contact, not two");
  assert.equal(byTestId(view, "promise-kept").length, 1, "one Kept for the one open promise");
  assert.equal(byTestId(view, "promise-drop").length, 1, "one Let go beside it");
  assert.equal(view.querySelectorAll("button").length - byTestId(view, "copy-starter").length - byTestId(view, "note-edit").length
    - byTestId(view, "promise-kept").length - byTestId(view, "promise-drop").length,
    4, "Log, Add promise, Add note and This is me are the only other buttons");
  assert.equal(byTestId(view, "log-interaction").length, 1, "the contract's hook is one element");
  assert.equal(byTestId(view, "interaction-kind")[0].querySelectorAll("option").length, 8);
  assert.equal(byTestId(view, "stage")[0].textContent, "An acquaintance (tie strength 42%).");
  assert.equal(byTestId(view, "next-check-in")[0].textContent, "Check-in overdue: it was due 2 weeks ago.");
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
  assert.equal(tierLine({ tier: "coincidence", commonalities: new Array(5).fill({}) }), "Plenty to talk about. 5 things in common.");
  assert.equal(tierLine({ tier: "none", commonalities: [{}] }), "Not much in common yet: 1 thing found.");
  // Commonplace ones (English, Python) are listed but not counted, as in the tier.
  const six = [...new Array(4).fill({ counted: true }), { counted: false }, { counted: false }];
  assert.equal(tierLine({ tier: "coincidence", commonalities: six }), "Plenty to talk about. 4 things in common.");
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

// ------------------------------------------------------------ issue 19: the right thing first, honest states

const testids = (root) => [...root.querySelectorAll("[data-testid]")].map((n) => n.dataset.testid);
const before = (root, a, b) => testids(root).indexOf(a) < testids(root).indexOf(b);

function stranger() {
  const many = Array.from({ length: 28 }, (_, i) => ({ kind: "skill", label: `Skill ${i}`, weight: 28 - i, mine: `S${i}`, theirs: `S${i}` }));
  const starters = Array.from({ length: 5 }, (_, i) => ({ text: `Starter ${i}?`, kind: "skill", evidence: `Skill ${i}` }));
  return person({
    common_ground: { tier: "twins", commonalities: many }, starters, notes: [], commitments: [], interactions: [],
    tie: { strength: 0, stage: "stranger" },
  });
}

function friend() {
  return person({
    interactions: [
      { id: 7, kind: "in-person", at: "2026-09-01" },
      { id: 9, kind: "video-call", at: "2026-11-15T18:00:00", note: "Talked about her move to Porto." },
    ],
    notes: [{ id: 1, text: "Old note", created_at: "2026-01-01T10:00:00" }, { id: 2, text: "Loves sailing", created_at: "2026-11-30T09:00:00" }],
    commitments: [{ id: 3, text: "Send the Porto article", due: "2026-12-07", created_at: "2026-11-15", done_at: null }],
    tie: { strength: 0.62, stage: "friend", layer: "close", last_contact: "2026-11-15T18:00:00", next_check_in: "2026-12-01", overdue: true },
    check_in: { due: "2026-12-01", overdue: true, opener: { text: "Hi Jane, following up on what I promised (“Send the Porto article”): here it is.", kind: "check-in", evidence: "open promise #3" } },
  });
}

test("for someone you know the relationship comes first: stage, last contact, check-in with its opener, promises, then notes", () => {
  const view = renderPerson(friend(), actions, { now: NOW });
  assert.equal(view.dataset.known, "true");
  assert.ok(before(view, "relationship", "tier"), "relationship above common ground");
  assert.ok(before(view, "relationship", "starter"), "relationship above the starters");
  const relationship = byTestId(view, "relationship")[0];
  assert.equal(byTestId(relationship, "stage")[0].textContent, "A friend, in your close circle (tie strength 62%).");
  const last = byTestId(relationship, "last-contact")[0];
  assert.equal(last.textContent, "Last contact: 3 weeks ago, video call (Talked about her move to Porto).");
  assert.equal(last.querySelector("time").getAttribute("datetime"), "2026-11-15T18:00:00");
  assert.match(last.querySelector("time").title, /2026/, "the exact date on hover");
  assert.equal(byTestId(relationship, "next-check-in")[0].textContent, "Check-in overdue: it was due 5 days ago.");
  assert.match(byTestId(relationship, "check-in-opener")[0].textContent, /Send the Porto article/);
  assert.equal(byTestId(byTestId(relationship, "check-in-opener")[0], "copy-starter").length, 1, "the opener can be copied");
  assert.match(byTestId(relationship, "promise")[0].textContent, /Send the Porto article.*Due tomorrow\./);
  // The note once (newcomer 7, C4): under Notes, right after the relationship, not copied into it as "Your last note".
  assert.equal(byTestId(view, "last-note").length, 0);
  assert.deepEqual(byTestId(view, "note").map((n) => n.querySelector(".note-text").textContent), ["Old note", "Loves sailing"]);
  assert.equal(relationship.nextElementSibling, byTestId(view, "notes")[0].closest("section"), "Notes right after it");
});

test("for a stranger common ground and starters come first, five things and three starters, the rest behind Show more", () => {
  const view = renderPerson(stranger(), actions, { now: NOW });
  assert.equal(view.dataset.known, "false");
  assert.ok(before(view, "tier", "relationship") && before(view, "starter", "relationship"));
  const shown = (id) => byTestId(view, id).filter((n) => !n.closest("[hidden]"));
  assert.equal(shown("commonality").length, SHOWN_COMMONALITIES);
  assert.equal(shown("starter").length, SHOWN_STARTERS);
  const [moreGround, moreStarters] = byTestId(view, "show-more");
  assert.equal(moreGround.textContent, "Show 23 more things in common");
  assert.equal(moreStarters.textContent, "Show 2 more starters");
  assert.equal(moreGround.getAttribute("aria-expanded"), "false");
  assert.ok(view.querySelector(`#${moreGround.getAttribute("aria-controls")}`), "the button names what it opens");
  moreGround.click();
  assert.equal(moreGround.getAttribute("aria-expanded"), "true");
  assert.equal(shown("commonality").length, 28);
  assert.equal(moreGround.textContent, "Show fewer");
  moreGround.click();
  assert.equal(shown("commonality").length, SHOWN_COMMONALITIES);
  assert.equal(byTestId(view, "stage")[0].textContent, "Not connected yet.");
  assert.equal(byTestId(view, "last-contact")[0].textContent, "No contact logged yet.");
  assert.equal(byTestId(view, "next-check-in").length, 0);
});

test("no Show more when everything fits", () => {
  const view = renderPerson(person(), actions, { now: NOW });
  assert.equal(byTestId(view, "show-more").length, 0);
});

test("knowing someone: a stage of acquaintance or closer, or any history", () => {
  const bare = { tie: { stage: "stranger" } };
  assert.equal(knowsThem(bare), false);
  assert.equal(knowsThem({ tie: { stage: "new" } }), false);
  assert.equal(knowsThem({ tie: { stage: "acquaintance" } }), true);
  assert.equal(knowsThem({ ...bare, notes: [{ id: 1, text: "x" }] }), true);
  assert.equal(knowsThem({ ...bare, interactions: [{ id: 1, kind: "like", at: "2026-01-01" }] }), true);
  assert.equal(knowsThem({ ...bare, commitments: [{ id: 1, text: "x", done_at: "2026-01-02" }] }), false, "a kept promise is not history enough");
  assert.equal(stageSentence({ stage: "close", layer: "inner", strength: 0.8 }), "A close friend, in your inner circle (tie strength 80%).");
  assert.equal(stageSentence(undefined), "Not connected yet.");
});

test("every state sentence ends with punctuation, for a friend, a stranger, offline and without your own profile", () => {
  const views = [
    renderPerson(friend(), actions, { now: NOW }),
    renderPerson(stranger(), actions, { now: NOW, meSet: false }),
    renderPerson(person({ starters: [], commitments: [{ id: 1, text: "x", created_at: "x", done_at: null }] }), actions, {
      now: NOW, offline: { savedAt: NOW.getTime() }, logged: { id: 4, kind: "phone-call", at: "2026-12-06T11:00:00" },
    }),
  ];
  const sentences = views.flatMap((v) => [...v.querySelectorAll(".state")].map((n) => n.textContent.trim()));
  assert.ok(sentences.length >= 15, `found ${sentences.length}`);
  for (const sentence of sentences) assert.match(sentence, /[.!?:]$/, sentence);
  for (const sentence of sentences) assert.doesNotMatch(sentence, /\d{4}-\d{2}-\d{2}/, `no raw ISO dates: ${sentence}`);
  assert.equal(tierLine({ tier: "none", commonalities: [{}] }), "Not much in common yet: 1 thing found.");
  for (const kind of ["connected", "offline", "paused", "unpaired", "wrong-app"]) {
    assert.match(statusLine({ kind, port: 8765 }).text, /[.!?]$/);
  }
  for (const status of ["none", "waiting", "capturing", "paused", "site-off", "queued", "not-captured"]) {
    assert.match(tabNotice({ status }, "connected").text, /[.!?…]$/, status);
  }
});

test("until your own profile is set, the panel says to tell Rapport who you are, not that nothing is in common", () => {
  const view = renderPerson(person({ common_ground: { tier: "none", commonalities: [] } }), actions, { meSet: false, now: NOW });
  assert.equal(byTestId(view, "tier")[0].textContent, "Tell Rapport who you are to see common ground.");
  assert.doesNotMatch(view.textContent, /nothing in common/);
});

test("a logged contact is offered for Undo, and Undo calls back", () => {
  const calls = [];
  const view = renderPerson(person(), { ...actions, undoInteraction: () => calls.push("undo") }, {
    now: NOW, logged: { id: 4, kind: "video-call", at: "2026-12-06T11:00:00" },
  });
  const flash = byTestId(view, "flash")[0];
  assert.match(flash.textContent, /^Logged: video call, today\. Undo$/);
  byTestId(view, "undo-interaction")[0].click();
  assert.deepEqual(calls, ["undo"]);
  assert.equal(byTestId(renderPerson(person(), actions, { now: NOW }), "undo-interaction").length, 0);
});

test("offline, the kept view is marked with its date, starters stay copyable and nothing else can be changed", () => {
  const copied = [];
  const view = renderPerson(friend(), { ...actions, copy: (text) => copied.push(text) }, {
    now: NOW, offline: { savedAt: new Date(2026, 11, 5, 9, 30).getTime() },
  });
  const line = byTestId(view, "offline-view")[0];
  assert.equal(line.textContent, "Offline: showing what Rapport knew yesterday.");
  assert.ok(testids(view).indexOf("offline-view") < testids(view).indexOf("person-name"), "said first");
  for (const id of ["log-interaction", "note-add", "note-input", "this-is-me", "interaction-kind"]) {
    assert.equal(byTestId(view, id)[0].disabled, true, id);
  }
  byTestId(view, "copy-starter").forEach((b) => assert.equal(b.disabled, false));
  byTestId(view, "copy-starter")[0].click();
  assert.equal(copied.length, 1);
  assert.equal(byTestId(renderPerson(friend(), actions, { now: NOW }), "offline-view").length, 0);
});

test("also on: plain links to the person's other sites, never the one the page is on", () => {
  const p = person({
    also_on: [
      { site: "linkedin", url: "https://www.linkedin.com/in/robertkcheung/", handle: "robertkcheung" },
      { site: "x", url: "https://x.com/perceptnet", handle: "perceptnet" },
      { site: "github", url: "javascript:alert(1)", handle: "rob" },
    ],
  });
  const onLinkedIn = byTestId(renderPerson(p, actions, { pageSite: "linkedin", now: NOW }), "also-on")[0];
  assert.equal(onLinkedIn.textContent, "Also on X (@perceptnet) and GitHub (@rob).");
  const links = [...onLinkedIn.querySelectorAll("a")];
  assert.deepEqual(links.map((a) => a.href), ["https://x.com/perceptnet"], "a script address is not a link");
  assert.equal(links[0].target, "_blank");
  assert.match(links[0].rel, /noopener/);
  const onX = byTestId(renderPerson(p, actions, { pageSite: "x", now: NOW }), "also-on")[0];
  assert.match(onX.textContent, /^Also on LinkedIn and GitHub/);
  assert.equal(byTestId(renderPerson(person(), actions, { now: NOW }), "also-on").length, 0);
});

test("a merge suggestion shows its evidence, Accept and Not the same person", () => {
  const calls = [];
  const p = person({
    merge_suggestions: [{
      person_id: "p-2", name: "rob cheung", sites: ["x"], strength: "moderate",
      evidence: [{ kind: "name", detail: "Rob Cheung = rob cheung" }, { kind: "place", detail: "New York = NYC" }],
    }],
  });
  const acts = { ...actions, acceptMerge: (id) => calls.push(["accept", id]), dismissMerge: (id) => calls.push(["dismiss", id]) };
  const view = renderPerson(p, acts, { now: NOW });
  const suggestion = byTestId(view, "merge-suggestion")[0];
  assert.match(suggestion.textContent, /^Is this the same person as rob cheung on X\?/);
  assert.deepEqual(byTestId(suggestion, "merge-evidence").map((n) => n.textContent), ["Rob Cheung = rob cheung", "New York = NYC"]);
  byTestId(suggestion, "merge-accept")[0].click();
  byTestId(suggestion, "merge-dismiss")[0].click();
  assert.deepEqual(calls, [["accept", "p-2"], ["dismiss", "p-2"]]);
  assert.equal(byTestId(renderPerson(p, acts, { now: NOW, dismissed: new Set(["p-2"]) }), "merge-suggestion").length, 0);
});

test("This is me asks before it replaces your own profile, and can be cancelled", () => {
  const calls = [];
  const view = renderPerson(person(), { ...actions, thisIsMe: () => calls.push("me") }, { now: NOW });
  dom.window.document.body.replaceChildren(view);
  byTestId(view, "this-is-me")[0].click();
  assert.deepEqual(calls, [], "one click does not replace anything");
  assert.match(byTestId(view, "this-is-me-question")[0].textContent, /^Replace your own profile with this one\?/);
  byTestId(view, "this-is-me-cancel")[0].click();
  assert.equal(byTestId(view, "this-is-me-question").length, 0);
  byTestId(view, "this-is-me")[0].click();
  byTestId(view, "this-is-me-confirm")[0].click();
  assert.deepEqual(calls, ["me"]);
  const first = renderPerson(person(), actions, { now: NOW, meSet: false });
  dom.window.document.body.replaceChildren(first);
  byTestId(first, "this-is-me")[0].click();
  assert.match(byTestId(first, "this-is-me-question")[0].textContent, /^Use this profile as your own\?/);
});

test("after This is me the panel says so and offers Undo", () => {
  const calls = [];
  const view = renderThisIsYou("Abgar Gulo", () => calls.push("undo"));
  assert.match(byTestId(view, "flash")[0].textContent, /^Saved as your own profile\./);
  byTestId(view, "undo-me")[0].click();
  assert.deepEqual(calls, ["undo"]);
});

test("a tab opened while paused says so, and after Resume says to reload", () => {
  assert.equal(tabNotice({ status: "paused" }, "paused").text, "Rapport is paused, so this profile was not read.");
  assert.match(tabNotice({ status: "paused" }, "connected").text, /was paused when this page opened.*Reload/);
});

test("the guard-offline line clears once the companion is back", () => {
  const now = Date.UTC(2026, 0, 2);
  assert.match(guardOfflineLine(now - 60_000, now, null), /send guard was offline/);
  assert.match(guardOfflineLine(now - 60_000, now, now - 120_000), /send guard was offline/, "connected before the failure");
  assert.equal(guardOfflineLine(now - 60_000, now, now - 30_000), null, "connected again since");
});

test("a promise due today is due, one due yesterday was due", () => {
  const promise = (due) => renderPerson(person({ commitments: [{ id: 1, text: "Send it", due, created_at: "x", done_at: null }] }), actions, { now: NOW });
  const dueLine = (due) => byTestId(promise(due), "promise")[0].querySelector(".state").textContent;
  assert.equal(dueLine("2026-12-06"), "Due today.");
  assert.equal(dueLine("2026-12-05"), "Was due yesterday.");
  assert.equal(dueLine(null), "No due date.");
});

test("the overdue check-in's opener is not repeated among the starters below it", () => {
  const jane = friend();
  const opener = jane.check_in.opener;
  jane.starters = [opener, { text: "Hi Jane, congrats on the new role at Acme! How is it going?", kind: "career", evidence: "new role" }];
  const view = renderPerson(jane, actions, { now: NOW });
  const texts = byTestId(view, "starter").map((n) => n.textContent);
  assert.equal(texts.filter((t) => t.includes("Send the Porto article")).length, 0, texts.join(" | "));
  assert.ok(texts.some((t) => t.includes("congrats on the new role")));
  assert.equal(byTestId(view, "check-in-opener").length, 1);
});

test("the Undo line's day is counted from the view's clock, not the machine's (a test run after midnight)", () => {
  const view = renderPerson(person(), actions, {
    now: new Date(2031, 0, 2, 9, 0), logged: { id: 5, kind: "video-call", at: "2031-01-01T23:30:00" },
  });
  assert.match(byTestId(view, "flash")[0].textContent, /^Logged: video call, yesterday\. Undo$/);
});

// Newcomer tester 6: W4, C3, C6 and P4.
function rob() {
  return person({
    person_id: "rob",
    profile: { site: "linkedin", url: "https://www.linkedin.com/in/robertkcheung/", handle: "robertkcheung", name: "Rob Cheung", location: "Brooklyn" },
    also_on: [
      { site: "linkedin", url: "https://www.linkedin.com/in/robertkcheung/", handle: "robertkcheung" },
      { site: "x", url: "https://x.com/perceptnet", handle: "perceptnet" },
    ],
  });
}

test("on the X tab of a person joined with their LinkedIn, the header names X and LinkedIn only once", () => {
  const calls = [];
  const view = renderPerson(rob(), { ...actions, splitSite: (site) => calls.push(site) }, { now: NOW, pageSite: "x" });
  assert.equal(byTestId(view, "person-where")[0].textContent, "Brooklyn · from X: perceptnet");
  assert.equal(byTestId(view, "also-on")[0].textContent, "Also on LinkedIn.");
  assert.equal(view.textContent.match(/LinkedIn/g).length, 1, "the other site is named once");
  assert.equal(byTestId(view, "linked-note").length, 1, "said once");
  assert.match(byTestId(view, "linked-note")[0].textContent, /^Rapport joined this X profile with that one as one person\. Not the same person\? Split them$/);
  byTestId(view, "split-site")[0].click();
  assert.deepEqual(calls, ["linkedin"], "the other site leaves; the page's stays");
  const onLinkedIn = renderPerson(rob(), actions, { now: NOW, pageSite: "linkedin" });
  assert.match(byTestId(onLinkedIn, "person-where")[0].textContent, /from LinkedIn: robertkcheung$/);
  assert.match(byTestId(onLinkedIn, "also-on")[0].textContent, /^Also on X \(@perceptnet\)\.$/);
  const single = renderPerson(person(), actions, { now: NOW, pageSite: "linkedin" });
  assert.equal(byTestId(single, "linked-note").length, 0, "nothing to split");
});

test("before you said who you are, the panel asks with a real control and claims nothing about what you share", () => {
  const calls = [];
  const view = renderPerson(person({ starters: [], common_ground: { tier: "none", commonalities: [] } }),
    { ...actions, openSetup: (step) => calls.push(step) }, { meSet: false, now: NOW });
  const ask = byTestId(view, "tell-who-you-are")[0];
  assert.equal(ask.tagName, "BUTTON");
  ask.click();
  assert.deepEqual(calls, ["step-who"]);
  assert.doesNotMatch(view.textContent, /nothing you both share/);
  assert.match(byTestId(view, "no-starter")[0].textContent, /once Rapport knows who you are\.$/);
  const known = renderPerson(person({ starters: [], common_ground: { tier: "none", commonalities: [] } }), actions, { now: NOW });
  assert.match(byTestId(known, "no-starter")[0].textContent, /nothing you both share/);
});

test("for a friend, little in common is a quiet line, and a commonplace thing is folded, not shown as counted", () => {
  const ground = {
    tier: "none",
    commonalities: [
      { kind: "place", label: "Stockholm area", mine: "Stockholm", theirs: "Stockholm" },
      { kind: "skill", label: "Agile Methodologies", mine: "Agile", theirs: "Agile", counted: false },
    ],
  };
  const friendView = renderPerson(person({ common_ground: ground, tie: { stage: "friend", strength: 0.5 } }), actions, { now: NOW });
  const tier = byTestId(friendView, "tier")[0];
  assert.equal(tier.textContent, "Not much in common yet: 1 thing found.");
  assert.ok(tier.classList.contains("quiet"), "not the loudest line for a friend");
  const strangerView = renderPerson(person({ common_ground: ground, tie: { stage: "stranger" } }), actions, { now: NOW });
  assert.ok(byTestId(strangerView, "tier")[0].classList.contains("quiet"), "the lowest tier is no headline (newcomer 11, P1)");
  for (const view of [friendView, strangerView]) {
    const folded = byTestId(view, "uncounted-ground")[0];
    assert.equal(folded.tagName, "DETAILS");
    assert.equal(folded.open, false);
    assert.equal(folded.querySelector("summary").textContent, "1 more thing you share, too common to count");
    assert.match(folded.textContent, /Agile Methodologies/);
    const shown = byTestId(view, "commonality").filter((n) => !folded.contains(n));
    assert.deepEqual(shown.map((n) => n.dataset.counted), ["true"], "beside the tier: only what it counts");
  }
});
