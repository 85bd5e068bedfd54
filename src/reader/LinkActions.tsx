import { type ReactNode, type RefObject, useId, useRef, useState } from "react";
import { canShare, copyText, shareLink } from "./share";
import { usePlacedPanel } from "./use-placed-panel";

/** What the panel is about. */
export interface LinkSubject {
  /** Heading: "Quote by Mohammad Javad Zarif". */
  title: string;
  /** A line under it (role, kind). */
  detail?: string;
  /** The text a share sheet gets along with the link. */
  shareText: string;
  /** The absolute link. */
  url: string;
  /** Something the reader should know about the link (an imported article's links open on this device only). */
  note?: string;
}

export interface LinkActionsProps {
  subject: LinkSubject;
  /** The control that opened the panel: the panel sits under it and focus returns to it. */
  anchor: HTMLElement;
  /** The positioned container the panel is placed in. */
  container: RefObject<HTMLElement | null>;
  /** Extra actions (such as filtering by the quote's speaker). */
  children?: ReactNode;
  onClose: (returnFocus: boolean) => void;
  /** Tells assistive technology what happened ("Link copied"). */
  announce: (message: string) => void;
}

/** A small non-modal dialog with "Copy link" and "Share", placed under the control that opened it. */
export function LinkActions({ subject, anchor, container, children, onClose, announce }: LinkActionsProps) {
  const panel = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [manualCopy, setManualCopy] = useState(false);

  usePlacedPanel(panel, anchor, container, onClose);

  const copy = async () => {
    if (await copyText(subject.url)) {
      announce("Link copied");
      onClose(true);
    } else setManualCopy(true);
  };

  const share = async () => {
    if (await shareLink({ title: subject.title, text: subject.shareText, url: subject.url })) onClose(true);
  };

  return (
    <div
      ref={panel}
      className="popover link-actions"
      role="dialog"
      aria-labelledby={headingId}
      onBlur={(e) => {
        const next = e.relatedTarget as Node | null;
        if (next && !panel.current?.contains(next) && !anchor.contains(next)) onClose(false);
      }}
    >
      <p className="popover-title" id={headingId}>
        {subject.title}
      </p>
      {subject.detail && <p className="popover-detail">{subject.detail}</p>}
      {subject.note && <p className="popover-note">{subject.note}</p>}
      {manualCopy ? (
        <label className="manual-copy">
          This browser did not allow copying. Select the link and copy it:
          <input
            readOnly
            value={subject.url}
            ref={(el) => {
              el?.focus({ preventScroll: true });
              el?.select();
            }}
          />
        </label>
      ) : (
        <div className="popover-actions">
          <button type="button" onClick={copy}>
            Copy link
          </button>
          {canShare() && (
            <button type="button" onClick={share}>
              Share…
            </button>
          )}
          {children}
        </div>
      )}
      <button type="button" className="popover-close" aria-label="Close" onClick={() => onClose(true)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
