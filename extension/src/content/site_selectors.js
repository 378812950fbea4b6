// Each site's selectors, in one place, each with where it applies and since when (checked against the
// saved pages in ../shared/fixtures/real, never against live sites; see SELECTORS.md there).
//   rendered: the profile has rendered once one of these matches (its text also identifies the view,
//             so an in-app navigation waits for the *new* profile instead of the old one still on screen)
//   main:     the element holding the profile itself; the snapshot keeps this and drops the app chrome
//   identity: how the rendered page names whose profile it is (see R.pageIdentity below): `selfLinks`,
//             links only the owner's profile has; `handleText`, elements whose whole text is the handle
//             (with `at`, only when written "@handle"); `name`, the top card's name heading
//   posts:    optional; each `item` in the container (a post) is sent as only its `keep` parts, the ones
//             the site's parser reads (companion/parsers/<site>.py). On X and Bluesky the rest of a post
//             (icons, counters, media, avatars) is most of the container's markup, and serialising it was
//             most of a view's main-thread work. On LinkedIn posts are a third of it, and cutting them
//             cost more script than it saved. tests/test_snapshot_fidelity.py parses each snapshot beside
//             its raw page, so a part a parser starts reading and this leaves out fails there.
(() => {
  const R = globalThis.Rapport;

  R.SITE_SELECTORS = {
    linkedin: {
      rendered: [
        // Logged-in artdeco cards 2022-03 → 2025-04 (h1.text-heading-xlarge until 2024, h1.inline.t-24 in
        // 2025), guest 2015-12 → 2024-04 (h1.top-card-layout__title since 2023; the first <main> of a guest
        // page is the sign-in modal). First, so today's page is found in one pass.
        "main:not(.modal__main) h1",
        ".pv-top-card-section__name", // logged-in Ember, 2017 → 2021
        "#lira-profile #topcard h1", // Recruiter, 2021
        "h1#name", // guest public_profile_v3, 2015-12 → 2016-08
        "#name .full-name", // guest, ≤ 2015-10
        '[componentkey$="Topcard"] h2', // logged-in SDUI, 2026 (known from a read, not a saved page)
        "div.feed-shared-update-v2", // /recent-activity/ page, 2025-04
        "main section ul.pvs-list", // /details/<section>/ sub-pages, 2022-03
      ],
      identity: {
        // The top card's contact-info overlay (logged-in 2018 → 2026) and the cards' "Show all" sub-pages
        // (2022 → 2025): only the owner's profile links to them. Guest pages have none (their head names them).
        selfLinks: 'a[href*="/overlay/contact-info"], a[href*="/detail/contact-info"], a[href*="/in/"][href*="/details/"]',
        // The name headings of the "rendered" list above (not the sub-pages' lists).
        name: [
          "main:not(.modal__main) h1",
          ".pv-top-card-section__name",
          "#lira-profile #topcard h1",
          "h1#name",
          "#name .full-name",
          '[componentkey$="Topcard"] h2',
        ],
      },
      main: [
        "#main-content section.core-rail", // guest 2023 → 2024, without the "people also viewed" rail
        "#main-content", // guest "Profile Not Found" 2024 (the first <main> on guest pages is the sign-in modal)
        // Logged-in 2022-03 → 2025 (main.scaffold-layout__main until 2024-08, hashed classes only in 2025),
        // guest 2015-12 → 2016-08 (main#layout-main).
        "main:not(.modal__main)",
        "#profile-wrapper", // logged-in Ember 2018
        "#lira-profile", // Recruiter 2021
        "#layout-main", // guest 2015-12 → 2016-08, should it ever come without <main>
        ".application-outlet", // logged-in 2022-03 (pages without <main>)
      ],
    },
    x: {
      rendered: [
        '[data-testid="UserName"]', // React twitter.com / x.com, 2022-12 → 2025-12
        'script[data-testid="UserProfileSchema-test"]', // JSON-LD ProfilePage, 2022-12 → 2025-12
        '[data-testid="emptyState"]', // "This account doesn't exist" (the companion says so)
      ],
      main: [
        '[data-testid="primaryColumn"]', // React, 2022-12 → 2025-12
        "main",
      ],
      identity: {
        // React 2022-12 → 2025-12: the header's following/followers links, and "@handle" under the name.
        selfLinks: 'a[href$="/following"], a[href$="/followers"], a[href$="/verified_followers"]',
        handleText: { selector: '[data-testid="UserName"] [dir="ltr"]', at: true }, // its text runs
      },
      // React 2022-12 → 2025-12: a post's text, and its date link (the date, and the status URL whose
      // author tells the owner's posts from reposts). 158 of the 198 KB of a 2025 profile column.
      posts: { item: 'article[data-testid="tweet"]', keep: '[data-testid="tweetText"], a:has(> time)' },
    },
    bluesky: {
      rendered: ['[data-testid="profileHeaderDisplayName"]'], // bsky.app, 2025-04 → 2026-01
      main: ["main"], // react-native-web <main role="main">, 2025-04 → 2026-01
      identity: {
        // 2025-04 → 2026-01: the header's followers/follows links. (Its head comes from the server for the
        // first page opened, so it may name the profile opened before: the rendered links decide.)
        selfLinks: 'a[href$="/followers"], a[href$="/follows"]',
      },
      // 2025-04 → 2026-01: a post's text, and its links to posts (the first is its date, with the date in
      // data-tooltip). 85 of the 130 KB of a 2025 profile's <main>.
      posts: { item: '[data-testid^="feedItem-by-"]', keep: '[data-testid="postText"], a[href*="/post/"]' },
    },
    github: {
      rendered: [
        ".vcard-names", // user page, 2021-05 (read in the search index)
        "ul.vcard-details", // user page sidebar, 2024-12
        'meta[property="profile:username"]', // OpenGraph profile, 2021-05
      ],
      main: ["main", ".application-main"],
      identity: { handleText: { selector: ".p-nickname, .vcard-username", at: false } }, // user page, 2021-05 → 2024-12
    },
    mastodon: {
      // Mastodon: no saved page exists; these come from userscripts [code only, not verified].
      rendered: [".account__header__tabs__name", ".public-account-header__tabs__name", ".account__header"],
      main: [".columns-area__panels__main", "main", ".public-layout"],
    },
  };

  /** The first element matching any of the selectors, in order. */
  R.firstMatch = function firstMatch(root, selectors) {
    for (const selector of selectors) {
      const found = root.querySelector(selector);
      if (found) return found;
    }
    return null;
  };

  /** What identifies the rendered profile (the name heading's text), or null while it has not rendered. */
  R.renderedSignature = function renderedSignature(doc, site) {
    const found = R.firstMatch(doc, R.SITE_SELECTORS[site]?.rendered ?? []);
    if (!found) return null;
    const text = found.tagName === "META" ? found.getAttribute("content") : found.textContent;
    return `${found.tagName}:${(text ?? "").trim().slice(0, 200)}`;
  };

  const anyRenderedSelector = new Map();

  /**
   * Whether any of the site's "rendered" selectors matches: one pass over the document with the whole list,
   * cheaper than renderedSignature's pass per selector while a single-page app has not rendered yet (and
   * dearer once it has: the list is then matched against every element up to the first hit).
   */
  R.anyRendered = function anyRendered(doc, site) {
    const selectors = R.SITE_SELECTORS[site]?.rendered ?? [];
    if (!selectors.length) return false;
    if (!anyRenderedSelector.has(site)) anyRenderedSelector.set(site, selectors.join(", "));
    return doc.querySelector(anyRenderedSelector.get(site)) !== null;
  };

  // ------------------------------------------------------------------ whose profile the page shows
  // A single-page app changes its address first and renders the next profile later; a snapshot taken in
  // between would file one person's page under another's address. The page names its owner in the
  // rendered profile (its own links, "@handle"), its title and its head, trusted in that order (an app may
  // leave its title or head as they were for the first page opened); capture waits until they name the
  // profile at the address. The companion checks the same before it stores anything
  // (companion/parsers/identity.py).

  const decode = (s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
  const X_HOSTS = new Set(["x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com"]);
  const PLACEHOLDER = "rapport.invalid";

  /** The profile an address (absolute or site-relative) names on `site`, lower-case; null when none. */
  R.handleFromHref = function handleFromHref(site, href) {
    let url;
    try {
      url = new URL(String(href ?? ""), `https://${PLACEHOLDER}/`);
    } catch {
      return null;
    }
    const host = url.hostname.toLowerCase().replace(/^www\./, "");
    const own = (test) => host === PLACEHOLDER || test(host);
    let match;
    switch (site) {
      case "linkedin":
        if (!own((h) => h === "linkedin.com" || h.endsWith(".linkedin.com"))) return null;
        match = /^\/(?:public-profile\/)?in\/([^/?#]+)/.exec(url.pathname);
        return match ? decode(match[1]).trim().toLowerCase() || null : null;
      case "x": {
        if (!own((h) => X_HOSTS.has(h))) return null;
        const first = url.pathname.split("/").find(Boolean) ?? "";
        return X_HANDLE.test(first) ? first.toLowerCase() : null;
      }
      case "bluesky":
        if (!own((h) => h === "bsky.app" || h === "staging.bsky.app")) return null;
        match = /^\/profile\/([A-Za-z0-9][A-Za-z0-9.:%\-]*)(?:\/|$)/.exec(url.pathname);
        return match ? decode(match[1]).toLowerCase() : null;
      case "github": {
        if (!own((h) => h === "github.com")) return null;
        const parts = url.pathname.split("/").filter(Boolean);
        return parts.length === 1 && /^[A-Za-z0-9-]{1,39}$/.test(parts[0]) ? parts[0].toLowerCase() : null;
      }
      default:
        return null;
    }
  };

  // Sites whose pages name their owner by address; on the others (Mastodon) only the name can tell.
  const BY_ADDRESS = new Set(["linkedin", "x", "bluesky", "github"]);

  /** An address by id (LinkedIn's /in/ACoAA… member ids, Bluesky's DIDs), which pages name by handle instead. */
  R.opaqueHandle = (site, handle) =>
    (site === "linkedin" && /^acoa[a-z0-9_-]{20,}$/i.test(handle ?? "")) || (site === "bluesky" && /^did:/.test(handle ?? ""));

  const unique = (values) => [...new Set(values.filter(Boolean))];

  /** The name a LinkedIn title gives: "(3) Jane Doe | LinkedIn", "Experience | Jane Doe | LinkedIn". */
  function linkedinTitleName(title) {
    const parts = String(title ?? "").replace(/^\(\d+\+?\)\s*/, "").split("|").map((part) => part.trim());
    return parts.length >= 2 && parts.at(-1).toLowerCase() === "linkedin" && parts.at(-2) ? parts.at(-2) : null;
  }

  /** Handles the title names: "Jane (@jane) / X", "Jane (@jane.bsky.social) — Bluesky", "jane (Jane) · GitHub". */
  function titleHandle(site, title) {
    let match = null;
    if (site === "x") match = /\(@([A-Za-z0-9_]{1,15})\)/.exec(title);
    else if (site === "bluesky") match = /\(@([A-Za-z0-9][A-Za-z0-9.:\-]*)\)/.exec(title);
    else if (site === "github") match = /^([A-Za-z0-9-]{1,39})(?: \([^)]*\))? · GitHub/.exec(title);
    return match ? match[1].toLowerCase() : null;
  }

  /**
   * Whose profile the page says it shows: { own, title, head, name, titleName, signature }. `own`: handles
   * named by the rendered profile (its self-links, "@handle" under the name), what a snapshot holds; `title`:
   * the handle the title names; `head`: those the canonical link and og:url name, which an app may leave as
   * they were for the first page opened (`headLinks`: [handle, href] of each). `signature`: renderedSignature,
   * null while nothing has rendered.
   */
  R.pageIdentity = function pageIdentity(doc, site) {
    const rule = R.SITE_SELECTORS[site]?.identity ?? {};
    const signature = R.renderedSignature(doc, site);
    const root = R.profileRoot(doc, site);
    const own = [];
    if (rule.selfLinks) {
      for (const link of root.querySelectorAll(rule.selfLinks)) own.push(R.handleFromHref(site, link.getAttribute("href")));
    }
    if (rule.handleText) {
      const pattern = rule.handleText.at ? /^@([A-Za-z0-9_-]{1,39})$/ : /^@?([A-Za-z0-9_-]{1,39})$/;
      for (const node of root.querySelectorAll(rule.handleText.selector)) {
        const match = pattern.exec((node.textContent ?? "").trim());
        if (match) own.push(match[1].toLowerCase());
      }
    }
    const head = [];
    const headLinks = []; // [handle, href]: the address itself, for a profile read under the one its head names
    const where = doc.head ?? doc;
    for (const node of where.querySelectorAll('link[rel="canonical"], meta[property="og:url"], meta[name="og:url"]')) {
      const href = node.getAttribute("href") ?? node.getAttribute("content");
      head.push(R.handleFromHref(site, href));
      headLinks.push([head.at(-1), href]);
    }
    const nameNode = rule.name ? R.firstMatch(doc, rule.name) : null;
    return {
      own: unique(own),
      title: titleHandle(site, doc.title ?? ""),
      head: unique(head),
      headLinks,
      name: nameNode ? (nameNode.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 200) || null : null,
      titleName: site === "linkedin" ? linkedinTitleName(doc.title) : null,
      signature,
    };
  };

  /** LinkedIn member ids (or Bluesky DIDs) the page pairs with its owner: only looked for on an address by id. */
  function pairedIds(doc, site, own) {
    const ids = [];
    if (site === "linkedin") {
      const root = R.profileRoot(doc, site);
      for (const link of root.querySelectorAll('a[href*="ACoA"]')) {
        const href = link.getAttribute("href") ?? "";
        if (!own.includes(R.handleFromHref(site, href))) continue;
        const match = /[?&;](?:miniProfileUrn|profileUrn)=urn(?::|%3A)li(?::|%3A)fsd?_(?:profile|miniProfile)(?::|%3A)(ACoA[\w-]{20,80})|[?&;]profileId=(ACoA[\w-]{20,80})/.exec(href);
        if (match) ids.push((match[1] ?? match[2]).toLowerCase());
      }
    } else if (site === "bluesky") {
      for (const link of (doc.head ?? doc).querySelectorAll('link[rel="alternate"]')) {
        const match = /did:[a-z]+:[A-Za-z0-9._:%-]+/.exec(link.getAttribute("href") ?? "");
        if (match) ids.push(decode(match[0]).toLowerCase());
      }
    }
    return unique(ids);
  }

  const words = (name) =>
    String(name ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

  /** Whether two renderings of a name can be one person's: the words of the shorter appear in the longer, in order. */
  R.namesAgree = function namesAgree(a, b) {
    const [left, right] = [words(a), words(b)];
    if (!left.length || !right.length) return true;
    const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
    let at = 0;
    return shorter.every((word) => {
      while (at < longer.length && longer[at] !== word) at++;
      return at++ < longer.length;
    });
  };

  /**
   * A page the site served at this very address (`loadedHere`: loaded there, no in-app navigation since, so its head
   * is its own, never left over) whose head names one other address, with nothing rendered naming a third: that
   * profile, reached by another address (a renamed handle, an alias; newcomer 11, C5), once checkIdentity's checks of
   * an unconfirmed page (title and top card agree) pass.
   */
  const sameUnderAnotherAddress = (identity) =>
    !identity.own.length && identity.head.length === 1 && (!identity.title || identity.title === identity.head[0]);

  /** The head's own address for `handle` (its canonical link or og:url) when it is a profile on `site`, else null. */
  function headUrl(doc, identity, site, handle) {
    for (const [named, href] of identity.headLinks) {
      if (named !== handle) continue;
      try {
        const url = new URL(href, doc.URL).href;
        if (R.recogniseProfile(url, [new URL(doc.URL).hostname])?.site === site) return url;
      } catch {
        // not an address
      }
    }
    return null;
  }

  /**
   * Whether the page shows the profile at `profile` ({site, key, handle}, from its address):
   *   { ok: true, confirmed, identity }                when it does (confirmed: the page names the address)
   *   { ok: false, why, shows?, identity }             when not (yet): why is "not-rendered", "other-profile"
   *                                                    (shows: the handle it names), "switching" (title and
   *                                                    top card name different people) or "unchanged"
   * `previous`: { key, signature, name } of the profile this tab showed before, or null. Without an address
   * on the page, a profile that still looks like the previous one is that one, not yet the new one.
   * `loadedHere`: the document was loaded at this address; then a head naming one other address is that profile
   * (sameUnderAnotherAddress): { ok: true, confirmed: false, canonical: the handle it names, canonicalUrl: the head's
   * address for it, or null }.
   */
  R.checkIdentity = function checkIdentity(doc, profile, previous = null, { loadedHere = false } = {}) {
    const { site, handle: want } = profile;
    const identity = R.pageIdentity(doc, site);
    if (!identity.signature) return { ok: false, why: "not-rendered", identity };
    let confirmed = false;
    let canonical = null;
    if (R.opaqueHandle(site, want)) {
      const ids = pairedIds(doc, site, identity.own);
      confirmed = ids.includes(want);
      // LinkedIn's ids come from the rendered profile's own links; Bluesky's from the head, which may be stale.
      if (site === "linkedin" && ids.length && !confirmed) return { ok: false, why: "other-profile", shows: identity.own[0] ?? null, identity };
    } else if (BY_ADDRESS.has(site)) {
      // The rendered profile decides; the title when it names no one; the head (maybe stale) last.
      const named = [identity.own, identity.title ? [identity.title] : [], identity.head].find((list) => list.length) ?? [];
      const other = named.find((h) => h !== want);
      if (other && loadedHere && !previous && sameUnderAnotherAddress(identity)) canonical = other;
      else if (other) return { ok: false, why: "other-profile", shows: other, identity };
      confirmed = named.includes(want);
    }
    if (!confirmed) {
      if (identity.name && identity.titleName && !R.namesAgree(identity.name, identity.titleName)) {
        // Under another address, the page names that one (said as such), not someone half rendered.
        if (canonical) return { ok: false, why: "other-profile", shows: canonical, identity };
        return { ok: false, why: "switching", identity };
      }
      if (previous && previous.key !== profile.key && previous.signature === identity.signature) {
        return { ok: false, why: "unchanged", shows: previous.name ?? null, identity };
      }
    }
    if (canonical) return { ok: true, confirmed, identity, canonical, canonicalUrl: headUrl(doc, identity, site, canonical) };
    return { ok: true, confirmed, identity };
  };
})();
