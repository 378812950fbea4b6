// Guard mend 19 (newcomer 11): a stop never reads as a coin flip (C1: a red "50% pitch-like" over a German pitch the
// rules stopped), and a draft Rapport can't read is headed by what was found in it, not "the price" (C2).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SOURCE = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../src/guard/guard_view.js"), "utf8");
const realm = {};
new Function("globalThis", SOURCE)(realm);
const V = realm.RapportGuardView;

// What check_draft returns for the newcomer's German pitch to a new connection: the rules stopped it at the line (0.5).
const GERMAN = {
  verdict: "block", score: 0.5, ask: "medium", stage: "new", stage_source: "page",
  reasons: [
    { start: 7, end: 17, rule: "we-help", message: "Describes what you sell, not why you are writing to them." },
    { start: 18, end: 48, rule: "numeric-promise", message: "A numeric promise is a sales claim." },
    { start: 79, end: 112, rule: "sales-call", message: "Asks a new connection for a sales call or a demo." },
  ],
  suggestions: [],
};

test("a stop near the line is summed up by the signs that stopped it, never a coin-flip percentage", () => {
  for (const score of [0.5, 0.35, 0.62, 0.79]) {
    const summary = V.summaryOf({ ...GERMAN, score });
    assert.match(summary, /^3 signs of a pitch · a medium ask · to a new connection/);
    assert.doesNotMatch(summary, /%/);
  }
  // one sign, and a stop whose only reason is the language or the ask size has no sign to count
  const one = { ...GERMAN, reasons: GERMAN.reasons.slice(2, 3).concat([{ start: 0, end: 5, rule: "ask-too-big", message: "" }]) };
  assert.match(V.summaryOf(one), /^1 sign of a pitch · /);
  assert.equal(V.summaryOf({ ...GERMAN, reasons: [] }), "a medium ask · to a new connection (as the page shows)");
});

test("a sure stop and a warning keep their percentage", () => {
  assert.match(V.summaryOf({ ...GERMAN, score: 0.9737 }), /^97% pitch-like · a medium ask/);
  assert.match(V.summaryOf({ ...GERMAN, verdict: "warn", score: 0.41 }), /^41% pitch-like · a medium ask/);
});

const UNREAD = { start: 0, end: 90, rule: "language-unread", message: "Rapport reads English, Spanish, French, German and Portuguese only…" };

test("a draft not read is headed by what was found: a percentage, a sum of money, a price", () => {
  // all three are rule "price" (the rule that switches them off): the message says which (mend 20)
  const PERCENT = "A percentage (a saving, a discount) reads as a sale in any language.";
  const SUM = "A sum of money reads as a sale in any language.";
  const stop = (message) => ({ verdict: "block", score: 0.5, ask: "none", stage: "new", stage_source: "page",
    reasons: [UNREAD, { start: 50, end: 53, rule: "price", message }] });
  assert.equal(V.headline(stop(PERCENT)).title, "Hold on: Rapport can't read this language; it stopped this only for the percentage");
  assert.equal(V.headline(stop(SUM)).title, "Hold on: Rapport can't read this language; it stopped this only for the sum of money");
  assert.equal(V.headline(stop("Names a price: money in an early message reads as a sale.")).title, "Hold on: Rapport can't read this language; it stopped this only for the price");
  const title = V.indicatorTitle({ ok: true, verdict: stop(PERCENT) }, "Hoi! Wij helpen bedrijven om de kosten met 40% te verlagen.");
  assert.match(title, /only for the percentage\./);
  assert.doesNotMatch(title, /price/);
});
