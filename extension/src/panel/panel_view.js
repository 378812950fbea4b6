// Pure rendering for the side panel: data in, DOM out, every string through textContent (see el()).
// Actions are callbacks passed in, so these functions are testable in jsdom without an extension.

import { el, safeLink } from "../shared/dom.js";
import { INTERACTION_BUTTONS, tierLine, whyTelling } from "../shared/wording.js";

// Every interaction kind the companion knows, as the picker offers them.
const ALL_KINDS = [
  ["in-person", "Met in person"], ["video-call", "Video call"], ["phone-call", "Phone call"], ["message", "Message"],
  ["reply", "They replied"], ["comment", "Comment"], ["share", "Share"], ["like", "Like"],
];

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
      return `This profile did not finish loading within ${seconds} seconds, so Rapport saved nothing. ${again}`;
  }
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
      return { text: "Rapport is paused, so this profile was not read." };
    case "site-off":
      return { text: "Rapport is switched off for this site (see Setup & settings)." };
    case "queued":
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

function whereFrom(profile) {
  const bits = [];
  if (profile.location) bits.push(profile.location);
  const site = SITE_NAMES[profile.site] ?? profile.site;
  const line = el("p", { className: "where", testid: "person-where" }, [bits.length ? `${bits.join(" · ")} · ` : ""]);
  if (profile.url) line.append(`from ${site ?? "the web"}: `, safeLink(profile.url, profile.handle || profile.url));
  else if (site) line.append(`from ${site}`);
  return line;
}

