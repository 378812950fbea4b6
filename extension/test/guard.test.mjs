// Unit tests for the send guard (src/guard/composers.js + src/guard/guard.js): node --test + jsdom.
// The selector map is checked against the real saved composers in ../shared/fixtures/composers/ (each
// test skips when its file is absent) and against small synthetic composers written here. The guard
// flow runs the real content scripts in a jsdom window with a stubbed runtime.sendMessage.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadGuard } from "./load_guard.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const GUARD_DIR = resolve(HERE, "../src/guard");
const COMPOSERS_DIR = resolve(HERE, "../../../shared/fixtures/composers");


function savedComposer(relative, t) {
  const path = resolve(COMPOSERS_DIR, relative);
  if (!existsSync(path)) {
    t.skip(`../shared/fixtures/composers/${relative} is not available`);
    return null;
  }
  return readFileSync(path, "utf8");
}

/** A jsdom page running the guard; `answer(message)` plays the background (a value or a promise). */
const load = (html, url, answer = () => ({ ok: true, verdict: OK })) => loadGuard(html, url, answer);

async function settle(window, rounds = 5) {
  for (let i = 0; i < rounds; i += 1) await new Promise((r) => window.setTimeout(r, 0));
}

function overlay(document) {
  const host = document.querySelector("rapport-send-guard");
  return host ? host.shadowRoot.querySelector('[data-testid="rapport-warning"]') : null;
}

function inOverlay(document, testid) {
  return overlay(document).querySelector(`[data-testid="${testid}"]`);
}

/** The guard's status line ("checking…" or "not checked"), by its data-testid, or null. */
function statusLine(document, testid) {
  const host = document.querySelector("rapport-send-guard-status");
  return host ? host.shadowRoot.querySelector(`[data-testid="${testid}"]`) : null;
}

function unchecked(document) {
  return statusLine(document, "rapport-unchecked");
}

const OK = { verdict: "ok", score: 0.05, ask: "none", stage: "acquaintance", reasons: [], suggestions: [] };
const PITCH = "Hi Sam! We help companies like yours cut costs by 40%. Book a demo: https://cal.example/me";
const WARN = {
  verdict: "warn", score: 0.72, ask: "medium", stage: "acquaintance",
  reasons: [{ start: 9, end: 36, rule: "we-help", message: "Talks about us, not them." }],
  suggestions: ["Lead with a question about their work."],
};
const BLOCK = {
  verdict: "block", score: 0.93, ask: "large", stage: "stranger",
  reasons: [
    { start: 9, end: 36, rule: "we-help", message: "Talks about us, not them." },
    { start: 55, end: 67, rule: "demo", message: "Asks a stranger for a sales call." },
  ],
  suggestions: ["Drop the ask for now."],
};

// ---------------------------------------------------------------- synthetic composers (not real markup)

// A LinkedIn chat bubble reduced to the parts COMPOSERS.md §2.1 documents, with a page-side send
// handler: the page sends on a click on Send, on Ctrl/Cmd+Enter, and on Enter when data-enter-sends.
function linkedinBubble({ id = "ember1", profile = "ACoAAD-sam", name = "Sam Rivera", enterSends = true, draft = "" } = {}) {
  return `
  <div class="msg-convo-wrapper msg-overlay-conversation-bubble" role="dialog" aria-label="Messaging" id="bubble-${id}">
    <header class="msg-overlay-bubble-header">
      <h2 class="msg-overlay-bubble-header__title"><a href="/in/${profile}/"><span>${name}</span></a></h2>
    </header>
    <form class="msg-form" id="msg-form-${id}" ${enterSends ? "data-enter-sends" : ""}>
      <div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-multiline="true"
           aria-label="Write a message…">${draft ? draft.split("\n").map((l) => `<p>${l}</p>`).join("") : "<p><br></p>"}</div>
      <footer class="msg-form__footer"><div class="msg-form__right-actions">
        <button class="msg-form__send-button artdeco-button" type="submit">Send</button>
      </div></footer>
    </form>
  </div>`;
}

// What LinkedIn's own code would do with the events the guard lets through.
function wirePageSend(window, root = window.document) {
  const sendFrom = (form) => {
    const box = form.querySelector(".msg-form__contenteditable");
    window.__sent.push({ form: form.id, text: box.textContent });
  };
  root.addEventListener("submit", (event) => {
    event.preventDefault();
    sendFrom(event.target);
  });
  root.addEventListener("keydown", (event) => {
    const box = event.target.closest && event.target.closest(".msg-form__contenteditable");
    if (!box || event.key !== "Enter" || event.shiftKey) return;
    const form = box.closest("form");
    if (event.ctrlKey || event.metaKey || form.hasAttribute("data-enter-sends")) {
      event.preventDefault();
      sendFrom(form);
    }
  });
}

