import { type MouseEvent, Suspense, useEffect, useMemo } from "react";
import { articlePath, type Collection, formatLinkState, type LinkTarget, parseLinkState } from "../article";
import type { ArticleEdit } from "../article/edit";
import { lazyPart, PartBoundary, Reader, type SpeakerFilter } from "../reader";
import { APP_NAME } from "./config";
import { hrefFor, navigate } from "./router";
import { LoadingArticle, PagePart } from "./StatusScreens";
import { useArticle } from "./use-article";

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
  const query = useArticle(articleId, collection);
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
          onRetry={query.retry}
          retrying={query.retrying}
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

  // An imported article can be corrected: each edit is checked, stored, then shown.
  const current = query.data;
  const onEdit = async (edit: ArticleEdit): Promise<string> => {
    const { editLocalArticle } = await import("../library/local-article");
    const { parsed, message } = await editLocalArticle(articleId, current.article, edit);
    query.replace(parsed);
    return message;
  };

  return (
    <>
      {collection === "local" && (
        <PartBoundary what="this article’s bar" parts={[LocalArticleBar]}>
          <Suspense fallback={null}>
            <LocalArticleBar
              article={current.article}
              libraryHref={hrefFor("/library")}
              onNavigate={onNavigate}
            />
          </Suspense>
        </PartBoundary>
      )}
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
    </>
  );
}
