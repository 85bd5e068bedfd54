import { describe, expect, it } from "vitest";
import seed from "../../tests/fixtures/articles/seed-annotated.json";
import type { Article } from "../article";
import { articleShareMeta } from "../article/share";
import { shareTags } from "./share-tags";

const article = seed as Article;

describe("link-preview tags", () => {
  it("writes the tags escaped", () => {
    const tags = shareTags(
      { ...articleShareMeta(article), title: `A "quoted" <b>title</b> & more` },
      "Attributed",
    );
    expect(tags).toContain(
      '<meta property="og:title" content="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more">',
    );
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(tags).toContain(`<link rel="canonical" href="/a/${article.id}">`);
    expect(tags).toContain('<meta property="article:published_time" content="2018-08-13">');
  });
});
