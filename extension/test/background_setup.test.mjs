// The background's answers to the setup page and the pause switch (issue 19): pairing problems told apart by
// the companion's status, the guard's settings read and changed, your own profile imported, and nothing
// checked or logged while paused.
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { memoryArea } from "./fake_storage.mjs";

const area = memoryArea;
const local = area();
globalThis.chrome = {
  runtime: { getURL: (path) => `chrome-extension://abc/${path}`, getManifest: () => ({ content_scripts: [] }) },
  storage: { local, session: area() },
};

// The companion, answering by method and path; every request is recorded.
const calls = [];
let answers = {};
const reply = (status, body) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
globalThis.fetch = async (url, init) => {
  const path = new URL(url).pathname;
  calls.push({ method: init.method, path, body: init.body ? JSON.parse(init.body) : undefined });
  const answer = answers[`${init.method} ${path}`];
  if (!answer) throw new TypeError("connection refused");
  return answer(init);
};

const { guardSettingsBody, handleMessage, pairingProblem } = await import("../src/background/messages.js");
const page = { url: "chrome-extension://abc/src/setup/setup.html" };
const content = { tab: { id: 3, active: true }, url: "https://www.linkedin.com/messaging/" };

beforeEach(async () => {
  calls.length = 0;
  answers = {};
  for (const key of Object.keys(local.data)) delete local.data[key];
  await local.set({ token: "t0k" });
});

test("the companion's status says which pairing problem it is", () => {
  assert.equal(pairingProblem({ status: 403 }), "wrong");
  assert.equal(pairingProblem({ status: 409 }), "used");
  assert.equal(pairingProblem({ status: 410 }), "expired");
  assert.equal(pairingProblem({ status: 429 }), "locked");
  assert.equal(pairingProblem({ status: 0, offline: true }), null);
});

test("a refused code comes back with its problem and the companion's sentence; no token is stored", async () => {
  await local.remove("token");
  answers["POST /v1/pair"] = () => reply(410, { ok: false, error: "That pairing code has expired.", status: 410 });
  const answer = await handleMessage({ type: "rapport:pair", code: "ABCD-EFGH" }, page);
  assert.equal(answer.ok, false);
  assert.equal(answer.problem, "expired");
  assert.equal(answer.error, "That pairing code has expired.");
  assert.equal(local.data.token, undefined);
  assert.equal((await handleMessage({ type: "rapport:pair", code: " " }, page)).problem, "empty");
});

test("a change to the guard's settings is applied on top of what the companion holds", () => {
  const current = { strictness: "normal", disabled_rules: ["link"] };
  assert.deepEqual(guardSettingsBody(current, { strictness: "strict" }), { strictness: "strict", disabled_rules: ["link"] });
  assert.deepEqual(guardSettingsBody(current, { rules: { link: true, "sales-call": false } }), { strictness: "normal", disabled_rules: ["sales-call"] });
  assert.deepEqual(guardSettingsBody(current, { strictness: "extreme" }).strictness, "normal");
});

test("the setup page reads and saves the guard's settings through the background", async () => {
  let saved = { strictness: "normal", disabled_rules: [] };
  answers["GET /v1/settings/guard"] = () => reply(200, saved);
  answers["PUT /v1/settings/guard"] = (init) => {
    saved = JSON.parse(init.body);
    return reply(200, saved);
  };
  answers["GET /v1/settings/guard/rules"] = () => reply(200, { rules: [{ id: "link", catches: "A link in the message." }] });
  const read = await handleMessage({ type: "rapport:guard-settings" }, page);
  assert.deepEqual(read, { ok: true, settings: { strictness: "normal", disabled_rules: [] }, rules: [{ id: "link", catches: "A link in the message." }] });
  assert.equal(calls.some((c) => c.method === "PUT"), false, "reading changes nothing");
  const changed = await handleMessage({ type: "rapport:guard-settings", change: { strictness: "relaxed", rules: { link: false } } }, page);
  assert.deepEqual(changed.settings, { strictness: "relaxed", disabled_rules: ["link"] });
  assert.deepEqual(calls.find((c) => c.method === "PUT").body, { strictness: "relaxed", disabled_rules: ["link"] });
});

test("who you are: the profile, or null when it is not set yet", async () => {
  answers["GET /v1/me"] = () => reply(404, { ok: false, error: "Not set.", status: 404 });
  assert.deepEqual(await handleMessage({ type: "rapport:who-am-i" }, page), { ok: true, profile: null });
  answers["GET /v1/me"] = () => reply(200, { profile: { name: "Ada", site: "linkedin" } });
  assert.deepEqual(await handleMessage({ type: "rapport:who-am-i" }, page), { ok: true, profile: { name: "Ada", site: "linkedin" } });
});

test("a saved page of your profile is sent as POST /v1/me with its https address, and nothing else is", async () => {
  answers["POST /v1/me"] = () => reply(200, { profile: { name: "Ada", site: "linkedin" } });
  const refused = await handleMessage({ type: "rapport:me-import", html: "<html>", url: "file:///home/ada/me.html" }, page);
  assert.equal(refused.ok, false);
  assert.match(refused.error, /https:/);
  assert.equal((await handleMessage({ type: "rapport:me-import", html: "  ", url: "https://x.com/ada" }, page)).ok, false);
  assert.equal(calls.length, 0);
  const done = await handleMessage({ type: "rapport:me-import", html: "<html>ada</html>", url: "https://www.linkedin.com/in/ada/" }, page);
  assert.deepEqual(done, { ok: true, profile: { name: "Ada", site: "linkedin" } });
  assert.deepEqual(calls[0], { method: "POST", path: "/v1/me", body: { url: "https://www.linkedin.com/in/ada/", html: "<html>ada</html>" } });
});

test("a content script cannot import a profile or change the guard", async () => {
  for (const type of ["rapport:me-import", "rapport:guard-settings", "rapport:who-am-i"]) {
    const answer = await handleMessage({ type, html: "<html>", url: "https://x.com/a", change: { strictness: "relaxed" } }, content);
    assert.equal(answer.ok, false, type);
  }
  assert.equal(calls.length, 0);
});

test("while paused the guard checks nothing and logs nothing: the draft never reaches the companion", async () => {
  answers["POST /v1/check"] = () => reply(200, { verdict: "block" });
  answers["POST /v1/sent"] = () => reply(200, { logged: true });
  await local.set({ settings: { paused: true } });
  assert.deepEqual(await handleMessage({ type: "rapport:check", text: "Buy now" }, content), { ok: false, paused: true, reason: "paused" });
  assert.deepEqual(await handleMessage({ type: "rapport:sent", text: "Buy now" }, content), { ok: true, paused: true });
  assert.equal(calls.length, 0);
  assert.equal(local.data.guardOfflineAt, undefined, "a pause is not the guard being offline");
  await local.set({ settings: { paused: false } });
  assert.equal((await handleMessage({ type: "rapport:check", text: "Buy now" }, content)).ok, true);
  assert.equal(calls.length, 1);
});
