// What the setup page says and which step it is on, as pure functions (tested in extension/test/setup.test.mjs).
// The words are for people who never opened a terminal: plain sentences, commands set apart by the page's
// markup (never by backticks), each instruction said once.

import { DAMAGE_LEAD, plainSentence } from "../shared/wording.js";

export { plainSentence }; // setup.js imports it from here

/** The steps, in order. "done" is the last: open a profile. */
export const STEPS = ["companion", "pair", "who", "done"];

/**
 * Where the user is: the first step not done yet. `facts`: { running (the companion answers), paired (a
 * token is stored), accepted (the companion accepts it), me (your own profile is set) }.
 */
export function currentStep(facts) {
  if (!facts.running) return "companion";
  if (!facts.paired || !facts.accepted) return "pair";
  if (!facts.me) return "who";
  return "done";
}

/** Each step's state for the page: "done", "current" or "later". */
export function stepStates(facts) {
  const current = STEPS.indexOf(currentStep(facts));
  return Object.fromEntries(STEPS.map((step, i) => [step, i < current ? "done" : i === current ? "current" : "later"]));
}

/** The companion line for a probe answer ({running, other, version}) on `port`. */
export function companionLine(probe, port) {
  if (probe?.running) return { text: `The companion is running on port ${port}.`, state: "ok" };
  if (probe?.other) {
    return {
      text: `Something else answers on port ${port}; it is not the Rapport companion. Type the port the companion showed when it started.`,
      state: "bad",
    };
  }
  return { text: `The companion is not running on port ${port} yet. This page notices when it starts.`, state: "waiting" };
}

const PAIRING_PROBLEMS = {
  empty: "Type the pairing code first.",
  wrong: "That code is not right. Check it against the one the companion showed, letter by letter.",
  expired: "That code has expired: codes last ten minutes. Type companion pair in the terminal for a new one.",
  used: "That code has already been used, and each code works once. Type companion pair in the terminal for a new one.",
  locked: "Too many wrong codes, so pairing is locked for a few minutes. Wait, then type a new code.",
};

/** A plain sentence for a failed pairing answer ({problem, error, offline}). */
export function pairingLine(answer) {
  if (PAIRING_PROBLEMS[answer?.problem]) return PAIRING_PROBLEMS[answer.problem];
  if (answer?.offline) return "The companion stopped answering. Start it again, then pair.";
  return plainSentence(answer?.error) || "Pairing did not work. Try again with a new code.";
}

/** The companion's damaged-store sentence for this page, after what still works; null when the store is sound. */
export function damageSentence(damage) {
  const sentence = plainSentence(damage);
  return sentence ? `${plainSentence(DAMAGE_LEAD)} ${sentence}` : null;
}


const SITE_NAMES = { linkedin: "LinkedIn", x: "X", bluesky: "Bluesky", github: "GitHub", mastodon: "Mastodon", web: "the web" };

/** "Rapport knows you as Ada Lovelace on LinkedIn." for your own profile. */
export function meLine(profile) {
  const name = String(profile?.name ?? "").trim() || "you";
  const site = SITE_NAMES[profile?.site];
  return site ? `Done: Rapport knows you as ${name} on ${site}.` : `Done: Rapport knows you as ${name}.`;
}

function attribute(tag, name) {
  const match = tag.match(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i"));
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

function httpsAddress(text) {
  if (!text) return null;
  try {
    const url = new URL(text.replace(/&amp;/g, "&").trim());
    return url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The address a saved page was saved from, when it says: the browser's "saved from url" mark, SingleFile's
 * note, the canonical link or og:url. Null when it names none (then the user types it).
 */
export function savedPageAddress(html) {
  const text = String(html ?? "");
  const head = text.slice(0, 200_000); // the marks and <head> come first; a page's body can be megabytes
  const savedFrom = head.match(/<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i);
  const singleFile = head.match(/<!--[\s\S]{0,400}?Page saved with SingleFile[\s\S]{0,200}?url:\s*(\S+)/i);
  const candidates = [savedFrom?.[1], singleFile?.[1]];
  for (const tag of head.match(/<link\b[^>]*>/gi) ?? []) {
    if (/^canonical$/i.test(attribute(tag, "rel") ?? "")) candidates.push(attribute(tag, "href"));
  }
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    if (/^og:url$/i.test(attribute(tag, "property") ?? "")) candidates.push(attribute(tag, "content"));
  }
  for (const candidate of candidates) {
    const address = httpsAddress(candidate);
    if (address) return address;
  }
  return null;
}

/** Strictness levels as the select shows them. */
export const STRICTNESS_CHOICES = [
  { value: "relaxed", label: "Relaxed: stop only clear pitches" },
  { value: "normal", label: "Normal" },
  { value: "strict", label: "Strict: stop softer pitches too" },
];
