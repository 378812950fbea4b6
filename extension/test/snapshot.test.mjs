import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { REAL, SNAPSHOT_SCRIPTS as SCRIPTS, loadContent, snapshotOf } from "./load_content.mjs";
import { buildSnapshot, trimMarkup } from "../src/shared/snapshot_trim.js";


const PAGE = `<!doctype html><html lang="en"><head>
<title>Jane Doe | LinkedIn</title>
<meta property="og:title" content="Jane Doe - Engineer">
<meta name="description" content="Bio here">
<link rel="canonical" href="https://www.linkedin.com/in/jane-doe">
<link rel="stylesheet" href="https://static.example/app.css">
<style>.x{color:red}</style>
<script>window.__INITIAL_STATE__ = {viewer: "someone else"}</script>
<script type="application/ld+json">{"@type":"Person","name":"Jane Doe"}</script>
</head><body>
<header class="global-nav">Home My Network Jobs</header>
<main class="scaffold-layout__main">
  <h1 class="text-heading-xlarge">Jane Doe</h1>
  <svg viewBox="0 0 1 1"><path d="M0 0"/></svg>
  <code id="bpr-guid-1" style="display:none"><!--{"miniProfile":"viewer"}--></code>
  <img src="data:image/png;base64,AAAA" alt="Jane's photo">
  <div style="color:red" data-tracking-control-name="public_profile_topcard-current-company">Acme</div>
  <script>alert(1)</script>
</main>
<footer>Footer links</footer>
</body></html>`;


test("JSON-LD article bodies are shortened and can never close their script element", () => {
  const article = { "@type": "Article", articleBody: "</script><script>alert(1)</script>" + "x".repeat(9000) };
  const markup = `<script type="application/ld+json">${JSON.stringify({ "@graph": [article] })}</script>`;
  const out = buildSnapshot({ jsonLd: [markup, "<script>alert(2)</script>"], body: "" });
  assert.ok(!out.includes("alert(2)"), "only JSON-LD scripts pass");
  assert.equal((out.match(/<\/script>/g) ?? []).length, 1);
  const json = JSON.parse(/<script[^>]*>([\s\S]*)<\/script>/.exec(out)[1]);
  assert.ok(json["@graph"][0].articleBody.length <= 601);
});

test("the snapshot keeps head metadata, JSON-LD and the profile content", () => {
  const out = snapshotOf(PAGE, "linkedin", "https://www.linkedin.com/in/jane-doe/");
  assert.match(out, /<title>Jane Doe \| LinkedIn<\/title>/);
  assert.match(out, /<meta property="og:title" content="Jane Doe - Engineer">/);
  assert.match(out, /<link rel="canonical" href="https:\/\/www.linkedin.com\/in\/jane-doe">/);
  assert.match(out, /<script type="application\/ld\+json">\{"@type":"Person","name":"Jane Doe"\}<\/script>/);
  assert.match(out, /<h1 class="text-heading-xlarge">Jane Doe<\/h1>/);
  assert.match(out, /data-tracking-control-name="public_profile_topcard-current-company"/);
});

test("the snapshot drops scripts, styles, svg, app-state code blobs, inline images and the app chrome", () => {
  const out = snapshotOf(PAGE, "linkedin", "https://www.linkedin.com/in/jane-doe/");
  for (const gone of ["__INITIAL_STATE__", "alert(1)", "<style", "color:red", "<svg", "<path", "bpr-guid", "miniProfile", "data:image", "<img", "stylesheet", "Home My Network", "Footer links"]) {
    assert.ok(!out.includes(gone), `${gone} should be gone`);
  }
  const parsed = new JSDOM(out).window.document;
  assert.equal(parsed.querySelectorAll("script").length, 1);
  assert.equal(parsed.querySelector("script").type, "application/ld+json");
});

