// Trimming a page snapshot down to what a profile parser reads. Runs in the background (never on the
// page's main thread: on a 2 MB LinkedIn page these passes take tens of milliseconds with a cold regex
// engine). The content script sends the profile's container and head as the browser serialised them;
// this turns them into the snapshot the companion receives: no scripts other than JSON-LD, no styles,
// SVG, app-state <code> blobs, forms, sign-in modals, images (an emoji's stays, as its alt text), utility
// or hashed class names, tracking attributes; at most a quarter of the raw page on LinkedIn (checked on
// the saved pages in tests).

// Elements whose content is raw text (not escaped by the serialiser): removed first, whole.
const RAW_TEXT_ELEMENTS = /<(script|style|noscript|template|iframe|xmp|textarea)\b[^>]*>[\s\S]*?<\/\1>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
// Start and end tags as the browser's serialiser writes them (attribute values double-quoted).
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
// Dropped with everything inside: drawings, app state, forms and dialogs (LinkedIn's guest pages
// carry a sign-in modal in every card).
const DROP_WITH_CONTENT = new Set(["svg", "code", "form", "dialog", "select", "object", "canvas", "video", "audio", "picture", "math"]);
const DROP_BY_CLASS = /(^|\s)(modal|[\w-]*sign-in-modal[\w-]*|google-auth-button[\w-]*|authwall[\w-]*|artdeco-modal[\w-]*)(\s|$)/;
// LinkedIn guest sections (2023+) holding nothing a Profile has a field for.
const UNREAD_SECTION =
  /\sdata-section="(projects|certifications|courses|recommendations|publications|honors-and-awards|awards|organizations|test-scores|patents)"/;
// Dropped, content kept: tags that carry nothing for a parser.
const DROP_TAGS = new Set(["link", "meta", "source", "input", "track", "wbr", "icon", "font", "img"]);
// Except an image of an emoji, kept as its alt text's carrier: X draws every emoji in bios and posts as
// <img alt="🔥" src=".../emoji/...">, and parsers read the alt into the text.
const EMOJI_ALT = /\salt="((?=[^"]*[\p{Extended_Pictographic}\p{Regional_Indicator}])[^"\p{L}\s<>&]{1,16})"/u;
// Of LinkedIn's tracking names, parsers read only those naming the top card, jobs, schools and sites.
const USEFUL_TRACKING = /topcard|experience|school|website/;
// Attributes no parser reads: presentation, event handlers, tracking and app plumbing (not `title`:
// X's 2015–2018 pages keep the exact join date and the expanded links only there).
const DROP_ATTRIBUTE =
  /^(style|srcset|sizes|src|loading|decoding|tabindex|target|width|height|role|on.*|data-(delayed-url|ghost-.*|tracking-will-navigate|tracking-client-ingraph|impression-id|view-tracking-scope|li-.*|embed-.*|ember-.*|artdeco-.*|finite-scroll-.*|modal|outlet))$/i;
// Class names that say nothing stable: responsive variants (papabear:flex), arbitrary values
// (max-w-[790px]) and LinkedIn's hashed names (since 2024: whsIXBXmfEHwMLYYeLDFLApeRWlqDYcGxRgB).
const NOISE_CLASS = /[:[\]/]|^(?=[A-Za-z]*[a-z])(?=[A-Za-z]*[A-Z])[A-Za-z]{20,}$|^ember-view$/;
// Tailwind-style utilities of LinkedIn's guest pages (2023+). The artdeco names the logged-in parsers
// read (t-bold, t-14, text-body-medium, break-words, inline, ph5, mt2, display-flex...) do not match.
const UTILITY_CLASS =
  /^(-?[mp][trblxy]?-[\d.]+|(w|h|min-w|max-w|min-h|max-h|top|left|right|bottom|inset|z|gap|gap-x|gap-y|leading|tracking|opacity|order|basis|grow|shrink|flex|flex-shrink|flex-grow)(-(\d[\d./]*|px|full|auto|screen|min|max|fit|none|col|row|wrap|nowrap|initial|tight|snug|normal|relaxed|loose|open|regular|wide))?|relative|absolute|fixed|sticky|overflow(-.*)?|border(-.*)?|rounded(-.*)?|bg-.*|cursor-.*|list-none|inline-block|inline-flex|font-(sans|bold|semibold|normal|regular)|text-(xs|sm|md|lg|xl|\dxl|color-.*|center|left|right)|link-styled|lazy-loaded|btn-.*|items-.*|justify-.*|self-.*|whitespace-.*|truncate|transition.*|duration-.*|ease-.*|hidden|block|antialiased|underline|no-underline|uppercase|italic|[mp][xy]?-auto|invisible|pointer-events-none|shadow.*|indent-.*|align-.*)$/;

export const escapeText = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// A profile link's member id (`?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA…`, `?profileUrn=…`,
// `?profileId=ACoAA…`): kept, because LinkedIn messaging names people by it, not by their slug.
const MEMBER_PARAM = /(?:[?&]|&amp;)(?:(?:miniProfileUrn|profileUrn)=urn(?::|%3A)li(?::|%3A)fsd?_(?:profile|miniProfile)(?::|%3A)|profileId=)(ACoA[\w-]{20,80})(?![\w-])/;

function cleanHref(value) {
  // LinkedIn adds ?trk=… to every internal link; redirect links keep their target in the query.
  if (/^(https:\/\/[a-z]+\.linkedin\.com)?\//.test(value) && !value.includes("/redir/")) {
    const path = value.replace(/\?.*$/, "");
    const member = /\/in\/[^/?#]+/.test(path) ? MEMBER_PARAM.exec(value) : null;
    return member ? `${path}?profileId=${member[1]}` : path;
  }
  // LinkedIn redirect links: only the target matters, not the hash and tracking parameters after it.
  return value.replace(/(\/redir\/redirect\?url=[^&]*)&.*$/, "$1");
}

function cleanTag(tag, attributes) {
  let kept = "";
  for (const [, attr, value] of attributes.matchAll(ATTRIBUTE)) {
    const key = attr.toLowerCase();
    if (DROP_ATTRIBUTE.test(key)) continue;
    if (key === "id" && /^(ember\d+|gsi_.*)$/.test(value ?? "")) continue;
    if (value === undefined) {
      kept += ` ${key}`;
      continue;
    }
    let out = value;
    if (key === "class") {
      out = value.split(/\s+/).filter((c) => c && !NOISE_CLASS.test(c) && !UTILITY_CLASS.test(c)).join(" ");
      if (!out) continue;
    } else if (key === "data-tracking-control-name") {
      if (!USEFUL_TRACKING.test(value)) continue;
    } else if (key === "href") {
      if (/^\s*(javascript|data|vbscript):/i.test(value)) continue;
      out = cleanHref(value);
    }
    kept += ` ${key}="${out}"`;
  }
  return `<${tag}${kept}>`;
}

// The one dialog parsers read: the guest top card's list of the member's websites (2023+).
const KEPT_DIALOG = /\sid="websites"/;

function dropsWithContent(tag, attributes) {
  if (DROP_WITH_CONTENT.has(tag)) return true;
  if (UNREAD_SECTION.test(attributes)) return true;
  const cls = /\sclass="([^"]*)"/.exec(attributes);
  return Boolean(cls && DROP_BY_CLASS.test(cls[1])) && !KEPT_DIALOG.test(attributes);
}

