// `npm run bench`: measures <hold-timer> against the naive setInterval
// countdown most tutorials teach (bench/bench-page.js), side by side in the
// same headless Chromium run, then what a patient hears through the whole
// default <stretch-routine> and how late cues come with the page hidden
// (bench/guidance-page.js), and prints Markdown tables (also written to
// bench-results/latest.md).
//
// Every run gets a fresh browser context and page, so nothing one timer left
// behind (timers, animations, GC pressure) is billed to the next. Runs of the
// two timers are interleaved so a noisy moment on the machine hits both alike.
import { existsSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { launchOptions as LAUNCH } from './chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = new URL('../dist/stretch-widgets.js', import.meta.url);
const RESULTS = new URL('../bench-results/latest.md', import.meta.url);
const PAGE = '/bench/timer.html';
const GUIDANCE_PAGE = '/bench/guidance.html';
// Tones play without a tap: the bench starts timers from script, as a patient's tap would.
const BROWSER = { ...LAUNCH, args: [...LAUNCH.args, '--autoplay-policy=no-user-gesture-required'] };


/** A hung page must not hang CI: give up well past the normal ~2.5 minutes. */
const WATCHDOG_MS = 5 * 60 * 1000;
const LOAD_TIMEOUT_MS = 15000;
const REPEATS = 3;
const KINDS = ['ours', 'naive'];

// The scenarios' set-ups, in seconds unless named ms.
const SINGLE_HOLD = { hold: 5, reps: 1, sides: 'none', rest: 0, leadIn: 0 };
const PAUSED = { dosage: { ...SINGLE_HOLD, hold: 3 }, pauseAtMs: 1300, resumeAtMs: 3000 };
/** Two holds with a rest between, so after the freeze there is still a live position to check, and a later hold to time. */
const FROZEN = { dosage: { hold: 5, reps: 2, sides: 'none', rest: 3, leadIn: 0 }, freezeAtMs: 3500, freezeMs: 3000 };
/** Sampled in 1 s slices: the median slice is the steady cost, which one stray task (a GC, a late load) cannot skew. */
const LOAD = { dosage: { hold: 60, reps: 1, sides: 'none', rest: 0, leadIn: 0 }, warmupMs: 1000, slices: 10, sliceMs: 1000 };

// ---------------------------------------------------------------- dist/

/** The bundle builds (by modification time) the pages loaded: more than one means the run mixed builds. */
const buildsSeen = new Set();

/**
 * Waits until dist/ holds a finished build. Other people's builds may run
 * while the bench does (a build starts by deleting dist/), so a page is only
 * opened once the bundle exists and has not changed for a few seconds.
 */
async function settledBundle() {
  const deadline = Date.now() + 90000;
  for (;;) {
    const info = await stat(BUNDLE).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 3000) {
      buildsSeen.add(info.mtimeMs);
      return;
    }
    if (Date.now() > deadline) throw new Error('dist/stretch-widgets.js has been missing or changing for 90 s: is a build stuck?');
    await sleep(500);
  }
}

/** Runs `open()`, and once more if it failed because dist/ was rebuilt under it (a 404 from dist/). */
async function withRebuildRetry(open) {
  await settledBundle();
  try {
    return await open();
  } catch (e) {
    if (!/\b404\b.*\/dist\//.test(e.message)) throw e;
    process.stderr.write('bench: dist/ changed under a page; waiting for the build and retrying it\n');
    await settledBundle();
    return open();
  }
}

// ---------------------------------------------------------------- pages

/** Collects what would make a run's numbers meaningless: script errors, CSP violations, failed loads. */
function problemCollector() {
  const problems = [];
  return {
    problems,
    add: (text) => problems.push(text),
    check() {
      if (problems.length) throw new Error(`page problems: ${problems.join(' | ')}`);
    },
    /** Runs `fn`, then fails on any problem; a failure of `fn` itself carries the problems seen so far (often its cause). */
    async around(fn) {
      try {
        const result = await fn();
        this.check();
        return result;
      } catch (e) {
        if (problems.length) e.message += ` (page problems: ${problems.join(' | ')})`;
        throw e;
      }
    },
  };
}

/** Opens the bench page in a fresh Playwright context, runs `fn(page)`, and always closes the context. */
function withPage(browser, baseUrl, fn, options) {
  return withRebuildRetry(() => withPageOnce(browser, baseUrl, fn, options));
}

async function withPageOnce(browser, baseUrl, fn, { reducedMotion = 'no-preference' } = {}) {
  const context = await browser.newContext({ reducedMotion });
  const errors = problemCollector();
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.add(e.message));
    // The browser's own favicon request may 404; the response listener reports any other failed load with its URL.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.add(m.text()));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.add(`${r.status()} ${r.url()}`));
    await page.goto(baseUrl + PAGE);
    await page.waitForFunction(() => typeof window.bench === 'object', null, { timeout: LOAD_TIMEOUT_MS }).catch((e) => {
      throw new Error(`bench page did not load (${errors.problems.join(' | ') || e.message})`);
    });
    return await errors.around(() => fn(page));
  } finally {
    await context.close();
  }
}

