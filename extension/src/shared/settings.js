// The user's settings. They live in storage.local (never storage.sync: the token and the port are
// per machine, and syncing them breaks the other machines).

export const DEFAULT_PORT = 8765;

/** Sites capture can run on, with the names the setup page shows. */
export const SITES = [
  { id: "linkedin", label: "LinkedIn" },
  { id: "x", label: "X / Twitter" },
  { id: "bluesky", label: "Bluesky" },
  { id: "github", label: "GitHub" },
  { id: "mastodon", label: "Mastodon (the instances you add below)" },
];

/** Settings a fresh install starts with: every site on, not paused, the default port. */
export function defaultSettings() {
  return {
    port: DEFAULT_PORT,
    paused: false,
    guardIndicator: true, // the send guard's badge beside Send while typing (issue 19)
    sites: Object.fromEntries(SITES.map((s) => [s.id, true])),
    mastodonInstances: [],
  };
}

/** A valid TCP port from user input, or null. */
export function parsePort(value) {
  const text = String(value ?? "").trim();
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}

/** A Mastodon instance host from what the user typed ("mastodon.social", "https://fosstodon.org/@me"), or null. */
export function parseInstanceHost(value) {
  let text = String(value ?? "").trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z]+:\/\//.test(text)) text = `https://${text}`;
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.port) return null;
  const host = url.hostname;
  // A real public host: at least one dot, letters/digits/hyphens only. Capture sites are not instances.
  if (!/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host)) return null;
  if (host === "linkedin.com" || host.endsWith(".linkedin.com")) return null; // every LinkedIn host is captured
  if (["x.com", "twitter.com", "bsky.app", "github.com"].includes(host)) return null;
  return host;
}

/** Settings read from storage, with anything missing or malformed replaced by its default. */
export function normaliseSettings(raw) {
  const base = defaultSettings();
  if (!raw || typeof raw !== "object") return base;
  const sites = { ...base.sites };
  for (const id of Object.keys(sites)) {
    if (typeof raw.sites?.[id] === "boolean") sites[id] = raw.sites[id];
  }
  const instances = Array.isArray(raw.mastodonInstances)
    ? [...new Set(raw.mastodonInstances.map(parseInstanceHost).filter(Boolean))]
    : [];
  return {
    port: parsePort(raw.port) ?? base.port,
    paused: raw.paused === true,
    guardIndicator: raw.guardIndicator !== false,
    sites,
    mastodonInstances: instances,
  };
}

/**
 * Whether a profile view on `site` (at `host`) is captured: "waiting" (yes, once it renders), "paused", or
 * "site-off" (the site is switched off, or a Mastodon host that is no longer among the user's instances).
 */
export function captureStatus(settings, site, host) {
  if (settings.paused) return "paused";
  if (settings.sites[site] === false) return "site-off";
  if (site === "mastodon" && !settings.mastodonInstances.includes(String(host ?? "").toLowerCase())) return "site-off";
  return "waiting";
}

/** The companion's base URL for a port. Always the loopback address: the companion never listens elsewhere. */
export function companionBase(port) {
  return `http://127.0.0.1:${parsePort(port) ?? DEFAULT_PORT}`;
}

/** Host permission patterns for the user's Mastodon instances. */
export function instanceOrigins(hosts) {
  return hosts.map((host) => `https://${host}/*`);
}

/** Read settings from an extension storage area. */
export async function loadSettings(storage) {
  const { settings } = await storage.get("settings");
  return normaliseSettings(settings);
}

/** Merge a change into the stored settings and return the result. */
export async function updateSettings(storage, change) {
  const current = await loadSettings(storage);
  const next = normaliseSettings({ ...current, ...change, sites: { ...current.sites, ...(change.sites ?? {}) } });
  await storage.set({ settings: next });
  return next;
}

/**
 * Call `callback(settings, previous)` whenever the stored settings change, from any page or the background:
 * the one switch (settings.paused) is read from storage, so every page follows it at once. Returns a
 * function that stops watching. `api` is the extension namespace (chrome or browser).
 */
export function watchSettings(api, callback) {
  const listener = (changes, area) => {
    if (area !== "local" || !changes.settings) return;
    callback(normaliseSettings(changes.settings.newValue), normaliseSettings(changes.settings.oldValue));
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
