// Newcomer 6's findings on the send guard (C1, C2, P1): a warning decided by the size of the ask is headed by
// the ask, not by "this may read as a pitch" beside "0% pitch-like"; with the companion gone the indicator says
// "Offline: not checked" in words (a grey dot reads as "fine"); a sentence that explains how the recipient was
// read is not listed as a tip. Pure parts from src/guard/guard_view.js, the overlay and the indicator in jsdom.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM } from "./load_guard.mjs";

const GUARD_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../src/guard");
const FILES = ["composers.js", "guard_view.js", "guard_switch.js", "guard.js", "indicator.js"];
const SOURCES = FILES.map((name) => readFileSync(resolve(GUARD_DIR, name), "utf8"));

const realm = {};
new Function("globalThis", SOURCES[FILES.indexOf("guard_view.js")])(realm);
const V = realm.RapportGuardView;

// What the companion returns for the newcomer's favour to a 1st-degree contact (check_draft, stage "new" from
// the page): a warning the ask decided, at a score of almost nothing.
const FAVOUR = "Hi Sam, would you have 10 minutes next week to tell me how you found the move to Stockholm? No worries if not.";
const ASK_VERDICT = {
  verdict: "warn", score: 0.0001, ask: "medium", stage: "new", stage_source: "page",
  reasons: [{ start: 23, end: 33, rule: "ask-too-big", message: "A medium ask is a lot to ask of a new connection." }],
  suggestions: ["Make the ask smaller for now (advice, a quick question) and keep the bigger one for later."],
  opener: null,
};
const PITCH_VERDICT = {
  verdict: "block", score: 0.97, ask: "medium", stage: "stranger", stage_source: "unknown",
  reasons: [{ start: 8, end: 36, rule: "we-help", message: "Describes what you sell." }],
  suggestions: ["Say less about what you sell."], opener: null,
};
// What the companion puts first among the suggestions when `to` was a name it could not find (routes.py).
const NOTE = "“sam_r” names no one in your Rapport, so the draft is checked as one to someone Rapport doesn't know yet, treated as a stranger.";

test("a warning the ask decided is headed by the ask, without a pitch percentage", () => {
  assert.ok(V.askDecided(ASK_VERDICT));
  assert.deepEqual(V.headline(ASK_VERDICT), { title: "Before you send: a medium ask for a new connection", decided: "ask", whom: "a new connection" });
  assert.equal(V.summaryOf(ASK_VERDICT), "to a new connection (as the page shows)"); // the size once, in the heading (newcomer 7, C3)
  assert.equal(V.headline({ ...ASK_VERDICT, ask: "small" }).title, "Before you send: an early ask for a new connection");
  const title = V.indicatorTitle({ ok: true, verdict: ASK_VERDICT }, FAVOUR);
  assert.match(title, /^Rapport: a medium ask for a new connection\.\n• “10 minutes”: A medium ask/);
  assert.doesNotMatch(title, /pitch/);
});

test("a warning or block the score decided keeps the pitch heading and shows the percentage", () => {
  assert.ok(!V.askDecided(PITCH_VERDICT));
  assert.equal(V.headline(PITCH_VERDICT).title, "Hold on: this reads like a pitch");
  assert.equal(V.headline({ ...PITCH_VERDICT, verdict: "warn" }).title, "Before you send: this may read as a pitch");
  assert.equal(V.summaryOf(PITCH_VERDICT), "97% pitch-like · a medium ask · to someone Rapport doesn't know yet");
  // a block is never the ask's doing (a medium ask to a stranger is at most warned): it stays a pitch
  const both = { ...PITCH_VERDICT, reasons: [...PITCH_VERDICT.reasons, ASK_VERDICT.reasons[0]] };
  assert.equal(V.headline(both).decided, "pitch");
  assert.match(V.summaryOf(both), /^97% pitch-like/);
});

test("how the recipient was read is a note, not a tip; the opener is not quoted again", () => {
  const opener = "Hi Sam, how is the new team?";
  const split = V.splitSuggestions([NOTE, "Say less about what you sell.", `Or open with this instead: “${opener}”`, "", 3], opener);
  assert.deepEqual(split, { tips: ["Say less about what you sell."], notes: [NOTE] });
  assert.deepEqual(V.splitSuggestions(undefined), { tips: [], notes: [] });
  // advice that quotes the draft is still advice
  assert.deepEqual(V.splitSuggestions(["Drop the numbers and promises (“40% less”, “2x”): they read as an ad."]).notes, []);
});

test("the indicator says in words when no draft is checked, but not when paused or answered", () => {
  assert.equal(V.indicatorLabel({ ok: false, reason: "offline" }), "Offline: not checked");
  assert.equal(V.indicatorLabel({ ok: false, offline: true }), "Offline: not checked");
  assert.equal(V.indicatorLabel({ ok: false, reason: "unpaired" }), "Not paired: not checked");
  assert.equal(V.indicatorLabel({ ok: false, reason: "timeout" }), "Not checked");
  assert.equal(V.indicatorLabel(null), "Not checked");
  assert.equal(V.indicatorLabel({ ok: false, paused: true, reason: "paused" }), "");
  assert.equal(V.indicatorLabel({ ok: true, verdict: ASK_VERDICT }), "");
});

// ---------------------------------------------------------------- in a page

const BUBBLE = `
  <div class="msg-convo-wrapper msg-overlay-conversation-bubble" role="dialog" id="bubble">
    <header class="msg-overlay-bubble-header">
      <h2 class="msg-overlay-bubble-header__title"><a href="/in/ACoAAD-sam/"><span>Sam Rivera</span></a></h2>
    </header>
    <form class="msg-form" id="msg-form-1">
      <div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p><br></p></div>
      <footer><button class="msg-form__send-button" type="submit">Send</button></footer>
    </form>
  </div>`;

