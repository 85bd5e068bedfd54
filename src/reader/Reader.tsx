import {
  type MouseEvent,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useMemo,
  useReducer,
  useRef,
  useState,
} from "react";
import { flushSync } from "react-dom";
import type { Article, ArticleProblem, Claim, Collection, LinkTarget, ParsedLinkState } from "../article";
import type { ArticleEdit } from "../article/edit";
import { ArticleView } from "./ArticleView";
import { bodyItems, claimsForFilter, partitionSpeakerIds, type SpeakerFilter } from "./filter";
import { bringIntoView, claimDomId, markTargets, paragraphDomId, revealInPanel } from "./focus";
import type { FirstKey } from "./KeyboardShortcuts";
import {
  LazyKeyboardShortcuts,
  LazyNotices,
  LazyQuoteActions,
  LazySidebar,
  LazySpeakerTip,
  prefetchReaderParts,
} from "./lazy";
import { PartBoundary, PlacedMessage, whenIdle } from "./lazy-part";
import { hasRememberedPlace } from "./place-key";
import { useProgressiveRange } from "./progressive";
import {
  filterKeyOf,
  initialReaderState,
  NO_IDS,
  readerReducer,
  revealedUnder,
  shownFilter,
} from "./reader-state";
import type { Sheet } from "./Sheets";
import type { ShortcutContext } from "./shortcuts";
import { speakerLooks } from "./speaker-style";
import type { ResolvedTarget } from "./targets";
import { useMediaQuery } from "./use-media-query";
import { useSpeakerRules } from "./use-speaker-rules";
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
  /** Where the article lives: bundled (`/a/…` links) or imported into this browser (`/mine/…`). */
  collection?: Collection;
  /**
   * Corrections, offered for an article the reader imported: applies one and resolves to what it
   * did ("Quote given to Zarif") and, for one that removes something, how to take it back; or
   * rejects with why it could not.
   */
  onEdit?: (edit: ArticleEdit) => Promise<EditOutcome>;
}

/** What a correction did, and for a destructive one its undo (resolving to what the undo did). */
export interface EditOutcome {
  message: string;
  undo?: () => Promise<string>;
}

/** The layout of an unfiltered article. */
const NO_FILTER: SpeakerFilter = { speakers: [], only: false };

/** Below this width the two side panels become bottom sheets. */
const NARROW = "(max-width: 59.99em)";