/** Strip serialised markup of everything a profile parser never needs (one pass over the tags). */
export function trimMarkup(html) {
  const source = html.replace(COMMENTS, "").replace(RAW_TEXT_ELEMENTS, "");
  let out = "";
  let last = 0;
  let skipping = null; // the tag name being dropped with its content
  let depth = 0;
  for (const match of source.matchAll(TAG)) {
    const [whole, closing, rawName, attributes] = match;
    const tag = rawName.toLowerCase();
    const end = match.index + whole.length;
    if (skipping) {
      if (tag === skipping) depth += closing ? -1 : 1;
      if (depth === 0) {
        skipping = null;
        last = end;
      }
      continue;
    }
    out += source.slice(last, match.index);
    last = end;
    if (DROP_TAGS.has(tag)) {
      const emoji = tag === "img" && !closing ? EMOJI_ALT.exec(attributes) : null;
      if (emoji) out += `<img alt="${emoji[1]}">`;
      continue;
    }
    if (closing) {
      out += `</${tag}>`;
    } else if (dropsWithContent(tag, attributes)) {
      if (!VOID.has(tag)) {
        skipping = tag;
        depth = 1;
      }
    } else {
      out += cleanTag(tag, attributes);
    }
  }
  if (!skipping) out += source.slice(last);
  return out.replace(/\s{2,}/g, (ws) => (ws.includes("\n") ? "\n" : " "));
}


// JSON-LD is kept whole except the full text of articles (LinkedIn guest pages embed every article).
const LONG_JSON_LD = 8000;
const MAX_ARTICLE_CHARS = 600;

function shortenArticles(value) {
  if (Array.isArray(value)) return value.map(shortenArticles);
  if (!value || typeof value !== "object") return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      (key === "articleBody" || key === "text") && typeof item === "string" && item.length > MAX_ARTICLE_CHARS
        ? `${item.slice(0, MAX_ARTICLE_CHARS)}…`
        : shortenArticles(item);
  }
  return out;
}

const JSON_LD_SCRIPT = /^<script\b([^>]*)>([\s\S]*)<\/script>$/i;

/** A JSON-LD <script> as serialised, with article bodies shortened when it is long. */
export function trimJsonLd(markup) {
  const match = JSON_LD_SCRIPT.exec(markup.trim());
  if (!match || !/\stype="application\/ld\+json"/i.test(match[1])) return "";
  const [, attributes, text] = match;
  if (text.length <= LONG_JSON_LD) return markup;
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return markup;
  }
  // "<" escaped so no string inside can close the script element.
  return `<script${attributes}>${JSON.stringify(shortenArticles(data)).replace(/</g, "\\u003c")}</script>`;
}

/**
 * The snapshot sent to the companion, from what the content script collected:
 * { title, lang, head: [meta/link markup], jsonLd: [script markup], body: profile container markup }.
 */
export function buildSnapshot(raw) {
  const head = [];
  if (raw.title) head.push(`<title>${escapeText(String(raw.title))}</title>`);
  for (const node of raw.head ?? []) if (/^<(meta|link)\b/i.test(node)) head.push(node);
  for (const script of raw.jsonLd ?? []) head.push(trimJsonLd(String(script)));
  const lang = String(raw.lang ?? "").replace(/[^A-Za-z0-9-]/g, "");
  // Escape sequences in page text are removed by the companion, field by field, once the page is read (text_controls):
  // here they could hide behind an entity ("&#27;") or a JSON-LD "\u001b" this markup still carries.
  return `<!DOCTYPE html><html lang="${lang}"><head>${head.join("\n")}</head><body>${trimMarkup(String(raw.body ?? ""))}</body></html>`;
}
