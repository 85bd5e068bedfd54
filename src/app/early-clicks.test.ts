// @vitest-environment jsdom
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { filterAttributes, type SpeakerFilter, toggleSpeaker } from "../reader/filter";
import { dropEarlyClicks, holdEarlyClicks, replayEarlyClicks, toggledSelection } from "./early-clicks";

function page() {
  document.body.innerHTML = `
    <div id="root"><p>Text <button id="a">A</button> <button id="b"><span id="b-icon">B</span></button>
    <button id="off" disabled>Off</button> <a id="link" href="#p2">Paragraph 2</a>
    <a id="ahead" href="#claims">Skip to key claims</a></p><p id="p2">Two</p></div>
    <button id="outside">Outside</button>`;
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  return { byId };
}

afterEach(() => {
  dropEarlyClicks();
  document.body.innerHTML = "";
});

describe("early clicks", () => {
  it("holds clicks on the page's buttons and replays them in order once the app is there", async () => {
    const { byId } = page();
    const seen: string[] = [];
    holdEarlyClicks();
    byId("a").click();
    byId("b-icon").click();
    byId("a").click();
    expect(seen).toEqual([]);
    expect(document.documentElement.dataset.clickHeld).toBe("");
    // The app's handlers arrive with hydration.
    document.addEventListener("click", (event) => seen.push((event.target as HTMLElement).id));
    await replayEarlyClicks();
    expect(seen).toEqual(["a", "b", "a"]);
    expect(document.documentElement.dataset.clickHeld).toBeUndefined();
    // Held no longer: later clicks go straight through, once.
    byId("b").click();
    expect(seen).toEqual(["a", "b", "a", "b"]);
  });

  it("leaves links, disabled buttons and buttons outside the app alone", async () => {
    const { byId } = page();
    holdEarlyClicks();
    const link = new MouseEvent("click", { bubbles: true, cancelable: true });
    byId("link").dispatchEvent(link);
    expect(link.defaultPrevented).toBe(false);
    const outside = new MouseEvent("click", { bubbles: true, cancelable: true });
    byId("outside").dispatchEvent(outside);
    expect(outside.defaultPrevented).toBe(false);
    const onClick = vi.fn();
    document.addEventListener("click", onClick);
    await replayEarlyClicks();
    expect(onClick).not.toHaveBeenCalled();
  });

  it("holds a link to a part of the page not drawn yet, and replays it once the app is there", async () => {
    const { byId } = page();
    holdEarlyClicks();
    const early = new MouseEvent("click", { bubbles: true, cancelable: true });
    byId("ahead").dispatchEvent(early);
    expect(early.defaultPrevented).toBe(true);
    expect(window.location.hash).toBe("");
    const seen: string[] = [];
    document.addEventListener("click", (event) => seen.push((event.target as HTMLElement).id));
    await replayEarlyClicks();
    expect(seen).toEqual(["ahead"]);
  });

  it("holds a burst, not an unbounded queue, and skips buttons no longer on the page", async () => {
    const { byId } = page();
    holdEarlyClicks();
    byId("b").click();
    for (let i = 0; i < 20; i++) byId("a").click();
    byId("b").remove();
    const onClick = vi.fn();
    document.addEventListener("click", onClick);
    await replayEarlyClicks();
    // Eight held (b, then a seven times); b is gone.
    expect(onClick).toHaveBeenCalledTimes(7);
    expect(onClick.mock.calls.every(([event]) => (event.target as HTMLElement).id === "a")).toBe(true);
  });

  it("drops held clicks when the page is rendered afresh", async () => {
    const { byId } = page();
    holdEarlyClicks();
    byId("a").click();
    const onClick = vi.fn();
    document.addEventListener("click", onClick);
    dropEarlyClicks();
    await replayEarlyClicks();
    expect(onClick).not.toHaveBeenCalled();
    byId("a").click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

/** A printed page with a legend of three speakers and an unfiltered article. */
function legendPage() {
  document.body.innerHTML = `
    <div id="root"><main><article class="article"><p><span class="q" data-s="zarif">“No.”</span></p></article></main>
    <aside><ul>${["khamenei", "zarif", "trump"]
      .map(
        (id) =>
          `<li><button class="legend-item" aria-pressed="false" data-s="${id}"><span>${id}</span></button></li>`,
      )
      .join("")}</ul><button id="clear" disabled>Clear filter</button></aside></div>`;
  const speaker = (id: string) => document.querySelector(`.legend-item[data-s="${id}"]`) as HTMLButtonElement;
  const article = document.querySelector(".article") as HTMLElement;
  const pressed = () =>
    [...document.querySelectorAll(".legend-item[aria-pressed='true']")].map(
      (b) => (b as HTMLElement).dataset.s,
    );
  return { speaker, article, pressed };
}

describe("a speaker's button clicked before the app has taken the page over", () => {
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("is answered at once, as the app answers it: pressed, and the article filtered by that speaker", async () => {
    const { speaker, article, pressed } = legendPage();
    holdEarlyClicks();
    speaker("zarif").querySelector("span")?.click();
    expect(speaker("zarif").getAttribute("aria-pressed")).toBe("true");
    expect(article.dataset.sel).toBe("zarif");
    expect(article.dataset.filtering).toBe("");
    // Answered, so the pointer does not say an answer is on the way.
    expect(document.documentElement.dataset.clickHeld).toBeUndefined();
    speaker("trump").click();
    speaker("zarif").click();
    expect(pressed()).toEqual(["trump"]);
    expect(article.dataset.sel).toBe("trump");
    speaker("trump").click();
    expect(pressed()).toEqual([]);
    expect(article.hasAttribute("data-sel")).toBe(false);
    expect(article.hasAttribute("data-filtering")).toBe(false);
    // The clicks are held all the same: the app replays them, and so arrives where the page is.
    const replayed: string[] = [];
    document.addEventListener("click", (e) => replayed.push((e.target as HTMLElement).dataset.s ?? ""));
    await replayEarlyClicks();
    expect(replayed).toEqual(["zarif", "trump", "zarif", "trump"]);
  });

  it("keeps the press from the app while it hydrates, so React does not hydrate the whole page first", () => {
    const { speaker } = legendPage();
    holdEarlyClicks();
    const seen: string[] = [];
    const root = document.getElementById("root") as HTMLElement;
    for (const type of ["pointerdown", "mousedown", "keydown", "click"])
      root.addEventListener(type, () => seen.push(type), true);
    speaker("zarif").dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    speaker("zarif").dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
    speaker("zarif").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    speaker("zarif").click();
    expect(seen).toEqual([]);
    // Not on a disabled button, which the page does not hold.
    document.getElementById("clear")?.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    expect(seen).toEqual(["pointerdown"]);
    dropEarlyClicks();
    speaker("zarif").dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    expect(seen).toEqual(["pointerdown", "pointerdown"]);
  });

  it("is held, not answered, when the address asks for a filter the printed page does not show", () => {
    window.history.replaceState(null, "", "/a/seed?speaker=zarif");
    const { speaker, article } = legendPage();
    holdEarlyClicks();
    speaker("trump").click();
    expect(speaker("trump").getAttribute("aria-pressed")).toBe("false");
    expect(article.hasAttribute("data-sel")).toBe(false);
    expect(document.documentElement.dataset.clickHeld).toBe("");
  });

  it("is taken back when the app cannot replay it, and past a burst is neither held nor answered", () => {
    const { speaker, article, pressed } = legendPage();
    holdEarlyClicks();
    for (let i = 0; i < 8; i++) speaker("khamenei").click();
    speaker("zarif").click();
    expect(pressed()).toEqual([]);
    speaker("trump").click();
    speaker("khamenei").click();
    expect(pressed()).toEqual([]);
    expect(article.hasAttribute("data-sel")).toBe(false);
    dropEarlyClicks();
    expect(article.hasAttribute("data-sel")).toBe(false);
    const printed = legendPage();
    holdEarlyClicks();
    printed.speaker("trump").click();
    printed.speaker("zarif").click();
    dropEarlyClicks();
    expect(printed.pressed()).toEqual([]);
    expect(printed.article.hasAttribute("data-sel")).toBe(false);
    expect(printed.article.hasAttribute("data-filtering")).toBe(false);
  });
});

describe("toggledSelection", () => {
  it("sets the article's selection the way the app's filter does, for any run of toggles", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("khamenei", "zarif", "trump", "araghchi")), (toggles) => {
        let filter: SpeakerFilter = { speakers: [], only: false };
        let selection = "";
        for (const id of toggles) {
          filter = toggleSpeaker(filter, id);
          selection = toggledSelection(selection, id);
          expect(selection).toBe(filterAttributes(filter)["data-sel"] ?? "");
        }
      }),
    );
  });
});
