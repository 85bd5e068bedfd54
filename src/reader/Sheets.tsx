import type { ReactNode } from "react";

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
