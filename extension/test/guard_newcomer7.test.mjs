// Newcomer 7's findings on the send guard's card (C1, C3): a draft in a language Rapport does not read, stopped
// for its price, is headed by what was checked ("can't read this language; stopped only for the price"), with no
// pitch percentage and no ask size; a warning the ask decided says the ask's size once, in the heading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SOURCE = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../src/guard/guard_view.js"), "utf8");
const realm = {};
new Function("globalThis", SOURCE)(realm);
const V = realm.RapportGuardView;

// What check_draft returns for the newcomer's Swedish pitch to a new connection (companion/guard/pitch_guard.py).
const SWEDISH = "Hej! Vi hjälper företag som ditt att sänka kostnaderna med 40 %. Boka en demo med mig den här veckan.";
const UNREAD = {
  verdict: "block", score: 0.5, ask: "none", stage: "new", stage_source: "page",
  reasons: [
    { start: 0, end: 100, rule: "language-unread", message: "Rapport reads English, Spanish, French, German and Portuguese only: this draft is mostly in another language, so it was not checked for pitching." },
    { start: 59, end: 63, rule: "price", message: "A percentage (a saving, a discount) reads as a sale in any language." },
  ],
  suggestions: ["Leave the percentage out of it: a saving or a discount in an early message turns it into a sale."],
  opener: null,
};

test("a draft not read is headed by what was checked, without a pitch percentage or an ask size", () => {
  assert.deepEqual(V.headline(UNREAD), {
    title: "Hold on: Rapport can't read this language; it stopped this only for the percentage", decided: "unread", whom: "a new connection",
  });
  assert.equal(V.summaryOf(UNREAD), "to a new connection (as the page shows)");
  const both = { ...UNREAD, verdict: "warn", reasons: [...UNREAD.reasons, { start: 70, end: 90, rule: "calendar-link", message: "A booking link." }] };
  assert.equal(V.headline(both).title, "Before you send: Rapport can't read this language; it flags only the percentage and the calendar link");
  const title = V.indicatorTitle({ ok: true, verdict: UNREAD }, SWEDISH);
  assert.match(title, /^Rapport can't read this language: it will be stopped when you send, only for the percentage\.\n/);
  assert.doesNotMatch(title, /pitch-like|reads like a pitch/);
  // A draft that was read is summed up by its score (or, stopped near the line, by its signs: newcomer 11, C1); one
  // that passes unread is not a warning at all.
  assert.equal(V.unreadChecked({ ...UNREAD, verdict: "ok" }), null);
  assert.equal(V.unreadChecked({ ...UNREAD, reasons: UNREAD.reasons.slice(1) }), null);
  assert.match(V.summaryOf({ ...UNREAD, reasons: UNREAD.reasons.slice(1) }), /^1 sign of a pitch · no ask/);
  assert.match(V.summaryOf({ ...UNREAD, score: 0.97, reasons: UNREAD.reasons.slice(1) }), /^97% pitch-like · no ask/);
});

test("a warning the ask decided says one size, once: in the heading", () => {
  const ask = {
    verdict: "warn", score: 0.0001, ask: "medium", stage: "new", stage_source: "page",
    reasons: [{ start: 23, end: 33, rule: "ask-too-big", message: "A medium ask is a lot to ask of a new connection." }],
  };
  for (const [size, words] of [["medium", "a medium ask"], ["large", "a big ask"], ["small", "an early ask"]]) {
    const verdict = { ...ask, ask: size };
    assert.equal(V.headline(verdict).title, `Before you send: ${words} for a new connection`);
    assert.equal(V.summaryOf(verdict), "to a new connection (as the page shows)");
  }
});
