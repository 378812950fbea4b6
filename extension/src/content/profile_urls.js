// Which URLs are profile views, and which profile: { site, key, handle } or null.
// The key names one profile view: tabs inside a profile (X's /media, LinkedIn's contact-info overlay,
// GitHub's ?tab=) keep the key, so a profile is captured once per view, not once per click.
(() => {
  const R = globalThis.Rapport;

  // x.com/<first segment> that are app pages, never handles.
  const X_RESERVED = new Set(
    ("home explore messages i search settings notifications compose login logout signup signin tos privacy " +
      "jobs bookmarks communities premium premium_sign_up hashtag intent share account lists topics " +
      "verified-choose grok download about rules oauth pricing business safety help connect_people " +
      "who_to_follow creator-subscriptions analytics live spaces sw.js manifest.json").split(" "),
  );
  // Tabs of an X profile that still show the profile header.
  const X_PROFILE_TABS = new Set(["", "with_replies", "media", "likes", "highlights", "articles", "superfollows", "affiliates", "photo", "header_photo"]);

  // github.com/<first segment> that are product pages, never users.
  const GITHUB_RESERVED = new Set(
    ("about account apps blog business codespaces collections contact copilot customer-stories dashboard " +
      "enterprise events explore features gist github issues join login logout marketplace new notifications " +
      "orgs organizations pricing pulls readme search security sessions settings site sitemap sponsors stars " +
      "team topics trending watching users nonprofit education resources solutions partners premium-support " +
      "mobile home discussions downloads signup password_reset open-source accelerator why-github status " +
      "terms privacy").split(" "),
  );

  // LinkedIn serves the same public profiles at www. and at country hosts (se., uk., de., ... two letters),
  // where search engines and logged-out visitors land; other subdomains (business., learning.) are not profiles.
  const isLinkedInHost = (host) => host === "www.linkedin.com" || host === "linkedin.com" || /^[a-z]{2}\.linkedin\.com$/.test(host);

  const segmentsOf = (pathname) => pathname.split("/").filter(Boolean);
  const decode = (s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };

  function linkedin(url) {
    const [first, slug, ...rest] = segmentsOf(url.pathname);
    if (first !== "in" || !slug) return null;
    const id = decode(slug).toLowerCase();
    if (rest.length === 0 || rest[0] === "overlay") return { site: "linkedin", key: `linkedin:${id}`, handle: id };
    if (rest[0] === "details" && rest[1]) return { site: "linkedin", key: `linkedin:${id}/details/${rest[1]}`, handle: id };
    if (rest[0] === "recent-activity") return { site: "linkedin", key: `linkedin:${id}/recent-activity`, handle: id };
    return null;
  }

  function x(url) {
    const [handle, tab = "", ...rest] = segmentsOf(url.pathname);
    if (!handle || !/^[A-Za-z0-9_]{1,15}$/.test(handle) || X_RESERVED.has(handle.toLowerCase())) return null;
    if (rest.length || !X_PROFILE_TABS.has(tab)) return null; // status pages, followers lists...
    const id = handle.toLowerCase();
    return { site: "x", key: `x:${id}`, handle: id };
  }

  function bluesky(url) {
    const [first, actor, ...rest] = segmentsOf(url.pathname);
    if (first !== "profile" || !actor || rest.length) return null;
    const id = decode(actor).toLowerCase();
    return { site: "bluesky", key: `bluesky:${id}`, handle: id };
  }

  function github(url) {
    const segments = segmentsOf(url.pathname);
    if (segments.length !== 1) return null; // repos, settings, ...
    const user = segments[0];
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(user) || GITHUB_RESERVED.has(user.toLowerCase())) return null;
    const id = user.toLowerCase();
    return { site: "github", key: `github:${id}`, handle: id };
  }

  function mastodon(url) {
    const [account, tab, ...rest] = segmentsOf(url.pathname);
    if (!account || !/^@[A-Za-z0-9_]+(@[a-z0-9.-]+)?$/i.test(decode(account))) return null;
    if (rest.length || (tab !== undefined && !["with_replies", "media", "featured"].includes(tab))) return null;
    const id = `${decode(account).toLowerCase()}`;
    return { site: "mastodon", key: `mastodon:${url.hostname}/${id}`, handle: id };
  }

  /**
   * The profile a URL shows, or null. `mastodonHosts`: hosts to read as Mastodon instances (capture passes
   * its own page's host: besides the built-in sites, it runs only on the instances the user added).
   */
  R.recogniseProfile = function recogniseProfile(href, mastodonHosts = []) {
    let url;
    try {
      url = new URL(href);
    } catch {
      return null;
    }
    if (url.protocol !== "https:") return null;
    const host = url.hostname.toLowerCase();
    if (isLinkedInHost(host)) return linkedin(url);
    if (host === "x.com" || host === "twitter.com" || host === "mobile.twitter.com") return x(url);
    if (host === "bsky.app") return bluesky(url);
    if (host === "github.com") return github(url);
    if (mastodonHosts.includes(host)) return mastodon(url);
    return null;
  };
})();

// Examples (checked in extension/test/profile_urls.test.mjs):
//   https://www.linkedin.com/in/jane-doe/           → linkedin:jane-doe
//   https://se.linkedin.com/in/kekayan               → linkedin:kekayan
//   https://www.linkedin.com/feed/                   → null
//   https://x.com/Kikobeats/media                    → x:kikobeats
//   https://x.com/Kikobeats/status/123               → null
//   https://bsky.app/profile/stephenking.bsky.social → bluesky:stephenking.bsky.social
//   https://github.com/torvalds?tab=repositories     → github:torvalds
//   https://mastodon.social/@Gargron                 → mastodon:mastodon.social/@gargron
