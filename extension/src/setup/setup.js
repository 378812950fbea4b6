// The setup page (the manifest's options page, opened on install): start the companion, pair, say who you
// are, open a profile; and the settings (pause, sites, Mastodon instances, the guard). It watches for the
// companion every two seconds while open and moves to the next step by itself. Talks to the companion only
// through the background; settings and the token live in storage.local, and the page follows changes made
// elsewhere (the panel's Resume) through storage.onChanged.

import { ask, ext } from "../shared/browser_api.js";
import { clear, el } from "../shared/dom.js";
import {
  SITES,
  instanceOrigins,
  loadSettings,
  parseInstanceHost,
  parsePort,
  updateSettings,
  watchSettings,
} from "../shared/settings.js";
import {
  STRICTNESS_CHOICES,
  companionLine,
  currentStep,
  damageSentence,
  meLine,
  pairingLine,
  plainSentence,
  savedPageAddress,
  stepStates,
} from "./setup_view.js";

const WATCH_MS = 2000;
const $ = (id) => document.getElementById(id);

function say(id, text, state) {
  const node = $(id);
  node.textContent = text;
  if (state) node.dataset.state = state;
  else delete node.dataset.state;
}

// What the page knows; each step is drawn from these facts alone.
const facts = { running: false, paired: false, accepted: false, me: false };
let profile = null;

function drawSteps() {
  const states = stepStates(facts);
  for (const [step, state] of Object.entries(states)) $(`step-${step}`).dataset.state = state;
}