function setDraft(box, text) {
  box.innerHTML = "";
  for (const line of text.split("\n")) {
    const p = box.ownerDocument.createElement("p");
    p.textContent = line;
    box.append(p);
  }
}

function key(window, target, init = {}) {
  const full = { key: "Enter", code: "Enter", keyCode: 13, bubbles: true, cancelable: true, composed: true, ...init };
  const event = new window.KeyboardEvent("keydown", full);
  // jsdom's KeyboardEventInit has no legacy keyCode; browsers set it on real key presses
  if (event.keyCode !== full.keyCode) Object.defineProperty(event, "keyCode", { value: full.keyCode });
  const notCancelled = target.dispatchEvent(event);
  return { event, prevented: !notCancelled };
}

function click(window, target) {
  const event = new window.MouseEvent("click", { bubbles: true, cancelable: true, composed: true, button: 0 });
  return !target.dispatchEvent(event);
}

const LI_URL = "https://www.linkedin.com/feed/";

// ---------------------------------------------------------------- composers.js against saved pages

test("the saved 2023 LinkedIn bubble: composer, draft, recipient by profile id", (t) => {
  const html = savedComposer("linkedin/linkedin_2023-03_overlay-conversation-bubble_es.html", t);
  if (!html) return;
  const { window, document } = load(html, LI_URL);
  const C = window.RapportComposers;
  const send = document.querySelector("button.msg-form__send-button");
  const found = C.locate([send, ...ancestors(send)], "linkedin");
  assert.equal(found.surface.id, "linkedin-message");
  assert.equal(found.composer.id, "msg-form-ember883");
  assert.equal(found.via, "send");
  assert.equal(C.draftText(found), "", "the empty <p><br></p> state is no draft");
  setDraft(found.boxes[0], "Hola Mariana\n¿qué tal?");
  assert.equal(C.draftText(found), "Hola Mariana\n¿qué tal?");
  assert.deepEqual({ ...C.recipient(found, window.location) },
    { url: "https://www.linkedin.com/in/ACoAADgAroQBJh1El3DFh-KvxRrTZDPJ34x28hU/", name: "Mariana Hohot" });
  // the send-mode setting is not visible in this capture, and a Send button is there
  assert.equal(C.enterMode(found), null);
  // the foreign extension's button in the footer is not a Send control
  const vbot = document.querySelector("button.vbot-button");
  assert.equal(C.locate([vbot, ...ancestors(vbot)], "linkedin"), null);
});

test("the saved 2022 LinkedIn new-message bubble: recipient by vanity slug and chip name", (t) => {
  const html = savedComposer("linkedin/linkedin_2022_overlay-new-message-bubble_en.html", t);
  if (!html) return;
  const { window, document } = load(html, LI_URL);
  const C = window.RapportComposers;
  const boxes = document.querySelectorAll(".msg-form__contenteditable");
  assert.equal(boxes.length, 2);
  assert.equal(C.locate([boxes[0], ...ancestors(boxes[0])], "linkedin"), null, "a box outside a msg-form is no composer");
  const found = C.locate([boxes[1], ...ancestors(boxes[1])], "linkedin");
  assert.equal(found.composer.id, "msg-form-ember271");
  assert.equal(found.via, "box");
  assert.ok(found.sendButton.matches("button.msg-form__send-button"));
  const who = C.recipient(found, window.location);
  assert.equal(who.url, "https://www.linkedin.com/in/hamir-shekhawat-9a45b311a/");
  assert.equal(who.name, "Hamir Shekhawat");
});

