import { useInsertionEffect } from "react";
import type { Article } from "../article";
import { speakerCss } from "./filter";
import { speakerHues } from "./speaker-style";

/** The article's per-speaker rules (hues and dimming; see `speakerCss`). */
export function articleSpeakerCss(article: Article): string {
  const hues = speakerHues(article.speakers);
  return speakerCss(article.speakers.map((s) => ({ id: s.id, hue: hues.get(s.id) ?? 0 })));
}

/**
 * Adds the article's per-speaker rules to the document while the article is open, before it paints
 * (an insertion effect, so quotes never show without their colour). A constructed stylesheet is used
 * because the Content Security Policy allows no inline <style>; where a browser lacks them, rules are
 * inserted through the CSSOM into an empty <style>, which CSP also allows.
 */
export function useSpeakerRules(article: Article) {
  useInsertionEffect(() => {
    const css = articleSpeakerCss(article);
    if (typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in document) {
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        return () => {
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        };
      } catch {
        // Fall through to a <style> element.
      }
    }
    const style = document.createElement("style");
    document.head.append(style);
    for (const rule of css.split("\n").filter(Boolean)) {
      try {
        style.sheet?.insertRule(rule, style.sheet.cssRules.length);
      } catch {
        // A rule the browser cannot parse styles nothing; the rest still apply.
      }
    }
    return () => style.remove();
  }, [article]);
}
