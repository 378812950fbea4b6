// What each tab shows (its profile, the capture's progress, the person id), kept in storage.session
// so the side panel pulls it whenever it opens instead of waiting for a message that may never come.

import { sessionArea } from "../shared/browser_api.js";

export const FOCUS_KEY = "focusTabId";
export const PANEL_TABS_KEY = "panelTabIds";
const PREVIOUS_FOCUS_KEY = "previousFocusTabId";

/** The storage key of one tab's state. */
export const tabKey = (tabId) => `tab:${tabId}`;

/** One tab's state, or null. */
export async function getTabState(tabId) {
  const key = tabKey(tabId);
  return (await sessionArea().get(key))[key] ?? null;
}

/** Replace one tab's state (stamped with the time). */
export async function setTabState(tabId, state) {
  await sessionArea().set({ [tabKey(tabId)]: { ...state, tabId, at: Date.now() } });
}

/** Change some fields of a tab's state, only if it still shows the same profile view. */
export async function patchTabState(tabId, viewId, patch) {
  const current = await getTabState(tabId);
  if (!current || current.viewId !== viewId) return false;
  await setTabState(tabId, { ...current, ...patch });
  return true;
}

/** Forget a tab (closed, or navigated to a page capture does not run on). */
export async function clearTabState(tabId) {
  await sessionArea().remove(tabKey(tabId));
}

/** Tabs that are our own panel opened as a page (tests do that); they never become the focus. */
export async function panelTabs() {
  return (await sessionArea().get(PANEL_TABS_KEY))[PANEL_TABS_KEY] ?? [];
}

/** Remember the tab the user looks at, unless it is our own panel. */
export async function setFocus(tabId) {
  if ((await panelTabs()).includes(tabId)) return;
  const current = (await sessionArea().get(FOCUS_KEY))[FOCUS_KEY];
  if (current === tabId) return;
  await sessionArea().set({ [FOCUS_KEY]: tabId, [PREVIOUS_FOCUS_KEY]: current ?? null });
}

/** A panel page opened as a tab registers itself; it took the focus when it opened, so give it back. */
export async function registerPanelTab(tabId) {
  const tabs = await panelTabs();
  if (!tabs.includes(tabId)) await sessionArea().set({ [PANEL_TABS_KEY]: [...tabs, tabId] });
  const stored = await sessionArea().get([FOCUS_KEY, PREVIOUS_FOCUS_KEY]);
  if (stored[FOCUS_KEY] === tabId) await sessionArea().set({ [FOCUS_KEY]: stored[PREVIOUS_FOCUS_KEY] ?? null });
}

