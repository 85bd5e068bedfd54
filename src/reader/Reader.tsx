import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import {
  type Article,
  type ArticleProblem,
  articleIndex,
  type Claim,
  type LinkTarget,
  type ParsedLinkState,
} from "../article";
import { ArticleView } from "./ArticleView";
import { bodyItems, claimsForFilter, filterStyle, partitionSpeakerIds, type SpeakerFilter } from "./filter";
import { bringIntoView, claimDomId, markTargets, paragraphDomId } from "./focus";
import { LazyNotices, LazyQuoteActions, LazySidebar, LazySpeakerTip } from "./lazy";
import type { LinkTargetRef } from "./link-subject";
import type { Notice } from "./Notices";
import type { Sheet } from "./Sheets";
import { speakerLooks } from "./speaker-style";
import type { ResolvedTarget } from "./targets";
import { useMediaQuery } from "./use-media-query";
import { useStatus } from "./use-status";

export interface ReaderProps {
  article: Article;
  /** Items the loader dropped from the article, by path. */
  warnings: ArticleProblem[];
  /** The quote or paragraph the link points at. */
  target: LinkTarget | null;
  /** The filter and text selector the link carries. */
  link: ParsedLinkState;
  /** Absolute URL for an app path (the app knows its origin and base path). */
  urlFor: (appPathAndSearch: string) => string;
  /** Called with the new filter; the app puts it in the URL, which flows back in as `link`. */
  onFilterChange: (filter: SpeakerFilter) => void;
}

/** Below this width the two side panels become bottom sheets. */
const NARROW = "(max-width: 68.74em)";

type OpenActions = LinkTargetRef & { anchor: HTMLElement };

