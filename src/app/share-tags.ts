/** A shared page's link-preview tags (Open Graph, Twitter card), as HTML for the prerendered pages. */
import type { ShareMeta } from "../article/share";
import { escapeHtml } from "./html";

/** The tags for a page's <head>, escaped: description, canonical link, Open Graph and Twitter card. */
export function shareTags(meta: ShareMeta, siteName: string): string {
  const tags: [string, string, string][] = [
    ["name", "description", meta.description],
    ["property", "og:site_name", siteName],
    ["property", "og:type", meta.type],
    ["property", "og:title", meta.title],
    ["property", "og:description", meta.description],
    ["property", "og:url", meta.url],
    ["property", "og:image", meta.image],
    ["property", "og:image:type", "image/png"],
    ["property", "og:image:width", "1200"],
    ["property", "og:image:height", "630"],
    ["property", "og:image:alt", meta.imageAlt],
    ["name", "twitter:card", "summary_large_image"],
    ["name", "twitter:title", meta.title],
    ["name", "twitter:description", meta.description],
    ["name", "twitter:image", meta.image],
    ["name", "twitter:image:alt", meta.imageAlt],
  ];
  if (meta.publishedAt) tags.push(["property", "article:published_time", meta.publishedAt]);
  return [
    `<link rel="canonical" href="${escapeHtml(meta.url)}">`,
    ...tags.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escapeHtml(value)}">`),
  ].join("\n    ");
}
