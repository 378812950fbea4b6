// Dates as people say them ("3 weeks ago", "in 2 days"), with the exact date kept for hover (title). The
// companion sends ISO dates ("2026-11-14") and date-times ("2026-11-14T09:30:00+00:00"); a bare date is a
// day in the user's own calendar, not midnight UTC.

const DAY_MS = 24 * 60 * 60 * 1000;

/** A Date from an ISO date or date-time, or null when it is not one. */
export function parseWhen(iso) {
  const text = String(iso ?? "").trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return null;
  const moment = new Date(text);
  return Number.isNaN(moment.getTime()) ? null : moment;
}

function startOfDay(date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function plural(count, unit) {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** How far a date is from `now`, in calendar days: "today", "yesterday", "3 weeks ago", "in 2 days". */
export function relativeDay(iso, now = new Date()) {
  const when = parseWhen(iso);
  if (!when) return String(iso ?? "");
  const days = Math.round((startOfDay(now) - startOfDay(when)) / DAY_MS);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days === -1) return "tomorrow";
  const span = Math.abs(days);
  let amount;
  if (span < 14) amount = plural(span, "day");
  else if (span < 60) amount = plural(Math.floor(span / 7), "week");
  else if (span < 365) amount = plural(Math.round(span / 30.44), "month");
  else amount = plural(Math.floor(span / 365), "year");
  return days > 0 ? `${amount} ago` : `in ${amount}`;
}

/** The exact date for a hover title: "14 November 2026" (and the time, for a date-time). */
export function exactDate(iso, locale = undefined) {
  const when = parseWhen(iso);
  if (!when) return String(iso ?? "");
  const hasTime = String(iso).includes("T");
  return hasTime
    ? when.toLocaleString(locale, { dateStyle: "long", timeStyle: "short" })
    : when.toLocaleDateString(locale, { dateStyle: "long" });
}
