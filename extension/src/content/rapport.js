// Shared helper for Rapport's content scripts (classic scripts in one isolated world; this file is
// listed first in every entry). It defines `globalThis.Rapport` once: later entries reuse it.
// Content scripts never fetch: everything goes to the background with Rapport.ask().
(() => {
  if (globalThis.Rapport) return;
  const ext = globalThis.browser ?? globalThis.chrome;

  const DEFAULT_SITES = { linkedin: true, x: true, bluesky: true, github: true, mastodon: true };

  const Rapport = {
    features: [],

    /** Register a feature: { name, init(signal) }; init runs on every page view, signal aborts on navigation. */
    addFeature(feature) {
      Rapport.features.push(feature);
    },

    /** Send a message to the background; never throws (a reloaded extension answers { ok: false }). */
    async ask(message) {
      try {
        const answer = await ext.runtime.sendMessage(message);
        return answer ?? { ok: false, error: "No answer from the extension." };
      } catch (error) {
        return { ok: false, error: String(error?.message ?? error) };
      }
    },

    /** The user's settings as content scripts need them (paused, site switches, Mastodon hosts). */
    async settings() {
      let raw = null;
      try {
        raw = (await ext.storage.local.get("settings")).settings;
      } catch {
        raw = null;
      }
      return {
        paused: raw?.paused === true,
        sites: { ...DEFAULT_SITES, ...(raw?.sites ?? {}) },
        mastodonInstances: Array.isArray(raw?.mastodonInstances) ? raw.mastodonInstances : [],
      };
    },

    /** A fresh id for one profile view. */
    viewId() {
      return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    },

    /**
     * Call `onChange(url)` whenever the page's URL changes without a reload (LinkedIn, X and GitHub are
     * single-page apps): the Navigation API where there is one, popstate, and a cheap poll as a fallback
     * because the page's own history.pushState calls are invisible from this isolated world.
     */
    watchUrl(onChange, { pollMs = 500, win = globalThis } = {}) {
      let last = win.location.href;
      const check = () => {
        const now = win.location.href;
        if (now !== last) {
          last = now;
          onChange(now);
        }
      };
      win.navigation?.addEventListener?.("navigatesuccess", check);
      win.addEventListener("popstate", check);
      const timer = win.setInterval(check, pollMs);
      return () => {
        win.navigation?.removeEventListener?.("navigatesuccess", check);
        win.removeEventListener("popstate", check);
        win.clearInterval(timer);
      };
    },
  };

  globalThis.Rapport = Rapport;
})();