function commonalityItem(c) {
  return el("li", { className: "commonality", testid: "commonality", data: { kind: c.kind ?? "" } }, [
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

function starterItem(starter, onCopy) {
  const copy = el("button", { text: "Copy", testid: "copy-starter", attrs: { type: "button", title: "Copy to the clipboard" } });
  copy.addEventListener("click", () => onCopy(starter.text, copy));
  return el("li", { className: "starter", testid: "starter", data: { kind: starter.kind ?? "" } }, [
    el("p", { className: "text" }, [
      el("span", { text: starter.text }),
      starter.evidence ? el("span", { className: "evidence", text: `Based on: ${starter.evidence}` }) : null,
    ]),
    copy,
  ]);
}

function noteItem(note, onEdit) {
  const text = el("p", { className: "note-text", text: note.text });
  const edit = el("button", { text: "Edit", className: "link", testid: "note-edit", attrs: { type: "button" } });
  const item = el("li", { className: "note", testid: "note", data: { noteId: note.id } }, [
    text,
    el("div", { className: "meta" }, [`${(note.updated_at || note.created_at || "").slice(0, 10)} · `, edit]),
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

function tieBlock(tie) {
  const strength = Math.round((tie?.strength ?? 0) * 100);
  const rows = [el("div", { text: `Tie strength: ${strength}% · ${tie?.stage ?? "stranger"}${tie?.layer ? ` · ${tie.layer} circle` : ""}` })];
  if (tie?.last_contact) rows.push(el("div", { className: "meta", text: `Last contact: ${tie.last_contact.slice(0, 10)}` }));
  if (tie?.next_check_in) {
    rows.push(
      el("div", { className: tie.overdue ? "overdue" : "meta", testid: "next-check-in", text: `Next check-in: ${tie.next_check_in.slice(0, 10)}${tie.overdue ? " (overdue)" : ""}` }),
    );
  }
  return el("div", { className: "tie", testid: "tie" }, rows);
}

/**
 * The person view. `actions`: { copy(text, button), addNote(text, button), editNote(id, text, button),
 * logInteraction(kind, button), thisIsMe(button) }. `meSet`: whether the user's own profile is known.
 */
export function renderPerson(person, actions, { meSet = true } = {}) {
  const profile = person.profile ?? {};
  const ground = person.common_ground ?? { tier: "none", commonalities: [] };
  const commonalities = ground.commonalities ?? [];
  const starters = person.starters ?? [];
  const promises = (person.commitments ?? []).filter((c) => !c.done_at);

  const noteInput = el("textarea", { testid: "note-input", attrs: { placeholder: "Add a note (only on this computer)", "aria-label": "New note" } });
  const addNote = el("button", { text: "Add note", className: "primary", testid: "note-add", attrs: { type: "button" } });
  addNote.addEventListener("click", () => actions.addNote(noteInput.value, addNote, noteInput));

  const flash = el("div", { className: "flash", testid: "flash", attrs: { role: "status" } });
  // One-click buttons for the common contacts, and the contract's single `log-interaction` button, which
  // logs the kind chosen beside it (every kind, including the ones without a quick button).
  const buttons = INTERACTION_BUTTONS.map(({ kind, label }) => {
    const b = el("button", { text: label, testid: "quick-log", data: { kind }, attrs: { type: "button" } });
    b.addEventListener("click", () => actions.logInteraction(kind, b, flash));
    return b;
  });
  const kindPicker = el(
    "select",
    { testid: "interaction-kind", attrs: { "aria-label": "Kind of contact" } },
    ALL_KINDS.map(([kind, label]) => el("option", { text: label, attrs: { value: kind } })),
  );
  const logButton = el("button", { text: "Log", testid: "log-interaction", data: { kind: "" }, attrs: { type: "button" } });
  logButton.addEventListener("click", () => actions.logInteraction(kindPicker.value, logButton, flash));

  const me = el("button", { text: "This is me", className: "link", testid: "this-is-me", attrs: { type: "button" } });
  me.addEventListener("click", () => actions.thisIsMe(me, flash));

  return el("article", { className: "person", testid: "person" }, [
    el("h1", { className: "name", testid: "person-name", text: profile.name || profile.handle || "Unnamed profile" }),
    profile.headline ? el("p", { className: "headline", testid: "person-headline", text: profile.headline }) : null,
    whereFrom(profile),
    el("p", { className: "tier", testid: "tier", data: { tier: ground.tier ?? "none" }, text: tierLine(ground) }),
    meSet
      ? null
      : el("p", { className: "notice", testid: "me-missing", text: "Common ground needs your own profile: open it and press “This is me” below." }),
    commonalities.length ? section("Common ground", [el("ul", { className: "plain" }, commonalities.map(commonalityItem))]) : null,
    section(
      "Conversation starters",
      starters.length
        ? [el("ul", { className: "plain" }, starters.map((s) => starterItem(s, actions.copy)))]
        : [el("p", { className: "notice", text: "No starters yet for this person." })],
    ),
    promises.length
      ? section("Your open promises", [
          el("ul", { className: "plain" }, promises.map((p) =>
            el("li", { className: "promise", testid: "promise" }, [
              el("div", { text: p.text }),
              p.due ? el("div", { className: "meta", text: `Due ${p.due.slice(0, 10)}` }) : null,
            ]),
          )),
        ])
      : null,
    section("Relationship", [
      tieBlock(person.tie),
      el("div", { className: "row" }, buttons),
      el("div", { className: "row" }, [kindPicker, logButton]),
      flash,
    ]),
    section("Notes", [
      el("ul", { className: "plain", testid: "notes" }, (person.notes ?? []).map((n) => noteItem(n, actions.editNote))),
      noteInput,
      el("div", { className: "row" }, [addNote]),
    ]),
    el("p", { className: "where" }, ["Is this your own profile? ", me]),
  ]);
}

/** A short line when the send guard could not reach the companion recently (it then lets messages through). */
export function guardOfflineLine(guardOfflineAt, now = Date.now()) {
  if (!guardOfflineAt || now - guardOfflineAt > 24 * 60 * 60 * 1000) return null;
  const when = new Date(guardOfflineAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return `The send guard was offline at ${when}: messages sent then were not checked.`;
}
