// A companion whose store is damaged (one people file unreadable): it still reads and checks drafts, refuses
// every write with 503 and says so in GET /v1/status. The extension says it once, calmly, and never claims a
// refused capture was saved; it sends what waits once the store is sound again.
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { memoryArea } from "./fake_storage.mjs";

const dom = new JSDOM("<!doctype html><body></body>");
globalThis.document = dom.window.document;

const local = memoryArea();
const session = memoryArea();
globalThis.chrome = {
  runtime: { getURL: (path) => `chrome-extension://abc/${path}`, getManifest: () => ({ content_scripts: [] }) },
  storage: { local, session },
};

const calls = [];
let answers = {};
const reply = (status, body) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
globalThis.fetch = async (url, init) => {
  const path = new URL(url).pathname;
  calls.push(`${init.method} ${path}`);
  const answer = answers[`${init.method} ${path}`];
  if (!answer) throw new TypeError("connection refused");
  return answer(init);
};

const { handleMessage } = await import("../src/background/messages.js");
const { refreshCompanion } = await import("../src/background/companion_link.js");
const { damageNotice, tabNotice } = await import("../src/panel/panel_view.js");
const { damageSentence } = await import("../src/setup/setup_view.js");
const { damageLine, DAMAGE_LEAD } = await import("../src/shared/wording.js");

const DAMAGE =
  "A store file is damaged: /data/store/people-03.json. The send guard keeps checking and the 1 person stored there is " +
  "left out of every answer; nothing is stored (captures, notes, your profile and settings are refused) until it is " +
  "restored: `companion restore` brings back the last good backup (`companion backups` lists them); `companion doctor` checks every store file.";
const REFUSED = "Nothing was stored: the store file /data/store/people-03.json is damaged, and a change now could store someone it holds a second time.";

const health = () => reply(200, { app: "rapport-companion", api: 1, version: "1.0" });
const damagedStatus = () => reply(200, { paired: true, people: 3, me: true, damaged_files: ["people-03.json"], damage: DAMAGE });
const soundStatus = () => reply(200, { paired: true, people: 3, me: true, damaged_files: [], damage: null });

const tab = { id: 7, active: true };
const sender = { tab, url: "https://www.linkedin.com/in/jane/" };
const capture = (viewId) => ({
  type: "rapport:capture",
  url: "https://www.linkedin.com/in/jane/",
  site: "linkedin",
  key: "linkedin:jane",
  viewId,
  snapshot: { body: "<main><h1>Jane Doe</h1></main>", head: [], jsonLd: [] },
});
const tabState = () => session.data[`tab:${tab.id}`];

beforeEach(async () => {
  calls.length = 0;
  answers = { "GET /v1/health": health, "GET /v1/status": damagedStatus };
  for (const area of [local, session]) for (const key of Object.keys(area.data)) delete area.data[key];
  await local.set({ token: "t0k" });
});

test("the status's sentence is the damage line; damaged file names alone get one of ours; a sound store has none", () => {
  assert.equal(damageLine({ damaged_files: ["people-03.json"], damage: DAMAGE }), DAMAGE);
  const ours = damageLine({ damaged_files: ["people-03.json"], damage: null });
  assert.match(ours, /people-03\.json/);
  assert.match(ours, /send guard keeps checking/);
  assert.equal(damageLine({ damaged_files: [], damage: null }), null);
  assert.equal(damageLine(undefined), null);
});

test("a capture the damaged store refused is not claimed as saved, and the link learns why from the status", async () => {
  answers["POST /v1/captures"] = () => reply(503, { ok: false, error: REFUSED, status: 503 });
  const answer = await handleMessage(capture("v1"), sender);
  assert.equal(answer.ok, false);
  assert.equal(tabState().status, "queued");
  assert.equal(tabState().reason, "damaged");
  assert.equal(local.data.companion.kind, "connected", "reads and the guard still work");
  assert.equal(local.data.companion.damage, DAMAGE);
  assert.equal(local.data.captureQueue.length, 1, "kept, to send once the store is restored");

  const notice = tabNotice(tabState(), "connected");
  assert.match(notice.text, /^Not saved/);
  assert.doesNotMatch(notice.text, /is saved/);
  assert.ok(!notice.error, "a calm line, not a red error on every profile");
});

test("while the store is damaged no capture is sent; once it is sound the queue goes out", async () => {
  await refreshCompanion();
  assert.equal(local.data.companion.damage, DAMAGE);
  let posted = 0;
  answers["POST /v1/captures"] = () => {
    posted += 1;
    return reply(200, { person_id: "p1", profile: { name: "Jane Doe" } });
  };
  const answer = await handleMessage(capture("v2"), sender);
  assert.equal(answer.ok, false);
  assert.equal(posted, 0, "every capture would be refused: none is sent");
  assert.equal(tabState().reason, "damaged");

  answers["GET /v1/status"] = soundStatus; // `companion restore` ran
  await refreshCompanion();
  for (let i = 0; i < 50 && tabState().status !== "captured"; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(posted, 1);
  assert.equal(tabState().status, "captured");
  assert.equal(local.data.companion.damage ?? null, null);
});

test("a 503 from another write (a note) makes the link ask the status, so the panel shows the damage", async () => {
  await local.set({ companion: { kind: "connected", port: 8765, version: "1.0", me: true, checkedAt: 1 } });
  answers["POST /v1/people/p1/notes"] = () => reply(503, { ok: false, error: REFUSED, status: 503 });
  const answer = await handleMessage({ type: "rapport:note", personId: "p1", text: "hello" }, { url: "chrome-extension://abc/src/panel/panel.html" });
  assert.equal(answer.ok, false);
  assert.equal(answer.status, 503);
  for (let i = 0; i < 50 && !local.data.companion.damage; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(local.data.companion.damage, DAMAGE);
});

test("the panel's banner says the companion's sentence once, as text only", () => {
  assert.equal(damageNotice(null), null);
  assert.equal(damageNotice("  "), null);
  const hostile = 'Damaged: <img src=x onerror="alert(1)"><script>alert(2)</script>';
  const node = damageNotice(hostile);
  assert.equal(node.dataset.testid, "store-damage");
  assert.equal(node.querySelector('[data-testid="store-damage-sentence"]').textContent, hostile);
  assert.equal(node.querySelectorAll("img, script").length, 0);
});

test("the panel's banner does not say again what the companion's sentence says, nor show its backticks", () => {
  const node = damageNotice(DAMAGE);
  assert.equal(node.textContent,
    "Rapport's store needs attention: A store file is damaged: /data/store/people-03.json. The send guard keeps checking "
    + "and the 1 person stored there is left out of every answer; nothing is stored (captures, notes, your profile and "
    + "settings are refused) until it is restored: companion restore brings back the last good backup (companion "
    + "backups lists them); companion doctor checks every store file.");
  assert.equal(node.textContent.match(/keeps checking|still checked/g).length, 1, "that the guard checks: said once");
});

test("the setup page's line is the same, without a terminal's backticks", () => {
  assert.equal(damageSentence(null), null);
  const line = damageSentence(DAMAGE);
  assert.ok(line.startsWith(DAMAGE_LEAD));
  assert.match(line, /companion restore brings back/);
  assert.doesNotMatch(line, /`/);
});
