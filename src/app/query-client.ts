import { QueryClient } from "@tanstack/react-query";

/** One client for the app; article queries set their own retry and staleness (see article-query.ts). */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
}
