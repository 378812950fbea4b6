import { test } from "node:test";
import assert from "node:assert/strict";
import { loadContent, until } from "./load_content.mjs";
import { buildSnapshot } from "../src/shared/snapshot_trim.js";

const PROFILE = (name) => `<html><head><title>${name} | LinkedIn</title></head><body>
  <main class="scaffold-layout__main"><h1 class="text-heading-xlarge">${name}</h1><p>Engineer</p></main>
  <script>window.secret = 1</script></body></html>`;

const types = (sent) => sent.map((m) => m.type);

test("a rendered profile is captured once, through the background, with a trimmed snapshot", async () => {
  const { sent, window } = loadContent(PROFILE("Jane Doe"), "https://www.linkedin.com/in/jane-doe/");
  await until(() => sent.some((m) => m.type === "rapport:capture"), 3000, "the capture");
  const capture = sent.find((m) => m.type === "rapport:capture");
  assert.equal(capture.url, "https://www.linkedin.com/in/jane-doe/");
  assert.equal(capture.site, "linkedin");
  assert.equal(capture.key, "linkedin:jane-doe");
  const html = buildSnapshot(capture.snapshot);
  assert.match(html, /<h1 class="text-heading-xlarge">Jane Doe<\/h1>/);
  assert.ok(!html.includes("window.secret"));
  assert.equal(sent.find((m) => m.type === "rapport:page").viewId, capture.viewId);
  await new Promise((r) => setTimeout(r, 700)); // a poll or two later: still one capture
  assert.equal(sent.filter((m) => m.type === "rapport:capture").length, 1);
  window.close();
});

test("feed, messaging and search pages are never captured", async () => {
  for (const url of ["https://www.linkedin.com/feed/", "https://www.linkedin.com/messaging/", "https://x.com/home", "https://x.com/search?q=a"]) {
    const { sent, window } = loadContent(PROFILE("Someone"), url);
    await until(() => sent.length > 0, 2000, "the page report");
    await new Promise((r) => setTimeout(r, 150));
    assert.deepEqual(types(sent), ["rapport:page"], url);
    assert.equal(sent[0].key, undefined);
    window.close();
  }
});

test("nothing is captured while paused or with the site switched off", async () => {
  for (const settings of [{ paused: true }, { sites: { linkedin: false } }]) {
    const { sent, window } = loadContent(PROFILE("Jane Doe"), "https://www.linkedin.com/in/jane-doe/", { settings });
    await until(() => sent.length > 0, 2000, "the page report");
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(types(sent), ["rapport:page"], JSON.stringify(settings));
    window.close();
  }
});

test("an in-app navigation to another profile waits for the new profile, then captures it", async () => {
  const { sent, window, document } = loadContent(PROFILE("Jane Doe"), "https://www.linkedin.com/in/jane-doe/");
  try {
    await until(() => sent.some((m) => m.type === "rapport:capture"), 3000, "the first capture");
    // The app changes the URL first and renders the new person a little later: its name, then its title.
    window.history.pushState({}, "", "/in/john-roe/");
    await new Promise((r) => setTimeout(r, 900));
    assert.equal(sent.filter((m) => m.type === "rapport:capture").length, 1, "the old profile on screen is not captured as the new one");
    document.querySelector("h1").textContent = "John Roe";
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(sent.filter((m) => m.type === "rapport:capture").length, 1, "not while the title still names the old profile");
    document.title = "John Roe | LinkedIn";
    await until(() => sent.filter((m) => m.type === "rapport:capture").length === 2, 3000, "the second capture");
    const second = sent.filter((m) => m.type === "rapport:capture")[1];
    assert.equal(second.key, "linkedin:john-roe");
    assert.match(second.snapshot.body, /John Roe/);
  } finally {
    window.close();
  }
});