test("trimming keeps the class names parsers read and drops utilities and hashed names", () => {
  const out = trimMarkup(
    '<h1 class="top-card-layout__title font-sans text-lg papabear:text-xl mb-0">A</h1>' +
      '<span class="t-14 t-normal t-black--light break-words inline text-body-small">B</span>' +
      '<section class="right-rail flex flex-col mt-2 max-w-[790px] whsIXBXmfEHwMLYYeLDFLApeRWlqDYcGxRgB">C</section>' +
      '<a href="https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fa.example&amp;urlhash=x&amp;trk=y">D</a>' +
      '<a href="https://se.linkedin.com/company/acme?trk=public_profile">E</a><a href="javascript:alert(1)">F</a>',
  );
  assert.equal(
    out,
    '<h1 class="top-card-layout__title">A</h1>' +
      '<span class="t-14 t-normal t-black--light break-words inline text-body-small">B</span>' +
      '<section class="right-rail">C</section>' +
      '<a href="https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fa.example">D</a>' +
      '<a href="https://se.linkedin.com/company/acme">E</a><a>F</a>',
  );
});

test("sign-in dialogs are dropped, the guest top card's list of websites is kept", () => {
  const out = trimMarkup(
    '<div data-section="websites"><button class="modal__outlet">Websites</button>' +
      '<div id="websites" class="modal"><main class="modal__main"><a href="https://www.linkedin.com/redir/redirect?url=http%3A%2F%2Fjane%2Eexample&amp;urlhash=x">jane.example</a></main></div></div>' +
      '<div id="public_profile_top-card_title-modal-id" class="modal modal--contextual-sign-in"><p>Sign in to see who you already know</p></div>' +
      '<div class="modal modal--sign-in"><p>Welcome back</p></div>',
  );
  assert.match(out, /<div id="websites" class="modal"><main class="modal__main"><a href="https:\/\/www.linkedin.com\/redir\/redirect\?url=http%3A%2F%2Fjane%2Eexample">jane.example<\/a>/);
  assert.ok(!out.includes("Sign in to see"), "a contextual sign-in dialog is dropped");
  assert.ok(!out.includes("Welcome back"), "a sign-in dialog is dropped");
});

test("an image of an emoji keeps its alt text; other images go", () => {
  const out = trimMarkup(
    '<span>Out now <img alt="🔥" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/1f525.svg" title="Fire" class="r-4qtqp9">' +
      '<img alt="🇪🇸" src="https://abs-0.twimg.com/emoji/v2/svg/1f1ea-1f1f8.svg"><img alt="🧵👇" src="x.svg"></span>' +
      '<img alt="Jane Doe" src="https://media.licdn.com/jane.jpg"><img alt="" src="a.png"><img alt="*" src="b.png"><img src="c.png">',
  );
  assert.equal(out, '<span>Out now <img alt="🔥"><img alt="🇪🇸"><img alt="🧵👇"></span>');
});

