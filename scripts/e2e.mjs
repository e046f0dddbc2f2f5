// End-to-end smoke test of the built bundles, as a clinic page uses them:
// served with a strict Content-Security-Policy and Trusted Types required,
// loaded by a plain <script> tag (ES module, and the classic IIFE build).
// Fails on any CSP violation, page error, or a widget that renders blank.
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { launchOptions } from './chrome.mjs';


const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

async function openPage(browser, url, width) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.location().url)) problems.push(`console error: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await page.waitForFunction(() => ['hold-timer', 'stretch-card', 'stretch-routine'].every((t) => customElements.get(t)));
  await page.evaluate(() => Promise.all([...document.querySelectorAll('hold-timer, stretch-card, stretch-routine')].map((el) => el.updateComplete)));
  return { page, problems };
}

async function checkPage(browser, base, path, label, bundle) {
  const { page, problems } = await openPage(browser, `${base}${path}`, 390);
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')).filter((s) => s?.includes('stretch-widgets')));
  check(scripts.length === 1 && scripts[0].endsWith(bundle), `${label}: the page loads ${bundle} alone (${scripts.join(', ')})`);
  const seen = await page.evaluate(() => {
    const text = (el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return {
      cards: [...document.querySelectorAll('body > main stretch-card')].map((c) => text(c).slice(0, 40)),
      routine: text(document.querySelector('stretch-routine')),
      timer: text(document.querySelector('main > article > section > hold-timer')),
      violations: window.__violations,
    };
  });
  check(seen.cards.length === 2 && seen.cards.every((t) => /stretch/.test(t)), `${label}: both cards render their stretch`);
  check(/Start routine/.test(seen.routine) && /Stretches for sciatica/.test(seen.routine), `${label}: the routine renders its overview`);
  check(/15/.test(seen.timer) && /Start/.test(seen.timer), `${label}: the timer renders`);
  check(seen.violations.length === 0, `${label}: no CSP or Trusted Types violations ${seen.violations.join(', ')}`);

  // A timer really runs (real clock) under the page's CSP.
  const ran = await page.evaluate(async () => {
    const give_up = new Promise((r) => setTimeout(() => r(`no timer-complete after 5 s (page ${document.visibilityState}, timer ${t.state}, ${t.remaining} ms left)`), 5000));
    const t = document.createElement('hold-timer');
    t.setAttribute('hold', '1');
    t.setAttribute('lead-in', '0');
    t.setAttribute('reps', '1');
    t.setAttribute('sides', 'none');
    document.body.append(t);
    await t.updateComplete;
    const t0 = performance.now();
    const done = new Promise((r) => t.addEventListener('timer-complete', () => r(performance.now() - t0)));
    t.start();
    return Promise.race([done, give_up]);
  });
  check(typeof ran === 'number' && ran >= 990 && ran < 1300, `${label}: a 1 s hold completes in ${typeof ran === 'number' ? `${Math.round(ran)} ms` : ran}`);

  // The page's language switcher: widgets follow <html lang> and stay whole.
  await page.evaluate(async () => {
    const ready = new Promise((r) => window.addEventListener('lit-localize-status', (e) => e.detail.status === 'ready' && r(), { once: false }));
    document.documentElement.lang = 'es';
    await ready;
  });
  // The markup was in the page before the bundle ran: this catches elements that never re-render on a locale change.
  const after = await page.evaluate(async () => {
    const els = [...document.querySelectorAll('hold-timer, stretch-card, stretch-routine')];
    await Promise.all(els.map((el) => el.updateComplete));
    const text = (sel) => document.querySelector(sel).shadowRoot.textContent.replace(/\s+/g, ' ');
    const marks = els.map((el) => `${el.shadowRoot.firstElementChild.lang}/${el.shadowRoot.firstElementChild.dir}`);
    return { routine: text('stretch-routine'), card: text('stretch-card'), timer: text('main hold-timer'), marks };
  });
  check(/Empezar rutina/.test(after.routine), `${label}: <html lang="es"> switches the routine to Spanish`);
  check(/0 de 2 sesiones hechas hoy/.test(after.routine), `${label}: … plurals included (plural() as folded in the bundle)`);
  check(after.marks.every((m) => m === 'es/ltr'), `${label}: … and every root is marked lang="es" dir="ltr" (${after.marks})`);
  check(/Estiramiento de isquiotibiales/.test(after.card) && /Pasos/.test(after.card), `${label}: … and the cards`);
  check(/Empezar/.test(after.timer), `${label}: … and the timer`);
  // Arabic: right to left on every root, with no dir on the page.
  const arabic = await page.evaluate(async () => {
    const ready = new Promise((r) => window.addEventListener('lit-localize-status', (e) => e.detail.status === 'ready' && r()));
    document.documentElement.lang = 'ar';
    await ready;
    const els = [...document.querySelectorAll('hold-timer, stretch-card, stretch-routine')];
    await Promise.all(els.map((el) => el.updateComplete));
    return { marks: els.map((el) => `${el.shadowRoot.firstElementChild.lang}/${el.shadowRoot.firstElementChild.dir}`), pageDir: document.documentElement.dir };
  });
  check(arabic.marks.every((m) => m === 'ar/rtl') && !arabic.pageDir, `${label}: <html lang="ar"> marks every root lang="ar" dir="rtl" (${arabic.marks})`);
  check(problems.length === 0, `${label}: no page errors ${problems.join(' | ')}`);
  await page.close();
}

const { server, url } = await startServer(0, { quiet: true });
const browser = await chromium.launch(launchOptions);
try {
  await checkPage(browser, url, '/demo/', 'ES module', 'stretch-widgets.js');
  await checkPage(browser, url, '/demo/classic.html', 'classic script', 'stretch-widgets.iife.js');

  // A page that loads the bundle twice (a CMS plugin plus a pasted tag) must not throw.
  const { page, problems } = await openPage(browser, `${url}/demo/`, 390);
  await page.evaluate(async () => {
    // The page requires Trusted Types: script URLs go through a policy, as a CMS's own loader's would.
    const policy = trustedTypes.createPolicy('e2e-loader', { createScriptURL: (s) => s });
    for (const [src, type] of [['/dist/stretch-widgets.iife.js', ''], ['/dist/stretch-widgets.js?again', 'module']]) {
      const script = document.createElement('script');
      if (type) script.type = type;
      await new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
        script.src = policy.createScriptURL(src);
        document.head.append(script);
      });
    }
  });
  await page.waitForTimeout(300);
  check(problems.length === 0, `loading both builds on one page throws nothing ${problems.join(' | ')}`);
  await page.close();
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`e2e: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('e2e: all checks passed');
