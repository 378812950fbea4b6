// The setup page's words and steps (issue 19): plain sentences, a distinct one for each pairing problem, the
// step the user is on, and the address a saved profile page names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import {
  companionLine,
  currentStep,
  meLine,
  pairingLine,
  plainSentence,
  savedPageAddress,
  stepStates,
} from "../src/setup/setup_view.js";

const REAL = new URL("../../../shared/fixtures/real/", import.meta.url);

test("the page is on the first step not done, and moves on as each fact comes true", () => {
  const facts = { running: false, paired: false, accepted: false, me: false };
  assert.equal(currentStep(facts), "companion");
  assert.equal(currentStep({ ...facts, running: true }), "pair");
  assert.equal(currentStep({ ...facts, running: true, paired: true }), "pair", "a token the companion refuses is not paired");
  assert.equal(currentStep({ ...facts, running: true, paired: true, accepted: true }), "who");
  assert.equal(currentStep({ running: true, paired: true, accepted: true, me: true }), "done");
  assert.deepEqual(stepStates({ ...facts, running: true }), { companion: "done", pair: "current", who: "later", done: "later" });
  assert.deepEqual(stepStates({ running: true, paired: true, accepted: true, me: true }), { companion: "done", pair: "done", who: "done", done: "current" });
});

test("a wrong, an expired, an already-used code and a lock each get their own plain sentence", () => {
  const lines = ["wrong", "expired", "used", "locked", "empty"].map((problem) => pairingLine({ ok: false, problem, error: "x" }));
  assert.equal(new Set(lines).size, lines.length);
  assert.match(pairingLine({ problem: "expired" }), /expired/);
  assert.match(pairingLine({ problem: "used" }), /already been used/);
  assert.match(pairingLine({ problem: "wrong" }), /not right/);
  for (const line of lines) {
    assert.doesNotMatch(line, /[`()[\]]/, "no backticks or brackets");
    assert.match(line, /[.!]$/, "a sentence ends with its stop");
  }
});

test("a sentence from the companion loses its backticks; no answer at all still says something", () => {
  assert.equal(plainSentence("Run `companion pair` for a new one."), "Run companion pair for a new one.");
  assert.equal(pairingLine({ ok: false, error: "The data dir is full; run `companion doctor`." }), "The data dir is full; run companion doctor.");
  assert.match(pairingLine({ ok: false, offline: true }), /stopped answering/);
  assert.match(pairingLine(undefined), /\.$/);
});

test("the companion line says running, something else, or waiting, without repeating how to start it", () => {
  assert.deepEqual(companionLine({ running: true }, 9000).state, "ok");
  assert.match(companionLine({ running: true }, 9000).text, /running on port 9000/);
  assert.match(companionLine({ running: false, other: true }, 80).text, /not the Rapport companion/);
  const waiting = companionLine({ running: false }, 8765);
  assert.match(waiting.text, /not running on port 8765/);
  assert.doesNotMatch(waiting.text, /make run|companion serve|`/);
});

test("who you are is said with your name and site", () => {
  assert.equal(meLine({ name: "Eduardo Alvarez Nowak", site: "linkedin" }), "Done: Rapport knows you as Eduardo Alvarez Nowak on LinkedIn.");
  assert.equal(meLine({ name: "", site: "nowhere" }), "Done: Rapport knows you as you.");
});

test("a saved page's address comes from the browser's mark, SingleFile's note, the canonical link or og:url", () => {
  assert.equal(
    savedPageAddress('<!DOCTYPE html>\n<!-- saved from url=(0041)https://www.linkedin.com/in/jane-doe/ -->\n<html>'),
    "https://www.linkedin.com/in/jane-doe/",
  );
  assert.equal(
    savedPageAddress("<!--\n Page saved with SingleFile \n url: https://x.com/jane \n saved date: Mon -->"),
    "https://x.com/jane",
  );
  assert.equal(savedPageAddress('<head><link href="https://bsky.app/profile/jane.bsky.social" rel="canonical"></head>'), "https://bsky.app/profile/jane.bsky.social");
  assert.equal(savedPageAddress("<meta content='https://github.com/jane' property='og:url'>"), "https://github.com/jane");
  for (const none of ["", "<html><body>hi</body></html>", '<link rel="canonical" href="javascript:alert(1)">', '<meta property="og:url" content="http://insecure.example/">']) {
    assert.equal(savedPageAddress(none), null, none);
  }
});

test("a real saved LinkedIn page names its own address", { skip: !existsSync(new URL("linkedin/guest_2024-04_eduardo.html", REAL)) }, () => {
  const html = readFileSync(new URL("linkedin/guest_2024-04_eduardo.html", REAL), "utf8");
  assert.equal(savedPageAddress(html), "https://se.linkedin.com/in/eduardo-alvarez-nowak");
});
