// How a person joined across sites came to be one (the person view's `merges`): by Rapport itself on strong
// evidence, or by you (Accept or a typed `companion merge`: the store does not tell which); said beside "Split".
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { renderPerson } = await import("../src/panel/panel_view.js");

const NOW = new Date(2026, 11, 7, 12, 0);
const byTestId = (root, id) => [...root.querySelectorAll(`[data-testid="${id}"]`)];
const LINKEDIN = { site: "linkedin", url: "https://www.linkedin.com/in/robertkcheung/", handle: "robertkcheung" };
const X = { site: "x", url: "https://x.com/perceptnet", handle: "perceptnet" };
const BLUESKY = { site: "bluesky", url: "https://bsky.app/profile/rob.bsky.social", handle: "rob.bsky.social" };

function rob(merges, alsoOn = [LINKEDIN, X]) {
  return {
    person_id: "rob",
    profile: { site: "linkedin", url: LINKEDIN.url, handle: "robertkcheung", name: "Rob Cheung" },
    common_ground: { tier: "none", commonalities: [] },
    starters: [],
    notes: [],
    commitments: [],
    tie: { stage: "stranger" },
    also_on: alsoOn,
    merges,
  };
}

const note = (person) =>
  byTestId(renderPerson(person, { splitSite() {} }, { now: NOW, pageSite: "x" }), "linked-note")[0];

test("an automatic join says so, with its evidence, and offers Split", () => {
  const linked = note(rob([{ how: "automatic", at: "2026-12-01T10:00:00+00:00", sites: ["linkedin", "x"],
    evidence: ["X links to linkedin.com/in/robertkcheung", "Brooklyn (Brooklyn ~ Brooklyn, NY)."] }]));
  assert.equal(linked.textContent,
    "Rapport joined this X profile with that one by itself, on this evidence: X links to linkedin.com/in/robertkcheung; "
    + "Brooklyn (Brooklyn ~ Brooklyn, NY). Not the same person? Split them");
  assert.equal(byTestId(linked, "merge-how")[0].dataset.how, "automatic");
});

test("a join you made is told apart from an automatic one, claiming no suggestion it may not have had", () => {
  const linked = note(rob([{ how: "accepted", at: "2026-12-01T10:00:00+00:00", sites: ["linkedin", "x"], evidence: [] }]));
  assert.equal(linked.textContent, "You joined this X profile with that one yourself. Not the same person? Split them");
  assert.equal(byTestId(linked, "merge-how")[0].dataset.how, "accepted");
});

test("several joins each name their sites and how; evidence from a page stays text", () => {
  const linked = note(rob([
    { how: "automatic", sites: ["linkedin", "x"], evidence: ["<img src=x onerror=alert(1)>"] },
    { how: "accepted", sites: ["linkedin", "bluesky"], evidence: [] },
  ], [LINKEDIN, X, BLUESKY]));
  const hows = byTestId(linked, "merge-how");
  assert.deepEqual(hows.map((h) => h.dataset.how), ["automatic", "accepted"]);
  assert.equal(hows[0].textContent, "Rapport joined LinkedIn and X by itself, on this evidence: <img src=x onerror=alert(1)>. ");
  assert.equal(hows[1].textContent, "You joined LinkedIn and Bluesky yourself. ");
  assert.equal(linked.querySelector("img"), null);
});

test("without a record of how (older data), the plain sentence stays", () => {
  assert.match(note(rob(undefined)).textContent, /^Rapport joined this X profile with that one as one person\. Not the same person\?/);
});