/**
 * A tab Playwright does not manage, driven over raw CDP, for the freeze test.
 *
 * Playwright turns on focus emulation in every page it owns, and Chromium
 * implements that by holding a *visible* capturer on the tab: the tab can then
 * never be hidden, and Chromium does not freeze a visible page, so
 * Page.setWebLifecycleState('frozen') is silently a no-op there (checked:
 * no `freeze` event, timers keep firing). A tab in a browser context that
 * Playwright did not create is left alone (it detaches from it), so it can be
 * hidden and frozen like a real background tab on a phone.
 *
 * It is reached through a browser-level CDP session in non-flat mode
 * (Target.sendMessageToTarget), as Playwright's session object only speaks
 * for its own target.
 */
class RawPage {
  static async open(browser, url, global = 'bench') {
    const browserSession = await browser.newBrowserCDPSession();
    const { browserContextId } = await browserSession.send('Target.createBrowserContext');
    const page = new RawPage(browserSession, browserContextId);
    const { targetId } = await browserSession.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
    page.sessionId = sessionId;
    page.targetId = targetId;
    await page.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
    await Promise.all([page.send('Runtime.enable'), page.send('Log.enable')]);
    await page.send('Page.navigate', { url });
    await page.waitForBench(global);
    return page;
  }

  constructor(browserSession, browserContextId) {
    this.browserSession = browserSession;
    this.browserContextId = browserContextId;
    this.nextId = 0;
    this.pending = new Map();
    this.errors = problemCollector();
    browserSession.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
      if (sessionId === this.sessionId) this.receive(JSON.parse(message));
    });
  }

  receive(message) {
    const waiting = this.pending.get(message.id);
    if (waiting) {
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    } else if (message.method === 'Runtime.exceptionThrown') {
      this.errors.add(message.params.exceptionDetails.exception?.description ?? message.params.exceptionDetails.text);
    } else if (message.method === 'Log.entryAdded' && message.params.entry.level === 'error') {
      const { text, url = '' } = message.params.entry;
      // Vibration without a tap is refused (the bench starts timers from script): the timer skips it, as it should.
      if (!url.endsWith('/favicon.ico') && !text.startsWith('Blocked call to navigator.vibrate')) this.errors.add(`${text} ${url}`);
    }
  }

  send(method, params = {}) {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      const message = JSON.stringify({ id, method, params });
      this.browserSession.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message }).catch(reject);
    });
  }

  /** Like Playwright's page.evaluate(fn, arg): runs `fn(arg)` in the page and awaits its JSON-able result. */
  async evaluate(fn, arg) {
    const expression = `(${fn})(${JSON.stringify(arg ?? null)})`;
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  /** Puts another tab in front of this one, as a patient switching apps does: this page is then hidden, not frozen. */
  async hide() {
    const { targetId } = await this.browserSession.send('Target.createTarget', { url: 'about:blank', browserContextId: this.browserContextId });
    this.cover = targetId;
  }

  async show() {
    await this.browserSession.send('Target.activateTarget', { targetId: this.targetId });
  }

  async waitForBench(global = 'bench') {
    const deadline = Date.now() + LOAD_TIMEOUT_MS;
    while (!(await this.evaluate((g) => typeof window[g] === 'object', global).catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`bench page did not load (${this.errors.problems.join(' | ') || 'timeout'})`);
      await sleep(50);
    }
  }

  async close() {
    await this.browserSession.send('Target.disposeBrowserContext', { browserContextId: this.browserContextId }).catch(() => undefined);
    await this.browserSession.detach().catch(() => undefined);
  }
}

function withRawPage(browser, baseUrl, fn, path = PAGE) {
  return withRebuildRetry(() => withRawPageOnce(browser, baseUrl, fn, path));
}

