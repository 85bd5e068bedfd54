import { type MouseEvent, useEffect } from "react";
import { lazyPart, SiteHeader, whenIdle } from "../reader";
import { ArticleRoute } from "./ArticleRoute";
import { DEFAULT_ARTICLE_ID } from "./config";
import { ErrorBoundary } from "./ErrorBoundary";
import { appPathOf, hrefFor, navigate, useAppLocation } from "./router";
import { parseRoute } from "./routes";
import { LoadingArticle, PagePart } from "./StatusScreens";

const NotFound = lazyPart(() => import("./NotFound"));
// The library and opening an article by address load the first time someone goes there.
const LibraryPage = lazyPart(() => import("../library/LibraryPage"));
const ReadPage = lazyPart(() => import("../library/ReadPage"));

const goTo = (appPath: string) => navigate(appPath);
const replaceWith = (appPath: string) => navigate(appPath, { replace: true });

/** Follows a same-app link without reloading (unless the reader asked for a new tab or window). */
function onAppLink(event: MouseEvent<HTMLAnchorElement>) {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  const url = new URL(event.currentTarget.href);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(appPathOf(url.pathname) + url.search);
}

/** The app: providers, the header, and the page the URL names. */
export function App() {
  const { path, search } = useAppLocation();
  const route = parseRoute(path);
  // The library is one click away in the header: fetched when the page is idle, it opens at once
  // (and offline).
  useEffect(() => whenIdle(LibraryPage.prefetch), []);
  return (
    <>
      <SiteHeader homeHref={hrefFor("/")} libraryHref={hrefFor("/library")} onNavigate={onAppLink} />
      <ErrorBoundary resetKey={path + search} homeHref={hrefFor("/")}>
        {route.name === "article" ? (
          <ArticleRoute
            key={`${route.collection}:${route.articleId ?? DEFAULT_ARTICLE_ID}`}
            collection={route.collection}
            articleId={route.articleId ?? DEFAULT_ARTICLE_ID}
            isDefault={route.articleId === null}
            target={route.target}
            path={path}
            search={search}
            onNavigate={onAppLink}
          />
        ) : route.name === "library" ? (
          <PagePart what="the library" parts={[LibraryPage]}>
            <LibraryPage hrefFor={hrefFor} navigate={goTo} onNavigate={onAppLink} />
          </PagePart>
        ) : route.name === "read" ? (
          <PagePart what="this page" parts={[ReadPage]}>
            <ReadPage search={search} hrefFor={hrefFor} replace={replaceWith} onNavigate={onAppLink} />
          </PagePart>
        ) : (
          <PagePart what="this page" parts={[NotFound]} loading={<LoadingArticle />}>
            <NotFound
              message="This address does not match any page of this app."
              homeHref={hrefFor("/")}
              onNavigate={onAppLink}
            />
          </PagePart>
        )}
      </ErrorBoundary>
    </>
  );
}
