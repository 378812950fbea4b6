// The send guard's switches, read from storage.local: settings.paused (one switch for the whole extension:
// paused, the guard reads no draft at all) and settings.guardIndicator (the badge while typing), followed
// as they change, from any page, without a reload. Also tells when the companion is back ("companion"
// turns connected), so the page's "not checked" notice goes away. Classic content script (after
// guard_view.js); it defines globalThis.RapportGuardSwitch and nothing else.
(function defineRapportGuardSwitch(root) {
  "use strict";

  const api = root.browser ?? root.chrome;
  const view = root.RapportGuardView;
  const storage = api && api.storage && api.storage.local ? api.storage : null;
  const SETTINGS_KEY = "settings"; // extension/src/shared/settings.js
  const COMPANION_KEY = "companion"; // extension/src/background/companion_link.js

  // Until storage answers (a few ms after document_start) the guard works as on a fresh install.
  let state = view.guardSwitch(null);
  const listeners = new Set();
  const reconnectListeners = new Set();

  function set(settings) {
    const next = view.guardSwitch(settings);
    if (next.paused === state.paused && next.indicator === state.indicator) return;
    state = next;
    for (const fn of listeners) fn(state);
  }

  if (storage) {
    try {
      Promise.resolve(storage.local.get(SETTINGS_KEY)).then((got) => set(got && got[SETTINGS_KEY]), () => {});
      storage.onChanged.addListener((changes, area) => {
        if (area !== "local") return;
        if (changes[SETTINGS_KEY]) set(changes[SETTINGS_KEY].newValue);
        const companion = changes[COMPANION_KEY] && changes[COMPANION_KEY].newValue;
        if (companion && companion.kind === "connected") for (const fn of reconnectListeners) fn();
      });
    } catch (_) {
      // the extension was reloaded under the page: keep the defaults
    }
  }

  root.RapportGuardSwitch = Object.freeze({
    /** {paused, indicator} as stored now. */
    current: () => state,
    /** Calls fn({paused, indicator}) whenever either changes. */
    onChange: (fn) => listeners.add(fn),
    /** Calls fn() when the companion is reachable again. */
    onReconnect: (fn) => reconnectListeners.add(fn),
  });
})(globalThis);
