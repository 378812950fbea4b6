import { test } from "node:test";
import assert from "node:assert/strict";
import { createClient, isCompanionHealth } from "../src/background/api_client.js";
import { enqueue, prune, removeItem, shouldRetry, storedQueue } from "../src/background/capture_queue.js";

const limits = { maxItems: 3, maxBytes: 100, maxAgeMs: 1000 };
const item = (id, url = `https://x.com/${id}`, html = "x".repeat(10)) => ({ id, url, html });

test("the queue keeps one entry per url, the newest", () => {
  let q = enqueue([], item("a", "https://x.com/jane"), 0, limits);
  q = enqueue(q, item("b", "https://x.com/jane"), 1, limits);
  assert.deepEqual(q.map((x) => x.id), ["b"]);
});

test("the queue drops the oldest beyond its count and size limits", () => {
  let q = [];
  for (const id of ["a", "b", "c", "d"]) q = enqueue(q, item(id), 0, limits);
  assert.deepEqual(q.map((x) => x.id), ["b", "c", "d"]);
  q = enqueue(q, item("big", undefined, "y".repeat(90)), 0, limits);
  assert.deepEqual(q.map((x) => x.id), ["d", "big"]);
  assert.deepEqual(enqueue([], item("huge", undefined, "z".repeat(101)), 0, limits), []);
});

test("the queue forgets captures older than its age limit", () => {
  const q = [{ ...item("old"), queuedAt: 0 }, { ...item("new"), queuedAt: 900 }];
  assert.deepEqual(prune(q, 1500, limits).map((x) => x.id), ["new"]);
  assert.deepEqual(removeItem(q, "old").map((x) => x.id), ["new"]);
});

test("a capture is retried when the companion is away, dropped when it refused the page", () => {
  assert.equal(shouldRetry({ ok: false, status: 0, offline: true }), true);
  assert.equal(shouldRetry({ ok: false, status: 401, unpaired: true }), true);
  assert.equal(shouldRetry({ ok: false, status: 503 }), true);
  assert.equal(shouldRetry({ ok: false, status: 422 }), false);
  assert.equal(shouldRetry({ ok: false, status: 413 }), false);
});

test("the stored queue applies concurrent changes one after another (none is lost)", async () => {
  const data = {};
  const storage = {
    async get(key) {
      await new Promise((r) => setTimeout(r, Math.random() * 5));
      return { [key]: data[key] };
    },
    async set(values) {
      await new Promise((r) => setTimeout(r, Math.random() * 5));
      Object.assign(data, structuredClone(values));
    },
  };
  const queue = storedQueue(storage);
  await Promise.all(["a", "b", "c", "d", "e"].map((id) => queue.add(item(id))));
  assert.equal((await queue.read()).length, 5);
  await Promise.all([queue.remove("a"), queue.bump("b"), queue.remove("c")]);
  const after = await queue.read();
  assert.deepEqual(after.map((x) => x.id), ["b", "d", "e"]);
  assert.equal(after[0].attempts, 1);
});

function fakeFetch(handler) {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, init });
    return handler(url, init);
  };
  return { calls, fetchImpl };
}
const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

test("the client sends the bearer token and answers { ok, data }", async () => {
  const { calls, fetchImpl } = fakeFetch(() => json(200, { person_id: "p1" }));
  const client = createClient({ getBase: async () => "http://127.0.0.1:9", getToken: async () => "t0k", fetchImpl });
  assert.deepEqual(await client.capture("https://x.com/a", "<p>"), { ok: true, data: { person_id: "p1" } });
  assert.equal(calls[0].url, "http://127.0.0.1:9/v1/captures");
  assert.equal(calls[0].init.headers.Authorization, "Bearer t0k");
  assert.deepEqual(JSON.parse(calls[0].init.body), { url: "https://x.com/a", html: "<p>" });
});

test("the client turns the companion's error body into the one error shape", async () => {
  const { fetchImpl } = fakeFetch(() => json(422, { ok: false, error: "This page is not a profile.", status: 422 }));
  const client = createClient({ getBase: async () => "http://h", getToken: async () => "t", fetchImpl });
  assert.deepEqual(await client.capture("u", "h"), { ok: false, error: "This page is not a profile.", status: 422 });
});

test("a 401 means unpaired; no token means unpaired without a request", async () => {
  const { calls, fetchImpl } = fakeFetch(() => json(401, { ok: false, error: "Bad token.", status: 401 }));
  const paired = createClient({ getBase: async () => "http://h", getToken: async () => "t", fetchImpl });
  assert.equal((await paired.status()).unpaired, true);
  const unpaired = createClient({ getBase: async () => "http://h", getToken: async () => null, fetchImpl });
  const answer = await unpaired.status();
  assert.equal(answer.unpaired, true);
  assert.equal(calls.length, 1);
  const health = await unpaired.health(); // health needs no token
  assert.equal(calls.length, 2);
  assert.equal(health.ok, false);
});

test("no answer within the timeout is 'offline', and so is a refused connection", async () => {
  const slow = createClient({
    getBase: async () => "http://h",
    getToken: async () => "t",
    fetchImpl: (url, init) => new Promise((_, reject) => init.signal.addEventListener("abort", () => reject(new Error("aborted")))),
  });
  const started = Date.now();
  const answer = await slow.check({ text: "hi" }, 50);
  assert.equal(answer.ok, false);
  assert.equal(answer.offline, true);
  assert.equal(answer.status, 0);
  assert.ok(Date.now() - started < 1000);
  const refused = createClient({ getBase: async () => "http://h", getToken: async () => "t", fetchImpl: async () => { throw new TypeError("Failed to fetch"); } });
  assert.equal((await refused.person("p")).offline, true);
});

test("only the Rapport companion's health answer counts", () => {
  assert.equal(isCompanionHealth({ app: "rapport-companion", api: 1, version: "0.1.0" }), true);
  assert.equal(isCompanionHealth({ app: "something-else", api: 1 }), false);
  assert.equal(isCompanionHealth(null), false);
});