test("the saved LinkedIn invitation notes: the note and its Send, never 'Send without a note'", (t) => {
  const html = savedComposer("linkedin/linkedin_invite-add-a-note_snippets.html", t);
  if (!html) return;
  const [partA, partB] = html.split("<!-- ===== B.");
  for (const [part, sendSelector] of [[partA, "button.button-primary-large"], [partB, 'button[aria-label="Send invitation"]']]) {
    const { window, document } = load(part, "https://www.linkedin.com/in/luana-marques/");
    const C = window.RapportComposers;
    const send = document.querySelector(sendSelector);
    const found = C.locate([send, ...ancestors(send)], "linkedin");
    assert.equal(found.surface.id, "linkedin-invite");
    assert.equal(found.boxes.length, 1);
    assert.equal(found.boxes[0].id, "custom-message");
    found.boxes[0].value = "Loved your talk on testing.";
    assert.equal(C.draftText(found), "Loved your talk on testing.");
    assert.equal(C.enterMode(found), "newline");
    // sent from the profile page: the page is the recipient
    assert.equal(C.recipient(found, window.location).url, "https://www.linkedin.com/in/luana-marques/");
  }
  const { window, document } = load(partB, LI_URL);
  const without = document.querySelector('button[aria-label="Send without a note"]');
  assert.equal(window.RapportComposers.locate([without, ...ancestors(without)], "linkedin"), null);
});

test("the saved X Draft.js DM editor: text read past Grammarly's nodes, Enter sends", (t) => {
  const fragment = savedComposer("x/x_2023-01_dm-composer-draftjs_fragment.html", t);
  if (!fragment) return;
  const html = `<aside data-testid="DMDrawer"><div data-testid="DmActivityContainer">
      <div class="DraftEditor-root"><div class="DraftEditor-editorContainer">${fragment}</div></div>
      <div role="button" data-testid="dmComposerSendButton">Send</div></div></aside>`;
  const { window, document } = load(html, "https://x.com/messages/1-2");
  const C = window.RapportComposers;
  const box = document.querySelector('[data-testid="dmComposerTextInput"]');
  const found = C.locate([box.querySelector('[data-text="true"]'), ...ancestors(box.querySelector('[data-text="true"]'))], "x");
  assert.equal(found.surface.id, "x-dm");
  assert.equal(found.boxes[0], box);
  assert.equal(C.draftText(found), "TEXT_TYPED_BY_USER");
  assert.equal(C.enterMode(found), "enter");
  assert.ok(found.sendButton.matches('[data-testid="dmComposerSendButton"]'));
});

// ---------------------------------------------------------------- composers.js on synthetic surfaces

test("XChat composer: textarea value, handle from the conversation header, not the display name", () => {
  const html = `<div data-testid="dm-conversation-panel">
      <div data-testid="dm-conversation-header"><a href="/sam_rivera"><span data-testid="dm-conversation-username">Sam Rivera</span></a></div>
      <form data-testid="dm-composer-form"><textarea data-testid="dm-composer-textarea"></textarea>
        <button type="submit" data-testid="dm-composer-send-button">Send</button></form></div>`;
  const { window, document } = load(html, "https://x.com/i/chat/1-2");
  const C = window.RapportComposers;
  const area = document.querySelector("textarea");
  area.value = "  thanks for the intro!  ";
  const found = C.locate([area, ...ancestors(area)], "x");
  assert.equal(found.surface.id, "x-chat");
  assert.equal(C.draftText(found), "thanks for the intro!");
  assert.deepEqual({ ...C.recipient(found, window.location) }, { url: "https://x.com/sam_rivera", name: "Sam Rivera" });
});

test("X reply composer: thread parts joined, reply goes to the focal tweet's author, Enter is a newline", () => {
  const html = `<main><article data-testid="tweet"><div data-testid="User-Name"><a href="/home">x</a><a href="/dana">Dana</a></div></article>
      <div data-testid="tweetTextarea_0RichTextInputContainer"><div data-testid="tweetTextarea_0"><div class="public-DraftEditor-content" contenteditable="true" role="textbox">
        <div data-contents="true"><div data-block="true"><div><span><span data-text="true">first part</span></span></div></div></div></div></div></div>
      <div data-testid="tweetTextarea_1"><div class="public-DraftEditor-content" contenteditable="true" role="textbox"><div data-block="true"><span>second part</span></div></div></div>
      <button data-testid="tweetButtonInline">Reply</button></main>`;
  const { window, document } = load(html, "https://x.com/dana/status/1");
  const C = window.RapportComposers;
  const box = document.querySelector('[data-testid="tweetTextarea_0"] [contenteditable]');
  const found = C.locate([box, ...ancestors(box)], "x");
  assert.equal(found.surface.id, "x-post");
  assert.equal(found.boxes.length, 2);
  assert.equal(C.draftText(found), "first part\n\nsecond part");
  assert.equal(C.recipient(found, window.location).url, "https://x.com/dana");
  assert.equal(C.enterMode(found), "newline");
});

