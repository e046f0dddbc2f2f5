// `npm run bench`: measures <hold-timer> against the naive setInterval
// countdown most tutorials teach (bench/bench-page.js), side by side in the
// same headless Chromium run, and prints a Markdown table (also written to
// bench-results/latest.md).
//
// Every run gets a fresh browser context and page, so nothing one timer left
// behind (timers, animations, GC pressure) is billed to the next. Runs of the
// two timers are interleaved so a noisy moment on the machine hits both alike.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = new URL('../dist/stretch-widgets.js', import.meta.url);
const RESULTS = new URL('../bench-results/latest.md', import.meta.url);
const PAGE = '/bench/timer.html';

const LAUNCH = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/** A hung page must not hang CI: give up well past the normal ~2.5 minutes. */
const WATCHDOG_MS = 5 * 60 * 1000;
const REPEATS = 3;
const KINDS = ['ours', 'naive'];

// The scenarios' set-ups, in seconds unless named ms.
const SINGLE_HOLD = { hold: 5, reps: 1, sides: 'none', rest: 0, leadIn: 0 };
const PAUSED = { dosage: { ...SINGLE_HOLD, hold: 4 }, pauseAtMs: 1300, resumeAtMs: 3000 };
/** Two holds with a rest between, so after the freeze there is still a live position to check, and a later hold to time. */
const FROZEN = { dosage: { hold: 5, reps: 2, sides: 'none', rest: 3, leadIn: 0 }, freezeAtMs: 3500, freezeMs: 3000 };
const LOAD = { dosage: { hold: 60, reps: 1, sides: 'none', rest: 0, leadIn: 0 }, warmupMs: 1000, windowMs: 10000 };

// ---------------------------------------------------------------- browser plumbing

/** Opens the bench page in a fresh context, runs `fn(page)`, and always closes the context. */
async function withPage(browser, baseUrl, fn, { reducedMotion = 'no-preference' } = {}) {
  const context = await browser.newContext({ reducedMotion });
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // CSP violations and script errors surface as console errors; the browser's own favicon request may 404.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(baseUrl + PAGE);
    await page.waitForFunction(() => typeof window.bench === 'object', null, { timeout: 15000 }).catch((e) => {
      throw new Error(`bench page did not load (${errors.join(' | ') || e.message})`);
    });
    const result = await fn(page);
    if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/** Mounts a timer and checks the tab counts as visible: a hidden tab's timers are throttled and every number would lie. */
async function mount(page, kind, dosage) {
  const visibility = await page.evaluate(([k, d]) => window.bench.mount(k, d), [kind, dosage]);
  if (visibility !== 'visible') throw new Error(`bench page is ${visibility}, not visible: timings would be throttled`);
}

const call = (page, name, ...args) => page.evaluate(([n, a]) => window.bench[n](...a), [name, args]);

// ---------------------------------------------------------------- scenarios

/** A. One 5 s hold in a visible tab: hold-end time minus (start + 5 s). */
async function holdError(page, kind) {
  await mount(page, kind, SINGLE_HOLD);
  const startedAt = await call(page, 'start');
  const [end] = await call(page, 'until', 'hold-end', 1);
  return end.at - (startedAt + SINGLE_HOLD.hold * 1000);
}

/** B. Paused 1.3 s in for 1.7 s: the hold should end its length plus the paused span after the start. */
async function pausedHoldError(page, kind) {
  const { dosage, pauseAtMs, resumeAtMs } = PAUSED;
  await mount(page, kind, dosage);
  const startedAt = await call(page, 'start');
  const pausedAt = await page.evaluate((ms) => window.bench.at(ms).then(() => window.bench.pause()), pauseAtMs);
  const resumedAt = await page.evaluate((ms) => window.bench.at(ms).then(() => window.bench.resume()), resumeAtMs);
  const [end] = await call(page, 'until', 'hold-end', 1);
  return end.at - (startedAt + dosage.hold * 1000 + (resumedAt - pausedAt));
}

/**
 * C. The page is frozen (as a phone does to a background tab) across the end
 * of hold 1. Nothing at all runs while frozen, so both timers' events are
 * necessarily late; the question is what each timer believes once it runs again.
 */
async function frozenRun(page, kind) {
  const { dosage, freezeAtMs, freezeMs } = FROZEN;
  const cdp = await page.context().newCDPSession(page);
  await mount(page, kind, dosage);
  const startedAt = await call(page, 'start');
  await page.evaluate((ms) => window.bench.at(ms), freezeAtMs);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await sleep(freezeMs);
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  // The model is read at once; the screen a beat later, once the page has had a chance to repaint.
  const atOnce = await call(page, 'snapshot');
  await sleep(100);
  const aBeatLater = await call(page, 'snapshot');
  const ends = await call(page, 'until', 'hold-end', 2);
  await call(page, 'until', 'timer-complete', 1);
  const holdEnd = (i) => startedAt + (i === 0 ? dosage.hold : 2 * dosage.hold + dosage.rest) * 1000;
  return {
    positionError: atOnce.elapsedIdea - atOnce.elapsedTrue,
    shownAfter: aBeatLater.shown,
    shouldShow: aBeatLater.shouldShow,
    deliveryDelay: ends[0].at - holdEnd(0),
    heldMs: ends[0].detail.heldMs,
    nextHoldError: ends[1].at - holdEnd(1),
  };
}

/** Cumulative main-thread counters, in seconds (CDP Performance domain). */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  return { at: m.Timestamp, task: m.TaskDuration, script: m.ScriptDuration, layout: m.LayoutDuration, style: m.RecalcStyleDuration };
}

