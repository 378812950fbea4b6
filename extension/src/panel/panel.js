// The side panel (Chrome side_panel / Firefox sidebar_action; the same page). It pulls its state from
// the background and storage, follows the tab the user looks at, and never talks to the companion
// itself. While it is visible it asks every few seconds whether the companion is still there, so it
// says "offline" soon after the companion stops and recovers by itself when it comes back.

import { ask, ext, sessionArea } from "../shared/browser_api.js";
import { clear, el } from "../shared/dom.js";
import { statusLine } from "../shared/wording.js";
import { guardOfflineLine, renderPerson, tabNotice } from "./panel_view.js";

const HEARTBEAT_MS = 2500;
const FOCUS_KEY = "focusTabId";

const $ = (id) => document.getElementById(id);

const view = { tabId: null, ownTabId: null, windowId: null, personId: null, person: null, rendering: null, again: false };

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

function flash(node, text) {
  if (node) node.textContent = text;
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
    if (answer.ok) {
      await reloadPerson(`Logged: ${button.textContent.toLowerCase()}.`);
    } else flash(flashNode, answer.error);
  },
  async thisIsMe(button, flashNode) {
    button.disabled = true;
    const answer = await ask({ type: "rapport:me", tabId: view.tabId });
    button.disabled = false;
    flash(flashNode, answer.ok ? "Saved as your own profile. Common ground now compares others with it." : answer.error);
  },
};

async function reloadPerson(message) {
  view.person = null;
  await render();
  if (message) {
    const node = document.querySelector('[data-testid="flash"]');
    if (node) node.textContent = message;
  }
}

function showNotice(notice) {
  const content = $("content");
  clear(content);
  content.append(el("p", { className: notice.error ? "notice error" : "empty", testid: notice.testid ?? "tab-notice", text: notice.text }));
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
    return showStatus("offline", null);
  }
  const kind = state.settings.paused ? "paused" : !state.paired ? "unpaired" : state.companion.kind;
  showStatus(kind, state.companion);
  const guardLine = guardOfflineLine(state.guardOfflineAt);
  $("guard-offline").hidden = !guardLine;
  $("guard-offline").textContent = guardLine ?? "";

  const notice = tabNotice(state.tab, kind);
  if (notice) {
    view.personId = null;
    view.person = null;
    return showNotice(notice);
  }
  if (state.tab.personId !== view.personId || !view.person) {
    if (kind !== "connected") {
      return showNotice({ text: "The companion is away; this profile's details will show when it is back." });
    }
    const answer = await ask({ type: "rapport:person", personId: state.tab.personId });
    if (!answer.ok) return showNotice({ text: answer.error, error: true });
    view.personId = state.tab.personId;
    view.person = answer.person;
    const content = $("content");
    clear(content);
    content.append(renderPerson(answer.person, actions, { meSet: state.companion.me !== false }));
  }
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
      const { settings } = await ext.storage.local.get("settings");
      await ext.storage.local.set({ settings: { ...(settings ?? {}), paused: false } });
    } else if (kind === "offline") {
      await render(true);
    } else {
      await ext.runtime.openOptionsPage();
    }
  });

  ext.storage.onChanged.addListener((changes, area) => {
    const keys = Object.keys(changes);
    const relevant =
      area === "local"
        ? keys.some((k) => ["companion", "settings", "token", "guardOfflineAt"].includes(k))
        : keys.some((k) => k === FOCUS_KEY || k === `tab:${view.tabId}`);
    if (!relevant) return;
    // A changed capture (a new person, a re-capture) or a reconnect should show fresh details.
    if (keys.includes(`tab:${view.tabId}`) || keys.includes(FOCUS_KEY) || keys.includes("companion")) view.person = null;
    render();
  });
  ext.tabs.onActivated.addListener(({ windowId }) => {
    if (view.ownTabId === null && (view.windowId === null || windowId === view.windowId)) {
      view.person = null;
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
