import { type FormEvent, useEffect, useId, useReducer, useRef, useState } from "react";
import {
  ACCEPTED_FILES,
  articleFromInput,
  ImportError,
  type ImportInput,
  MAX_IMPORT_MB,
  readFileInput,
} from "./import";
import { IDLE, type ImportBox, importJobReducer } from "./import-job";
import { useSaveArticle } from "./queries";
import { type LocalArticle, StorageError } from "./store";

export interface OpenArticleProps {
  /** Goes to an app path (the article once it is open, or `/read` for an address). */
  navigate: (appPath: string) => void;
  /** Says something in the page's status region. */
  announce: (message: string) => void;
}

/**
 * Opening an article: paste it, drop or pick a file, or give an address; read in a worker with its
 * progress shown and a way to cancel, then kept in the library and opened.
 */
export function OpenArticle({ navigate, announce }: OpenArticleProps) {
  const save = useSaveArticle();
  const [job, dispatch] = useReducer(importJobReducer, IDLE);
  const [pasted, setPasted] = useState("");
  const [address, setAddress] = useState("");
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const pasteId = useId();
  const addressId = useId();
  const progressId = useId();
  const errorId = useId();

  // Leaving the page cancels an extraction in progress.
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const open = async (input: ImportInput, origin: LocalArticle["origin"]) => {
    const controller = new AbortController();
    running.current = controller;
    dispatch({ type: "start", controller });
    announce("Reading the article…");
    try {
      const article = await articleFromInput(
        input,
        (fraction) => dispatch({ type: "progress", fraction }),
        controller.signal,
      );
      const saved = await save.mutateAsync({ article, origin });
      dispatch({ type: "done" });
      navigate(`/mine/${saved.id}`);
    } catch (error) {
      if (controller.signal.aborted) {
        dispatch({ type: "done" });
        announce("Cancelled.");
        return;
      }
      const message =
        error instanceof ImportError || error instanceof StorageError
          ? error.message
          : `The article could not be opened (${error instanceof Error ? error.message : String(error)}).`;
      dispatch({ type: "refused", message, from: origin.kind === "paste" ? "paste" : "file" });
      announce("");
    }
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      await open(await readFileInput(file), { kind: "file", name: file.name });
    } catch (error) {
      dispatch({
        type: "refused",
        message: error instanceof Error ? error.message : String(error),
        from: "file",
      });
    }
  };

  const onPaste = (event: FormEvent) => {
    event.preventDefault();
    if (!pasted.trim()) {
      dispatch({
        type: "refused",
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
      dispatch({ type: "refused", message: "Give the address of an article’s JSON file.", from: "address" });
      return;
    }
    navigate(`/read?src=${encodeURIComponent(src)}`);
  };

  const working = job.state === "working";
  const failedAt = job.state === "failed" ? job.from : null;
  /** The refusal, under the box it is about, read out as it appears. */
  const failure = (from: ImportBox) =>
    job.state === "failed" && job.from === from ? (
      <p id={`${errorId}-${from}`} className="library-error" role="alert">
        {job.message}
      </p>
    ) : null;
  const describedBy = (from: ImportBox) =>
    failedAt === from ? { "aria-invalid": true, "aria-describedby": `${errorId}-${from}` } : {};
  return (
    <section className="library-section" aria-labelledby="open-heading">
      <h2 id="open-heading">Open an article</h2>
      <p className="library-hint">
        Paste an article, drop or choose a file (.txt, .html or an article’s .json, up to {MAX_IMPORT_MB} MB),
        or give the address of an article’s JSON. It is read in this browser, kept here, and listed under
        “Your articles”.
      </p>
      <form className="library-paste" onSubmit={onPaste}>
        <label htmlFor={pasteId}>Article text or HTML</label>
        <textarea
          id={pasteId}
          value={pasted}
          onChange={(e) => {
            setPasted(e.target.value);
            dispatch({ type: "edited", box: "paste" });
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
          accept={ACCEPTED_FILES}
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
              dispatch({ type: "edited", box: "address" });
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
  );
}
