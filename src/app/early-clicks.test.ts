// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { dropEarlyClicks, holdEarlyClicks, replayEarlyClicks } from "./early-clicks";

function page() {
  document.body.innerHTML = `
    <div id="root"><p>Text <button id="a">A</button> <button id="b"><span id="b-icon">B</span></button>
    <button id="off" disabled>Off</button> <a id="link" href="#p2">Paragraph 2</a></p></div>
    <button id="outside">Outside</button>`;
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  return { byId };
}

afterEach(() => {
  dropEarlyClicks();
  document.body.innerHTML = "";
});

describe("early clicks", () => {
  it("holds clicks on the page's buttons and replays them in order once the app is there", () => {
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
    replayEarlyClicks();
    expect(seen).toEqual(["a", "b", "a"]);
    expect(document.documentElement.dataset.clickHeld).toBeUndefined();
    // Held no longer: later clicks go straight through, once.
    byId("b").click();
    expect(seen).toEqual(["a", "b", "a", "b"]);
  });

  it("leaves links, disabled buttons and buttons outside the app alone", () => {
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
    replayEarlyClicks();
    expect(onClick).not.toHaveBeenCalled();
  });

  it("holds a burst, not an unbounded queue, and skips buttons no longer on the page", () => {
    const { byId } = page();
    holdEarlyClicks();
    byId("b").click();
    for (let i = 0; i < 20; i++) byId("a").click();
    byId("b").remove();
    const onClick = vi.fn();
    document.addEventListener("click", onClick);
    replayEarlyClicks();
    // Eight held (b, then a seven times); b is gone.
    expect(onClick).toHaveBeenCalledTimes(7);
    expect(onClick.mock.calls.every(([event]) => (event.target as HTMLElement).id === "a")).toBe(true);
  });

  it("drops held clicks when the page is rendered afresh", () => {
    const { byId } = page();
    holdEarlyClicks();
    byId("a").click();
    const onClick = vi.fn();
    document.addEventListener("click", onClick);
    dropEarlyClicks();
    replayEarlyClicks();
    expect(onClick).not.toHaveBeenCalled();
    byId("a").click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
