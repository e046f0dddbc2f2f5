// `npm run bench` (part 2), or alone: `node scripts/bench-cls.mjs`.
// Cumulative Layout Shift of the README's paste-in page (an article with a
// routine, two cards and a timer), taken from README.md itself so the page
// measured is the page clinics are told to make. Loaded in headless Chromium
// on a fast connection and on a slow phone network (150 ms RTT, 1.6 Mbps down,
// CPU 4× slower), served gzipped as real hosting does. Prints a Markdown
// table, writes bench-results/cls.md, and exits 1 over the targets.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { launchOptions } from './chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.CLS_RUNS) || 3;
const SETTLE_MS = 1500;
const TARGET = { fast: 0.02, slow: 0.1 };

/** Lighthouse's "slow 4G" phone, with the round trip the issue names. */
const SLOW = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };
/** Whether the first paint comes before the script has run is a race; "script late" makes it certain (a slow CDN). */
const LATE_MS = 1000;
const SCENARIOS = [
  { name: 'fast, desktop 1280 px', net: 'fast', device: DESKTOP },
  { name: 'fast, phone 390 px', net: 'fast', device: PHONE },
  { name: 'slow phone network + 4× CPU, phone 390 px', net: 'slow', device: PHONE },
  { name: 'slow phone network + 4× CPU, desktop 1280 px', net: 'slow', device: DESKTOP },
  { name: `slow phone network, script ${LATE_MS / 1000} s late, phone 390 px`, net: 'slow', late: true, device: PHONE },
  { name: `slow phone network, script ${LATE_MS / 1000} s late, desktop 1280 px`, net: 'slow', late: true, device: DESKTOP },
];

/** The README's paste-in page: the html block after `<!-- paste-in page -->`. */
export async function readmePage() {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const match = /<!-- paste-in page[^>]*-->\s*```html\n([\s\S]*?)```/.exec(readme);
  if (!match) throw new Error('README.md has no "<!-- paste-in page -->" html block');
  return match[1];
}

