// What the content script collects for a snapshot: the page's title, its metadata (<meta>, canonical
// and alternate links), its JSON-LD, and the serialised profile container. Only native DOM calls run
// here, so a profile view costs a few milliseconds of the page's main thread; the background trims
// the markup (src/shared/snapshot_trim.js) before anything reaches the companion.
(() => {
  const R = globalThis.Rapport;

  // What parsers read from <head>: metadata and JSON-LD (none of the saved pages has any in <body>, and
  // capture drops the body's scripts anyway). KEEP_META and the length cap decide which <meta> are kept;
  // the selector only narrows the head down to a superset of those first, in the browser's selector
  // engine: LinkedIn's logged-in head holds 140 <meta> of app config (megabytes), and reading each one
  // from script cost about half a millisecond per view.
  const KEEP_META = /^(og:|twitter:(label|value)|profile:|article:|description$|author$|keywords$|pagekey$|locale$|name$|url$)/i;
  const MAX_META_CONTENT = 4000;
  const HEAD_NODES = [
    "meta[property]", // key = name ?? property ?? itemprop: a <meta> without a kept name is judged below
    "meta[itemprop]",
    ...["og:", "twitter:", "profile:", "article:"].map((prefix) => `meta[name^="${prefix}" i]`),
    ...["description", "author", "keywords", "pagekey", "locale", "name", "url"].map((name) => `meta[name="${name}" i]`),
    'link[rel="canonical"]',
    'link[rel="alternate"]',
    'script[type="application/ld+json"]',
  ].join(", ");

  /** The element holding the profile on this site, or <body>. */
  R.profileRoot = function profileRoot(doc, site) {
    return R.firstMatch(doc, R.SITE_SELECTORS[site]?.main ?? []) ?? doc.body ?? doc.documentElement;
  };

  /** The raw parts of a snapshot: { title, lang, head, jsonLd, body } (markup as the browser serialises it). */
  R.rawSnapshot = function rawSnapshot(doc, site) {
    const head = [];
    const jsonLd = [];
    for (const node of (doc.head ?? doc).querySelectorAll(HEAD_NODES)) {
      const tag = node.localName;
      if (tag === "script") {
        jsonLd.push(node.outerHTML);
      } else if (tag === "link") {
        // Only addresses of the page itself (canonical, at:// identity, RSS), never stylesheets or icons.
        if (/^(https?:|at:)/i.test(node.getAttribute("href") ?? "")) head.push(node.outerHTML);
      } else {
        const key = node.getAttribute("name") ?? node.getAttribute("property") ?? node.getAttribute("itemprop") ?? "";
        if (KEEP_META.test(key) && (node.getAttribute("content") ?? "").length <= MAX_META_CONTENT) head.push(node.outerHTML);
      }
    }
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
