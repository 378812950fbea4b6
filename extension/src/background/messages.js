// What the background answers. Content scripts and extension pages never talk to the companion
// themselves: they send one of these messages and get { ok: true, ... } or { ok: false, error }.

import { ext } from "../shared/browser_api.js";
import { captureStatus, companionBase, loadSettings, parsePort } from "../shared/settings.js";
import { createClient, isCompanionHealth } from "./api_client.js";
import {
  COMPANION_KEY,
  TOKEN_KEY,
  client,
  companionState,
  drainQueue,
  noteFailure,
  queue,
  refreshCompanion,
} from "./companion_link.js";
import { getTabState, registerPanelTab, setFocus, setTabState } from "./tab_state.js";
import { buildSnapshot } from "../shared/snapshot_trim.js";
import { GUARD_TIMEOUT_MS, checkBody, uncheckedReason } from "./guard_check.js";

export { GUARD_TIMEOUT_MS };
export const GUARD_OFFLINE_KEY = "guardOfflineAt";
const MAX_RAW_CHARS = 6_000_000;
// A saved page imported on the setup page goes as it is (the companion accepts 8 MiB; JSON escaping adds a little).
export const MAX_SAVED_PAGE_CHARS = 7_000_000;

/**
 * Why the companion refused a pairing code, from its status: "wrong" (403), "used" (409), "expired" (410),
 * "locked" (429, too many wrong codes), or null for anything else (offline, an error).
 */
export function pairingProblem(result) {
  return { 403: "wrong", 409: "used", 410: "expired", 429: "locked" }[result?.status] ?? null;
}

const STRICTNESS = new Set(["relaxed", "normal", "strict"]);

/** The body of PUT /v1/settings/guard: the current settings with a change from the setup page applied. */
export function guardSettingsBody(current, change) {
  const strictness = STRICTNESS.has(change?.strictness) ? change.strictness : current?.strictness ?? "normal";
  const disabled = new Set(Array.isArray(current?.disabled_rules) ? current.disabled_rules : []);
  for (const [rule, on] of Object.entries(change?.rules ?? {})) {
    if (on === true) disabled.delete(rule);
    else if (on === false) disabled.add(rule);
  }
  return { strictness, disabled_rules: [...disabled].sort() };
}

/** The trimmed snapshot from a content script's raw parts, or null when they are missing or too large. */
function snapshotFrom(raw) {
  if (!raw || typeof raw.body !== "string") return null;
  const size = raw.body.length + (raw.head ?? []).join("").length + (raw.jsonLd ?? []).join("").length;
  if (size > MAX_RAW_CHARS) return null;
  return buildSnapshot(raw);
}

function hostOf(url) {
  try {
    return new URL(String(url)).hostname;
  } catch {
    return "";
  }
}

// Messages a content script may send; everything else must come from the extension's own pages.
const FROM_CONTENT = new Set(["rapport:capture", "rapport:page", "rapport:not-captured", "rapport:check", "rapport:sent"]);

// Why a content script sent nothing for a profile view (see R.checkIdentity); the panel words each.
const NOT_CAPTURED = new Set(["not-rendered", "other-profile", "switching", "unchanged"]);

/** Page text for the panel: a string, or null; bounded (the panel shows it as text only). */
const pageText = (value) => (typeof value === "string" && value.trim() ? value.trim().slice(0, 200) : null);

function fromExtensionPage(sender) {
  return typeof sender.url === "string" && sender.url.startsWith(ext.runtime.getURL(""));
}

async function paired() {
  return Boolean((await ext.storage.local.get(TOKEN_KEY))[TOKEN_KEY]);
}

/** A promise kept, let go or reopened by `change` (an api_client call): `{ personId, commitmentId }` → the
 * commitment as it now stands. */
async function changeCommitment(change, msg) {
  const result = await change(String(msg.personId), String(msg.commitmentId));
  if (!result.ok) noteFailure(result);
  return result.ok ? { ok: true, commitment: result.data } : result;
}

