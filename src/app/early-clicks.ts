/**
 * Clicks on a prerendered page before the app has taken it over. The page shows its text, buttons
 * included, before the app's JavaScript arrives (first-script.ts); a reader who clicks a quote's
 * badge, a claim marker or the reading settings in that moment would otherwise see nothing happen. The page's first
 * script holds those clicks, and the app replays them, in order, once it has hydrated the page. Links
 * are left alone (they work without JavaScript), but for a link to a part of the page the app has
 * not drawn yet, which is held too.
 *
 * A speaker's button in the legend is answered at once as well, the way the app answers it: the
 * button pressed (or no longer), and the article's filter attribute set, so the other speakers'
 * quotes dim through the page's own rules (`speakerCss`). The click is held all the same. The app
 * hydrates the page as printed, unfiltered, and replaying the clicks toggles the same speakers in
 * the same order, so it arrives where the page already is, and nothing changes on screen. That holds
 * only while the address asks for no filter of its own (the app would start from that one, the
 * printed page does not), so on such a page these clicks are held, not answered.
 *
 * The two halves run in different bundles (the inline first script and the app), so they meet on
 * `window`.
 */

/** Enough for a burst of clicks; a reader who clicks more while waiting is not asking for all of them. */
const MAX_HELD = 8;

/**
 * The events around a press that make React, while it is hydrating, hydrate the whole page at once
 * to answer them (its "discrete" events): kept from it on the buttons this script holds, so the
 * press is answered here at once instead, and handed over when hydration is done.
 */
const PRESS_EVENTS = [
  "pointerdown",
  "pointerup",
  "pointercancel",
  "mousedown",
  "mouseup",
  "touchstart",
  "touchend",
  "touchcancel",
  "keydown",
  "keypress",
  "keyup",
  "auxclick",
  "dblclick",
];

/** The button of the page's (`#root`'s) that an event is on, if any and enabled. */
function pageButton(event: Event): HTMLButtonElement | null {
  const button = event.target instanceof Element ? event.target.closest("button") : null;
  return button && !button.disabled && button.closest("#root") ? button : null;
}

/**
 * The page's link to a part of itself that the app has not drawn yet ("Skip to key claims": the
 * claims come with the app), if an event is on one: followed now it would lead nowhere, so it is
 * held like a button, and the app takes the reader there once the part is drawn.
 */
function linkAhead(event: Event): HTMLAnchorElement | null {
  const link =
    event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
  const id = link?.getAttribute("href")?.slice(1);
  if (!link || !id || !link.closest("#root")) return null;
  // (A panel printed but not on screen, a phone's closed sheet, is the app's to open.)
  const closedPanel =
    link.closest(".panel-skips") !== null && !onScreen(document.getElementById(`${id}-heading`));
  return closedPanel || !document.getElementById(id) ? link : null;
}

/** Whether an element is drawn (not inside something hidden). */
const onScreen = (element: Element | null) => element !== null && element.getClientRects().length > 0;

/**
 * A skip link to a printed panel that is on screen ("Skip to speakers" on a desktop), if an event
 * is on one: its heading takes the focus now, as the app's own link does (the browser, following
 * the link, would scroll there and leave the keyboard's focus behind). True when it was done; a
 * panel not on screen (a phone's closed sheet) is held by `linkAhead` for the app to open.
 */
function focusPanelHeading(event: Event): boolean {
  const link =
    event.target instanceof Element
      ? event.target.closest<HTMLAnchorElement>(".panel-skips a[href^='#']")
      : null;
  const id = link?.getAttribute("href")?.slice(1);
  const heading = id ? document.getElementById(`${id}-heading`) : null;
  if (!link?.closest("#root") || !heading || !onScreen(heading)) return false;
  event.preventDefault();
  event.stopPropagation();
  heading.focus();
  return true;
}

interface HeldClicks {
  /** Stops holding clicks and hands over those held so far. */
  release(): HTMLElement[];
  /** Takes back the filter the page set itself: the buttons and the article as printed. */
  takeBack(): void;
}