/** The reading view: the article, its speakers (legend and filter) and its key claims. */
export function Reader({ article, warnings, target, link, urlFor, onFilterChange }: ReaderProps) {
  const looks = useMemo(() => speakerLooks(article.speakers), [article]);
  const { known, unknown } = partitionSpeakerIds(article, link.speakers);
  const knownKey = known.join(",");
  const filter: SpeakerFilter = useMemo(
    () => ({ speakers: knownKey ? knownKey.split(",") : [], only: link.only && knownKey !== "" }),
    [knownKey, link.only],
  );
  const narrow = useMediaQuery(NARROW);
  const [sheet, setSheet] = useState<Sheet>(null);
  const [actions, setActions] = useState<OpenActions | null>(null);
  const [status, announce] = useStatus();
  // State, not a ref: the speaker tip subscribes to this element once it exists.
  const [layout, setLayout] = useState<HTMLDivElement | null>(null);

  // Paragraphs the reader asked to see although the filter hides them; forgotten when the filter changes.
  const filterKey = `${filter.speakers.join(",")}|${filter.only}`;
  const [revealed, setRevealed] = useState({ key: filterKey, ids: new Set<string>() });
  const revealedIds = revealed.key === filterKey ? revealed.ids : new Set<string>();
  const reveal = useCallback(
    (ids: readonly string[]) =>
      setRevealed((r) => ({ key: filterKey, ids: new Set([...(r.key === filterKey ? r.ids : []), ...ids]) })),
    [filterKey],
  );

  // The target is resolved once per link, not once per render: the route hands over new objects on
  // every navigation (a filter change included), and re-resolving would scroll back to the quote. The
  // anchoring code is loaded only when a link has a target.
  const targetKey = target ? `${target.type}:${target.id}:${JSON.stringify(link.selector)}` : "";
  const [resolved, setResolved] = useState<ResolvedTarget | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `targetKey` stands for target and selector.
  useEffect(() => {
    setResolved(null);
    if (!target) return;
    let live = true;
    import("./targets").then(({ resolveTarget }) => {
      if (live) setResolved(resolveTarget(article, target, link.selector));
    });
    return () => {
      live = false;
    };
  }, [article, targetKey]);

  // "Show all claims" lasts until the filter changes.
  const [showAllFor, setShowAllFor] = useState<string | null>(null);
  const showAllClaims = showAllFor === filterKey;

  const [followed, setFollowed] = useState<{ claim: Claim; n: number } | null>(null);
  const [claimFocus, setClaimFocus] = useState<{ id: string; n: number } | null>(null);

  const visible = useMemo(() => {
    const ids = new Set(revealedIds);
    for (const id of resolved?.paragraphIds ?? []) ids.add(id);
    for (const id of followed?.claim.paragraphIds ?? []) ids.add(id);
    return ids;
  }, [revealedIds, resolved, followed]);
  const items = useMemo(() => bodyItems(article, filter, visible), [article, filter, visible]);
  const claims = showAllClaims ? article.claims : claimsForFilter(article.claims, filter);

  // A link's target: jump there once the article is on screen.
  useEffect(() => {
    const el = resolved?.focusId ? document.getElementById(resolved.focusId) : null;
    if (!el) return;
    markTargets([el]);
    bringIntoView(el, "jump");
  }, [resolved]);

  // A followed claim: glide to its first paragraph, highlight all of them.
  useEffect(() => {
    if (!followed) return;
    const els = followed.claim.paragraphIds
      .map((id) => document.getElementById(paragraphDomId(id)))
      .filter((el): el is HTMLElement => el !== null);
    const first = els[0];
    if (!first) return;
    markTargets(els);
    bringIntoView(first, "glide");
  }, [followed]);

  // A paragraph's claim marker: focus that claim in the list.
  useEffect(() => {
    if (claimFocus) document.getElementById(claimDomId(claimFocus.id))?.focus();
  }, [claimFocus]);

  useEffect(() => {
    if (!narrow) setSheet(null);
  }, [narrow]);

  const setFilter = (next: SpeakerFilter) => {
    setActions(null);
    onFilterChange(next);
  };

  const followClaim = (claim: Claim) => {
    if (narrow) setSheet(null);
    setFollowed((f) => ({ claim, n: (f?.n ?? 0) + 1 }));
  };

  const onAction = (action: string, id: string, anchor: HTMLElement) => {
    if (action === "quote" || action === "paragraph") setActions({ type: action, id, anchor });
    else if (action === "claim") {
      if (!claims.some((c) => c.id === id)) setShowAllFor(filterKey);
      if (narrow) setSheet("claims");
      setClaimFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }));
    }
  };

  const closeActions = useCallback(
    (returnFocus: boolean) => {
      if (returnFocus) actions?.anchor.focus();
      setActions(null);
    },
    [actions],
  );

  const notices: Notice[] = [];
  if (resolved?.notice)
    notices.push({ key: `target:${target?.type}:${target?.id}`, message: resolved.notice });
  for (const [i, problem] of link.problems.entries())
    notices.push({ key: `link:${i}:${problem}`, message: problem });
  if (unknown.length > 0)
    notices.push({
      key: `unknown:${unknown.join(",")}`,
      message: `This article has no speaker ${unknown.map((id) => `“${id}”`).join(", ")}, so the filter leaves ${unknown.length === 1 ? "it" : "them"} out.`,
    });
  if (warnings.length > 0)
    notices.push({
      key: "warnings",
      message: `Part of this article’s data is broken, so ${warnings.length === 1 ? "one item is" : `${warnings.length} items are`} not shown as marked. The text itself is complete.`,
      details: warnings.map((w) => `${w.path}: ${w.message}`),
    });

  return (
    <div className="reader" ref={setLayout}>
      <main id="main" className="reader-main" tabIndex={-1}>
        {notices.length > 0 && (
          <Suspense fallback={null}>
            <LazyNotices notices={notices} />
          </Suspense>
        )}
        <ArticleView
          article={article}
          looks={looks}
          items={items}
          filterStyle={filterStyle(filter)}
          filtering={filter.speakers.length > 0}
          onReveal={reveal}
          onAction={onAction}
        />
      </main>
      <Suspense fallback={<div className="sidebar" />}>
        <LazySidebar
          article={article}
          looks={looks}
          filter={filter}
          claims={claims}
          narrow={narrow}
          sheet={sheet}
          setSheet={setSheet}
          onFilter={setFilter}
          onFollow={followClaim}
          onShowAllClaims={() => setShowAllFor(filterKey)}
        />
      </Suspense>
      {actions && layout && (
        <Suspense fallback={null}>
          <LazyQuoteActions
            key={`${actions.type}:${actions.id}`}
            article={article}
            open={actions}
            container={layout}
            urlFor={urlFor}
            filter={filter}
            onFilter={setFilter}
            onClose={closeActions}
            announce={announce}
          />
        </Suspense>
      )}
      <Suspense fallback={null}>
        <LazySpeakerTip container={layout} looks={looks} />
      </Suspense>
      <div className={`toast${status ? " toast--shown" : ""}`} role="status">
        {status}
      </div>
    </div>
  );
}
