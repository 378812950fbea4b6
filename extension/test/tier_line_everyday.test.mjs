// The tier line never says "nothing in common found" above things shared that are too common to count
// (newcomer 12): it says what the CLI says.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tierLine } from "../src/shared/wording.js";

test("only commonplace things shared: the line says so, as the CLI does", () => {
  const ground = { tier: "none", commonalities: [{ kind: "topic", label: "web development", counted: false }] };
  assert.equal(tierLine(ground), "Not much in common yet: only everyday things, not counted.");
});

test("nothing shared at all: nothing found, on this page or on their profiles", () => {
  assert.equal(tierLine({ tier: "none", commonalities: [] }), "Not much in common yet: nothing in common found on this page.");
  assert.equal(tierLine({ tier: "none", commonalities: [] }, { sites: 2 }),
    "Not much in common yet: nothing in common found on their profiles.");
});
