/**
 * HTML in: Readability finds the article on a server-side DOM (linkedom), and its content becomes
 * the extractor's blocks: paragraphs, headings, list items, captions, block quotes.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { BlockKind, SourceBlock, SourceDocument } from "../extract";

const BLOCK_TAGS: Record<string, BlockKind> = {
  P: "text",
  H1: "heading",
  H2: "heading",
  H3: "heading",
  H4: "heading",
  H5: "heading",
  H6: "heading",
  LI: "list-item",
  FIGCAPTION: "caption",
  BLOCKQUOTE: "blockquote",
  PRE: "text",
  DD: "text",
  DT: "text",
  TD: "text",
};
const CONTAINERS = new Set([
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "FIGURE",
  "UL",
  "OL",
  "DL",
  "TABLE",
  "TBODY",
  "THEAD",
  "TR",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "SPAN",
]);

/** Fewer words than this is a page without an article (the shortest news brief has more). */
const MIN_ARTICLE_WORDS = 30;

/** Raised when a page has no article Readability can find. */
export class NoArticleError extends Error {}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const text = (node: DomNode) => (node.textContent ?? "").replace(/\s+/g, " ").trim();

/** Walks the article content in order, turning each block element into a block. */
function blocksOf(root: DomNode): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let loose = "";
  const flush = () => {
    const t = loose.replace(/\s+/g, " ").trim();
    if (t) blocks.push({ text: t, kind: "text" });
    loose = "";
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) {
      loose += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (tag === "BR") {
      flush();
      return;
    }
    const kind = BLOCK_TAGS[tag];
    const hasBlockChildren = Array.from(node.childNodes).some(
      (c) =>
        c.nodeType === 1 &&
        (BLOCK_TAGS[c.nodeName.toUpperCase()] || CONTAINERS.has(c.nodeName.toUpperCase())) &&
        c.nodeName.toUpperCase() !== "SPAN",
    );
    if (kind && !(hasBlockChildren && (tag === "BLOCKQUOTE" || tag === "LI" || tag === "TD"))) {
      flush();
      const t = text(node);
      if (t) blocks.push({ text: t, kind: kind === "blockquote" ? "text" : kind });
      return;
    }
    if (CONTAINERS.has(tag) || kind) {
      if (tag !== "SPAN") flush();
      for (const child of Array.from(node.childNodes)) visit(child);
      if (tag !== "SPAN") flush();
      return;
    }
    // Inline elements: their text joins the current line.
    loose += node.textContent ?? "";
  };
  for (const child of Array.from(root.childNodes)) visit(child);
  flush();
  return blocks;
}

/** An ISO date from whatever a page's metadata holds, or undefined. */
function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(
    value.trim(),
  );
  return m ? `${m[1]}${m[2] ?? ""}` : undefined;
}

/** Readability's threshold (characters) below which it looks again, more leniently. */
const FULL_ARTICLE_CHARS = 500;

/**
 * The article Readability finds. Its default threshold first: a lower one accepts the first block
 * that passes it, which on a printer-friendly page is the "This page was printed from" header. A
 * page whose article is shorter than that (a news brief) is read again with a threshold of 100
 * characters, and the longer of the two results wins. (Readability changes the document it reads,
 * so the second reading parses the page afresh.)
 */
function readArticle(html: string, document: Page) {
  const full = new Readability(document as unknown as Document).parse();
  if (full?.textContent && full.textContent.trim().length >= FULL_ARTICLE_CHARS) return full;
  const again = pageOf(html);
  const brief = new Readability(again as unknown as Document, { charThreshold: 100 }).parse();
  return (brief?.textContent?.trim().length ?? 0) > (full?.textContent?.trim().length ?? 0) ? brief : full;
}

type Page = ReturnType<typeof parseHTML>["document"];

/**
 * The page as a document with a body. Markup copied out of a page ("<article>…</article>", a
 * `<div>` of paragraphs) has no `<html>` or `<body>`, and without a body Readability cannot read it.
 */
function pageOf(html: string): Page {
  let { document } = parseHTML(html);
  // (The parser makes a fragment's first element the document's root: an <article> with no body.)
  if (document.documentElement?.tagName !== "HTML" || !document.body)
    document = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
  limitNesting(document.body as unknown as Element);
  return document;
}

/**
 * How deep elements may nest below the body. Real pages stay within a few dozen levels; a page
 * nested thousands deep (generated or broken markup) took Readability time that grows with the cube
 * of the depth (10 s at 1,000 levels) and overflowed its stack at 20,000. Browsers' parsers set a
 * limit too (Chromium's is 512).
 */
const MOST_NESTED = 128;

/** Unwraps the elements nested deeper than `MOST_NESTED`, keeping their text in order. */
function limitNesting(body: Element) {
  const stack: { element: Element; depth: number }[] = [{ element: body, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { element, depth } = next;
    if (depth < MOST_NESTED) {
      for (const child of Array.from(element.children)) stack.push({ element: child, depth: depth + 1 });
      continue;
    }
    // At the limit: each child that holds elements gives way to its children, until none does
    // (their text stays, in order; at such depths nothing else is worth keeping).
    for (let unwrapped = true; unwrapped; ) {
      unwrapped = false;
      for (const child of Array.from(element.children))
        if (child.firstElementChild) {
          child.replaceWith(...Array.from(child.childNodes));
          unwrapped = true;
        }
    }
  }
}

/** Parses an HTML page into a source document. */
export function parseHtml(html: string, url?: string): SourceDocument {
  const document = pageOf(html);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const article = readArticle(html, document);
  if (!article?.content || !article.textContent?.trim())
    throw new NoArticleError("no article found in the HTML");
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = blocksOf(content.body as unknown as DomNode);
  // Readability returns whatever text a page has; a navigation bar or a cookie notice is not an article.
  const words = blocks.reduce((n, b) => n + b.text.split(/\s+/).length, 0);
  if (words < MIN_ARTICLE_WORDS) throw new NoArticleError("no article found in the HTML");
  const pageUrl = url ?? canonical;
  const doc: SourceDocument = { blocks };
  if (article.title) doc.title = article.title.trim();
  if (article.byline) doc.byline = article.byline.replace(/^by\s+/i, "").trim();
  if (article.siteName) doc.siteName = article.siteName.trim();
  const published = isoDate(article.publishedTime);
  if (published) doc.publishedAt = published;
  if (pageUrl && /^https?:\/\//i.test(pageUrl)) doc.url = pageUrl;
  if (article.lang) doc.language = article.lang;
  return doc;
}
