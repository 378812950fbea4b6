// The side panel (Chrome side_panel / Firefox sidebar_action; the same page). It pulls its state from
// the background and storage, follows the tab the user looks at, and never talks to the companion
// itself. While it is visible it asks every few seconds whether the companion is still there, so it
// says "offline" soon after the companion stops and recovers by itself when it comes back.

import { ask, ext, sessionArea } from "../shared/browser_api.js";
import { clear, el } from "../shared/dom.js";
import { updateSettings, watchSettings } from "../shared/settings.js";
import { statusLine } from "../shared/wording.js";
import { forgetPerson, recallPerson, recallPersonAt, rememberPerson } from "./person_cache.js";
import {
  captureNoteLine,
  damageNotice,
  guardOfflineLine,
  promiseAddedLine,
  promiseRequest,
  renderPerson,
  renderThisIsYou,
  tabNotice,
} from "./panel_view.js";

const HEARTBEAT_MS = 2500;
const UNDO_MS = 60_000; // how long a logged interaction can be taken back
const FOCUS_KEY = "focusTabId";
const PERSON_IN_DAMAGED_FILE = {
  text: "Rapport cannot show this person now: they were kept in the damaged store file (see above). They come back once it is restored.",
  testid: "person-in-damaged-file",
};

const $ = (id) => document.getElementById(id);
const cache = () => ext.storage.local;

const view = {
  tabId: null,
  ownTabId: null,
  windowId: null,
  personId: null,
  person: null,
  savedAt: null, // when `person` came from the companion
  mode: null, // "live" (fresh from the companion), "offline" (a kept view), or null (draw again)
  meSet: true,
  pageSite: null,
  logged: null, // { personId, id, kind, at }: the interaction Undo takes back
  loggedTimer: null,
  settled: null, // { personId, commitmentId, how: "kept" | "dropped", text }: the promise Undo opens again
  settledTimer: null,
  dismissed: new Set(), // merge suggestions turned down this session
  mergedInto: new Map(), // a person id merged away → the id that kept the history
  me: null, // after "This is me": { personId, name, site, replaced } for Undo, while the tab shows that profile
  rendering: null,
  again: false,
};

