/**
 * Server entry for prerendering (scripts/prerender.mjs): the app's HTML for an article's route, with
 * the article already loaded, so the page shows its text before any JavaScript runs.
 */
import { QueryClientProvider } from "@tanstack/react-query";
import { prerenderToNodeStream } from "react-dom/static";
import { articleIndex, articlePath, parseArticle, quotePath } from "../article";
import { articleShareMeta, cardPath, citedWords, quoteShareMeta, shorten } from "../article/share";
import { speakerHues } from "../reader/speaker-style";
import { articleSpeakerCss } from "../reader/use-speaker-rules";
import { App } from "./App";
import { articleQuery, createQueryClient } from "./queries";
import { setPrerenderedLocation } from "./router";
import { shareTags } from "./share-tags";

export { escapeHtml } from "./html";

/** A prerendered page's parts: the app's markup, and the article's speaker rules for a <style>. */
export interface PrerenderedPage {
  html: string;
  css: string;
  title: string;
}

/** The app's markup at `path` (`/a/<id>`), with `articleJson` as that article. */
export async function renderArticlePage(
  path: string,
  articleId: string,
  articleJson: unknown,
): Promise<PrerenderedPage> {
  const parsed = parseArticle(articleJson);
  if (!parsed.ok)
    throw new Error(`${articleId}: ${parsed.problems[0]?.path}: ${parsed.problems[0]?.message}`);
  // The article is in the client's cache before the render, as it is in the browser's before
  // hydration (main.tsx): both render the same markup.
  const client = createQueryClient();
  client.setQueryData(articleQuery("bundled", articleId).queryKey, parsed);
  setPrerenderedLocation(path);
  // Everything resolves before the markup is written, and a boundary is never outlined into a
  // later chunk (that would need an inline script, which the Content Security Policy forbids).
  const app = (
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>
  );
  const { prelude } = await prerenderToNodeStream(app, {
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  let html = "";
  for await (const chunk of prelude) html += chunk;
  if (/<script|<template/i.test(html)) throw new Error(`${articleId}: the prerendered markup needs scripts`);
  return { html, css: articleSpeakerCss(parsed.article), title: parsed.article.title };
}

/** What a card shows (scripts/cards.mjs draws it). */
export interface CardContent {
  words: string;
  who: string | null;
  role: string | null;
  footer: string;
  hue: number | null;
  italic: boolean;
}

/** One shareable page of an article: where it goes, its link-preview tags, and its card. */
export interface SharePage {
  /** The app path: `/a/<id>` or `/a/<id>/q/<quoteId>`. */
  path: string;
  title: string;
  /** The <head> tags (canonical, description, Open Graph, Twitter card), escaped. */
  tags: string;
  /** Where the card goes, under dist/. */
  cardPath: string;
  card: CardContent;
}

/** The article's page and one page per quote, with what their link previews show. */
export function sharePages(articleJson: unknown, siteUrl: string | undefined, siteName: string): SharePage[] {
  const parsed = parseArticle(articleJson);
  if (!parsed.ok) throw new Error(`${parsed.problems[0]?.path}: ${parsed.problems[0]?.message}`);
  const { article } = parsed;
  const footer = [shorten(article.title, 80), article.source.name].filter(Boolean).join(" · ");
  const hueOf = speakerHues(article.speakers);
  const articleMeta = articleShareMeta(article, siteUrl);
  const pages: SharePage[] = [
    {
      path: articlePath(article.id),
      title: article.title,
      tags: shareTags(articleMeta, siteName),
      cardPath: cardPath(article),
      card: {
        words: shorten(article.title, 200),
        who: null,
        role: article.standfirst ? shorten(article.standfirst, 150) : null,
        footer: [article.source.name, article.source.publishedAt?.slice(0, 10)].filter(Boolean).join(" · "),
        hue: null,
        italic: false,
      },
    },
  ];
  const index = articleIndex(article);
  for (const quote of article.quotes) {
    const meta = quoteShareMeta(article, quote, siteUrl);
    const speaker = quote.speakerId ? index.speakers.get(quote.speakerId) : undefined;
    pages.push({
      path: quotePath(article.id, quote.id),
      title: meta.title,
      tags: shareTags(meta, siteName),
      cardPath: cardPath(article, quote),
      card: {
        words: citedWords(article, quote, 300),
        who: speaker?.name ?? "Speaker not named",
        // Reported speech is the reporter's words: the card says so, and sets them in italics.
        role:
          [speaker?.role, quote.kind === "indirect" ? "as reported" : null].filter(Boolean).join(" · ") ||
          null,
        footer,
        hue: quote.speakerId ? (hueOf.get(quote.speakerId) ?? null) : null,
        italic: quote.kind === "indirect",
      },
    });
  }
  return pages;
}
export { DEFAULT_ARTICLE_ID } from "./config";
