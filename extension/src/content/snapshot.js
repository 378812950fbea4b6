// What the content script collects for a snapshot: the page's title, its metadata (<meta>, canonical
// and alternate links), its JSON-LD, and the serialised profile container. Only native DOM calls run
// here, so a profile view costs a few milliseconds of the page's main thread; the background trims
// the markup (src/shared/snapshot_trim.js) before anything reaches the companion.
(() => {
  const R = globalThis.Rapport;

  // Metadata parsers read, from <head> only: none of the saved pages has any in <body>, and a pass over a
  // whole LinkedIn document costs far more than one over its head. LinkedIn's logged-in head also holds
  // megabytes of app config in <meta>, which KEEP_META and the length cap leave out.
  const HEAD_NODES = 'meta[name], meta[property], meta[itemprop], link[rel="canonical"], link[rel="alternate"]';
  const KEEP_META = /^(og:|twitter:(label|value)|profile:|article:|description$|author$|keywords$|pagekey$|locale$|name$|url$)/i;
  const MAX_META_CONTENT = 4000;

  /** The element holding the profile on this site, or <body>. */
  R.profileRoot = function profileRoot(doc, site) {
    return R.firstMatch(doc, R.SITE_SELECTORS[site]?.main ?? []) ?? doc.body ?? doc.documentElement;
  };

  /** The raw parts of a snapshot: { title, lang, head, jsonLd, body } (markup as the browser serialises it). */
  R.rawSnapshot = function rawSnapshot(doc, site) {
    const head = [];
    for (const node of (doc.head ?? doc).querySelectorAll(HEAD_NODES)) {
      if (node.tagName === "LINK") {
        // Only addresses of the page itself (canonical, at:// identity, RSS), never stylesheets or icons.
        if (/^(https?:|at:)/i.test(node.getAttribute("href") ?? "")) head.push(node.outerHTML);
        continue;
      }
      const key = node.getAttribute("name") ?? node.getAttribute("property") ?? node.getAttribute("itemprop") ?? "";
      if (KEEP_META.test(key) && (node.getAttribute("content") ?? "").length <= MAX_META_CONTENT) head.push(node.outerHTML);
    }
    const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.outerHTML);
    const root = R.profileRoot(doc, site);
    return {
      title: doc.title ?? "",
      lang: doc.documentElement.getAttribute("lang") ?? "",
      head,
      jsonLd,
      body: root === doc.body ? root.innerHTML : root.outerHTML,
    };
  };
})();
