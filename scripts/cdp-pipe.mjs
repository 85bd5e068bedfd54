// A Chromium driven through a bare DevTools pipe, for page-load timings. Playwright enables the
// DevTools Network domain on every page it drives, and with it the browser keeps a copy of every text
// response, decoding it on the page's main thread (traced: ~55 ms for a 1.8 MB article JSON, just
// before its first screen paints). A reader's browser does none of that, so load timings are taken
// with only the Page, Emulation and Runtime domains.
import { spawn } from "node:child_process";

/** Starts Chromium (`executable`, with `args`) and returns `lcp(url, { throttle })` and `close()`. */
export function launchBare(executable, args) {
  const proc = spawn(executable, [...args, "--headless", "--remote-debugging-pipe", "about:blank"], {
    stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
  });
  const [, , , input, output] = proc.stdio;
  let lastId = 0;
  const pending = new Map();
  const listeners = new Set();
  let buffer = "";
  output.on("data", (data) => {
    buffer += data.toString();
    for (let end = buffer.indexOf("\0"); end >= 0; end = buffer.indexOf("\0")) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      const waiting = pending.get(message.id);
      if (waiting) {
        pending.delete(message.id);
        if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting.resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { method, resolve, reject });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  const nextEvent = (method, sessionId) =>
    new Promise((resolve) => {
      const listener = (message) => {
        if (message.method !== method || message.sessionId !== sessionId) return;
        listeners.delete(listener);
        resolve(message.params);
      };
      listeners.add(listener);
    });

  /** Largest contentful paint of a load of `url` in a fresh context, in ms from navigation start. */
  async function lcp(url, { throttle = 1, viewport = { width: 1280, height: 900 } } = {}) {
    const { browserContextId } = await send("Target.createBrowserContext");
    const { targetId } = await send("Target.createTarget", { url: "about:blank", browserContextId });
    const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
    await send("Page.enable", {}, sessionId);
    await send(
      "Emulation.setDeviceMetricsOverride",
      { ...viewport, deviceScaleFactor: 1, mobile: false },
      sessionId,
    );
    if (throttle > 1) await send("Emulation.setCPUThrottlingRate", { rate: throttle }, sessionId);
    const loaded = nextEvent("Page.loadEventFired", sessionId);
    await send("Page.navigate", { url }, sessionId);
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 600));
    const { result } = await send(
      "Runtime.evaluate",
      {
        expression: `new Promise((resolve) => new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? null)).observe({ type: "largest-contentful-paint", buffered: true }))`,
        awaitPromise: true,
        returnByValue: true,
      },
      sessionId,
    );
    await send("Target.closeTarget", { targetId });
    await send("Target.disposeBrowserContext", { browserContextId });
    return result.value ?? Number.NaN;
  }

  return {
    lcp,
    close: () => {
      proc.kill();
    },
  };
}