/** The tab this panel describes: the active tab of its window, or (opened as a tab itself) the tab the user last looked at. */
async function targetTab() {
  if (view.ownTabId !== null) return (await sessionArea().get(FOCUS_KEY))[FOCUS_KEY] ?? null;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function showStatus(kind, companion) {
  const { text, action } = statusLine({ kind, port: companion?.port });
  $("status").dataset.kind = kind;
  $("companion-status").textContent = text;
  $("status-action").textContent = action;
  const button = $("status-button");
  const labels = { paused: "Resume", unpaired: "Open Setup", "wrong-app": "Open Setup", offline: "Try again now" };
  button.hidden = !labels[kind];
  button.textContent = labels[kind] ?? "";
  button.dataset.kind = kind;
}

/** The damaged-store banner, drawn again only when its sentence changes (it is read by screen readers once). */
function showDamage(sentence) {
  const slot = $("store-damage-slot");
  if ((slot.dataset.sentence ?? "") === (sentence ?? "")) return;
  slot.dataset.sentence = sentence ?? "";
  clear(slot);
  const notice = damageNotice(sentence);
  if (notice) slot.append(notice);
}

function flash(node, text) {
  if (node) node.textContent = text;
}

function forgetLogged() {
  clearTimeout(view.loggedTimer);
  view.logged = null;
}

function forgetSettled() {
  clearTimeout(view.settledTimer);
  view.settled = null;
}

/**
 * A flash and its Undo belong to the visit they were made on (newcomer 7, C4): once the panel shows another
 * person, or no one, they are forgotten, so coming back later shows neither.
 */
function leaveVisitsBut(personId) {
  if (view.logged && view.logged.personId !== personId) forgetLogged();
  if (view.settled && view.settled.personId !== personId) forgetSettled();
}

/** An Undo offer's end: after UNDO_MS, `field` of the view ("logged", "settled") is dropped and the panel redrawn. */
function undoFor(field) {
  return setTimeout(() => {
    view[field] = null;
    view.mode = null;
    render();
  }, UNDO_MS);
}

/** Remember a promise just kept or let go, for Undo during UNDO_MS. */
function rememberSettled(commitmentId, how, commitment) {
  forgetSettled();
  view.settled = { personId: view.personId, commitmentId, how, text: commitment?.text ?? "that promise" };
  view.settledTimer = undoFor("settled");
}

/**
 * Kept or Let go on an open promise (`type`: the companion's message, as `companion commitments done|drop`), then
 * gone from the open ones, with Undo.
 */
async function settlePromise(type, how, commitmentId, button, flashNode) {
  button.disabled = true;
  const answer = await ask({ type, personId: view.personId, commitmentId });
  if (!answer.ok) {
    button.disabled = false;
    return flash(flashNode, answer.error);
  }
  rememberSettled(commitmentId, how, answer.commitment);
  await reloadPerson();
}

const actions = {
  async copy(text, button) {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch {
      button.textContent = "Select and copy";
    }
    setTimeout(() => (button.textContent = "Copy"), 1500);
  },
  async addNote(text, button, input) {
    if (!text.trim()) return;
    button.disabled = true;
    const answer = await ask({ type: "rapport:note", personId: view.personId, text });
    button.disabled = false;
    if (answer.ok) {
      input.value = "";
      await reloadPerson();
    } else flash(button.parentElement, answer.error);
  },
  async editNote(noteId, text, button) {
    button.disabled = true;
    const answer = await ask({ type: "rapport:note", personId: view.personId, noteId, text });
    if (answer.ok) await reloadPerson();
    else {
      button.disabled = false;
      flash(button.parentElement, answer.error);
    }
  },
  async logInteraction(kind, button, flashNode) {
    button.disabled = true;
    const answer = await ask({ type: "rapport:interaction", personId: view.personId, kind });
    button.disabled = false;
    if (!answer.ok) return flash(flashNode, answer.error);
    forgetLogged();
    const { id, at } = answer.interaction ?? {};
    view.logged = { personId: view.personId, id, kind: answer.interaction?.kind ?? kind, at };
    view.loggedTimer = undoFor("logged");
    await reloadPerson();
  },
  /** "Add a promise": recorded as `companion commitments add` records it, then listed with the open promises. */
  async addPromise(text, due, button, { flash: flashNode }) {
    const request = promiseRequest(text, due);
    if (!request.ok) return flash(flashNode, request.error);
    button.disabled = true;
    const answer = await ask({ type: "rapport:promise", personId: view.personId, text: request.text, due: request.due });
    button.disabled = false;
    if (!answer.ok) return flash(flashNode, answer.error); // the inputs keep what was typed, to correct it
    await reloadPerson();
    flash(document.querySelector('[data-testid="promise-flash"]'), promiseAddedLine(answer.commitment));
  },
  /** "Kept" on an open promise: marked as `companion commitments done` marks it. */
  keepPromise(commitmentId, button, flashNode) {
    return settlePromise("rapport:promise-kept", "kept", commitmentId, button, flashNode);
  },
  /** "Let go" on an open promise: no longer owed, as `companion commitments drop` marks it. */
  dropPromise(commitmentId, button, flashNode) {
    return settlePromise("rapport:promise-drop", "dropped", commitmentId, button, flashNode);
  },
  /** Undo on "Kept: …" or "Let go: …": the promise open again (POST …/commitments/{id}/reopen). */
  async reopenPromise(button, flashNode) {
    const settled = view.settled;
    if (!settled) return;
    button.disabled = true;
    const answer = await ask({ type: "rapport:promise-reopen", personId: settled.personId, commitmentId: settled.commitmentId });
    if (!answer.ok) {
      button.disabled = false;
      return flash(flashNode, answer.error);
    }
    forgetSettled();
    await reloadPerson();
    flash(document.querySelector('[data-testid="promise-flash"]'), `Undone: “${answer.commitment?.text ?? settled.text}” is open again.`);
  },
  async undoInteraction(button, flashNode) {
    const logged = view.logged;
    if (!logged) return;
    button.disabled = true;
    const answer = await ask({ type: "rapport:interaction-undo", personId: logged.personId, interactionId: logged.id });
    if (!answer.ok) {
      button.disabled = false;
      return flash(flashNode, answer.error);
    }
    forgetLogged();
    await reloadPerson("Undone: that contact is no longer logged.");
  },
  async thisIsMe(button, flashNode) {
    button.disabled = true;
    const answer = await ask({ type: "rapport:me", tabId: view.tabId });
    button.disabled = false;
    if (!answer.ok) return flash(flashNode, answer.error);
    // The companion keeps your own profile out of your contacts: this record is gone until Undo.
    const personId = view.personId;
    view.me = { personId, name: view.person?.profile?.name ?? answer.profile?.name, site: answer.site, replaced: answer.replaced };
    await forgetPerson(cache(), personId);
    view.mode = null;
    showThisIsYou();
  },
  async acceptMerge(otherId, button) {
    button.disabled = true;
    const answer = await ask({ type: "rapport:merge", personId: view.personId, otherId });
    if (!answer.ok) {
      button.disabled = false;
      return flash(button.parentElement, answer.error);
    }
    for (const id of [view.personId, otherId]) {
      if (id !== answer.person.person_id) {
        view.mergedInto.set(id, answer.person.person_id);
        await forgetPerson(cache(), id);
      }
    }
    await showLive(answer.person);
  },
  /** "Split them": the other site's profile leaves this person (the page's stays, perhaps under another id). */
  async splitSite(site, button) {
    button.disabled = true;
    const answer = await ask({ type: "rapport:unmerge", personId: view.personId, site });
    if (!answer.ok) {
      button.disabled = false;
      // Said beside the sentence, never over it: the sentence holds the Split buttons themselves.
      const said = el("p", { className: "flash", testid: "split-failed", attrs: { role: "status" }, text: answer.error });
      return button.closest('[data-testid="linked-note"]')?.after(said);
    }
    const before = view.personId;
    for (const id of [before, answer.splitPersonId]) await forgetPerson(cache(), id);
    if (answer.personId !== before) view.mergedInto.set(before, answer.personId);
    view.personId = answer.personId;
    view.mode = null;
    await render();
    const where = document.querySelector('[data-testid="person-where"]');
    where?.after(el("p", { className: "flash", testid: "split-done", attrs: { role: "status" }, text: "Split: Rapport keeps them as two people now, and will not join them again by itself." }));
  },
  openSetup(step) {
    // The setup page the manifest names (CONTRACT: options_ui.page), at one step (its sections have ids).
    const page = ext.runtime.getManifest().options_ui?.page;
    if (!page) return ext.runtime.openOptionsPage();
    return ext.tabs.create({ url: ext.runtime.getURL(`${page}${step ? `#${step}` : ""}`) });
  },
  dismissMerge(otherId) {
    view.dismissed.add(otherId);
    draw();
  },
};

async function undoThisIsMe(button) {
  const me = view.me;
  button.disabled = true;
  const answer = await ask({ type: "rapport:me-undo", site: me.site, replaced: me.replaced });
  if (!answer.ok) {
    button.disabled = false;
    return flash(button.parentElement, answer.error);
  }
  view.me = null;
  view.mode = null;
  await reloadPerson("Undone: your own profile is as it was before.");
}

function showThisIsYou() {
  const content = $("content");
  if (content.querySelector('[data-testid="this-is-you"]')) return; // drawn already: keep its Undo button
  clear(content);
  content.append(renderThisIsYou(view.me?.name, undoThisIsMe));
}

async function reloadPerson(message) {
  view.mode = null;
  await render();
  if (message) {
    const node = document.querySelector('[data-testid="flash"]');
    if (node) node.textContent = message;
  }
}

function showNotice(notice) {
  view.mode = null;
  const content = $("content");
  clear(content);
  content.append(el("p", { className: notice.error ? "notice error" : "empty", testid: notice.testid ?? "tab-notice", text: notice.text }));
}

/** Draw the person held in `view` (fresh or kept), with what this session remembers about it. */
function draw(extraNotice = null) {
  const content = $("content");
  clear(content);
  if (extraNotice) content.append(el("p", { className: "empty", testid: extraNotice.testid ?? "tab-notice", text: extraNotice.text }));
  content.append(
    renderPerson(view.person, actions, {
      meSet: view.meSet,
      offline: view.mode === "offline" ? { savedAt: view.savedAt } : null,
      logged: view.logged?.personId === view.personId ? view.logged : null,
      settled: view.settled?.personId === view.personId ? view.settled : null,
      dismissed: view.dismissed,
      pageSite: view.pageSite,
    }),
  );
}

async function showLive(person, notice = null) {
  view.personId = person.person_id;
  view.person = person;
  view.savedAt = Date.now();
  view.mode = "live";
  draw(notice);
  await rememberPerson(cache(), person, view.savedAt);
}

function showKept(kept, notice = null) {
  view.personId = kept.person.person_id;
  view.person = kept.person;
  view.savedAt = kept.savedAt;
  view.mode = "offline";
  draw(notice);
}

/** Draw everything from the current state. Calls made while drawing coalesce into one more pass. */
function render(refresh = false) {
  if (view.rendering) {
    view.again = true;
    return view.rendering;
  }
  view.rendering = (async () => {
    do {
      view.again = false;
      await renderOnce(refresh);
    } while (view.again);
  })().finally(() => {
    view.rendering = null;
  });
  return view.rendering;
}

async function renderOnce(refresh) {
  view.tabId = await targetTab();
  const state = await ask({ type: "rapport:state", tabId: view.tabId, refresh });
  if (!state.ok) {
    showDamage(null);
    return showStatus("offline", null);
  }
  const kind = state.settings.paused ? "paused" : !state.paired ? "unpaired" : state.companion.kind;
  const live = state.paired && state.companion.kind === "connected";
  showStatus(kind, state.companion);
  const connectedSince = state.companion.kind === "connected" ? state.companion.checkedAt : null;
  const guardLine = guardOfflineLine(state.guardOfflineAt, Date.now(), connectedSince);
  $("guard-offline").hidden = !guardLine;
  $("guard-offline").textContent = guardLine ?? "";
  showDamage(live ? state.companion.damage : null);
  view.meSet = state.companion.me !== false;
  view.pageSite = state.tab?.site ?? null;

  if (view.me) {
    if (state.tab?.status === "captured" && state.tab.personId === view.me.personId) return showThisIsYou();
    view.me = null; // the tab moved on: Undo is no longer offered
  }

  const notice = tabNotice(state.tab, kind);
  if (notice) {
    // A profile opened while the companion is away: its last kept view, if Rapport knew this person.
    if (state.tab?.status === "queued" && !live) {
      const kept = await recallPersonAt(cache(), state.tab.url);
      if (kept) return showKept(kept, notice);
    }
    view.personId = null;
    view.person = null;
    leaveVisitsBut(null);
    return showNotice(notice);
  }
  const personId = view.mergedInto.get(state.tab.personId) ?? state.tab.personId;
  leaveVisitsBut(personId);
  const note = captureNoteLine(state.tab); // drawn with the person, so once per capture, not on every heartbeat
  if (!live) {
    if (view.mode === "offline" && view.personId === personId) return;
    const kept = view.person && view.personId === personId
      ? { person: view.person, savedAt: view.savedAt }
      : await recallPerson(cache(), personId);
    if (kept) return showKept(kept, note);
    return showNotice({ text: "The companion is away; this profile's details will show when it is back." });
  }
  if (view.mode === "live" && view.personId === personId && view.person) return;
  const answer = await ask({ type: "rapport:person", personId });
  if (!answer.ok) {
    // Not found while a store file is damaged: they were likely stored there and come back after a restore.
    if (answer.status === 404 && state.companion.damage) return showNotice(PERSON_IN_DAMAGED_FILE);
    if (answer.status === 404) await forgetPerson(cache(), personId);
    const kept = answer.offline ? await recallPerson(cache(), personId) : null; // gone meanwhile: the kept view
    return kept ? showKept(kept) : showNotice({ text: answer.error, error: true });
  }
  await showLive(answer.person, note);
}

async function start() {
  const own = await ext.tabs.getCurrent?.();
  if (own) {
    view.ownTabId = own.id;
    await ask({ type: "rapport:panel-tab", tabId: own.id });
  } else {
    const win = await ext.windows?.getCurrent?.();
    view.windowId = win?.id ?? null;
  }

  $("open-setup").addEventListener("click", () => ext.runtime.openOptionsPage());
  $("status-button").addEventListener("click", async (event) => {
    const kind = event.currentTarget.dataset.kind;
    if (kind === "paused") {
      await updateSettings(ext.storage.local, { paused: false });
    } else if (kind === "offline") {
      await render(true);
    } else {
      await ext.runtime.openOptionsPage();
    }
  });

  // Pause and resume, from the setup page or anywhere else, show here at once.
  watchSettings(ext, () => render());
  ext.storage.onChanged.addListener((changes, area) => {
    const keys = Object.keys(changes);
    const relevant =
      area === "local"
        ? keys.some((k) => ["companion", "token", "guardOfflineAt"].includes(k))
        : keys.some((k) => k === FOCUS_KEY || k === `tab:${view.tabId}`);
    if (!relevant) return;
    // A changed capture (a new person, a re-capture) or a reconnect should show fresh details.
    if (keys.includes(`tab:${view.tabId}`) || keys.includes(FOCUS_KEY) || keys.includes("companion")) view.mode = null;
    render();
  });
  ext.tabs.onActivated.addListener(({ windowId }) => {
    if (view.ownTabId === null && (view.windowId === null || windowId === view.windowId)) {
      view.mode = null;
      render();
    }
  });
  ext.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (tabId === view.tabId && changeInfo.status === "complete") render();
  });

  setInterval(() => {
    if (document.visibilityState === "visible") render(true);
  }, HEARTBEAT_MS);
  await render(true);
}

start();