test("a tab inside the same profile is not a new view", async () => {
  const { sent, window } = loadContent(PROFILE("Jane Doe"), "https://www.linkedin.com/in/jane-doe/");
  await until(() => sent.some((m) => m.type === "rapport:capture"), 3000, "the capture");
  window.history.pushState({}, "", "/in/jane-doe/overlay/contact-info/");
  await new Promise((r) => setTimeout(r, 800));
  assert.equal(sent.filter((m) => m.type === "rapport:capture").length, 1);
  assert.equal(sent.filter((m) => m.type === "rapport:page").length, 1);
  window.close();
});

test("a page that never renders sends nothing, and tells the background why after the time limit", async () => {
  const { sent, window } = loadContent("<html><body><main><p>Loading…</p></main></body></html>", "https://x.com/jane", {
    before: (win) => {
      win.__timing = { renderTimeoutMs: 1200, settleMs: 20 };
    },
    scripts: ["content/rapport.js", "content/profile_urls.js", "content/site_selectors.js", "content/snapshot.js", "timing", "content/features/capture.js", "content/run_features.js"],
  });
  try {
    await new Promise((r) => setTimeout(r, 600));
    assert.deepEqual(types(sent), ["rapport:page"]);
    await until(() => sent.some((m) => m.type === "rapport:not-captured"), 3000, "the report after the time limit");
    const report = sent.find((m) => m.type === "rapport:not-captured");
    assert.equal(report.why, "not-rendered");
    assert.equal(report.key, "x:jane");
    assert.equal(report.viewId, sent[0].viewId);
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!sent.some((m) => m.type === "rapport:capture"), "nothing is sent");
  } finally {
    window.close();
  }
});

test("the side panel's 'This is me' gets the tab's snapshot", async () => {
  const { listeners, sent, window } = loadContent(PROFILE("Jane Doe"), "https://www.linkedin.com/in/jane-doe/");
  let answer = null;
  for (const listener of listeners) listener({ type: "rapport:snapshot" }, {}, (response) => (answer = response));
  assert.ok(answer, "answered at once");
  assert.equal(answer.ok, true);
  assert.equal(answer.url, "https://www.linkedin.com/in/jane-doe/");
  assert.match(answer.snapshot.body, /Jane Doe/);
  await until(() => sent.some((m) => m.type === "rapport:capture"), 3000, "the page's own capture, before closing");
  window.close();
});

test("on a Mastodon instance the user added, the page's own host names the profile", async () => {
  const html = `<html><body><div class="columns-area__panels__main"><div class="account__header">
    <h1><span class="account__header__tabs__name">Jane</span></h1></div></div></body></html>`;
  const settings = { mastodonInstances: ["fosstodon.org"] };
  const { sent, window } = loadContent(html, "https://fosstodon.org/@jane", { settings });
  await until(() => sent.some((m) => m.type === "rapport:capture"), 3000, "the capture");
  assert.equal(sent.find((m) => m.type === "rapport:capture").key, "mastodon:fosstodon.org/@jane");
  window.close();
  // An instance the user removed (its registration not yet gone): reported, never captured.
  const removed = loadContent(html, "https://mastodon.social/@jane", { settings });
  await until(() => removed.sent.length > 0, 2000, "the page report");
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(types(removed.sent), ["rapport:page"]);
  removed.window.close();
});

test("with the Navigation API, in-app navigations are followed without polling", async () => {
  const { Rapport, window } = loadContent("<html><body></body></html>", "https://x.com/home", { scripts: ["content/rapport.js"] });
  const listeners = new Map();
  const navigation = {
    addEventListener: (type, fn) => listeners.set(type, fn),
    removeEventListener: (type) => listeners.delete(type),
    fire: () => listeners.get("navigatesuccess")(),
  };
  let intervals = 0;
  const win = { location: window.location, navigation, setInterval: () => intervals++, addEventListener() {} };
  const seen = [];
  const stop = Rapport.watchUrl((url) => seen.push(url), { win });
  window.history.pushState({}, "", "/jane");
  navigation.fire();
  navigation.fire(); // the same URL again: not a change
  assert.deepEqual(seen, ["https://x.com/jane"]);
  assert.equal(intervals, 0);
  stop();
  assert.equal(listeners.size, 0);
  window.close();
});
