/** The reading UI. Receives articles as props; never fetches. */
export type { SpeakerFilter } from "./filter";
export { LazySidebar } from "./lazy";
export {
  type LazyPart,
  lazyPart,
  PartBoundary,
  PartLoadError,
  whenIdle,
} from "./lazy-part";
export { type EditOutcome, Reader, type ReaderProps } from "./Reader";
export { SiteHeader } from "./SiteHeader";
export { applySettings, loadSettings } from "./settings";

import "./reader.css";
// The side panels are in the prerendered page (their controls answer before the app arrives), so
// their rules and the print rules (which hide the printed claims on screen) are in the page's own
// stylesheet, inline: the panels are never shown unstyled.
import "./sidebar.css";
import "./print.css";
