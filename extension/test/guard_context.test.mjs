// Unit tests for what the send guard reads about the recipient (composers.pageContext, issue 16 item 4),
// how it words the verdict, and how it fails open only when the companion is gone (item 5): node --test
// + jsdom. Selectors are checked against the saved composers in ../shared/fixtures/composers/ and the
// saved profile pages in ../shared/fixtures/real/ (each test skips when its file is absent); the synthetic
// pieces are marked as such.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadGuard } from "./load_guard.mjs";
import { GUARD_TIMEOUT_MS, checkBody, pageContext, uncheckedReason } from "../src/background/guard_check.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = resolve(HERE, "../../../shared/fixtures");

const LI_URL = "https://www.linkedin.com/feed/";
const EXISTING = "composers/linkedin/linkedin_2023-03_overlay-conversation-bubble_es.html";
const NEW_MESSAGE = "composers/linkedin/linkedin_2022_overlay-new-message-bubble_en.html";
const PITCH = "Hi! We help companies like yours cut QA costs by 40%. Book a quick demo: https://cal.example/me";

function saved(relative, t) {
  const path = resolve(SHARED, relative);
  if (!existsSync(path)) {
    t.skip(`../shared/fixtures/${relative} is not available`);
    return null;
  }
  return readFileSync(path, "utf8");
}

/** The whole 2022 new-message bubble (the file holds two pastes; the second is the bubble). */
function newMessageBubble(html) {
  return html.slice(html.indexOf('<div id="ember267"'));
}

const load = loadGuard;

function ancestors(node) {
  const list = [];
  for (let n = node.parentNode; n; n = n.parentNode || n.host) list.push(n);
  return list;
}

/** The located composer holding `el`, and what the guard would send as its context. */
function contextAt(page, el, site) {
  const found = page.C.locate([el, ...ancestors(el)], site);
  assert.ok(found, "a composer is found");
  const who = page.C.recipient(found, { pathname: page.window.location.pathname, title: page.document.title });
  return page.C.pageContext(found, who, { pathname: page.window.location.pathname });
}

function click(window, target) {
  return !target.dispatchEvent(new window.MouseEvent("click", { bubbles: true, cancelable: true, composed: true, button: 0 }));
}

async function settle(window, rounds = 5) {
  for (let i = 0; i < rounds; i += 1) await new Promise((r) => window.setTimeout(r, 0));
}

function shadowed(document, hostTag, testid) {
  const host = document.querySelector(hostTag);
  return host ? host.shadowRoot.querySelector(`[data-testid="${testid}"]`) : null;
}
const overlay = (document) => shadowed(document, "rapport-send-guard", "rapport-warning");
const statusLine = (document, testid) => shadowed(document, "rapport-send-guard-status", testid);

function setDraft(box, text) {
  box.replaceChildren(...text.split("\n").map((line) => Object.assign(box.ownerDocument.createElement("p"), { textContent: line })));
}

// ---------------------------------------------------------------- LinkedIn, saved bubbles

test("degree badges read as 1st/2nd/3rd in any language, anything else as nothing", () => {
  const { C } = load("", LI_URL);
  assert.equal(C.degreeOf("\n    ·\u00a01st\n  "), "1st");
  assert.equal(C.degreeOf(" · 1er "), "1st"); // es-ES
  assert.equal(C.degreeOf("· 2º"), "2nd");
  assert.equal(C.degreeOf("• 3rd+"), "3rd");
  assert.equal(C.degreeOf(""), null);
  assert.equal(C.degreeOf("Out of network"), null);
  assert.equal(C.degreeOf("5th"), null);
});

test("the saved 2023 conversation bubble: 1st degree (es '1er'), one earlier message, from them", (t) => {
  const html = saved(EXISTING, t);
  if (!html) return;
  const page = load(html, LI_URL);
  const context = contextAt(page, page.document.querySelector(".msg-form__contenteditable"), "linkedin");
  assert.deepEqual({ ...context, thread: { ...context.thread } }, {
    recipient_name: "Mariana Hohot",
    recipient_url: "https://www.linkedin.com/in/ACoAADgAroQBJh1El3DFh-KvxRrTZDPJ34x28hU/",
    degree: "1st",
    thread: { from_me: 0, from_them: 1 },
  });
});

