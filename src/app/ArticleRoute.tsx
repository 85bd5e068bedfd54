import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type MouseEvent, Suspense, useEffect, useMemo } from "react";
import {
  type Article,
  articlePath,
  type Collection,
  formatLinkState,
  type LinkTarget,
  type ParsedArticle,
  parseLinkState,
} from "../article";
import type { ArticleEdit } from "../article/edit";
import { libraryKeys } from "../library/keys";
import { type EditOutcome, lazyPart, PartBoundary, Reader, type SpeakerFilter } from "../reader";
import { APP_NAME } from "./config";
import { articleQuery } from "./queries";
import { hrefFor, navigate } from "./router";
import { LoadingArticle, PagePart } from "./StatusScreens";

// Error pages are drawn rarely; they load on demand.
const NotFound = lazyPart(() => import("./NotFound"));
const LoadError = lazyPart(() => import("./LoadError"));
// Only imported articles have it.
const LocalArticleBar = lazyPart(() => import("../library/LocalArticleBar"));

export interface ArticleRouteProps {
  /** Bundled with the app, or imported into this browser. */
  collection: Collection;
  articleId: string;
  /** True when the article was reached by `/` rather than `/a/<id>`. */
  isDefault: boolean;
  target: LinkTarget | null;
  /** The path as the browser shows it (app-relative), kept when the filter changes. */
  path: string;
  search: string;
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** Loads one article and shows it, or says precisely why it cannot. */
export function ArticleRoute({
  collection,
  articleId,
  isDefault,
  target,
  path,
  search,
  onNavigate,
}: ArticleRouteProps) {
  const query = useQuery(articleQuery(collection, articleId));
  // (Fetched with the article, so the two usually arrive together.)
  useEffect(() => {
    if (collection === "local") LocalArticleBar.prefetch();
  }, [collection]);
  const correction = useCorrection(articleId);
  const link = useMemo(() => parseLinkState(search), [search]);
  const title = query.status === "success" ? query.data.article.title : undefined;

  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);

  if (query.status === "pending") return <LoadingArticle />;
  if (query.status === "error") {
    const { error } = query;
    if (error.kind === "not-found")
      return (
        <PagePart what="this page" parts={[NotFound]} loading={<LoadingArticle />}>
          <NotFound
            message={
              isDefault
                ? "The front page’s article is missing from this installation."
                : collection === "local"
                  ? error.message
                  : `There is no article called “${articleId}” here. The link may be mistyped, or the article removed.`
            }
            homeHref={hrefFor("/")}
            onNavigate={onNavigate}
          />
        </PagePart>
      );
    return (
      <PagePart what="this page" parts={[LoadError]} loading={<LoadingArticle />}>
        <LoadError
          error={error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
          homeHref={isDefault ? undefined : hrefFor("/")}
          onNavigate={onNavigate}
        />
      </PagePart>
    );
  }

  const onFilterChange = (filter: SpeakerFilter) => {
    // `/` becomes `/a/<id>` once there is state to carry, so the link names its article.
    const base = isDefault ? articlePath(articleId) : path;
    navigate(base + formatLinkState({ ...filter, selector: link.selector }));
  };

  // An imported article can be corrected: each edit shows at once, is checked and stored, and is
  // taken back if it cannot be stored.
  const current = query.data;
  const onEdit = async (edit: ArticleEdit): Promise<EditOutcome> => {
    const base = current.article;
    const { message } = await correction.mutateAsync({ edit, base });
    return DESTRUCTIVE.has(edit.type)
      ? { message, undo: async () => (await correction.mutateAsync({ restore: base })).message }
      : { message };
  };

  const reader = (
    <Reader
      collection={collection}
      {...(collection === "local" ? { onEdit } : {})}
      article={query.data.article}
      warnings={query.data.warnings}
      target={target}
      link={link}
      urlFor={(p) => new URL(hrefFor(p), window.location.origin).href}
      onFilterChange={onFilterChange}
    />
  );
  if (collection !== "local") return reader;
  // An imported article's bar stands above the reader: the two are drawn together (the loading
  // screen stays until the bar's code is here), so nothing moves under a reader's pointer when the
  // bar arrives.
  return (
    <Suspense fallback={<LoadingArticle />}>
      <PartBoundary what="this article’s bar" parts={[LocalArticleBar]}>
        <LocalArticleBar
          article={current.article}
          libraryHref={hrefFor("/library")}
          onNavigate={onNavigate}
        />
      </PartBoundary>
      {reader}
    </Suspense>
  );
}

/** Corrections that remove something, and so can be undone from the notice that reports them. */
const DESTRUCTIVE: ReadonlySet<ArticleEdit["type"]> = new Set([
  "remove-quote",
  "remove-claim",
  "merge-speakers",
]);

/** A correction, or the undo of one (the article as it was before). */
type Correction = { edit: ArticleEdit; base: Article } | { restore: Article };

/**
 * Corrections to an imported article, as a mutation of its query: shown at once (optimistically),
 * then stored; a storage failure puts the article back as it was. An undo is the same mutation
 * with the earlier article. The library's list, which counts speakers and quotes, is refreshed after.
 */
function useCorrection(articleId: string) {
  const client = useQueryClient();
  const key = libraryKeys.localArticle(articleId);
  return useMutation({
    mutationFn: async (correction: Correction) => {
      const { editLocalArticle, restoreLocalArticle } = await import("../library/local-article");
      if ("restore" in correction)
        return { parsed: await restoreLocalArticle(articleId, correction.restore), message: "Undone." };
      return editLocalArticle(articleId, correction.base, correction.edit);
    },
    onMutate: async (correction: Correction) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<ParsedArticle>(key);
      const { previewEdit } = await import("../library/local-article");
      const preview =
        "restore" in correction
          ? { ok: true as const, article: correction.restore, warnings: [] }
          : previewEdit(correction.base, correction.edit);
      if (preview) client.setQueryData(key, preview);
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
    },
    onSuccess: ({ parsed }) => client.setQueryData(key, parsed),
    onSettled: () => client.invalidateQueries({ queryKey: libraryKeys.mine }),
  });
}
