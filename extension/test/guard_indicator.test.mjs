// Unit tests for issue 19 items 4 and 5: the pure parts of what the guard shows (src/guard/guard_view.js:
// the draft shortened around the reasons, the indicator's level and hover text, the pacer), the typing
// indicator (src/guard/indicator.js), the pause switch (src/guard/guard_switch.js), "Use this opener" and
// the dismissible "not checked" notice, run in jsdom with a stubbed extension API. The composer is
// synthetic (the saved ones are exercised in tests/browser/).
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const GUARD_DIR = resolve(HERE, "../src/guard");
const FILES = ["composers.js", "guard_view.js", "guard_switch.js", "guard.js", "indicator.js"];
const SOURCES = FILES.map((name) => readFileSync(resolve(GUARD_DIR, name), "utf8"));
const { JSDOM } = createRequire(import.meta.url)("jsdom");
const { defaultSettings, normaliseSettings } = await import("../src/shared/settings.js");

// guard_view.js alone, in a bare realm: it needs no DOM.
function viewModule() {
  const realm = {};
  new Function("globalThis", SOURCES[FILES.indexOf("guard_view.js")])(realm);
  return realm.RapportGuardView;
}
const V = viewModule();

// ---------------------------------------------------------------- shortening around the spans

const LONG = `${"I have been following your work on the platform team for a while now and ".repeat(4)}` +
  "we help companies like yours cut costs by 40% " +
  `${"and I think there is a lot we could do together over the coming quarter, ".repeat(4)}` +
  "book a demo here: https://cal.example/me";

function spanOf(text, words) {
  const at = Array.from(text).join("").indexOf(words);
  return { start: Array.from(text.slice(0, at)).length, end: Array.from(text.slice(0, at)).length + Array.from(words).length };
}

test("a long draft is cut to its highlighted spans with a little context, gaps marked", () => {
  const reasons = [
    { ...spanOf(LONG, "we help companies like yours"), message: "Talks about us." },
    { ...spanOf(LONG, "book a demo"), message: "Asks for a demo." },
  ];
  const pieces = V.shortenAroundSpans(LONG, reasons, { context: 40 });
  const marked = pieces.filter((p) => p.marks && p.marks.length);
  assert.deepEqual(marked.map((p) => p.text), ["we help companies like yours", "book a demo"]);
  assert.deepEqual(marked.map((p) => p.marks), [["Talks about us."], ["Asks for a demo."]]);
  const shown = pieces.map((p) => p.text).join("");
  assert.ok(shown.length < LONG.length / 2, `shortened to ${shown.length} of ${LONG.length}`);
  assert.ok(pieces.some((p) => p.gap), "what was left out is marked");
  assert.ok(pieces[0].gap && pieces[pieces.length - 1].text.endsWith("https://cal.example/me"));
  // every shown piece is the draft's own text, in order
  let at = 0;
  for (const piece of pieces.filter((p) => !p.gap)) {
    const found = LONG.indexOf(piece.text, at);
    assert.ok(found >= at, piece.text);
    at = found + piece.text.length;
  }
});

test("a short draft is shown whole, with overlapping spans marked by both reasons", () => {
  const text = "Hi! We help teams like yours. Book a demo.";
  const pieces = V.shortenAroundSpans(text, [
    { ...spanOf(text, "We help teams like yours"), message: "A" }, { ...spanOf(text, "teams like yours"), message: "B" },
    { ...spanOf(text, "Book a demo"), message: "C" },
  ]);
  assert.equal(pieces.map((p) => p.text).join(""), text);
  assert.ok(!pieces.some((p) => p.gap));
  assert.deepEqual(pieces.find((p) => p.text === "teams like yours").marks, ["A", "B"]);
});

test("offsets are code points, as Python counts them: an emoji before a span does not shift it", () => {
  const text = "🎉🎉 Congrats! Book a demo";
  const pieces = V.shortenAroundSpans(text, [{ start: 13, end: 24, message: "demo" }]);
  assert.equal(pieces.find((p) => p.marks.length).text, "Book a demo");
  assert.deepEqual(V.shortenAroundSpans(text, [{ start: 40, end: 90, message: "out of range" }]).map((p) => p.text), [text]);
});

// ---------------------------------------------------------------- level and hover text

const VERDICT = {
  verdict: "block", score: 0.93, ask: "medium", stage: "new", stage_source: "page",
  reasons: [{ start: 4, end: 32, rule: "we-help", message: "Describes what you sell." }], suggestions: [],
};
const DRAFT = "Hi! We help companies like yours grow.";

