/**
 * The reader's own articles, kept in this browser (IndexedDB): what they imported by pasting text,
 * dropping a file or opening an address, with the edits they made. A few calls over the raw API
 * rather than a wrapper library: one object store, keyed by article id.
 */
import type { Article } from "../article";

/** How an article came into the library. */
export interface LocalOrigin {
  kind: "paste" | "file" | "url";
  /** The file's name, for `file`. */
  name?: string;
  /** The address it was read from, for `url`. */
  url?: string;
}

/** One imported article, as stored. */
export interface LocalArticle {
  id: string;
  /** The article in the public format, edits applied. */
  article: Article;
  origin: LocalOrigin;
  /** ISO timestamps. */
  savedAt: string;
  editedAt?: string;
}

/** What the library lists for an article. */
export interface ArticleSummary {
  id: string;
  title: string;
  source?: string;
  publishedAt?: string;
  speakers: number;
  quotes: number;
}

/** A storage failure the reader should hear about (private mode, quota, a blocked upgrade). */
export class StorageError extends Error {
  override name = "StorageError";
}

const DB_NAME = "attributed";
const DB_VERSION = 1;
const STORE = "articles";

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  if (opening) return opening;
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(new StorageError("This browser keeps no local storage for articles."));
      return;
    }
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: "id" });
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the database: let it, and open again next time.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () =>
      reject(
        new StorageError(`This browser’s storage could not be opened (${request.error?.name ?? "error"}).`),
      );
    request.onblocked = () => reject(new StorageError("Close the app’s other tabs, then try again."));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request.result);
        const fail = () => {
          const error = transaction.error ?? request.error;
          reject(
            new StorageError(
              error?.name === "QuotaExceededError"
                ? "This browser’s storage is full: delete an article from the library, then try again."
                : `This browser’s storage failed (${error?.name ?? "error"}).`,
            ),
          );
        };
        transaction.onerror = fail;
        transaction.onabort = fail;
      }),
  );
}

/** The summary the library lists for an article. */
export function summarize(article: Article): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    ...(article.source.name ? { source: article.source.name } : {}),
    ...(article.source.publishedAt ? { publishedAt: article.source.publishedAt } : {}),
    speakers: article.speakers.length,
    quotes: article.quotes.length,
  };
}

/** Every stored article, newest first. */
export async function listLocal(): Promise<LocalArticle[]> {
  const all = await run("readonly", (store) => store.getAll() as IDBRequest<LocalArticle[]>);
  return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** One stored article, or undefined. */
export function getLocal(id: string): Promise<LocalArticle | undefined> {
  return run("readonly", (store) => store.get(id) as IDBRequest<LocalArticle | undefined>);
}

/** Stores (or replaces) an article. */
export async function putLocal(record: LocalArticle): Promise<void> {
  await run("readwrite", (store) => store.put(record));
}

/** Removes an article. */
export async function deleteLocal(id: string): Promise<void> {
  await run("readwrite", (store) => store.delete(id));
}

/** An id for a new article: its own if free, else with the first free number after it. */
export async function freeId(wanted: string): Promise<string> {
  const taken = new Set((await listLocal()).map((a) => a.id));
  if (!taken.has(wanted)) return wanted;
  const base = wanted.replace(/-\d+$/, "").slice(0, 58).replace(/-+$/, "") || "article";
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Forgets the open connection (tests start from a fresh database). */
export function closeStore() {
  void opening?.then((db) => db.close()).catch(() => {});
  opening = null;
}