async function withRawPageOnce(browser, baseUrl, fn, path) {
  const page = await RawPage.open(browser, baseUrl + path, path === PAGE ? 'bench' : 'guidance');
  try {
    return await page.errors.around(() => fn(page));
  } finally {
    await page.close();
  }
}

/** Mounts a timer and checks the tab counts as visible: a hidden tab's timers are throttled and every number would lie. */
async function mount(page, kind, dosage) {
  const visibility = await page.evaluate(([k, d]) => window.bench.mount(k, d), [kind, dosage]);
  if (visibility !== 'visible') throw new Error(`bench page is ${visibility}, not visible: timings would be throttled`);
}

/** Calls `window.bench[name](...args)` in the page (works for a Playwright page and a RawPage alike). */
const call = (page, name, ...args) => page.evaluate(([n, a]) => window.bench[n](...a), [name, args]);

/** How long past the last one's due time we wait for events before calling them lost. */
const GRACE_MS = 3000;

/**
 * The first `count` `hold-end` events of a run, or fewer: a timer that never
 * fires one is measured (`lost`, with what its screen showed then), not
 * allowed to crash the bench. `dueAt` is a page time.
 */
async function holdEnds(page, count, dueAt) {
  const { events, shown } = await call(page, 'waitFor', 'hold-end', count, dueAt + GRACE_MS);
  return { ends: events, lost: events.length < count ? shown : null };
}

// ---------------------------------------------------------------- scenarios

/** A. One 5 s hold in a visible tab: hold-end time minus (start + 5 s). */
async function holdError(page, kind) {
  await mount(page, kind, SINGLE_HOLD);
  const start = await call(page, 'start');
  const due = start.at + SINGLE_HOLD.hold * 1000;
  const { ends: [end], lost } = await holdEnds(page, 1, due);
  return { error: end ? end.at - due : null, lost, startTook: start.took };
}

/** B. Paused 1.3 s in for 1.7 s: the hold should end its length plus the paused span after the start. */
async function pausedHoldError(page, kind) {
  const { dosage, pauseAtMs, resumeAtMs } = PAUSED;
  await mount(page, kind, dosage);
  const start = await call(page, 'start');
  const pause = await page.evaluate((ms) => window.bench.at(ms).then(() => window.bench.pause()), pauseAtMs);
  const resume = await page.evaluate((ms) => window.bench.at(ms).then(() => window.bench.resume()), resumeAtMs);
  const due = start.at + dosage.hold * 1000 + (resume.at - pause.at);
  const { ends: [end], lost } = await holdEnds(page, 1, due);
  return { error: end ? end.at - due : null, lost, resumeTook: resume.took };
}

/**
 * C. The tab is hidden and frozen (as a phone does to a background tab)
 * across the end of hold 1, then shown again. Nothing at all runs while
 * frozen, so both timers' events are necessarily late; the question is what
 * each timer believes, and shows, once it runs again, and whether the lost
 * time is carried into the rest of the run.
 */
async function frozenRun(page, kind) {
  const { dosage, freezeAtMs, freezeMs } = FROZEN;
  await mount(page, kind, dosage);
  const start = await call(page, 'start');
  await page.evaluate((ms) => window.bench.at(ms), freezeAtMs);
  await page.send('Page.setWebLifecycleState', { state: 'frozen' }); // Chromium hides the tab first, then freezes it.
  await sleep(freezeMs);
  await page.send('Page.setWebLifecycleState', { state: 'active' });
  // The patient comes back: focus emulation takes a visible capturer, which shows the tab again.
  await page.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  // The model is read at once; the screen a beat later, once the page has had a chance to catch up and repaint.
  const atOnce = await call(page, 'snapshot');
  await sleep(100);
  const aBeatLater = await call(page, 'snapshot');
  const holdEnd = (i) => start.at + (i === 0 ? dosage.hold : 2 * dosage.hold + dosage.rest) * 1000;
  // A timer that loses the frozen time (the naive one) ends hold 2 up to that much late.
  const { ends, lost } = await holdEnds(page, 2, holdEnd(1) + freezeMs);
  const [frozeAt] = await call(page, 'events', 'freeze');
  const [resumedAt] = await call(page, 'events', 'resume');
  if (!frozeAt || !resumedAt) throw new Error('the page never froze: Page.setWebLifecycleState had no effect, C would measure nothing');
  return {
    startTook: start.took,
    frozenFrom: frozeAt.at - start.at,
    frozenTo: resumedAt.at - start.at,
    positionError: atOnce.elapsedIdea - atOnce.elapsedTrue,
    shownAfter: aBeatLater.shown,
    shouldShow: aBeatLater.shouldShow,
    deliveryDelay: ends[0] ? ends[0].at - holdEnd(0) : null,
    afterResume: ends[0] ? ends[0].at - resumedAt.at : null,
    heldMs: ends[0]?.detail.heldMs,
    nextHoldError: ends[1] ? ends[1].at - holdEnd(1) : null,
    lost,
  };
}

