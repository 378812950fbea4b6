import { test } from "node:test";
import assert from "node:assert/strict";
import { loadContent } from "./load_content.mjs";

const { Rapport, window } = loadContent("<p></p>", "https://example.org/", {
  scripts: ["content/rapport.js", "content/profile_urls.js"],
});
const key = (url, hosts) => Rapport.recogniseProfile(url, hosts)?.key ?? null;
window.close();

test("linkedin profile pages are recognised by their slug", () => {
  assert.equal(key("https://www.linkedin.com/in/jane-doe/"), "linkedin:jane-doe");
  assert.equal(key("https://www.linkedin.com/in/Jane-Doe"), "linkedin:jane-doe");
  assert.equal(key("https://www.linkedin.com/in/j%C3%B6rg-m/?originalSubdomain=de"), "linkedin:jörg-m");
});

test("the linkedin contact-info overlay is the same profile view", () => {
  assert.equal(key("https://www.linkedin.com/in/jane-doe/overlay/contact-info/"), "linkedin:jane-doe");
});

test("linkedin sub-pages the parser reads are their own views", () => {
  assert.equal(key("https://www.linkedin.com/in/jane/details/experience/"), "linkedin:jane/details/experience");
  assert.equal(key("https://www.linkedin.com/in/jane/recent-activity/all/"), "linkedin:jane/recent-activity");
});

test("linkedin profiles at country hosts are read like www (their canonical address for logged-out visitors)", () => {
  for (const host of ["se", "uk", "lk", "sg", "de", "fr", "br"]) {
    assert.equal(key(`https://${host}.linkedin.com/in/Kekayan/`), "linkedin:kekayan", host);
  }
  assert.equal(key("https://linkedin.com/in/jane-doe"), "linkedin:jane-doe");
  // Only linkedin.com's own two-letter hosts: not its product subdomains, not look-alike hosts.
  for (const url of [
    "https://business.linkedin.com/in/jane/",
    "https://se.linkedin.com.evil.example/in/jane/",
    "https://se-linkedin.com/in/jane/",
    "https://evil.se.linkedin.com/in/jane/",
    "https://se.linkedin.com/feed/",
  ]) assert.equal(key(url), null, url);
});

test("linkedin feed, messaging, search and company pages are never profiles", () => {
  for (const url of [
    "https://www.linkedin.com/feed/",
    "https://www.linkedin.com/messaging/thread/2-abc/",
    "https://www.linkedin.com/search/results/people/?keywords=jane",
    "https://www.linkedin.com/company/acme/",
    "https://www.linkedin.com/in/",
    "https://www.linkedin.com/in/jane/edit/intro/",
    "https://linkedin.com.evil.example/in/jane/",
    "http://www.linkedin.com/in/jane/",
  ]) assert.equal(key(url), null, url);
});

test("x and twitter profiles and their tabs are one view per handle", () => {
  assert.equal(key("https://x.com/Kikobeats"), "x:kikobeats");
  assert.equal(key("https://x.com/Kikobeats/"), "x:kikobeats");
  assert.equal(key("https://x.com/kikobeats/media"), "x:kikobeats");
  assert.equal(key("https://twitter.com/Milano_JS/with_replies"), "x:milano_js");
});

test("x app pages, status pages and follower lists are not profiles", () => {
  for (const url of [
    "https://x.com/home",
    "https://x.com/explore",
    "https://x.com/messages/123-456",
    "https://x.com/i/lists/1",
    "https://x.com/search?q=rapport",
    "https://x.com/settings/account",
    "https://x.com/notifications",
    "https://x.com/Kikobeats/status/1600000000000000000",
    "https://x.com/Kikobeats/followers",
    "https://x.com/Kikobeats/verified_followers",
    "https://x.com/this_handle_is_far_too_long",
    "https://x.com/",
  ]) assert.equal(key(url), null, url);
});

test("bluesky profiles are recognised, posts and lists are not", () => {
  assert.equal(key("https://bsky.app/profile/stephenking.bsky.social"), "bluesky:stephenking.bsky.social");
  assert.equal(key("https://bsky.app/profile/did:plc:abc123"), "bluesky:did:plc:abc123");
  assert.equal(key("https://bsky.app/profile/stephenking.bsky.social/post/3abc"), null);
  assert.equal(key("https://bsky.app/profile/stephenking.bsky.social/followers"), null);
  assert.equal(key("https://bsky.app/"), null);
});

test("github user pages are recognised, repositories and product pages are not", () => {
  assert.equal(key("https://github.com/torvalds"), "github:torvalds");
  assert.equal(key("https://github.com/torvalds?tab=repositories"), "github:torvalds");
  for (const url of [
    "https://github.com/torvalds/linux",
    "https://github.com/settings/profile",
    "https://github.com/notifications",
    "https://github.com/explore",
    "https://github.com/pulls",
    "https://github.com/-bad-",
    "https://github.com/",
  ]) assert.equal(key(url), null, url);
});

test("mastodon profiles count only on instances the user added", () => {
  assert.equal(key("https://mastodon.social/@Gargron"), null);
  assert.equal(key("https://mastodon.social/@Gargron", ["mastodon.social"]), "mastodon:mastodon.social/@gargron");
  assert.equal(key("https://mastodon.social/@Gargron@example.net", ["mastodon.social"]), "mastodon:mastodon.social/@gargron@example.net");
  assert.equal(key("https://mastodon.social/@Gargron/media", ["mastodon.social"]), "mastodon:mastodon.social/@gargron");
  assert.equal(key("https://mastodon.social/@Gargron/111222333", ["mastodon.social"]), null);
  assert.equal(key("https://mastodon.social/explore", ["mastodon.social"]), null);
});

test("garbage is not a profile", () => {
  assert.equal(key("not a url"), null);
  assert.equal(key(""), null);
  assert.equal(key("javascript:alert(1)"), null);
});