test("the indicator's level follows the verdict, and is off without one", () => {
  assert.equal(V.levelOf({ ok: true, verdict: VERDICT }), "block");
  assert.equal(V.levelOf({ ok: true, verdict: { ...VERDICT, verdict: "warn" } }), "warn");
  assert.equal(V.levelOf({ ok: true, verdict: { ...VERDICT, verdict: "ok" } }), "ok");
  for (const failed of [null, { ok: false, reason: "offline" }, { ok: false, paused: true }, { ok: true, verdict: { verdict: "??" } }]) {
    assert.equal(V.levelOf(failed), "off");
  }
});

test("the hover text gives the same reasons as the overlay, quoting the draft, and says why it is off", () => {
  const title = V.indicatorTitle({ ok: true, verdict: VERDICT }, DRAFT);
  assert.match(title, /reads like a pitch to a new connection/);
  assert.match(title, /“We help companies like yours”: Describes what you sell\./);
  assert.equal(V.indicatorTitle({ ok: false, paused: true, reason: "paused" }, DRAFT), "Rapport is paused");
  assert.match(V.indicatorTitle({ ok: false, reason: "offline" }, DRAFT), /offline/);
  assert.match(V.indicatorTitle({ ok: true, verdict: { ...VERDICT, verdict: "ok", stage_source: "unknown" } }, DRAFT),
    /reads fine for someone Rapport doesn't know yet/);
});

test("a draft in a language the guard does not read is not called fine: the hover says it was not checked", () => {
  const unread = "Rapport reads English, Spanish, French, German and Portuguese only: this draft is mostly in another "
    + "language, so it was not checked for pitching.";
  const verdict = { ...VERDICT, verdict: "ok", reasons: [{ start: 0, end: 5, rule: "language-unread", message: unread }] };
  const title = V.indicatorTitle({ ok: true, verdict }, "Привет! Давайте созвонимся");
  assert.equal(title, `Rapport: ${unread}`);
  assert.doesNotMatch(title, /reads fine/);
});

test("the switches: paused and the indicator's setting, defaults on", () => {
  assert.equal(defaultSettings().guardIndicator, true);
  assert.equal(normaliseSettings({ guardIndicator: false }).guardIndicator, false);
  assert.equal(normaliseSettings({ guardIndicator: "no" }).guardIndicator, true);
  assert.deepEqual(V.guardSwitch(undefined), { paused: false, indicator: true });
  assert.deepEqual(V.guardSwitch({ paused: true }), { paused: true, indicator: true });
  assert.deepEqual(V.guardSwitch({ guardIndicator: false }), { paused: false, indicator: false });
});

// ---------------------------------------------------------------- the pacer, on a fake clock

function fakeClock() {
  let time = 0;
  let next = 1;
  const timers = new Map();
  return {
    now: () => time,
    setTimeout: (fn, ms) => { timers.set(next, { fn, at: time + ms }); return next++; },
    clearTimeout: (id) => timers.delete(id),
    advance(ms) {
      const end = time + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        time = due[1].at;
        due[1].fn();
      }
      time = end;
    },
    pending: () => timers.size,
  };
}

test("the pacer checks at most every 500 ms while typing goes on, and once after it stops", () => {
  const clock = fakeClock();
  const runs = [];
  const pacer = V.createPacer(() => runs.push(clock.now()), { interval: 500, quiet: 200, clock });
  for (let i = 0; i < 30; i += 1) { // a key every 80 ms for 2.4 s
    pacer.poke();
    clock.advance(80);
  }
  clock.advance(1000);
  assert.ok(runs.length >= 4 && runs.length <= 6, `runs at ${runs}`);
  for (let i = 1; i < runs.length; i += 1) assert.ok(runs[i] - runs[i - 1] >= 500, `runs at ${runs}`);
  assert.ok(runs[runs.length - 1] >= 29 * 80 + 200 - 1, "the last keystroke is checked once typing stops");
  assert.equal(clock.pending(), 0, "no timer left behind");
});