/** Redraw the steps; when the user just reached a new one, bring it into view (and its field into focus). */
let shownStep = null;
function advance() {
  drawSteps();
  const step = currentStep(facts);
  if (step === shownStep) return;
  const first = shownStep === null;
  shownStep = step;
  if (first) return; // the page opens at the top, on what it says first
  $(`step-${step}`).scrollIntoView({ block: "nearest", behavior: "smooth" });
  if (step === "pair" && document.activeElement?.id !== "port") $("pairing-code").focus();
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

/** Is the companion there? Asked every two seconds (one question at a time). */
let looking = null;
function lookForCompanion() {
  looking ??= probeCompanion().finally(() => {
    looking = null;
  });
  return looking;
}

async function probeCompanion() {
  const settings = await loadSettings(ext.storage.local);
  const port = parsePort($("port").value) ?? settings.port;
  const probe = await ask({ type: "rapport:probe", port });
  if (!probe.ok) {
    say("companion-running", plainSentence(probe.error), "bad");
    return probe;
  }
  const line = companionLine(probe, port);
  say("companion-running", line.text, line.state);
  const appeared = probe.running && !facts.running;
  facts.running = Boolean(probe.running);
  $("companion-how").hidden = facts.running;
  if (probe.running && port !== settings.port) await updateSettings(ext.storage.local, { port });
  if (appeared) await showPairing(true); // the background's link learns of it too, and sends what waits
  advance();
  return probe;
}

/** Pairing as the background's link sees it; `refresh` asks the companion again. */
async function showPairing(refresh = false) {
  const state = await ask({ type: "rapport:state", refresh });
  if (!state.ok) return;
  const kind = state.companion.kind;
  facts.paired = state.paired;
  facts.accepted = state.paired && kind !== "unpaired";
  if (kind === "connected") facts.running = true;
  if (state.paired && kind === "connected") say("pair-status", "Paired: this browser and the companion know each other.", "ok");
  else if (state.paired && kind === "unpaired") say("pair-status", "The companion no longer knows this browser. Pair again with a new code.", "bad");
  else if (state.paired) say("pair-status", "Paired. The companion is not running right now.");
  else if ($("pair-status").dataset.state !== "bad") say("pair-status", "Not paired yet."); // keeps a refused code's sentence
  const damage = state.paired && kind === "connected" ? damageSentence(state.companion.damage) : null;
  $("store-damage").hidden = !damage;
  say("store-damage", damage ?? "");
  if (kind === "connected") await showWhoYouAre(state.companion.me);
  if (kind === "connected" && $("guard-strictness").disabled) await drawGuard();
  advance();
}

/** Your own profile: asked of the companion when it says one is set (or to show whose it is). */
async function showWhoYouAre(meIsSet) {
  if (!meIsSet) {
    facts.me = false;
    profile = null;
    if ($("me-status").dataset.state === "ok") say("me-status", "");
    return;
  }
  if (!profile) {
    const answer = await ask({ type: "rapport:who-am-i" });
    if (answer.ok) profile = answer.profile;
  }
  facts.me = Boolean(profile);
  if (profile) say("me-status", meLine(profile), "ok");
}

async function pair() {
  const code = $("pairing-code").value.trim();
  // The permission prompt (Firefox) needs this very click, so it comes before anything is awaited.
  const granted = requestMissingPermissions();
  if (!code) return say("pair-status", pairingLine({ problem: "empty" }), "bad");
  await granted;
  await showPermissions();
  const probe = await lookForCompanion();
  if (!probe?.running) return say("pair-status", "Start the companion first (step 1), then pair.", "bad");
  say("pair-status", "Pairing…");
  const answer = await ask({ type: "rapport:pair", code });
  if (!answer.ok) return say("pair-status", pairingLine(answer), "bad");
  $("pairing-code").value = "";
  say("pair-status", "Paired: this browser and the companion know each other.", "ok");
  await showPairing();
}

/** Read the chosen file; fill in the address it names, and import at once when it names one. */
async function chooseSavedPage() {
  const file = $("me-file").files?.[0];
  // Import reads the chosen page: with no page it has nothing to read, whatever address is typed (newcomer 8, P6).
  $("me-import").disabled = !file;
  $("me-import").title = file ? "" : "Choose the saved page first";
  if (!file) return;
  const html = await file.text();
  const address = savedPageAddress(html);
  if (address) $("me-url").value = address;
  if ($("me-url").value.trim()) return importSavedPage(html);
  say("me-status", "This page does not say which address it was saved from. Type the address of your profile, then press Import.", "bad");
}

async function importSavedPage(html) {
  const file = $("me-file").files?.[0];
  const text = typeof html === "string" ? html : file ? await file.text() : "";
  if (!text) return say("me-status", "Choose the saved page of your profile first.", "bad");
  say("me-status", "Reading your profile…");
  const answer = await ask({ type: "rapport:me-import", html: text, url: $("me-url").value.trim() });
  if (!answer.ok) return say("me-status", plainSentence(answer.error), "bad");
  profile = answer.profile;
  facts.me = true;
  say("me-status", meLine(profile), "ok");
  advance();
}

async function drawSettings() {
  const settings = await loadSettings(ext.storage.local);
  $("paused").checked = settings.paused;
  $("guard-indicator").checked = settings.guardIndicator;
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

/** Settings changed anywhere (this page, the panel's Resume, another window): the switches follow at once. */
function followSettings(settings) {
  $("paused").checked = settings.paused;
  $("guard-indicator").checked = settings.guardIndicator;
  for (const site of SITES) {
    const box = document.querySelector(`[data-testid="site-${site.id}"]`);
    if (box) box.checked = settings.sites[site.id];
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

/**
 * Before the companion answers, "How strict" lists its choices (off, at the default) and says why it is off: an
 * empty drop-down read as broken (newcomer 7, P5). drawGuard() replaces them with what the companion holds.
 */
function drawGuardWaiting() {
  const select = $("guard-strictness");
  if (select.options.length) return;
  for (const choice of STRICTNESS_CHOICES) select.append(el("option", { text: choice.label, attrs: { value: choice.value } }));
  select.value = "normal";
  say("guard-status", "The guard's settings can be changed once the companion is running and paired.");
}

/** The guard's strictness and rules, as the companion holds them (GET/PUT /v1/settings/guard). */
async function drawGuard(change) {
  const answer = await ask({ type: "rapport:guard-settings", ...(change ? { change } : {}) });
  const select = $("guard-strictness");
  if (!answer.ok) {
    select.disabled = true;
    const why = answer.unpaired || answer.offline ? "The guard's settings can be changed once the companion is running and paired." : plainSentence(answer.error);
    return say("guard-status", why);
  }
  clear(select);
  for (const choice of STRICTNESS_CHOICES) select.append(el("option", { text: choice.label, attrs: { value: choice.value } }));
  select.value = answer.settings.strictness;
  select.disabled = false;
  const rules = $("guard-rules");
  clear(rules);
  const off = new Set(answer.settings.disabled_rules);
  for (const rule of answer.rules) {
    const box = el("input", { testid: `guard-rule-${rule.id}`, attrs: { type: "checkbox" } });
    box.checked = !off.has(rule.id);
    box.addEventListener("change", () => saveGuard({ rules: { [rule.id]: box.checked } }));
    rules.append(el("label", { className: "switch" }, [box, ` ${rule.catches}`]));
  }
  say("guard-status", change ? "Saved: every check uses this from now on." : "");
}

async function saveGuard(change) {
  say("guard-status", "Saving…");
  await drawGuard(change);
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
    say("settings-status", $("paused").checked ? "Paused: Rapport reads no pages and checks no messages." : "Running again.");
  });
  $("guard-indicator").addEventListener("change", async () => {
    await updateSettings(ext.storage.local, { guardIndicator: $("guard-indicator").checked });
    say("guard-status", $("guard-indicator").checked ? "The sign beside Send is on." : "The sign beside Send is off.");
  });
  $("add-instance").addEventListener("click", addInstance);
  $("me-file").addEventListener("change", chooseSavedPage);
  $("me-import").addEventListener("click", () => importSavedPage());
  $("guard-strictness").addEventListener("change", () => saveGuard({ strictness: $("guard-strictness").value }));
  watchSettings(ext, followSettings);
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && (changes.companion || changes.token)) showPairing();
  });
  drawSteps();
  drawGuardWaiting();
  await drawSettings();
  await showPermissions();
  await lookForCompanion();
  await showPairing();
  setInterval(lookForCompanion, WATCH_MS);
}

start();
