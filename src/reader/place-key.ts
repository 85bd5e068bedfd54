/**
 * Where the reading place is kept across a reload the page makes itself (place.ts): read by the page's
 * first script and by the app, so that a link's target does not take over from it.
 */
export const PLACE_KEY = "attributed:place";

/** Whether a reading place was written down before a reload. */
export function hasRememberedPlace(): boolean {
  try {
    return sessionStorage.getItem(PLACE_KEY) !== null;
  } catch {
    return false;
  }
}