const handlers = {
  /**
   * A content script saw a page: a profile view starting ({key, viewId}) or a page that is not one. The
   * answer's `capture` says whether to capture the view, so content scripts never read the settings.
   */
  async "rapport:page"(msg, sender) {
    const tab = sender.tab;
    if (!tab) return { ok: false, error: "Only a tab can report a page." };
    if (tab.active) await setFocus(tab.id);
    if (!msg.key) {
      await setTabState(tab.id, { status: "none", url: String(msg.url ?? "") });
      return { ok: true, capture: false };
    }
    const current = await getTabState(tab.id);
    if (current?.viewId && current.viewId === msg.viewId) return { ok: true, capture: false }; // the capture already reported
    const settings = await loadSettings(ext.storage.local);
    const status = captureStatus(settings, msg.site, hostOf(msg.url));
    await setTabState(tab.id, { status, url: String(msg.url), site: msg.site, key: msg.key, viewId: msg.viewId });
    return { ok: true, capture: status === "waiting" };
  },

  /**
   * A profile view the content script did not capture: the page never showed the profile at its address
   * in time (a single-page app still showing the last one, or never rendering). Nothing is sent; the
   * panel says why. Only for the view the tab is on now.
   */
  async "rapport:not-captured"(msg, sender) {
    const tab = sender.tab;
    if (!tab) return { ok: false, error: "Only a tab can report a page." };
    const current = await getTabState(tab.id);
    if (!current || current.viewId !== msg.viewId || current.key !== msg.key) return { ok: true, stale: true };
    await setTabState(tab.id, {
      ...current,
      status: "not-captured",
      why: NOT_CAPTURED.has(msg.why) ? msg.why : "not-rendered",
      shows: pageText(msg.shows),
      name: pageText(msg.name),
      waitedMs: Number.isFinite(msg.waitedMs) ? msg.waitedMs : null,
    });
    return { ok: true };
  },

  /** A trimmed snapshot of a profile page: queue it (persisted first), then send what the queue holds. */
  async "rapport:capture"(msg, sender) {
    const tab = sender.tab;
    if (!tab) return { ok: false, error: "Only a tab can capture a page." };
    if (typeof msg.url !== "string") return { ok: false, error: "A capture needs the page's url." };
    const settings = await loadSettings(ext.storage.local);
    if (captureStatus(settings, msg.site, hostOf(msg.url)) !== "waiting") return { ok: false, skipped: true };
    const html = snapshotFrom(msg.snapshot);
    if (!html) return { ok: false, error: "The page snapshot is missing or too large to send." };
    if (tab.active) await setFocus(tab.id);
    const viewId = String(msg.viewId ?? `${Date.now()}`);
    await setTabState(tab.id, {
      status: "capturing",
      url: msg.url,
      site: msg.site,
      key: msg.key,
      viewId,
      bytes: html.length,
    });
    await queue.add({ id: viewId, viewId, tabId: tab.id, url: msg.url, site: msg.site, html });
    if (!(await paired())) {
      const current = await getTabState(tab.id);
      await setTabState(tab.id, { ...current, status: "queued", reason: "unpaired" });
      return { ok: false, queued: true, unpaired: true };
    }
    await drainQueue();
    const state = await getTabState(tab.id);
    if (state?.status === "queued") refreshCompanion(); // maybe it just came back
    return { ok: state?.status === "captured", status: state?.status, personId: state?.personId ?? null };
  },

  /**
   * The send guard asks about a draft, with what the page shows about the recipient (`context`). A
   * companion that is gone answers at once; a busy one gets GUARD_TIMEOUT_MS (see guard_check.js). The
   * answer's `reason` (offline, unpaired, timeout, error) is what the page says when the message goes unchecked.
   */
  async "rapport:check"(msg) {
    // Paused means no guard: the draft is neither sent to the companion nor recorded as unchecked.
    if ((await loadSettings(ext.storage.local)).paused) return { ok: false, paused: true, reason: "paused" };
    const result = await client.check(checkBody(msg), GUARD_TIMEOUT_MS);
    if (result.ok) return { ok: true, verdict: result.data };
    // a check while typing (the indicator's, `live`) sent nothing: only a send that went unchecked is recorded
    if (!msg.live) await ext.storage.local.set({ [GUARD_OFFLINE_KEY]: Date.now() });
    if ((result.offline && !result.timedOut) || result.unpaired) noteFailure(result);
    return { ok: false, offline: true, reason: uncheckedReason(result), error: result.error, status: result.status };
  },

  /** A message passed the guard and was sent: the companion logs it (kind and time only). */
  async "rapport:sent"(msg) {
    if ((await loadSettings(ext.storage.local)).paused) return { ok: true, paused: true };
    const body = { text: String(msg.text ?? "") };
    if (msg.to) body.to = String(msg.to);
    const result = await client.sent(body);
    if (!result.ok) {
      if (result.offline || result.unpaired) noteFailure(result);
      return result;
    }
    return { ok: true, ...result.data };
  },

  /** Everything a page needs to draw itself; refreshes the companion link first when it is not connected. */
  async "rapport:state"(msg) {
    let companion = await companionState();
    if (msg.refresh || companion.kind !== "connected" || Date.now() - (companion.checkedAt ?? 0) > 30_000) {
      companion = await refreshCompanion();
    }
    const stored = await ext.storage.local.get([GUARD_OFFLINE_KEY]);
    return {
      ok: true,
      companion: await companionState(),
      settings: await loadSettings(ext.storage.local),
      paired: await paired(),
      tab: msg.tabId === undefined || msg.tabId === null ? null : await getTabState(msg.tabId),
      guardOfflineAt: stored[GUARD_OFFLINE_KEY] ?? null,
      queued: (await queue.read()).length,
    };
  },

  async "rapport:person"(msg) {
    const result = await client.person(String(msg.personId));
    if (!result.ok) {
      noteFailure(result);
      return result;
    }
    return { ok: true, person: result.data };
  },

  async "rapport:note"(msg) {
    const text = String(msg.text ?? "").trim();
    if (!text) return { ok: false, error: "A note needs some text." };
    const result = msg.noteId === undefined || msg.noteId === null
      ? await client.addNote(String(msg.personId), text)
      : await client.editNote(String(msg.personId), msg.noteId, text);
    if (!result.ok) noteFailure(result);
    return result.ok ? { ok: true, note: result.data } : result;
  },

  /** The panel's "Add a promise": `{ personId, text, due? }` → the stored commitment. */
  async "rapport:promise"(msg) {
    const due = String(msg.due ?? "").trim();
    const result = await client.addCommitment(String(msg.personId), String(msg.text ?? ""), due || undefined);
    if (!result.ok) noteFailure(result);
    return result.ok ? { ok: true, commitment: result.data } : result;
  },

  /** The panel's "Kept" on an open promise: `{ personId, commitmentId }` → the commitment, now with `done_at`. */
  async "rapport:promise-kept"(msg) {
    return changeCommitment((person, number) => client.keepCommitment(person, number), msg);
  },

  /** The panel's "Let go" on an open promise: `{ personId, commitmentId }` → the commitment, now with `dropped_at`. */
  async "rapport:promise-drop"(msg) {
    return changeCommitment((person, number) => client.dropCommitment(person, number), msg);
  },

  /** Undo on a promise just kept or let go: `{ personId, commitmentId }` → the commitment, open again. */
  async "rapport:promise-reopen"(msg) {
    return changeCommitment((person, number) => client.reopenCommitment(person, number), msg);
  },

  async "rapport:interaction"(msg) {
    const result = await client.logInteraction(String(msg.personId), String(msg.kind));
    if (!result.ok) noteFailure(result);
    return result.ok ? { ok: true, ...result.data } : result;
  },

  /** The panel's Undo, within a minute of logging an interaction. */
  async "rapport:interaction-undo"(msg) {
    const result = await client.deleteInteraction(String(msg.personId), String(msg.interactionId));
    if (!result.ok) noteFailure(result);
    return result.ok ? { ok: true, ...result.data } : result;
  },

  /** The panel accepted a merge suggestion: the two records are one person; answers with the joined view. */
  async "rapport:merge"(msg) {
    const result = await client.merge(String(msg.personId), String(msg.otherId));
    if (!result.ok) noteFailure(result);
    return result.ok ? { ok: true, person: result.data } : result;
  },

  /** The panel split a site back out of a person Rapport had joined: `{ personId, site }` in; answers `{ personId, splitPersonId }` (who stays, who left). */
  async "rapport:unmerge"(msg) {
    const result = await client.unmerge(String(msg.personId), String(msg.site));
    if (!result.ok) noteFailure(result);
    return result.ok ? { ok: true, personId: result.data.person_id, splitPersonId: result.data.split_person_id } : result;
  },

  /** Undo "This is me": put back the own profile it replaced, or remove the one it added. */
  async "rapport:me-undo"(msg) {
    const result = msg.replaced && typeof msg.replaced === "object"
      ? await client.putMe(msg.replaced)
      : await client.unsetMe(String(msg.site ?? ""));
    if (!result.ok) {
      noteFailure(result);
      return result;
    }
    await refreshCompanion();
    return { ok: true };
  },

  /** "This is me": take the tab's current snapshot from its content script and send it as the user's own profile. */
  async "rapport:me"(msg) {
    let snap;
    try {
      snap = await ext.tabs.sendMessage(Number(msg.tabId), { type: "rapport:snapshot" });
    } catch {
      snap = null;
    }
    const html = snapshotFrom(snap?.snapshot);
    if (!html) return { ok: false, error: "Could not read that tab; reload the profile page and try again." };
    const result = await client.setMe(snap.url, html);
    if (!result.ok) {
      noteFailure(result);
      return result;
    }
    await refreshCompanion();
    return { ok: true, profile: result.data.profile, site: result.data.site ?? null, replaced: result.data.replaced ?? null };
  },

  /** Is the Rapport companion running on this port? (The setup page looks before it saves a port.) */
  async "rapport:probe"(msg) {
    const port = parsePort(msg.port);
    if (!port) return { ok: false, error: "A port is a number between 1 and 65535." };
    const probe = createClient({ getBase: async () => companionBase(port), getToken: async () => null });
    const health = await probe.health();
    if (!health.ok) return { ok: true, running: false, port };
    return { ok: true, running: isCompanionHealth(health.data), other: !isCompanionHealth(health.data), port, version: health.data?.version };
  },

  /** Trade the one-time code from `companion pair` for the API token, kept in storage.local only. */
  async "rapport:pair"(msg) {
    const code = String(msg.code ?? "").trim();
    if (!code) return { ok: false, problem: "empty", error: "Type the pairing code first." };
    const result = await client.pair(code);
    if (!result.ok) return { ...result, problem: pairingProblem(result) };
    if (!result.data?.token) return { ok: false, error: "The companion answered without a token; try a new code." };
    await ext.storage.local.set({ [TOKEN_KEY]: result.data.token });
    const companion = await refreshCompanion();
    return { ok: true, companion };
  },

  /**
   * The guard's settings and its rules, for the setup page; with `change` ({strictness?, rules?: {id: on}})
   * the change is saved first (PUT /v1/settings/guard) on top of what the companion holds now.
   */
  async "rapport:guard-settings"(msg) {
    let settings = await client.guardSettings();
    if (settings.ok && msg.change) settings = await client.saveGuardSettings(guardSettingsBody(settings.data, msg.change));
    if (!settings.ok) {
      noteFailure(settings);
      return settings;
    }
    const rules = await client.guardRules();
    return { ok: true, settings: settings.data, rules: rules.ok ? rules.data.rules : [] };
  },

  /** Your own profile as the companion holds it (GET /v1/me), or null when it is not set yet. */
  async "rapport:who-am-i"() {
    const result = await client.getMe();
    if (result.ok) return { ok: true, profile: result.data.profile };
    if (result.status === 404) return { ok: true, profile: null };
    noteFailure(result);
    return result;
  },

  /** A saved page of your own profile, imported on the setup page: POST /v1/me with the address it names. */
  async "rapport:me-import"(msg) {
    if (typeof msg.html !== "string" || !msg.html.trim()) return { ok: false, error: "That file is empty." };
    if (msg.html.length > MAX_SAVED_PAGE_CHARS) {
      return { ok: false, error: "That file is too large; save the page again choosing HTML only." };
    }
    const url = String(msg.url ?? "");
    if (!/^https:\/\//.test(url)) return { ok: false, error: "Give the address of your profile page, starting with https://." };
    const result = await client.setMe(url, msg.html);
    if (!result.ok) {
      noteFailure(result);
      return result;
    }
    await refreshCompanion();
    return { ok: true, profile: result.data.profile };
  },

  async "rapport:unpair"() {
    await ext.storage.local.remove([TOKEN_KEY, COMPANION_KEY]);
    return { ok: true, companion: await refreshCompanion() };
  },

  /** Our panel page opened as a tab (as tests do) says so, so it never counts as the tab the user looks at. */
  async "rapport:panel-tab"(msg) {
    await registerPanelTab(Number(msg.tabId));
    return { ok: true };
  },
};

/** Answer one message; unknown or unauthorised messages get an error in the one shape. */
export async function handleMessage(msg, sender) {
  const handler = msg && typeof msg.type === "string" ? handlers[msg.type] : undefined;
  if (!handler) return { ok: false, error: `Unknown message ${JSON.stringify(msg?.type ?? null)}.` };
  if (!FROM_CONTENT.has(msg.type) && !fromExtensionPage(sender)) {
    return { ok: false, error: "That message is only accepted from the extension's own pages." };
  }
  try {
    return await handler(msg, sender);
  } catch (error) {
    return { ok: false, error: `The extension failed: ${error?.message ?? error}` };
  }
}

