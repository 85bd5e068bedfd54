import { useEffect } from "react";
import type { Article } from "../article";
import { dimmingCss } from "./filter";

/**
 * Adds the article's dimming rules to the document while the article is open. A constructed
 * stylesheet is used because the Content Security Policy allows no inline <style>; where a browser
 * lacks them, rules are inserted through the CSSOM into an empty <style>, which CSP also allows.
 */
export function useDimmingRules(article: Article) {
  useEffect(() => {
    const css = dimmingCss(article.speakers.map((s) => s.id));
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
        // A rule the browser cannot parse dims nothing; the rest still apply.
      }
    }
    return () => style.remove();
  }, [article]);
}
