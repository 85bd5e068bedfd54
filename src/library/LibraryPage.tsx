import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type MouseEvent, useEffect, useId, useRef, useState } from "react";
import { formatArticleDate } from "../article";
import { articleIndexUrl } from "./article-list";
import { downloadArticle } from "./download";
import { articleFromInput, ImportError, type ImportInput, MAX_IMPORT_MB, readFileInput } from "./import";
import { bundledListQuery, myArticlesQuery, useDeleteArticle, useSaveArticle } from "./queries";
import { type ArticleSummary, type LocalArticle, StorageError, summarize } from "./store";
import "./library.css";

export interface LibraryPageProps {
  /** App path → href (adds the base path). */
  hrefFor: (appPath: string) => string;
  /** Goes to an app path. */
  navigate: (appPath: string) => void;
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
}

type Job =
  | { state: "idle" }
  | { state: "working"; fraction: number | null; controller: AbortController }
  /** Said next to the box that caused it: the pasted text, the file drop, or the address. */
  | { state: "failed"; message: string; from: "paste" | "file" | "address" };

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "Al Jazeera · 13 Aug 2018 · 5 speakers · 18 quotes". */
function Details({ summary }: { summary: ArticleSummary }) {
  const parts = [
    summary.source,
    formatArticleDate(summary.publishedAt, "short"),
    plural(summary.speakers, "speaker"),
    plural(summary.quotes, "quote"),
  ].filter(Boolean);
  return <p className="library-details">{parts.join(" · ")}</p>;
}

/**
 * The library: open an article (paste, drop or pick a file, or an address), the reader's own
 * articles, and the ones that come with the app. Loaded the first time someone opens it.
 */
