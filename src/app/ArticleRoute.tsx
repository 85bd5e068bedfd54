import { lazy, type MouseEvent, Suspense, useEffect, useMemo } from "react";
import {
  type ArticleEdit,
  applyEdit,
  articlePath,
  type Collection,
  describeEdit,
  formatLinkState,
  type LinkTarget,
  parseArticle,
  parseLinkState,
} from "../article";
import { Reader, type SpeakerFilter } from "../reader";
import { APP_NAME } from "./config";
import { downloadArticle } from "./download";
import { hrefFor, navigate } from "./router";
import { LoadingArticle } from "./StatusScreens";
import { useArticle } from "./use-article";

// Error pages are drawn rarely; they load on demand.
const NotFound = lazy(() => import("./NotFound"));
const LoadError = lazy(() => import("./LoadError"));

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
        <Suspense fallback={<LoadingArticle />}>
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
        </Suspense>
      );
    return (
      <Suspense fallback={<LoadingArticle />}>
        <LoadError
          error={error}
          onRetry={query.retry}
          retrying={query.retrying}
          homeHref={isDefault ? undefined : hrefFor("/")}
          onNavigate={onNavigate}
        />
      </Suspense>
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
    const next = applyEdit(current.article, edit);
    const checked = parseArticle(next);
    if (!checked.ok)
      throw new Error(`That change would break the article (${checked.problems[0]?.message}).`);
    const { getLocal, putLocal } = await import("../library/store");
    const record = await getLocal(articleId);
    if (!record) throw new Error("This article is no longer in the library.");
    await putLocal({ ...record, article: next, editedAt: new Date().toISOString() });
    query.replace(checked);
    return describeEdit(current.article, edit);
  };

  return (
    <>
      {collection === "local" && (
        <LocalArticleBar
          title={current.article.title}
          onDownload={() => downloadArticle(current.article)}
          libraryHref={hrefFor("/library")}
          onNavigate={onNavigate}
        />
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

/** Above an imported article: where it lives, and what can be done with it. */
function LocalArticleBar({
  title,
  onDownload,
  libraryHref,
  onNavigate,
}: {
  title: string;
  onDownload: () => void;
  libraryHref: string;
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  return (
    <section className="local-bar" aria-label="Your article">
      <p>
        Your article, kept in this browser. Correct it from its quotes’ panels, the Speakers panel and the key
        claims.
      </p>
      <p className="local-bar-actions">
        <button
          type="button"
          className="button-quiet"
          aria-label={`Download JSON: ${title}`}
          onClick={onDownload}
        >
          Download JSON
        </button>
        <a href={libraryHref} onClick={onNavigate}>
          Library
        </a>
      </p>
    </section>
  );
}