/** Serves `/` as the page and the README's `/stretch-widgets-<version>/…` folder from dist/, gzipped. */
export function serve(page) {
  const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path.endsWith('.js') && req.headers['x-late']) await new Promise((r) => setTimeout(r, LATE_MS));
    const file = path === '/' ? null : /^\/stretch-widgets-[^/]+\/(.+)$/.exec(path)?.[1];
    try {
      if (file === undefined) throw new Error('not ours');
      const body = file === null ? Buffer.from(page) : await readFile(normalize(join(root, 'dist', file)));
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'Content-Type': `${file === null ? 'text/html' : (types[extname(file)] ?? 'application/octet-stream')}; charset=utf-8`,
        'Cache-Control': 'no-store',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(gzip ? gzipSync(body) : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

/**
 * Layout shifts as the page reports them, each with what moved. All of them
 * count: nothing is tapped during a run, and Chromium's mobile emulation
 * flags every shift `hadRecentInput`, which would hide them all on the phone.
 */
function recordShifts() {
  window.__shifts = [];
  const name = (n) => (n?.nodeType === 1 ? n.localName + (n.id ? `#${n.id}` : '') : (n?.nodeName ?? '?'));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({ value: e.value, at: e.startTime, moved: e.sources.map((s) => name(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** CLS as Chrome reports it: the worst session window (shifts < 1 s apart, window ≤ 5 s). */
function cls(shifts) {
  let worst = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.at - last > 1000 || s.at - first > 5000) {
      first = s.at;
      sum = 0;
    }
    sum += s.value;
    last = s.at;
    worst = Math.max(worst, sum);
  }
  return worst;
}

export async function loadOnce(browser, url, { net, device, late }) {
  const context = await browser.newContext({ ...device, ...(late ? { extraHTTPHeaders: { 'x-late': '1' } } : {}) });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && problems.push(m.text()));
    await page.addInitScript(recordShifts);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (net === 'slow') {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW.latency, downloadThroughput: SLOW.downloadThroughput, uploadThroughput: SLOW.uploadThroughput });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
    }
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(() => ['hold-timer', 'stretch-card', 'stretch-routine'].every((t) => customElements.get(t)), null, { timeout: 60000 });
    await page.evaluate(() => Promise.all([...document.querySelectorAll('stretch-routine, stretch-card, hold-timer')].map((e) => e.updateComplete)));
    await page.waitForTimeout(SETTLE_MS);
    const { shifts, fcp } = await page.evaluate(() => ({
      shifts: window.__shifts,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    if (problems.length) throw new Error(`page problems: ${problems.join(' | ')}`);
    return { cls: cls(shifts), fcp, shifts };
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Every scenario RUNS times; the worst run counts against the target. `withoutCss` also measures the page minus our stylesheet, for comparison. */
export async function measureCls(browser, { withoutCss = true } = {}) {
  const page = await readmePage();
  if (!/<link[^>]+stretch-widgets\.css/.test(page)) throw new Error('the README page does not link stretch-widgets.css');
  const bare = page.replace(/[ \t]*<link[^>]+stretch-widgets\.css[^>]*>\n?/, '');
  const rows = [];
  for (const [label, html, runs] of [['README page', page, RUNS], ...(withoutCss ? [['without stretch-widgets.css', bare, 1]] : [])]) {
    const { server, url } = await serve(html);
    try {
      for (const scenario of SCENARIOS) {
        process.stderr.write(`bench-cls: ${label}, ${scenario.name}…\n`);
        const results = [];
        for (let i = 0; i < runs; i++) results.push(await loadOnce(browser, url, scenario));
        const worst = results.reduce((a, b) => (b.cls > a.cls ? b : a));
        rows.push({ label, scenario, runs, worst, median: median(results.map((r) => r.cls)), fcp: median(results.map((r) => r.fcp ?? 0)) });
      }
    } finally {
      server.closeAllConnections?.();
      server.close();
    }
  }
  return rows;
}

export function clsTable(rows) {
  const moved = (r) => [...new Set(r.worst.shifts.filter((s) => s.value > 0.001).flatMap((s) => s.moved))].join(', ') || '–';
  return [
    '| page | conditions | CLS, worst run | CLS, median | target | first paint (median) | what moved (worst run) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const target = TARGET[r.scenario.net];
      const verdict = r.label === 'README page' ? `≤ ${target} ${r.worst.cls <= target ? 'ok' : '**OVER**'}` : '–';
      return `| ${r.label} | ${r.scenario.name} (n=${r.runs}) | ${r.worst.cls.toFixed(3)} | ${r.median.toFixed(3)} | ${verdict} | ${Math.round(r.fcp)} ms | ${moved(r)} |`;
    }),
  ].join('\n');
}

export const clsOverTarget = (rows) => rows.filter((r) => r.label === 'README page' && r.worst.cls > TARGET[r.scenario.net]);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const browser = await chromium.launch(launchOptions);
  let code = 0;
  try {
    const rows = await measureCls(browser);
    const text = [
      '# stretch-widgets layout shift (CLS)',
      '',
      `- date: ${new Date().toISOString()}, Chromium ${browser.version()} headless, ${RUNS} runs per row of the README page, 1 without the stylesheet`,
      `- page: README.md's paste-in page, served gzipped with no cache; slow = ${SLOW.latency} ms RTT, 1.6 Mbps down, CPU ${SLOW.cpu}× slower; "script late": the server holds every .js for ${LATE_MS} ms, so the page is surely painted before the widgets exist`,
      '- "without stretch-widgets.css": the same page minus its <link>, for comparison (no target)',
      '',
      clsTable(rows),
      '',
    ].join('\n');
    console.log(text);
    await mkdir(join(root, 'bench-results'), { recursive: true });
    await writeFile(join(root, 'bench-results/cls.md'), text);
    const over = clsOverTarget(rows);
    if (over.length) {
      console.error(`bench-cls: over target in ${over.map((r) => r.scenario.name).join('; ')}`);
      code = 1;
    }
  } catch (e) {
    console.error('bench-cls failed:', e);
    code = 1;
  } finally {
    await browser.close();
  }
  process.exitCode = code;
}
