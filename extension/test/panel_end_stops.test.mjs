import { test } from "node:test";
import assert from "node:assert/strict";
import { withoutEndStops } from "../src/panel/panel_view.js";

test("the stops that end a note or a piece of evidence are cut, and only those", () => {
  assert.equal(withoutEndStops("Met at the meetup..."), "Met at the meetup");
  assert.equal(withoutEndStops("Really?!"), "Really");
  assert.equal(withoutEndStops("v1.2 shipped"), "v1.2 shipped");
});

test("a long run of dots before a letter is read once, not from every dot", () => {
  const text = ".".repeat(200_000) + "a";
  const started = performance.now();
  assert.equal(withoutEndStops(text), text);
  assert.ok(performance.now() - started < 500); // a stall guard: the plain pattern takes tens of seconds here
});