test("the saved 2023 bubble with a reply of the user's own: earlier messages both ways", (t) => {
  const html = saved(EXISTING, t);
  if (!html) return;
  const page = load(html, LI_URL);
  // Synthetic: the user's reply, as LinkedIn lists one (the same item without msg-s-event-listitem--other).
  const theirs = page.document.querySelector("li.msg-s-message-list__event");
  const mine = theirs.cloneNode(true);
  mine.querySelector("[data-event-urn]").classList.remove("msg-s-event-listitem--other");
  mine.querySelector("[data-event-urn]").setAttribute("data-event-urn", "urn:li:msg_message:(mine,2)");
  theirs.after(mine);
  const context = contextAt(page, page.document.querySelector(".msg-form__contenteditable"), "linkedin");
  assert.deepEqual({ ...context.thread }, { from_me: 1, from_them: 1 });
  // a message whose sender cannot be told (2026 markup without the 2023 classes) is not counted
  const unknown = page.document.createElement("div");
  unknown.setAttribute("data-event-urn", "urn:li:msg_message:(x,3)");
  unknown.setAttribute("data-view-name", "message-list-item");
  page.document.querySelector(".msg-s-message-list-content").append(unknown);
  assert.deepEqual({ ...contextAt(page, page.document.querySelector(".msg-form__contenteditable"), "linkedin").thread },
    { from_me: 1, from_them: 1 });
});

test("the saved 2022 'New message' bubble: 1st degree, no earlier messages, whatever another bubble holds", (t) => {
  const existing = saved(EXISTING, t);
  const fresh = existing && saved(NEW_MESSAGE, t);
  if (!fresh) return;
  const page = load(existing + newMessageBubble(fresh), LI_URL);
  const box = page.document.querySelector("#ember267 .msg-form__contenteditable");
  const context = contextAt(page, box, "linkedin");
  assert.deepEqual({ ...context, thread: { ...context.thread } }, {
    recipient_name: "Hamir Shekhawat",
    recipient_url: "https://www.linkedin.com/in/hamir-shekhawat-9a45b311a/",
    degree: "1st",
    thread: { from_me: 0, from_them: 0 },
  });
});

test("a bubble without a profile card or message list says nothing it cannot see", () => {
  const page = load(`<div class="msg-convo-wrapper msg-overlay-conversation-bubble" role="dialog">
      <header><h2 class="msg-overlay-bubble-header__title"><a href="/in/sam/"><span>Sam</span></a></h2></header>
      <form class="msg-form" id="msg-form-1"><div class="msg-form__contenteditable" contenteditable="true"><p>hi</p></div>
      <button class="msg-form__send-button" type="submit">Send</button></form></div>`, LI_URL);
  const context = contextAt(page, page.document.querySelector(".msg-form__contenteditable"), "linkedin");
  assert.deepEqual({ ...context }, { recipient_name: "Sam", recipient_url: "https://www.linkedin.com/in/sam/" });
});

test("a Connect note on a saved profile page: the top card's degree, never the 'People also viewed' list", (t) => {
  for (const [file, slug, degree] of [
    ["real/linkedin/loggedin_2024-07_abgar.html", "abgar", "3rd"],
    ["real/linkedin/loggedin_2025-04_robcheung.html", "robcheung", "1st"],
    ["real/linkedin/loggedin_2018-05_profile.html", "someone", null], // its badges are all in the side list
  ]) {
    const html = saved(file, t);
    if (!html) return;
    // Synthetic: the invitation modal, as in the 2024-25 snippet, added to the saved page.
    const page = load(html.replace(/<\/body>/i, `<div class="artdeco-modal" role="dialog" aria-modal="true">
        <textarea id="custom-message" name="message" class="connect-button-send-invite__custom-message"></textarea>
        <div class="artdeco-modal__actionbar"><button aria-label="Send invitation" class="artdeco-button artdeco-button--primary">Send</button></div></div></body>`),
    `https://www.linkedin.com/in/${slug}/`);
    const context = contextAt(page, page.document.querySelector("textarea#custom-message"), "linkedin");
    assert.equal(context.degree, degree ?? undefined, file);
    assert.equal(context.recipient_url, `https://www.linkedin.com/in/${slug}/`);
    page.window.close();
  }
});

// ---------------------------------------------------------------- X

