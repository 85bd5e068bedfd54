/**
 * Where opening an article stands, as a pure reducer: idle, reading it (with how far the extraction
 * has got and a way to cancel), or refused, with the refusal said next to the box that caused it.
 */

/** The box an input came from. */
export type ImportBox = "paste" | "file" | "address";

export type ImportJob =
  | { state: "idle" }
  | { state: "working"; fraction: number | null; controller: AbortController }
  | { state: "failed"; message: string; from: ImportBox };

export type ImportJobEvent =
  | { type: "start"; controller: AbortController }
  | { type: "progress"; fraction: number }
  | { type: "done" }
  | { type: "refused"; message: string; from: ImportBox }
  /** The reader edits the box a refusal is about: the refusal goes. */
  | { type: "edited"; box: ImportBox };

export const IDLE: ImportJob = { state: "idle" };

export function importJobReducer(job: ImportJob, event: ImportJobEvent): ImportJob {
  switch (event.type) {
    case "start":
      return { state: "working", fraction: null, controller: event.controller };
    case "progress":
      // (A late report from a job that has ended changes nothing.)
      return job.state === "working" ? { ...job, fraction: event.fraction } : job;
    case "done":
      return IDLE;
    case "refused":
      return { state: "failed", message: event.message, from: event.from };
    case "edited":
      return job.state === "failed" && job.from === event.box ? IDLE : job;
  }
}
