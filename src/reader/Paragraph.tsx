import { memo } from "react";
import type { Paragraph as ParagraphData, QuoteKind, QuoteRun, Run } from "../article";
import { paragraphDomId, quoteDomId } from "./focus";
import type { SpeakerLook } from "./speaker-style";

/** A claim as a paragraph's marker shows it. */
export interface ClaimMarker {
  id: string;
  /** 1-based position in the claims list. */
  number: number;
  text: string;
}

export interface ParagraphProps {
  paragraph: ParagraphData;
  runs: Run[];
  looks: Map<string, SpeakerLook>;
  /** Claims that cite this paragraph. */
  claims?: ClaimMarker[];
  /** Offer a "link to this paragraph" control (body paragraphs). */
  linkable?: boolean;
  /** Its number in the body, printed beside it. */
  number?: number | undefined;
}

const KIND_WORDS: Record<QuoteKind, string> = {
  direct: "Quote",
  partial: "Partial quote",
  indirect: "Reported speech",
};

function QuoteSpan({
  run,
  looks,
  marks,
}: {
  run: QuoteRun;
  looks: Map<string, SpeakerLook>;
  marks?: SpeakerMarks | undefined;
}) {
  const { mark } = run;
  // The paragraph's speaker marks: its first quote of each speaker (see `speakerMarks`), the very
  // first in the margin where there is one.
  const badgeClass = marks?.all.has(run)
    ? ` q-badge--mark${marks.margin === run ? " q-badge--margin" : ""}`
    : "";
  const look = mark.speakerId ? looks.get(mark.speakerId) : undefined;
  const who = look ? look.label : "an unnamed speaker";
  const name = look?.speaker.name ?? "Unattributed";
  return (
    <span
      className={`q q--${mark.kind}`}
      id={mark.lead ? quoteDomId(mark.quoteId) : undefined}
      data-q={mark.quoteId}
      data-s={mark.speakerId ?? ""}
      tabIndex={mark.lead ? -1 : undefined}
    >
      {mark.lead ? (
        <button
          type="button"
          className={`q-badge${badgeClass}`}
          data-action="quote"
          data-q={mark.quoteId}
          data-name={name}
          aria-haspopup="dialog"
          // A label, not hidden text: nothing extra to lay out, and it starts with the visible initials.
          aria-label={`${look?.initials ?? "?"}: ${KIND_WORDS[mark.kind].toLowerCase()} by ${who}. Link and share`}
        >
          {look?.initials ?? "?"}
        </button>
      ) : (
        <>
          <span className={`q-badge q-badge--continued${badgeClass}`} aria-hidden="true" data-name={name}>
            {look?.initials ?? "?"}
          </span>
          <span className="visually-hidden">{`(quote by ${who}, continued)`}</span>
        </>
      )}
      <RunsView runs={run.children} looks={looks} marks={marks} />
    </span>
  );
}

/**
 * The quotes whose badge marks a paragraph's speakers on a calm page: the first of each speaker, in
 * reading order (nested quotes included). The other badges show when their quote is pointed at or
 * their badge is focused; "Mark every quote" shows them all.
 */
export function speakerMarks(runs: readonly Run[], inMargin = false): SpeakerMarks {
  const marks = new Set<QuoteRun>();
  const seen = new Set<string>();
  const walk = (list: readonly Run[]) => {
    for (const run of list) {
      if (run.type === "text") continue;
      const who = run.mark.speakerId ?? "";
      if (!seen.has(who)) {
        seen.add(who);
        marks.add(run);
      }
      walk(run.children);
    }
  };
  walk(runs);
  return { all: marks, margin: inMargin ? marks.values().next().value : undefined };
}

/** A paragraph's speaker marks, and the one that goes in the margin (body paragraphs). */
export interface SpeakerMarks {
  all: ReadonlySet<QuoteRun>;
  margin: QuoteRun | undefined;
}

/** Text and quotes of one paragraph, quotes nested as the article nests them. */
export function RunsView({
  runs,
  looks,
  marks,
}: {
  runs: Run[];
  looks: Map<string, SpeakerLook>;
  /** The badges that mark the paragraph's speakers (`speakerMarks`). */
  marks?: SpeakerMarks | undefined;
}) {
  return (
    <>
      {runs.map((run) =>
        run.type === "text" ? (
          run.text
        ) : (
          <QuoteSpan key={`${run.mark.quoteId}@${run.mark.start}`} run={run} looks={looks} marks={marks} />
        ),
      )}
    </>
  );
}

/**
 * One body paragraph. Memoised on its props, which are stable per article: changing the speaker
 * filter re-renders none of them (the dimming is CSS, see filter.ts).
 */
export const Paragraph = memo(function Paragraph({
  paragraph,
  runs,
  looks,
  claims,
  linkable,
  number,
}: ParagraphProps) {
  const Tag = paragraph.role === "heading" ? "h2" : "p";
  const label = paragraph.role === "caption" ? <span className="caption-label">Photo </span> : null;
  return (
    <Tag
      className={`para para--${paragraph.role}`}
      id={paragraphDomId(paragraph.id)}
      data-p={paragraph.id}
      data-n={number}
      tabIndex={-1}
    >
      {label}
      <RunsView runs={runs} looks={looks} marks={speakerMarks(runs, paragraph.role !== "caption")} />
      {claims && claims.length > 0 && (
        <span className="claim-markers">
          {claims.map((c) => (
            <button
              key={c.id}
              type="button"
              className="claim-marker"
              data-action="claim"
              data-c={c.id}
              aria-label={`${c.number}: key claim, “${c.text}”. Show it in the claims list`}
            >
              <span aria-hidden="true">◆ </span>
              {c.number}
            </button>
          ))}
        </span>
      )}
      {linkable && (
        <button
          type="button"
          className="para-link"
          data-action="paragraph"
          data-p={paragraph.id}
          aria-label="Link to this paragraph"
          aria-haspopup="dialog"
        >
          <span aria-hidden="true">¶</span>
        </button>
      )}
    </Tag>
  );
});
