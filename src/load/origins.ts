/** Read by the app and by vite.config.ts (so no `import.meta.env` here). */

/** Origins from a comma-separated list; anything that is not an http(s) origin is left out. */
export function parseOrigins(list: string | undefined): string[] {
  const origins: string[] = [];
  for (const item of (list ?? "").split(",")) {
    try {
      const url = new URL(item.trim());
      if (url.protocol === "https:" || url.protocol === "http:") origins.push(url.origin);
    } catch {
      // Not an address.
    }
  }
  return origins;
}
