// The setup page (the manifest's options page, opened on install): find the companion, pair, grant
// what the browser requires, and choose where Rapport reads. Talks to the companion only through the
// background; settings and the token live in storage.local.

import { ask, ext } from "../shared/browser_api.js";
import { clear, el } from "../shared/dom.js";
import {
  SITES,
  instanceOrigins,
  loadSettings,
  parseInstanceHost,
  parsePort,
  updateSettings,
} from "../shared/settings.js";
import { START_COMMANDS } from "../shared/wording.js";

const $ = (id) => document.getElementById(id);

function say(id, text, state) {
  const node = $(id);
  node.textContent = text;
  if (state) node.dataset.state = state;
  else delete node.dataset.state;
}

// What Firefox (MV3 makes host permissions optional there) must grant before anything works.
function requiredOrigins() {
  const manifest = ext.runtime.getManifest();
  const sites = new Set(manifest.host_permissions ?? []);
  for (const entry of manifest.content_scripts ?? []) for (const m of entry.matches ?? []) sites.add(m);
  return [...sites];
}

async function missingOrigins() {
  // Chrome grants content-script sites at install and lists them in getAll() (while contains() says no);
  // Firefox lists only what the user allowed.
  const granted = new Set((await ext.permissions.getAll()).origins ?? []);
  const missing = [];
  for (const origin of requiredOrigins()) {
    if (!granted.has(origin) && !(await ext.permissions.contains({ origins: [origin] }))) missing.push(origin);
  }
  return missing;
}

let missing = [];

async function showPermissions() {
  missing = await missingOrigins();
  $("permission-block").hidden = missing.length === 0;
  return missing;
}

/** Must be called synchronously in a click handler: browsers grant permissions only from a user gesture. */
function requestMissingPermissions() {
  if (!missing.length) return Promise.resolve(true);
  return ext.permissions.request({ origins: missing }).catch(() => false);
}

async function lookForCompanion() {
  const settings = await loadSettings(ext.storage.local);
  const port = parsePort($("port").value) ?? settings.port;
  say("companion-running", `Looking for the companion on port ${port}…`);
  const probe = await ask({ type: "rapport:probe", port });
  if (!probe.ok) return say("companion-running", probe.error, "bad");
  if (probe.running) {
    if (port !== settings.port) await updateSettings(ext.storage.local, { port });
    say("companion-running", `The companion is running on port ${port} (version ${probe.version}).`, "ok");
  } else if (probe.other) {
    say("companion-running", `Something else answers on port ${port}: it is not the Rapport companion. Give the port the companion printed when it started.`, "bad");
  } else {
    say("companion-running", `The companion is not running on port ${port}. Start it with ${START_COMMANDS}, then press “Look again”.`, "bad");
  }
  return probe;
}

async function showPairing() {
  const state = await ask({ type: "rapport:state" });
  if (!state.ok) return;
  if (state.paired && state.companion.kind === "connected") say("pair-status", "Paired: this browser and the companion know each other.", "ok");
  else if (state.paired && state.companion.kind === "unpaired") say("pair-status", state.companion.error ?? "Pair again with a new code.", "bad");
  else if (state.paired) say("pair-status", "Paired, but the companion is not running right now.");
  else say("pair-status", "Not paired yet.");
}

async function pair() {
  const code = $("pairing-code").value.trim();
  // The permission prompt (Firefox) needs this very click, so it comes before anything is awaited.
  const granted = requestMissingPermissions();
  if (!code) return say("pair-status", "Enter the code that `companion pair` printed.", "bad");
  await granted;
  await showPermissions();
  const probe = await lookForCompanion();
  if (!probe?.running) return say("pair-status", `Start the companion first (${START_COMMANDS}), then pair.`, "bad");
  say("pair-status", "Pairing…");
  const answer = await ask({ type: "rapport:pair", code });
  if (answer.ok) {
    $("pairing-code").value = "";
    say("pair-status", "Paired: this browser and the companion know each other. Open a profile and the Rapport panel.", "ok");
  } else {
    say("pair-status", answer.error, "bad");
  }
}

async function drawSettings() {
  const settings = await loadSettings(ext.storage.local);
  $("paused").checked = settings.paused;
  if (!$("port").value) $("port").value = String(settings.port);
  const switches = $("site-switches");
  clear(switches);
  for (const site of SITES) {
    const box = el("input", { testid: `site-${site.id}`, attrs: { type: "checkbox" } });
    box.checked = settings.sites[site.id];
    box.addEventListener("change", async () => {
      await updateSettings(ext.storage.local, { sites: { [site.id]: box.checked } });
      say("settings-status", `${site.label}: ${box.checked ? "on" : "off"}.`);
    });
    switches.append(el("label", { className: "switch" }, [box, ` ${site.label}`]));
  }
  const list = $("instances");
  clear(list);
  for (const host of settings.mastodonInstances) {
    const granted = await ext.permissions.contains({ origins: instanceOrigins([host]) });
    const remove = el("button", { text: "Remove", attrs: { type: "button" } });
    remove.addEventListener("click", async () => {
      const current = await loadSettings(ext.storage.local);
      await updateSettings(ext.storage.local, { mastodonInstances: current.mastodonInstances.filter((h) => h !== host) });
      await ext.permissions.remove({ origins: instanceOrigins([host]) }).catch(() => false);
      drawSettings();
    });
    list.append(el("li", { testid: "mastodon-instance-item" }, [el("span", { text: host }), el("span", { className: "hint", text: granted ? "allowed" : "not allowed yet" }), remove]));
  }
}

async function addInstance() {
  const host = parseInstanceHost($("instance").value);
  if (!host) return say("settings-status", "That is not an instance address; type it like mastodon.social.", "bad");
  const granted = await ext.permissions.request({ origins: instanceOrigins([host]) }).catch(() => false);
  const current = await loadSettings(ext.storage.local);
  await updateSettings(ext.storage.local, { mastodonInstances: [...current.mastodonInstances, host] });
  $("instance").value = "";
  say("settings-status", granted ? `Added ${host}.` : `Added ${host}, but the browser did not allow access; Rapport cannot read it until you do.`, granted ? "ok" : "bad");
  drawSettings();
}

async function start() {
  $("pair-button").addEventListener("click", pair);
  $("pairing-code").addEventListener("keydown", (event) => {
    if (event.key === "Enter") pair();
  });
  $("check-port").addEventListener("click", lookForCompanion);
  $("grant-permissions").addEventListener("click", async () => {
    await requestMissingPermissions();
    await showPermissions();
  });
  $("paused").addEventListener("change", async () => {
    await updateSettings(ext.storage.local, { paused: $("paused").checked });
    say("settings-status", $("paused").checked ? "Paused: Rapport reads no pages." : "Running again.");
  });
  $("add-instance").addEventListener("click", addInstance);
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && (changes.companion || changes.token)) showPairing();
  });
  await drawSettings();
  await showPermissions();
  await lookForCompanion();
  await showPairing();
}

start();