/**
 * D + E. Main-thread time per second over a 10 s window of a 60 s hold
 * (after a 1 s warm-up, so start-up work is not billed), and renders per
 * second. `kind` null: the idle page, the floor both timers sit on.
 */
async function mainThreadCost(page, kind) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeMetric: 'threadTicks' });
  if (kind) {
    await mount(page, kind, LOAD.dosage);
    await call(page, 'start');
  }
  await sleep(LOAD.warmupMs);
  const before = await metrics(cdp);
  const rendersBefore = kind ? await call(page, 'renders') : 0;
  await sleep(LOAD.windowMs);
  const after = await metrics(cdp);
  const rendersAfter = kind ? await call(page, 'renders') : 0;
  const seconds = after.at - before.at;
  const perSecond = (key) => ((after[key] - before[key]) * 1000) / seconds;
  return {
    task: perSecond('task'),
    script: perSecond('script'),
    layout: perSecond('layout'),
    style: perSecond('style'),
    renders: (rendersAfter - rendersBefore) / seconds,
  };
}

// ---------------------------------------------------------------- running

/** Runs `scenario` REPEATS times per timer, alternating ours and naive, each in a fresh page. */
async function repeated(browser, url, scenario) {
  const results = { ours: [], naive: [] };
  for (let i = 0; i < REPEATS; i++) {
    for (const kind of KINDS) results[kind].push(await withPage(browser, url, (page) => scenario(page, kind)));
  }
  return results;
}

async function once(browser, url, scenario) {
  const results = {};
  for (const kind of KINDS) results[kind] = await withPage(browser, url, (page) => scenario(page, kind));
  return results;
}

async function measureAll(browser, url) {
  const step = (name) => process.stderr.write(`bench: ${name}…\n`);
  step('A. hold-end timing');
  const visible = await repeated(browser, url, holdError);
  step('B. after a pause');
  const paused = await repeated(browser, url, pausedHoldError);
  step('C. after a freeze');
  const frozen = await once(browser, url, frozenRun);
  step('D/E. main-thread cost (4 × 11 s)');
  const load = {
    idle: await withPage(browser, url, (page) => mainThreadCost(page, null)),
    ours: await withPage(browser, url, (page) => mainThreadCost(page, 'ours')),
    oursNoRing: await withPage(browser, url, (page) => mainThreadCost(page, 'ours'), { reducedMotion: 'reduce' }),
    naive: await withPage(browser, url, (page) => mainThreadCost(page, 'naive')),
  };
  return { visible, paused, frozen, load };
}

// ---------------------------------------------------------------- report

const signed = (ms, digits = 1) => `${ms >= 0 ? '+' : '−'}${Math.abs(ms).toFixed(digits)} ms`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
/** The error farthest from zero, sign kept. */
const worst = (xs) => xs.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
const spread = (xs) => `median ${signed(median(xs))}, max ${signed(worst(xs))}`;
const cost = (c, idle) => `${c.task.toFixed(2)} ms/s (${signed(c.task - idle.task, 2).replace(' ms', '')} over idle; script ${c.script.toFixed(2)}, style ${c.style.toFixed(2)}, layout ${c.layout.toFixed(2)})`;

