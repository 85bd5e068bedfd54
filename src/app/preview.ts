/**
 * A first look at an article, painted by the page's first script (src/app/boot.ts) from the article's
 * JSON while the app's JavaScript is still loading: the site header, the article's head and its first
 * screens of paragraphs, in the reader's own markup and classes, so the text is on screen at once and
 * the app's render, moments later, lands in the same place. Plain text only (highlights, filters and
 * controls come with the app); the preview is marked busy and inert, and the app replaces it.
 *
 * The JSON is not validated here (the schema is the app's, and too large for every page's head), so
 * every field is read defensively: anything unexpected means no preview, never a wrong one.
 * tests/component/preview.test.tsx checks that the preview matches what the app then renders.
 */

/** As many body paragraphs as the reader's first render shows (progressive.ts, FIRST_PAINT). */
export const PREVIEW_PARAGRAPHS = 40;

interface PreviewParagraph {
  id: string;
  text: string;
  role: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const stringOr = (v: unknown, fallback = "") => (typeof v === "string" ? v : fallback);

function paragraphsOf(json: Record<string, unknown>): PreviewParagraph[] | null {
  if (!Array.isArray(json.paragraphs)) return null;
  const out: PreviewParagraph[] = [];
  for (const p of json.paragraphs) {
    if (!isRecord(p) || typeof p.id !== "string" || typeof p.text !== "string" || typeof p.role !== "string")
      return null;
    out.push({ id: p.id, text: p.text, role: p.role });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/**
 * Paints the preview of `json` into `root` (empty, or holding the shell): the article's JSON, or its
 * beginning (json-prefix.ts) when not `complete`. Returns whether it did: not when the JSON does not
 * look like an article.
 */
export function paintPreview(root: HTMLElement, json: unknown, homeHref: string, complete: boolean): boolean {
  if (!isRecord(json) || typeof json.title !== "string") return false;
  const paragraphs = paragraphsOf(json);
  if (!paragraphs) return false;
  const source = isRecord(json.source) ? json.source : {};

  // The same frame as the reader's (filter.ts, frameParagraphs): title, standfirst, a lead caption.
  const firstBody = paragraphs.findIndex((p) => p.role === "body" || p.role === "heading");
  const leadCaption = paragraphs.findIndex((p) => p.role === "caption");
  const title = paragraphs.find((p) => p.role === "title");
  const standfirst = paragraphs.find((p) => p.role === "standfirst");
  const caption =
    leadCaption >= 0 && (firstBody < 0 || leadCaption < firstBody) ? paragraphs[leadCaption] : undefined;
  const frame = new Set([title, standfirst, caption]);
  const body = paragraphs.filter((p) => !frame.has(p));

  const head = el("header", "article-head");
  const sourceName = stringOr(source.name);
  if (sourceName) head.append(el("p", "kicker", sourceName));
  head.append(el("h1", "title", title ? title.text : json.title));
  if (standfirst) head.append(el("p", "standfirst", standfirst.text));
  const meta = el("p", "meta");
  const byline = stringOr(json.byline);
  if (byline) meta.append(el("span", undefined, byline));
  const published = stringOr(source.publishedAt);
  if (published) {
    const date = new Date(published.length === 10 ? `${published}T12:00:00Z` : published);
    if (!Number.isNaN(date.getTime())) {
      const format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });
      const time = el("time", undefined, format.format(date));
      time.dateTime = published;
      meta.append(time);
    }
  }
  if (complete) {
    let words = 0;
    for (const p of paragraphs)
      if (p.role === "body" || p.role === "heading") words += p.text.match(WORD)?.length ?? 0;
    meta.append(el("span", undefined, `${Math.max(1, Math.round(words / 230))} min read`));
  } else {
    // The reading time needs the whole article; the line keeps its place until the app fills it in.
    meta.append(el("span", undefined, "\u00a0"));
  }
  head.append(meta);
  if (caption) {
    const credit = isRecord(json.image) ? stringOr(json.image.credit) : "";
    const figcaption = el("figcaption", undefined, el("span", "caption-label", "Photo"), " ", caption.text);
    if (credit) figcaption.append(el("span", "caption-credit", ` (${credit})`));
    head.append(el("figure", "caption", figcaption));
  }

  const bodyElement = el("div", "article-body");
  for (const p of body.slice(0, PREVIEW_PARAGRAPHS)) {
    const block = el(p.role === "heading" ? "h2" : "p", `para para--${p.role}`);
    if (p.role === "caption") block.append(el("span", "caption-label", "Photo "));
    block.append(p.text);
    bodyElement.append(block);
  }

  const article = root.querySelector(".article") ?? paintShell(root, homeHref);
  article.replaceChildren(head, bodyElement);
  return true;
}

/**
 * The page around the article, as the app draws it (the site header, the reader's columns), empty:
 * painted while the article downloads, so that the first layout, fonts included, is done before the
 * text arrives. Returns the element the article goes into.
 */
export function paintShell(root: HTMLElement, homeHref: string): HTMLElement {
  const brand = el("a", "brand", el("span", "brand-mark", "“"), "Attributed");
  brand.href = homeHref;
  const library = el("a", "site-link", "Library");
  library.href = `${homeHref}library`;
  const settings = el("div", "settings", el("span", "button-quiet", "Aa Reading settings"));
  const article = el("article", "article");
  const main = el("main", "reader-main", article);
  main.id = "main";
  root.setAttribute("aria-busy", "true");
  root.inert = true;
  root.replaceChildren(
    el("header", "site-header", brand, el("nav", "site-nav", library, settings)),
    el("div", "reader", main, el("div", "sidebar")),
  );
  return article;
}
