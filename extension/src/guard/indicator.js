// The send guard's typing indicator (issue 19, item 5): a small badge beside the Send button of each
// composer the guard watches, green while the draft reads fine for this recipient, amber or red as it
// reads like a pitch, with the reasons on hover; with the companion gone it says "Offline: not checked" in
// words (a grey dot reads as "fine"). Classic content script, after guard.js.
//
// Promises kept here:
// - a keystroke costs a lookup and a timer (the pacer); the draft is read and checked at most once every
//   500 ms, after a short pause in typing, and only when it changed; drafts are never stored or logged;
// - paused (settings.paused) nothing is read and every badge says "off" ("Rapport is paused");
//   switched off (settings.guardIndicator = false) there is no badge and no listener does any work;
// - the badge lives in its own shadow root at the end of <body>, laid over the page beside Send: the
//   page's own markup (React, Ember) is never changed; its text and title are set as text.
(function installRapportIndicator(root) {
  "use strict";

  const composers = root.RapportComposers;
  const view = root.RapportGuardView;
  const switches = root.RapportGuardSwitch;
  const guard = root.RapportSendGuard;
  if (root.__rapportIndicatorInstalled || !composers || !view || !switches || !guard) return;
  root.__rapportIndicatorInstalled = true;

  const doc = root.document;
  const HOST_TAG = "rapport-indicator";
  const SIZE = 18;
  // A check that fails is not retried on every pause in typing: a companion that is gone is looked for
  // again after a few seconds, a slow one a little sooner.
  const RETRY_WHEN_GONE_MS = 5000;
  const RETRY_WHEN_SLOW_MS = 1500;
  const CHECK_TIMEOUT_MS = 3000;
  // How often the badges follow their composers when nothing is typed (a bubble closed, minimised or moved).
  const FOLLOW_MS = 1000;
  const EMPTY_TITLE = "Rapport reads this message as you type and tells you if it reads like a pitch.";
  const CSS = `
    :host { all: initial; }
    .badge { position: fixed; z-index: 2147483645; width: ${SIZE}px; height: ${SIZE}px; box-sizing: border-box;
      border-radius: 50%; border: 2px solid #fff; box-shadow: 0 0 0 1px rgba(0, 0, 0, .25); cursor: help;
      background: #16a34a; transition: background-color .2s; }
    .badge[data-level="warn"] { background: #f59e0b; }
    .badge[data-level="block"] { background: #dc2626; }
    .badge[data-level="off"] { background: #e5e7eb; box-shadow: 0 0 0 1px #9ca3af; }
    .badge.labelled[data-level] { width: auto; padding: 0 7px; border-radius: 9px; white-space: nowrap; background: #ffedd5;
      box-shadow: 0 0 0 1px #ea580c; color: #7c2d12; font: 600 11px/14px -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
    .badge[hidden] { display: none; }
  `;

  const siteOfPage = () => composers.siteOf(root.location ? root.location.hostname : "");

  // box element -> record {found, host, badge, pacer, lastText, inFlight}; every composer seen so far.
  const byBox = new WeakMap();
  const records = new Set();

  function makeBadge() {
    const host = doc.createElement(HOST_TAG);
    const badge = doc.createElement("div");
    badge.className = "badge";
    badge.setAttribute("data-testid", "rapport-indicator");
    badge.setAttribute("role", "img");
    const style = doc.createElement("style");
    style.textContent = CSS;
    host.attachShadow({ mode: "open" }).append(style, badge);
    (doc.body || doc.documentElement).append(host);
    return { host, badge };
  }

  // `label`: words shown in the badge itself when no draft is checked ("Offline: not checked"), so that
  // an unchecked draft never looks like a quiet "fine" (newcomer 6, C2).
  function show(record, level, title, label = "") {
    record.badge.setAttribute("data-level", level);
    record.badge.title = title;
    record.badge.setAttribute("aria-label", title);
    record.badge.textContent = label;
    record.badge.classList.toggle("labelled", Boolean(label));
  }

  // Beside the Send button (to its left, centred on it, or to its right when the left is outside the composer); a composer whose Send is not rendered (X's chat
  // mounts it only with text) gets the badge at the box's bottom-right corner.
  function place(record) {
    const { found } = record;
    const box = found.boxes.find((b) => b.isConnected);
    if (!box || !found.composer.isConnected) return false;
    const send = composers.sendButtonIn(found);
    const anchor = send && send.isConnected ? send.getBoundingClientRect() : null;
    const rect = anchor && anchor.width ? anchor : box.getBoundingClientRect();
    if (!rect.width && !rect.height) {
      record.badge.hidden = true;
      return true;
    }
    const width = record.badge.offsetWidth || SIZE; // wider when it says "Offline: not checked"
    let left = anchor && anchor.width ? rect.left - width - 6 : rect.right - width - 4;
    const top = anchor && anchor.width ? rect.top + (rect.height - SIZE) / 2 : rect.bottom - SIZE - 4;
    // a Send button at the composer's left edge gets the badge on its right, inside the composer
    if (anchor && anchor.width && left < found.composer.getBoundingClientRect().left) left = rect.right + 6;
    record.badge.style.left = `${Math.max(2, Math.round(left))}px`;
    record.badge.style.top = `${Math.max(2, Math.round(top))}px`;
    record.badge.hidden = false;
    return true;
  }

  function drop(record) {
    record.pacer.cancel();
    record.host.remove();
    records.delete(record);
    for (const box of record.found.boxes) byBox.delete(box);
    if (!records.size) follow(false);
  }

  // While any badge shows, once a second: each badge follows its composer, and goes with it.
  let following = null;
  function follow(on) {
    if (on && following === null) {
      following = root.setInterval(() => {
        for (const record of [...records]) if (!place(record)) drop(record);
      }, FOLLOW_MS);
    } else if (!on && following !== null) {
      root.clearInterval(following);
      following = null;
    }
  }

  // One check of the draft as it is now (run by the record's pacer).
  function check(record) {
    if (!records.has(record)) return;
    if (!place(record)) {
      drop(record); // the composer went away (a closed bubble)
      return;
    }
    if (switches.current().paused) {
      show(record, "off", "Rapport is paused");
      return;
    }
    if (record.inFlight) {
      record.pacer.poke(); // one check at a time: look again once this one is answered
      return;
    }
    const text = composers.draftText(record.found);
    if (text === record.lastText) return;
    record.lastText = text;
    if (!text) {
      show(record, "ok", EMPTY_TITLE);
      return;
    }
    const message = { type: "rapport:check", text, live: true };
    try {
      const who = composers.recipient(record.found, { pathname: root.location.pathname, title: doc.title });
      if (who.url || who.name) message.to = who.url || who.name;
      const context = composers.pageContext(record.found, who, { pathname: root.location.pathname });
      if (context && Object.keys(context).length) message.context = context;
    } catch (_) {
      // what the page shows is a help: without it the recipient is someone Rapport doesn't know yet
    }
    record.inFlight = true;
    guard.ask(message, CHECK_TIMEOUT_MS).then((answer) => {
      mark("rapport:indicator-answer-begin");
      shown(record, text, answer);
      mark("rapport:indicator-answer-end");
    });
  }

  /** Shows the answer to a check of `text`, unless the draft changed meanwhile (the next check speaks). */
  function shown(record, text, answer) {
    record.inFlight = false;
    if (!records.has(record) || record.lastText !== text) return;
    const level = view.levelOf(answer);
    if (level === "off") {
      const reason = answer ? answer.reason : "error";
      if (reason === "offline" || reason === "unpaired") record.pacer.hold(RETRY_WHEN_GONE_MS);
      else if (reason !== "paused") record.pacer.hold(RETRY_WHEN_SLOW_MS);
      record.lastText = null; // checked again once the companion is back
    } else {
      guard.companionAnswered();
    }
    show(record, level, view.indicatorTitle(answer, text), view.indicatorLabel(answer));
    place(record);
  }

  /** The record for the composer holding `box`, made on first sight. */
  function recordFor(path) {
    const first = path[0];
    const known = first && byBox.get(first);
    if (known) return known;
    const found = composers.locate(path, siteOfPage());
    if (!found || found.via !== "box") return null;
    const existing = found.boxes.map((b) => byBox.get(b)).find(Boolean);
    if (existing) return existing;
    const record = { found, ...makeBadge(), lastText: null, inFlight: false, pacer: null };
    record.pacer = view.createPacer(() => {
      mark("rapport:indicator-check-begin");
      check(record);
      mark("rapport:indicator-check-end");
    });
    for (const box of found.boxes) byBox.set(box, record);
    records.add(record);
    follow(true);
    const paused = switches.current().paused;
    show(record, paused ? "off" : "ok", paused ? "Rapport is paused" : EMPTY_TITLE);
    place(record);
    return record;
  }

  // Marks each span of the indicator's main-thread work in a DevTools trace (no console output):
  // bench/bench_extension.py sums the thread CPU time between the marks.
  const mark = (label) => root.console.timeStamp?.(label);

  // Per keystroke: the composer's record (a WeakMap lookup once it is known) and a poke of its pacer.
  function onInput(event) {
    if (switches.current().paused) return;
    mark("rapport:indicator-input-begin");
    const record = recordFor(event.composedPath());
    if (record) record.pacer.poke();
    mark("rapport:indicator-input-end");
  }

  function onFocusIn(event) {
    const record = recordFor(event.composedPath());
    if (record && !switches.current().paused) record.pacer.poke(); // a draft left from before is checked too
  }

  let placing = false;
  function onViewportChange() {
    if (placing || !records.size) return;
    placing = true;
    root.requestAnimationFrame(() => {
      placing = false;
      for (const record of [...records]) if (!place(record)) drop(record);
    });
  }

  let listening = false;
  function listen(on) {
    if (on === listening) return;
    listening = on;
    const method = on ? "addEventListener" : "removeEventListener";
    root[method]("input", onInput, true);
    root[method]("focusin", onFocusIn, true);
    root[method]("scroll", onViewportChange, { capture: true, passive: true });
    root[method]("resize", onViewportChange, { passive: true });
    if (!on) for (const record of [...records]) drop(record);
  }

  function apply(state) {
    listen(state.indicator);
    for (const record of records) {
      if (state.paused) {
        record.pacer.cancel();
        record.lastText = null; // nothing read while paused; read afresh on resume
        show(record, "off", "Rapport is paused");
      } else {
        record.pacer.poke();
      }
    }
  }

  switches.onChange(apply);
  apply(switches.current());
})(globalThis);

// Example URLs: https://www.linkedin.com/messaging/thread/2-abc/ , https://x.com/messages/123-456