/** Cumulative main-thread counters, in seconds (CDP Performance domain). */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  return { at: m.Timestamp, task: m.TaskDuration, script: m.ScriptDuration, layout: m.LayoutDuration, style: m.RecalcStyleDuration };
}

/** Renders per second from their timestamps: (n − 1) intervals over first→last, which does not depend on where the window cuts. */
function rate(times) {
  if (times.length < 2) return 0;
  return ((times.length - 1) * 1000) / (times[times.length - 1] - times[0]);
}

/**
 * D + E. Main-thread time per second over 10 one-second slices of a 60 s
 * hold (after a 1 s warm-up, so start-up work is not billed), and renders
 * per second. `kind` null: the idle page, the floor both timers sit on.
 * Thread ticks, not wall time: CPU the main thread really spent, so other
 * processes on a busy machine do not inflate it.
 */
async function mainThreadCost(page, kind) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeMetric: 'threadTicks' });
  if (kind) {
    await mount(page, kind, LOAD.dosage);
    await call(page, 'start');
  }
  await sleep(LOAD.warmupMs);
  const from = await call(page, 'now');
  const samples = [await metrics(cdp)];
  for (let i = 0; i < LOAD.slices; i++) {
    await sleep(LOAD.sliceMs);
    samples.push(await metrics(cdp));
  }
  const to = await call(page, 'now');
  const perSecond = (a, b, key) => ((b[key] - a[key]) * 1000) / (b.at - a.at);
  const first = samples[0];
  const last = samples[samples.length - 1];
  return {
    task: median(samples.slice(1).map((b, i) => perSecond(samples[i], b, 'task'))),
    taskMean: perSecond(first, last, 'task'),
    script: perSecond(first, last, 'script'),
    layout: perSecond(first, last, 'layout'),
    style: perSecond(first, last, 'style'),
    renders: kind ? rate(await call(page, 'renders', from, to)) : 0,
  };
}

// ---------------------------------------------------------------- guidance

/** The default routine's changes of position: the first hold of each stretch, and of its other side. */
const CHANGES = [
  ['hamstring, left leg', 0],
  ['hamstring, right leg', 2],
  ['glute, left side', 4],
  ['glute, right side', 6],
];
const VOICE_PACES = [1, 1.25];

/**
 * F. The whole default <stretch-routine>, Voice and Sound on, Start tapped
 * once and nothing touched after, on Playwright's faked clock (minutes of
 * routine in seconds), with a recording speech engine that queues words and
 * ends each after its estimated length × `pace` (1: the device speaks as
 * estimated; 1.25: a voice a quarter slower than the estimate, which the
 * timer learns as words end).
 */
async function routineHeard(browser, baseUrl, { lang, pace }) {
  return withRebuildRetry(async () => {
    const context = await browser.newContext();
    const errors = problemCollector();
    try {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.add(e.message));
      page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.add(`${r.status()} ${r.url()}`));
      await page.clock.install();
      await page.goto(`${baseUrl}${GUIDANCE_PAGE}?pace=${pace}`);
      return await errors.around(async () => {
        const deadline = Date.now() + LOAD_TIMEOUT_MS;
        while (!(await page.evaluate(() => typeof window.guidance === 'object'))) {
          if (Date.now() > deadline) throw new Error('guidance page did not load');
          await sleep(50);
        }
        await page.evaluate((l) => window.guidance.routine(l), lang);
        // The translation loads over the network, not on the faked clock.
        await page.waitForFunction(
          (l) => document.querySelector('stretch-routine')?.shadowRoot?.querySelector('[part=start-button]')?.textContent?.trim() !== (l === 'en' ? '' : 'Start routine'),
          lang,
          { polling: 50, timeout: LOAD_TIMEOUT_MS },
        );
        await page.evaluate(() => window.guidance.tapStart());
        for (let i = 0; i < 600 && (await page.evaluate(() => window.guidance.routineState())) === 'guided'; i++) await page.clock.runFor(1000);
        await page.clock.runFor(15000); // the closing words
        const state = await page.evaluate(() => window.guidance.routineState());
        if (state !== 'finished') throw new Error(`the routine did not finish (state ${state})`);
        return page.evaluate(() => window.guidance.record());
      });
    } finally {
      await context.close();
    }
  });
}