test("metadata is read from the head only, never from tags a page puts in its body", () => {
  const out = snapshotOf(
    '<html><head><meta property="og:title" content="Jane Doe"></head><body><main><meta property="og:title" content="Injected"><h1>Jane</h1></main></body></html>',
    "linkedin",
    "https://www.linkedin.com/in/jane/",
  );
  assert.match(out, /<head>[^]*og:title" content="Jane Doe"[^]*<\/head>/);
  assert.ok(!out.includes("Injected"), "a <meta> inside the profile is neither metadata nor kept in the body");
});

test("profile links keep only the member id LinkedIn messaging uses; other links lose their query", () => {
  const out = trimMarkup(
    '<a href="https://www.linkedin.com/in/jane?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAJane0123456789abcdefgh&amp;trk=x">A</a>' +
      '<a href="/in/jane/details/skills?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAJane0123456789abcdefgh">B</a>' +
      '<a href="https://www.linkedin.com/in/jane/overlay/1/single-media-viewer?type=LINK&amp;profileId=ACoAAJane0123456789abcdefgh">C</a>' +
      '<a href="https://www.linkedin.com/in/jane?trk=public_profile">D</a>' +
      '<a href="https://www.linkedin.com/search/results/people/?facetConnectionOf=%22ACoAAJane0123456789abcdefgh%22">E</a>',
  );
  assert.equal(
    out,
    '<a href="https://www.linkedin.com/in/jane?profileId=ACoAAJane0123456789abcdefgh">A</a>' +
      '<a href="/in/jane/details/skills?profileId=ACoAAJane0123456789abcdefgh">B</a>' +
      '<a href="https://www.linkedin.com/in/jane/overlay/1/single-media-viewer?profileId=ACoAAJane0123456789abcdefgh">C</a>' +
      '<a href="https://www.linkedin.com/in/jane">D</a>' +
      '<a href="https://www.linkedin.com/search/results/people/">E</a>',
  );
});

test("the snapshot falls back to the body when no profile container matches", () => {
  const out = snapshotOf("<html><head><title>T</title></head><body><div id=x>Profile text</div><script>x()</script></body></html>", "github", "https://github.com/jane");
  assert.match(out, /<div id="x">Profile text<\/div>/);
  assert.ok(!out.includes("x()"));
});

/** The content script's serialisation of `site`'s container in `html` (before the background's trim). */
function containerOf(html, site, url = "https://x.com/jane") {
  const { Rapport, document, window } = loadContent(html, url, { scripts: SCRIPTS });
  try {
    const root = Rapport.profileRoot(document, site);
    return { body: Rapport.rawSnapshot(document, site).body, outer: root === document.body ? root.innerHTML : root.outerHTML };
  } finally {
    window.close();
  }
}

const X_POST = (id, author, extra = "") => `<div data-testid="cellInnerDiv"><article data-testid="tweet" tabindex="0">
  <div data-testid="User-Name"><a href="/${author}"><span>Name</span></a><svg><path d="M0 0"></path></svg>
  <a href="/${author}/status/${id}" aria-label="Mar 24"><time datetime="2025-03-24T16:53:31.000Z">Mar 24</time></a></div>
  <div data-testid="tweetText" lang="en"><span>Post ${id} &amp; more</span></div>${extra}
  <div role="group"><button data-testid="like"><svg><path d="M1 1"></path></svg><span>12</span></button></div>
</article></div>`;

test("a post is sent as only its text and date link, in document order; the rest of the container is kept whole", () => {
  const quoted = '<div role="link"><div data-testid="tweetText"><span>Quoted</span></div><a href="/bob/status/9"><time datetime="2020-01-01T00:00:00.000Z">2020</time></a></div>';
  const { body } = containerOf(`<div data-testid="primaryColumn"><div data-testid="UserName"><span>Jane</span></div>
    <section><div>${X_POST(1, "jane")}${X_POST(2, "bob", quoted)}</div></section></div>`, "x");
  assert.match(body, /^<div data-testid="primaryColumn"><div data-testid="UserName"><span>Jane<\/span><\/div>/);
  assert.ok(!body.includes("User-Name") && !body.includes("<svg") && !body.includes('data-testid="like"'), body);
  const post = '<article data-testid="tweet" tabindex="0"><a href="/jane/status/1" aria-label="Mar 24">'
    + '<time datetime="2025-03-24T16:53:31.000Z">Mar 24</time></a><div data-testid="tweetText" lang="en"><span>Post 1 &amp; more</span></div></article>';
  assert.ok(body.includes(post), body);
  // A quoted post's text and date come after its quoting post's, as on the page.
  assert.ok(body.indexOf("Post 2") < body.indexOf("Quoted") && body.indexOf("/bob/status/2") < body.indexOf("/bob/status/9"), body);
});

test("around the posts, the container is written exactly as the browser serialises it", () => {
  // Posts holding only their kept parts: the script-written markup must equal outerHTML byte for byte.
  const post = '<article data-testid="tweet"><a href="/j/status/1"><time datetime="x">1</time></a><div data-testid="tweetText">T &lt;b&gt;</div></article>';
  const html = `<main><div data-testid="primaryColumn" title='a "quote" &amp; &lt;tag&gt; &nbsp;' data-x="">
    Text &amp; &lt;less&gt; "quotes" &nbsp;nbsp <!-- a comment --><b>bold</b>
    <section aria-label="Timeline: Jane’s posts"><div>${post}</div><br><img alt="&quot;"><div>${post}</div></section></div></main>`;
  const { body, outer } = containerOf(html, "x");
  assert.ok(body.includes("<article"), "the posts were found");
  assert.equal(body, outer);
});

test("a container without posts, or a site without a post rule, is serialised whole", () => {
  const html = '<div data-testid="primaryColumn"><div data-testid="UserName">Jane</div><article data-testid="x">Other<svg></svg></article></div>';
  const x = containerOf(html, "x");
  assert.equal(x.body, x.outer);
  const github = containerOf(`<main>${X_POST(1, "jane")}</main>`, "github", "https://github.com/jane");
  assert.equal(github.body, github.outer);
  assert.ok(github.body.includes('data-testid="like"'));
});

test("with no container, the body is written as its innerHTML, its posts cut down", () => {
  const { body } = containerOf(`<div id="head">Jane</div>${X_POST(1, "jane")}`, "x");
  assert.match(body, /^<div id="head">Jane<\/div><div data-testid="cellInnerDiv"><article data-testid="tweet" tabindex="0"><a href="\/jane\/status\/1"/);
  assert.ok(!body.includes("<svg") && !body.includes("<body"), body);
});

test("a Bluesky feed item is sent as its text and its links to posts", () => {
  const item = `<div data-testid="feedItem-by-jane.bsky.social"><img src="avatar.jpg"><a href="/profile/jane.bsky.social">Jane</a>
    <a href="/profile/jane.bsky.social/post/3abc" data-tooltip="January 17, 2024 at 9:32 AM">Jan 17</a>
    <div data-testid="postText">Hello</div><div data-testid="likeBtn"><svg></svg>3</div></div>`;
  const { body } = containerOf(`<main><div data-testid="profileHeaderDisplayName">Jane</div><div data-testid="postsFeed">${item}</div></main>`,
    "bluesky", "https://bsky.app/profile/jane.bsky.social");
  assert.ok(body.includes('<div data-testid="feedItem-by-jane.bsky.social"><a href="/profile/jane.bsky.social/post/3abc" data-tooltip="January 17, 2024 at 9:32 AM">Jan 17</a><div data-testid="postText">Hello</div></div>'), body);
  assert.ok(!body.includes("avatar.jpg") && !body.includes("likeBtn"), body);
});

test("the rendered signature waits for the name heading and names it", () => {
  const { Rapport, document, window } = loadContent("<main></main>", "https://x.com/jane", { scripts: SCRIPTS });
  assert.equal(Rapport.renderedSignature(document, "x"), null);
  assert.equal(Rapport.anyRendered(document, "x"), false);
  document.querySelector("main").innerHTML = '<div data-testid="UserName"><span>Jane</span><span>@jane</span></div>';
  assert.equal(Rapport.anyRendered(document, "x"), true);
  assert.equal(Rapport.renderedSignature(document, "x"), "DIV:Jane@jane");
  assert.equal(Rapport.anyRendered(document, "nowhere"), false);
  window.close();
});

// Real saved pages: the LinkedIn snapshot must stay within a quarter of the raw page.
const LINKEDIN = [
  "linkedin/loggedin_2025-04_eugenemann.html",
  "linkedin/loggedin_2024-07_eduardo.html",
  "linkedin/guest_2024-04_eduardo.html",
  "linkedin/guest_2024-04_srilalitha.html",
  "linkedin/guest_2024-04_abgar.html",
  "linkedin/guest_2023-04_kekayan.html",
  "linkedin/guest_2023-04_dulithawijewantha.html",
];
for (const file of LINKEDIN) {
  test(`the snapshot of ${file} is at most a quarter of the page and keeps the name`, { skip: !existsSync(REAL + file) && "../shared/fixtures/real is absent" }, () => {
    const raw = readFileSync(REAL + file, "utf8");
    const { Rapport, document, window } = loadContent(raw, "https://www.linkedin.com/in/someone/", { scripts: SCRIPTS });
    const name = Rapport.renderedSignature(document, "linkedin");
    const out = buildSnapshot(Rapport.rawSnapshot(document, "linkedin"));
    window.close();
    assert.ok(name, "the page counts as rendered");
    assert.ok(out.length <= raw.length / 4, `${out.length} > ${raw.length / 4}`);
    const nameText = name.replace(/^[A-Z0-9]+:/, "").trim().split(/\s+/)[0];
    assert.ok(out.includes(nameText), `the snapshot keeps the owner's name ${nameText}`);
    const websites = raw.match(/class="websites__url-text">\s*([^<\s]+)/g) ?? [];
    for (const site of websites) assert.ok(out.includes(site.replace(/^.*>\s*/, "")), `the snapshot keeps the website ${site}`);
  });
}