test("LinkedIn's send-options choice decides whether Enter sends", () => {
  const { window, document } = load(linkedinBubble() +
    '<div><input type="radio" data-test-msg-ui-send-mode-toggle-presenter__click-to-send-input></div>', LI_URL);
  const C = window.RapportComposers;
  const box = document.querySelector(".msg-form__contenteditable");
  const found = C.locate([box, ...ancestors(box)], "linkedin");
  const choice = document.querySelector("input");
  choice.checked = true;
  assert.equal(C.enterMode(found), "newline");
  choice.checked = false;
  assert.equal(C.enterMode(found), "enter");
  choice.remove();
  found.sendButton.remove(); // in Enter-to-send mode LinkedIn leaves no Send button
  assert.equal(C.enterMode(found), "enter");
});

// ---------------------------------------------------------------- guard flow

test("a click on Send is stopped and the draft is checked with the bubble's recipient", async () => {
  const page = load(linkedinBubble({ draft: PITCH }), LI_URL, () => ({ ok: true, verdict: WARN }));
  wirePageSend(page.window);
  // a page listener in the same place as the guard's, registered after it (content scripts run first)
  const pageSaw = [];
  page.window.addEventListener("click", () => pageSaw.push("window capture"), true);
  const button = page.document.querySelector("button.msg-form__send-button");
  assert.equal(click(page.window, button.firstChild || button), true, "the click was cancelled");
  assert.deepEqual(page.checks(), [{ type: "rapport:check", text: PITCH, to: "https://www.linkedin.com/in/ACoAAD-sam/",
    context: { recipient_name: "Sam Rivera", recipient_url: "https://www.linkedin.com/in/ACoAAD-sam/" } }]);
  await settle(page.window);
  assert.deepEqual(page.window.__sent, []);
  assert.deepEqual(pageSaw, []);
  assert.equal(overlay(page.document).getAttribute("data-verdict"), "warn");
});

test("Enter that sends is stopped; Shift+Enter, IME composition and an empty draft are not", async () => {
  const page = load(linkedinBubble({ draft: PITCH }), LI_URL, () => ({ ok: true, verdict: WARN }));
  // Enter-to-send mode, as the page shows it: no Send button in the form
  page.document.querySelector("button.msg-form__send-button").remove();
  const box = page.document.querySelector(".msg-form__contenteditable");
  assert.equal(key(page.window, box, { shiftKey: true }).prevented, false);
  assert.equal(key(page.window, box, { isComposing: true }).prevented, false);
  assert.equal(key(page.window, box, { keyCode: 229 }).prevented, false);
  assert.equal(page.checks().length, 0);
  wirePageSend(page.window);
  assert.equal(key(page.window, box).prevented, true);
  assert.equal(page.checks().length, 1);
  await settle(page.window);
  assert.deepEqual(page.window.__sent, []);
  assert.ok(overlay(page.document));
});

test("Enter right after a composition ends is left to the IME", () => {
  const page = load(linkedinBubble({ draft: "日本語のピッチ" }), LI_URL);
  page.document.querySelector("button.msg-form__send-button").remove();
  const box = page.document.querySelector(".msg-form__contenteditable");
  box.dispatchEvent(new page.window.CompositionEvent("compositionend", { bubbles: true, composed: true, data: "チ" }));
  assert.equal(key(page.window, box).prevented, false);
  assert.equal(page.checks().length, 0);
});

test("an empty draft is never stopped", () => {
  const page = load(linkedinBubble(), LI_URL);
  wirePageSend(page.window);
  const button = page.document.querySelector("button.msg-form__send-button");
  assert.equal(click(page.window, button), false);
  assert.equal(page.checks().length, 0);
});

test("an ok draft goes through exactly once, and the background hears it was sent", async () => {
  const page = load(linkedinBubble({ draft: "Congrats on the new role, Sam!" }), LI_URL);
  wirePageSend(page.window);
  click(page.window, page.document.querySelector("button.msg-form__send-button"));
  assert.deepEqual(page.window.__sent, [], "nothing goes before the answer");
  await settle(page.window);
  assert.deepEqual(page.window.__sent, [{ form: "msg-form-ember1", text: "Congrats on the new role, Sam!" }]);
  assert.equal(page.checks().length, 1, "the replayed click is not checked again");
  assert.deepEqual(page.messages.filter((m) => m.type === "rapport:sent"),
    [{ type: "rapport:sent", text: "Congrats on the new role, Sam!", to: "https://www.linkedin.com/in/ACoAAD-sam/" }]);
  assert.equal(overlay(page.document), null);
});