// Synthetic: an XChat conversation (COMPOSERS.md 3.2; no saved HTML exists) with the given rows.
function xchat(handle, rows) {
  return `<div data-testid="dm-conversation-panel">
    <div data-testid="dm-conversation-header"><div data-testid="dm-conversation-username">Someone</div><a href="/${handle}">@${handle}</a></div>
    <div data-testid="dm-message-scroller" role="log"><div data-testid="dm-message-list">${rows.map(([id, side]) =>
      `<div data-testid="message-${id}" data-dm-message-row="${id}" class="relative flex w-full ${side === "me" ? "justify-end" : "justify-start"}">
        <div data-testid="message-text-${id}" dir="auto">text</div></div>`).join("")}</div></div>
    <form data-testid="dm-composer-form"><textarea data-testid="dm-composer-textarea"></textarea>
      <button type="submit" data-testid="dm-composer-send-button">Send</button></form></div>`;
}

test("XChat: earlier messages counted by side (justify-end is the user's)", () => {
  const page = load(xchat("kim", [["a", "them"], ["b", "me"], ["c", "them"]]), "https://x.com/i/chat/1-2");
  const context = contextAt(page, page.document.querySelector("textarea"), "x");
  assert.deepEqual({ ...context.thread }, { from_me: 1, from_them: 2 });
  assert.equal(context.recipient_url, "https://x.com/kim");
  const empty = load(xchat("kim", []), "https://x.com/i/chat/1-2");
  assert.deepEqual({ ...contextAt(empty, empty.document.querySelector("textarea"), "x").thread }, { from_me: 0, from_them: 0 });
});

test("X: 'Follows you' on the recipient's saved 2025 profile page counts; on someone else's it does not", (t) => {
  const html = saved("real/twitter/react-loggedin_2025-04_perceptnet.html", t);
  if (!html) return;
  // Synthetic: the DM drawer opened on the saved profile page, to the profile's owner and to someone else.
  const drawer = (handle) => `<div data-testid="DMDrawer"><div data-testid="DmActivityContainer">
      <div data-testid="conversation-header"><a href="/${handle}">${handle}</a></div>
      <div data-testid="dmComposerTextInput" contenteditable="true" role="textbox"><span>hi</span></div>
      <div role="button" data-testid="dmComposerSendButton">Send</div></div></div>`;
  for (const [handle, follows] of [["perceptnet", true], ["PerceptNet", true], ["someone_else", undefined]]) {
    const page = load(html.replace(/<\/body>/i, `${drawer(handle)}</body>`), "https://x.com/perceptnet");
    const context = contextAt(page, page.document.querySelector('[data-testid="DMDrawer"] [data-testid="dmComposerTextInput"]'), "x");
    assert.equal(context.follows_you, follows, handle);
    assert.equal(context.thread, undefined, "legacy DMs tell no direction: no thread is claimed");
    page.window.close();
  }
});

test("X: a 'Follows you' badge in a cell about someone else is not the recipient's", () => {
  const page = load(`<main><aside><div data-testid="UserCell"><a href="/other">Other</a><span>@other</span>
      <div data-testid="userFollowIndicator">Follows you</div></div></aside>
      ${xchat("kim", [])}</main>`, "https://x.com/i/chat/1-2");
  assert.equal(contextAt(page, page.document.querySelector("textarea"), "x").follows_you, undefined);
  const cell = page.document.querySelector('[data-testid="UserCell"]');
  cell.querySelector("a").setAttribute("href", "/kim");
  cell.querySelector("span").textContent = "@kim";
  // the cell is outside the conversation panel: only the panel (and the profile header) are read
  assert.equal(contextAt(page, page.document.querySelector("textarea"), "x").follows_you, undefined);
  page.document.querySelector('[data-testid="dm-conversation-panel"]').prepend(cell);
  assert.equal(contextAt(page, page.document.querySelector("textarea"), "x").follows_you, true);
});

// ---------------------------------------------------------------- the guard: context sent, verdict worded

const BLOCK_NEW = {
  verdict: "block", score: 0.93, ask: "medium", stage: "new", stage_source: "page",
  reasons: [{ start: 4, end: 52, rule: "we-help", message: "A pitch to a new connection: talks about what you sell." }],
  suggestions: ["Drop the ask for now."],
};

