/** An article's dates as the app prints them, in one place: "13 August 2018", "13 Aug 2018". */

const formats = {
  long: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" }),
  short: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" }),
};

/**
 * An ISO date or date-time for people, or null when it does not parse. A bare date ("2018-08-13") is
 * read at noon UTC, so that it prints as the same day in every time zone.
 */
export function formatArticleDate(iso: string | undefined, month: "long" | "short" = "long"): string | null {
  if (!iso) return null;
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? null : formats[month].format(date);
}
