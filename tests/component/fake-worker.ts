/**
 * jsdom has no Web Workers. This stands in for the import's worker with the same messages, running
 * the same ingest module in the page, so the library's code path is the real one up to `new Worker`.
 */
import { IngestError, ingest } from "../../src/ingest";

type Listener = ((event: MessageEvent) => void) | null;

export class FakeIngestWorker {
  onmessage: Listener = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  static created = 0;
  /** How long the extraction takes to start: long enough to cancel it, when a test says so. */
  static delayMs = 0;

  constructor(url: URL | string) {
    if (!String(url).includes("ingest.worker")) throw new Error(`unexpected worker ${String(url)}`);
    FakeIngestWorker.created++;
  }

  postMessage(data: { text: string; name?: string }) {
    const send = (message: unknown) => {
      if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent);
    };
    setTimeout(async () => {
      try {
        const article = await ingest(data.text, {
          ...(data.name ? { name: data.name } : {}),
          onProgress: (fraction) => send({ type: "progress", fraction }),
        });
        send({ type: "done", article });
      } catch (error) {
        send(
          error instanceof IngestError
            ? { type: "error", kind: error.kind, message: error.message }
            : { type: "error", kind: "internal", message: String(error) },
        );
      }
    }, FakeIngestWorker.delayMs);
  }

  terminate() {
    this.terminated = true;
  }
}