/** What a patient heard in one routine: counts, lateness, quiet time before each change of position. */
function heardSummary({ said, events }) {
  const holds = events.filter((e) => e.type === 'hold-start');
  const quietBefore = (at) => {
    const before = said.filter((u) => u.start != null && u.start < at);
    const last = before[before.length - 1];
    return { words: last?.text ?? '', ms: last ? at - last.end : at };
  };
  const late = said.filter((u) => u.start != null).map((u) => u.start - u.handed);
  return {
    total: said.length,
    cut: said.filter((u) => u.cut).length,
    dropped: said.filter((u) => u.dropped).length,
    lateOver2s: late.filter((ms) => ms > 2000).length,
    maxLate: Math.max(0, ...late),
    holds: holds.length,
    changes: CHANGES.map(([name, i]) => ({ name, ...(holds[i] ? quietBefore(holds[i].at) : { words: '⚠ no such hold', ms: NaN }) })),
    safety: said.filter((u) => /numbness|numbness|entumecimiento|ardor|harder|difícil/i.test(u.text)).length,
    closing: said[said.length - 1]?.text ?? '',
    lang: [...new Set(said.map((u) => `${u.lang}/${u.voice}`))].join(', '),
  };
}

/** Pairs what came with what was due, in order: lateness of each, and how many never came. */
function lateness({ due, came }) {
  const late = due.map((d, i) => (came[i] == null ? null : came[i] - d));
  return { n: due.length, missing: late.filter((x) => x == null).length, extra: Math.max(0, came.length - due.length), late: late.filter((x) => x != null) };
}

/** The hidden-page run: a hold-timer, sound and voice on, hidden right after Start for its whole run (real clock). */
const HIDDEN = { dosage: { hold: 5, reps: 4, sides: 'none', rest: 3, leadIn: 3 }, runMs: 32000 };

/**
 * G. Cues while the page is hidden (another app in front, a notification):
 * a raw tab (Playwright would keep it visible) is covered by another tab
 * right after Start, stays hidden through the whole run on the real clock,
 * and is shown again at the end. Every tone, word and event is timed in
 * the page against when the timer's own plan says it was due.
 */
async function hiddenCues(page, sound) {
  const visibility = await page.evaluate(([d, s]) => window.guidance.timer(d, s), [HIDDEN.dosage, sound]);
  if (visibility !== 'visible') throw new Error(`guidance page is ${visibility} before the run`);
  await page.evaluate(() => window.guidance.startTimer());
  await page.hide();
  const hidden = await page.evaluate(() => document.visibilityState);
  if (hidden !== 'hidden') throw new Error(`covering the tab left it ${hidden}: G would measure a visible page`);
  await sleep(HIDDEN.runMs + 2000);
  const stillHidden = await page.evaluate(() => document.visibilityState);
  const state = await page.evaluate(() => window.guidance.timerState());
  await page.show();
  const byKind = await page.evaluate(() => window.guidance.timerLateness());
  return { stillHidden, state, ...Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, lateness(v)])) };
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

async function measureAll(browser, url) {
  const step = (name) => process.stderr.write(`bench: ${name}…\n`);
  if (process.env.BENCH_ONLY === 'guidance') return measureGuidance(browser, url, step);
  return { ...(await measureTimer(browser, url, step)), ...(await measureGuidance(browser, url, step)) };
}

async function measureTimer(browser, url, step) {
  step('A. hold-end timing');
  const visible = await repeated(browser, url, holdError);
  step('B. after a pause');
  const paused = await repeated(browser, url, pausedHoldError);
  step('C. after a freeze');
  const frozen = {};
  for (const kind of KINDS) frozen[kind] = await withRawPage(browser, url, (page) => frozenRun(page, kind));
  step('D/E. main-thread cost');
  const load = {
    idle: await withPage(browser, url, (page) => mainThreadCost(page, null)),
    ours: await withPage(browser, url, (page) => mainThreadCost(page, 'ours')),
    oursNoRing: await withPage(browser, url, (page) => mainThreadCost(page, 'ours'), { reducedMotion: 'reduce' }),
    naive: await withPage(browser, url, (page) => mainThreadCost(page, 'naive')),
  };
  return { visible, paused, frozen, load };
}

