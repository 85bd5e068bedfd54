#!/usr/bin/env node
// `npm run bench`: the reader's speed in headless Chromium, each timing beside the physical limit
// measured in the same run (a static page of the same text, a vanilla page doing the same DOM work),
// as medians of several runs. Prints one table and writes bench-results/bench.json.
//
//   npm run bench                 build, generate the long article, measure
//   npm run bench -- --runs 3     fewer runs (each timing is a median of this many)
//   npm run bench -- --no-build   measure the existing dist/
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { chromium } from "playwright-core";
import { launchBare } from "./cdp-pipe.mjs";
import { APP_START_KB, FIRST_PAINT_KB, initialAssets, paints } from "./check-budget.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const results = join(root, "bench-results");
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1]) || 5;
const PORT = Number(process.env.BENCH_PORT) || 4300;
const BASE = `http://localhost:${PORT}`;
const SEED = "irans-khamenei-no-war-no-negotiations-with-trump";
const LONG = "long-hearing";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const run = (cmd, cmdArgs, options = {}) => {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, encoding: "utf8", ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(" ")} failed:\n${r.stderr || r.stdout}`);
  return r.stdout;
};
const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// ---------- 1. Build, and put the long article where the app can open it by route ----------
if (!args.includes("--no-build")) {
  run(join(root, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"]);
  run(process.execPath, [join(root, "scripts", "prerender.mjs")]);
}
mkdirSync(results, { recursive: true });
writeFileSync(
  join(results, "long-hearing.txt"),
  run(process.execPath, [join(root, "scripts", "generate-long-article.mjs")]),
);
const ingestStart = performance.now();
run(process.execPath, [
  join(root, "cli", "ingest.cjs"),
  join(results, "long-hearing.txt"),
  "--id",
  LONG,
  "-o",
  join(dist, "articles", `${LONG}.json`),
]);
const longIngestMs = performance.now() - ingestStart;
// Prerendered, as the build does for every bundled article (its page only: not 6,000 quote pages).
run(process.execPath, [join(root, "scripts", "prerender.mjs"), "--only", LONG, "--no-quote-pages"]);
const long = JSON.parse(readFileSync(join(dist, "articles", `${LONG}.json`), "utf8"));
const seed = JSON.parse(readFileSync(join(dist, "articles", `${SEED}.json`), "utf8"));

// ---------- 2. The limits: static pages and a vanilla toggle page ----------
// The limit's stylesheet is the app's first-paint CSS, inline as the app's pages have it: a linked
// stylesheet would cost the static page a request the app does not pay, and flatter the ratio.
const firstPaintCss = parseHTML(readFileSync(join(dist, "a", `${SEED}.html`), "utf8")).document.querySelector(
  "head style",
)?.textContent;
if (!firstPaintCss) throw new Error(`no inline stylesheet in dist/a/${SEED}.html`);
const inlineCss = `<style>${firstPaintCss}</style>`;
// Chromium sometimes leaves a page this long at its top when its fragment's element is parsed late
// (one load in a few dozen: the deep-link limit then never came): the static page makes sure it
// lands there, the least a page that means to open at a paragraph does.
const LAND_AT_FRAGMENT =
  "<script>document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView()</script>";
const staticPage = (article, extra = "") => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>${inlineCss}${extra}</head>
<body><div class="reader"><main class="reader-main"><article class="article">
${article.paragraphs
  .map((p) =>
    p.role === "title"
      ? `<h1 class="title">${escapeHtml(p.text)}</h1>`
      : `<p class="para para--${p.role}" id="para-${p.id}">${escapeHtml(p.text)}</p>`,
  )
  .join("\n")}
</article></main></div>${LAND_AT_FRAGMENT}</body></html>`;
mkdirSync(join(dist, "bench"), { recursive: true });
writeFileSync(join(dist, "bench", "static-seed.html"), staticPage(seed));
writeFileSync(join(dist, "bench", "static-long.html"), staticPage(long));
// The same quotes marked the same way, and a button that toggles one class: the least any page can do.
const quoteMarked = (p) => {
  const spans = long.quotes.flatMap((q) =>
    q.spans.filter((s) => s.paragraphId === p.id).map((s) => ({ ...s, q })),
  );
  spans.sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    out += `${escapeHtml(p.text.slice(pos, s.start))}<span class="q q--${s.q.kind}" data-s="${s.q.speakerId}">${escapeHtml(p.text.slice(s.start, s.end))}</span>`;
    pos = s.end;
  }
  return out + escapeHtml(p.text.slice(pos));
};
writeFileSync(
  join(dist, "bench", "vanilla-long.html"),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vanilla</title>${inlineCss}
<style>.article.filtering .q:not([data-s="${long.speakers[1]?.id}"]) { background: transparent; color: #666; }</style></head>
<body><button id="toggle" style="position:fixed;top:8px;right:8px;z-index:9">toggle</button><div class="reader"><main class="reader-main"><article class="article">
${long.paragraphs.map((p) => `<p class="para">${quoteMarked(p)}</p>`).join("\n")}
</article></main></div>
<script>document.getElementById("toggle").addEventListener("click", () => document.querySelector(".article").classList.toggle("filtering"));</script>
</body></html>`,
);

// ---------- 3. Serve the build ----------
const server = spawn(
  join(root, "node_modules", ".bin", "vite"),
  ["preview", "--port", String(PORT), "--strictPort"],
  {
    cwd: root,
    stdio: "ignore",
  },
);
const stopServer = () => {
  try {
    server.kill();
  } catch {}
};
process.on("exit", stopServer);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(BASE)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
// Load timings (largest contentful paint) go through a bare DevTools pipe: see cdp-pipe.mjs.
const bare = launchBare(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", CHROMIUM_ARGS);
const { lcp } = bare;
process.on("exit", bare.close);

/** A fresh page in a context of its own, with a DevTools session for it. */
async function freshPage({ viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { page, cdp, close: () => context.close() };
}

/** Input-to-next-paint latencies of clicking `selector` `times` times (each click toggles). */
async function toggleLatency(url, selector, ready, times = RUNS * 2) {
  const { page, close } = await freshPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector(ready);
  await page.waitForTimeout(800);
  await page.evaluate(() => {
    window.__latencies = [];
    document.addEventListener(
      "click",
      (event) => {
        const start = event.timeStamp;
        // After the frame that follows the click has been painted.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__latencies.push(performance.now() - start);
          channel.port2.postMessage(0);
        });
      },
      { capture: true },
    );
  });
  const box = await page.locator(selector).first().boundingBox();
  for (let i = 0; i < times; i++) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(250);
  }
  const latencies = await page.evaluate(() => window.__latencies);
  await close();
  return median(latencies);
}

/**
 * Milliseconds from navigation start, with the CPU 4× slower, until the reader answers a speaker
 * button clicked as soon as it is on screen (before the app has arrived, the page's first script
 * answers it): when the reader is usable, not only painted. The answer's time is the frame after
 * the button turned pressed, seen by the page itself (an observer put in before the page loads), so
 * the test driver's own round trips after its click are not counted. And until the app has answered
 * it too (the legend's "Showing … quotes", which only the app writes, with the key claims and the
 * address).
 */
async function timeToUsable(url) {
  const { page, cdp, close } = await freshPage();
  await page.addInitScript(() => {
    const seen = (name, test) =>
      new MutationObserver((_, observer) => {
        if (!test()) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          window[name] = performance.now();
        });
      }).observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
    seen(
      "__answered",
      () => document.querySelectorAll(".legend-item")[1]?.getAttribute("aria-pressed") === "true",
    );
    seen("__appAnswered", () =>
      document.querySelector(".legend-summary")?.textContent?.startsWith("Showing"),
    );
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url, { waitUntil: "commit" });
  const button = page.locator(".legend-item").nth(1);
  await button.waitFor({ state: "visible", timeout: 15000 });
  await button.click({ noWaitAfter: true });
  const ms = await (
    await page.waitForFunction(() => window.__answered ?? false, null, { timeout: 20000 })
  ).jsonValue();
  const appMs = await (
    await page.waitForFunction(() => window.__appAnswered ?? false, null, { timeout: 20000 })
  ).jsonValue();
  await close();
  return { ms, appMs };
}

/** Milliseconds from navigation start until `elementId` is focused and inside the viewport. */
async function timeToTarget(url, elementId, focused = true) {
  const { page, close } = await freshPage();
  await page.goto(url, { waitUntil: "commit" });
  const handle = await page.waitForFunction(
    ({ elementId, focused }) => {
      const el = document.getElementById(elementId);
      if (!el || (focused && document.activeElement !== el)) return false;
      const r = el.getBoundingClientRect();
      // In view: on screen, not necessarily whole (a long paragraph may be taller than the screen).
      return r.bottom > 0 && r.top < window.innerHeight ? performance.now() : false;
    },
    { elementId, focused },
    { polling: "raf", timeout: 15000 },
  );
  const value = await handle.jsonValue();
  await close();
  return value;
}

/** Frame times and long tasks while scrolling the whole page with real wheel input. */
async function scrolling(url, ready) {
  const { page, cdp, close } = await freshPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector(ready);
  await page.waitForTimeout(800);
  await page.evaluate(() => {
    window.__frames = [];
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: "longtask" });
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await cdp.send("Input.synthesizeScrollGesture", {
    x: 400,
    y: 400,
    yDistance: -Math.min(height, 60000),
    speed: 6000,
    gestureSourceType: "mouse",
  });
  const { frames, longTasks } = await page.evaluate(() => ({
    frames: window.__frames.slice(2),
    longTasks: window.__longTasks,
  }));
  await close();
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    maxLongTaskMs: Math.max(0, ...longTasks),
  };
}

/** JS heap in use after the page settles and a garbage collection. */
async function heap(url, ready) {
  const { page, cdp, close } = await freshPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector(ready);
  await page.waitForTimeout(1500);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await close();
  return usedSize / 1048576;
}

/**
 * Medians of `n` runs of the app's page and of its limit, taken in turns (app, limit, app, …): a
 * machine that slows down for a while then slows both alike, where runs of one after the other would
 * charge it to whichever ran then. One run of each comes first and is not counted: the browser's own
 * first-use costs (its font configuration, its caches) belong to neither page.
 */
/** Medians of `n` loads of each page, taken in turns (one uncounted load of each first). */
const interleaved = async (n, ...loads) => {
  const times = loads.map(() => []);
  for (const load of loads) await load();
  for (let i = 0; i < n; i++) for (const [k, load] of loads.entries()) times[k].push(await load());
  return times.map(median);
};

// ---------- 4. Measure ----------
const rows = [];
const row = (name, value, unit, limit, budget) => {
  const ratio = limit ? value / limit : null;
  const pass = budget ? budget(value, ratio) : null;
  rows.push({
    name,
    value: Number(value.toFixed(1)),
    unit,
    limit: limit ? Number(limit.toFixed(1)) : null,
    ratio: ratio ? Number(ratio.toFixed(2)) : null,
    pass,
  });
};

const assets = initialAssets(dist);
const firstPaintKb = assets.filter(paints).reduce((n, a) => n + a.gzip, 0) / 1000;
const appStartKb = assets.reduce((n, a) => n + a.gzip, 0) / 1000;
row("Bundle: first paint, CSS + first script (gzip)", firstPaintKb, "kB", null, (v) => v <= FIRST_PAINT_KB);
row("Bundle: app start, JS + CSS (gzip)", appStartKb, "kB", null, (v) => v <= APP_START_KB);

// A quote's link opens at its paragraph: the first quotation past the first screen's paragraphs.
const linkedQuote =
  seed.quotes.find((q) => Number(q.spans[0].paragraphId.slice(1)) >= 8) ?? seed.quotes.at(-1);
const linkedParagraph = linkedQuote.spans[0].paragraphId;
const [seedApp, seedStatic, frontApp, quoteApp, quoteStatic] = await interleaved(
  RUNS,
  () => lcp(`${BASE}/a/${SEED}`, { throttle: 4 }),
  () => lcp(`${BASE}/bench/static-seed.html`, { throttle: 4 }),
  () => lcp(`${BASE}/`, { throttle: 4 }),
  () => lcp(`${BASE}/a/${SEED}/q/${linkedQuote.id}`, { throttle: 4 }),
  () => lcp(`${BASE}/bench/static-seed.html#para-${linkedParagraph}`, { throttle: 4 }),
);
row("Seed, CPU 4× slower: text painted (LCP)", seedApp, "ms", seedStatic, (_, r) => r <= 1.5);
row("Front page (/), CPU 4× slower: text painted (LCP)", frontApp, "ms", seedStatic, (_, r) => r <= 1.5);
row("A quote's link, CPU 4× slower: text painted (LCP)", quoteApp, "ms", quoteStatic, (_, r) => r <= 1.5);
const usableRuns = [];
await timeToUsable(`${BASE}/a/${SEED}`);
for (let i = 0; i < RUNS; i++) usableRuns.push(await timeToUsable(`${BASE}/a/${SEED}`));
row(
  "Seed, CPU 4× slower: speaker filter answering a click",
  median(usableRuns.map((r) => r.ms)),
  "ms",
  seedStatic,
  (_, r) => r <= 4,
);
row(
  "Seed, CPU 4× slower: the app answering that click",
  median(usableRuns.map((r) => r.appMs)),
  "ms",
  seedStatic,
  null,
);

const [longApp, longStatic] = await interleaved(
  RUNS,
  () => lcp(`${BASE}/a/${LONG}`),
  () => lcp(`${BASE}/bench/static-long.html`),
);
row("Long article: first text (LCP)", longApp, "ms", longStatic, (_, r) => r <= 1.0);

const speakerButton = `.legend-item >> nth=1`;
const toggleApp = await toggleLatency(`${BASE}/a/${LONG}`, speakerButton, ".legend-item");
const toggleVanilla = await toggleLatency(`${BASE}/bench/vanilla-long.html`, "#toggle", "#toggle");
row(
  "Long article: filter toggle, input to next paint",
  toggleApp,
  "ms",
  toggleVanilla,
  (v, r) => r <= 1.5 && v < 50,
);

const lateQuote = long.quotes.find(
  (q) =>
    q.kind !== "indirect" &&
    long.paragraphs.findIndex((p) => p.id === q.spans[0].paragraphId) >= long.paragraphs.length * 0.95,
);
const [deepApp, deepStatic] = await interleaved(
  RUNS,
  () => timeToTarget(`${BASE}/a/${LONG}/q/${lateQuote.id}`, `quote-${lateQuote.id}`),
  () =>
    timeToTarget(
      `${BASE}/bench/static-long.html#para-${lateQuote.spans[0].paragraphId}`,
      `para-${lateQuote.spans[0].paragraphId}`,
      false,
    ),
);
row("Long article: deep link near the end, quote in view", deepApp, "ms", deepStatic, (v) => v <= 1500);

const scrollApp = await scrolling(`${BASE}/a/${LONG}`, ".legend-item");
const scrollStatic = await scrolling(`${BASE}/bench/static-long.html`, "article");
row(
  "Long article: scrolling, 95th-percentile frame",
  scrollApp.p95FrameMs,
  "ms",
  scrollStatic.p95FrameMs,
  null,
);
row(
  "Long article: scrolling, longest task",
  scrollApp.maxLongTaskMs,
  "ms",
  scrollStatic.maxLongTaskMs,
  (v) => v <= 200,
);

const heapApp = await heap(`${BASE}/a/${LONG}`, ".legend-item");
const heapStatic = await heap(`${BASE}/bench/static-long.html`, "article");
row("Long article: JS heap in use", heapApp, "MB", heapStatic, (v) => v <= 150);

await browser.close();
bare.close();
stopServer();

// Ingest, from its own benchmark.
run(process.execPath, [join(root, "scripts", "bench-ingest.mjs")]);
const ingest = JSON.parse(readFileSync(join(results, "ingest.json"), "utf8"));
row("Ingest: throughput over the corpus, one core", ingest.throughputMBps, "MB/s", null, null);
row(
  "Ingest: seed, cold command (node cli/ingest.cjs)",
  ingest.cold.ingestMs,
  "ms",
  ingest.cold.nodeBaselineMs,
  (v) => v <= 500,
);
row("Ingest: long article (650 kB), cold command", longIngestMs, "ms", null, null);

// ---------- 5. Report ----------
const report = {
  date: new Date().toISOString(),
  runs: RUNS,
  longArticle: {
    paragraphs: long.paragraphs.length,
    speakers: long.speakers.length,
    quotes: long.quotes.length,
  },
  rows,
};
writeFileSync(join(results, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
const pad = (s, n) => String(s).padEnd(n);
console.log(
  `\nReader benchmark: medians of ${RUNS} runs; long article ${long.paragraphs.length} paragraphs, ${long.speakers.length} speakers, ${long.quotes.length} quotes\n`,
);
console.log(`${pad("Measure", 52)}${pad("Value", 12)}${pad("Limit", 12)}${pad("Ratio", 8)}Budget`);
for (const r of rows)
  console.log(
    `${pad(r.name, 52)}${pad(`${r.value} ${r.unit}`, 12)}${pad(r.limit === null ? "" : `${r.limit} ${r.unit}`, 12)}${pad(r.ratio ?? "", 8)}${r.pass === null ? "" : r.pass ? "ok" : "OVER"}`,
  );
console.log(`\nWritten to bench-results/bench.json`);
