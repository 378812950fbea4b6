// Pure rendering for the side panel: data in, DOM out, every string through textContent (see el()).
// Actions are callbacks passed in, so these functions are testable in jsdom without an extension.

import { el, safeLink } from "../shared/dom.js";
import { PANEL_DAMAGE_LEAD, plainSentence, tierLine, whyTelling } from "../shared/wording.js";
import { exactDate, parseWhen, relativeDay } from "./relative_time.js";

// Every interaction kind the companion knows: the picker's label, and how a sentence names it.
const KINDS = [
  ["in-person", "Met in person", "in person"],
  ["video-call", "Video call", "video call"],
  ["phone-call", "Phone call", "phone call"],
  ["message", "You messaged them", "your message"],
  ["reply", "They replied", "their reply"],
  ["comment", "Comment", "a comment"],
  ["share", "Share", "a share"],
  ["like", "Like", "a like"],
];
const KIND_WORDS = Object.fromEntries(KINDS.map(([kind, , words]) => [kind, words]));

// How many things in common and starters show before "Show more": the best first, the rest one click away.
export const SHOWN_COMMONALITIES = 5;
export const SHOWN_STARTERS = 3;

// Stages at which you know someone: the relationship comes first (as companion/memory/followups.py).
const KNOWN_STAGES = ["acquaintance", "friend", "close"];
const STAGE_WORDS = {
  stranger: "Not connected yet",
  new: "A new connection",
  acquaintance: "An acquaintance",
  friend: "A friend",
  close: "A close friend",
};

const SITE_NAMES = { linkedin: "LinkedIn", x: "X", bluesky: "Bluesky", github: "GitHub", mastodon: "Mastodon", web: "the web" };

/**
 * Why a profile view was not read (the tab state's `why`, from the content script's identity check), as a
 * sentence. `shows` and `name` are the page's own text: they only ever reach the panel as text.
 */
export function notCapturedLine(tab) {
  const seconds = Math.round((tab?.waitedMs ?? 10_000) / 1000);
  const again = "Reload the page to read this profile.";
  switch (tab?.why) {
    case "other-profile": {
      const handle = tab.shows ? (["x", "bluesky"].includes(tab.site) ? `@${tab.shows}` : tab.shows) : null;
      const who = tab.name && handle ? `${tab.name} (${handle})` : tab.name || handle || "another profile";
      return `This tab still showed ${who}, not the profile at its address, after ${seconds} seconds, so Rapport saved nothing. ${again}`;
    }
    case "unchanged":
      return `This tab still showed ${tab.shows || "the profile you opened before"} after ${seconds} seconds at this address, so Rapport saved nothing. ${again}`;
    case "switching":
      return `This page had not finished switching profiles after ${seconds} seconds (its title and its profile named different people), so Rapport saved nothing. ${again}`;
    default:
      // One clear sentence first: a page that never showed a profile may be no profile at all (newcomer 11, C5).
      return `Rapport could not read a profile on this page: none had finished loading after ${seconds} seconds, so Rapport saved nothing. ${again}`;
  }
}

// A note longer than this is cut: it is one sentence from the companion, and must not push the person down.
const CAPTURE_NOTE_AT_MOST = 200;

/**
 * The companion's note on a capture (an older saved page: "older than what Rapport has: kept only what was new"),
 * as one quiet sentence over the person it captured, or null when the capture had none. The note is shown as text.
 */