test("an ok draft sent with Enter or Ctrl+Enter is replayed to the page once", async () => {
  for (const init of [{}, { ctrlKey: true }, { metaKey: true }]) {
    const page = load(linkedinBubble({ draft: "See you Thursday!", enterSends: !init.ctrlKey && !init.metaKey }), LI_URL);
    wirePageSend(page.window);
    if (!init.ctrlKey && !init.metaKey) page.document.querySelector("button.msg-form__send-button").remove();
    const box = page.document.querySelector(".msg-form__contenteditable");
    assert.equal(key(page.window, box, init).prevented, true);
    await settle(page.window);
    assert.equal(page.window.__sent.length, 1, JSON.stringify(init));
    assert.equal(page.checks().length, 1);
  }
});

test("Enter in a LinkedIn composer of unknown mode: when the page does not send, the guard learns it is a newline", async () => {
  const page = load(linkedinBubble({ draft: "Happy birthday!", enterSends: false }), LI_URL);
  wirePageSend(page.window);
  const box = page.document.querySelector(".msg-form__contenteditable");
  assert.equal(key(page.window, box).prevented, true, "unknown mode: checked first");
  await settle(page.window);
  assert.deepEqual(page.window.__sent, [], "the guard never turns a newline into a send");
  assert.equal(page.messages.filter((m) => m.type === "rapport:sent").length, 0);
  assert.equal(key(page.window, box).prevented, false, "known now: Enter is left alone");
  assert.equal(page.checks().length, 1);
});

test("a warned draft: the overlay explains with highlighted spans, Edit returns to the draft untouched", async () => {
  const page = load(linkedinBubble({ draft: PITCH }), LI_URL, () => ({ ok: true, verdict: WARN }));
  wirePageSend(page.window);
  const box = page.document.querySelector(".msg-form__contenteditable");
  const before = box.innerHTML;
  click(page.window, page.document.querySelector("button.msg-form__send-button"));
  await settle(page.window);
  const marks = [...overlay(page.document).querySelectorAll("mark")].map((m) => m.textContent);
  assert.deepEqual(marks, [PITCH.slice(9, 36)]);
  assert.equal(inOverlay(page.document, "rapport-draft").textContent, PITCH);
  assert.match(inOverlay(page.document, "rapport-reason").textContent, /Talks about us, not them\./);
  assert.equal(inOverlay(page.document, "rapport-suggestion").textContent, "Lead with a question about their work.");
  inOverlay(page.document, "rapport-edit").click();
  assert.equal(overlay(page.document), null);
  assert.equal(page.document.activeElement, box);
  assert.equal(box.innerHTML, before);
  await settle(page.window);
  assert.deepEqual(page.window.__sent, []);
  assert.equal(page.messages.filter((m) => m.type === "rapport:sent").length, 0);
});

test("Send anyway on a warning sends once", async () => {
  const page = load(linkedinBubble({ draft: PITCH }), LI_URL, () => ({ ok: true, verdict: WARN }));
  wirePageSend(page.window);
  click(page.window, page.document.querySelector("button.msg-form__send-button"));
  await settle(page.window);
  inOverlay(page.document, "rapport-send-anyway").click();
  assert.equal(overlay(page.document), null);
  assert.deepEqual(page.window.__sent, [{ form: "msg-form-ember1", text: PITCH }]);
  assert.equal(page.checks().length, 1);
  assert.equal(page.messages.filter((m) => m.type === "rapport:sent").length, 1);
});

test("a blocked draft needs a second confirmation before Send anyway sends", async () => {
  const page = load(linkedinBubble({ draft: PITCH }), LI_URL, () => ({ ok: true, verdict: BLOCK }));
  wirePageSend(page.window);
  const box = page.document.querySelector(".msg-form__contenteditable");
  box.focus();
  key(page.window, box, { ctrlKey: true });
  await settle(page.window);
  assert.equal(overlay(page.document).getAttribute("data-verdict"), "block");
  assert.deepEqual([...overlay(page.document).querySelectorAll("mark")].map((m) => m.textContent),
    [PITCH.slice(9, 36), PITCH.slice(55, 67)]);
  inOverlay(page.document, "rapport-send-anyway").click();
  assert.deepEqual(page.window.__sent, [], "one click is not enough for a block");
  assert.ok(overlay(page.document));
  assert.equal(inOverlay(page.document, "rapport-send-anyway").getAttribute("data-confirming"), "true");
  inOverlay(page.document, "rapport-send-anyway").click();
  assert.equal(page.window.__sent.length, 1);
  assert.equal(overlay(page.document), null);
});