function table({ visible, paused, frozen, load }) {
  const { ours, naive } = frozen;
  const { idle } = load;
  const rows = [
    [
      `A. hold-end error, visible tab (${SINGLE_HOLD.hold} s hold, n=${REPEATS})`,
      spread(visible.ours),
      spread(visible.naive),
      `hold-end event time − (start + ${SINGLE_HOLD.hold} s). Max = the run farthest from 0.`,
    ],
    [
      `B. hold-end error after a pause (${PAUSED.dosage.hold} s hold, paused at ${PAUSED.pauseAtMs / 1000} s for ${(PAUSED.resumeAtMs - PAUSED.pauseAtMs) / 1000} s, n=${REPEATS})`,
      spread(paused.ours),
      spread(paused.naive),
      'Expected end = start + hold + measured paused span. The naive resume starts a fresh 1 s interval, so it forgets the part of a second counted before the pause (here 0.3 s): its error depends on where in a second the pause falls.',
    ],
    [
      `C1. position error right after a ${FROZEN.freezeMs / 1000} s freeze (frozen ${FROZEN.freezeAtMs / 1000}–${(FROZEN.freezeAtMs + FROZEN.freezeMs) / 1000} s over the end of hold 1)`,
      signed(ours.positionError, 0),
      signed(naive.positionError, 0),
      'Where the timer itself thinks it is (ours: state/rep/remaining; naive: its phase and tick count) − true elapsed, read in the first script task after unfreezing. Negative = behind. The naive count only has 1 s resolution. Dosage: hold 5 s, rest 3 s, hold 5 s.',
    ],
    [
      'C2. screen 100 ms after the page returns',
      `${ours.shownAfter} (true: ${ours.shouldShow})`,
      `${naive.shownAfter} (true: ${naive.shouldShow})`,
      'Phase and big number on screen vs. what a correct screen shows at that instant.',
    ],
    [
      'C3. hold-end delivery delay (hold 1, ended while frozen)',
      `${signed(ours.deliveryDelay, 0)} (heldMs ${ours.heldMs})`,
      `${signed(naive.deliveryDelay, 0)} (heldMs ${naive.heldMs})`,
      `Event time − true end. No script runs while frozen, so the floor for anyone is the unfreeze, ${((FROZEN.freezeAtMs + FROZEN.freezeMs) / 1000 - FROZEN.dosage.hold).toFixed(1)} s after the true end. heldMs is what the event claims was held.`,
    ],
    [
      'C4. hold-end error of the next hold (hold 2, after the freeze)',
      signed(ours.nextHoldError, 0),
      signed(naive.nextHoldError, 0),
      'Event time − (start + 13 s): whether the freeze is carried into the rest of the run.',
    ],
    [
      `D. main-thread time, running (${LOAD.dosage.hold} s hold, ${LOAD.windowMs / 1000} s window)`,
      cost(load.ours, idle),
      cost(load.naive, idle),
      `CDP Performance.getMetrics deltas ÷ seconds (TaskDuration; its Script/RecalcStyle/Layout parts). Idle page (bundle loaded, nothing mounted): ${idle.task.toFixed(2)} ms/s (script ${idle.script.toFixed(2)}, style ${idle.style.toFixed(2)}, layout ${idle.layout.toFixed(2)}). Ours draws a ring the naive one does not have; see D′.`,
    ],
    [
      'D′. same, ours with prefers-reduced-motion (no ring animation)',
      cost(load.oursNoRing, idle),
      '—',
      'Separates the ring\'s Web Animation from the counting and text: with reduced motion ours only sets the ring once per second.',
    ],
    [
      'E. re-renders per second (during D)',
      `${load.ours.renders.toFixed(2)} Lit updates/s (${load.oursNoRing.renders.toFixed(2)} with reduced motion)`,
      `${load.naive.renders.toFixed(2)} textContent rewrites/s`,
      'Ours: calls of the element\'s `updated` hook; naive: its render() calls.',
    ],
  ];
  const cell = (s) => String(s).replaceAll('|', '\\|');
  return [
    '| scenario | `<hold-timer>` | naive setInterval | notes |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

function report(results, chromiumVersion, seconds) {
  return [
    '# stretch-widgets timer benchmark',
    '',
    `- date: ${new Date().toISOString()}`,
    `- Chromium ${chromiumVersion} (headless, --disable-gpu), Node ${process.version}, ${cpus().length} CPUs`,
    `- run time: ${seconds.toFixed(0)} s`,
    '',
    table(results),
    '',
  ].join('\n');
}

// ---------------------------------------------------------------- main

async function main() {
  if (!existsSync(BUNDLE)) {
    console.error('dist/stretch-widgets.js is missing: run `npm run build` first.');
    return 1;
  }
  const began = performance.now();
  let server;
  let browser;
  try {
    const started = await startServer(0, { quiet: true });
    server = started.server;
    browser = await chromium.launch(LAUNCH);
    const results = await measureAll(browser, started.url);
    const text = report(results, browser.version(), (performance.now() - began) / 1000);
    console.log(text);
    await mkdir(new URL('.', RESULTS), { recursive: true });
    await writeFile(RESULTS, text);
    return 0;
  } catch (e) {
    console.error('bench failed:', e);
    return 1;
  } finally {
    await browser?.close().catch(() => undefined);
    server?.closeAllConnections?.();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  }
}

const watchdog = setTimeout(() => {
  console.error(`bench: gave up after ${WATCHDOG_MS / 1000} s`);
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

process.chdir(root);
process.exitCode = await main();
