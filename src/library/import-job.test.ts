import { describe, expect, it } from "vitest";
import { IDLE, importJobReducer } from "./import-job";

describe("opening an article", () => {
  it("reads with progress, then ends; a late report changes nothing", () => {
    const controller = new AbortController();
    let job = importJobReducer(IDLE, { type: "start", controller });
    expect(job).toEqual({ state: "working", fraction: null, controller });
    job = importJobReducer(job, { type: "progress", fraction: 0.5 });
    expect(job).toMatchObject({ state: "working", fraction: 0.5 });
    job = importJobReducer(job, { type: "done" });
    expect(job).toBe(IDLE);
    expect(importJobReducer(job, { type: "progress", fraction: 0.9 })).toBe(IDLE);
  });

  it("keeps a refusal next to its box until that box is edited", () => {
    const job = importJobReducer(IDLE, { type: "refused", message: "No text.", from: "paste" });
    expect(job).toEqual({ state: "failed", message: "No text.", from: "paste" });
    expect(importJobReducer(job, { type: "edited", box: "address" })).toBe(job);
    expect(importJobReducer(job, { type: "edited", box: "paste" })).toBe(IDLE);
  });
});
