// A profile view the content script did not capture (issue 17): the background records why for the tab,
// only for the view the tab is on, and the panel says so in words, with the page's text as text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { memoryArea } from "./fake_storage.mjs";
import { JSDOM } from "jsdom";

// A stub extension API with in-memory storage (messages.js reads globalThis.chrome on import).
const area = memoryArea;
const session = area();
globalThis.chrome = {
  runtime: { getURL: (path) => `chrome-extension://abc/${path}`, getManifest: () => ({ content_scripts: [] }) },
  storage: { local: area(), session },
};
const { handleMessage } = await import("../src/background/messages.js");
const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;
const { tabNotice, notCapturedLine } = await import("../src/panel/panel_view.js");

const TAB = { id: 7, active: false };
const sender = { tab: TAB, url: "https://www.linkedin.com/in/john-roe/" };
const HOSTILE = '<img src=x onerror="alert(1)">Mallory';

async function startView(viewId, key = "linkedin:john-roe") {
  const answer = await handleMessage(
    { type: "rapport:page", url: "https://www.linkedin.com/in/john-roe/", site: "linkedin", key, viewId },
    sender,
  );
  assert.equal(answer.capture, true);
}

test("the background records why a view was not captured, for the view the tab is on only", async () => {
  await startView("v1");
  const report = { type: "rapport:not-captured", url: sender.url, site: "linkedin", key: "linkedin:john-roe", why: "other-profile", shows: "jane-doe", name: "Jane Doe", waitedMs: 10_000 };
  assert.deepEqual(await handleMessage({ ...report, viewId: "v0" }, sender), { ok: true, stale: true });
  assert.equal(session.data["tab:7"].status, "waiting", "an older view's report changes nothing");
  assert.deepEqual(await handleMessage({ ...report, viewId: "v1" }, sender), { ok: true });
  const state = session.data["tab:7"];
  assert.deepEqual(
    { status: state.status, why: state.why, shows: state.shows, name: state.name, waitedMs: state.waitedMs, key: state.key },
    { status: "not-captured", why: "other-profile", shows: "jane-doe", name: "Jane Doe", waitedMs: 10_000, key: "linkedin:john-roe" },
  );
  // A new view of the tab starts over.
  await startView("v2");
  assert.equal(session.data["tab:7"].status, "waiting");
});

test("what a content script reports is bounded and checked: unknown reasons, long or non-text values", async () => {
  await startView("v3");
  await handleMessage(
    { type: "rapport:not-captured", key: "linkedin:john-roe", viewId: "v3", why: "<b>", shows: { toString: () => "x" }, name: "n".repeat(5000), waitedMs: "soon" },
    sender,
  );
  const state = session.data["tab:7"];
  assert.equal(state.why, "not-rendered");
  assert.equal(state.shows, null);
  assert.equal(state.name.length, 200);
  assert.equal(state.waitedMs, null);
  assert.deepEqual(await handleMessage({ type: "rapport:not-captured", viewId: "v3" }, { url: "https://x.com/" }), {
    ok: false,
    error: "Only a tab can report a page.",
  });
});

test("the panel says why nothing was read, in words, as an error notice", () => {
  const base = { status: "not-captured", site: "linkedin", waitedMs: 10_000 };
  const other = tabNotice({ ...base, why: "other-profile", shows: "jane-doe", name: "Jane Doe" });
  assert.equal(other.error, true);
  assert.equal(
    other.text,
    "This tab still showed Jane Doe (jane-doe), not the profile at its address, after 10 seconds, so Rapport saved nothing. Reload the page to read this profile.",
  );
  assert.match(notCapturedLine({ ...base, site: "x", why: "other-profile", shows: "kikobeats" }), /still showed @kikobeats, not the profile/);
  assert.match(notCapturedLine({ ...base, why: "unchanged", shows: "Jane Doe" }), /still showed Jane Doe after 10 seconds at this address/);
  assert.match(notCapturedLine({ ...base, why: "switching" }), /had not finished switching profiles/);
  assert.match(notCapturedLine({ ...base, why: "not-rendered", waitedMs: 4000 }), /^Rapport could not read a profile on this page: none had finished loading after 4 seconds, so Rapport saved nothing/);
  assert.match(notCapturedLine({ status: "not-captured" }), /after 10 seconds/);
});

test("a hostile name from the page stays text in the panel's notice", async () => {
  // The panel shows notices through el(..., { text }): textContent, never markup.
  const { el } = await import("../src/shared/dom.js");
  const notice = tabNotice({ status: "not-captured", site: "linkedin", why: "other-profile", shows: "mallory", name: HOSTILE });
  const node = el("p", { text: notice.text });
  assert.equal(node.querySelector("img"), null);
  assert.match(node.textContent, /<img src=x onerror="alert\(1\)">Mallory \(mallory\)/);
});