export function captureNoteLine(tab) {
  const note = tab?.status === "captured" && typeof tab.note === "string" ? tab.note.trim() : "";
  if (!note) return null;
  const cut = note.length > CAPTURE_NOTE_AT_MOST ? `${note.slice(0, CAPTURE_NOTE_AT_MOST).trimEnd()}…` : note;
  const sentence = cut[0].toUpperCase() + cut.slice(1);
  return { text: /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`, testid: "capture-note" };
}

/** What the panel says for a tab that shows no captured person yet (or null when it shows one). */
export function tabNotice(tab, companionKind) {
  switch (tab?.status) {
    case undefined:
    case null:
    case "none":
      return { text: "Open a profile to see common ground.", testid: "empty-state" };
    case "waiting":
      return { text: "Waiting for the profile to finish loading…" };
    case "capturing":
      return { text: "Reading this profile…" };
    case "paused":
      return companionKind === "paused"
        ? { text: "Rapport is paused, so this profile was not read." }
        : { text: "Rapport was paused when this page opened, so it was not read. Reload the page to read it now." };
    case "site-off":
      return { text: "Rapport is switched off for this site (see Setup & settings)." };
    case "queued":
      // Refused by a damaged store: not saved, said calmly (the banner above says why and what to run, once).
      if (tab.reason === "damaged") {
        return {
          text: "Not saved: the companion cannot store new profiles until its store is repaired (see above). Rapport tries this one again once it is.",
          testid: "capture-not-saved",
        };
      }
      return {
        text:
          tab.reason === "unpaired" || companionKind === "unpaired"
            ? "This profile is saved and will be read once the extension is paired with the companion."
            : "This profile is saved and will be read as soon as the companion is running again.",
      };
    case "error":
      return { text: tab.error || "The companion could not read this page.", error: true };
    case "not-captured":
      return { text: notCapturedLine(tab), error: true };
    case "captured":
      return null;
    default:
      return { text: "Open a profile to see common ground.", testid: "empty-state" };
  }
}

function section(title, children, testid) {
  return el("section", { testid }, [el("h2", { text: title }), ...children]);
}

/** A sentence about a state: its own line, always ending in punctuation (tested). */
function stateLine(children, { testid, className = "" } = {}) {
  return el("p", { className: `state ${className}`.trim(), testid }, children);
}

/** A date as people say it ("3 weeks ago"), the exact date on hover. */
export function timeOf(iso, now = new Date()) {
  return el("time", { text: relativeDay(iso, now), attrs: { datetime: String(iso ?? ""), title: exactDate(iso) } });
}

/** Whether you know this person: a stage of acquaintance or closer, or any history with them (`now`: the render's). */
export function knowsThem(person, now = new Date()) {
  return (
    KNOWN_STAGES.includes(person?.tie?.stage) ||
    Boolean(person?.interactions?.length || person?.notes?.length || openPromises(person).length ||
      keptLately(person, now).length)
  );
}

function openPromises(person) {
  // Kept (done_at) or let go (dropped_at): no longer owed, so neither is listed.
  return (person?.commitments ?? []).filter((c) => !c.done_at && !c.dropped_at);
}

function latest(items, field) {
  return [...(items ?? [])].filter((i) => parseWhen(i?.[field])).sort((a, b) => parseWhen(b[field]) - parseWhen(a[field]))[0] ?? null;
}

/** "A friend, in your close circle (tie strength 62%)." */
export function stageSentence(tie) {
  const stage = STAGE_WORDS[tie?.stage] ?? STAGE_WORDS.stranger;
  const circle = tie?.layer ? `, in your ${tie.layer} circle` : "";
  const strength = tie?.strength ? ` (tie strength ${Math.round(tie.strength * 100)}%)` : "";
  return `${stage}${circle}${strength}.`;
}

/**
 * "Stockholm · from X: perceptnet": the site the tab shows, not the record's first site (a person joined
 * across sites carries its LinkedIn profile first even on their X tab).
 */
function whereFrom(person, pageSite) {
  const profile = person.profile ?? {};
  const shown = (pageSite && (person.also_on ?? []).find((link) => link?.site === pageSite && link.url)) || profile;
  const bits = [];
  if (profile.location) bits.push(profile.location);
  const site = SITE_NAMES[shown.site] ?? shown.site;
  const line = el("p", { className: "where", testid: "person-where" }, [bits.length ? `${bits.join(" · ")} · ` : ""]);
  if (shown.url) line.append(`from ${site ?? "the web"}: `, safeLink(shown.url, shown.handle || shown.url));
  else if (site) line.append(`from ${site}`);
  return line;
}

/**
 * Links to the person's profiles on the other sites (never followed for the user: plain links they click).
 * Each of them is a profile Rapport joined with this one into one person (at capture, by itself, when the
 * evidence was strong; or by you), so the line says so once and offers to split it.
 */
function alsoOn(person, pageSite, actions, disabled) {
  const here = pageSite ?? person.profile?.site;
  const others = (person.also_on ?? []).filter((link) => link?.url && link.site !== here);
  if (!others.length) return null;
  const line = el("p", { className: "also-on", testid: "also-on" }, ["Also on "]);
  others.forEach((link, i) => {
    if (i) line.append(i === others.length - 1 ? " and " : ", ");
    const name = SITE_NAMES[link.site] ?? link.site;
    line.append(safeLink(link.url, link.handle && link.site !== "linkedin" ? `${name} (@${link.handle.replace(/^@/, "")})` : name));
  });
  line.append(".");
  if (!here || !actions?.splitSite) return line;
  const thisSite = SITE_NAMES[here] ?? here;
  const splits = others.map((link) => {
    const name = SITE_NAMES[link.site] ?? link.site;
    const button = el("button", {
      text: others.length === 1 ? "Split them" : `Split ${name} off`,
      className: "link",
      testid: "split-site",
      data: { site: link.site },
      attrs: { type: "button", disabled },
    });
    button.addEventListener("click", () => actions.splitSite(link.site, button));
    return button;
  });
  const merges = (person.merges ?? []).filter((m) => (m?.sites ?? []).length > 1);
  const that = others.length === 1 ? "that one" : "those";
  const said = merges.length === 1
    ? [mergeHow(merges[0], `this ${thisSite} profile with ${that}`)]
    : merges.length
      ? merges.map((m) => mergeHow(m, joinedSites(m.sites)))
      : [`Rapport joined this ${thisSite} profile with ${that} as one person. `];
  const linked = el("p", { className: "linked meta", testid: "linked-note" }, [
    ...said,
    "Not the same person? ",
    ...splits.flatMap((b, i) => (i ? [" ", b] : [b])),
  ]);
  return el("div", { className: "also-on-block" }, [line, linked]);
}

function joinedSites(sites) {
  const names = sites.map((s) => SITE_NAMES[s] ?? s);
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * `text` without the full stops, question or exclamation marks that end it. The lookbehind starts a match only where
 * a run of them begins: a plain `[.!?…]+$` retries from every dot of a long run (20,000 dots then a letter: 0.3 s).
 */
export function withoutEndStops(text) {
  return text.replace(/(?<![.!?…])[.!?…]+$/, "");
}

/**
 * How `what` came to be one person (the person view's `merges`): by Rapport itself, with the evidence it went on
 * (the profiles' own wording, as text), or by you (the store does not say whether on a suggestion). Split undoes either.
 */
export function mergeHow(merge, what) {
  const evidence = (merge.evidence ?? []).map((e) => withoutEndStops(String(e).trim())).filter(Boolean);
  const text = merge.how === "automatic"
    ? `Rapport joined ${what} by itself${evidence.length ? `, on this evidence: ${evidence.join("; ")}` : ""}. `
    // "accepted" is any join you made (Accept, or a `companion merge` typed with no suggestion): say only that.
    : `You joined ${what} yourself. `;
  return el("span", { testid: "merge-how", data: { how: merge.how } }, [text]);
}

function mergeSuggestion(suggestion, actions, disabled) {
  const sites = (suggestion.sites ?? []).map((s) => SITE_NAMES[s] ?? s).join(" and ");
  const accept = el("button", { text: "Accept", className: "primary", testid: "merge-accept", attrs: { type: "button", disabled } });
  const dismiss = el("button", { text: "Not the same person", testid: "merge-dismiss", attrs: { type: "button" } });
  accept.addEventListener("click", () => actions.acceptMerge(suggestion.person_id, accept));
  dismiss.addEventListener("click", () => actions.dismissMerge(suggestion.person_id));
  return el("div", { className: "merge", testid: "merge-suggestion", data: { personId: suggestion.person_id } }, [
    stateLine([`Is this the same person as ${suggestion.name}${sites ? ` on ${sites}` : ""}?`]),
    el("ul", { className: "evidence-list" }, (suggestion.evidence ?? []).map((e) =>
      el("li", { testid: "merge-evidence", data: { kind: e.kind }, text: e.detail }))),
    el("div", { className: "row" }, [accept, dismiss]),
  ]);
}

function commonalityItem(c) {
  const counted = c.counted !== false;
  return el("li", { className: counted ? "commonality" : "commonality uncounted", testid: "commonality", data: { kind: c.kind ?? "", counted: String(counted) } }, [
    el("div", {}, [el("span", { className: "label", text: c.label }), el("span", { className: "kind", text: c.kind })]),
    el("dl", { className: "sides" }, [
      el("dt", { text: "You" }),
      el("dd", { text: c.mine ?? "" }),
      el("dt", { text: "Them" }),
      el("dd", { text: c.theirs ?? "" }),
    ]),
    el("p", { className: "why", text: whyTelling(c) }),
  ]);
}

function starterItem(starter, onCopy, testid = "starter") {
  const copy = el("button", { text: "Copy", testid: "copy-starter", attrs: { type: "button", title: "Copy to the clipboard" } });
  copy.addEventListener("click", () => onCopy(starter.text, copy));
  return el("li", { className: "starter", testid, data: { kind: starter.kind ?? "" } }, [
    el("p", { className: "text" }, [
      el("span", { text: starter.text }),
      starter.evidence ? el("span", { className: "evidence", text: `Based on: ${starter.evidence}` }) : null,
    ]),
    copy,
  ]);
}

/**
 * The first `shown` items, and the rest behind one "Show more" button (aria-expanded) that reveals them in
 * place; `moreLabel(n)` names what is hidden.
 */
function withShowMore(items, shown, render, moreLabel, listId) {
  const first = el("ul", { className: "plain" }, items.slice(0, shown).map(render));
  if (items.length <= shown) return [first];
  const rest = el("ul", { className: "plain", attrs: { id: listId, hidden: true } }, items.slice(shown).map(render));
  const hiddenCount = items.length - shown;
  const button = el("button", {
    className: "link show-more",
    testid: "show-more",
    text: moreLabel(hiddenCount),
    attrs: { type: "button", "aria-expanded": "false", "aria-controls": listId },
  });
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    rest.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? "Show fewer" : moreLabel(hiddenCount);
  });
  return [first, rest, button];
}

function noteItem(note, onEdit, disabled) {
  const text = el("p", { className: "note-text", text: note.text });
  const edit = el("button", { text: "Edit", className: "link", testid: "note-edit", attrs: { type: "button", disabled } });
  const when = note.updated_at || note.created_at;
  const item = el("li", { className: "note", testid: "note", data: { noteId: note.id } }, [
    text,
    el("div", { className: "meta" }, [parseWhen(when) ? timeOf(when) : "", " · ", edit]),
  ]);
  edit.addEventListener("click", () => {
    const area = el("textarea", { testid: "note-edit-input", attrs: { "aria-label": "Edit note" } });
    area.value = note.text;
    const save = el("button", { text: "Save", className: "primary", testid: "note-save", attrs: { type: "button" } });
    save.addEventListener("click", () => onEdit(note.id, area.value, save));
    item.replaceChildren(area, el("div", { className: "row" }, [save]));
    area.focus();
  });
  return item;
}

/** "Last contact: 3 weeks ago, video call." (or that none is logged). */
function lastContactLine(person, now) {
  const last = latest(person.interactions, "at");
  if (!last) return stateLine(["No contact logged yet."], { testid: "last-contact" });
  const words = KIND_WORDS[last.kind] ?? last.kind;
  const note = last.note ? ` (${withoutEndStops(last.note.trim())})` : "";
  return stateLine(["Last contact: ", timeOf(last.at, now), `, ${words}${note}.`], { testid: "last-contact" });
}

/**
 * The check-in opener the relationship section shows, or null: once the check-in is overdue or coming soon (the
 * companion's `soon`: due within its CHECK_IN_SOON_DAYS, today included), for someone you know. The starters leave
 * it out (not twice on one screen).
 */
export function shownCheckInOpener(person, now = new Date()) {
  const checkIn = person?.check_in;
  if (!checkIn?.opener?.text || !knowsThem(person, now)) return null;
  return checkIn.overdue || checkIn.soon ? checkIn.opener : null;
}

function checkInBlock(person, actions, now) {
  const due = person.check_in?.due ?? person.tie?.next_check_in;
  if (!due) return null;
  const overdue = person.check_in?.overdue ?? person.tie?.overdue;
  const line = overdue
    ? stateLine(["Check-in overdue: it was due ", timeOf(due, now), "."], { testid: "next-check-in", className: "overdue" })
    : stateLine(["Next check-in ", timeOf(due, now), "."], { testid: "next-check-in" });
  const shown = shownCheckInOpener(person, now);
  const opener = shown
    ? el("ul", { className: "plain" }, [starterItem(shown, actions.copy, "check-in-opener")])
    : null;
  return el("div", { className: "check-in" }, [line, opener]);
}

/** Whether a date is a day before today (a promise due today is still due, not late). */
function isPastDay(iso, now) {
  const when = parseWhen(iso);
  return Boolean(when) && when < now && relativeDay(iso, now) !== "today";
}

/**
 * One open promise, with "Kept" (as `companion commitments done NUMBER`) and "Let go" (as `companion commitments
 * drop NUMBER`: no longer owed, not kept): either way it then leaves the open ones.
 */
function promiseItem(p, actions, { now, disabled }) {
  const flash = el("span", { className: "flash", testid: "promise-kept-flash", attrs: { role: "status" } });
  // Kept at the start of the row, Let go at its far end: a slip of the mouse does not turn one into the other,
  // and either is undone from the line under the promises (newcomer 7, W2).
  const kept = el("button", {
    text: "Kept",
    className: "link keep",
    testid: "promise-kept",
    attrs: { type: "button", title: "Mark this promise kept", "aria-label": `Kept: ${p.text}`, disabled },
  });
  kept.addEventListener("click", () => actions.keepPromise?.(p.id, kept, flash));
  const letGo = el("button", {
    text: "Let go",
    className: "link drop",
    testid: "promise-drop",
    attrs: {
      type: "button",
      title: "No longer owed (plans changed, or it was no promise): not counted as kept",
      "aria-label": `Let go: ${p.text}`,
      disabled,
    },
  });
  letGo.addEventListener("click", () => actions.dropPromise?.(p.id, letGo, flash));
  return el("li", { className: "promise", testid: "promise", data: { commitmentId: p.id } }, [
    el("div", { text: p.text }),
    p.due
      ? stateLine([isPastDay(p.due, now) ? "Was due " : "Due ", timeOf(p.due, now), "."], { className: "meta" })
      : stateLine(["No due date."], { className: "meta" }),
    el("div", { className: "row promise-actions" }, [kept, flash, letGo]),
  ]);
}

// A promise kept this many days ago or less is still worth a word in the next message ("did the intro help?"): the
// panel keeps it in view, quietly (newcomer 8, C3: a kept promise left no trace on the next visit).
export const KEPT_LATELY_DAYS = 30;

/** The promises kept in the last KEPT_LATELY_DAYS, latest first (a let-go one was not kept). */
export function keptLately(person, now = new Date()) {
  const since = now.getTime() - KEPT_LATELY_DAYS * 86_400_000;
  return (person?.commitments ?? [])
    .filter((c) => c.done_at && !c.dropped_at && (parseWhen(c.done_at)?.getTime() ?? -Infinity) >= since)
    .sort((a, b) => parseWhen(b.done_at) - parseWhen(a.done_at));
}

function promisesBlock(person, actions, { now, disabled }) {
  const promises = openPromises(person);
  const kept = keptLately(person, now);
  if (!promises.length && !kept.length) return null;
  return el("div", {}, [
    promises.length
      ? stateLine([promises.length === 1 ? "Your open promise:" : `Your ${promises.length} open promises:`], { testid: "open-promises" })
      : null,
    promises.length ? el("ul", { className: "plain" }, promises.map((p) => promiseItem(p, actions, { now, disabled }))) : null,
    ...kept.map((c) => stateLine(["Kept ", timeOf(c.done_at, now), `: ${c.text}`], { testid: "kept-promise", className: "quiet" })),
  ]);
}

/** The one way to log a contact: a kind and a button; after logging, the line says what was logged, with Undo. */
function logControl(actions, { disabled, logged, now }) {
  const flash = el("div", { className: "flash", testid: "flash", attrs: { role: "status" } });
  const picker = el(
    "select",
    { testid: "interaction-kind", attrs: { id: "interaction-kind", "aria-label": "Kind of contact", disabled } },
    KINDS.map(([kind, label]) => el("option", { text: label, attrs: { value: kind } })),
  );
  const log = el("button", { text: "Log", testid: "log-interaction", attrs: { type: "button", disabled } });
  log.addEventListener("click", () => actions.logInteraction(picker.value, log, flash));
  if (logged) {
    const undo = el("button", { text: "Undo", className: "link", testid: "undo-interaction", attrs: { type: "button", disabled } });
    undo.addEventListener("click", () => actions.undoInteraction(undo, flash));
    flash.append(`Logged: ${KIND_WORDS[logged.kind] ?? logged.kind}, ${relativeDay(logged.at, now)}. `, undo);
  }
  return el("div", { className: "log" }, [
    el("div", { className: "row" }, [el("label", { text: "Log a contact:", attrs: { for: "interaction-kind" } }), picker, log]),
    flash,
  ]);
}

/**
 * What the promise form sends ({ ok, text, due? }), or a sentence why not. Only the text is checked here: the
 * due date ("friday", "next week", "2026-12-20") is read by the companion, as `companion commitments add --due`.
 */
export function promiseRequest(text, due) {
  const what = String(text ?? "").trim();
  if (!what) return { ok: false, error: "Write what you promised first, e.g. “Send the course list”." };
  const when = String(due ?? "").trim();
  return when ? { ok: true, text: what, due: when } : { ok: true, text: what };
}

/** The line after a promise was added: "Promise added, due in 4 days." (or that its date has gone by). */
export function promiseAddedLine(commitment, now = new Date()) {
  const due = commitment?.due;
  if (!due) return "Promise added.";
  return isPastDay(due, now)
    ? `Promise added, already overdue (it was due ${relativeDay(due, now)}).`
    : `Promise added, due ${relativeDay(due, now)}.`;
}

/** "Kept: Send the list." or "Let go: Send the list.": what a promise settled just now became. */
export function settledLine(settled) {
  return `${settled.how === "dropped" ? "Let go" : "Kept"}: ${withoutEndStops(String(settled.text ?? "that promise").trim())}. `;
}

/**
 * "Add a promise": what you promised and, optionally, when; listed with the open promises once added. `settled`: a
 * promise just marked kept or let go on this visit ({ how, text }), said with Undo (it opens the promise again).
 */
function promiseControl(actions, { disabled, settled = null }) {
  const flash = el("div", { className: "flash", testid: "promise-flash", attrs: { role: "status" } });
  if (settled) {
    const undo = el("button", { text: "Undo", className: "link", testid: "undo-promise", attrs: { type: "button", disabled } });
    undo.addEventListener("click", () => actions.reopenPromise?.(undo, flash));
    flash.append(settledLine(settled), undo);
  }
  const text = el("input", {
    testid: "promise-input",
    attrs: { id: "promise-text", type: "text", maxlength: "2000", placeholder: "e.g. Send the course list", "aria-label": "What you promised", disabled },
  });
  const due = el("input", {
    testid: "promise-due",
    className: "due",
    attrs: { type: "text", maxlength: "40", placeholder: "when? friday", "aria-label": "Due (optional): friday, next week, 2026-12-20", disabled },
  });
  const add = el("button", { text: "Add promise", testid: "promise-add", attrs: { type: "button", disabled } });
  const submit = () => actions.addPromise?.(text.value, due.value, add, { text, due, flash });
  add.addEventListener("click", submit);
  for (const input of [text, due]) {
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") submit();
    });
  }
  return el("div", { className: "promise-form", testid: "promise-form" }, [
    el("div", { className: "row" }, [el("label", { text: "Add a promise:", attrs: { for: "promise-text" } }), text, due, add]),
    flash,
  ]);
}

/**
 * Whether the panel may offer "Log a contact" and "Add a promise" about this person outright. Before your own profile
 * is known, any profile may be yours and nothing tells which ("Is this your own profile?" is asked on every page):
 * only a record of them (a contact, a promise, a note: none is kept about yourself) shows they are someone else.
 */
export function knownNotYou(person, meSet) {
  return meSet || ["interactions", "commitments", "notes"].some((key) => (person?.[key] ?? []).length > 0);
}

function relationshipSection(person, actions, { now, disabled, logged, settled, meSet = true }) {
  const known = knowsThem(person, now);
  const shown = relationshipParts(person, actions, { now, disabled, logged, settled, known });
  if (knownNotYou(person, meSet)) return shown;
  // Folded, not gone: without a profile of yours a contact may still be logged, once you say it is not you
  // (newcomer 9, P1: "Not connected yet / Log a contact / Add a promise" was offered about yourself).
  return el("details", { className: "not-you", testid: "not-you" }, [
    el("summary", { text: "Not you? Log a contact or add a promise" }),
    shown,
  ]);
}

function relationshipParts(person, actions, { now, disabled, logged, settled, known }) {
  return section(
    "Relationship",
    [
      stateLine([stageSentence(person.tie)], { testid: "stage" }),
      lastContactLine(person, now),
      known ? checkInBlock(person, actions, now) : null,
      known ? promisesBlock(person, actions, { now, disabled }) : null,
      logControl(actions, { disabled, logged, now }),
      promiseControl(actions, { disabled, settled }),
    ],
    "relationship",
  );
}

/**
 * The common-ground list: the counted things first (the best few, then "Show more"); the commonplace ones the
 * tier does not count (a widely used skill, a big employer) folded under one quiet line, never beside the tier
 * as if they were counted.
 */
function commonGroundList(commonalities) {
  const counted = commonalities.filter((c) => c?.counted !== false);
  const uncounted = commonalities.filter((c) => c?.counted === false);
  const parts = counted.length
    ? withShowMore(counted, SHOWN_COMMONALITIES, commonalityItem,
        (n) => `Show ${n} more ${n === 1 ? "thing" : "things"} in common`, "more-ground")
    : [];
  if (uncounted.length) {
    const n = uncounted.length;
    parts.push(el("details", { className: "uncounted-ground", testid: "uncounted-ground" }, [
      el("summary", { text: `${n} more ${n === 1 ? "thing" : "things"} you share, too common to count` }),
      el("ul", { className: "plain" }, uncounted.map(commonalityItem)),
    ]));
  }
  return parts;
}

/**
 * Before you said who you are, a real control: it opens the setup page at its "who are you" step (or, on
 * your own profile, "This is me" below does it here).
 */
function tellWhoYouAre(actions) {
  const open = el("button", {
    text: "Tell Rapport who you are to see common ground.",
    className: "link tier-action",
    testid: "tell-who-you-are",
    attrs: { type: "button", title: "Open the setup page's step, or press This is me on your own profile" },
  });
  open.addEventListener("click", () => actions.openSetup?.("step-who"));
  return el("p", { className: "tier state", testid: "tier", data: { tier: "unknown" } }, [open]);
}

/**
 * Why there is no starter. The companion's reason when it gives one (`why_no_starters`: the rule that decided, as
 * `companion starters` says it; its guess below was untrue there, newcomer 9, W3 and W2). Else from what the panel
 * has (newcomer 7, W1): what you share (listed above it, so never "nothing you both share" under a common-ground
 * card), and whether Rapport saw any posts of theirs. A string, always inserted as text (a name from their page).
 */
export function noStarterLine(person, meSet = true) {
  const reason = typeof person?.why_no_starters === "string" ? person.why_no_starters.trim().replace(/[.\s]+$/, "") : "";
  // Worded as `companion show` words it (no_starters_line), so the panel and the command line say one sentence (newcomer 11, P2).
  if (reason) return `No starters: ${reason}.`;
  const commonalities = person?.common_ground?.commonalities ?? [];
  const posted = (person?.profile?.posts ?? []).length > 0;
  const posts = posted ? "nothing they posted lately is a good reason to write" : "Rapport saw nothing they posted lately";
  // Until Rapport knows who you are it cannot know what you share: it says so, not "nothing you both share".
  if (!meSet) return `No starter yet: ${posts}, and what you share shows once Rapport knows who you are.`;
  if (!commonalities.length) return `No starter yet: Rapport found nothing you both share, and ${posts}.`;
  const counted = commonalities.some((c) => c?.counted !== false);
  const shared = counted ? "what you share is not specific enough to open with" : "what you share is too common to open with";
  return `No starter yet: ${shared}, and ${posts}.`;
}

function groundSections(person, actions, { meSet, now }) {
  const ground = person.common_ground ?? { tier: "none", commonalities: [] };
  const commonalities = ground.commonalities ?? [];
  // For an acquaintance or closer the relationship, shown above, leads: what you share (little or much) is a quiet
  // line under it, never the loudest one on the panel (newcomers 6 and 7, C6); for a stranger it is the news.
  // The lowest tier is quiet for everyone: "not much in common" is no headline verdict on a person, least of all
  // over a good starter (newcomer 11, P1).
  const lowest = !ground.tier || ground.tier === "none";
  const quiet = lowest || KNOWN_STAGES.includes(person.tie?.stage);
  const sites = new Set([person.profile?.site, ...(person.also_on ?? []).map((link) => link?.site)].filter(Boolean)).size;
  // A check-in opener already shown in the relationship section (overdue or coming soon): not twice on one screen.
  const shownOpener = shownCheckInOpener(person, now)?.text;
  const starters = (person.starters ?? []).filter((s) => s.text !== shownOpener);
  const tier = meSet
    ? el("p", { className: quiet ? "tier quiet state" : "tier state", testid: "tier", data: { tier: ground.tier ?? "none" }, text: tierLine(ground, { sites }) })
    : tellWhoYouAre(actions);
  const noStarter = noStarterLine(person, meSet);
  return [
    tier,
    commonalities.length ? section("Common ground", commonGroundList(commonalities), "common-ground") : null,
    // A check-in opener shown above is the words to send: no section below saying there is no starter.
    starters.length || !shownOpener ? section(
      "Conversation starters",
      starters.length
        ? withShowMore(starters, SHOWN_STARTERS, (s) => starterItem(s, actions.copy),
            (n) => `Show ${n} more ${n === 1 ? "starter" : "starters"}`, "more-starters")
        : [stateLine([noStarter], { className: "notice", testid: "no-starter" })],
      "starters",
    ) : null,
  ];
}

function notesSection(person, actions, disabled) {
  const input = el("textarea", { testid: "note-input", attrs: { placeholder: "Add a note (only on this computer)", "aria-label": "New note", disabled } });
  const add = el("button", { text: "Add note", className: "primary", testid: "note-add", attrs: { type: "button", disabled } });
  add.addEventListener("click", () => actions.addNote(input.value, add, input));
  return section("Notes", [
    el("ul", { className: "plain", testid: "notes" }, (person.notes ?? []).map((n) => noteItem(n, actions.editNote, disabled))),
    input,
    el("div", { className: "row" }, [add]),
  ]);
}

/** "This is me", which asks before it replaces your own profile. */
function thisIsMe(actions, { meSet, disabled }) {
  const flash = el("div", { className: "flash", testid: "me-flash", attrs: { role: "status" } });
  const ask = el("button", { text: "This is me", className: "link", testid: "this-is-me", attrs: { type: "button", disabled } });
  // Asked outright only while Rapport knows no own profile of yours (newcomer 7, C5). After that it stays reachable
  // (a second profile of yours, a wrong page picked) but folded under a quiet "More": the panel does not know your
  // name to tell which page may be yours, and a link under every contact invited a mistake (newcomer 10, P4).
  const line = meSet
    ? el("details", { className: "where me-quiet", testid: "me-more" }, [el("summary", { text: "More" }), ask])
    : el("p", { className: "where" }, ["Is this your own profile? ", ask]);
  if (meSet) ask.textContent = "Use as my own profile instead";
  ask.addEventListener("click", () => {
    // Replacing your own profile is the destructive choice: a plain button, never the styled default, and Cancel
    // first, where the eye and the focus land (newcomer 11, P7).
    const yes = el("button", { text: "Yes, this is me", testid: "this-is-me-confirm", attrs: { type: "button" } });
    const no = el("button", { text: "Cancel", className: "primary", testid: "this-is-me-cancel", attrs: { type: "button" } });
    const question = meSet
      ? "Replace your own profile with this one? Common ground will then start from it, and this person leaves your contacts."
      : "Use this profile as your own? Common ground will start from it.";
    const confirm = el("div", { className: "confirm", testid: "this-is-me-question" }, [
      stateLine([question]),
      el("div", { className: "row" }, [no, yes]),
    ]);
    yes.addEventListener("click", () => actions.thisIsMe(yes, flash));
    no.addEventListener("click", () => confirm.replaceWith(line));
    line.replaceWith(confirm);
    no.focus();
  });
  return el("div", { className: "me" }, [line, flash]);
}

/**
 * The person view. `actions`: { copy(text, button), addNote(text, button, input), editNote(id, text, button),
 * logInteraction(kind, button, flash), undoInteraction(button, flash), addPromise(text, due, button, { text, due,
 * flash }), keepPromise(commitmentId, button, flash), dropPromise(commitmentId, button, flash),
 * reopenPromise(button, flash), thisIsMe(button, flash),
 * acceptMerge(otherId, button), dismissMerge(otherId), splitSite(site, button), openSetup(step) }.
 * Options: `meSet` (whether your own profile is known), `offline` ({ savedAt }: a kept view shown while the
 * companion is away; everything but copying is off), `logged` (the interaction just logged, offered for
 * Undo), `settled` (a promise just marked kept or let go, { how, text }, offered for Undo), `dismissed` (merge suggestions turned down this session), `pageSite` (the site the tab shows), `now`.
 */
export function renderPerson(person, actions, options = {}) {
  const { meSet = true, offline = null, logged = null, settled = null, dismissed = new Set(), pageSite = null, now = new Date() } = options;
  const profile = person.profile ?? {};
  const disabled = Boolean(offline);
  const known = knowsThem(person, now);
  const suggestions = (person.merge_suggestions ?? []).filter((s) => !dismissed.has(s.person_id));
  const relationship = relationshipSection(person, actions, { now, disabled, logged, settled, meSet });
  const notes = notesSection(person, actions, disabled);
  const ground = groundSections(person, actions, { meSet, now });
  // Before "This is me", any profile may be your own and nothing tells which (the offer is on every page): the
  // question leads, above "Log a contact" and "Add a promise" about someone who may be you (newcomer 8, P4).
  const me = thisIsMe(actions, { meSet, disabled });

  return el("article", { className: "person", testid: "person", data: { known: String(known) } }, [
    offline ? offlineLine(offline.savedAt, now) : null,
    el("h1", { className: "name", testid: "person-name", text: profile.name || profile.handle || "Unnamed profile" }),
    profile.headline ? el("p", { className: "headline", testid: "person-headline", text: profile.headline }) : null,
    whereFrom(person, pageSite),
    alsoOn(person, pageSite, actions, disabled),
    ...suggestions.map((s) => mergeSuggestion(s, actions, disabled)),
    meSet ? null : me,
    // Someone you know: your notes on them right under the relationship (once: no "last note" copy above them).
    ...(known ? [relationship, notes, ...ground] : [...ground, relationship, notes]),
    meSet ? me : null,
  ]);
}

/**
 * "Offline: showing what Rapport knew on 6 December 2026." (the time on hover); "earlier today" and "yesterday" for
 * the last two days, as people say them (newcomer 11, P8: today's own date read as long ago).
 */
export function offlineLine(savedAt, now = new Date()) {
  const saved = new Date(savedAt);
  const day = `${saved.getFullYear()}-${String(saved.getMonth() + 1).padStart(2, "0")}-${String(saved.getDate()).padStart(2, "0")}`;
  const near = relativeDay(day, now);
  const [before, text] = near === "today" ? ["", "earlier today"] : near === "yesterday" ? ["", "yesterday"] : ["on ", exactDate(day)];
  return stateLine(
    [`Offline: showing what Rapport knew ${before}`, el("time", { text, attrs: { datetime: saved.toISOString(), title: saved.toLocaleString() } }), "."],
    { testid: "offline-view", className: "offline-view" },
  );
}

/** What the panel shows after "This is me": the profile is yours now (kept out of your contacts), with Undo. */
export function renderThisIsYou(name, onUndo, { undone = false } = {}) {
  const undo = el("button", { text: "Undo", className: "link", testid: "undo-me", attrs: { type: "button" } });
  undo.addEventListener("click", () => onUndo(undo));
  return el("article", { className: "person", testid: "this-is-you" }, [
    el("h1", { className: "name", text: name || "Your profile" }),
    undone
      ? stateLine(["Undone: your own profile is as it was before."], { testid: "flash" })
      : el("div", { className: "flash", testid: "flash", attrs: { role: "status" } }, [
          "Saved as your own profile. Common ground now compares others with it, and Rapport keeps you out of your contacts. ",
          undo,
        ]),
  ]);
}

/**
 * A short line when the send guard could not reach the companion recently (it then lets messages through);
 * cleared once the companion is connected again after that (`connectedSince`: when it last became connected).
 */
export function guardOfflineLine(guardOfflineAt, now = Date.now(), connectedSince = null) {
  if (!guardOfflineAt || now - guardOfflineAt > 24 * 60 * 60 * 1000) return null;
  if (connectedSince && connectedSince > guardOfflineAt) return null;
  const when = new Date(guardOfflineAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return `The send guard was offline at ${when}: messages sent then were not checked.`;
}

/**
 * The banner shown once above everything while the companion's store is damaged: the companion's own sentence
 * (which file, that the guard keeps checking, what to run), as plain text without a terminal's backticks. Null
 * when the store is sound.
 */
export function damageNotice(sentence) {
  const said = plainSentence(sentence);
  if (!said) return null;
  return el("p", { className: "store-damage", testid: "store-damage", attrs: { role: "status" } }, [
    el("strong", { text: PANEL_DAMAGE_LEAD }),
    " ",
    el("span", { testid: "store-damage-sentence", text: said }),
  ]);
}
