import { test } from "node:test";
import assert from "node:assert/strict";
import { captureStatus, companionBase, defaultSettings, normaliseSettings, parseInstanceHost, parsePort, updateSettings, watchSettings } from "../src/shared/settings.js";

test("a fresh install captures everywhere, unpaused, on the default port", () => {
  assert.deepEqual(normaliseSettings(undefined), defaultSettings());
  assert.equal(defaultSettings().port, 8765);
  assert.equal(Object.values(defaultSettings().sites).every(Boolean), true);
});

test("malformed stored settings fall back to defaults field by field", () => {
  const s = normaliseSettings({ port: "99999", paused: "yes", sites: { x: false, linkedin: "no", bogus: true }, mastodonInstances: ["Mastodon.Social", "bad host", 3] });
  assert.equal(s.port, 8765);
  assert.equal(s.paused, false);
  assert.equal(s.guardIndicator, true);
  assert.equal(normaliseSettings({ guardIndicator: false }).guardIndicator, false);
  assert.equal(s.sites.x, false);
  assert.equal(s.sites.linkedin, true);
  assert.equal("bogus" in s.sites, false);
  assert.deepEqual(s.mastodonInstances, ["mastodon.social"]);
});

test("ports are whole numbers from 1 to 65535", () => {
  assert.equal(parsePort("8765"), 8765);
  assert.equal(parsePort(" 9000 "), 9000);
  for (const bad of ["0", "65536", "80a", "-1", "", null, "8.5"]) assert.equal(parsePort(bad), null, String(bad));
  assert.equal(companionBase(9000), "http://127.0.0.1:9000");
  assert.equal(companionBase("nonsense"), "http://127.0.0.1:8765");
});

test("mastodon instances are plain https hosts, never the capture sites or local addresses", () => {
  assert.equal(parseInstanceHost("mastodon.social"), "mastodon.social");
  assert.equal(parseInstanceHost("https://Fosstodon.org/@me"), "fosstodon.org");
  for (const bad of ["", "localhost", "http://mastodon.social", "mastodon.social:8443", "x.com", "github.com", "not a host", "127.0.0.1", "javascript:alert(1)"]) {
    assert.equal(parseInstanceHost(bad), null, bad);
  }
});

test("updating settings merges site switches and keeps the rest", async () => {
  const data = {};
  const storage = { get: async (k) => ({ [k]: data[k] }), set: async (v) => Object.assign(data, v) };
  await updateSettings(storage, { paused: true });
  const next = await updateSettings(storage, { sites: { github: false } });
  assert.equal(next.paused, true);
  assert.equal(next.sites.github, false);
  assert.equal(next.sites.linkedin, true);
});

test("a profile view is captured unless paused, its site is off, or its Mastodon host was removed", () => {
  const settings = normaliseSettings({ mastodonInstances: ["mastodon.social"] });
  assert.equal(captureStatus(settings, "linkedin", "www.linkedin.com"), "waiting");
  assert.equal(captureStatus(settings, "mastodon", "Mastodon.Social"), "waiting");
  assert.equal(captureStatus(settings, "mastodon", "fosstodon.org"), "site-off");
  assert.equal(captureStatus({ ...settings, sites: { ...settings.sites, x: false } }, "x", "x.com"), "site-off");
  assert.equal(captureStatus({ ...settings, paused: true }, "linkedin", "www.linkedin.com"), "paused");
});

test("every page follows the settings in storage: a change made anywhere reaches each watcher, normalised", async () => {
  const listeners = new Set();
  const data = {};
  const storage = {
    get: async (k) => ({ [k]: data[k] }),
    async set(values) {
      const changes = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { oldValue: data[k], newValue: v }]));
      Object.assign(data, values);
      for (const listener of listeners) listener(changes, "local");
    },
  };
  const api = { storage: { local: storage, onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) } } };
  const seen = [];
  const stop = watchSettings(api, (settings, previous) => seen.push([previous.paused, settings.paused]));
  await updateSettings(storage, { paused: true }); // the setup page's Pause box
  await storage.set({ settings: { ...data.settings, paused: false } }); // the panel's Resume
  for (const listener of listeners) listener({ token: { newValue: "t" } }, "local"); // not the settings
  for (const listener of listeners) listener({ settings: { newValue: { paused: true } } }, "sync"); // not local
  assert.deepEqual(seen, [[false, true], [true, false]]);
  stop();
  await updateSettings(storage, { paused: true });
  assert.equal(seen.length, 2, "a stopped watcher hears nothing");
});

test("no LinkedIn host is a Mastodon instance: every one of them is captured as LinkedIn (final read)", () => {
  for (const host of ["se.linkedin.com", "linkedin.com", "https://uk.linkedin.com/in/x"]) assert.equal(parseInstanceHost(host), null);
  assert.equal(parseInstanceHost("mastodon.social"), "mastodon.social");
});
