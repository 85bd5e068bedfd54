import { useCallback, useEffect, useState } from "react";
import { applySettings, loadSettings, type ReadingSettings, saveSettings } from "./settings";

/** The reader's settings, applied to the page and remembered across visits. */
export function useReadingSettings() {
  const [settings, setSettings] = useState<ReadingSettings>(loadSettings);
  useEffect(() => applySettings(settings), [settings]);
  const update = useCallback((change: Partial<ReadingSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      saveSettings(next);
      return next;
    });
  }, []);
  return [settings, update] as const;
}