test("the check carries the bubble's context, and a block to a new connection says so (never 'a stranger')", async (t) => {
  const html = saved(NEW_MESSAGE, t);
  if (!html) return;
  const page = load(newMessageBubble(html), LI_URL, () => ({ ok: true, verdict: BLOCK_NEW }));
  const box = page.document.querySelector(".msg-form__contenteditable");
  setDraft(box, PITCH);
  click(page.window, page.document.querySelector("button.msg-form__send-button"));
  assert.deepEqual(page.checks(), [{
    type: "rapport:check", text: PITCH, to: "https://www.linkedin.com/in/hamir-shekhawat-9a45b311a/",
    context: { recipient_name: "Hamir Shekhawat", recipient_url: "https://www.linkedin.com/in/hamir-shekhawat-9a45b311a/",
      degree: "1st", thread: { from_me: 0, from_them: 0 } },
  }]);
  await settle(page.window);
  const panel = overlay(page.document);
  assert.equal(panel.getAttribute("data-verdict"), "block");
  assert.equal(panel.getAttribute("data-stage"), "new");
  assert.equal(panel.getAttribute("data-stage-source"), "page");
  assert.match(panel.querySelector('[data-testid="rapport-summary"]').textContent, /to a new connection \(as the page shows\)/);
  assert.doesNotMatch(panel.textContent, /stranger|not connected/i);
  panel.querySelector('[data-testid="rapport-send-anyway"]').click();
  assert.match(panel.querySelector('[data-testid="rapport-recipient"]').textContent, /^To Hamir Shekhawat$/);
  assert.match(panel.textContent, /put Hamir Shekhawat off/);
});

