// Each site's selectors, in one place, each with where it applies and since when (checked against the
// saved pages in ../shared/fixtures/real, never against live sites; see SELECTORS.md there).
//   rendered: the profile has rendered once one of these matches (its text also identifies the view,
//             so an in-app navigation waits for the *new* profile instead of the old one still on screen)
//   main:     the element holding the profile itself; the snapshot keeps this and drops the app chrome
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
      // React 2022-12 → 2025-12: a post's text, and its date link (the date, and the status URL whose
      // author tells the owner's posts from reposts). 158 of the 198 KB of a 2025 profile column.
      posts: { item: 'article[data-testid="tweet"]', keep: '[data-testid="tweetText"], a:has(> time)' },
    },
    bluesky: {
      rendered: ['[data-testid="profileHeaderDisplayName"]'], // bsky.app, 2025-04 → 2026-01
      main: ["main"], // react-native-web <main role="main">, 2025-04 → 2026-01
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
})();
