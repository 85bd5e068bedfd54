import { lazy, type MouseEvent, Suspense } from "react";
import { parseRoute } from "../article";
import { SiteHeader } from "../reader";
import { ArticleRoute } from "./ArticleRoute";
import { DEFAULT_ARTICLE_ID } from "./config";
import { ErrorBoundary } from "./ErrorBoundary";
import { appPathOf, hrefFor, navigate, useAppLocation } from "./router";
import { LoadingArticle, LoadingPage } from "./StatusScreens";

const NotFound = lazy(() => import("./NotFound"));
// The library and opening an article by address load the first time someone goes there.
const LibraryPage = lazy(() => import("../library/LibraryPage"));
const ReadPage = lazy(() => import("../library/ReadPage"));

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
          <Suspense fallback={<LoadingPage />}>
            <LibraryPage hrefFor={hrefFor} navigate={goTo} onNavigate={onAppLink} />
          </Suspense>
        ) : route.name === "read" ? (
          <Suspense fallback={<LoadingPage />}>
            <ReadPage search={search} hrefFor={hrefFor} replace={replaceWith} onNavigate={onAppLink} />
          </Suspense>
        ) : (
          <Suspense fallback={<LoadingArticle />}>
            <NotFound
              message="This address does not match any page of this app."
              homeHref={hrefFor("/")}
              onNavigate={onAppLink}
            />
          </Suspense>
        )}
      </ErrorBoundary>
    </>
  );
}
