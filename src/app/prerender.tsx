/**
 * Server entry for prerendering (scripts/prerender.mjs): the app's HTML for an article's route, with
 * the article already loaded, so the page shows its text before any JavaScript runs.
 */
import { prerenderToNodeStream } from "react-dom/static";
import { parseArticle } from "../article";
import { articleSpeakerCss } from "../reader/use-speaker-rules";
import { App } from "./App";
import { primeArticle } from "./article-query";
import { setPrerenderedLocation } from "./router";

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
  primeArticle(articleId, parsed);
  setPrerenderedLocation(path);
  // Everything resolves before the markup is written, and a boundary is never outlined into a
  // later chunk (that would need an inline script, which the Content Security Policy forbids).
  const { prelude } = await prerenderToNodeStream(<App />, {
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  let html = "";
  for await (const chunk of prelude) html += chunk;
  if (/<script|<template/i.test(html)) throw new Error(`${articleId}: the prerendered markup needs scripts`);
  return { html, css: articleSpeakerCss(parsed.article), title: parsed.article.title };
}
