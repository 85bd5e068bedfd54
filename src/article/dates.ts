/** An article's dates as the app prints them, in one place: "13 August 2018", "13 Sept 2018". */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A month's name, whole or short, as British English prints it ("Sept", not "Sep"). Spelled out here
 * rather than asked of `Intl.DateTimeFormat`: the first such formatter in a page costs ~10 ms of the
 * app's start (its locale data), and the prerendered page and the app must print the same words
 * whatever locale data the runtime has.
 */
const monthName = (month: number, form: "long" | "short") => {
  const name = MONTHS[month] ?? "";
  return form === "long" || name.length <= 4 ? name : name.slice(0, name === "September" ? 4 : 3);
};

/**
 * An ISO date or date-time for people, in the reader's time zone, or null when it does not parse. A
 * bare date ("2018-08-13") is read at noon UTC, so that it prints as the same day in every time zone.
 */
export function formatArticleDate(iso: string | undefined, month: "long" | "short" = "long"): string | null {
  if (!iso) return null;
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getDate()} ${monthName(date.getMonth(), month)} ${date.getFullYear()}`;
}