async function measureGuidance(browser, url, step) {
  step('F. the default routine, heard (faked clock)');
  const heard = {};
  for (const lang of ['en', 'es']) for (const pace of VOICE_PACES) heard[`${lang}@${pace}`] = heardSummary(await routineHeard(browser, url, { lang, pace }));
  step('G. cues with the page hidden (real clock)');
  const hidden = await withRawPage(browser, url, (page) => hiddenCues(page, true), GUIDANCE_PAGE);
  const hiddenQuiet = await withRawPage(browser, url, (page) => hiddenCues(page, false), GUIDANCE_PAGE);
  return { heard, hidden, hiddenQuiet };
}

// ---------------------------------------------------------------- report

const signed = (ms, digits = 1) => {
  const magnitude = Math.abs(ms).toFixed(digits);
  const sign = Number(magnitude) === 0 ? '±' : ms > 0 ? '+' : '−';
  return `${sign}${magnitude} ms`;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
/** The value farthest from zero, sign kept. */
const worst = (xs) => xs.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
const spread = (xs) => `median ${signed(median(xs))}, max ${signed(worst(xs))}`;
const plain = (xs) => `median ${median(xs).toFixed(1)} ms, max ${worst(xs).toFixed(1)} ms`;
const pick = (runs, key) => runs.map((r) => r[key]);
/** Median and max error of the runs that fired the event, and plainly, any run that never did. */
function timing(runs) {
  const errors = pick(runs, 'error').filter((e) => e != null);
  const lost = runs.filter((r) => r.lost != null);
  const parts = errors.length ? [spread(errors)] : [];
  if (lost.length) parts.push(`⚠ no hold-end at all in ${lost.length} of ${runs.length} runs (screen then: ${lost.map((r) => `"${r.lost}"`).join(', ')})`);
  return parts.join('; ');
}
/** An event time in a cell, or the fact that it never came. */
const eventCell = (ms, text) => (ms == null ? '⚠ never fired' : text);
/** Every run, of every scenario, in which a timer never fired a hold-end it owed. */
function losses({ visible, paused, frozen }) {
  const found = [];
  if (!visible) return found;
  for (const kind of KINDS) {
    const runs = [...visible[kind], ...paused[kind], frozen[kind]];
    const lost = runs.filter((r) => r.lost != null).length;
    if (lost) found.push(`${kind === 'ours' ? '<hold-timer>' : 'the naive timer'} never fired an expected hold-end in ${lost} of ${runs.length} timed runs`);
  }
  return found;
}
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const cost = (c, idle) =>
  `${c.task.toFixed(2)} ms/s (${signed(c.task - idle.task, 2).replace(' ms', '')} over idle; window mean ${c.taskMean.toFixed(2)}: script ${c.script.toFixed(2)}, style ${c.style.toFixed(2)}, layout ${c.layout.toFixed(2)})`;

function table({ visible, paused, frozen, load }) {
  const { ours, naive } = frozen;
  const { idle } = load;
  const rows = [
    [
      `A. hold-end error, visible tab (${SINGLE_HOLD.hold} s hold, n=${REPEATS})`,
      timing(visible.ours),
      timing(visible.naive),
      `hold-end event time − (time start() was called + ${SINGLE_HOLD.hold} s). Max = the run farthest from 0.`,
    ],
    [
      'A′. time blocked inside start() (same runs)',
      plain(pick(visible.ours, 'startTook')),
      plain(pick(visible.naive, 'startTook')),
      'How long the start() call blocked. Whatever a timer does before it reads the clock lands in A\'s error; what it does after only delays the first paint.',
    ],
    [
      `B. hold-end error after a pause (${PAUSED.dosage.hold} s hold, paused at ${PAUSED.pauseAtMs / 1000} s for ${(PAUSED.resumeAtMs - PAUSED.pauseAtMs) / 1000} s, n=${REPEATS})`,
      timing(paused.ours),
      timing(paused.naive),
      `Expected end = start + hold + measured paused span. resume() blocked median ${median(pick(paused.ours, 'resumeTook')).toFixed(1)} ms (ours) and ${median(pick(paused.naive, 'resumeTook')).toFixed(1)} ms (naive). The naive resume starts a fresh 1 s interval, so it forgets the part of a second counted before the pause (here 0.3 s): its error depends on where in a second the pause falls (0 to +1000 ms).`,
    ],
    [
      `C1. position error right after the page returns (tab hidden + frozen ${seconds(ours.frozenFrom)}–${seconds(ours.frozenTo)} for ours, ${seconds(naive.frozenFrom)}–${seconds(naive.frozenTo)} for naive; hold 1 ends at 5 s)`,
      signed(ours.positionError, 0),
      signed(naive.positionError, 0),
      `Where the timer itself thinks it is (ours: state/rep/remaining; naive: its phase and tick count) − true elapsed, read in the first script run after it is unfrozen and shown. Negative = behind. The naive one loses the ticks that fell due while frozen (here Chromium fired one overdue tick on resume, then kept the interval's phase), and its count only has 1 s resolution. For reference, start() blocked ${ours.startTook.toFixed(0)} ms (ours) and ${naive.startTook.toFixed(0)} ms (naive) in these runs. Dosage: hold 5 s, rest 3 s, hold 5 s. Frozen spans are from the page's own freeze/resume events.`,
    ],
    [
      'C2. screen 100 ms after the page returns',
      `${ours.shownAfter} (true: ${ours.shouldShow})`,
      `${naive.shownAfter} (true: ${naive.shouldShow})`,
      'Phase and big number on screen vs. what a correct screen shows at that instant.',
    ],
    [
      'C3. hold-end delivery delay (hold 1, ended while frozen)',
      ...[ours, naive].map((r) => eventCell(r.deliveryDelay, `${signed(r.deliveryDelay ?? 0, 0)}; ${signed(r.afterResume ?? 0, 0)} after resume (heldMs ${r.heldMs})`)),
      'Event time − true end of hold 1. No script runs while frozen, so no timer can beat the resume; "after resume" is how long past that moment the event came. heldMs is what the event claims was held (the naive one claims its tick count).',
    ],
    [
      'C4. hold-end error of the next hold (hold 2, after the freeze)',
      ...[ours, naive].map((r) => eventCell(r.nextHoldError, signed(r.nextHoldError ?? 0, 0))),
      'Event time − (start + 13 s): whether the frozen time is carried into the rest of the run.',
    ],
    [
      `D. main-thread time, running (${LOAD.dosage.hold} s hold, ${LOAD.slices} × ${LOAD.sliceMs / 1000} s slices)`,
      cost(load.ours, idle),
      cost(load.naive, idle),
      `CDP Performance.getMetrics deltas ÷ seconds, in main-thread CPU time (timeMetric threadTicks). First number: median 1 s slice of TaskDuration (the steady cost); then the mean over the whole window, with its Script/RecalcStyle/Layout parts. Idle page (bundle loaded, nothing mounted): ${idle.task.toFixed(2)} ms/s (window mean ${idle.taskMean.toFixed(2)}: script ${idle.script.toFixed(2)}, style ${idle.style.toFixed(2)}, layout ${idle.layout.toFixed(2)}). The rest of TaskDuration is main-thread work outside those three (paint, commits to the compositor, task overhead; software raster here, --disable-gpu). Ours also animates a ring, which the naive one does not have; see D′.`,
    ],
    [
      'D′. same, ours with prefers-reduced-motion (no ring animation)',
      cost(load.oursNoRing, idle),
      '—',
      'Separates the ring\'s animation from the counting and text: with prefers-reduced-motion ours does not animate its ring.',
    ],
    [
      'E. re-renders per second (during D)',
      `${load.ours.renders.toFixed(2)} Lit updates/s (${load.oursNoRing.renders.toFixed(2)} with reduced motion)`,
      `${load.naive.renders.toFixed(2)} textContent rewrites/s`,
      'Ours: calls of the element\'s `updated` hook; naive: its render() calls. Rate = (n − 1) ÷ time from first to last in the window.',
    ],
  ];
  const cell = (s) => String(s).replaceAll('|', '\\|');
  return [
    '| scenario | `<hold-timer>` | naive setInterval | notes |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** F and G: what a patient hears, and when. */
function guidanceTable({ heard, hidden, hiddenQuiet }) {
  const langs = ['en', 'es'];
  const cell = (s) => String(s).replaceAll('|', '\\|');
  const row = (...cells) => `| ${cells.map(cell).join(' | ')} |`;
  const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const words = (h) => `${h.total} utterances: ${h.cut} cut off, ${h.dropped} dropped, ${h.lateOver2s} more than 2 s late (latest ${sec(h.maxLate)})`;
  const rows = [
    row('scenario', 'English', 'Spanish', 'notes'),
    row('---', '---', '---', '---'),
    ...VOICE_PACES.map((pace) =>
      row(
        `F1. whole default routine, words heard${pace === 1 ? '' : ` (voice ${Math.round((pace - 1) * 100)} % slower than estimated)`}`,
        ...langs.map((l) => words(heard[`${l}@${pace}`])),
        pace === 1
          ? 'Voice and Sound on, Start tapped once, nothing touched after; faked clock, recording speech engine (speak queues, cancel cuts, each utterance lasts its estimated length). Late = started − the moment it was handed over (its cue). Before this work (the issue, measured on main): 7 of about 30 cut off.'
          : 'The same with a slower voice: words wait their turn instead of being cut; the timer measures the pace as words end and plans the next stretch with it.',
      ),
    ),
    ...CHANGES.map(([name], i) =>
      row(
        `F2. time to get into position: ${name}`,
        ...langs.map((l) => {
          const c = heard[`${l}@1`].changes[i];
          return `${sec(c.ms)} after “${c.words.length > 48 ? `…${c.words.slice(-45)}` : c.words}”`;
        }),
        i % 2 === 0 ? 'From the end of the last words before the hold to the hold\'s start (goal ≥ 10 s; before: the first count-in was 3 s with words still being said).' : 'Goal ≥ 8 s after "switch to your right …" (before: about 2 s).',
      ),
    ),
    row(
      'F3. safety rule said / closing words',
      ...langs.map((l) => `${heard[`${l}@1`].safety}× / “${heard[`${l}@1`].closing}”`),
      `Once per stretch, at its first hold; the routine's own count of holds at the end. Voices used: ${langs.map((l) => heard[`${l}@1`].lang).join('; ')}.`,
    ),
  ];
  const g = (k, run = hidden) => {
    const { n, missing, extra, late } = run[k];
    const parts = [`${n - missing} of ${n}`];
    if (late.length) parts.push(`median ${median(late).toFixed(0)} ms, max ${Math.max(...late).toFixed(0)} ms late`);
    if (extra) parts.push(`${extra} more than planned`);
    return parts.join(', ');
  };
  const hiddenRows = [
    row('scenario', '`<hold-timer>`', 'notes'),
    row('---', '---', '---'),
    row('G1. tones with the page hidden', g('tones'), `Real clock; a tab put in front right after Start, for the whole run (${HIDDEN.runMs / 1000} s: 4 holds of 5 s, count-in, rests; page ${hidden.stillHidden} at the end, timer ${hidden.state}). Lateness of each against its moment in the timer's plan. Before: nothing at all until the page showed again.`),
    row('G2. words with the page hidden', g('words'), 'Handed to the speech engine.'),
    row('G3. hold-start / hold-end events with the page hidden', g('events'), 'Browsers may run a hidden page\'s timers only about once a second (up to 1 s late is then the floor for any timer); this headless Chromium did not throttle these runs.'),
    row('G4. words with the page hidden, Sound off (Voice only)', g('words', hiddenQuiet), `No tones: a silent page, which browsers throttle first. Events: ${g('events', hiddenQuiet)}.`),
  ];
  return [...rows, '', ...hiddenRows].join('\n');
}

function report(results, chromiumVersion, runSeconds) {
  const lost = losses(results);
  return [
    '# stretch-widgets timer benchmark',
    '',
    `- date: ${new Date().toISOString()}`,
    `- Chromium ${chromiumVersion} (headless, --disable-gpu), Node ${process.version}, ${cpus().length} CPUs`,
    `- run time: ${runSeconds.toFixed(0)} s`,
    ...(lost.length ? ['', ...lost.map((l) => `**⚠ ${l}: a lost event is a bug, not noise.**`)] : []),
    ...(buildsSeen.size > 1 ? ['', `**⚠ dist/ was rebuilt during the run: ${buildsSeen.size} different builds were measured.**`] : []),
    '',
    ...(results.visible ? [table(results), ''] : []),
    '## What a patient hears',
    '',
    guidanceTable(results),
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
    browser = await chromium.launch(BROWSER);
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
