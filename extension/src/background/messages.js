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
    const result = await client.check(checkBody(msg), GUARD_TIMEOUT_MS);
    if (result.ok) return { ok: true, verdict: result.data };
    await ext.storage.local.set({ [GUARD_OFFLINE_KEY]: Date.now() });
    if ((result.offline && !result.timedOut) || result.unpaired) noteFailure(result);
    return { ok: false, offline: true, reason: uncheckedReason(result), error: result.error, status: result.status };
  },

  /** A message passed the guard and was sent: the companion logs it (kind and time only). */
  async "rapport:sent"(msg) {
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

  async "rapport:interaction"(msg) {
    const result = await client.logInteraction(String(msg.personId), String(msg.kind));
    if (!result.ok) noteFailure(result);
    return result.ok ? { ok: true, ...result.data } : result;
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
    return { ok: true, profile: result.data.profile };
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
    if (!code) return { ok: false, error: "Enter the code that `companion pair` printed." };
    const result = await client.pair(code);
    if (!result.ok) return result;
    if (!result.data?.token) return { ok: false, error: "The companion answered without a token; try a new code." };
    await ext.storage.local.set({ [TOKEN_KEY]: result.data.token });
    const companion = await refreshCompanion();
    return { ok: true, companion };
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

