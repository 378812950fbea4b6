// The last view of each person the panel showed, kept in storage.local so it stays readable (starters
// included) while the companion is not running. Bounded: the least recently shown people are dropped.
// One key per person ("person:<id>") so showing one person rewrites only that person; an index lists them,
// most recent last, with their profile addresses so a tab whose capture is still queued finds its person.

export const CACHE_LIMIT = 50;
const INDEX_KEY = "panelPeople";
const keyOf = (personId) => `person:${personId}`;

function addressesOf(person) {
  const urls = [person?.profile?.url, ...(person?.also_on ?? []).map((link) => link?.url)];
  return [...new Set(urls.filter((url) => typeof url === "string" && url))];
}

async function readIndex(area) {
  const index = (await area.get(INDEX_KEY))[INDEX_KEY];
  return Array.isArray(index) ? index.filter((entry) => entry && typeof entry.id === "string") : [];
}

/** Keep this person view as the last one shown for them (savedAt: when it came from the companion). */
export async function rememberPerson(area, person, savedAt = Date.now(), limit = CACHE_LIMIT) {
  if (!person?.person_id) return;
  const index = (await readIndex(area)).filter((entry) => entry.id !== person.person_id);
  index.push({ id: person.person_id, urls: addressesOf(person) });
  const dropped = index.splice(0, Math.max(0, index.length - limit));
  await area.set({ [keyOf(person.person_id)]: { person, savedAt }, [INDEX_KEY]: index });
  if (dropped.length) await area.remove(dropped.map((entry) => keyOf(entry.id)));
}

/** The last view kept for a person: { person, savedAt }, or null. */
export async function recallPerson(area, personId) {
  if (!personId) return null;
  const found = (await area.get(keyOf(personId)))[keyOf(personId)];
  return found?.person ? found : null;
}

/** The last view kept for the person at a profile address (a capture still queued), or null. */
export async function recallPersonAt(area, url) {
  const wanted = normaliseAddress(url);
  if (!wanted) return null;
  const entry = (await readIndex(area)).findLast((e) => (e.urls ?? []).some((u) => normaliseAddress(u) === wanted));
  return entry ? recallPerson(area, entry.id) : null;
}

/** Drop a person's kept view (the companion no longer knows them: forgotten, merged away, or you). */
export async function forgetPerson(area, personId) {
  const index = (await readIndex(area)).filter((entry) => entry.id !== personId);
  await area.set({ [INDEX_KEY]: index });
  await area.remove(keyOf(personId));
}

/** An address without its query, fragment, trailing slash or case, so the page's and the profile's agree. */
function normaliseAddress(url) {
  try {
    const parsed = new URL(String(url));
    return `${parsed.hostname.replace(/^(www|mobile)\./, "")}${parsed.pathname.replace(/\/+$/, "")}`.toLowerCase();
  } catch {
    return null;
  }
}