const opened = [];
after(() => opened.forEach((window) => window.close())); // the badges' follow timer would keep node running

/** The bubble with the guard and the indicator; `answer()` plays the background. */
function page(answer) {
  const dom = new JSDOM(`<!doctype html><html><head><title>Messaging | LinkedIn</title></head><body>${BUBBLE}</body></html>`, {
    url: "https://www.linkedin.com/feed/", runScripts: "outside-only", pretendToBeVisual: true,
  });
  const { window } = dom;
  opened.push(window);
  window.chrome = {
    runtime: { sendMessage: (message) => Promise.resolve(message.type === "rapport:check" ? answer() : null) },
    storage: { local: { get: async () => ({ settings: {} }) }, onChanged: { addListener() {} } },
  };
  window.__sent = [];
  window.document.addEventListener("submit", (event) => {
    event.preventDefault();
    window.__sent.push(box.textContent);
  });
  for (const source of SOURCES) window.eval(source);
  const box = window.document.querySelector(".msg-form__contenteditable");
  const inShadow = (tag, testid) => {
    const host = window.document.querySelector(tag);
    return host ? host.shadowRoot.querySelector(`[data-testid="${testid}"]`) : null;
  };
  return {
    window,
    type(text) {
      box.innerHTML = "";
      const p = window.document.createElement("p");
      p.textContent = text;
      box.append(p);
      box.dispatchEvent(new window.InputEvent("input", { bubbles: true, composed: true, inputType: "insertText", data: text.slice(-1) }));
    },
    send: () => window.document.querySelector("button.msg-form__send-button").click(),
    overlay: (testid) => inShadow("rapport-send-guard", testid),
    overlayAll: (testid) => [...window.document.querySelector("rapport-send-guard").shadowRoot.querySelectorAll(`[data-testid="${testid}"]`)],
    badge: () => inShadow("rapport-indicator", "rapport-indicator"),
    status: (testid) => inShadow("rapport-send-guard-status", testid),
  };
}
const pause = (window, ms) => new Promise((r) => window.setTimeout(r, ms));

test("the card for a big ask: headed by the ask, no pitch percentage, the verdict kept", async () => {
  const p = page(() => ({ ok: true, verdict: ASK_VERDICT }));
  await pause(p.window, 0);
  p.type(FAVOUR);
  p.send();
  await pause(p.window, 20);
  const card = p.overlay("rapport-warning");
  assert.equal(card.getAttribute("data-verdict"), "warn");
  assert.equal(card.getAttribute("data-decided"), "ask");
  assert.equal(card.querySelector("h2").textContent, "Before you send: a medium ask for a new connection");
  assert.equal(p.overlay("rapport-summary").textContent, "to a new connection (as the page shows)");
  assert.doesNotMatch(card.textContent, /pitch/);
  assert.deepEqual(p.window.__sent, []);
});

test("an explanation of the recipient goes under their name, quietly, and not among the tips", async () => {
  const p = page(() => ({ ok: true, verdict: { ...PITCH_VERDICT, suggestions: [NOTE, ...PITCH_VERDICT.suggestions] } }));
  await pause(p.window, 0);
  p.type("Hi Sam! We help companies like yours cut costs by 40%.");
  p.send();
  await pause(p.window, 20);
  assert.equal(p.overlay("rapport-warning").querySelector("h2").textContent, "Hold on: this reads like a pitch");
  assert.match(p.overlay("rapport-summary").textContent, /^97% pitch-like/);
  assert.deepEqual(p.overlayAll("rapport-suggestion").map((n) => n.textContent), ["Say less about what you sell."]);
  const note = p.overlay("rapport-recipient-note");
  assert.equal(note.textContent, NOTE);
  assert.equal(note.previousElementSibling.getAttribute("data-testid"), "rapport-summary");
});

test("offline: the indicator says so in words while typing, Send says the message went unchecked", async () => {
  let online = false;
  const p = page(() => (online ? { ok: true, verdict: { ...ASK_VERDICT, verdict: "ok", reasons: [], suggestions: [] } }
    : { ok: false, offline: true, reason: "offline" }));
  await pause(p.window, 0);
  p.type("See you tomorrow at the meetup!");
  await pause(p.window, 350);
  assert.equal(p.badge().getAttribute("data-level"), "off");
  assert.equal(p.badge().textContent, "Offline: not checked");
  assert.ok(p.badge().classList.contains("labelled"));
  assert.equal(p.badge().title, "Rapport is offline: drafts are not checked");
  p.send();
  await pause(p.window, 20);
  assert.deepEqual(p.window.__sent, ["See you tomorrow at the meetup!"]);
  assert.equal(p.status("rapport-unchecked").textContent, "Rapport is offline: this message was not checked.");
  // back online, the next check turns the words back into a plain green dot
  online = true;
  p.type("And bring the slides?");
  await pause(p.window, 5400); // a companion that was gone is looked for again after 5 s
  assert.equal(p.badge().getAttribute("data-level"), "ok");
  assert.equal(p.badge().textContent, "");
  assert.ok(!p.badge().classList.contains("labelled"));
});

test("the companion's own sentence on a `to` it cannot resolve is a note, not a tip (final read)", () => {
  const said = "“javi” is no id, profile URL or handle of anyone in your Rapport, so the draft is checked as one to someone Rapport doesn't know yet, treated as a stranger.";
  assert.deepEqual(V.splitSuggestions([said, "Say less about what you sell."]), { tips: ["Say less about what you sell."], notes: [said] });
});
