// The companion calls behind the panel's Undo and merge buttons (their messages are exercised end to end in
// tests/browser/test_panel_journey.py and test_extension.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createClient } from "../src/background/api_client.js";

function recordingClient(status = 200, body = { ok: true }) {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, method: init.method, body: init.body === undefined ? undefined : JSON.parse(init.body) });
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  };
  return { calls, client: createClient({ getBase: async () => "http://127.0.0.1:9", getToken: async () => "t", fetchImpl }) };
}

test("Undo of a logged contact deletes that interaction, its ids escaped", async () => {
  const { calls, client } = recordingClient();
  assert.equal((await client.deleteInteraction("p-1/..", 12)).ok, true);
  assert.deepEqual(calls, [{ url: "http://127.0.0.1:9/v1/people/p-1%2F../interactions/12", method: "DELETE", body: undefined }]);
});

test("accepting a merge names the other person", async () => {
  const { calls, client } = recordingClient(200, { person_id: "p-1" });
  assert.deepEqual(await client.merge("p-1", "p-2"), { ok: true, data: { person_id: "p-1" } });
  assert.deepEqual(calls, [{ url: "http://127.0.0.1:9/v1/people/p-1/merge", method: "POST", body: { person_id: "p-2" } }]);
});

test("Undo of This is me puts the replaced profile back, or removes the site's own profile", async () => {
  const { calls, client } = recordingClient();
  await client.putMe({ site: "linkedin", name: "Robin Testsson" });
  await client.unsetMe("x&all=1");
  assert.deepEqual(calls, [
    { url: "http://127.0.0.1:9/v1/me", method: "PUT", body: { site: "linkedin", name: "Robin Testsson" } },
    { url: "http://127.0.0.1:9/v1/me?site=x%26all%3D1", method: "DELETE", body: undefined },
  ]);
});

test("a refused Undo comes back in the one error shape", async () => {
  const { client } = recordingClient(404, { ok: false, error: "p-1 has no interaction 12.", status: 404 });
  assert.deepEqual(await client.deleteInteraction("p-1", 12), { ok: false, error: "p-1 has no interaction 12.", status: 404 });
});
