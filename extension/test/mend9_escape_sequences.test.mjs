// Panel mend 9 (newcomer 8, P5): terminal escape sequences in page text are removed whole before the snapshot
// reaches the companion, which drops only lone control characters and so left "]8;;http://evillink]8;; [1;31mRED[0m".
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSnapshot, withoutEscapeSequences } from "../src/shared/snapshot_trim.js";

const EVIL = 'Zoë \x1b]8;;http://evil\x07link\x1b]8;;\x07 \x1b[1;31mRED\x1b[0m end';

test("a hostile name loses its escape sequences whole, keeping its visible words", () => {
  assert.equal(withoutEscapeSequences(EVIL), "Zoë link RED end");
});

test("OSC ended by ST, 8-bit CSI and OSC, and a two-byte escape go too; plain text and brackets stay", () => {
  assert.equal(withoutEscapeSequences("a\x1b]0;title\x1b\\b"), "ab");
  assert.equal(withoutEscapeSequences("a\x9b31mb\x9d8;;x\x9cc"), "abc");
  assert.equal(withoutEscapeSequences("a\x1bcb \x1b(Bc"), "ab c");
  assert.equal(withoutEscapeSequences("Ana [she/her] ]8 [1;31m"), "Ana [she/her] ]8 [1;31m");
});

test("an unterminated OSC never eats past a tag", () => {
  assert.equal(withoutEscapeSequences("<h1>Zoë \x1b]8;;http://evil</h1><p>bio</p>"), "<h1>Zoë </h1><p>bio</p>");
});

test("the snapshot sent carries no escape sequence in title, head or body", () => {
  const html = buildSnapshot({
    title: `${EVIL} | LinkedIn`,
    head: [`<meta property="og:title" content="${EVIL}">`],
    body: `<main><h1>${EVIL}</h1></main>`,
  });
  assert.ok(!/[\x1b\x07\x9b\x9d]|\]8;;|\[1;31m|\[0m/.test(html), html);
  assert.match(html, /<h1>Zoë link RED end<\/h1>/);
});
