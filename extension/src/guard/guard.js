// The pre-send guard: stops a send on LinkedIn or X for as long as it takes to ask the companion (through
// the background) whether the draft is a pitch the relationship cannot carry, then lets it through or
// shows an overlay with the reasons. Classic content script at document_start, after composers.js.
//
// Promises kept here (issue 5):
// - every way of sending is caught by capture-phase listeners on window (and on open shadow roots for
//   `submit`, which is not composed), registered before any page script, so re-rendered buttons and
//   remounted composers need no re-binding;
// - Enter during IME composition is never touched;
// - the draft is read, never written, and never stored or logged; nothing is sent without the user's
//   own click or key (an `ok` verdict replays the user's own action exactly once);
// - fails open only when the companion is gone (issue 16, item 5): connection refused or not paired lets
//   the message go at once and says so in the page, briefly ("Rapport is offline: this message was not
//   checked", data-testid rapport-unchecked); a companion that answers slowly is waited for, up to 2 s
//   in the background plus the time to wake it, with a small "checking…" state, because a check that
//   gives up early on a busy laptop lets exactly the pitch through. Past that the message goes, and the
//   page says it went unchecked (the background records that the guard was offline, for the side panel);
// - the check carries what the page shows about the recipient (composers.pageContext: LinkedIn's degree,
//   the thread so far, X's "Follows you"), and the overlay names the recipient as the verdict does;
// - paused (settings.paused, read by guard_switch.js) the guard reads no draft at all (issue 19, item 3);
// - the overlay puts the reasons first, the draft shortened around them, advice for each reason and, when
//   the verdict carries one, an opener that "Use this opener" types into the composer in place of the
//   draft, through the page's own editing path, and never sends (issue 19, item 4);
// - the "not checked" notice can be dismissed and goes away once the companion answers again.
(function installRapportGuard(root) {
  "use strict";

  const api = root.browser ?? root.chrome;
  const composers = root.RapportComposers;
  const view = root.RapportGuardView;
  const switches = root.RapportGuardSwitch;
  if (root.__rapportGuardInstalled || !composers || !view || !switches || !api || !api.runtime || !api.runtime.sendMessage) return;
  root.__rapportGuardInstalled = true;

  // The background gives the companion 2 s (GUARD_TIMEOUT_MS); the rest covers waking an MV3 service worker.
  const CHECK_TIMEOUT_MS = 2600;
  // A check answered sooner shows nothing; a slower one shows "checking…" beside the composer.
  const CHECKING_AFTER_MS = 150;
  // How long the "not checked" notice stays unless dismissed, or cleared when the companion answers again.
  const UNCHECKED_NOTICE_MS = 30000;
  // WebKit fires compositionend before the keydown that commits the composition (COMPOSERS.md §6.4).
  const IME_LATCH_MS = 60;
  const HOST_TAG = "rapport-send-guard";
  const STATUS_TAG = "rapport-send-guard-status";

  const doc = root.document;
  const state = {
    busy: false, // a check is in flight or the overlay is open
    bypass: 0, // > 0 while the guard replays the user's own send
    lastCompositionEnd: -Infinity,
    learnedEnter: Object.create(null), // surface id -> "enter" | "newline", learned from the page itself
    overlay: null,
    status: null, // {host, timer}: the "checking…" chip or the "not checked" notice
    invitee: null, // the last person a Connect button was pressed for (the note's recipient)
  };

  const siteOfPage = () => composers.siteOf(root.location ? root.location.hostname : "");

  function stop(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
    event.stopPropagation();
  }

  function withBypass(fn) {
    state.bypass += 1;
    try {
      return fn();
    } finally {
      state.bypass -= 1;
    }
  }

  /** The background's answer to `message`, or {ok: false, reason: "timeout"} after `waitMs`; null when it fails. */
  function ask(message, waitMs = CHECK_TIMEOUT_MS) {
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, reason: "timeout" }), waitMs);
    });
    let answer;
    try {
      answer = Promise.resolve(api.runtime.sendMessage(message)).catch(() => null);
    } catch (_) {
      answer = Promise.resolve(null); // extension reloaded under the page: fail open
    }
    return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
  }

  function tell(message) {
    try {
      Promise.resolve(api.runtime.sendMessage(message)).catch(() => {});
    } catch (_) {
      // the extension was reloaded; the message went out anyway, nothing to record
    }
  }

  function savedSelection(found) {
    const selection = root.getSelection ? root.getSelection() : null;
    if (!selection || !selection.rangeCount) return null;
    const range = selection.getRangeAt(0);
    return found.boxes.some((box) => box.contains(range.startContainer)) ? range.cloneRange() : null;
  }

  function focusDraft(attempt) {
    const box = attempt.box && attempt.box.isConnected ? attempt.box : attempt.found.boxes.find((b) => b.isConnected);
    if (!box) return null;
    box.focus({ preventScroll: true });
    if (attempt.range && root.getSelection) {
      const selection = root.getSelection();
      selection.removeAllRanges();
      selection.addRange(attempt.range);
    }
    return box;
  }

  function usable(button) {
    return button && button.isConnected && !button.disabled && button.getAttribute("aria-disabled") !== "true";
  }

  // Replays the user's own send once, with the guard stepped aside. Returns whether a send happened.
  function replay(attempt) {
    const { found } = attempt;
    if (attempt.kind === "click") {
      const button = usable(attempt.button) ? attempt.button : composers.sendButtonIn(found);
      if (!usable(button)) return false;
      withBypass(() => button.click());
      return true;
    }
    if (attempt.kind === "submit") {
      if (!attempt.form.isConnected) return false;
      withBypass(() => {
        try {
          attempt.form.requestSubmit(attempt.submitter && attempt.submitter.isConnected ? attempt.submitter : undefined);
        } catch (_) {
          attempt.form.requestSubmit();
        }
      });
      return true;
    }
    // a key: give it back to the page's own handler, on the same element, with the same modifiers
    const target = focusDraft(attempt);
    if (!target) return false;
    const KeyboardEventCtor = root.KeyboardEvent;
    const event = new KeyboardEventCtor("keydown", {
      ...attempt.keyInit, bubbles: true, cancelable: true, composed: true,
    });
    const notCancelled = withBypass(() => target.dispatchEvent(event));
    // A page that sent without cancelling the key still shows it: the draft is gone or changed.
    const draftGone = composers.draftText(found) !== attempt.text;
    if (attempt.modeUnknown) {
      if (draftGone) {
        state.learnedEnter[found.surface.id] = "enter";
        return true;
      }
      if (notCancelled) {
        // Nobody took the Enter: this composer is in "Click Send" mode and the key was a new line. Put
        // the user's new line back (a replayed key has no default action) and stop asking for it.
        state.learnedEnter[found.surface.id] = "newline";
        try {
          doc.execCommand("insertParagraph");
        } catch (_) {
          // no editing commands here: the user presses Enter again
        }
      }
      // The page took the key and the draft is still there: its own new line, or a send that has not
      // cleared the box yet. Nothing is learned, and the next Enter is checked again.
      return false;
    }
    if (!notCancelled || draftGone) return true;
    // The page ignores synthetic keys (Draft.js and Ember may): the user asked to send, so press Send.
    const button = composers.sendButtonIn(found);
    if (!usable(button)) return false;
    withBypass(() => button.click());
    return true;
  }

  function release(attempt) {
    const sent = replay(attempt);
    if (sent) tell({ type: "rapport:sent", text: attempt.text, ...(attempt.to ? { to: attempt.to } : {}) });
    return sent;
  }

  async function guard(attempt) {
    state.busy = true;
    const message = { type: "rapport:check", text: attempt.text };
    if (attempt.to) message.to = attempt.to;
    if (attempt.context && Object.keys(attempt.context).length) message.context = attempt.context;
    const checking = setTimeout(() => showStatus(attempt, "checking"), CHECKING_AFTER_MS);
    let answer;
    try {
      answer = await ask(message);
    } finally {
      clearTimeout(checking);
      hideStatus();
    }
    const verdict = answer && answer.ok && answer.verdict;
    if (verdict) hideUnchecked(); // the companion answers again: the earlier notice is out of date
    if (verdict && (verdict.verdict === "warn" || verdict.verdict === "block")) {
      try {
        showOverlay(attempt, verdict);
        return;
      } catch (_) {
        closeOverlay(); // a guard that cannot draw its warning must not hold the message hostage
      }
    }
    state.busy = false;
    const sent = release(attempt); // ok, or fail open (the companion is gone, or did not answer in time)
    const paused = answer && answer.reason === "paused"; // paused since the click: not checked, on purpose
    if (!verdict && sent && !paused) showStatus(attempt, "unchecked", uncheckedReason(answer));
  }

  /** Why a check brought no verdict: "offline", "unpaired", "timeout" or "error". */
  function uncheckedReason(answer) {
    if (!answer) return "error";
    if (["offline", "unpaired", "timeout", "error"].includes(answer.reason)) return answer.reason;
    if (answer.unpaired) return "unpaired";
    if (answer.offline) return "offline";
    return "error";
  }

  function begin(found, attempt, event) {
    stop(event);
    if (state.busy) return; // one check at a time; the user can press again once it is answered
    attempt.found = found;
    attempt.box = attempt.box || found.boxes[0];
    let who = { url: null, name: null };
    try {
      who = composers.recipient(found, { pathname: root.location.pathname, title: doc.title, invitee: state.invitee });
      attempt.to = who.url || null; // a profile link only: the name in a chat header is the page's to write (context carries it)
      attempt.who = who;
      attempt.range = savedSelection(found);
    } catch (_) {
      attempt.to = null; // an unreadable header makes the recipient a stranger, not a lost message
    }
    try {
      attempt.context = composers.pageContext(found, who, { pathname: root.location.pathname });
    } catch (_) {
      attempt.context = null; // what the page shows is a help, never a reason to lose the message
    }
    guard(attempt).catch(() => {
      hideStatus();
      state.busy = false;
      if (release(attempt)) showStatus(attempt, "unchecked", "error");
    });
  }

  // ------------------------------------------------------------------ listeners

  function onClick(event) {
    if (state.bypass || event.button !== 0 || switches.current().paused) return;
    const path = event.composedPath();
    const invitee = composers.inviteeOf(path);
    if (invitee) state.invitee = invitee;
    const found = composers.locate(path, siteOfPage());
    if (!found || found.via !== "send") return;
    const text = composers.draftText(found);
    if (!text) return;
    begin(found, { kind: "click", text, button: found.sendButton }, event);
  }

  function onKeydown(event) {
    if (state.bypass || event.key !== "Enter" || switches.current().paused) return;
    if (event.isComposing || event.keyCode === 229) return;
    if (event.timeStamp - state.lastCompositionEnd < IME_LATCH_MS) return;
    if (event.shiftKey || event.altKey) return;
    const path = event.composedPath();
    const found = composers.locate(path, siteOfPage());
    if (!found || found.via !== "box") return;
    const withModifier = event.ctrlKey || event.metaKey;
    let modeUnknown = false;
    if (withModifier) {
      if (!found.surface.modEnter) return;
    } else {
      const mode = state.learnedEnter[found.surface.id] || composers.enterMode(found);
      if (mode === "newline") return;
      modeUnknown = mode === null;
    }
    const text = composers.draftText(found);
    if (!text) return;
    const keyInit = {
      key: event.key, code: event.code, keyCode: event.keyCode, which: event.which, location: event.location,
      ctrlKey: event.ctrlKey, metaKey: event.metaKey, shiftKey: false, altKey: false,
    };
    const box = found.boxes.find((b) => path.includes(b)) || found.boxes[0];
    begin(found, { kind: "key", text, keyInit, box, modeUnknown }, event);
  }

  function onSubmit(event) {
    if (state.bypass || switches.current().paused) return;
    const form = event.composedPath()[0];
    if (!form || form.tagName !== "FORM") return;
    const found = composers.locateForm(form, siteOfPage());
    if (!found) return;
    const text = composers.draftText(found);
    if (!text) return;
    begin(found, { kind: "submit", text, form, submitter: event.submitter || null }, event);
  }

  function onCompositionEnd(event) {
    state.lastCompositionEnd = event.timeStamp;
  }

  // `submit` does not cross shadow boundaries: listen on every open shadow root the user works in.
  const watchedRoots = new WeakSet();
  function onFocusIn(event) {
    for (const node of event.composedPath()) {
      if (node && node.nodeType === 11 && node.host && !watchedRoots.has(node)) {
        watchedRoots.add(node);
        node.addEventListener("submit", onSubmit, true);
      }
    }
  }

  root.addEventListener("click", onClick, true);
  root.addEventListener("keydown", onKeydown, true);
  root.addEventListener("submit", onSubmit, true);
  root.addEventListener("compositionend", onCompositionEnd, true);
  root.addEventListener("focusin", onFocusIn, true);

  // ------------------------------------------------------------------ the overlay

  const recipientWords = view.recipientWords;

  const CSS = `
    :host { all: initial; }
    .backdrop { position: fixed; inset: 0; background: rgba(15, 23, 42, .45); z-index: 2147483646; }
    .panel { position: fixed; z-index: 2147483647; left: 50%; top: 6vh; transform: translateX(-50%);
      width: min(580px, calc(100vw - 32px)); max-height: 88vh; box-sizing: border-box; display: flex;
      flex-direction: column; background: #fff; color: #1f2937; border-radius: 12px; overflow: hidden;
      font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      box-shadow: 0 18px 48px rgba(0, 0, 0, .28); border-top: 6px solid #d97706; }
    .panel[data-verdict="block"] { border-top-color: #dc2626; }
    .head { padding: 16px 22px 4px; flex: none; }
    .why { padding: 0 22px; flex: none; max-height: 32vh; overflow: auto; }
    .body { padding: 0 22px; overflow: auto; flex: 1 1 auto; border-top: 1px solid #f3f4f6; }
    .foot { padding: 10px 22px 16px; border-top: 1px solid #e5e7eb; flex: none; }
    h2 { margin: 0 0 2px; font-size: 18px; }
    .recipient { margin: 0 0 2px; font-weight: 600; }
    .summary { margin: 0 0 8px; color: #4b5563; }
    .note { margin: -4px 0 8px; color: #6b7280; font-size: 12.5px; }
    .draft { margin: 0 0 12px; padding: 10px 12px; background: #f9fafb; border-left: 3px solid #d1d5db;
      white-space: pre-wrap; overflow-wrap: anywhere; border-radius: 4px; }
    .gap { color: #6b7280; }
    mark { background: #fde68a; color: inherit; border-radius: 2px; padding: 0 1px; }
    .panel[data-verdict="block"] mark { background: #fecaca; }
    h3 { margin: 12px 0 4px; font-size: 14px; }
    ul { margin: 0 0 10px; padding-left: 20px; }
    li { margin: 3px 0; }
    q { font-style: italic; }
    .opener { margin: 0 0 12px; padding: 10px 12px; background: #eff6ff; border-left: 3px solid #0a66c2;
      border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
    .confirm { margin: 0 0 10px; padding: 8px 10px; background: #fef2f2; color: #991b1b; border-radius: 6px; }
    .actions { display: flex; justify-content: flex-end; gap: 8px; flex-wrap: wrap; }
    button { font: inherit; border-radius: 18px; padding: 6px 16px; cursor: pointer; border: 1px solid #9ca3af;
      background: #fff; color: #1f2937; }
    button.primary { background: #0a66c2; border-color: #0a66c2; color: #fff; font-weight: 600; }
    button:focus-visible { outline: 3px solid #93c5fd; outline-offset: 1px; }
  `;

  function el(tag, props, children) {
    const node = doc.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === "text") node.textContent = value;
      else if (key.startsWith("data-") || key.startsWith("aria-") || key === "role" || key === "type") node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children || []) if (child) node.append(child);
    return node;
  }

  // The draft shortened around the reasons' spans, the spans marked (text nodes only, never markup).
  function shortenedDraft(text, reasons) {
    return view.shortenAroundSpans(text, reasons).map((piece) => {
      if (piece.gap) return el("span", { className: "gap", "aria-label": "text left out", text: piece.text });
      if (!piece.marks.length) return doc.createTextNode(piece.text);
      return el("mark", { text: piece.text, title: piece.marks.join("\n"), "data-testid": "rapport-highlight" });
    });
  }

  function closeOverlay() {
    if (state.overlay) {
      state.overlay.host.remove();
      state.overlay = null;
    }
    state.busy = false;
  }

  /** Who the message goes to, as the page names them: their name, else an X @handle. */
  function recipientName(attempt) {
    const who = attempt.who || {};
    if (who.name) return who.name;
    const handle = String(who.url || "").match(/^https:\/\/x\.com\/([A-Za-z0-9_]{1,15})$/);
    return handle ? `@${handle[1]}` : null;
  }

  // ------------------------------------------------------------------ "Use this opener"

  /**
   * Puts `text` into the composer in place of the draft, through the page's own editing path (the editing
   * command fires beforeinput and input as typing does, so LinkedIn's and X's editors keep their model in
   * step). Never sends. Returns the box it wrote into, or null.
   */
  function replaceDraft(attempt, text) {
    const box = attempt.box && attempt.box.isConnected ? attempt.box : attempt.found.boxes.find((b) => b.isConnected);
    if (!box) return null;
    box.focus({ preventScroll: true });
    const field = box.tagName === "TEXTAREA" || box.tagName === "INPUT";
    if (field) box.select();
    else if (root.getSelection) root.getSelection().selectAllChildren(box);
    let done = false;
    try {
      done = doc.execCommand("insertText", false, text);
    } catch (_) {
      done = false;
    }
    if (!done) {
      // No editing commands here (an old engine): write it and say so the way typing would.
      if (field) box.setRangeText(text, 0, box.value.length, "end");
      else box.textContent = text;
      const InputEventCtor = root.InputEvent || root.Event;
      box.dispatchEvent(new InputEventCtor("input", { bubbles: true, composed: true, inputType: "insertReplacementText", data: text }));
    }
    return box;
  }

  // ------------------------------------------------------------------ the status line ("checking…", "not checked")

  const STATUS_CSS = `
    :host { all: initial; }
    .status { position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: min(440px, calc(100vw - 24px));
      padding: 6px 12px; border-radius: 14px; background: #1f2937; color: #f9fafb; pointer-events: none;
      display: flex; align-items: center; gap: 8px;
      font: 13px/1.35 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      box-shadow: 0 4px 14px rgba(0, 0, 0, .25); }
    .status[data-testid="rapport-unchecked"] { background: #7c2d12; pointer-events: auto; padding-right: 6px; }
    .dismiss { all: unset; cursor: pointer; width: 20px; height: 20px; border-radius: 10px; text-align: center;
      line-height: 20px; color: #fed7aa; flex: none; }
    .dismiss::before { content: "\\2715"; }
    .dismiss:hover, .dismiss:focus-visible { background: rgba(255, 255, 255, .18); color: #fff; }
  `;
  const UNCHECKED_WORDS = {
    offline: "Rapport is offline: this message was not checked.",
    unpaired: "Rapport is offline (not paired with this browser): this message was not checked.",
    timeout: "Rapport took too long to answer: this message was not checked.",
    error: "Rapport could not check this message: it was sent unchecked.",
  };

  function hideStatus() {
    if (!state.status) return;
    clearTimeout(state.status.timer);
    state.status.host.remove();
    state.status = null;
  }

  /** Removes the "not checked" notice (dismissed, or the companion is back); the "checking…" chip stays. */
  function hideUnchecked() {
    if (state.status && state.status.kind === "unchecked") hideStatus();
  }

  // Above the composer's box when it is laid out, else in the bottom corner. Text only, never markup.
  function showStatus(attempt, kind, reason) {
    hideStatus();
    const checking = kind === "checking";
    const line = checking
      ? el("div", { className: "status", role: "status", "aria-live": "polite", "data-testid": "rapport-checking", text: "Rapport is checking this message…" })
      : el("div", { className: "status", role: "status", "aria-live": "polite", "data-testid": "rapport-unchecked", "data-reason": reason }, [
        el("span", { text: UNCHECKED_WORDS[reason] || UNCHECKED_WORDS.error }),
        // the ✕ is drawn by CSS, so the notice's text stays the sentence
        el("button", { type: "button", className: "dismiss", "aria-label": "Dismiss", title: "Dismiss", "data-testid": "rapport-unchecked-dismiss" }),
      ]);
    if (!checking) line.querySelector("button").addEventListener("click", hideStatus);
    const box = attempt.box && attempt.box.isConnected ? attempt.box : null;
    const rect = box ? box.getBoundingClientRect() : null;
    const height = root.innerHeight || 0;
    if (rect && rect.width && rect.height && height) {
      line.style.left = `${Math.max(8, Math.round(rect.left))}px`;
      line.style.bottom = `${Math.max(8, Math.round(height - rect.top + 6))}px`;
    } else {
      line.style.right = "16px";
      line.style.bottom = "16px";
    }
    const host = el(STATUS_TAG);
    host.attachShadow({ mode: "open" }).append(el("style", { text: STATUS_CSS }), line);
    (doc.body || doc.documentElement).append(host);
    state.status = { host, kind, timer: checking ? null : setTimeout(hideStatus, UNCHECKED_NOTICE_MS) };
  }

  switches.onReconnect(hideUnchecked);

  function showOverlay(attempt, verdict) {
    const blocking = verdict.verdict === "block";
    const reasons = Array.isArray(verdict.reasons) ? verdict.reasons : [];
    const opener = typeof verdict.opener === "string" && verdict.opener.trim() ? verdict.opener.trim() : null;
    // advice only under "Try instead": how the recipient was read goes quietly under their name, and the
    // opener, shown with its own button, is not quoted again
    const { tips: suggestions, notes } = view.splitSuggestions(verdict.suggestions, opener);
    const host = el(HOST_TAG);
    const shadow = host.attachShadow({ mode: "open" });
    // headed by what decided: the size of the ask, or how pitch-like it reads (newcomer 6, C1)
    const { title, decided } = view.headline(verdict);
    const stageWords = recipientWords(verdict);
    const name = recipientName(attempt);
    const summary = view.summaryOf(verdict);

    const edit = el("button", { type: "button", className: opener ? "" : "primary", "data-testid": "rapport-edit", text: "Edit message" });
    const sendAnyway = el("button", { type: "button", "data-testid": "rapport-send-anyway", text: "Send anyway" });
    const useOpener = opener
      ? el("button", { type: "button", className: "primary", "data-testid": "rapport-use-opener", text: "Use this opener" })
      : null;
    const confirm = el("p", { className: "confirm", role: "alert", hidden: true,
      text: `This is likely to put ${name || stageWords} off for good. Send it anyway?` });

    const panel = el("div", {
      className: "panel", role: "alertdialog", "aria-modal": "true", "aria-labelledby": "rapport-title",
      "data-testid": "rapport-warning", "data-verdict": blocking ? "block" : "warn", "data-decided": decided,
      "data-stage": String(verdict.stage || ""), "data-stage-source": String(verdict.stage_source || ""),
    }, [
      el("div", { className: "head" }, [
        el("h2", { id: "rapport-title", text: title }),
        name ? el("p", { className: "recipient", "data-testid": "rapport-recipient", text: `To ${name}` }) : null,
        el("p", { className: "summary", "data-testid": "rapport-summary", text: summary }),
        ...notes.map((n) => el("p", { className: "note", "data-testid": "rapport-recipient-note", text: n })),
      ]),
      // the reasons first, outside the scrolling part: a long draft never pushes them out of view
      reasons.length ? el("div", { className: "why", "data-testid": "rapport-reasons" }, [
        el("h3", { text: "Why" }),
        el("ul", {}, reasons.map((r) => {
          const said = view.quoteOf(attempt.text, r);
          return el("li", { "data-testid": "rapport-reason", "data-rule": String(r.rule || "") },
            said ? [el("q", { text: said }), doc.createTextNode(` ${r.message}`)] : [doc.createTextNode(r.message)]);
        })),
      ]) : null,
      el("div", { className: "body" }, [
        el("h3", { text: "Your message" }),
        el("div", { className: "draft", "data-testid": "rapport-draft" }, shortenedDraft(attempt.text, reasons)),
        opener ? el("h3", { text: name ? `A better opener for ${name}` : "A better opener" }) : null,
        opener ? el("p", { className: "opener", "data-testid": "rapport-opener", text: opener }) : null,
        suggestions.length ? el("h3", { text: "Try instead" }) : null,
        suggestions.length ? el("ul", {}, suggestions.map((s) => el("li", { "data-testid": "rapport-suggestion", text: s }))) : null,
      ]),
      // the choice stays in view however long the explanation is
      el("div", { className: "foot" }, [confirm, el("div", { className: "actions" }, [sendAnyway, edit, useOpener])]),
    ]);
    shadow.append(el("style", { text: CSS }), el("div", { className: "backdrop" }), panel);

    edit.addEventListener("click", () => {
      closeOverlay();
      focusDraft(attempt);
    });
    if (useOpener) {
      useOpener.addEventListener("click", () => {
        closeOverlay(); // the draft is replaced, never sent: the user reads it and sends it themselves
        replaceDraft(attempt, opener);
      });
    }
    let confirmed = !blocking;
    sendAnyway.addEventListener("click", () => {
      if (!confirmed) {
        // a block asks once more before it lets the message go
        confirmed = true;
        confirm.hidden = false;
        sendAnyway.textContent = "Yes, send it";
        sendAnyway.setAttribute("data-confirming", "true");
        return;
      }
      closeOverlay();
      release(attempt);
    });
    panel.addEventListener("keydown", (event) => {
      // keys pressed in the overlay are ours: the page must not act on them (an Escape that closes a
      // LinkedIn bubble would throw the draft away)
      event.stopPropagation();
      if (event.key === "Escape") {
        event.preventDefault();
        closeOverlay();
        focusDraft(attempt);
      }
    });

    (doc.body || doc.documentElement).append(host);
    state.overlay = { host, attempt };
    edit.focus({ preventScroll: true });
  }

  // For the typing indicator (indicator.js): asking the background, and telling the guard that the
  // companion answered a check (so the "not checked" notice is out of date).
  root.RapportSendGuard = Object.freeze({ ask, companionAnswered: hideUnchecked });
})(globalThis);
