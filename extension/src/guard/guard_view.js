// What the send guard shows, as pure functions of a verdict and a draft: the draft shortened around the
// reasons' spans, how the recipient is named, the typing indicator's level and hover text, and the pacer
// that keeps the indicator to one check every 500 ms. Classic content script (listed after composers.js,
// before guard.js and indicator.js); it defines globalThis.RapportGuardView and nothing else. No DOM, no
// storage, no messages: node tests load it as it ships.
(function defineRapportGuardView(root) {
  "use strict";

  const STAGE_WORDS = {
    stranger: "a stranger",
    new: "a new connection",
    acquaintance: "an acquaintance",
    friend: "a friend",
    close: "a close contact",
  };

  /** The recipient as the verdict knows them (companion/guard/pitch_guard.py recipient_phrase): a stage
   * Rapport only assumed is never said as a fact ("someone Rapport doesn't know yet", not "a stranger"). */
  function recipientWords(verdict) {
    const source = verdict.stage_source;
    if (source === "unknown" || (!source && verdict.stage === "stranger")) return "someone Rapport doesn't know yet";
    if (verdict.stage === "stranger" && source === "page") return "someone you are not connected with";
    return STAGE_WORDS[verdict.stage] || "this person";
  }

  /** The spans of `reasons` clamped to a draft of `length` code points, empty ones dropped. */
  function spansOf(reasons, length) {
    const clamp = (n) => Math.max(0, Math.min(length, n | 0));
    return (Array.isArray(reasons) ? reasons : [])
      .map((r) => ({ start: clamp(r.start), end: clamp(r.end), message: String(r.message || "") }))
      .filter((r) => r.end > r.start);
  }

  /**
   * The draft cut to what the reasons point at: each highlighted span with up to `context` code points
   * either side (widened to whole words), the rest replaced by "…". Offsets come from Python: code points,
   * not UTF-16 units. Returns pieces in order: {text, marks: [message]} (marks empty for plain text) and
   * {gap: true, text: "…"} where text was left out. A draft no longer than `whole` is kept whole.
   */
  function shortenAroundSpans(text, reasons, { context = 60, whole = 280 } = {}) {
    const chars = Array.from(String(text ?? ""));
    const spans = spansOf(reasons, chars.length);
    const keep = [];
    if (chars.length <= whole || !spans.length) {
      keep.push([0, chars.length]);
    } else {
      for (const span of [...spans].sort((a, b) => a.start - b.start)) {
        let from = Math.max(0, span.start - context);
        let to = Math.min(chars.length, span.end + context);
        while (from > 0 && /\S/.test(chars[from - 1]) && span.start - from < context + 20) from -= 1;
        while (to < chars.length && /\S/.test(chars[to]) && to - span.end < context + 20) to += 1;
        const last = keep[keep.length - 1];
        if (last && from <= last[1] + 3) last[1] = Math.max(last[1], to); // a gap of a few letters is not worth an ellipsis
        else keep.push([from, to]);
      }
      // the opening line says who the message is to and how it starts: keep a little of it
      if (keep[0][0] > 0 && keep[0][0] <= context) keep[0][0] = 0;
    }
    const pieces = [];
    let at = 0;
    for (const [from, to] of keep) {
      if (from > at) pieces.push({ gap: true, text: "…" });
      const cuts = new Set([from, to]);
      for (const s of spans) {
        if (s.start > from && s.start < to) cuts.add(s.start);
        if (s.end > from && s.end < to) cuts.add(s.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i < points.length - 1; i += 1) {
        const [a, b] = [points[i], points[i + 1]];
        const marks = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.message);
        let piece = chars.slice(a, b).join("");
        if (i === 0 && a > 0) piece = piece.replace(/^\s+/, "");
        if (i === points.length - 2 && b < chars.length) piece = piece.replace(/\s+$/, "");
        if (piece) pieces.push({ text: piece, marks });
      }
      at = to;
    }
    if (at < chars.length) pieces.push({ gap: true, text: "…" });
    return pieces;
  }

  /** The words a reason points at in the draft (code points). */
  function quoteOf(text, reason) {
    return Array.from(String(text ?? "")).slice(Math.max(0, reason.start | 0), Math.max(0, reason.end | 0)).join("");
  }

  // The rule the companion names when the size of the ask, not a pitch score, decided a warning
  // (companion/guard/pitch_guard.py ASK_RULE): it adds that reason only then.
  const ASK_RULE = "ask-too-big";
  const ASK_WORDS = { none: "no ask", small: "a small ask", medium: "a medium ask", large: "a large ask" };
  // Where the verdict's stage came from (Verdict.stage_source), as the summary says it.
  const SOURCE_WORDS = { page: "as the page shows", store: "as Rapport remembers" };

  /** Whether the size of the ask decided this warning (not how pitch-like the draft reads). */
  function askDecided(verdict) {
    return Boolean(verdict) && verdict.verdict !== "block"
      && (Array.isArray(verdict.reasons) ? verdict.reasons : []).some((r) => r && r.rule === ASK_RULE);
  }

  // The headline's size of an ask: the size the verdict gives, so the card says one size once (newcomer 7, C3).
  const ASK_HEADLINE = { small: "an early ask", medium: "a medium ask", large: "a big ask" };

  /** The reasons of a warning on a draft Rapport did not read (rule "language-unread" beside the language-free
   * rules that decided it: a price, a link), or null when the draft was read. */
  const UNREAD_RULE = "language-unread";
  function unreadChecked(verdict) {
    const reasons = Array.isArray(verdict && verdict.reasons) ? verdict.reasons : [];
    if (!verdict || verdict.verdict === "ok" || !reasons.some((r) => r && r.rule === UNREAD_RULE)) return null;
    return reasons.filter((r) => r && r.rule !== UNREAD_RULE);
  }

  // What a language-free rule found, as a headline names it.
  // A percentage or a sum is named as such, never "the price" (newcomer 11, C2: "40% lower costs" is no price).
  const CHECKED_WORDS = {
    price: "the price", link: "the link", "calendar-link": "the calendar link", "own-offer": "the offer",
  };
  // Both are rule "price" (the rule that switches them off): the message names which (companion/guard/pitch_guard.py
  // UNREAD_PERCENT, UNREAD_SUM), so its opening words choose the headline's (mend 20).
  const CHECKED_MESSAGES = [["A percentage", "the percentage"], ["A sum of money", "the sum of money"]];

  function checkedWord(reason) {
    const message = typeof reason.message === "string" ? reason.message : "";
    const named = reason.rule === "price" && CHECKED_MESSAGES.find(([opening]) => message.startsWith(opening));
    return named ? named[1] : CHECKED_WORDS[reason.rule] || "what it could check";
  }

  /** "the price and the link": what was checked and found in a draft that was not read. */
  function checkedWords(checked) {
    const words = [...new Set(checked.map(checkedWord))];
    return words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}` : words[0] || "what it could check";
  }

  /** What decided the warning, said plainly: the card's heading and the indicator's first line. */
  function headline(verdict) {
    const whom = recipientWords(verdict);
    const checked = unreadChecked(verdict);
    if (checked) {
      // Not read: the card judges only what reads in any language, and says so first (newcomer 7, C1).
      const title = verdict.verdict === "block"
        ? `Hold on: Rapport can't read this language; it stopped this only for ${checkedWords(checked)}`
        : `Before you send: Rapport can't read this language; it flags only ${checkedWords(checked)}`;
      return { title, decided: "unread", whom };
    }
    if (askDecided(verdict)) {
      return { title: `Before you send: ${ASK_HEADLINE[verdict.ask] || "a big ask"} for ${whom}`, decided: "ask", whom };
    }
    return verdict.verdict === "block"
      ? { title: "Hold on: this reads like a pitch", decided: "pitch", whom }
      : { title: "Before you send: this may read as a pitch", decided: "pitch", whom };
  }

  // A stop is shown with its percentage only when the percentage reads as sure: a draft stopped by the rules (it sells,
  // asks for a call, promises a number) can score near the line, and a red "50% pitch-like" reads as a coin flip
  // (newcomer 11, C1). Below this, the summary counts the signs the reasons show instead.
  const SURE_BLOCK_SCORE = 0.8;
  // Reasons that are no sign of a pitch: the language not read, the size of the ask.
  const NOT_SIGNS = new Set([UNREAD_RULE, ASK_RULE]);

  /** "97% pitch-like", or for a stop below SURE_BLOCK_SCORE "3 signs of a pitch" (what stopped it, counted). */
  function scoreWords(verdict) {
    if (verdict.verdict !== "block" || verdict.score >= SURE_BLOCK_SCORE) return `${Math.round(verdict.score * 100)}% pitch-like`;
    const signs = (Array.isArray(verdict.reasons) ? verdict.reasons : []).filter((r) => r && !NOT_SIGNS.has(r.rule)).length;
    return signs ? `${signs} sign${signs > 1 ? "s" : ""} of a pitch` : "";
  }

  /** The card's summary line: the pitch percentage only when the score is what decided (a big ask to a
   * new connection at "0% pitch-like" would contradict the heading), the ask's size only when the heading
   * does not say it, then the recipient. A draft not read has neither a score nor an ask worth saying. */
  function summaryOf(verdict) {
    const unread = Boolean(unreadChecked(verdict));
    const score = !unread && !askDecided(verdict) && typeof verdict.score === "number" ? scoreWords(verdict) : "";
    const ask = unread || askDecided(verdict) ? "" : ASK_WORDS[verdict.ask] || "";
    const basis = SOURCE_WORDS[verdict.stage_source];
    return [score, ask, `to ${recipientWords(verdict)}${basis ? ` (${basis})` : ""}`]
      .filter(Boolean).join(" · ");
  }

  /**
   * The verdict's suggestions split into tips and notes: a sentence that explains how the recipient was
   * read (companion/api/routes.py: "“sam” names no one in your Rapport, so the draft is checked as…") is
   * not advice, and goes under the recipient line, not in "Try instead". `opener`, shown with its own
   * button, is not quoted again among the tips.
   */
  function splitSuggestions(suggestions, opener) {
    const tips = [];
    const notes = [];
    for (const s of Array.isArray(suggestions) ? suggestions : []) {
      if (typeof s !== "string" || !s.trim()) continue;
      if (/^“[^”]*” (?:is|names) /.test(s)) notes.push(s); // the companion's sentence on a `to` it cannot resolve
      else if (!(opener && s.includes(opener))) tips.push(s);
    }
    return { tips, notes };
  }

  const LEVELS = new Set(["ok", "warn", "block"]);

  /** The indicator's level for the background's answer to a check: ok, warn, block, or off (no verdict). */
  function levelOf(answer) {
    const verdict = answer && answer.ok ? answer.verdict : null;
    return verdict && LEVELS.has(verdict.verdict) ? verdict.verdict : "off";
  }

  const OFF_WORDS = {
    paused: "Rapport is paused",
    unpaired: "Rapport is not paired with this browser: drafts are not checked",
    offline: "Rapport is offline: drafts are not checked",
    timeout: "Rapport is slow to answer: this draft was not checked",
    error: "Rapport could not check this draft",
  };

  // What the indicator shows in words when no draft is checked: a grey dot alone reads as "fine" (newcomer
  // 6, C2). Paused is the user's own choice and keeps the quiet dot.
  const OFF_LABELS = { unpaired: "Not paired: not checked", offline: "Offline: not checked", timeout: "Not checked", error: "Not checked" };

  /** Why an answer brings no verdict: paused, unpaired, offline, timeout or error (null when it has one). */
  function offReason(answer) {
    if (levelOf(answer) !== "off") return null;
    const reason = answer && (answer.reason || (answer.paused ? "paused" : answer.unpaired ? "unpaired" : "offline"));
    return reason === "paused" || OFF_LABELS[reason] ? reason : "error";
  }

  /** The indicator's visible words for an answer ("" when a coloured dot says it). */
  function indicatorLabel(answer) {
    return OFF_LABELS[offReason(answer)] || "";
  }

  /** The indicator's hover text for an answer to a check of `text` (plain text: it goes in a title). */
  function indicatorTitle(answer, text) {
    const level = levelOf(answer);
    if (level === "off") {
      return OFF_WORDS[offReason(answer)] || OFF_WORDS.error;
    }
    const verdict = answer.verdict;
    const whom = recipientWords(verdict);
    if (level === "ok") {
      // A draft in a language the guard does not read is not "fine": say it was not checked, in the companion's words.
      const unread = (Array.isArray(verdict.reasons) ? verdict.reasons : []).find((r) => r && r.rule === "language-unread");
      return unread ? `Rapport: ${unread.message}` : `Rapport: this reads fine for ${whom}.`;
    }
    const checked = unreadChecked(verdict);
    const lines = [checked
      ? `Rapport can't read this language: ${level === "block" ? "it will be stopped when you send, only for" : "it flags only"} ${checkedWords(checked)}.`
      : askDecided(verdict)
      ? `Rapport: ${ASK_HEADLINE[verdict.ask] || "a big ask"} for ${whom}.`
      : level === "block"
        ? `Rapport: this reads like a pitch to ${whom}. It will be stopped when you send.`
        : `Rapport: this may read as a pitch to ${whom}.`];
    const seen = new Set();
    for (const reason of Array.isArray(verdict.reasons) ? verdict.reasons : []) {
      const said = quoteOf(text, reason).replace(/\s+/g, " ").trim();
      const line = said ? `• “${said.length > 60 ? `${said.slice(0, 57)}…` : said}”: ${reason.message}` : `• ${reason.message}`;
      if (!seen.has(line)) lines.push(line);
      seen.add(line);
    }
    return lines.join("\n");
  }

  /** What the stored settings let the guard do: {paused, indicator} (settings.paused, settings.guardIndicator). */
  function guardSwitch(settings) {
    const paused = Boolean(settings && settings.paused === true);
    return { paused, indicator: !(settings && settings.guardIndicator === false) };
  }

  /**
   * Calls `run` once the typing has paused for `quiet` ms, yet while it goes on no later than `interval` ms
   * after the first keystroke since the last run, and never twice within `interval` ms: poke() on every
   * keystroke costs a few comparisons and, at most, one timer. hold(ms) puts the next run off (after a
   * failed check). `clock` is {performance or now, setTimeout, clearTimeout}; tests pass their own.
   */
  function createPacer(run, { interval = 500, quiet = 200, clock = root } = {}) {
    let timer = null;
    let dueAt = 0;
    let firstPoke = null;
    let lastRun = -Infinity;
    let heldUntil = -Infinity;
    const now = () => (clock.performance ? clock.performance.now() : clock.now());
    function fire() {
      timer = null;
      firstPoke = null;
      lastRun = now();
      run();
    }
    function arm(at) {
      if (timer !== null) clock.clearTimeout(timer);
      dueAt = at;
      timer = clock.setTimeout(fire, Math.max(0, at - now()));
    }
    function due(t) {
      return Math.max(Math.min(t + quiet, firstPoke + interval), lastRun + interval, heldUntil);
    }
    return {
      poke() {
        const t = now();
        if (firstPoke === null) firstPoke = t;
        const at = due(t);
        if (timer === null || at > dueAt) arm(at);
      },
      hold(ms) {
        heldUntil = now() + ms;
        if (timer !== null && heldUntil > dueAt) arm(heldUntil);
      },
      cancel() {
        if (timer !== null) clock.clearTimeout(timer);
        timer = null;
        firstPoke = null;
      },
      pending: () => timer !== null,
    };
  }

  root.RapportGuardView = Object.freeze({
    STAGE_WORDS,
    recipientWords,
    askDecided,
    unreadChecked,
    headline,
    summaryOf,
    splitSuggestions,
    offReason,
    indicatorLabel,
    shortenAroundSpans,
    quoteOf,
    levelOf,
    indicatorTitle,
    guardSwitch,
    createPacer,
  });
})(globalThis);
