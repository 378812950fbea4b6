// What the user reads about states and results, in one place so the panel and setup page agree.

export const START_COMMANDS = "make run (in the Rapport folder) or companion serve";

// Calm words a professional reads without a wince: "Practically twins! 23 things in common." was too much
// (newcomer 10, P2). The CLI says the same (companion/cli/ground_commands.py, TIER_WORDS).
const TIER_HEADLINES = {
  none: "Not much in common yet",
  "small-world": "Small world.",
  coincidence: "Plenty to talk about.",
  twins: "A lot to talk about.",
};

/** "Plenty to talk about. 5 things in common." for a CommonGround; commonplace ones (counted: false) are shown
 * in the list but not counted here, as in the tier. */
export function tierLine(commonGround, { sites = 1 } = {}) {
  const tier = commonGround?.tier ?? "none";
  const all = commonGround?.commonalities ?? [];
  const count = all.filter((c) => c?.counted !== false).length;
  const headline = TIER_HEADLINES[tier] ?? TIER_HEADLINES.none;
  // `sites`: how many sites Rapport read this person on; with more than one, "this page" was not all it read (newcomer 11, P1).
  // Only commonplace things shared: said as the CLI says it (headline in companion/cli/ground_commands.py), never
  // "nothing in common found" above a list of them (newcomer 12).
  if (count === 0 && all.length) return `${headline}: only everyday things, not counted.`;
  if (count === 0) return `${headline}: nothing in common found ${sites > 1 ? "on their profiles" : "on this page"}.`;
  if (tier === "none" || !TIER_HEADLINES[tier]) return `${headline}: ${count} ${count === 1 ? "thing" : "things"} found.`;
  return `${headline} ${count} ${count === 1 ? "thing" : "things"} in common.`;
}

// Why each kind of commonality matters, when the companion did not say (Commonality.why is optional).
const WHY_BY_KIND = {
  school: "Alumni share places, teachers and stories: an easy, warm opener.",
  employer: "Former colleagues trust each other faster; you know the same culture and people.",
  place: "Living in the same place means shared daily life and a chance to meet.",
  skill: "A shared craft gives you something concrete to swap notes on.",
  language: "Speaking someone's language signals effort and closeness.",
  interest: "Shared interests make conversation easy and sincere.",
  cause: "Caring about the same cause is a strong bond of values.",
  topic: "You both mention this on your profiles: a natural place to start.",
  connection: "Someone you both know can vouch for you.",
  group: "You belong to the same community.",
};

/** The sentence explaining why a commonality is telling. */
export function whyTelling(commonality) {
  return commonality?.why || WHY_BY_KIND[commonality?.kind] || "Something you share.";
}

/** What the companion-status line says, and what to do about it, for a connection state. */
export function statusLine(state) {
  switch (state?.kind) {
    case "connected":
      return { text: "Connected to the companion.", action: "" };
    case "paused":
      return { text: "Paused: Rapport is not reading any pages.", action: "Resume when you want it back." };
    case "unpaired":
      return {
        text: "Not paired with the companion yet.",
        action: "Open Setup and enter the code that `companion pair` prints.",
      };
    case "wrong-app":
      return {
        text: `Something else answers on port ${state.port}, not the Rapport companion.`,
        action: "Open Setup and give the port the companion listens on.",
      };
    case "offline":
    default:
      return {
        text: "Offline: the companion is not running.",
        action: `Start it with ${START_COMMANDS}. This panel reconnects by itself.`,
      };
  }
}

/**
 * The companion's one sentence on a damaged store (GET /v1/status `damage`), or null when every store file is
 * sound. When only `damaged_files` came (an older companion), a sentence of our own names them.
 */
export function damageLine(status) {
  const sentence = typeof status?.damage === "string" ? status.damage.trim() : "";
  if (sentence) return sentence;
  const files = (Array.isArray(status?.damaged_files) ? status.damaged_files : []).filter((f) => typeof f === "string");
  if (!files.length) return null;
  return `A store file is damaged: ${files.join(", ")}. The send guard keeps checking; nothing is stored until it is restored with \`companion restore\`.`;
}

/** A sentence from the companion for people, not terminals: commands lose their backticks. */
export function plainSentence(text) {
  return String(text ?? "").replace(/`/g, "").trim();
}

/** What the setup page says before the companion's damaged-store sentence: what still works while it is damaged. */
export const DAMAGE_LEAD = "Rapport's store needs attention: messages are still checked before you send, but nothing new is saved until it is repaired.";

// The panel's damage banner lead only names the trouble: what still works and what to run is the companion's
// sentence, said once after it.
export const PANEL_DAMAGE_LEAD = "Rapport's store needs attention:";
