/** The reading UI. Receives articles as props; never fetches. */
export type { SpeakerFilter } from "./filter";
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
