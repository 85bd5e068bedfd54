import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { Article, Speaker } from "../article";
import type { ArticleEdit } from "../article/edit";

/** One speaker's corrections: a new name or role, or merging into another speaker. */
function SpeakerRow({
  speaker,
  others,
  onEdit,
}: {
  speaker: Speaker;
  others: Speaker[];
  onEdit: (edit: ArticleEdit) => void;
}) {
  const [name, setName] = useState(speaker.name);
  const [role, setRole] = useState(speaker.role ?? "");
  const [into, setInto] = useState("");
  const id = useId();
  const save = (event: FormEvent) => {
    event.preventDefault();
    onEdit({ type: "rename-speaker", speakerId: speaker.id, name, role });
  };
  return (
    <li className="speaker-edit" data-speaker={speaker.id} tabIndex={-1} aria-label={speaker.name}>
      <form onSubmit={save}>
        <fieldset>
          <legend>{speaker.name}</legend>
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required />
          <label htmlFor={`${id}-role`}>Role</label>
          <input id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)} />
          <button
            type="submit"
            aria-label={`Save ${speaker.name}`}
            disabled={!name.trim() || (name === speaker.name && role === (speaker.role ?? ""))}
          >
            Save
          </button>
        </fieldset>
      </form>
      {others.length > 0 && (
        <form
          className="speaker-merge"
          onSubmit={(e) => {
            e.preventDefault();
            if (into) onEdit({ type: "merge-speakers", from: speaker.id, into });
          }}
        >
          <label htmlFor={`${id}-into`}>Same person as</label>
          <select id={`${id}-into`} value={into} onChange={(e) => setInto(e.target.value)}>
            <option value="">…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="submit" aria-label={`Merge ${speaker.name}`} disabled={!into}>
            Merge
          </button>
        </form>
      )}
    </li>
  );
}

/**
 * Corrections to the speakers of an imported article: rename (the old name stays an alias), change
 * the role, or merge two entries that are one person.
 */
export function SpeakerEditor({
  article,
  onEdit,
}: {
  article: Article;
  onEdit: (edit: ArticleEdit) => void;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  // After a save or a merge, focus goes to the row that replaced the one acted on (the renamed
  // speaker's, or the one merged into), once the edited article is here; not to the page's body.
  const [focusAfter, setFocusAfter] = useState<{ speakerId: string; before: Article } | null>(null);
  useEffect(() => {
    if (!focusAfter || focusAfter.before === article) return;
    list.current?.querySelector<HTMLElement>(`[data-speaker="${focusAfter.speakerId}"]`)?.focus();
    setFocusAfter(null);
  }, [article, focusAfter]);
  const edit = (change: ArticleEdit) => {
    if (change.type === "rename-speaker") setFocusAfter({ speakerId: change.speakerId, before: article });
    if (change.type === "merge-speakers") setFocusAfter({ speakerId: change.into, before: article });
    onEdit(change);
  };
  return (
    <div className="speaker-editor">
      <button
        type="button"
        className="button-quiet"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Done editing speakers" : "Edit speakers"}
      </button>
      {open && (
        <ul id={listId} className="speaker-edit-list" ref={list}>
          {article.speakers.map((s) => (
            // Keyed by name too: after an edit the row starts from the new values.
            <SpeakerRow
              key={`${s.id}:${s.name}:${s.role ?? ""}`}
              speaker={s}
              others={article.speakers.filter((o) => o.id !== s.id)}
              onEdit={edit}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
