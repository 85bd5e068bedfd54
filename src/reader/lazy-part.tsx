/**
 * Parts of the app that load the first time they are drawn, and what a reader sees when one cannot
 * load: offline, or after a deploy has replaced the file it names. The part says so where it would
 * have appeared, with a retry; the article and the reading position stay. A failure while online is
 * most often a stale file name after a deploy (or a browser that keeps a failed import for the page's
 * life), so the page reloads itself once, at the same paragraph, before the part gives up.
 */
import { Component, type ComponentType, lazy, type ReactNode, type RefObject, useRef } from "react";
import { usePlacedPanel } from "./use-placed-panel";

/** A part's file could not be fetched (or did not run). */
export class PartLoadError extends Error {}

/** The moment the page last reloaded itself for a part, kept for the tab's session. */
const RELOADED_AT = "attributed:reloaded-for-part";

/**
 * Whether to try a fresh page for a part that failed while the browser says it is online: at most
 * once a minute on its own (a second failure is not a stale file), always when the reader asked.
 */
function shouldReload(asked: boolean): boolean {
  if (!navigator.onLine) return false;
  const now = Date.now();
  try {
    if (!asked && now - Number(sessionStorage.getItem(RELOADED_AT)) < 60_000) return false;
    sessionStorage.setItem(RELOADED_AT, String(now));
    return true;
  } catch {
    return asked; // nowhere to remember it: reloading on its own could repeat forever
  }
}

/** A lazily loaded component that can fetch its file ahead of use and try again after a failure. */
export type LazyPart<P> = ComponentType<P> & {
  /** Fetches the file while the page is idle, so the part opens at once (and offline later). */
  prefetch: () => void;
  /**
   * Fetches the file now: resolves to whether it came. Once it has, the part is drawn without
   * suspending, as hydration needs for a part the page was printed with (one still suspended keeps
   * its printed markup inert, and a click on it would be lost).
   */
  preload: () => Promise<boolean>;
  /** After a failure: tries the file again, then a fresh page. */
  retry: () => void;
};

export function lazyPart<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): LazyPart<P> {
  type Module = { default: ComponentType<P> };
  let loaded: Module | null = null;
  const fetchPart = () =>
    load().then((module) => {
      loaded = module;
      return module;
    });
  const attempt = (asked: boolean, styled: Promise<unknown> = Promise.resolve()) =>
    lazy(() =>
      // A file already here is handed over by a thenable that answers at once, so React renders the
      // part in the same pass (a promise would answer a microtask later, after React has suspended).
      loaded
        ? // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose (React's lazy accepts one).
          ({ then: (resolve: (module: Module) => void) => resolve(loaded as Module) } as Promise<Module>)
        : styled.then(fetchPart).catch((cause: unknown) => {
            if (!shouldReload(asked)) throw new PartLoadError(String(cause), { cause });
            // The place is written down first (its code is fetched with the reader's parts, so it is
            // here even when the deploy has removed its file), then the page is fetched afresh.
            import("./place")
              .then((place) => place.rememberPlace())
              .catch(() => {})
              .finally(() => window.location.reload());
            return new Promise<never>(() => {});
          }),
    );
  let current = attempt(false);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per part, at module level, never during a render
  const Part = (props: P) => {
    const Loaded = current;
    return <Loaded {...props} />;
  };
  return Object.assign(Part, {
    prefetch: () => {
      if (navigator.onLine) fetchPart().catch(() => {});
    },
    preload: () =>
      fetchPart().then(
        () => true,
        () => false,
      ),
    retry: () => {
      // A stylesheet that failed with the part is put back (the loader would not add it twice), and
      // the part waits for it: drawn before its rules, a panel showed unstyled, out of its place.
      const restyled: Promise<unknown>[] = [];
      for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
        if (!stylesheetArrived(link)) {
          const fresh = link.cloneNode() as HTMLLinkElement;
          restyled.push(
            new Promise((settled) => {
              fresh.onload = settled;
              fresh.onerror = settled;
            }),
          );
          link.replaceWith(fresh);
        }
      current = attempt(true, Promise.all(restyled));
    },
  });
}

/**
 * Whether a linked stylesheet came: one that failed has no sheet, or (in Chromium, when the request
 * failed outright, offline) a sheet whose rules cannot be read.
 */
function stylesheetArrived(link: HTMLLinkElement): boolean {
  try {
    return link.sheet !== null && link.sheet.cssRules !== null;
  } catch {
    return false;
  }
}

/** Runs `task` when the page is idle (after the first paint and the work that follows it). */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 2000);
  return () => clearTimeout(id);
}

interface PartBoundaryProps {
  /** What failed, for the message: "the link panel". */
  what: string;
  /** The parts inside; each is retried. */
  parts: readonly { retry: () => void }[];
  children: ReactNode;
  /**
   * Draws the message in the part's place (a block in the flow when omitted); a part not needed to
   * read (a hover tip) draws nothing.
   */
  place?: (message: ReactNode) => ReactNode;
}

/**
 * Catches a part that cannot load and shows "Couldn't load … — check your connection" with a retry
 * in its place. Any other error goes on to the page's own boundary.
 */
export class PartBoundary extends Component<PartBoundaryProps, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  retry = () => {
    for (const part of this.props.parts) part.retry();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (!(error instanceof PartLoadError)) throw error;
    const message = (
      <div className="part-unavailable" role="alert">
        <p>
          Couldn’t load {this.props.what} —{" "}
          {navigator.onLine ? "try again in a moment." : "check your connection."}
        </p>
        <button type="button" onClick={this.retry}>
          Retry
        </button>
      </div>
    );
    return this.props.place ? this.props.place(message) : message;
  }
}

/**
 * The message for a panel that opens next to a control (a quote's badge): placed where the panel
 * would have been, without moving the page; Escape or a press elsewhere closes it.
 */
export function PlacedMessage({
  label,
  anchor,
  container,
  onClose,
  children,
}: {
  /** The panel's name: "Link panel". */
  label: string;
  anchor: HTMLElement;
  container: RefObject<HTMLElement | null>;
  onClose: (returnFocus: boolean) => void;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  usePlacedPanel(box, anchor, container, onClose);
  return (
    <div ref={box} className="part-unavailable--placed" role="dialog" aria-label={label}>
      {children}
    </div>
  );
}
