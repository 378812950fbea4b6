// Feature: capture the profile the user is looking at, once per profile view.
// Runs on: www.linkedin.com, x.com, twitter.com, bsky.app, github.com, and the Mastodon instances the
// user added. Waits (up to timing.renderTimeoutMs) for the profile to render, and in single-page apps for
// the *new* profile to replace the old one, then sends the snapshot's raw parts to the background, which trims them.
(() => {
  const R = globalThis.Rapport;

  // renderTimeoutMs: how long to wait for a profile to render. sameSignatureGraceMs: after this long, a
  // profile that looks like the previous one is taken as it is (same name, or back to the same person).
  const timing = (R.captureTiming ??= { renderTimeoutMs: 10_000, pollMs: 100, sameSignatureGraceMs: 2_500 });

  const view = { key: null, signature: null };

  // Marks each span of this script's main-thread work in a DevTools performance recording (a trace
  // event, no console output): `make bench` sums the thread CPU time between the marks.
  const mark = (label) => console.timeStamp?.(label);

  const sleep = (ms, signal) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener("abort", () => {
        clearTimeout(timer);
        resolve();
      }, { once: true });
    });

  /** Wait until the profile has rendered; returns {signature} (null when it never rendered in time), or null when aborted. */
  async function waitForProfile(site, previousSignature, signal) {
    const started = Date.now();
    for (let poll = 0; !signal.aborted; poll++) {
      mark("rapport:work-begin");
      // After a miss, one pass with all the selectors says "still nothing" for less than a pass per selector.
      const signature = poll === 0 || R.anyRendered(document, site) ? R.renderedSignature(document, site) : null;
      mark("rapport:work-end");
      const waited = Date.now() - started;
      if (signature && (signature !== previousSignature || waited >= timing.sameSignatureGraceMs)) return { signature };
      if (waited >= timing.renderTimeoutMs) return { signature }; // sent anyway: the companion says what is missing
      await sleep(timing.pollMs, signal);
    }
    return null;
  }

  // These scripts run on the built-in sites and on the Mastodon instances the user added (registered at
  // run time, for those hosts only), so any other host here is one of those instances. Whether to capture
  // at all (paused, a site switched off) is the background's answer to rapport:page.
  const recognise = (href) => R.recogniseProfile(href, [location.hostname]);

  async function init(signal) {
    const url = location.href;
    const profile = recognise(url);
    if (!profile) {
      // Feed, messaging, search...: never captured. Coming back to a profile later is a new view.
      view.key = null;
      view.signature = null;
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

    const rendered = await waitForProfile(profile.site, view.signature, signal);
    if (!rendered || signal.aborted) {
      if (view.key === profile.key) view.key = null; // left before it rendered: not captured
      return;
    }
    mark("rapport:work-begin");
    const snapshot = R.rawSnapshot(document, profile.site);
    mark("rapport:snapshot-taken");
    view.signature = rendered.signature;
    // Not awaited before the mark: handing the snapshot to the messaging layer is main-thread work too.
    const sent = R.ask({
      type: "rapport:capture",
      url: location.href,
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
