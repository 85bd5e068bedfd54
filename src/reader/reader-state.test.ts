import { describe, expect, it } from "vitest";
import type { Claim } from "../article";
import {
  filterKeyOf,
  initialReaderState,
  NO_IDS,
  type OpenActions,
  readerReducer,
  revealedUnder,
  shownFilter,
} from "./reader-state";

const none = { speakers: [], only: false };
const zarif = { speakers: ["zarif"], only: false };
const onlyZarif = { speakers: ["zarif"], only: true };
const claim = { id: "c1", text: "A claim", speakerId: null, paragraphIds: ["p2"] } as Claim;
const panel = { type: "quote", id: "q1", anchor: {} } as unknown as OpenActions;
const start = () => initialReaderState(filterKeyOf(none));

describe("the reader's state", () => {
  it("shows a chosen filter until the address says something else, which then wins", () => {
    let s = readerReducer(start(), { type: "choose-filter", filter: zarif });
    expect(shownFilter(s, none)).toBe(zarif);
    // The address catches up: the chosen filter is forgotten, the address's shown (the same speakers).
    s = readerReducer(s, { type: "address", filterKey: filterKeyOf(zarif) });
    expect(s.chosen).toBeNull();
    expect(shownFilter(s, zarif)).toBe(zarif);
    // Back: the address's filter again, never the one chosen before.
    s = readerReducer(s, { type: "address", filterKey: filterKeyOf(none) });
    expect(shownFilter(s, none)).toBe(none);
    // The same address again changes nothing (no re-render).
    expect(readerReducer(s, { type: "address", filterKey: filterKeyOf(none) })).toBe(s);
  });

  it("closes the link panel when the filter changes, and when asked", () => {
    let s = readerReducer(start(), { type: "open-panel", panel });
    expect(s.panel).toBe(panel);
    s = readerReducer(s, { type: "choose-filter", filter: zarif });
    expect(s.panel).toBeNull();
    s = readerReducer(readerReducer(s, { type: "open-panel", panel }), { type: "close-panel" });
    expect(s.panel).toBeNull();
    // Closing what is closed changes nothing (no re-render).
    expect(readerReducer(s, { type: "close-panel" })).toBe(s);
  });

  it("keeps revealed paragraphs for the filter they were revealed under only", () => {
    const key = filterKeyOf(onlyZarif);
    let s = readerReducer(start(), { type: "reveal", key, ids: ["p1"] });
    s = readerReducer(s, { type: "reveal", key, ids: ["p3"] });
    expect([...revealedUnder(s, key)]).toEqual(["p1", "p3"]);
    expect(revealedUnder(s, filterKeyOf(none))).toBe(NO_IDS);
    // Revealing under another filter starts afresh.
    s = readerReducer(s, { type: "reveal", key: filterKeyOf(zarif), ids: ["p9"] });
    expect([...revealedUnder(s, filterKeyOf(zarif))]).toEqual(["p9"]);
    expect(revealedUnder(s, key)).toBe(NO_IDS);
  });

  it("opens the claims sheet on a phone for a claim marker, showing every claim if the filter hides it", () => {
    const key = filterKeyOf(onlyZarif);
    const wide = readerReducer(start(), {
      type: "claim-marker",
      id: "c1",
      filterKey: key,
      listed: true,
      narrow: false,
    });
    expect(wide).toMatchObject({ sheet: null, showAllFor: null, claimFocus: { id: "c1", n: 1 } });
    const phone = readerReducer(wide, {
      type: "claim-marker",
      id: "c1",
      filterKey: key,
      listed: false,
      narrow: true,
    });
    // The same claim again is a new request (n), so its highlight runs again.
    expect(phone).toMatchObject({ sheet: "claims", showAllFor: key, claimFocus: { id: "c1", n: 2 } });
  });

  it("closes a sheet to follow a claim on a phone, and every sheet when the screen widens", () => {
    let s = readerReducer(start(), { type: "sheet", sheet: "claims" });
    s = readerReducer(s, { type: "follow-claim", claim, narrow: true });
    expect(s).toMatchObject({ sheet: null, followed: { claim, n: 1 } });
    s = readerReducer(s, { type: "sheet", sheet: "speakers" });
    expect(readerReducer(s, { type: "screen", narrow: true }).sheet).toBe("speakers");
    expect(readerReducer(s, { type: "screen", narrow: false }).sheet).toBeNull();
  });

  it("counts each request to go somewhere, and forgets it on arrival", () => {
    let s = readerReducer(start(), { type: "open-panel", panel });
    s = readerReducer(s, { type: "go-to", ids: ["quote-q2", "para-p2"], how: "jump" });
    expect(s).toMatchObject({ panel, pending: { ids: ["quote-q2", "para-p2"], how: "jump", n: 1 } });
    s = readerReducer(s, { type: "go-to", ids: ["para-p4"], how: "glide", closePanel: true });
    expect(s).toMatchObject({ panel: null, pending: { n: 2, how: "glide" } });
    s = readerReducer(s, { type: "arrived" });
    expect(s.pending).toBeNull();
    expect(readerReducer(s, { type: "arrived" })).toBe(s);
  });
});
