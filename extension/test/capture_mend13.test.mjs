// Capture mend 13: only the first profile view of a document may be read under the address its head names. Land on
// A, go in-app elsewhere and come Back to A: the navigation entry still names A, but the head may be another
// profile's, left over; it is not captured as that profile.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadContent, until } from "./load_content.mjs";

const SCRIPTS = ["content/rapport.js", "content/profile_urls.js", "content/site_selectors.js", "content/snapshot.js", "timing",
  "content/features/capture.js", "content/run_features.js"];
const A = "https://www.linkedin.com/in/anna-alvarez";

/** A LinkedIn top card for `name`; with `slug`, its contact-info link (the page names its own address). */
const card = (name, slug) => `<main class="scaffold-layout__main"><section class="artdeco-card"><h1 class="inline t-24">${name}</h1>
  <div class="text-body-medium">Engineer</div>${slug ? `<a href="/in/${slug}/overlay/contact-info/">Contact info</a>` : ""}</section></main>`;

function loadedAtA(html, scripts = SCRIPTS) {
  return loadContent(html, A, {
    scripts,
    before: (win) => {
      win.__timing = { renderTimeoutMs: 1500, settleMs: 20, quietMs: 200 };
      win.performance.getEntriesByType = (type) => (type === "navigation" ? [{ name: A }] : []);
    },
  });
}

test("Back to the address the tab loaded, a head left from another profile is not read as that profile", async () => {
  const html = `<html><head><title>(3) Anna Alvarez | LinkedIn</title></head><body>${card("Anna Alvarez", "anna-alvarez")}</body></html>`;
  const { sent, window, document } = loadedAtA(html);
  const captures = () => sent.filter((m) => m.type === "rapport:capture");
  try {
    await until(() => captures().length === 1, 3000, "Anna's capture");
    assert.equal(captures()[0].url, A);
    // In-app to the feed (Carla's profile visited on the way left her head behind), then Back to A.
    window.history.pushState({}, "", "/feed/");
    await until(() => sent.some((m) => m.type === "rapport:page" && m.url.endsWith("/feed/")), 3000, "the feed");
    document.title = "(3) Carla Ruiz | LinkedIn";
    document.head.insertAdjacentHTML("beforeend", '<link rel="canonical" href="https://www.linkedin.com/in/carla-ruiz/">');
    document.body.innerHTML = card("Carla Ruiz");
    window.history.pushState({}, "", "/in/anna-alvarez");
    await until(() => sent.some((m) => m.type === "rapport:not-captured"), 4000, "the report");
    assert.equal(captures().length, 1, JSON.stringify(captures().map((m) => m.url)));
    const report = sent.find((m) => m.type === "rapport:not-captured");
    assert.deepEqual([report.why, report.shows, report.waitedMs], ["other-profile", "carla-ruiz", 1500], "the full wait, no quiet ending");
  } finally {
    window.close();
  }
});

test("the first view of a document loaded at A, naming one other address in its head, is read there", async () => {
  const html = `<html><head><title>(3) Carla Ruiz | LinkedIn</title><link rel="canonical" href="https://uk.linkedin.com/in/carla-ruiz/">
    </head><body>${card("Carla Ruiz")}</body></html>`;
  const { sent, window } = loadedAtA(html);
  try {
    await until(() => sent.some((m) => m.type === "rapport:capture"), 3000, "the capture");
    const capture = sent.find((m) => m.type === "rapport:capture");
    assert.deepEqual([capture.url, capture.key], ["https://uk.linkedin.com/in/carla-ruiz/", "linkedin:anna-alvarez"]);
  } finally {
    window.close();
  }
});

test("a name that disagrees with the title under another address says which profile the page names", async () => {
  const html = `<html><head><title>(3) Carla Ruiz | LinkedIn</title><link rel="canonical" href="https://www.linkedin.com/in/carla-ruiz/">
    </head><body>${card("Bernd Vogel")}</body></html>`;
  // Only the identity scripts: a capture started by run_features would outlive the closed window and log a TypeError.
  const { Rapport, document, window } = loadedAtA(html, SCRIPTS.slice(0, 4));
  try {
    const seen = Rapport.checkIdentity(document, Rapport.recogniseProfile(A), null, { loadedHere: true });
    assert.deepEqual([seen.ok, seen.why, seen.shows], [false, "other-profile", "carla-ruiz"]);
  } finally {
    window.close();
  }
});
