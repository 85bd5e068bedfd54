/**
 * The page's first script: applies the reader's stored settings (theme, text size, line width) before
 * anything paints, so a reader who chose dark never sees a light flash. Kept to this alone, because
 * the parser waits for it; everything else the page does early is in boot.ts, which does not block.
 */
import { applySettings, loadSettings } from "../reader/settings";

applySettings(loadSettings());