test("offline or no answer: the message goes through (fails open), and the page says it went unchecked", async () => {
  const offline = load(linkedinBubble({ draft: PITCH }), LI_URL, () => ({ ok: false, offline: true }));
  wirePageSend(offline.window);
  click(offline.window, offline.document.querySelector("button.msg-form__send-button"));
  await settle(offline.window);
  assert.equal(offline.window.__sent.length, 1);
  assert.equal(overlay(offline.document), null);

  assert.equal(unchecked(offline.document).textContent, "Rapport is offline: this message was not checked.");

  // no answer at all (the background never answers): waited for up to 2.6 s, then sent, and said so
  const silent = load(linkedinBubble({ draft: PITCH }), LI_URL, () => new Promise(() => {}));
  wirePageSend(silent.window);
  click(silent.window, silent.document.querySelector("button.msg-form__send-button"));
  await settle(silent.window);
  assert.equal(silent.window.__sent.length, 0, "still waiting within the time allowed");
  await new Promise((r) => setTimeout(r, 2000));
  assert.equal(silent.window.__sent.length, 0, "a slow companion is waited for, up to 2 s and the worker's wake-up");
  assert.ok(statusLine(silent.document, "rapport-checking"), "a small 'checking…' state meanwhile");
  await new Promise((r) => setTimeout(r, 700));
  await settle(silent.window);
  assert.equal(silent.window.__sent.length, 1);
  assert.equal(statusLine(silent.document, "rapport-checking"), null);
  assert.equal(unchecked(silent.document).getAttribute("data-reason"), "timeout");
});

test("the overlay renders the draft as text, never as markup, and marks spans by code point", async () => {
  const draft = "🙂 <img src=x onerror=alert(1)> buy now";
  const verdict = { ...WARN, reasons: [{ start: 31, end: 38, rule: "urgency", message: "<b>Urgency</b>" }] };
  const page = load(linkedinBubble(), LI_URL, () => ({ ok: true, verdict }));
  setDraft(page.document.querySelector(".msg-form__contenteditable"), draft);
  click(page.window, page.document.querySelector("button.msg-form__send-button"));
  await settle(page.window);
  const panel = overlay(page.document);
  assert.equal(panel.querySelector("img, b"), null);
  assert.equal(inOverlay(page.document, "rapport-draft").textContent, draft);
  assert.deepEqual([...panel.querySelectorAll("mark")].map((m) => m.textContent), ["buy now"]);
  assert.match(inOverlay(page.document, "rapport-reason").textContent, /<b>Urgency<\/b>/);
});

test("two bubbles open: the recipient comes from the bubble that sends", async () => {
  const page = load(linkedinBubble({ id: "a", profile: "alice", name: "Alice", draft: "Hi Alice" }) +
    linkedinBubble({ id: "b", profile: "bob", name: "Bob", draft: "Hi Bob" }), LI_URL);
  wirePageSend(page.window);
  click(page.window, page.document.querySelector("#msg-form-b button[type=submit]"));
  assert.deepEqual(page.checks(), [{ type: "rapport:check", text: "Hi Bob", to: "https://www.linkedin.com/in/bob/",
    context: { recipient_name: "Bob", recipient_url: "https://www.linkedin.com/in/bob/" } }]);
  await settle(page.window);
  assert.deepEqual(page.window.__sent, [{ form: "msg-form-b", text: "Hi Bob" }]);
});

