import { useEffect, useRef, useState } from "react";
import type { Article, Claim } from "../article";
import type { ArticleEdit } from "../article/edit";
import { ClaimsList } from "./ClaimsList";
import type { SpeakerFilter } from "./filter";
import { toggleSpeaker } from "./filter";
import { PrintClaims } from "./PrintClaims";
import { closeSheet, type Sheet, SheetClose, SheetHandle, SheetToggle } from "./Sheets";
import { SpeakerEditor } from "./SpeakerEditor";
import { SpeakerLegend } from "./SpeakerLegend";
import type { SpeakerLook } from "./speaker-style";

export interface SidebarProps {
  article: Article;
  looks: Map<string, SpeakerLook>;
  filter: SpeakerFilter;
  /** The claims the filter keeps. */
  claims: Claim[];
  /** Narrow screens show the panels as bottom sheets. */
  narrow: boolean;
  sheet: Sheet;
  setSheet: (sheet: Sheet) => void;
  /** Changes the filter; given a function of the current filter (this panel may show it a frame late). */
  onFilter: (change: (current: SpeakerFilter) => SpeakerFilter) => void;
  onFollow: (claim: Claim) => void;
  onShowAllClaims: () => void;
  /** Corrections, for an imported article. */
  onEdit?: (edit: ArticleEdit) => void;
}

/**
 * The two side panels, Speakers and Key claims, and on narrow screens the toolbar that opens them as
 * sheets. Loaded after the article itself: nobody reads the sidebar before the headline.
 *
 * A prerendered page is printed with the Speakers legend alone (its buttons answer before the app
 * arrives); the key claims, and their printed list, are drawn once the app has the page: laying them
 * out with the article delayed its first paint. They come below the legend, in the sidebar's own
 * column, so nothing on screen moves when they do.
 */
export default function Sidebar(props: SidebarProps) {
  const { article, looks, filter, claims, narrow, sheet, setSheet, onFilter } = props;
  const sheetClass = (name: Exclude<Sheet, null>) => `panel panel--${name}${narrow ? " sheet" : ""}`;
  const below = useClaimsBelow(narrow);
  const [withClaims, setWithClaims] = useState(false);
  useEffect(() => setWithClaims(true), []);
  return (
    <>
      <div className="sidebar" ref={below.sidebar}>
        <aside
          id="speakers"
          className={sheetClass("speakers")}
          aria-labelledby="speakers-heading"
          hidden={narrow && sheet !== "speakers"}
          onKeyDown={(e) => e.key === "Escape" && narrow && closeSheet(setSheet, "speakers")}
        >
          {narrow && <SheetHandle onClose={() => closeSheet(setSheet, "speakers")} />}
          <h2 id="speakers-heading" className="panel-heading" tabIndex={-1}>
            Speakers
          </h2>
          <SpeakerLegend
            article={article}
            looks={looks}
            filter={filter}
            onToggle={(id) => onFilter((current) => toggleSpeaker(current, id))}
            onOnlyChange={(only) => onFilter((current) => ({ ...current, only }))}
            onClear={() => onFilter(() => ({ speakers: [], only: false }))}
          />
          {props.onEdit && article.speakers.length > 0 && (
            <SpeakerEditor article={article} onEdit={props.onEdit} />
          )}
          {narrow && <SheetClose onClose={() => closeSheet(setSheet, "speakers")} />}
        </aside>
        {withClaims && (
          <aside
            id="claims"
            className={sheetClass("claims")}
            aria-labelledby="claims-heading"
            hidden={narrow && sheet !== "claims"}
            onKeyDown={(e) => e.key === "Escape" && narrow && closeSheet(setSheet, "claims")}
          >
            {narrow && <SheetHandle onClose={() => closeSheet(setSheet, "claims")} />}
            <h2 id="claims-heading" className="panel-heading" tabIndex={-1}>
              Key claims
            </h2>
            <ClaimsList
              article={article}
              claims={claims}
              looks={looks}
              onFollow={props.onFollow}
              onShowAll={props.onShowAllClaims}
              {...(props.onEdit ? { onEdit: props.onEdit } : {})}
            />
            {narrow && <SheetClose onClose={() => closeSheet(setSheet, "claims")} />}
          </aside>
        )}
        {below.at && (
          // The side panels scroll on their own beside the article: say that the claims are below.
          <button type="button" className="sidebar-jump" style={{ left: below.at.left }} onClick={below.show}>
            Key claims ({claims.length}) <span aria-hidden="true">↓</span>
          </button>
        )}
      </div>
      {narrow && sheet && (
        // Behind an open sheet: the page dims, and a tap on it closes the sheet.
        <div className="sheet-scrim" aria-hidden="true" onClick={() => closeSheet(setSheet, sheet)} />
      )}
      {narrow && (
        <nav className="sheet-bar" aria-label="Reading tools">
          <SheetToggle name="speakers" sheet={sheet} setSheet={setSheet}>
            Speakers{filter.speakers.length > 0 ? ` (${filter.speakers.length} chosen)` : ""}
          </SheetToggle>
          <SheetToggle name="claims" sheet={sheet} setSheet={setSheet}>
            Key claims ({claims.length})
          </SheetToggle>
        </nav>
      )}
      {withClaims && <PrintClaims article={article} looks={looks} />}
    </>
  );
}

/**
 * Beside the article, the panels scroll in a box of their own; when the key claims are below what it
 * shows, a button at its foot says so and brings them up (scrolling the box, never the page).
 */
function useClaimsBelow(narrow: boolean) {
  const sidebar = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<{ left: number } | null>(null);
  useEffect(() => {
    const root = sidebar.current;
    if (narrow || !root) {
      setAt(null);
      return;
    }
    let frame = 0;
    const check = () => {
      frame = 0;
      const heading = document.getElementById("claims-heading");
      if (!heading) return;
      const box = root.getBoundingClientRect();
      const visibleBottom = Math.min(box.bottom, window.innerHeight);
      const below = heading.getBoundingClientRect().top > visibleBottom - 48;
      setAt(below ? { left: box.left + box.width / 2 } : null);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(check);
    };
    check();
    root.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(schedule);
    observer?.observe(root);
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener("scroll", schedule);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      observer?.disconnect();
    };
  }, [narrow]);
  const show = () => {
    const root = sidebar.current;
    const heading = document.getElementById("claims-heading");
    if (!root || !heading) return;
    root.scrollTop += heading.getBoundingClientRect().top - Math.max(root.getBoundingClientRect().top, 0) - 8;
    heading.focus({ preventScroll: true });
  };
  return { sidebar, at, show };
}
