import { type ReactNode, useRef } from "react";

/** Which bottom sheet is open on a narrow screen. */
export type Sheet = "speakers" | "claims" | null;

/** Closes a sheet and returns focus to the button that opens it. */
export function closeSheet(setSheet: (s: Sheet) => void, name: Exclude<Sheet, null>) {
  setSheet(null);
  document.getElementById(`${name}-toggle`)?.focus();
}

/** The toolbar button that opens and closes a sheet. */
export function SheetToggle(props: {
  name: Exclude<Sheet, null>;
  sheet: Sheet;
  setSheet: (s: Sheet) => void;
  children: ReactNode;
}) {
  const open = props.sheet === props.name;
  return (
    <button
      type="button"
      id={`${props.name}-toggle`}
      aria-expanded={open}
      aria-controls={props.name}
      onClick={() => {
        props.setSheet(open ? null : props.name);
        if (!open) requestAnimationFrame(() => document.getElementById(`${props.name}-heading`)?.focus());
      }}
    >
      {props.children}
    </button>
  );
}

/** The close button inside a sheet. */
export function SheetClose({ onClose }: { onClose: () => void }) {
  return (
    <button type="button" className="button-quiet sheet-close" onClick={onClose}>
      Close
    </button>
  );
}

/**
 * The bar at the top of a sheet: dragged down (a finger or a mouse, more than 60 pixels), it closes
 * the sheet. Decoration for assistive technology, which has the Close button and Escape.
 */
export function SheetHandle({ onClose }: { onClose: () => void }) {
  const start = useRef<number | null>(null);
  return (
    <div
      className="sheet-handle"
      aria-hidden="true"
      onPointerDown={(e) => {
        start.current = e.clientY;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerUp={(e) => {
        if (start.current !== null && e.clientY - start.current > 60) onClose();
        start.current = null;
      }}
      onPointerCancel={() => {
        start.current = null;
      }}
    />
  );
}