/** The reading view: the article, its speakers (legend and filter) and its key claims. */
export function Reader({
  article,
  warnings,
  target,
  link,
  urlFor,
  onFilterChange,
  collection = "bundled",
  onEdit,
}: ReaderProps) {
  const looks = useMemo(() => speakerLooks(article.speakers), [article]);
  useSpeakerRules(article);
  const { known, unknown } = partitionSpeakerIds(article, link.speakers);
  const knownKey = known.join(",");
  const linkFilter: SpeakerFilter = useMemo(
    () => ({ speakers: knownKey ? knownKey.split(",") : [], only: link.only && knownKey !== "" }),
    [knownKey, link.only],
  );
  // Everything the reader remembers between renders, and how it changes: reader-state.ts.
  const linkKey = filterKeyOf(linkFilter);
  const [state, dispatch] = useReducer(readerReducer, linkKey, initialReaderState);
  // A toggle shows at once; the address follows a moment later (see setFilter), and whatever the
  // address says (back, forward, a pasted link) wins as soon as it changes: noted during the render
  // (React renders again at once), so no frame shows the filter the address has left.
  if (state.address !== linkKey) dispatch({ type: "address", filterKey: linkKey });
  const { sheet, panel: actions } = state;
  const filter = shownFilter(state, linkFilter);
  useEffect(() => whenIdle(prefetchReaderParts), []);
  // The side panels follow the filter a frame later, so the toggle's own paint is only the article's.
  const panelFilter = useDeferredValue(filter);
  const narrow = useMediaQuery(NARROW);
  const setSheet = useCallback((next: Sheet) => dispatch({ type: "sheet", sheet: next }), []);
  const [status, announce] = useStatus();
  // State, not a ref: the speaker tip subscribes to this element once it exists.
  // A ref, not state: as state, setting it when the page is first drawn re-rendered the whole reader
  // at once, in one task (~50 ms with the CPU 4× slower) just after the app took the page over.
  const layout = useRef<HTMLDivElement>(null);

  // Paragraphs the reader asked to see although the filter hides them; forgotten when the filter changes.
  const filterKey = filterKeyOf(filter);
  const revealedIds = revealedUnder(state, filterKey);
  // Stable across filter changes, so the memoised body does not re-render for a new callback.
  const filterKeyRef = useRef(filterKey);
  filterKeyRef.current = filterKey;
  const reveal = useCallback(
    (ids: readonly string[]) => dispatch({ type: "reveal", key: filterKeyRef.current, ids }),
    [],
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
  const showAllClaims = state.showAllFor === filterKey;
  const { followed, claimFocus, pending } = state;

  const visible = useMemo(() => {
    if (revealedIds === NO_IDS && !resolved?.paragraphIds.length && !followed) return NO_IDS;
    const ids = new Set(revealedIds);
    for (const id of resolved?.paragraphIds ?? []) ids.add(id);
    for (const id of followed?.claim.paragraphIds ?? []) ids.add(id);
    return ids;
  }, [revealedIds, resolved, followed]);
  // Dimming is CSS; only "show only" changes which paragraphs are laid out. Keeping the items (and so
  // the body) the same object across a plain filter toggle is what makes the toggle cheap.
  const layoutKey = filter.only ? filter.speakers.join(",") : "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: `layoutKey` stands for the filter's layout.
  const items = useMemo(
    () => bodyItems(article, filter.only ? filter : NO_FILTER, visible),
    [article, layoutKey, visible],
  );
  const progressive = useProgressiveRange(items.length);
  /** Takes the reader to paragraphs once they are rendered (a link's target, a followed claim). */
  const goTo = useCallback(
    (paragraphIds: readonly string[], focusId: string, how: "jump" | "glide", closePanel = false) => {
      const index = items.findIndex(
        (item) => item.type === "paragraph" && paragraphIds.includes(item.paragraph.id),
      );
      if (index >= 0) progressive.reveal(index);
      dispatch({
        type: "go-to",
        ids: [focusId, ...paragraphIds.map(paragraphDomId).filter((id) => id !== focusId)],
        how,
        closePanel,
      });
    },
    [items, progressive.reveal],
  );
  const claims = showAllClaims ? article.claims : claimsForFilter(article.claims, panelFilter);

  // After a reload the app made itself, the reader is put back where they were, not at the link's target.
  const [restoringPlace] = useState(hasRememberedPlace);
  useEffect(() => {
    if (restoringPlace) import("./place").then((place) => place.restorePlace());
  }, [restoringPlace]);
  // (Going somewhere reads the latest items, but only a new link or a new click sets off a move.)
  const goToOnce = useEffectEvent(goTo);
  // A link's target: jump there once the article is on screen.
  useEffect(() => {
    if (resolved?.focusId && !restoringPlace) goToOnce(resolved.paragraphIds, resolved.focusId, "jump");
  }, [resolved, restoringPlace]);

  // A followed claim: glide to its first paragraph, highlight all of them.
  useEffect(() => {
    const first = followed?.claim.paragraphIds[0];
    if (followed && first) goToOnce(followed.claim.paragraphIds, paragraphDomId(first), "glide");
  }, [followed]);

  // Once the place is rendered: highlight it, scroll to it, focus it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-checked whenever more is rendered.
  useEffect(() => {
    if (!pending) return;
    const els = pending.ids
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    const first = els[0];
    if (!first || first.id !== pending.ids[0]) return;
    markTargets(pending.how === "jump" ? [first] : els);
    bringIntoView(first, pending.how);
    dispatch({ type: "arrived" });
  }, [pending, progressive.range]);

  // A paragraph's claim marker: the claim it leads to is highlighted, as a paragraph is when followed
  // the other way, brought into the list's view and focused (with the mouse, focus alone showed
  // nothing: :focus-visible does not match a focus that follows a click).
  useEffect(() => {
    const el = claimFocus && document.getElementById(claimDomId(claimFocus.id));
    if (!el) return;
    markTargets([el]);
    revealInPanel(el);
    el.focus({ preventScroll: true });
  }, [claimFocus]);

  useEffect(() => dispatch({ type: "screen", narrow }), [narrow]);

  // A filter change waiting to reach the address; dropped if the reader leaves first.
  const pendingNavigation = useRef({ frame: 0, timer: 0 });
  const cancelPendingNavigation = useCallback(() => {
    cancelAnimationFrame(pendingNavigation.current.frame);
    window.clearTimeout(pendingNavigation.current.timer);
  }, []);
  useEffect(() => cancelPendingNavigation, [cancelPendingNavigation]);
  // The latest filter, for changes made from panels that show the deferred one.
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const setFilter = (next: SpeakerFilter) => {
    dispatch({ type: "choose-filter", filter: next });
    // pushState and the app's re-render after the frame that shows the change.
    cancelPendingNavigation();
    const frame = requestAnimationFrame(() => {
      pendingNavigation.current.timer = window.setTimeout(() => onFilterChange(next), 0);
    });
    pendingNavigation.current.frame = frame;
  };

  const followClaim = (claim: Claim) => dispatch({ type: "follow-claim", claim, narrow });

  const onAction = (action: string, id: string, anchor: HTMLElement) => {
    if (action === "quote" || action === "paragraph")
      dispatch({ type: "open-panel", panel: { type: action, id, anchor } });
    else if (action === "claim")
      dispatch({ type: "claim-marker", id, filterKey, listed: claims.some((c) => c.id === id), narrow });
  };

  // An edit closes the panel it came from and says what it did (or why it could not).
  // A correction that removes something (a quote, a claim, a speaker merged away) can be taken
  // back from the notice that reports it, which stays until it is used or dismissed.
  const [undoable, setUndoable] = useState<{ message: string; undo: () => Promise<string> } | null>(null);
  const say = (error: unknown) => announce(error instanceof Error ? error.message : String(error));
  const edit = onEdit
    ? (change: ArticleEdit) => {
        dispatch({ type: "close-panel" });
        setUndoable(null);
        onEdit(change).then(({ message, undo }) => {
          if (undo) setUndoable({ message, undo });
          else announce(message);
        }, say);
      }
    : undefined;
  const undoLast = () => {
    if (!undoable) return;
    const { undo } = undoable;
    setUndoable(null);
    // Focus goes back into the article rather than to the page: the notice it was in is gone.
    document.getElementById("main")?.focus({ preventScroll: true });
    undo().then(announce, say);
  };

  // The speaker tips load when the page is idle (only a pointer or a focused badge shows one), or at
  // once when the pointer first comes onto a quote or a badge is focused: the tip, arriving, names
  // that quote's speaker.
  const [tips, setTips] = useState(false);
  useEffect(() => {
    const box = layout.current;
    if (tips || !box) return;
    const cancel = whenIdle(() => setTips(true));
    // (Not a quote a link has focused: the tip names no speaker there.)
    const wake = (selector: string) => (event: Event) => {
      if ((event.target as Element).closest?.(selector)) setTips(true);
    };
    const onOver = wake(".q");
    const onFocus = wake(".q-badge");
    box.addEventListener("pointerover", onOver);
    box.addEventListener("focusin", onFocus);
    return () => {
      cancel();
      box.removeEventListener("pointerover", onOver);
      box.removeEventListener("focusin", onFocus);
    };
  }, [tips]);

  // The shortcuts load when the page is idle (the reader is usable without them), or at once when
  // a key is pressed first: that press is kept and run when they arrive.
  const [shortcuts, setShortcuts] = useState(false);
  const firstKey = useRef<FirstKey | null>(null);
  useEffect(() => {
    if (shortcuts) return;
    const cancel = whenIdle(() => setShortcuts(true));
    const onKey = (event: KeyboardEvent) => {
      firstKey.current = {
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        defaultPrevented: event.defaultPrevented,
        target: event.target,
      };
      setShortcuts(true);
    };
    document.addEventListener("keydown", onKey, { once: true });
    return () => {
      cancel();
      document.removeEventListener("keydown", onKey);
    };
  }, [shortcuts]);

  // Reading by keyboard: KeyboardShortcuts reads the reader through this at each key press.
  const shortcutMemory = useRef({ lastQuote: null as string | null, claimCursor: -1 });
  const shortcutContext = useRef<Omit<ShortcutContext, "openHelp"> | null>(null);
  shortcutContext.current = {
    article,
    filter,
    claims,
    collection,
    urlFor,
    announce,
    goTo: (paragraphIds, focusId, how) => goTo(paragraphIds, focusId, how, true),
    followClaim,
    setFilter,
    memory: shortcutMemory.current,
  };

  const closeActions = useCallback(
    (returnFocus: boolean) => {
      if (returnFocus) actions?.anchor.focus();
      dispatch({ type: "close-panel" });
    },
    [actions],
  );

  const noticeSource = {
    target: resolved?.notice ? { key: `${target?.type}:${target?.id}`, message: resolved.notice } : null,
    linkProblems: link.problems,
    unknownSpeakers: unknown,
    warnings,
  };
  const hasNotices =
    noticeSource.target || link.problems.length > 0 || unknown.length > 0 || warnings.length > 0;

  /** A skip link's target: the panel's heading, its sheet opened first on a narrow screen. */
  const goToPanel = (name: "speakers" | "claims") => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    // The sheet is drawn before focus moves into it.
    if (narrow) flushSync(() => setSheet(name));
    const id = `${name}-heading`;
    const heading = document.getElementById(id);
    if (heading) return heading.focus();
    // The panels' code is still on its way (a reader quicker than the network): focus when it comes.
    if (!layout.current) return;
    const observer = new MutationObserver(() => {
      const arrived = document.getElementById(id);
      if (!arrived) return;
      observer.disconnect();
      arrived.focus();
    });
    observer.observe(layout.current, { childList: true, subtree: true });
    window.setTimeout(() => observer.disconnect(), 10_000);
  };

  return (
    <div className="reader" ref={layout}>
      {/* Two Tab stops after the header's, where the panels' own controls come after the whole article. */}
      <nav className="panel-skips" aria-label="Panels">
        {/* biome-ignore lint/a11y/useValidAnchor: an in-page link (its href works alone); the click opens a phone's sheet first. */}
        <a className="skip-link" href="#speakers" onClick={goToPanel("speakers")}>
          Skip to speakers
        </a>
        {/* biome-ignore lint/a11y/useValidAnchor: as above. */}
        <a className="skip-link" href="#claims" onClick={goToPanel("claims")}>
          Skip to key claims
        </a>
      </nav>
      <main id="main" className="reader-main" tabIndex={-1}>
        {hasNotices && (
          <PartBoundary what="this notice" parts={[LazyNotices]}>
            <Suspense fallback={null}>
              <LazyNotices {...noticeSource} />
            </Suspense>
          </PartBoundary>
        )}
        <ArticleView
          article={article}
          looks={looks}
          items={items}
          range={progressive.range}
          filter={filter}
          onReveal={reveal}
          onAction={onAction}
        />
      </main>
      {/* The side panels: in a prerendered page, printed with the article, so the speakers' buttons are
          on screen at once, and the page's first script answers them until the app arrives
          (early-clicks.ts). The app fetches their code before it hydrates the page (main.tsx). */}
      <PartBoundary
        what="the speakers and key claims"
        parts={[LazySidebar]}
        place={(message) => <div className="sidebar">{message}</div>}
      >
        <Suspense fallback={<div className="sidebar" />}>
          <LazySidebar
            article={article}
            looks={looks}
            filter={panelFilter}
            claims={claims}
            narrow={narrow}
            sheet={sheet}
            setSheet={setSheet}
            onFilter={(change) => setFilter(change(filterRef.current))}
            onFollow={followClaim}
            onShowAllClaims={() => dispatch({ type: "show-all-claims", filterKey })}
            {...(edit ? { onEdit: edit } : {})}
          />
        </Suspense>
      </PartBoundary>
      {actions && (
        <PartBoundary
          key={`${actions.type}:${actions.id}`}
          what="the link panel"
          parts={[LazyQuoteActions]}
          place={(message) => (
            <PlacedMessage
              label="Link panel"
              anchor={actions.anchor}
              container={layout}
              onClose={closeActions}
            >
              {message}
            </PlacedMessage>
          )}
        >
          <Suspense fallback={null}>
            <LazyQuoteActions
              article={article}
              open={actions}
              container={layout}
              urlFor={urlFor}
              filter={filter}
              onFilter={setFilter}
              onClose={closeActions}
              announce={announce}
              collection={collection}
              {...(edit ? { onEdit: edit } : {})}
            />
          </Suspense>
        </PartBoundary>
      )}
      {tips && (
        <PartBoundary what="the speaker tips" parts={[LazySpeakerTip]} place={() => null}>
          <Suspense fallback={null}>
            <LazySpeakerTip container={layout} looks={looks} />
          </Suspense>
        </PartBoundary>
      )}
      {shortcuts && (
        <PartBoundary what="the keyboard shortcuts" parts={[LazyKeyboardShortcuts]} place={() => null}>
          <Suspense fallback={null}>
            <LazyKeyboardShortcuts container={layout} reader={shortcutContext} firstKey={firstKey} />
          </Suspense>
        </PartBoundary>
      )}
      <div className={`toast${status ? " toast--shown" : ""}`} role="status">
        {status}
      </div>
      <div className="undo-notice" role="status">
        {undoable && (
          <>
            <span>{undoable.message}</span>
            <button type="button" onClick={undoLast}>
              Undo
            </button>
            <button
              type="button"
              aria-label="Dismiss"
              onClick={() => {
                setUndoable(null);
                document.getElementById("main")?.focus({ preventScroll: true });
              }}
            >
              ×
            </button>
          </>
        )}
      </div>
    </div>
  );
}
