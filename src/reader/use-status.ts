import { useCallback, useEffect, useRef, useState } from "react";

/** How long a status message stays on screen. */
const SHOWN_MS = 4000;

function clearTimers(timers: number[]) {
  for (const t of timers.splice(0)) window.clearTimeout(t);
}

/**
 * A short status message ("Link copied") for a polite live region that is also visible as a toast.
 * Clearing before setting makes screen readers announce a repeated message again.
 */
export function useStatus(): [string, (message: string) => void] {
  const [message, setMessage] = useState("");
  const timers = useRef<number[]>([]);
  const announce = useCallback((next: string) => {
    clearTimers(timers.current);
    setMessage("");
    timers.current.push(
      window.setTimeout(() => setMessage(next), 30),
      window.setTimeout(() => setMessage(""), SHOWN_MS),
    );
  }, []);
  useEffect(() => {
    const pending = timers.current;
    return () => clearTimers(pending);
  }, []);
  return [message, announce];
}
