/**
 * The import's extraction, off the page's main thread: the same steps as the command line
 * (src/ingest), so a long article never freezes the page, and cancelling is ending the worker.
 *
 * In: { text, name }. Out: { type: "progress", fraction } now and then, then { type: "done", article }
 * or { type: "error", kind, message }.
 */
import { IngestError, ingest } from "../ingest";

interface Scope {
  onmessage: ((event: MessageEvent<{ text: string; name?: string }>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = self as unknown as Scope;

scope.onmessage = async (event) => {
  const { text, name } = event.data;
  let last = 0;
  try {
    const article = await ingest(text, {
      ...(name ? { name } : {}),
      onProgress: (fraction) => {
        // A message per percent at most: enough for a progress bar.
        if (fraction - last < 0.01 && fraction < 1) return;
        last = fraction;
        scope.postMessage({ type: "progress", fraction });
      },
    });
    scope.postMessage({ type: "done", article });
  } catch (error) {
    scope.postMessage(
      error instanceof IngestError
        ? { type: "error", kind: error.kind, message: error.message }
        : {
            type: "error",
            kind: "internal",
            message: error instanceof Error ? error.message : String(error),
          },
    );
  }
};
