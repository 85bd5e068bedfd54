import { useEffect, useState } from "react";
import type { Article } from "../article";
import { articleIndex } from "../article";
import { quoteTotals, type SpeakerFilter } from "./filter";
import type { SpeakerLook } from "./speaker-style";

export interface SpeakerLegendProps {
  article: Article;
  looks: Map<string, SpeakerLook>;
  filter: SpeakerFilter;
  onToggle: (speakerId: string) => void;
  onOnlyChange: (only: boolean) => void;
  onClear: () => void;
}

/** The speakers, each a filter toggle with role and quote count; the "show only" switch; a clear button. */
export function SpeakerLegend({
  article,
  looks,
  filter,
  onToggle,
  onOnlyChange,
  onClear,
}: SpeakerLegendProps) {
  const { quoteCounts } = articleIndex(article);
  const { shown, total } = quoteTotals(article, filter);
  const active = filter.speakers.length > 0;
  const unattributed = article.quotes.filter((q) => q.speakerId === null).length;
  // The panel is given the filter a frame late (Reader.tsx); the switch shows its new state at once
  // instead of springing back for that frame, until the filter catches up.
  const [onlyNow, setOnlyNow] = useState<boolean | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the filter's own value changes.
  useEffect(() => setOnlyNow(null), [filter.only]);
  return (
    <div className="legend">
      <p className="legend-summary" aria-live="polite">
        {active
          ? `Showing ${shown} of ${total} quotes`
          : `${total} quotes from ${article.speakers.length} speakers`}
      </p>
      {article.speakers.length === 0 ? (
        <p className="muted">Nobody is quoted in this article.</p>
      ) : (
        <ul className="legend-list">
          {article.speakers.map((s) => {
            const look = looks.get(s.id);
            const pressed = filter.speakers.includes(s.id);
            const count = quoteCounts.get(s.id) ?? 0;
            return (
              <li key={s.id}>
                <button
                  type="button"
                  className="legend-item"
                  aria-pressed={pressed}
                  onClick={() => onToggle(s.id)}
                  data-s={s.id}
                >
                  <span className="legend-badge" aria-hidden="true">
                    {look?.initials}
                  </span>
                  <span className="legend-text">
                    <span className="legend-name">{s.name}</span>
                    {s.role && (
                      <span className="legend-role">
                        <span className="visually-hidden">, </span>
                        {s.role}
                      </span>
                    )}
                  </span>
                  <span className="legend-count">
                    <span className="visually-hidden">, </span>
                    {count}
                    <span className="visually-hidden">{count === 1 ? " quote" : " quotes"}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {unattributed > 0 && (
        <p className="muted legend-note">
          {unattributed === 1 ? "1 quote has" : `${unattributed} quotes have`} no named speaker.
        </p>
      )}
      <div className="legend-controls">
        <label className="switch">
          <input
            type="checkbox"
            checked={onlyNow ?? filter.only}
            disabled={!active}
            onChange={(e) => {
              setOnlyNow(e.currentTarget.checked);
              onOnlyChange(e.currentTarget.checked);
            }}
          />
          <span>Hide paragraphs without them</span>
        </label>
        <button type="button" className="button-quiet" onClick={onClear} disabled={!active}>
          Clear filter
        </button>
      </div>
    </div>
  );
}