export default function LibraryPage({ hrefFor, navigate, onNavigate }: LibraryPageProps) {
  const bundled = useQuery(bundledListQuery());
  const mine = useQuery(myArticlesQuery());
  const save = useSaveArticle();
  const deletion = useDeleteArticle();
  const [job, setJob] = useState<Job>({ state: "idle" });
  const [pasted, setPasted] = useState("");
  const [address, setAddress] = useState("");
  const [dragging, setDragging] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  /** Where focus goes once the list has re-rendered (a control replaced by another, a deleted item). */
  const [focusNext, setFocusNext] = useState<string | null>(null);
  useEffect(() => {
    if (!focusNext) return;
    document.querySelector<HTMLElement>(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);
  const [status, setStatus] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const pasteId = useId();
  const addressId = useId();
  const progressId = useId();
  const errorId = useId();

  useEffect(() => {
    document.title = "Library · Attributed";
  }, []);

  // Leaving the page cancels an extraction in progress.
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const open = async (input: ImportInput, origin: LocalArticle["origin"]) => {
    const controller = new AbortController();
    running.current = controller;
    setJob({ state: "working", fraction: null, controller });
    setStatus("Reading the article…");
    try {
      const article = await articleFromInput(
        input,
        (fraction) => setJob((j) => (j.state === "working" ? { ...j, fraction } : j)),
        controller.signal,
      );
      const saved = await save.mutateAsync({ article, origin });
      setJob({ state: "idle" });
      navigate(`/mine/${saved.id}`);
    } catch (error) {
      if (controller.signal.aborted) {
        setJob({ state: "idle" });
        setStatus("Cancelled.");
        return;
      }
      const message =
        error instanceof ImportError || error instanceof StorageError
          ? error.message
          : `The article could not be opened (${error instanceof Error ? error.message : String(error)}).`;
      setJob({ state: "failed", message, from: origin.kind === "paste" ? "paste" : "file" });
      setStatus("");
    }
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      await open(await readFileInput(file), { kind: "file", name: file.name });
    } catch (error) {
      setJob({
        state: "failed",
        message: error instanceof Error ? error.message : String(error),
        from: "file",
      });
    }
  };

  const onPaste = (event: FormEvent) => {
    event.preventDefault();
    if (!pasted.trim()) {
      setJob({
        state: "failed",
        message: "Paste an article’s text (headline first) or its HTML, then open it.",
        from: "paste",
      });
      return;
    }
    void open(
      { text: pasted, json: /^\s*\{/.test(pasted) && /"paragraphs"\s*:/.test(pasted) },
      { kind: "paste" },
    );
  };

  const onAddress = (event: FormEvent) => {
    event.preventDefault();
    const src = address.trim();
    if (!src) {
      setJob({ state: "failed", message: "Give the address of an article’s JSON file.", from: "address" });
      return;
    }
    navigate(`/read?src=${encodeURIComponent(src)}`);
  };

  const remove = async (id: string) => {
    try {
      // Focus goes to what took the deleted article's place: the next one, else the one before,
      // else the list's heading.
      const list: LocalArticle[] = mine.data ?? [];
      const at = list.findIndex((a) => a.id === id);
      const neighbour = list[at + 1] ?? list[at - 1];
      await deletion.mutateAsync(id);
      setConfirming(null);
      setFocusNext(neighbour ? `[data-id="${neighbour.id}"] .library-title` : "#mine-heading");
      setStatus("Article deleted.");
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  const working = job.state === "working";
  const failedAt = job.state === "failed" ? job.from : null;
  /** The refusal, under the box it is about, read out as it appears. */
  const failure = (from: "paste" | "file" | "address") =>
    job.state === "failed" && job.from === from ? (
      <p id={`${errorId}-${from}`} className="library-error" role="alert">
        {job.message}
      </p>
    ) : null;
  const describedBy = (from: "paste" | "file" | "address") =>
    failedAt === from ? { "aria-invalid": true, "aria-describedby": `${errorId}-${from}` } : {};
  return (
    <main id="main" className="library" tabIndex={-1}>
      <h1>Library</h1>

      <section className="library-section" aria-labelledby="open-heading">
        <h2 id="open-heading">Open an article</h2>
        <p className="library-hint">
          Paste an article, drop or choose a file (.txt, .html or an article’s .json, up to {MAX_IMPORT_MB}{" "}
          MB), or give the address of an article’s JSON. It is read in this browser, kept here, and listed
          under “Your articles”.
        </p>
        <form className="library-paste" onSubmit={onPaste}>
          <label htmlFor={pasteId}>Article text or HTML</label>
          <textarea
            id={pasteId}
            value={pasted}
            onChange={(e) => {
              setPasted(e.target.value);
              if (failedAt === "paste") setJob({ state: "idle" });
            }}
            {...describedBy("paste")}
            rows={6}
            placeholder="Headline on the first line, then the article…"
            disabled={working}
          />
          <button type="submit" disabled={working}>
            Open pasted article
          </button>
          {failure("paste")}
        </form>

        {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone’s own control is the button inside it; dropping is a shortcut. */}
        <div
          className={`library-drop${dragging ? " library-drop--over" : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            if (!working) void openFile(e.dataTransfer.files[0]);
          }}
        >
          <p>Drop a file here, or</p>
          <button type="button" onClick={() => fileInput.current?.click()} disabled={working}>
            Choose a file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,.text,.md,.html,.htm,.xhtml,.json,text/plain,text/html,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Article file"
            onChange={(e) => {
              void openFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
          {failure("file")}
        </div>

        <form className="library-address" onSubmit={onAddress}>
          <label htmlFor={addressId}>Address of an article’s JSON</label>
          <div className="library-row">
            <input
              id={addressId}
              type="url"
              inputMode="url"
              value={address}
              onChange={(e) => {
                setAddress(e.target.value);
                if (failedAt === "address") setJob({ state: "idle" });
              }}
              {...describedBy("address")}
              placeholder="https://…/article.json"
              disabled={working}
            />
            <button type="submit" disabled={working}>
              Open
            </button>
          </div>
          {failure("address")}
        </form>

        {job.state === "working" && (
          <div className="library-progress">
            <label htmlFor={progressId}>
              Reading the article
              {job.fraction === null ? "…" : ` (${Math.round(job.fraction * 100)}%)`}
            </label>
            <progress id={progressId} max={1} {...(job.fraction === null ? {} : { value: job.fraction })} />
            <button type="button" onClick={() => job.controller.abort()}>
              Cancel
            </button>
          </div>
        )}
      </section>

      <section className="library-section" aria-labelledby="mine-heading">
        <h2 id="mine-heading" tabIndex={-1}>
          Your articles
        </h2>
        {mine.status === "pending" ? (
          <p className="muted">Loading…</p>
        ) : mine.status === "error" ? (
          <p className="library-error">
            {mine.error instanceof StorageError ? mine.error.message : String(mine.error)}
          </p>
        ) : mine.data.length === 0 ? (
          <p className="muted">Articles you open are kept here, in this browser only.</p>
        ) : (
          <ul className="library-list">
            {mine.data.map((record) => (
              <li key={record.id} className="library-item" data-id={record.id}>
                <a href={hrefFor(`/mine/${record.id}`)} onClick={onNavigate} className="library-title">
                  {record.article.title}
                </a>
                <Details summary={summarize(record.article)} />
                <p className="library-actions">
                  <button
                    type="button"
                    aria-label={`Download JSON: ${record.article.title}`}
                    onClick={() => downloadArticle(record.article)}
                  >
                    Download JSON
                  </button>
                  {confirming === record.id ? (
                    <>
                      <button
                        type="button"
                        className="library-danger"
                        aria-label={`Delete for good: ${record.article.title}`}
                        onClick={() => void remove(record.id)}
                      >
                        Delete for good
                      </button>
                      <button
                        type="button"
                        className="library-keep"
                        onClick={() => {
                          setConfirming(null);
                          setFocusNext(`[data-id="${record.id}"] .library-delete`);
                        }}
                      >
                        Keep it
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="library-delete"
                      aria-label={`Delete: ${record.article.title}`}
                      onClick={() => {
                        setConfirming(record.id);
                        // The safe choice first: Enter pressed twice keeps the article.
                        setFocusNext(`[data-id="${record.id}"] .library-keep`);
                      }}
                    >
                      Delete
                    </button>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="library-section" aria-labelledby="bundled-heading">
        <h2 id="bundled-heading">In this app</h2>
        {bundled.status === "pending" ? (
          <p className="muted">Loading…</p>
        ) : bundled.status === "error" ? (
          <p className="library-error">The list of articles ({articleIndexUrl()}) could not be loaded.</p>
        ) : (
          <ul className="library-list">
            {bundled.data.map((summary: ArticleSummary) => (
              <li key={summary.id} className="library-item">
                <a href={hrefFor(`/a/${summary.id}`)} onClick={onNavigate} className="library-title">
                  {summary.title}
                </a>
                <Details summary={summary} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <p className="visually-hidden" role="status">
        {status}
      </p>
    </main>
  );
}
