import { test } from "node:test";
import assert from "node:assert/strict";

// A stub extension API recording registrations (mastodon_scripts.js reads globalThis.chrome on import).
const registered = [];
const granted = new Set(["https://mastodon.social/*"]);
globalThis.chrome = {
  runtime: {
    getManifest: () => ({
      content_scripts: [
        { js: ["src/guard/guard.bundle.js"], matches: ["https://x.com/*"] },
        { js: ["src/content/capture.bundle.js"], matches: ["https://x.com/*"] },
      ],
    }),
  },
  permissions: { contains: async ({ origins }) => origins.every((o) => granted.has(o)) },
  scripting: {
    getRegisteredContentScripts: async () => registered.slice(),
    unregisterContentScripts: async () => registered.splice(0),
    registerContentScripts: async (scripts) => registered.push(...scripts),
  },
};
const { captureScripts, syncMastodonScripts } = await import("../src/background/mastodon_scripts.js");
const { normaliseSettings } = await import("../src/shared/settings.js");

test("mastodon instances get the same capture scripts as the built-in sites", () => {
  assert.deepEqual(captureScripts(), ["src/content/capture.bundle.js"]);
});

test("only instances the user allowed are registered, and switching mastodon off removes them", async () => {
  const settings = normaliseSettings({ mastodonInstances: ["mastodon.social", "fosstodon.org"] });
  assert.deepEqual(await syncMastodonScripts(settings), ["https://mastodon.social/*"]);
  assert.equal(registered.length, 1);
  assert.deepEqual(registered[0].matches, ["https://mastodon.social/*"]);
  assert.equal(registered[0].runAt, "document_idle");
  await syncMastodonScripts({ ...settings, sites: { ...settings.sites, mastodon: false } });
  assert.equal(registered.length, 0);
});
