import { type RefObject, useEffect, useState } from "react";
import type { SpeakerLook } from "./speaker-style";

export interface SpeakerTipProps {
  /** The element holding the quotes (listened to, never re-rendered by the tip); set before it loads. */
  container: RefObject<HTMLElement | null>;
  looks: Map<string, SpeakerLook>;
}

interface Tip {
  text: string;
  top: number;
  left: number;
}

/**
 * Names the speaker when a quote is hovered or its badge focused. One tip for the whole article,
 * driven by delegated events, so the page holds no per-quote tooltip and re-renders nothing but this.
 * It is hidden from assistive technology: the badge already names the speaker there. It stays while
 * the pointer is over the quote or the tip, and Escape dismisses it (WCAG 1.4.13).
 */
export default function SpeakerTip({ container, looks }: SpeakerTipProps) {
  const [tip, setTip] = useState<Tip | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `container` is a ref.
  useEffect(() => {
    const box = container.current;
    if (!box) return;
    let current: Element | null = null;
    const show = (quote: Element | null) => {
      if (quote === current) return;
      current = quote;
      if (!quote) return setTip(null);
      const speakerId = (quote as HTMLElement).dataset.s;
      const look = speakerId ? looks.get(speakerId) : undefined;
      const anchor = quote.querySelector(":scope > .q-badge") ?? quote;
      const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
      const frame = box.getBoundingClientRect();
      setTip({
        text: look ? look.label : "Speaker not named",
        top: rect.top - frame.top,
        left: rect.left - frame.left,
      });
    };
    const onOver = (e: Event) => {
      const el = e.target as Element;
      if (el.closest?.(".speaker-tip")) return;
      show(el.closest?.(".q") ?? null);
    };
    const onFocus = (e: Event) => {
      const el = e.target as Element;
      // A badge focused by the reader; not a quote a link has just focused, whose own marking says
      // where it is (a tip there would cover the line above it).
      show(el.matches?.(".q-badge") ? el.closest(".q") : null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        current = null;
        setTip(null);
      }
    };
    const onLeave = () => show(null);
    // A pointer already resting on a quote when this code arrives (it loads after the article)
    // moved over it before anyone listened: name the speaker now, as if it had just arrived.
    // So with a badge focused before it arrived.
    const hovered = box.querySelectorAll(".q:hover");
    const focused = document.activeElement;
    if (hovered.length > 0) show(hovered[hovered.length - 1] ?? null);
    else if (focused?.matches(".q-badge") && box.contains(focused)) show(focused.closest(".q"));
    box.addEventListener("pointerover", onOver);
    box.addEventListener("focusin", onFocus);
    box.addEventListener("pointerleave", onLeave);
    document.addEventListener("keydown", onKey);
    return () => {
      box.removeEventListener("pointerover", onOver);
      box.removeEventListener("focusin", onFocus);
      box.removeEventListener("pointerleave", onLeave);
      document.removeEventListener("keydown", onKey);
    };
  }, [looks]);

  if (!tip) return null;
  return (
    <div className="speaker-tip" aria-hidden="true" style={{ top: tip.top, left: tip.left }}>
      {tip.text}
    </div>
  );
}
