// Feature: capture the profile the user is looking at, once per profile view.
// Runs on: www.linkedin.com, x.com, twitter.com, bsky.app, github.com, and the Mastodon instances the
// user added. Captures only once the page shows the profile at its address (R.checkIdentity: its own
// links, title and head name it, or, where a page names no address, it is no longer the profile shown
// before): single-page apps change the address first and render the next profile later. It waits, woken
// by DOM changes, up to timing.renderTimeoutMs; failing that it sends nothing and tells the background
// why, for the panel. Then it sends the snapshot's raw parts to the background, which trims them.
(() => {
  const R = globalThis.Rapport;

  // renderTimeoutMs: how long to wait for the page to show the profile at its address. settleMs: after a
  // DOM change, how long to let the app go on rendering before looking again (one look per burst).
  // quietMs: on a page loaded at its address (no in-app navigation to wait for), how long a page that names another
  // profile or none may stay still before Rapport says it cannot read it, rather than the full renderTimeoutMs (6 s,
  // not less: a slow network may leave a loaded page still for seconds before its profile arrives).
  const timing = (R.captureTiming ??= { renderTimeoutMs: 10_000, settleMs: 60, quietMs: 6_000 });

  /**
   * Whether this document was loaded at `url` itself (the navigation entry's address): then its head is the site's
   * answer for this address, never one left from an earlier page of a single-page app.
   */
  const loadedAt = (url) => {
    try {
      return globalThis.performance?.getEntriesByType?.("navigation")?.[0]?.name === url;
    } catch {
      return false;
    }
  };

  // Whether the next init is this document's first: only its first view can be the page the site served at its
  // address. After any in-app navigation, even Back to the address loaded, the head may be one left from another
  // profile (and the navigation entry's name never changes with pushState).
  let firstInit = true;

  // key: the profile view being handled. shown: { key, signature, name } of the profile last captured in
  // this tab, which a page that names no address must no longer look like.
  const view = { key: null, shown: null };

  // Marks each span of this script's main-thread work in a DevTools performance recording (a trace
  // event, no console output): `make bench` sums the thread CPU time between the marks.
  const mark = (label) => console.timeStamp?.(label);

  /**
   * Wait until the page shows `profile`: resolves R.checkIdentity's { ok: true, ... }, its last
   * { ok: false, why, ... } once timing.renderTimeoutMs has passed, or null when aborted (navigated away).
   * A MutationObserver wakes it; nothing runs while the page is still.
   */
  function waitForIdentity(profile, signal, loadedHere = false) {
    const started = Date.now();
    return new Promise((resolve) => {
      let last = null;
      let done = false;
      let observer = null;
      let settle = null;
      let deadline = null;
      let quiet = null;
      // A page loaded at this address that stays still is done rendering: it is answered within seconds (newcomer
      // 11, C5), not after the time an in-app navigation may need.
      const stillFor = () => {
        if (!loadedHere || !timing.quietMs) return;
        clearTimeout(quiet);
        quiet = setTimeout(() => {
          if (document.readyState !== "complete") return stillFor();
          look();
          if (!last.ok) last.waitedMs = Date.now() - started; // less than renderTimeoutMs: said as waited
          finish(last);
        }, timing.quietMs);
      };
      const finish = (result) => {
        if (done) return;
        done = true;
        observer?.disconnect();
        clearTimeout(settle);
        clearTimeout(deadline);
        clearTimeout(quiet);
        signal.removeEventListener("abort", onAbort);
        resolve(result);
      };
      const onAbort = () => finish(null);
      const look = () => {
        settle = null;
        if (done) return;
        mark("rapport:work-begin");
        // While nothing has rendered, one pass with all the selectors says "still nothing" for less.
        if (last?.why !== "not-rendered" || R.anyRendered(document, profile.site)) {
          last = R.checkIdentity(document, profile, view.shown, { loadedHere });
        }
        mark("rapport:work-end");
        if (last.ok) finish(last);
      };
      if (signal.aborted) return finish(null);
      signal.addEventListener("abort", onAbort, { once: true });
      look();
      if (done) return;
      observer = new MutationObserver(() => {
        settle ??= setTimeout(look, timing.settleMs);
        stillFor();
      });
      stillFor();
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ["href", "content"],
      });
      deadline = setTimeout(() => {
        look();
        finish(last);
      }, timing.renderTimeoutMs);
    });
  }

  // These scripts run on the built-in sites and on the Mastodon instances the user added (registered at
  // run time, for those hosts only), so any other host here is one of those instances. Whether to capture
  // at all (paused, a site switched off) is the background's answer to rapport:page.
  const recognise = (href) => R.recogniseProfile(href, [location.hostname]);

  async function init(signal) {
    const url = location.href;
    const loadedHere = firstInit && loadedAt(url);
    firstInit = false;
    const profile = recognise(url);
    if (!profile) {
      // Feed, messaging, search...: never captured. Coming back to a profile later is a new view.
      view.key = null;
      view.shown = null;
      R.ask({ type: "rapport:page", url });
      return;
    }
    if (profile.key === view.key) return; // a tab or overlay inside the same profile view
    view.key = profile.key;
    const viewId = R.viewId();
    // Awaited, so the background records the view before its capture arrives (never after it).
    const answer = await R.ask({ type: "rapport:page", url, site: profile.site, key: profile.key, viewId });
    if (signal.aborted) {
      if (view.key === profile.key) view.key = null;
      return;
    }
    if (!answer.capture) return; // paused, the site switched off, or the extension is not answering

    const seen = await waitForIdentity(profile, signal, loadedHere);
    if (!seen || signal.aborted) {
      if (view.key === profile.key) view.key = null; // left before it rendered: not captured
      return;
    }
    if (!seen.ok) {
      // The page never showed this profile in time: nothing is sent, and the panel says why. The next
      // navigation, even inside this profile, tries again.
      if (view.key === profile.key) view.key = null;
      R.ask({
        type: "rapport:not-captured",
        url,
        site: profile.site,
        key: profile.key,
        viewId,
        why: seen.why,
        shows: seen.shows ?? null,
        name: seen.identity?.name ?? null,
        waitedMs: seen.waitedMs ?? timing.renderTimeoutMs,
      });
      return;
    }
    mark("rapport:work-begin");
    const snapshot = R.rawSnapshot(document, profile.site);
    mark("rapport:snapshot-taken");
    view.shown = { key: profile.key, signature: seen.identity.signature, name: seen.identity.name };
    // Not awaited before the mark: handing the snapshot to the messaging layer is main-thread work too.
    const sent = R.ask({
      type: "rapport:capture",
      // A profile served under another address is read at the address its page names (the companion checks it).
      url: seen.canonicalUrl || location.href,
      site: profile.site,
      key: profile.key,
      viewId,
      snapshot,
    });
    mark("rapport:capture-end");
    await sent;
  }

  R.addFeature({ name: "capture", init });

  // "This is me" in the side panel asks the tab for its current snapshot.
  const ext = globalThis.browser ?? globalThis.chrome;
  ext.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (message?.type !== "rapport:snapshot") return false;
    const profile = recognise(location.href);
    if (!profile) sendResponse({ ok: false, error: "This tab is not showing a profile." });
    else sendResponse({ ok: true, url: location.href, site: profile.site, snapshot: R.rawSnapshot(document, profile.site) });
    return false;
  });
})();
