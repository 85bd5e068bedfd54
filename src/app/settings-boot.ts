/**
 * A page's first step (first-script.ts): applies the reader's stored settings (theme,
 * text size, line width) before anything paints, so a reader who chose dark never sees a light flash.
 * The parser waits for it; everything else that page does waits for the first paint.
 */
import { applySettings, loadSettings } from "../reader/settings";

applySettings(loadSettings());
