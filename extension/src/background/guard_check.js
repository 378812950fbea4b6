// The send guard's check, as the background sends it to the companion (POST /v1/check) and answers the
// guard (issue 16, items 4 and 5). Pure functions: messages.js does the I/O.

/**
 * How long the companion is given to answer a check. A companion that is gone fails at once (connection
 * refused, or no token); one that is there but busy is waited for this long, because giving up early on a
 * busy laptop lets exactly the pitch through. The guard itself waits a little longer (waking the worker).
 */
export const GUARD_TIMEOUT_MS = 2000;

const DEGREES = new Set(["1st", "2nd", "3rd"]);
const MAX_COUNT = 100_000;
const SHORT = 200;
const URL_MAX = 4096;

function count(value) {
  return Number.isInteger(value) && value >= 0 ? Math.min(value, MAX_COUNT) : null;
}

function text(value, max) {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

/**
 * What the page shows about the recipient, as CONTRACT.md's PageContext: only well-formed fields are kept
 * (a content script runs in a page the user does not control), or null when none is.
 */
export function pageContext(raw) {
  if (!raw || typeof raw !== "object") return null;
  const context = {};
  if (DEGREES.has(raw.degree)) context.degree = raw.degree;
  if (raw.thread && typeof raw.thread === "object") {
    const fromMe = count(raw.thread.from_me);
    const fromThem = count(raw.thread.from_them);
    if (fromMe !== null && fromThem !== null) context.thread = { from_me: fromMe, from_them: fromThem };
  }
  const name = text(raw.recipient_name, SHORT);
  if (name) context.recipient_name = name;
  const url = text(raw.recipient_url, URL_MAX);
  if (url && /^https:\/\//.test(url)) context.recipient_url = url;
  if (typeof raw.follows_you === "boolean") context.follows_you = raw.follows_you;
  return Object.keys(context).length ? context : null;
}

/** The body of POST /v1/check for the guard's `rapport:check` message {text, to?, stage?, context?}. */
export function checkBody(msg) {
  const body = { text: String(msg.text ?? "") };
  if (msg.stage) body.stage = msg.stage;
  if (msg.to) body.to = String(msg.to).slice(0, URL_MAX);
  const context = pageContext(msg.context);
  if (context) body.context = context;
  return body;
}

/**
 * Why a check brought no verdict, from the client's failure: "offline" (nothing answers on the port),
 * "unpaired" (no token, or the companion refused it), "timeout" (it is there but did not answer in time),
 * or "error" (it answered with an error).
 */
export function uncheckedReason(result) {
  if (result.unpaired) return "unpaired";
  if (result.offline) return result.timedOut ? "timeout" : "offline";
  return "error";
}
