import { test } from "node:test";
import assert from "node:assert/strict";

const { exactDate, parseWhen, relativeDay } = await import("../src/panel/relative_time.js");

// Noon on 6 December 2026 in the user's own time zone: days are calendar days where the user is.
const NOW = new Date(2026, 11, 6, 12, 0);

test("dates read as people say them", () => {
  const cases = {
    "2026-12-06": "today",
    "2026-12-05": "yesterday",
    "2026-12-07": "tomorrow",
    "2026-12-01": "5 days ago",
    "2026-11-23": "13 days ago",
    "2026-11-22": "2 weeks ago",
    "2026-11-15": "3 weeks ago",
    "2026-10-08": "8 weeks ago",
    "2026-10-07": "2 months ago",
    "2025-12-08": "12 months ago",
    "2025-12-06": "1 year ago",
    "2024-12-06": "2 years ago",
    "2026-12-20": "in 2 weeks",
    "2027-03-06": "in 3 months",
  };
  for (const [iso, said] of Object.entries(cases)) assert.equal(relativeDay(iso, NOW), said, iso);
});

test("a date-time counts by the user's calendar day, not by 24-hour spans", () => {
  assert.equal(relativeDay(new Date(2026, 11, 5, 23, 50).toISOString(), new Date(2026, 11, 6, 0, 10)), "yesterday");
  assert.equal(relativeDay("2026-12-06T08:00:00", NOW), "today");
  assert.equal(relativeDay("2026-11-15T18:00:00+00:00", NOW), "3 weeks ago");
});

test("the exact date is kept for hover, with the time for a date-time", () => {
  assert.equal(exactDate("2026-11-15", "en-GB"), "15 November 2026");
  assert.match(exactDate("2026-11-15T18:05:00", "en-GB"), /^15 November 2026.*18:05$/);
});

test("what is not a date is shown as it came, never as Invalid Date", () => {
  for (const value of ["", null, undefined, "soon", "2026-13-45x", "<b>x</b>"]) {
    assert.equal(parseWhen(value), null, String(value));
    assert.equal(relativeDay(value, NOW), String(value ?? ""));
    assert.doesNotMatch(exactDate(value), /Invalid/);
  }
});