test("a single keystroke is checked after the quiet time; a hold puts the next check off", () => {
  const clock = fakeClock();
  const runs = [];
  const pacer = V.createPacer(() => runs.push(clock.now()), { interval: 500, quiet: 200, clock });
  pacer.poke();
  clock.advance(199);
  assert.deepEqual(runs, []);
  clock.advance(1);
  assert.deepEqual(runs, [200]);
  pacer.hold(5000);
  pacer.poke();
  clock.advance(4000);
  assert.deepEqual(runs, [200]);
  clock.advance(2000);
  assert.deepEqual(runs, [200, 5200]);
  pacer.poke();
  pacer.cancel();
  clock.advance(2000);
  assert.equal(runs.length, 2);
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
const LI_URL = "https://www.linkedin.com/feed/";
const PITCH = "Hi Sam! We help companies like yours cut costs by 40%. Book a demo: https://cal.example/me";
const BLOCK = { ...VERDICT, stage: "stranger", stage_source: "unknown",
  reasons: [{ start: 8, end: 36, rule: "we-help", message: "Describes what you sell." }],
  suggestions: ["Say less about what you sell."], opener: "Hi Sam, I saw we both studied at Lisbon. How is the new team?" };

// Every page is closed at the end (the badges' follow timer would keep node running).
const opened = [];
after(() => opened.forEach((window) => window.close()));

/** A page with the guard and the indicator; `settings` is what storage holds; `answer(message)` plays the background. */
function page({ settings = {}, answer = () => ({ ok: true, verdict: BLOCK }) } = {}) {
  const dom = new JSDOM(`<!doctype html><html><head><title>Messaging | LinkedIn</title></head><body>${BUBBLE}</body></html>`, {
    url: LI_URL, runScripts: "outside-only", pretendToBeVisual: true,
  });
  const { window } = dom;
  opened.push(window);
  const messages = [];
  const changeListeners = [];
  window.chrome = {
    runtime: {
      sendMessage(message) {
        messages.push(JSON.parse(JSON.stringify(message)));
        return Promise.resolve(answer(message));
      },
    },
    storage: {
      local: { get: async () => ({ settings }) },
      onChanged: { addListener: (fn) => changeListeners.push(fn) },
    },
  };
  window.__sent = [];
  window.document.addEventListener("submit", (event) => {
    event.preventDefault();
    window.__sent.push(window.document.querySelector(".msg-form__contenteditable").textContent);
  });
  for (const source of SOURCES) window.eval(source);
  const box = window.document.querySelector(".msg-form__contenteditable");
  return {
    window,
    document: window.document,
    box,
    messages,
    checks: () => messages.filter((m) => m.type === "rapport:check"),
    /** Types `text` the way an editor reports it: the box changes, then an input event. */
    type(text) {
      box.innerHTML = "";
      const p = window.document.createElement("p");
      p.textContent = text;
      box.append(p);
      box.dispatchEvent(new window.InputEvent("input", { bubbles: true, composed: true, inputType: "insertText", data: text.slice(-1) }));
    },
    store(change) {
      for (const fn of changeListeners) fn(change, "local");
    },
    badge: () => {
      const host = window.document.querySelector("rapport-indicator");
      return host ? host.shadowRoot.querySelector('[data-testid="rapport-indicator"]') : null;
    },
    inOverlay(testid) {
      const host = window.document.querySelector("rapport-send-guard");
      return host ? host.shadowRoot.querySelector(`[data-testid="${testid}"]`) : null;
    },
    status(testid) {
      const host = window.document.querySelector("rapport-send-guard-status");
      return host ? host.shadowRoot.querySelector(`[data-testid="${testid}"]`) : null;
    },
  };
}

// Lets the guard's promises and the pacer's timer (200 ms after the last keystroke) run.
const pause = (window, ms) => new Promise((r) => window.setTimeout(r, ms));

test("typing a pitch turns the indicator red with the reasons on hover, checked once for a burst of keys", async () => {
  const p = page();
  await pause(p.window, 0);
  for (let i = 10; i <= PITCH.length; i += 10) p.type(PITCH.slice(0, i));
  p.type(PITCH);
  await pause(p.window, 350);
  const checks = p.checks();
  assert.ok(checks.length >= 1 && checks.length <= 2, `${checks.length} checks`);
  const last = checks[checks.length - 1];
  assert.equal(last.text, PITCH);
  assert.equal(last.live, true);
  assert.equal(last.to, "https://www.linkedin.com/in/ACoAAD-sam/");
  assert.equal(p.badge().getAttribute("data-level"), "block");
  assert.match(p.badge().title, /“We help companies like yours”: Describes what you sell\./);
  assert.deepEqual(p.window.__sent, []);
  // an unchanged draft is not checked again
  p.box.dispatchEvent(new p.window.InputEvent("input", { bubbles: true }));
  await pause(p.window, 300);
  assert.equal(p.checks().length, checks.length);
});

test("paused: the indicator is off, says so, and no draft is read or checked, on send either", async () => {
  const p = page({ settings: { paused: true } });
  await pause(p.window, 0);
  p.box.dispatchEvent(new p.window.FocusEvent("focusin", { bubbles: true, composed: true }));
  p.type(PITCH);
  await pause(p.window, 300);
  assert.equal(p.badge().getAttribute("data-level"), "off");
  assert.equal(p.badge().title, "Rapport is paused");
  p.document.querySelector("button.msg-form__send-button").click();
  await pause(p.window, 20);
  assert.deepEqual(p.checks(), []);
  assert.deepEqual(p.window.__sent, [PITCH], "paused, the guard stands aside");
  // resumed: the draft is read again at once
  p.store({ settings: { newValue: { paused: false } } });
  p.type(`${PITCH} `);
  await pause(p.window, 300);
  assert.equal(p.checks().length, 1);
  assert.equal(p.badge().getAttribute("data-level"), "block");
  // paused again while a badge shows: it goes off without a reload
  p.store({ settings: { newValue: { paused: true } } });
  assert.equal(p.badge().getAttribute("data-level"), "off");
});

test("the indicator can be turned off: no badge, no check while typing; the send guard still works", async () => {
  const p = page({ settings: { guardIndicator: false } });
  await pause(p.window, 0);
  p.type(PITCH);
  await pause(p.window, 300);
  assert.equal(p.badge(), null);
  assert.deepEqual(p.checks(), []);
  p.document.querySelector("button.msg-form__send-button").click();
  await pause(p.window, 20);
  assert.equal(p.checks().length, 1);
  assert.ok(p.inOverlay("rapport-warning"));
});

test("the overlay: reasons first, the recipient named, reason-specific advice, and the shortened draft", async () => {
  const p = page();
  await pause(p.window, 0);
  p.type(PITCH);
  p.document.querySelector("button.msg-form__send-button").click();
  await pause(p.window, 20);
  const panel = p.inOverlay("rapport-warning");
  const order = [...panel.querySelectorAll("[data-testid]")].map((n) => n.getAttribute("data-testid"));
  assert.ok(order.indexOf("rapport-reasons") < order.indexOf("rapport-draft"), order.join(" "));
  assert.equal(p.inOverlay("rapport-recipient").textContent, "To Sam Rivera");
  assert.equal(p.inOverlay("rapport-opener").textContent, BLOCK.opener);
  assert.equal(p.inOverlay("rapport-highlight").textContent, "We help companies like yours");
});

test("'Use this opener' puts the opener in place of the draft, ready to edit, and sends nothing", async () => {
  const p = page();
  await pause(p.window, 0);
  p.type(PITCH);
  p.document.querySelector("button.msg-form__send-button").click();
  await pause(p.window, 20);
  const inputs = [];
  p.box.addEventListener("input", (event) => inputs.push(event.inputType));
  p.inOverlay("rapport-use-opener").click();
  await pause(p.window, 300);
  assert.equal(p.inOverlay("rapport-warning"), null);
  assert.equal(p.box.textContent, BLOCK.opener);
  assert.equal(p.document.activeElement, p.box);
  assert.ok(inputs.length >= 1, "the page was told of the edit");
  assert.deepEqual(p.window.__sent, []);
  assert.ok(!p.messages.some((m) => m.type === "rapport:sent"));
});

test("no opener in the verdict, no 'Use this opener' button", async () => {
  const p = page({ answer: () => ({ ok: true, verdict: { ...BLOCK, opener: null } }) });
  await pause(p.window, 0);
  p.type(PITCH);
  p.document.querySelector("button.msg-form__send-button").click();
  await pause(p.window, 20);
  assert.ok(p.inOverlay("rapport-warning"));
  assert.equal(p.inOverlay("rapport-use-opener"), null);
});

test("the 'not checked' notice can be dismissed, and goes away when the companion is back", async () => {
  let online = false;
  const p = page({ answer: () => (online ? { ok: true, verdict: { ...BLOCK, verdict: "ok", reasons: [] } } : { ok: false, offline: true, reason: "offline" }) });
  await pause(p.window, 0);
  p.type("See you tomorrow at the meetup!");
  p.document.querySelector("button.msg-form__send-button").click();
  await pause(p.window, 20);
  assert.equal(p.status("rapport-unchecked").textContent, "Rapport is offline: this message was not checked.");
  p.status("rapport-unchecked-dismiss").click();
  assert.equal(p.status("rapport-unchecked"), null);
  // again, then the background reports the companion connected
  p.type("And bring the slides?");
  p.document.querySelector("button.msg-form__send-button").click();
  await pause(p.window, 20);
  assert.ok(p.status("rapport-unchecked"));
  p.store({ companion: { newValue: { kind: "connected" } } });
  assert.equal(p.status("rapport-unchecked"), null);
  // or the next check the companion answers clears it
  p.type("One more?");
  p.document.querySelector("button.msg-form__send-button").click();
  await pause(p.window, 20);
  assert.ok(p.status("rapport-unchecked"));
  online = true;
  p.type("One more thing, I promise.");
  p.document.querySelector("button.msg-form__send-button").click();
  await pause(p.window, 20);
  assert.equal(p.status("rapport-unchecked"), null);
  assert.equal(p.window.__sent.at(-1), "One more thing, I promise.");
});

test("a composer that goes away takes its badge with it", async () => {
  const p = page();
  await pause(p.window, 0);
  p.type("Hello Sam");
  assert.ok(p.badge());
  p.document.getElementById("bubble").remove(); // the user closed the bubble
  await pause(p.window, 1100);
  assert.equal(p.badge(), null);
});