/**
 * The article's `data-sel` after toggling one speaker, as the app's filter has it (`toggleSpeaker`,
 * `filterAttributes`): a speaker chosen is added at the end, one chosen already taken out; "" when
 * nobody is left.
 */
export function toggledSelection(selection: string, speakerId: string): string {
  const ids = selection.split(" ").filter((id) => id !== "");
  return (ids.includes(speakerId) ? ids.filter((id) => id !== speakerId) : [...ids, speakerId]).join(" ");
}

/** Sets the article's filter attributes to `selection` (the app's `filterAttributes`). */
function setSelection(article: HTMLElement, selection: string) {
  if (selection) {
    article.dataset.filtering = "";
    article.dataset.sel = selection;
  } else {
    delete article.dataset.filtering;
    delete article.dataset.sel;
  }
}

declare global {
  interface Window {
    __attributedHeldClicks?: HeldClicks;
  }
}

/** Starts holding clicks on buttons inside `#root`. Called by the page's first script. */
export function holdEarlyClicks() {
  const held: HTMLElement[] = [];
  /** The speakers' buttons the page has toggled itself. */
  const answered = new Set<HTMLElement>();
  const shield = (event: Event) => {
    if (pageButton(event)) event.stopPropagation();
  };
  const onClick = (event: MouseEvent) => {
    // "Skip to speakers" to a panel on screen: its heading takes the focus, as the app does it.
    if (focusPanelHeading(event)) return;
    const button = pageButton(event) ?? linkAhead(event);
    if (!button) return;
    event.preventDefault();
    event.stopPropagation();
    // (A click past the burst is neither held nor answered: the app replays what the page showed.)
    if (held.length >= MAX_HELD) return;
    held.push(button);
    const speakerId = button.classList.contains("legend-item") ? button.dataset.s : undefined;
    const article = document.querySelector<HTMLElement>("#root .article");
    if (speakerId && article && !new URLSearchParams(window.location.search).has("speaker")) {
      button.setAttribute("aria-pressed", String(button.getAttribute("aria-pressed") !== "true"));
      setSelection(article, toggledSelection(article.dataset.sel ?? "", speakerId));
      answered.add(button);
    }
    // The pointer shows that the click was taken and its answer is on the way (base.css).
    else document.documentElement.dataset.clickHeld = "";
  };
  document.addEventListener("click", onClick, true);
  for (const type of PRESS_EVENTS) document.addEventListener(type, shield, true);
  window.__attributedHeldClicks = {
    release() {
      document.removeEventListener("click", onClick, true);
      for (const type of PRESS_EVENTS) document.removeEventListener(type, shield, true);
      delete document.documentElement.dataset.clickHeld;
      window.__attributedHeldClicks = undefined;
      return held;
    },
    takeBack() {
      for (const button of answered) button.setAttribute("aria-pressed", "false");
      const article = document.querySelector<HTMLElement>("#root .article");
      if (article && answered.size > 0) setSelection(article, "");
    },
  };
}

/**
 * Stops holding clicks and replays those held on the buttons still on the page. Called once the app
 * has hydrated the page.
 */
export function replayEarlyClicks(): Promise<void> {
  // One click a microtask: React renders a click's update in a microtask, so each handler reads what
  // the click before it left (two speakers toggled early are two speakers chosen, not the last one),
  // and the page still paints nothing in between.
  return (window.__attributedHeldClicks?.release() ?? []).reduce(
    (previous, button) =>
      previous.then(() => {
        if (button.isConnected) button.click();
      }),
    Promise.resolve(),
  );
}

/**
 * Forgets held clicks, and takes back the filter the page set itself: the page is rendered afresh
 * (the buttons clicked are gone), or the app cannot replay the clicks on the speakers' buttons.
 */
export function dropEarlyClicks() {
  window.__attributedHeldClicks?.takeBack();
  window.__attributedHeldClicks?.release();
}
