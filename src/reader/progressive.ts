/**
 * Long articles render what is on screen first: the opening paragraphs at once, the rest in chunks
 * after the first paint (React transitions, so input is never blocked), and a window around a link's
 * target straight away, with a spacer of about the right height in front of it. Short articles
 * (fewer paragraphs than the first chunk) render whole, as before.
 */

import { startTransition, useEffect, useState } from "react";
import { flushSync } from "react-dom";

/** Paragraphs rendered before the first paint: more than any screen shows. */
export const FIRST_PAINT = 40;
/** Paragraphs added per step after the first paint. */
export const CHUNK = 250;
/** Paragraphs rendered on each side of a target outside the rendered part. */
export const WINDOW = 25;
/** A paragraph's height before it is measured, in em (a spacer's height is this times its count). */
export const ESTIMATED_EM = 6.2;

/** Which body items are rendered: a prefix, and possibly a window further down. */
export interface RenderedRange {
  head: number;
  window: [number, number] | null;
}

/** One thing the body renders: an item, or a spacer standing for `count` items not rendered yet. */
export type RenderSlot<T> =
  | { type: "item"; item: T; index: number }
  | { type: "gap"; count: number; key: string };

/** What to render for `items` given the rendered range. */
export function renderSlots<T>(items: readonly T[], range: RenderedRange): RenderSlot<T>[] {
  const slots: RenderSlot<T>[] = [];
  const head = Math.min(range.head, items.length);
  for (let i = 0; i < head; i++) slots.push({ type: "item", item: items[i] as T, index: i });
  const window = range.window;
  if (window && window[1] > head) {
    const start = Math.max(head, window[0]);
    if (start > head) slots.push({ type: "gap", count: start - head, key: `gap-${head}` });
    const end = Math.min(window[1], items.length);
    for (let i = start; i < end; i++) slots.push({ type: "item", item: items[i] as T, index: i });
  }
  return slots;
}

/** The range after asking for item `index` to be rendered. */
export function withTarget(range: RenderedRange, index: number, length: number): RenderedRange {
  if (index < range.head) return range;
  const w = range.window;
  if (w && index >= w[0] && index < w[1]) return range;
  return { head: range.head, window: [Math.max(0, index - WINDOW), Math.min(length, index + WINDOW)] };
}

/** The range one step later: the prefix grows, swallowing the window once it reaches it. */
export function grown(range: RenderedRange, length: number): RenderedRange {
  let head = Math.min(length, range.head + CHUNK);
  let window = range.window;
  if (window && head >= window[0]) {
    head = Math.max(head, window[1]);
    window = null;
  }
  return { head, window };
}

/**
 * The rendered range for a list of `length` items, growing after each paint until everything is
 * rendered; `reveal(index)` renders an item (and its neighbours) at once.
 */
export function useProgressiveRange(length: number) {
  const [range, setRange] = useState<RenderedRange>({ head: Math.min(length, FIRST_PAINT), window: null });
  const complete = range.head >= length && !range.window;

  // After the browser has painted what is there (a frame, then a task), add the next chunk; again
  // after every step until everything is rendered.
  useEffect(() => {
    if (range.head >= length && !range.window) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setRange((r) => grown(r, length))), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [range, length]);

  // Printing prints what is rendered: before the browser lays the page out for print, render it all.
  useEffect(() => {
    const all = () => flushSync(() => setRange({ head: length, window: null }));
    window.addEventListener("beforeprint", all);
    return () => window.removeEventListener("beforeprint", all);
  }, [length]);

  const reveal = (index: number) => setRange((r) => withTarget(r, index, length));
  return { range, complete, reveal };
}
