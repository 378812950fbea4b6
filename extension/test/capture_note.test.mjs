// A capture of an older saved page: the companion keeps only what was new and says so in the answer's `note`
// (docs/api.md, POST /v1/captures). The background keeps the note with the tab's capture, a new capture clears it,
// and the panel shows it once, quietly, as plain text over the person.
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

let captureAnswer = null;
const reply = (status, body) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
globalThis.fetch = async (url, init) => {
  const key = `${init.method} ${new URL(url).pathname}`;
  if (key === "GET /v1/health") return reply(200, { app: "rapport-companion", api: 1, version: "1.0" });
  if (key === "GET /v1/status") return reply(200, { paired: true, people: 1, me: true, damaged_files: [], damage: null });
  if (key === "POST /v1/captures") return reply(200, captureAnswer);
  throw new TypeError("connection refused");
};

const { handleMessage } = await import("../src/background/messages.js");
const { captureNoteLine } = await import("../src/panel/panel_view.js");

const OLDER = "older than what Rapport has: kept only what was new";
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
  for (const area of [local, session]) for (const key of Object.keys(area.data)) delete area.data[key];
  await local.set({ token: "t0k" });
});

test("the capture answer's note is kept with the tab's capture, and a later capture without one clears it", async () => {
  captureAnswer = { person_id: "p1", profile: { name: "Jane Doe" }, common_ground: [], starters: [], note: OLDER };
  assert.equal((await handleMessage(capture("v1"), sender)).ok, true);
  assert.equal(tabState().status, "captured");
  assert.equal(tabState().note, OLDER);
  assert.equal(captureNoteLine(tabState()).text, "Older than what Rapport has: kept only what was new.");

  captureAnswer = { person_id: "p1", profile: { name: "Jane Doe" }, common_ground: [], starters: [] };
  assert.equal((await handleMessage(capture("v2"), sender)).ok, true);
  assert.equal(tabState().note, null);
  assert.equal(captureNoteLine(tabState()), null);
});

test("the note line is one quiet sentence, only for a captured tab, and cut when long", () => {
  const line = captureNoteLine({ status: "captured", note: OLDER });
  assert.deepEqual(line, { text: "Older than what Rapport has: kept only what was new.", testid: "capture-note" });
  assert.equal(line.error, undefined, "a note, not an error");
  assert.equal(captureNoteLine({ status: "captured", note: "Kept only what was new." }).text, "Kept only what was new.");
  for (const tab of [null, { status: "captured" }, { status: "captured", note: "  " }, { status: "captured", note: 3 },
    { status: "queued", note: OLDER }]) {
    assert.equal(captureNoteLine(tab), null, JSON.stringify(tab));
  }
  const long = captureNoteLine({ status: "captured", note: "x".repeat(5000) }).text;
  assert.ok(long.length <= 202 && long.endsWith("…"), long.length);
});
