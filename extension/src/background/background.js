// The background (Chrome: service worker; Firefox: event page). The browser may stop it at any time,
// so every listener is registered at the top level and every piece of state lives in storage.

import { ext } from "../shared/browser_api.js";
import { loadSettings, normaliseSettings } from "../shared/settings.js";
import { refreshCompanion } from "./companion_link.js";
import { handleMessage } from "./messages.js";
import { syncMastodonScripts } from "./mastodon_scripts.js";
import { clearTabState, getTabState, setFocus } from "./tab_state.js";

const FRESH_STATE_MS = 1500;

const RETRY_ALARM = "rapport-retry";

function setUpPanelAndAlarm() {
  // Chrome: the toolbar button opens the side panel. Firefox has sidebarAction instead (below).
  ext.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});
  // Notices the companion starting after the browser, and sends queued captures, without a reload.
  ext.alarms.create(RETRY_ALARM, { periodInMinutes: 0.5 });
}

ext.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  handleMessage(msg, sender).then(sendResponse, (error) => sendResponse({ ok: false, error: String(error) }));
  return true; // answers asynchronously
});

ext.runtime.onInstalled.addListener(async (details) => {
  setUpPanelAndAlarm();
  if (details.reason === "install") await ext.runtime.openOptionsPage();
  await syncMastodonScripts(await loadSettings(ext.storage.local));
  refreshCompanion();
});

ext.runtime.onStartup.addListener(() => {
  setUpPanelAndAlarm();
  refreshCompanion();
});

ext.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === RETRY_ALARM) refreshCompanion();
});

ext.action?.onClicked?.addListener(() => {
  // Only reached where the action has no panel behaviour (Firefox): open the sidebar from the gesture.
  ext.sidebarAction?.toggle?.();
});

ext.tabs.onActivated.addListener(({ tabId }) => {
  setFocus(tabId);
});

ext.tabs.onRemoved.addListener((tabId) => {
  clearTabState(tabId);
});

ext.tabs.onUpdated.addListener(async (tabId, changeInfo) => {
  // A navigation starts: what the tab showed is gone. A state written in the last moment comes from
  // the content script reporting this very navigation (in-app ones also fire "loading"): keep it.
  if (changeInfo.status !== "loading") return;
  const state = await getTabState(tabId);
  if (state && Date.now() - state.at > FRESH_STATE_MS) await clearTabState(tabId);
});

ext.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && changes.settings) {
    syncMastodonScripts(normaliseSettings(changes.settings.newValue))
      .catch(() => {});
    if (changes.settings.oldValue?.port !== changes.settings.newValue?.port) refreshCompanion();
  }
});

ext.permissions?.onAdded?.addListener(async () => {
  await syncMastodonScripts(await loadSettings(ext.storage.local));
});