test("the recipient is named as the verdict knows them", async () => {
  const cases = [
    [{ stage: "stranger", stage_source: "unknown" }, /to someone Rapport doesn't know yet$/],
    [{ stage: "stranger" }, /to someone Rapport doesn't know yet$/], // an older companion: no stage_source
    [{ stage: "stranger", stage_source: "page" }, /to someone you are not connected with \(as the page shows\)$/],
    [{ stage: "acquaintance", stage_source: "page" }, /to an acquaintance \(as the page shows\)$/],
    [{ stage: "friend", stage_source: "store" }, /to a friend \(as Rapport remembers\)$/],
    [{ stage: "stranger", stage_source: "given" }, /to a stranger$/],
  ];
  for (const [known, summary] of cases) {
    const verdict = { verdict: "warn", score: 0.7, ask: "none", reasons: [], suggestions: [], ...known };
    const page = load(`<div class="msg-overlay-conversation-bubble" role="dialog"><form class="msg-form" id="msg-form-1">
        <div class="msg-form__contenteditable" contenteditable="true"><p>${PITCH}</p></div>
        <button class="msg-form__send-button" type="submit">Send</button></form></div>`, LI_URL, () => ({ ok: true, verdict }));
    click(page.window, page.document.querySelector("button"));
    await settle(page.window);
    assert.match(overlay(page.document).querySelector('[data-testid="rapport-summary"]').textContent, summary, JSON.stringify(known));
    page.window.close();
  }
});

// ---------------------------------------------------------------- failing open only when the companion is gone

function bubbleWithDraft(text = PITCH) {
  return `<div class="msg-overlay-conversation-bubble" role="dialog"><form class="msg-form" id="msg-form-1">
      <div class="msg-form__contenteditable" contenteditable="true"><p>${text}</p></div>
      <button class="msg-form__send-button" type="submit">Send</button></form></div>`;
}

function wireSend(page) {
  page.document.addEventListener("submit", (event) => {
    event.preventDefault();
    page.window.__sent.push(event.target.querySelector(".msg-form__contenteditable").textContent);
  });
}

test("companion gone (refused or unpaired): sent at once, and the page says it went unchecked", async () => {
  for (const [answer, reason, words] of [
    [{ ok: false, offline: true, reason: "offline" }, "offline", "Rapport is offline: this message was not checked."],
    [{ ok: false, offline: true, reason: "unpaired" }, "unpaired", /^Rapport is offline .*: this message was not checked\.$/],
    [{ ok: false, offline: true }, "offline", "Rapport is offline: this message was not checked."], // an older background
    [{ ok: false, offline: true, reason: "error" }, "error", /could not check this message/],
  ]) {
    const page = load(bubbleWithDraft(), LI_URL, () => answer);
    wireSend(page);
    click(page.window, page.document.querySelector("button"));
    await settle(page.window);
    assert.deepEqual(page.window.__sent, [PITCH]);
    assert.equal(overlay(page.document), null);
    const notice = statusLine(page.document, "rapport-unchecked");
    assert.equal(notice.getAttribute("data-reason"), reason);
    assert.equal(notice.getAttribute("role"), "status");
    if (typeof words === "string") assert.equal(notice.textContent, words);
    else assert.match(notice.textContent, words);
    page.window.close();
  }
});

test("a slow companion is waited for with a 'checking…' state, and its block still stops the pitch", async () => {
  const page = load(bubbleWithDraft(), LI_URL, () => new Promise((resolve) => setTimeout(() => resolve({ ok: true, verdict: BLOCK_NEW }), 800)));
  wireSend(page);
  click(page.window, page.document.querySelector("button"));
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(statusLine(page.document, "rapport-checking"), null, "a quick answer would show nothing");
  await new Promise((r) => setTimeout(r, 250));
  assert.match(statusLine(page.document, "rapport-checking").textContent, /checking/i);
  assert.deepEqual(page.window.__sent, []);
  await new Promise((r) => setTimeout(r, 700));
  await settle(page.window);
  assert.equal(statusLine(page.document, "rapport-checking"), null);
  assert.equal(overlay(page.document).getAttribute("data-verdict"), "block");
  assert.deepEqual(page.window.__sent, []);
  assert.equal(statusLine(page.document, "rapport-unchecked"), null);
});

test("an ok answer leaves no notice behind", async () => {
  const page = load(bubbleWithDraft("Thanks for the intro!"), LI_URL);
  wireSend(page);
  click(page.window, page.document.querySelector("button"));
  await settle(page.window);
  assert.deepEqual(page.window.__sent, ["Thanks for the intro!"]);
  assert.equal(page.document.querySelector("rapport-send-guard-status"), null);
});

test("page text in the notice and the context stays text", async () => {
  const page = load(bubbleWithDraft("hello").replace("<form", `<header><h2 class="msg-overlay-bubble-header__title"><a href="/in/x/">
      <span>&lt;img src=x onerror=alert(1)&gt;</span></a></h2></header><form`), LI_URL, () => ({ ok: false, offline: true, reason: "offline" }));
  click(page.window, page.document.querySelector("button.msg-form__send-button"));
  await settle(page.window);
  assert.equal(page.checks()[0].context.recipient_name, "<img src=x onerror=alert(1)>");
  assert.equal(page.document.querySelector("rapport-send-guard-status").shadowRoot.querySelector("img"), null);
});

// ---------------------------------------------------------------- the background's side (guard_check.js)

test("the background gives a busy companion 2 s, and sends only a well-formed context", () => {
  assert.equal(GUARD_TIMEOUT_MS, 2000);
  assert.deepEqual(checkBody({ text: "hi", to: "https://www.linkedin.com/in/sam/", context: {
    degree: "1st", thread: { from_me: 2, from_them: 1 }, recipient_name: "  Sam  ", recipient_url: "https://www.linkedin.com/in/sam/",
    follows_you: false, extra: "dropped",
  } }), { text: "hi", to: "https://www.linkedin.com/in/sam/", context: {
    degree: "1st", thread: { from_me: 2, from_them: 1 }, recipient_name: "Sam", recipient_url: "https://www.linkedin.com/in/sam/", follows_you: false,
  } });
  assert.deepEqual(checkBody({ text: "hi", context: { degree: "4th", thread: { from_me: -1, from_them: 1 }, recipient_url: "javascript:alert(1)", follows_you: "yes" } }),
    { text: "hi" });
  assert.deepEqual(checkBody({ text: "hi", context: "1st" }), { text: "hi" });
  assert.equal(pageContext({ thread: { from_me: 1e9, from_them: 0 } }).thread.from_me, 100000);
  assert.equal(pageContext({ recipient_name: "x".repeat(500) }).recipient_name.length, 200);
});

test("why a check brought no verdict: gone, unpaired, slow or failing", () => {
  assert.equal(uncheckedReason({ ok: false, status: 0, offline: true, timedOut: false }), "offline");
  assert.equal(uncheckedReason({ ok: false, status: 401, unpaired: true }), "unpaired");
  assert.equal(uncheckedReason({ ok: false, status: 0, offline: true, timedOut: true }), "timeout");
  assert.equal(uncheckedReason({ ok: false, status: 500 }), "error");
});