test("a bubble inside #interop-outlet's open shadow root is guarded on click, Enter and submit", async () => {
  const page = load('<div id="interop-outlet"></div>', LI_URL, () => ({ ok: true, verdict: WARN }));
  const shadow = page.document.getElementById("interop-outlet").attachShadow({ mode: "open" });
  shadow.innerHTML = linkedinBubble({ profile: "ACoAAD-shadow", draft: PITCH });
  wirePageSend(page.window, shadow);
  const box = shadow.querySelector(".msg-form__contenteditable");
  const button = shadow.querySelector("button.msg-form__send-button");
  assert.equal(click(page.window, button), true);
  assert.equal(page.checks()[0].to, "https://www.linkedin.com/in/ACoAAD-shadow/");
  await settle(page.window);
  inOverlay(page.document, "rapport-edit").click();
  assert.equal(shadow.activeElement, box);
  assert.equal(key(page.window, box, { metaKey: true }).prevented, true);
  await settle(page.window);
  inOverlay(page.document, "rapport-edit").click();
  // the page submitting the form itself (submit is not composed: the guard listens on the shadow root)
  box.dispatchEvent(new page.window.FocusEvent("focusin", { bubbles: true, composed: true }));
  shadow.querySelector("form").requestSubmit();
  assert.equal(page.checks().length, 3);
  await settle(page.window);
  assert.deepEqual(page.window.__sent, []);
});

test("X: a DM is stopped on Enter; a post only on Ctrl+Enter, never on a plain Enter", async () => {
  const html = `<div data-testid="DmActivityContainer"><div data-testid="dmComposerTextInput" contenteditable="true" role="textbox"><div data-block="true"><span data-text="true">${PITCH}</span></div></div>
      <button data-testid="dmComposerSendButton">Send</button></div>
    <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"><div data-block="true"><span>${PITCH}</span></div></div>
    <button data-testid="tweetButtonInline">Post</button>`;
  const page = load(html, "https://x.com/messages/1-2", () => ({ ok: true, verdict: WARN }));
  const dm = page.document.querySelector('[data-testid="dmComposerTextInput"]');
  const post = page.document.querySelector('[data-testid="tweetTextarea_0"]');
  assert.equal(key(page.window, post).prevented, false);
  assert.equal(key(page.window, dm).prevented, true);
  await settle(page.window);
  inOverlay(page.document, "rapport-edit").click();
  assert.equal(key(page.window, post, { ctrlKey: true }).prevented, true);
  assert.equal(page.checks().length, 2);
});

test("LinkedIn 'Add a note': Send invitation with a note is checked against the profile being viewed", async () => {
  const html = `<div class="artdeco-modal" role="dialog" aria-modal="true">
      <div class="artdeco-modal__content"><textarea id="custom-message" name="message" class="connect-button-send-invite__custom-message"></textarea></div>
      <div class="artdeco-modal__actionbar">
        <button aria-label="Send without a note" class="artdeco-button artdeco-button--primary">Send without a note</button>
        <button aria-label="Send invitation" class="artdeco-button artdeco-button--primary">Send</button></div></div>`;
  const page = load(html, "https://www.linkedin.com/in/dana-lee/", () => ({ ok: true, verdict: BLOCK }));
  const invites = [];
  page.document.querySelector('[aria-label="Send invitation"]').addEventListener("click", () => invites.push("note"));
  page.document.querySelector('[aria-label="Send without a note"]').addEventListener("click", () => invites.push("bare"));
  const note = page.document.querySelector("textarea");
  note.value = PITCH;
  assert.equal(key(page.window, note).prevented, false, "Enter in the note is a new line");
  assert.equal(click(page.window, page.document.querySelector('[aria-label="Send invitation"]')), true);
  assert.deepEqual(page.checks(), [{ type: "rapport:check", text: PITCH, to: "https://www.linkedin.com/in/dana-lee/",
    context: { recipient_name: "Test", recipient_url: "https://www.linkedin.com/in/dana-lee/" } }]);
  await settle(page.window);
  assert.deepEqual(invites, []);
  assert.equal(overlay(page.document).getAttribute("data-verdict"), "block");
  inOverlay(page.document, "rapport-send-anyway").click();
  inOverlay(page.document, "rapport-send-anyway").click();
  assert.deepEqual(invites, ["note"]);
  assert.equal(note.value, PITCH, "the guard never touches the note");
});

test("a page that sends on the replayed key without cancelling it is not sent to twice", async () => {
  const html = `<div data-testid="DmActivityContainer"><div data-testid="dmComposerTextInput" contenteditable="true" role="textbox"><span>See you soon</span></div>
      <button data-testid="dmComposerSendButton">Send</button></div>`;
  const page = load(html, "https://x.com/messages/1-2");
  const box = page.document.querySelector('[data-testid="dmComposerTextInput"]');
  const sends = [];
  const send = () => { sends.push(box.textContent); box.textContent = ""; };
  page.document.addEventListener("keydown", (e) => { if (e.key === "Enter") send(); }); // no preventDefault
  page.document.querySelector("button").addEventListener("click", send);
  key(page.window, box);
  await settle(page.window);
  assert.deepEqual(sends, ["See you soon"]);
});

