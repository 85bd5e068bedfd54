/** The app's base path without its trailing slash ("" when served at the root). */
export const BASE_PATH = import.meta.env.BASE_URL.replace(/\/$/, "");

/** A location's path inside the app. */
export function appPathOf(pathname: string): string {
  return BASE_PATH && pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) || "/" : pathname;
}
