/**
 * Ids appear in URLs (`/a/<articleId>/q/<quoteId>`, `?speaker=<id>`) and in DOM ids, so they are
 * restricted to lower-case letters, digits and inner hyphens: nothing to escape, nothing to spoof.
 * (A module of its own, so code that reads links need not bring in the schema.)
 */
export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
