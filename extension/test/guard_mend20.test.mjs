// Guard mend 20: a percentage and a sum of money found in a draft not read are rule "price" (the rule `guard disable
// price` switches off), and the headline names them by the reason's message, as companion/guard/pitch_guard.py words it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SOURCE = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../src/guard/guard_view.js"), "utf8");
const realm = {};
new Function("globalThis", SOURCE)(realm);
const V = realm.RapportGuardView;

const UNREAD = { start: 0, end: 90, rule: "language-unread", message: "Rapport reads English, Spanish, French, German and Portuguese only…" };
const PERCENT = { start: 50, end: 53, rule: "price", message: "A percentage (a saving, a discount) reads as a sale in any language." };
const SUM = { start: 60, end: 63, rule: "price", message: "A sum of money reads as a sale in any language." };
const PRICE = { start: 70, end: 80, rule: "price", message: "Names a price: money in an early message reads as a sale." };
const LINK = { start: 81, end: 89, rule: "link", message: "A link in a first message reads as a pitch." };
const stop = (...reasons) => ({ verdict: "block", score: 0.5, ask: "none", stage: "new", stage_source: "page", reasons: [UNREAD, ...reasons] });
const ONLY = "Hold on: Rapport can't read this language; it stopped this only for ";

test("rule price is named by its message: the percentage, the sum of money, the price", () => {
  assert.equal(V.headline(stop(PERCENT)).title, `${ONLY}the percentage`);
  assert.equal(V.headline(stop(SUM)).title, `${ONLY}the sum of money`);
  assert.equal(V.headline(stop(PRICE)).title, `${ONLY}the price`);
  assert.equal(V.headline(stop(PERCENT, SUM, LINK)).title, `${ONLY}the percentage, the sum of money and the link`);
  assert.equal(V.headline(stop(PERCENT, PERCENT)).title, `${ONLY}the percentage`);
});

test("another rule's message opening with the same words is not renamed, and a reason without a message is a price", () => {
  assert.equal(V.headline(stop({ ...LINK, message: "A percentage of links…" })).title, `${ONLY}the link`);
  assert.equal(V.headline(stop({ start: 1, end: 2, rule: "price" })).title, `${ONLY}the price`);
});
