// The send guard's map of every message composer it watches: where the draft is typed, what sends it,
// which keys send it, and who it goes to. One file per site concern, so that when LinkedIn or X change
// their markup this is the only file to touch. Classic content script (listed before guard.js); it
// defines globalThis.RapportComposers and nothing else.
//
// Evidence for every selector is in ../shared/fixtures/composers/COMPOSERS.md ([HTML] = seen in real
// saved DOM, [CODE] = used by other people's automation, [FIXTURE] = synthetic). Rules of thumb taken
// from there: key on classes, data-testid, role and type=submit, never on localized text or hashed
// classes; LinkedIn's overlays may live inside #interop-outlet's open shadow root (2025-12 onward).
(function defineRapportComposers(root) {
  "use strict";

  // enter: what a plain Enter (no Shift) does in this composer.
  //   "sends"   - Enter sends, Shift+Enter makes a new line.
  //   "newline" - Enter makes a new line; only a click (or Ctrl/Cmd+Enter) sends.
  //   "setting" - a user setting decides (LinkedIn's "Press Enter to Send"), see enterMode() below.
  // modEnter: whether Ctrl+Enter / Cmd+Enter sends.
  const SURFACES = [
    {
      // LinkedIn messaging: the overlay chat bubbles (several can be open at once; existing and "New
      // message" conversations) and the full /messaging/ thread view, which shares the same form.
      // [HTML] 2022 (en, new-message bubble), 2023-03 (es, existing bubble); [CAPTURE-NOTES] 2026-10:
      // "Send is that form's only button[type=submit]". msg-form__send-btn: the icon-only InMail
      // submit ([CODE] ~2026).
      id: "linkedin-message",
      site: "linkedin",
      box: ".msg-form__contenteditable",
      send: "button.msg-form__send-button, button.msg-form__send-btn, form.msg-form button[type=\"submit\"]",
      form: "form.msg-form, form[id^=\"msg-form-\"]",
      formRequired: true, // a LinkedIn message box outside its form is not a composer
      enter: "setting",
      modEnter: true,
    },
    {
      // LinkedIn Connect -> "Add a note". The note is a <textarea> (2017 send-invite__*, 2020-25
      // connect-button-send-invite__*), a plaintext-only contenteditable in one 2026 [FIXTURE]; since
      // 2026 the modal sits inside #interop-outlet's shadow root ([SPEC-ON-SAVED-PAGE] Briskine).
      // A textarea Enter inserts a newline and no key send is documented.
      id: "linkedin-invite",
      site: "linkedin",
      box: "textarea#custom-message, textarea.send-invite__custom-message, " +
        "textarea.connect-button-send-invite__custom-message, " +
        "[aria-modal=\"true\"] [contenteditable=\"plaintext-only\"]",
      // "Send without a note" is excluded below: it never carries the note.
      send: "button[aria-label=\"Send invitation\"], button[aria-label=\"Send now\"], " +
        "button.button-primary-large, .artdeco-modal__actionbar button.artdeco-button--primary, " +
        "[aria-modal=\"true\"] button.artdeco-button--primary",
      notSend: "[aria-label=\"Send without a note\"]",
      form: ".artdeco-modal, [aria-modal=\"true\"], .send-invite",
      enter: "newline",
      modEnter: false,
    },
    {
      // X legacy direct messages (/messages/<a>-<b> and the DM drawer): Draft.js editor. [HTML] 2023-01.
      // The send control was a div[role=button] and later a <button>, so match by testid only ([CODE]).
      id: "x-dm",
      site: "x",
      box: "[data-testid=\"dmComposerTextInput\"]",
      send: "[data-testid=\"dmComposerSendButton\"]",
      form: null,
      enter: "sends",
      modEnter: true,
    },
    {
      // X "XChat" direct messages (/i/chat/<id>, 2025-26): a React <textarea>; the send button mounts
      // only while there is text and remounts ([CODE]/[FIXTURE] only; no real HTML was found).
      id: "x-chat",
      site: "x",
      box: "textarea[data-testid=\"dm-composer-textarea\"], [data-testid=\"dm-composer-form\"] textarea",
      send: "[data-testid=\"dm-composer-send-button\"], form[data-testid=\"dm-composer-form\"] button[type=\"submit\"]",
      form: "form[data-testid=\"dm-composer-form\"]",
      enter: "sends",
      modEnter: true,
    },
    {
      // X posts and replies (home timeline inline composer, /compose/post modal, inline reply on
      // /status/ pages, threads with tweetTextarea_1...). Enter is a newline; Ctrl/Cmd+Enter posts
      // (twitter-to-bsky issue #7, 2024-05). [CODE] 2020-2026; no real HTML was found.
      id: "x-post",
      site: "x",
      box: "[data-testid^=\"tweetTextarea_\"][contenteditable=\"true\"], " +
        "[data-testid^=\"tweetTextarea_\"] [contenteditable=\"true\"]",
      send: "[data-testid=\"tweetButtonInline\"], [data-testid=\"tweetButton\"]",
      form: null,
      enter: "newline",
      modEnter: true,
    },
  ];

  // Where the recipient's identity sits, nearest scope first. Each entry is tried inside the scope that
  // holds the sending composer (never a global query: several bubbles can be open at once).
  const RECIPIENTS = {
    "linkedin-message": {
      // the bubble (overlay) or the thread (/messaging/ page) that holds the form
      scope: "[data-view-name=\"message-overlay-conversation-bubble-item\"], .msg-overlay-conversation-bubble, " +
        ".msg-convo-wrapper, .msg-thread, .scaffold-layout__detail, [role=\"dialog\"]",
      links: [
        // existing bubble: header h2 link by profile id ([HTML] 2023, [CAPTURE-NOTES] 2026)
        "header h2.msg-overlay-bubble-header__title a[href*=\"/in/\"]",
        // /messaging/ thread header ([CODE] ~2021-2025)
        "a.msg-thread__link-to-profile[href*=\"/in/\"]",
        ".msg-title-bar a[href*=\"/in/\"]",
        // profile card in both bubbles: absolute by id (2023) or by vanity slug (2022 new message)
        "a.profile-card-one-to-one__profile-link[href*=\"/in/\"]",
      ],
      names: [
        "header h2.msg-overlay-bubble-header__title a[href*=\"/in/\"]",
        ".msg-connections-typeahead__added-recipients .artdeco-pill__text",
        "a.profile-card-one-to-one__profile-link",
        "h2.msg-entity-lockup__entity-title",
        ".msg-entity-lockup__entity-title",
      ],
    },
    "linkedin-invite": {
      scope: ".artdeco-modal, [aria-modal=\"true\"], [role=\"dialog\"], .send-invite",
      links: [],
      names: [],
    },
    "x-dm": {
      scope: "[data-testid=\"DmActivityContainer\"], [data-testid=\"DMDrawer\"], [data-testid=\"DmScrollerContainer\"], main",
      links: ["[data-testid=\"DM_Conversation_Avatar\"] a[href^=\"/\"]", "[data-testid=\"UserAvatar-Container\"] a[href^=\"/\"]",
        "[data-testid=\"conversation-header\"] a[href^=\"/\"]", "header a[href^=\"/\"]"],
      names: ["[data-testid=\"conversation-header\"] [dir=\"ltr\"] span", "header h2"],
    },
    "x-chat": {
      scope: "[data-testid=\"dm-conversation-panel\"], main",
      // the @handle is a link in the header, not inside the username node (brevmont fixture 2026-09)
      links: ["[data-testid=\"dm-conversation-header\"] a[href^=\"/\"]"],
      names: ["[data-testid=\"dm-conversation-username\"]"],
    },
    "x-post": {
      // a reply goes to the author of the focal tweet on a /status/ page; a plain post has no recipient
      scope: "[role=\"dialog\"], main",
      links: ["article[data-testid=\"tweet\"] [data-testid=\"User-Name\"] a[href^=\"/\"]"],
      names: [],
    },
  };

  // X paths that look like /<handle> but are not profiles.
  const X_RESERVED = new Set(["home", "explore", "messages", "i", "settings", "notifications", "compose",
    "search", "login", "logout", "signup", "tos", "privacy", "hashtag", "intent", "share", "jobs"]);

  const LINKEDIN_ORIGIN = "https://www.linkedin.com";
  const X_ORIGIN = "https://x.com";

  function parentAcrossShadow(el) {
    if (el.parentElement) return el.parentElement;
    const rootNode = el.getRootNode && el.getRootNode();
    return rootNode && rootNode.host ? rootNode.host : null;
  }

  // closest() that climbs out of shadow roots (Briskine's closestDeep pattern).
  function closestDeep(el, selector) {
    for (let node = el; node; node = parentAcrossShadow(node)) {
      if (node.nodeType === 1 && node.matches(selector)) return node;
    }
    return null;
  }

  function isSendElement(surface, el) {
    if (!el.matches(surface.send)) return false;
    return !(surface.notSend && el.matches(surface.notSend));
  }

  // The smallest ancestor of `start` that holds both a draft box and a send control of the surface: the
  // composer. Falls back to the surface's form.
  function composerRoot(surface, start) {
    if (surface.formRequired) return closestDeep(start, surface.form);
    let node = start;
    for (let depth = 0; node && depth < 30; depth += 1, node = parentAcrossShadow(node)) {
      if (node.nodeType !== 1) continue;
      if (surface.form && node.matches(surface.form)) return node;
      if (node.querySelector(surface.box) && node.querySelector(surface.send)) return node;
    }
    return surface.form ? closestDeep(start, surface.form) : null;
  }

  function boxesIn(surface, composer) {
    const boxes = [];
    if (composer.matches && composer.matches(surface.box)) boxes.push(composer);
    composer.querySelectorAll(surface.box).forEach((b) => {
      // nested matches (a testid wrapper around its Draft.js contenteditable) count once: keep the inner
      if (!boxes.some((outer) => outer.contains(b))) boxes.push(b);
      else boxes.splice(boxes.findIndex((outer) => outer.contains(b)), 1, b);
    });
    return boxes;
  }

  function sendButtonIn(surface, composer) {
    for (const el of composer.querySelectorAll(surface.send)) {
      if (isSendElement(surface, el)) return el;
    }
    return null;
  }

  /** Finds the composer an event belongs to, from its composedPath(): {surface, composer, boxes, sendButton, via}. */
  function locate(path, site) {
    for (const el of path) {
      if (!el || el.nodeType !== 1) continue;
      for (const surface of SURFACES) {
        if (site && surface.site !== site) continue;
        const isBox = el.matches(surface.box);
        const isSend = !isBox && isSendElement(surface, el);
        if (!isBox && !isSend) continue;
        const composer = composerRoot(surface, el);
        if (!composer) continue;
        const boxes = boxesIn(surface, composer);
        if (!boxes.length) continue;
        return { surface, composer, boxes, sendButton: isSend ? el : sendButtonIn(surface, composer), via: isBox ? "box" : "send" };
      }
    }
    return null;
  }

  /** The composer a submitted form holds (for the `submit` path), or null. */
  function locateForm(form, site) {
    for (const surface of SURFACES) {
      if (!surface.form || (site && surface.site !== site) || !form.matches(surface.form)) continue;
      const boxes = boxesIn(surface, form);
      if (boxes.length) return { surface, composer: form, boxes, sendButton: sendButtonIn(surface, form), via: "form" };
    }
    return null;
  }

  const BLOCK_TAGS = new Set(["P", "DIV", "LI", "BLOCKQUOTE", "PRE", "H1", "H2", "H3", "H4", "H5", "H6"]);

  // The draft as the user sees it: <br> and block boundaries become newlines (LinkedIn writes one <p>
  // per line, Draft.js one div[data-block] per line). innerText would do this but needs layout.
  function textOf(box) {
    if (box.tagName === "TEXTAREA" || box.tagName === "INPUT") return box.value;
    const parts = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) parts.push(child.data);
        else if (child.nodeType === 1) {
          if (child.tagName === "BR") parts.push("\n");
          else if (child.tagName === "IMG") parts.push(child.getAttribute("alt") || "");
          else if (child.tagName === "SCRIPT" || child.tagName === "STYLE") continue;
          else if (BLOCK_TAGS.has(child.tagName)) {
            if (parts.length && !parts[parts.length - 1].endsWith("\n")) parts.push("\n");
            walk(child);
            if (!parts[parts.length - 1]?.endsWith("\n")) parts.push("\n");
          } else walk(child);
        }
      }
    };
    walk(box);
    return parts.join("");
  }

  /** The draft text of a located composer (thread composers join their parts), trimmed; "" when empty. */
  function draftText(found) {
    return found.boxes.map(textOf).map((t) => t.replace(/\u00a0/g, " ").trim()).filter(Boolean).join("\n\n");
  }

  function absoluteLinkedIn(href) {
    try {
      const url = new URL(href, LINKEDIN_ORIGIN);
      const match = url.pathname.match(/^\/in\/([^/]+)/);
      return match ? `${LINKEDIN_ORIGIN}/in/${match[1]}/` : null;
    } catch (_) {
      return null;
    }
  }

  function absoluteX(href) {
    try {
      const url = new URL(href, X_ORIGIN);
      const match = url.pathname.match(/^\/([A-Za-z0-9_]{1,15})\/?$/);
      if (!match || X_RESERVED.has(match[1].toLowerCase())) return null;
      return `${X_ORIGIN}/${match[1]}`;
    } catch (_) {
      return null;
    }
  }

  function cleanName(text) {
    const name = (text || "").replace(/\s+/g, " ").trim();
    return name && name.length <= 120 ? name : null;
  }

  // The Connect button names the person in English UIs ([HTML] snippet B, ~2024-25).
  const INVITE_LABEL = /^Invite (.+) to connect$/;

  /** The person a Connect button invites, from its label, or null. */
  function inviteeOf(path) {
    for (const el of path) {
      if (!el || el.nodeType !== 1 || el.tagName !== "BUTTON") continue;
      const match = (el.getAttribute("aria-label") || "").match(INVITE_LABEL);
      return match ? cleanName(match[1]) : null;
    }
    return null;
  }

  /** Who the located composer sends to: {url, name} read from the same bubble/thread (either may be null). */
  function recipient(found, location) {
    const rules = RECIPIENTS[found.surface.id];
    const scope = closestDeep(found.composer, rules.scope) || found.composer;
    const normalise = found.surface.site === "linkedin" ? absoluteLinkedIn : absoluteX;
    let url = null;
    for (const selector of rules.links) {
      for (const a of scope.querySelectorAll(selector)) {
        url = normalise(a.getAttribute("href"));
        if (url) break;
      }
      if (url) break;
    }
    let name = null;
    for (const selector of rules.names) {
      const el = scope.querySelector(selector);
      name = el && cleanName(el.textContent);
      if (name) break;
    }
    if (!url && !name && found.surface.id === "linkedin-invite" && location && location.invitee) {
      name = cleanName(location.invitee); // search results: the "Invite <name> to connect" button pressed
    }
    if (!url && found.surface.id === "linkedin-invite" && location) {
      // the invitation is sent from the person's profile page: the page is the recipient
      url = absoluteLinkedIn(location.pathname);
      // "(3) Dana Lee | LinkedIn": the title, without the unread count
      if (!name) name = cleanName((location.title || "").split("|")[0].replace(/^\(\d+\+?\)\s*/, ""));
    }
    return { url, name };
  }

  // ------------------------------------------------------------------ what the page shows (PageContext)

  // What the page says about the relationship with the recipient, read from the same bubble or thread as
  // the recipient (never a global query), and sent with the check as `context` (CONTRACT.md PageContext).
  // Each selector says where it applies and since when; those marked [HTML] were checked against the saved
  // composers in ../shared/fixtures/composers/ (or the saved profile pages in ../shared/fixtures/real/), by
  // extension/test/guard_context.test.mjs. What a page does not show is left out, never guessed: a message
  // whose sender cannot be told is not counted, and a missing badge is no degree.
  const CONTEXT = {
    "linkedin-message": {
      // The one-to-one profile card at the top of a conversation: "· 1st" (en), "· 1er" (es), beside an
      // a11y text "1st degree connection" / "Contacto de 1er grado". [HTML] 2022 new-message bubble and
      // 2023-03 existing bubble (the same card in both).
      degree: ".msg-s-profile-card .artdeco-entity-lockup__degree",
      // The list the conversation's messages sit in: when it is there, what it holds is the thread so far.
      // [HTML] 2023-03 (ul.msg-s-message-list-content inside div.msg-s-message-list).
      threadList: ".msg-s-message-list-content, .msg-s-message-list",
      // One element per message: div.msg-s-event-listitem[data-event-urn] ([HTML] 2023-03), still
      // div[data-event-urn] in 2026 ([CAPTURE-NOTES], with data-view-name="message-list-item").
      message: "[data-event-urn]",
      // Who wrote it: the other person's carry msg-s-event-listitem--other, the user's own the plain
      // class ([HTML] 2023-03; COMPOSERS.md 2.1). A message with neither class is not counted.
      fromThem: ".msg-s-event-listitem--other",
      fromMe: ".msg-s-event-listitem:not(.msg-s-event-listitem--other)",
      // A "New message" bubble has no conversation yet. [HTML] 2022 (…--is-compose).
      newConversation: ".msg-overlay-conversation-bubble--is-compose",
    },
    "linkedin-invite": {
      // A Connect note sent from the person's profile: the top card's degree, "· 2nd" / "· 3rd" ([HTML]
      // logged-in profiles 2018-05 → 2025-04 in ../shared/fixtures/real/linkedin; the top card is the first
      // section of <main> holding the name's h1, since "People also viewed" lists carry .dist-value too).
      profileCard: "main section",
      profileDegree: ".dist-value",
    },
    "x-chat": {
      // XChat (/i/chat, 2025-26): message rows, own ones justify-end, theirs justify-start ([CODE]/[FIXTURE]
      // only: brevmont's fixture, described as live DevTools markup of 2026-09; no saved HTML).
      threadList: "[data-testid=\"dm-message-list\"], [data-testid=\"dm-message-scroller\"]",
      message: "[data-dm-message-row], [data-testid^=\"message-\"]:not([data-testid^=\"message-text-\"])",
      fromThem: ".justify-start",
      fromMe: ".justify-end",
    },
    // X's legacy DMs ([data-testid="messageEntry"]) tell their direction only by hashed classes
    // (COMPOSERS.md 3.4): no thread is read there.
  };

  // X's "Follows you" badge and the user blocks it sits in: the profile header [data-testid="UserName"]
  // ([HTML] logged-in 2025-04 profile in ../shared/fixtures/real/twitter: "rob cheung @perceptnet Follows
  // you"), and user cells and hover cards ([CODE], many, 2023-2026). It counts only inside a block that
  // names the recipient (a sidebar's "Who to follow" cell names someone else).
  const X_FOLLOWS_YOU = "[data-testid=\"userFollowIndicator\"]";
  const X_USER_BLOCK = "[data-testid=\"UserName\"], [data-testid=\"UserCell\"], [data-testid=\"HoverCard\"]";
  const X_PROFILE_HEADER = "[data-testid=\"primaryColumn\"] [data-testid=\"UserName\"]";
  const MAX_COUNTED = 1000;

  /** "1st", "2nd" or "3rd" from a degree badge's text ("· 1st", "· 1er", "3rd+", "2º"), or null. */
  function degreeOf(text) {
    const match = (text || "").match(/[1-3]/);
    return match ? ["1st", "2nd", "3rd"][Number(match[0]) - 1] : null;
  }

  function linkedInDegree(found, scope, location) {
    const rules = CONTEXT[found.surface.id];
    if (rules.degree) {
      const badge = scope.querySelector(rules.degree);
      if (badge) return degreeOf(badge.textContent);
    }
    if (rules.profileCard && location && /^\/in\/[^/]+/.test(location.pathname || "")) {
      const doc = found.composer.ownerDocument;
      const card = [...doc.querySelectorAll(rules.profileCard)].find((section) => section.querySelector("h1"));
      const badge = card && card.querySelector(rules.profileDegree);
      if (badge) return degreeOf(badge.textContent);
    }
    return null;
  }

  /** {from_me, from_them} for the conversation on screen, or null when the page shows none. */
  function threadOf(found, scope) {
    const rules = CONTEXT[found.surface.id];
    if (!rules || !rules.message) return null;
    if (rules.newConversation && closestDeep(found.composer, rules.newConversation)) return { from_me: 0, from_them: 0 };
    if (!scope.querySelector(rules.threadList)) return null;
    let fromMe = 0;
    let fromThem = 0;
    for (const message of scope.querySelectorAll(rules.message)) {
      if (message.matches(rules.fromThem)) fromThem += 1;
      else if (message.matches(rules.fromMe)) fromMe += 1;
    }
    return { from_me: Math.min(fromMe, MAX_COUNTED), from_them: Math.min(fromThem, MAX_COUNTED) };
  }

  function xHandle(url) {
    const match = (url || "").match(/^https:\/\/x\.com\/([A-Za-z0-9_]{1,15})$/);
    return match ? match[1].toLowerCase() : null;
  }

  // Whether a user block is about @handle: a link to the profile, or an element reading "@handle" (the
  // profile header writes the handle as text, right beside "Follows you").
  function namesHandle(block, handle) {
    for (const a of block.querySelectorAll("a[href]")) {
      if (xHandle(absoluteX(a.getAttribute("href"))) === handle) return true;
    }
    const wanted = `@${handle}`;
    for (const el of block.querySelectorAll("span, div")) {
      if (!el.childElementCount && el.textContent.trim().toLowerCase() === wanted) return true;
    }
    return false;
  }

  /** true when the page shows that the recipient follows the user, false when it shows they do not, else null. */
  function followsYou(found, scope, url) {
    const handle = xHandle(url);
    if (!handle) return null;
    for (const badge of scope.querySelectorAll(X_FOLLOWS_YOU)) {
      const block = closestDeep(badge, X_USER_BLOCK);
      if (block && namesHandle(block, handle)) return true;
    }
    // the recipient's own profile page (a DM drawer or a reply opened on it)
    const header = found.composer.ownerDocument.querySelector(X_PROFILE_HEADER);
    if (header && namesHandle(header, handle)) return Boolean(header.querySelector(X_FOLLOWS_YOU));
    return null;
  }

  /**
   * What the page shows about the recipient of a located composer (CONTRACT.md PageContext): only the
   * fields the page shows. `who` is recipient()'s answer; `location` as for recipient().
   */
  function pageContext(found, who, location) {
    const rules = RECIPIENTS[found.surface.id];
    const scope = closestDeep(found.composer, rules.scope) || found.composer;
    const context = {};
    if (who && who.name) context.recipient_name = who.name;
    if (who && who.url) context.recipient_url = who.url;
    if (found.surface.site === "linkedin") {
      const degree = linkedInDegree(found, scope, location);
      if (degree) context.degree = degree;
    } else {
      const follows = followsYou(found, scope, who && who.url);
      if (follows !== null) context.follows_you = follows;
    }
    const thread = threadOf(found, scope);
    if (thread) context.thread = thread;
    return context;
  }

  // LinkedIn's "Press Enter to Send" setting lives behind the send-options menu. What the DOM tells:
  // the click-to-send choice input once the menu has been rendered ([CODE] automation scripts), and
  // in Enter-to-send mode the footer's Send button is absent ([CODE]). Otherwise unknown (null).
  const LINKEDIN_CLICK_TO_SEND_INPUT = "[data-test-msg-ui-send-mode-toggle-presenter__click-to-send-input]";

  /** "enter" when Enter sends in this composer, "newline" when it does not, null when it cannot be told. */
  function enterMode(found) {
    const surface = found.surface;
    if (surface.enter === "sends") return "enter";
    if (surface.enter === "newline") return "newline";
    const scope = closestDeep(found.composer, RECIPIENTS[surface.id].scope) || found.composer;
    const choice = scope.querySelector(LINKEDIN_CLICK_TO_SEND_INPUT) ||
      found.composer.ownerDocument.querySelector(LINKEDIN_CLICK_TO_SEND_INPUT);
    if (choice && "checked" in choice) return choice.checked ? "newline" : "enter";
    if (!sendButtonIn(surface, found.composer)) return "enter";
    return null;
  }

  /** "linkedin" or "x" for a page's host name, else null: the sites whose composers are mapped here. */
  function siteOf(host) {
    if (/(^|\.)linkedin\.com$/.test(host)) return "linkedin";
    if (/(^|\.)(x|twitter)\.com$/.test(host)) return "x";
    return null;
  }

  root.RapportComposers = Object.freeze({
    SURFACES,
    siteOf,
    RECIPIENTS,
    CONTEXT,
    closestDeep,
    locate,
    locateForm,
    textOf,
    draftText,
    recipient,
    pageContext,
    degreeOf,
    inviteeOf,
    enterMode,
    sendButtonIn: (found) => sendButtonIn(found.surface, found.composer),
  });
})(globalThis);

// Example URLs: https://www.linkedin.com/messaging/thread/2-abc/ , https://www.linkedin.com/in/someone/
// (bubble and Connect -> Add a note), https://x.com/messages/123-456 , https://x.com/i/chat/123 ,
// https://x.com/home , https://x.com/someone/status/1
