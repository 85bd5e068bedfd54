/**
 * What the reader remembers between renders, and every way it changes, as a pure reducer: the
 * filter chosen here before the address catches up, the open panel and sheet, paragraphs shown
 * although the filter hides them, "show all claims", and where to take the reader next. The
 * component keeps what only the browser can do (scrolling, focus, timers) in effects.
 */
import type { Claim, LinkTarget } from "../article";
import type { SpeakerFilter } from "./filter";
import type { Sheet } from "./Sheets";

/** An open link panel: its quote or paragraph, and the control it opened from. */
export type OpenActions = LinkTarget & { anchor: HTMLElement };

/** A request that repeats: `n` counts the requests, so the same one twice is still news. */
type Repeated<T> = T & { n: number };

export interface ReaderState {
  /** The filter the address says, as last seen (its key). */
  address: string;
  /**
   * A filter chosen here, shown at once while the address follows; whatever the address says next
   * (back, forward, a pasted link, or this filter arriving) replaces it.
   */
  chosen: SpeakerFilter | null;
  /** The bottom sheet open on a narrow screen. */
  sheet: Sheet;
  /** The link panel open, if any. */
  panel: OpenActions | null;
  /** Paragraphs shown although the filter hides them, for the filter they were shown under. */
  revealed: { key: string; ids: ReadonlySet<string> };
  /** The filter under which every claim is shown, not only the filtered speakers'. */
  showAllFor: string | null;
  /** The claim last followed to its paragraphs. */
  followed: Repeated<{ claim: Claim }> | null;
  /** The claim last reached from a paragraph's marker. */
  claimFocus: Repeated<{ id: string }> | null;
  /** Where to take the reader once the paragraphs are rendered: element ids, the first to focus. */
  pending: Repeated<{ ids: string[]; how: "jump" | "glide" }> | null;
}

export type ReaderEvent =
  | { type: "address"; filterKey: string }
  | { type: "choose-filter"; filter: SpeakerFilter }
  | { type: "reveal"; key: string; ids: readonly string[] }
  | { type: "open-panel"; panel: OpenActions }
  | { type: "close-panel" }
  | { type: "sheet"; sheet: Sheet }
  | { type: "screen"; narrow: boolean }
  | { type: "follow-claim"; claim: Claim; narrow: boolean }
  | { type: "claim-marker"; id: string; filterKey: string; listed: boolean; narrow: boolean }
  | { type: "show-all-claims"; filterKey: string }
  | { type: "go-to"; ids: string[]; how: "jump" | "glide"; closePanel?: boolean }
  | { type: "arrived" };

/** No paragraph ids, as one object: comparing it is how memos stay stable. */
export const NO_IDS: ReadonlySet<string> = new Set();

/** The state of a reader opened under the filter `filterKey`. */
export function initialReaderState(filterKey: string): ReaderState {
  return {
    address: filterKey,
    chosen: null,
    sheet: null,
    panel: null,
    revealed: { key: filterKey, ids: NO_IDS },
    showAllFor: null,
    followed: null,
    claimFocus: null,
    pending: null,
  };
}

/** A filter's identity: which speakers, and whether the others are hidden. */
export const filterKeyOf = (filter: SpeakerFilter) => `${filter.speakers.join(",")}|${filter.only}`;

/** The filter shown: the one chosen here, until the address moves on, else the address's. */
export function shownFilter(state: ReaderState, linkFilter: SpeakerFilter): SpeakerFilter {
  return state.chosen && state.address === filterKeyOf(linkFilter) ? state.chosen : linkFilter;
}

/** The paragraphs revealed under the filter `filterKey` (none once the filter has changed). */
export const revealedUnder = (state: ReaderState, filterKey: string) =>
  state.revealed.key === filterKey ? state.revealed.ids : NO_IDS;

export function readerReducer(state: ReaderState, event: ReaderEvent): ReaderState {
  switch (event.type) {
    case "address":
      return event.filterKey === state.address ? state : { ...state, address: event.filterKey, chosen: null };
    case "choose-filter":
      // A new filter closes the link panel: what it pointed at may be hidden now.
      return { ...state, chosen: event.filter, panel: null };
    case "reveal": {
      const before = state.revealed.key === event.key ? state.revealed.ids : [];
      return { ...state, revealed: { key: event.key, ids: new Set([...before, ...event.ids]) } };
    }
    case "open-panel":
      return { ...state, panel: event.panel };
    case "close-panel":
      return state.panel ? { ...state, panel: null } : state;
    case "sheet":
      return state.sheet === event.sheet ? state : { ...state, sheet: event.sheet };
    case "screen":
      // Sheets exist on narrow screens only.
      return event.narrow || state.sheet === null ? state : { ...state, sheet: null };
    case "follow-claim":
      return {
        ...state,
        sheet: event.narrow ? null : state.sheet,
        followed: { claim: event.claim, n: (state.followed?.n ?? 0) + 1 },
      };
    case "claim-marker":
      // The claim is shown (all claims, if the filter hides it) and its list opened on a phone.
      return {
        ...state,
        showAllFor: event.listed ? state.showAllFor : event.filterKey,
        sheet: event.narrow ? "claims" : state.sheet,
        claimFocus: { id: event.id, n: (state.claimFocus?.n ?? 0) + 1 },
      };
    case "show-all-claims":
      return { ...state, showAllFor: event.filterKey };
    case "go-to":
      return {
        ...state,
        panel: event.closePanel ? null : state.panel,
        pending: { ids: event.ids, how: event.how, n: (state.pending?.n ?? 0) + 1 },
      };
    case "arrived":
      return state.pending ? { ...state, pending: null } : state;
  }
}
