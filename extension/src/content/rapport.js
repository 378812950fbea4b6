// Shared helper for Rapport's content scripts (classic scripts in one isolated world; this file is
// listed first in every entry). It defines `globalThis.Rapport` once: later entries reuse it.
// Content scripts never fetch: everything goes to the background with Rapport.ask().
(() => {
  if (globalThis.Rapport) return;
  const ext = globalThis.browser ?? globalThis.chrome;

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

    /** A fresh id for one profile view. */
    viewId() {
      return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    },

    /**
     * Call `onChange(url)` whenever the page's URL changes without a reload (LinkedIn, X and GitHub are
     * single-page apps). The Navigation API's `navigatesuccess` reaches this isolated world for the page's
     * own history.pushState/replaceState and for back/forward; in a browser without that API, popstate
     * and a cheap poll, since pushState fires no event there.
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
      const navigation = win.navigation;
      if (typeof navigation?.addEventListener === "function") {
        navigation.addEventListener("navigatesuccess", check);
        return () => navigation.removeEventListener("navigatesuccess", check);
      }
      win.addEventListener("popstate", check);
      const timer = win.setInterval(check, pollMs);
      return () => {
        win.removeEventListener("popstate", check);
        win.clearInterval(timer);
      };
    },
  };

  globalThis.Rapport = Rapport;
})();
