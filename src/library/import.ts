/**
 * Bringing an article in: pasted text, a dropped or picked file (.txt, .html, .json), or an article's
 * JSON at an address. Text and HTML are extracted in a Web Worker (ingest.worker.ts, loaded only when
 * needed); JSON is validated like any article. The same limits as the command line apply, and every
 * refusal is an ImportError with a sentence the page can show as it is.
 */
import { type Article, parseArticle } from "../article";
import {
  decodeInput,
  FILE_EXTENSIONS,
  fileKind,
  MAX_INPUT_BYTES,
  MAX_INPUT_MB,
  megabytes,
} from "../ingest/input";
import { type ArticleSummary, freeId, type LocalArticle, type LocalOrigin, putLocal } from "./store";

/** The largest input accepted, as for the command line: news articles are far smaller. */
export const MAX_IMPORT_MB = MAX_INPUT_MB;

/** What the file picker offers: every kind of file an article can come in, by extension and type. */
export const ACCEPTED_FILES = [
  ...Object.values(FILE_EXTENSIONS).flat(),
  "text/plain",
  "text/html",
  "application/json",
].join(",");

/** A refused import, with the reason in words. */
export class ImportError extends Error {
  override name = "ImportError";
}

/** How far an extraction has got. */
export type ProgressListener = (fraction: number) => void;

/** An input ready to import: its text, and whether it is an article's JSON. */
export interface ImportInput {
  text: string;
  name?: string;
  json: boolean;
}

/** Decodes a file's bytes: UTF-8 text only, within the size limit, as the command line does. */
function decodeFile(bytes: Uint8Array, name: string): ImportInput {
  const decoded = decodeInput(bytes);
  if ("refused" in decoded)
    throw new ImportError(
      {
        empty: `${name} is empty.`,
        "too-large": `${name} is ${megabytes(bytes.length)}; articles of up to ${MAX_IMPORT_MB} MB can be opened.`,
        binary: `${name} is not a text file: open a .txt, .html or .json file.`,
        "not-utf8": `${name} is not UTF-8 text.`,
      }[decoded.refused],
    );
  const { text } = decoded;
  if (!text.trim()) throw new ImportError(`${name} has no text.`);
  // JSON by its name, or by its first character when the name does not say.
  const kind = fileKind(name);
  const json = kind === "json" || (kind === undefined && /^\s*\{/.test(text));
  return { text, name, json };
}

/** Reads a picked or dropped file. */
export async function readFileInput(file: File): Promise<ImportInput> {
  if (file.size > MAX_INPUT_BYTES)
    throw new ImportError(
      `${file.name} is ${megabytes(file.size)}; articles of up to ${MAX_IMPORT_MB} MB can be opened.`,
    );
  return decodeFile(new Uint8Array(await file.arrayBuffer()), file.name);
}

/** An article from its JSON, checked like any article; broken items are dropped, as the reader does. */
export function articleFromJson(text: string, name = "The file"): Article {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(
      `${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const result = parseArticle(data);
  if (!result.ok)
    throw new ImportError(
      `${name} is JSON, but not an article saved by this app (its “Download JSON” or its command line make those). To read an article, paste its text or its web page.`,
    );
  return result.article;
}

/** Extracts an article from text or HTML in a worker. `signal` cancels it. */
export function extractInWorker(
  input: { text: string; name?: string },
  onProgress?: ProgressListener,
  signal?: AbortSignal,
): Promise<Article> {
  return new Promise<Article>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException("Cancelled", "AbortError"));
      return;
    }
    const worker = new Worker(new URL("./ingest.worker.ts", import.meta.url), { type: "module" });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener("abort", abort);
    };
    const abort = () => {
      finish();
      reject(new DOMException("Cancelled", "AbortError"));
    };
    signal?.addEventListener("abort", abort);
    worker.onmessage = (event: MessageEvent) => {
      const message = event.data as
        | { type: "progress"; fraction: number }
        | { type: "done"; article: Article }
        | { type: "error"; kind: string; message: string };
      if (message.type === "progress") {
        onProgress?.(message.fraction);
        return;
      }
      finish();
      if (message.type === "done") resolve(message.article);
      else
        reject(
          new ImportError(
            message.kind === "no-article"
              ? "No article was found in this page: it may be a front page, a list of links, or need JavaScript to show its text."
              : message.kind === "blank"
                ? "There is no text to read."
                : message.kind === "no-paragraphs"
                  ? "This doesn’t look like an article: there are no sentences to read. Paste the whole article, headline first, or its web page."
                  : `The article could not be read (${message.message}).`,
          ),
        );
    };
    worker.onerror = (event) => {
      finish();
      reject(new ImportError(`The article could not be read (${event.message || "the extractor stopped"}).`));
    };
    worker.postMessage(input);
  });
}

/** Turns an input into an article: JSON is checked, text and HTML are extracted. */
export async function articleFromInput(
  input: ImportInput,
  onProgress?: ProgressListener,
  signal?: AbortSignal,
): Promise<Article> {
  if (input.json) return articleFromJson(input.text, input.name);
  return extractInWorker(
    { text: input.text, ...(input.name ? { name: input.name } : {}) },
    onProgress,
    signal,
  );
}

/** Keeps an article in the library under an id of its own; returns what was stored. */
export async function saveToLibrary(article: Article, origin: LocalOrigin): Promise<LocalArticle> {
  const id = await freeId(article.id);
  const record: LocalArticle = {
    id,
    article: { ...article, id },
    origin,
    savedAt: new Date().toISOString(),
  };
  await putLocal(record);
  return record;
}

export type { ArticleSummary };
