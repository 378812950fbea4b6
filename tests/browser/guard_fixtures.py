"""Pages for the send-guard browser tests: LinkedIn and X composers built from the saved composers.

The composers themselves are the real saved DOM in ../shared/fixtures/composers/ (read from there, never
copied into the repo; a test skips when one is absent). Around them sits a small page-side script that
plays the site: it enables Send while there is text, sends on a click, on Enter where Enter sends, and
on Ctrl/Cmd+Enter, and records every send in `window.__sent` (the draft text) before clearing the box.
That script is synthetic: it stands in for LinkedIn's Ember and X's React code, which were not saved.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
COMPOSERS = SHARED / "fixtures" / "composers"

LINKEDIN_THREAD_URL = "https://www.linkedin.com/messaging/thread/2-guard-test/"
X_DM_URL = "https://x.com/messages/1000-2000"

LINKEDIN_EXISTING = "linkedin/linkedin_2023-03_overlay-conversation-bubble_es.html"
LINKEDIN_NEW = "linkedin/linkedin_2022_overlay-new-message-bubble_en.html"
X_DRAFTJS = "x/x_2023-01_dm-composer-draftjs_fragment.html"


def saved_composer(relative: str) -> str:
    """The text of a saved composer from ../shared/fixtures/composers, or a clean skip when it is absent."""
    path = COMPOSERS / relative
    if not path.is_file():
        pytest.skip(f"../shared/fixtures/composers/{relative} is not available")
    return path.read_text(encoding="utf-8")


def _without_comments(html: str) -> str:
    return re.sub(r"<!--.*?-->", "", html, flags=re.S)


# The page's own send logic (synthetic, see the module docstring). It listens in the bubble phase on
# document, as the sites' frameworks do, so the guard's capture listeners on window run first.
_LINKEDIN_PAGE_SCRIPT = r"""
window.__sent = [];
function draftOf(box) {
  return Array.from(box.querySelectorAll('p')).map(p => p.textContent).join('\n').trim() || box.textContent.trim();
}
function refresh(form) {
  const box = form.querySelector('.msg-form__contenteditable');
  const send = form.querySelector('button.msg-form__send-button');
  if (send) send.disabled = !draftOf(box);
}
function sendFrom(form) {
  const box = form.querySelector('.msg-form__contenteditable');
  const text = draftOf(box);
  if (!text) return;
  const bubble = form.closest('.msg-overlay-conversation-bubble');
  window.__sent.push({text, bubble: bubble ? bubble.id : null});
  box.replaceChildren(Object.assign(document.createElement('p'), {innerHTML: '<br>'}));
  refresh(form);
}
document.addEventListener('input', (e) => {
  const form = e.target.closest && e.target.closest('form.msg-form');
  if (form) refresh(form);
});
document.addEventListener('submit', (e) => {
  if (!e.target.matches('form.msg-form')) return;
  e.preventDefault();
  sendFrom(e.target);
});
// "Press Enter to Send" is on in this page: Enter sends, Shift+Enter is a new line, Cmd/Ctrl+Enter sends.
document.addEventListener('keydown', (e) => {
  const box = e.target.closest && e.target.closest('.msg-form__contenteditable');
  if (!box || e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
  e.preventDefault();
  sendFrom(box.closest('form'));
});
document.querySelectorAll('form.msg-form').forEach(refresh);
"""


# The person on the other end of the saved 2023 conversation, by profile id and name.
SAVED_RECIPIENT_ID = "ACoAADgAroQBJh1El3DFh-KvxRrTZDPJ34x28hU"
SAVED_RECIPIENT_NAME = "Mariana Hohot"


def linkedin_messaging_page(recipient: tuple[str, str] | None = None) -> str:
    """Two LinkedIn chat bubbles open at once (the saved 2023 existing conversation and 2022 new message).

    `recipient` = (profile slug, name) readdresses the 2023 conversation to someone else (synthetic: a
    person the test has stored, so that Rapport knows who the message is for)."""
    existing = _without_comments(saved_composer(LINKEDIN_EXISTING))
    if recipient is not None:
        slug, name = recipient
        existing = (existing.replace(SAVED_RECIPIENT_ID, slug).replace(SAVED_RECIPIENT_NAME, name)
                    .replace(SAVED_RECIPIENT_NAME.split()[0], name.split()[0]))
    new = _without_comments(saved_composer(LINKEDIN_NEW))
    # the 2022 file holds two pastes: keep the whole bubble (the second), not the lone contenteditable
    new = new[new.index('<div id="ember267"'):]
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Mensajes | LinkedIn</title>
<style>
  body {{ font: 14px system-ui, sans-serif; background: #f4f2ee; margin: 0; min-height: 100vh; }}
  .bubbles {{ position: fixed; right: 16px; bottom: 0; display: flex; gap: 12px; align-items: flex-end; }}
  .msg-overlay-conversation-bubble {{ width: 336px; background: #fff; border-radius: 8px 8px 0 0;
    box-shadow: 0 0 0 1px rgba(0,0,0,.15), 0 4px 12px rgba(0,0,0,.15); max-height: 520px; overflow: hidden; }}
  .msg-overlay-conversation-bubble img, .msg-overlay-conversation-bubble svg {{ width: 24px; height: 24px; }}
  .msg-s-message-list-container, .msg-s-message-list, .msg-connections-typeahead {{ max-height: 160px; overflow: auto; }}
  .visually-hidden, .a11y-text {{ position: absolute; clip: rect(0 0 0 0); width: 1px; height: 1px; overflow: hidden; }}
  .msg-form__contenteditable {{ min-height: 48px; border: 1px solid #ccc; padding: 6px; margin: 6px; }}
  .msg-form__send-button {{ background: #0a66c2; color: #fff; border: 0; border-radius: 14px; padding: 4px 14px; }}
  .msg-form__send-button:disabled {{ background: #ccc; }}
  .msg-overlay-conversation-bubble h2 {{ font-size: 14px; margin: 8px; }}
  .msg-overlay-conversation-bubble button {{ font-size: 12px; }}
  .msg-overlay-bubble-header__controls, .msg-form__left-actions, .msg-form__expand-btn-wrapper,
  .conversations-quick-replies, input[type=file] {{ display: none; }}
</style></head>
<body><main><h1>Mensajes</h1></main>
<aside class="bubbles">{existing}{new}</aside>
<script>{_LINKEDIN_PAGE_SCRIPT}</script></body></html>"""


_X_PAGE_SCRIPT = r"""
window.__sent = [];
const box = document.querySelector('[data-testid="dmComposerTextInput"]');
function draft() { return box.textContent.trim(); }
function send() {
  const text = draft();
  if (!text) return;
  window.__sent.push({text});
  box.querySelector('[data-contents]').replaceChildren(Object.assign(document.createElement('div'), {innerHTML: '<span><br data-text="true"></span>'}));
}
// Enter sends, Shift+Enter is a new line (legacy DM composer); the Send control sends on a click.
document.addEventListener('keydown', (e) => {
  if (!e.target.closest || !e.target.closest('[data-testid="dmComposerTextInput"]')) return;
  if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
  e.preventDefault();
  send();
});
document.addEventListener('click', (e) => {
  if (e.target.closest && e.target.closest('[data-testid="dmComposerSendButton"]')) send();
});
"""


def x_dm_page() -> str:
    """An X direct-message thread with the saved legacy Draft.js composer, empty."""
    fragment = _without_comments(saved_composer(X_DRAFTJS))
    # the saved editor holds the drafter's placeholder text; an empty Draft.js block is a <br data-text>
    fragment = fragment.replace('<span data-text="true">TEXT_TYPED_BY_USER</span>', '<br data-text="true">')
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Messages / X</title>
<style>
  body {{ font: 15px system-ui, sans-serif; margin: 0; }}
  [data-testid="DmActivityContainer"] {{ width: 600px; margin: 40px auto; border: 1px solid #eee; padding: 12px; }}
  .DraftEditor-root {{ border: 1px solid #ccc; border-radius: 16px; padding: 8px 12px; min-height: 24px; }}
  [data-testid="dmComposerSendButton"] {{ display: inline-block; margin-top: 8px; padding: 4px 14px; border-radius: 14px;
    background: #1d9bf0; color: #fff; cursor: pointer; }}
</style></head>
<body><main><section data-testid="DmActivityContainer">
  <header data-testid="conversation-header"><a href="/sam_rivera">Sam Rivera</a></header>
  <div data-testid="DmActivityViewport"><div data-testid="messageEntry"><span data-testid="tweetText">Hey! Long time.</span></div></div>
  <aside aria-label="Start a new message"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">{fragment}</div></div>
  <div role="button" tabindex="0" data-testid="dmComposerSendButton">Send</div></aside>
</section></main>
<script>{_X_PAGE_SCRIPT}</script></body></html>"""


def sent(page) -> list[dict]:
    """What the page recorded as sent."""
    return json.loads(page.evaluate("JSON.stringify(window.__sent)"))

