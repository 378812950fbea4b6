import { test } from "node:test";
import assert from "node:assert/strict";

const { CACHE_LIMIT, forgetPerson, recallPerson, recallPersonAt, rememberPerson } = await import("../src/panel/person_cache.js");

/** An in-memory stand-in for storage.local with its get/set/remove, copying values as the browser does. */
function memoryArea() {
  const data = {};
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      for (const key of [].concat(keys)) delete data[key];
    },
  };
}

const person = (id, url, extra = {}) => ({ person_id: id, profile: { name: id, url }, starters: [{ text: `Hi ${id}` }], ...extra });

test("the last view of each person is kept with when it was fetched", async () => {
  const area = memoryArea();
  await rememberPerson(area, person("p-1", "https://www.linkedin.com/in/ana/"), 1000);
  await rememberPerson(area, person("p-1", "https://www.linkedin.com/in/ana/", { notes: [{ id: 1, text: "new" }] }), 2000);
  const kept = await recallPerson(area, "p-1");
  assert.equal(kept.savedAt, 2000);
  assert.deepEqual(kept.person.notes, [{ id: 1, text: "new" }]);
  assert.equal(kept.person.starters[0].text, "Hi p-1");
  assert.equal(await recallPerson(area, "p-2"), null);
});

test("a queued page finds its person by any of their addresses", async () => {
  const area = memoryArea();
  await rememberPerson(area, person("p-1", "https://www.linkedin.com/in/robertkcheung/", {
    also_on: [{ site: "x", url: "https://x.com/perceptnet" }],
  }));
  assert.equal((await recallPersonAt(area, "https://www.linkedin.com/in/RobertKCheung?trk=feed#top")).person.person_id, "p-1");
  assert.equal((await recallPersonAt(area, "https://x.com/perceptnet")).person.person_id, "p-1");
  assert.equal(await recallPersonAt(area, "https://x.com/someoneelse"), null);
  assert.equal(await recallPersonAt(area, "not a url"), null);
});

test("the cache is bounded: the least recently shown are dropped", async () => {
  const area = memoryArea();
  for (let i = 0; i < CACHE_LIMIT + 5; i++) await rememberPerson(area, person(`p-${i}`, `https://x.com/u${i}`));
  await rememberPerson(area, person("p-0", "https://x.com/u0")); // p-0 was dropped; shown again, kept again
  const kept = Object.keys(area.data).filter((k) => k.startsWith("person:"));
  assert.equal(kept.length, CACHE_LIMIT);
  assert.equal(area.data.panelPeople.length, CACHE_LIMIT);
  assert.equal(await recallPerson(area, "p-5"), null);
  assert.ok(await recallPerson(area, "p-6"));
  assert.ok(await recallPerson(area, "p-0"));
});

test("a person the companion no longer knows is forgotten", async () => {
  const area = memoryArea();
  await rememberPerson(area, person("p-1", "https://x.com/a"));
  await forgetPerson(area, "p-1");
  assert.equal(await recallPerson(area, "p-1"), null);
  assert.equal(await recallPersonAt(area, "https://x.com/a"), null);
});