test("the guard never stores or logs a draft", () => {
  const files = ["composers.js", "guard_view.js", "guard_switch.js", "guard.js", "indicator.js"];
  for (const file of files) {
    const source = readFileSync(resolve(GUARD_DIR, file), "utf8");
    // console.timeStamp(label) with a constant label marks spans for the bench; nothing else of console
    assert.doesNotMatch(source, /\bconsole\.(?!timeStamp\?\.\(label\))|localStorage|sessionStorage|indexedDB|document\.cookie/);
    assert.doesNotMatch(source, /\.innerHTML|insertAdjacentHTML|outerHTML\s*=/);
    assert.doesNotMatch(source, /\.(set|remove|clear)\(\s*\{|storage\.(sync|session)/);
    // only the switches touch storage, and only to read the settings and follow changes
    if (file !== "guard_switch.js") assert.doesNotMatch(source, /\.storage\b/, file);
  }
});

test("XChat: a Send button remounted while the check runs is the one pressed", async () => {
  let answer;
  const html = `<div data-testid="dm-conversation-panel"><div data-testid="dm-conversation-header"><a href="/kim">Kim</a></div>
      <form data-testid="dm-composer-form"><textarea data-testid="dm-composer-textarea"></textarea>
        <button type="button" data-testid="dm-composer-send-button">Send</button></form></div>`;
  const page = load(html, "https://x.com/i/chat/1-2", () => new Promise((resolve) => { answer = resolve; }));
  const sends = [];
  const area = page.document.querySelector("textarea");
  area.value = "Thanks, Kim!";
  click(page.window, page.document.querySelector("button"));
  assert.deepEqual(page.checks(), [{ type: "rapport:check", text: "Thanks, Kim!", to: "https://x.com/kim",
    context: { recipient_url: "https://x.com/kim" } }]);
  // React re-renders: the old button goes, a new one comes
  const fresh = page.document.createElement("button");
  fresh.type = "button";
  fresh.dataset.testid = "dm-composer-send-button";
  fresh.addEventListener("click", () => sends.push(area.value));
  page.document.querySelector("button").replaceWith(fresh);
  answer({ ok: true, verdict: OK });
  await settle(page.window);
  assert.deepEqual(sends, ["Thanks, Kim!"]);
});

test("Escape in the overlay goes back to the draft and never reaches the page", async () => {
  const page = load(linkedinBubble({ draft: PITCH }), LI_URL, () => ({ ok: true, verdict: WARN }));
  const pageKeys = [];
  page.document.addEventListener("keydown", (e) => pageKeys.push(e.key));
  click(page.window, page.document.querySelector("button.msg-form__send-button"));
  await settle(page.window);
  inOverlay(page.document, "rapport-edit").dispatchEvent(new page.window.KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
  assert.equal(overlay(page.document), null);
  assert.equal(page.document.activeElement, page.document.querySelector(".msg-form__contenteditable"));
  assert.deepEqual(pageKeys, []);
});

test("LinkedIn 'Add a note' from search results: the recipient is the person whose Connect was pressed", () => {
  const html = `<li><button aria-label="Invite Luana Marques to connect" class="artdeco-button">Connect</button></li>
    <div class="artdeco-modal" role="dialog" aria-modal="true"><textarea id="custom-message" name="message"></textarea>
      <div class="artdeco-modal__actionbar"><button aria-label="Send invitation" class="artdeco-button artdeco-button--primary">Send</button></div></div>`;
  const page = load(html, "https://www.linkedin.com/search/results/people/?keywords=qa", () => ({ ok: true, verdict: WARN }));
  click(page.window, page.document.querySelector('[aria-label^="Invite"]'));
  page.document.querySelector("textarea").value = "Hi Luana, loved your post on test plans.";
  click(page.window, page.document.querySelector('[aria-label="Send invitation"]'));
  // The name goes in the context only: as `to` it could borrow a stored friend's stage (a name is the page's to write).
  assert.deepEqual(page.checks(), [{ type: "rapport:check", text: "Hi Luana, loved your post on test plans.",
    context: { recipient_name: "Luana Marques" } }]);
});

function ancestors(node) {
  const list = [];
  for (let n = node.parentNode; n; n = n.parentNode || n.host) list.push(n);
  return list;
}
