// The link to the companion: is it running, are we paired, and sending what waits in the queue once
// it is. The state is written to storage.local (key "companion") only when it changes, so pages
// listening to storage.onChanged re-render on real changes only.

import { ext } from "../shared/browser_api.js";
import { companionBase, loadSettings } from "../shared/settings.js";
import { damageLine } from "../shared/wording.js";
import { createClient, isCompanionHealth } from "./api_client.js";
import { shouldRetry, storedQueue } from "./capture_queue.js";
import { patchTabState } from "./tab_state.js";

export const COMPANION_KEY = "companion";
export const TOKEN_KEY = "token";

export const client = createClient({
  getBase: async () => companionBase((await loadSettings(ext.storage.local)).port),
  getToken: async () => (await ext.storage.local.get(TOKEN_KEY))[TOKEN_KEY] ?? null,
});

export const queue = storedQueue(ext.storage.local);

/** The last known companion state. */
export async function companionState() {
  return (await ext.storage.local.get(COMPANION_KEY))[COMPANION_KEY] ?? { kind: "offline", checkedAt: 0 };
}

async function writeState(state) {
  const previous = await companionState();
  const same = ["kind", "version", "me", "port", "error", "damage"].every((k) => (previous[k] ?? null) === (state[k] ?? null));
  if (!same) await ext.storage.local.set({ [COMPANION_KEY]: { ...state, checkedAt: Date.now() } });
  return state;
}

/**
 * Record what a failed call says about the link (offline / unpaired), so the panel shows it at once. A 503 may
 * mean a damaged store: the companion's status says for sure (the error sentence is for people, not code).
 */
export async function noteFailure(result) {
  const { port } = await loadSettings(ext.storage.local);
  if (result.offline) return writeState({ kind: "offline", port, error: result.error });
  if (result.unpaired) return writeState({ kind: "unpaired", port, error: result.error });
  if (result.status === 503) return checkDamage(port);
  return companionState();
}

/**
 * Ask the status only to learn whether the store is damaged (never sends the queue: safe inside a drain). A
 * status that answers means the companion runs and knows our token: connected, whatever was noted before.
 */
async function checkDamage(port) {
  const status = await client.status();
  const previous = await companionState();
  if (!status.ok) return previous;
  const { checkedAt, error, ...kept } = previous;
  return writeState({ ...kept, kind: "connected", port, me: Boolean(status.data?.me), damage: damageLine(status.data) });
}

let refreshing = null;

/** Ask the companion whether it runs and knows our token; then send the queue if it does. */
export function refreshCompanion() {
  refreshing ??= (async () => {
    const { port } = await loadSettings(ext.storage.local);
    const health = await client.health();
    if (!health.ok) return writeState({ kind: "offline", port, error: health.error });
    if (!isCompanionHealth(health.data)) return writeState({ kind: "wrong-app", port });
    const version = health.data.version;
    const token = (await ext.storage.local.get(TOKEN_KEY))[TOKEN_KEY];
    if (!token) return writeState({ kind: "unpaired", port, version });
    const status = await client.status();
    if (!status.ok) {
      if (status.unpaired) {
        return writeState({
          kind: "unpaired",
          port,
          version,
          error: "The companion no longer accepts this browser's token; pair again.",
        });
      }
      return writeState({ kind: "offline", port, version, error: status.error });
    }
    // A damaged store still reads and checks drafts (connected), but refuses every capture until restored.
    const damage = damageLine(status.data);
    const state = await writeState({ kind: "connected", port, version, me: Boolean(status.data?.me), damage });
    drainQueue();
    return state;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

let draining = null;
let drainAgain = false;

/**
 * Send queued captures one by one; stops at the first sign that the companion went away. A call made
 * while a pass runs (a capture from another tab) gets one more pass, so nothing waits for the alarm.
 */
export function drainQueue() {
  if (draining) {
    drainAgain = true;
    return draining;
  }
  draining = (async () => {
    let reachable = true;
    do {
      drainAgain = false;
      reachable = await drainOnce();
    } while (drainAgain && reachable);
  })().finally(() => {
    draining = null;
  });
  return draining;
}

/** One pass over the queue; false when the companion could not be reached (or we are not paired). */
async function drainOnce() {
  const settings = await loadSettings(ext.storage.local);
  if (settings.paused) return true;
  if ((await companionState()).damage) return holdWhileDamaged(); // every capture would be refused: none is sent
  for (const item of await queue.read()) {
    if (settings.sites[item.site] === false) {
      await queue.remove(item.id);
      continue;
    }
    const result = await client.capture(item.url, item.html);
    if (result.ok) {
      await queue.remove(item.id);
      await patchTabState(item.tabId, item.viewId, {
        status: "captured",
        personId: result.data.person_id,
        name: result.data.profile?.name ?? null,
        // An older saved page kept only what was new: the panel says so under the person (a new capture clears it).
        note: typeof result.data.note === "string" ? result.data.note : null,
        error: null,
      });
    } else if (shouldRetry(result)) {
      await queue.bump(item.id);
      const state = await noteFailure(result);
      if (state.damage) return holdWhileDamaged();
      await patchTabState(item.tabId, item.viewId, {
        status: "queued",
        reason: result.unpaired ? "unpaired" : "offline",
      });
      return false;
    } else {
      // The companion read the page and refused it (not a profile, too large...): say so, do not retry.
      await queue.remove(item.id);
      await patchTabState(item.tabId, item.viewId, { status: "error", error: result.error, httpStatus: result.status });
    }
  }
  return true;
}

/**
 * The store is damaged: what waits stays queued (refreshCompanion sends it once the status says the store is
 * sound again) and each tab says its profile was not saved, never that it was.
 */
async function holdWhileDamaged() {
  for (const item of await queue.read()) {
    await patchTabState(item.tabId, item.viewId, { status: "queued", reason: "damaged" });
  }
  return false;
}
