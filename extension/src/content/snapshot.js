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

  // What the browser's serialiser escapes in text and in attribute values (HTML, "serialising HTML
  // fragments"; `<` and `>` in attributes since 2025, which older browsers leave, and parsers read alike).
  const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\u00a0": "&nbsp;" };
  const escapeText = (text) => text.replace(/[&<>\u00a0]/g, (c) => ESCAPES[c]);
  const escapeAttribute = (value) => value.replace(/[&"<>\u00a0]/g, (c) => ESCAPES[c]);

  function startTag(element) {
    let tag = `<${element.localName}`;
    // Names, not `attributes`: iterating that makes an Attr object per attribute.
    for (const name of element.getAttributeNames()) tag += ` ${name}="${escapeAttribute(element.getAttribute(name))}"`;
    return `${tag}>`;
  }

  /**
   * The container's markup as outerHTML (innerHTML for <body>) would write it, except that each post is
   * written as its own tags around only its kept parts, in document order. The browser serialises every
   * subtree holding no post; script writes only the few elements between the container and its posts.
   */
  R.serialiseContainer = function serialiseContainer(root, site) {
    const rule = R.SITE_SELECTORS[site]?.posts;
    const posts = rule ? root.querySelectorAll(rule.item) : [];
    const whole = root === root.ownerDocument.body;
    if (!posts.length) return whole ? root.innerHTML : root.outerHTML;
    const isPost = new Set(posts);
    const holdsPost = new Set();
    for (const post of posts) {
      for (let node = post.parentNode; node && node !== root && !holdsPost.has(node); node = node.parentNode) holdsPost.add(node);
    }
    const out = [];
    const writeChildren = (element) => {
      for (let child = element.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 1) write(child);
        else if (child.nodeType === 3) out.push(escapeText(child.data));
        else if (child.nodeType === 8) out.push(`<!--${child.data}-->`);
      }
    };
    const write = (element) => {
      if (isPost.has(element)) {
        out.push(startTag(element));
        let last = null;
        // In document order, as the parsers' first-match reads expect (browsers return it; jsdom, which the
        // tests run in, returns `:has()` matches after the others).
        const parts = [...element.querySelectorAll(rule.keep)].sort((a, b) => (a.compareDocumentPosition(b) & 2) - 1);
        for (const part of parts) {
          if (last?.contains(part)) continue; // already written inside the part before it
          out.push(part.outerHTML);
          last = part;
        }
        out.push(`</${element.localName}>`);
      } else if (holdsPost.has(element)) {
        out.push(startTag(element));
        writeChildren(element);
        out.push(`</${element.localName}>`);
      } else {
        out.push(element.outerHTML);
      }
    };
    if (whole) {
      writeChildren(root);
    } else {
      out.push(startTag(root));
      writeChildren(root);
      out.push(`</${root.localName}>`);
    }
    return out.join("");
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
      body: R.serialiseContainer(root, site),
    };
  };
})();
