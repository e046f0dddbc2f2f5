// End-to-end smoke test of the built bundles, as a clinic page uses them:
// served with a strict Content-Security-Policy and Trusted Types required,
// loaded by a plain <script> tag (ES module, and the classic IIFE build).
// Fails on any CSP violation, page error, or a widget that renders blank.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { startServer, CSP } from './serve.mjs';
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

// ---------------------------------------------------------------- loading, as hosts really serve it

const PAGE_BODY = `<main><article>
  <stretch-routine></stretch-routine>
  <stretch-card exercise="hamstring"></stretch-card>
  <stretch-card exercise="glute"></stretch-card>
  <hold-timer label="Any stretch"></hold-timer>
</article></main>`;

/**
 * A page of our own making (`head` and `lang`), served under the same strict
 * CSP, with every request, our console warnings and every page error recorded.
 * `block(url)` makes a request fail, as a 404 or a CDN hiccup would.
 */
async function hostPage(browser, base, { head, lang = 'en', block = () => false, before }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  const seen = { requests: [], warnings: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url().slice(base.length)));
  page.on('pageerror', (e) => seen.errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // The browser's own line for a blocked file is expected here; anything else is ours.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) seen.errors.push(`console error: ${m.text()}`);
    if (m.type() === 'warning') seen.warnings.push(m.text());
  });
  if (before) await page.addInitScript(before);
  await page.route(`${base}/e2e/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': CSP },
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>e2e</title><link rel="icon" href="data:,">${head}</head><body>${PAGE_BODY}</body></html>`,
    }),
  );
  await page.route(`${base}/dist/**`, (route) => (block(route.request().url()) ? route.abort() : route.continue()));
  await page.goto(`${base}/e2e/page.html`);
  await page.waitForFunction(() => ['hold-timer', 'stretch-card', 'stretch-routine'].every((t) => customElements.get(t)));
  await page.evaluate(() => Promise.all([...document.querySelectorAll('hold-timer, stretch-card, stretch-routine')].map((el) => el.updateComplete)));
  return { page, seen, close: () => context.close() };
}

const ours = (warnings) => warnings.filter((w) => w.startsWith('[stretch-widgets]'));
const shadowText = (page, selector) => page.evaluate((sel) => document.querySelector(sel).shadowRoot.textContent.replace(/\s+/g, ' '), selector);
/** Waits for the locale status event that follows <html lang> at start-up: ready, or error. */
const localeSettled = (page) =>
  page.waitForFunction(() => window.__localeStatus === 'ready' || window.__localeStatus === 'error', null, { timeout: 10000 }).catch(() => undefined);
const recordLocaleStatus = () => window.addEventListener('lit-localize-status', (e) => (window.__localeStatus = e.detail.status));

async function checkLoading(browser, base) {
  const module = (src) => `<script type="module" src="${src}"></script>`;

  // WordPress adds ?ver= to every script: one copy, translation included, nothing said.
  {
    const { page, seen, close } = await hostPage(browser, base, { head: module('/dist/stretch-widgets.js?ver=6.4.2'), lang: 'es', before: recordLocaleStatus });
    await localeSettled(page);
    await page.evaluate(() => Promise.all([...document.querySelectorAll('stretch-card, hold-timer, stretch-routine')].map((el) => el.updateComplete)));
    const entries = seen.requests.filter((u) => u.startsWith('/dist/stretch-widgets'));
    check(entries.length === 1 && entries[0] === '/dist/stretch-widgets.js?ver=6.4.2', `?ver= query: the bundle is fetched once (${entries.join(', ')})`);
    check(seen.requests.filter((u) => u.startsWith('/dist/locales/es.js')).length === 1, '?ver= query: … and its translation once, on its own');
    check(/Estiramiento de isquiotibiales/.test(await shadowText(page, 'stretch-card')), '?ver= query: the page is in Spanish');
    check(seen.warnings.length === 0 && seen.errors.length === 0, `?ver= query: no warnings or errors ${[...seen.warnings, ...seen.errors].join(' | ')}`);
    await close();
  }

  // The same version twice (a plugin's copy with ?ver=, a pasted tag without, and the classic build): silent.
  {
    const head = module('/dist/stretch-widgets.js?ver=6.4.2') + module('/dist/stretch-widgets.js') + '<script src="/dist/stretch-widgets.iife.js" defer></script>';
    const { page, seen, close } = await hostPage(browser, base, { head });
    await page.waitForTimeout(300);
    check(seen.warnings.length === 0 && seen.errors.length === 0, `same version three times: silent ${[...seen.warnings, ...seen.errors].join(' | ')}`);
    check(/Hamstring stretch/.test(await shadowText(page, 'stretch-card')), 'same version three times: the cards render');
    await close();
  }

  // Another version already on the page (faked: elements marked as 9.9.9): one warning naming both versions.
  {
    const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    const fakeOtherVersion = () => {
      for (const tag of ['hold-timer', 'stretch-card', 'stretch-routine']) {
        customElements.define(tag, class extends HTMLElement {
          static [Symbol.for('stretch-widgets')] = '9.9.9';
        });
      }
    };
    const { seen, close } = await hostPage(browser, base, { head: module('/dist/stretch-widgets.js'), before: fakeOtherVersion });
    const said = ours(seen.warnings);
    check(said.length === 1 && said[0].includes('9.9.9') && said[0].includes(version), `two versions: one warning naming both (${said.join(' | ')})`);
    check(seen.errors.length === 0, `two versions: no errors ${seen.errors.join(' | ')}`);
    await close();
  }

  // The integrity hashes the build writes are the ones browsers compute (the CDN snippet relies on them).
  {
    const { files } = JSON.parse(await readFile(new URL('../dist/integrity.json', import.meta.url), 'utf8'));
    const head =
      `<link rel="stylesheet" href="/dist/stretch-widgets.css" integrity="${files['stretch-widgets.css']}" crossorigin="anonymous">` +
      `<script type="module" src="/dist/stretch-widgets.js" integrity="${files['stretch-widgets.js']}" crossorigin="anonymous"></script>`;
    const { page, seen, close } = await hostPage(browser, base, { head });
    const placeholder = await page.evaluate(() => [...document.styleSheets].find((s) => s.href?.endsWith('/stretch-widgets.css'))?.cssRules.length ?? 0);
    check(/Hamstring stretch/.test(await shadowText(page, 'stretch-card')) && seen.errors.length === 0, `integrity: the entry runs with its sha384 from dist/integrity.json ${seen.errors.join(' | ')}`);
    check(placeholder >= 3, `integrity: … and the stylesheet applies with its own (${placeholder} rules)`);
    await close();
  }
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused = [];
    page.on('console', (m) => m.type() === 'error' && refused.push(m.text()));
    await page.route(`${base}/e2e/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': CSP },
        body: `<!doctype html><html lang="en"><head><script type="module" src="/dist/stretch-widgets.js" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script></head><body>${PAGE_BODY}</body></html>`,
      }),
    );
    await page.goto(`${base}/e2e/page.html`);
    await page.waitForTimeout(300);
    const defined = await page.evaluate(() => !!customElements.get('stretch-card'));
    check(!defined && refused.some((t) => /integrity/i.test(t)), 'integrity: a file that does not match its hash is refused');
    await context.close();
  }

  // Every file but the entry blocked (an old cached entry after an upgrade, a CDN hiccup): a card is still whole.
  {
    const { page, seen, close } = await hostPage(browser, base, { head: module('/dist/stretch-widgets.js'), block: (u) => !new URL(u).pathname.endsWith('/dist/stretch-widgets.js') });
    const fetched = seen.requests.filter((u) => u.startsWith('/dist/'));
    check(fetched.length === 1, `entry only: an English page fetches nothing but the entry (${fetched.join(', ')})`);
    const card = await page.evaluate(async () => {
      const c = document.querySelector('stretch-card');
      const root = c.shadowRoot;
      const words = root.querySelector('.steps')?.textContent.trim() ?? '';
      const drawing = root.querySelector('[part="media"] svg');
      root.querySelector('.hurt').click();
      await c.updateComplete;
      const safety = root.querySelector('[part="safety"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
      root.querySelector('.safety .button').click();
      await c.updateComplete;
      c.timer.start();
      await c.timer.updateComplete;
      return { title: c.titleText, words, drawing: !!drawing && drawing.getBoundingClientRect().height > 50, safety, state: c.timer.state };
    });
    check(card.title === 'Hamstring stretch' && card.words.length > 100, `entry only: the card shows its words (${card.words.slice(0, 40)}…)`);
    check(card.drawing, 'entry only: … its drawing');
    check(/emergency/i.test(card.safety) && card.safety.length > 200, `entry only: … its safety advice (${card.safety.slice(0, 50)}…)`);
    check(card.state === 'lead-in', `entry only: … and its timer starts (state ${card.state})`);
    check(seen.warnings.length === 0 && seen.errors.length === 0, `entry only: no warnings or errors ${[...seen.warnings, ...seen.errors].join(' | ')}`);
    await close();
  }

  // A translation that fails to load: English, whole, one quiet warning.
  {
    const { page, seen, close } = await hostPage(browser, base, { head: module('/dist/stretch-widgets.js'), lang: 'es', block: (u) => u.includes('/dist/locales/'), before: recordLocaleStatus });
    await localeSettled(page);
    await page.waitForTimeout(200);
    const card = await shadowText(page, 'stretch-card');
    const routine = await shadowText(page, 'stretch-routine');
    check(/Hamstring stretch/.test(card) && /Start routine/.test(routine), 'blocked translation: the widgets show English');
    const said = ours(seen.warnings);
    check(said.length === 1 && /"es"/.test(said[0]) && seen.warnings.length === 1, `blocked translation: one warning (${seen.warnings.join(' | ')})`);
    check(seen.errors.length === 0, `blocked translation: no errors ${seen.errors.join(' | ')}`);
    await close();
  }

  // The classic script loads the same translation file, by a URL resolved against its own src (with its ?ver= query).
  const classic = '<script src="/dist/stretch-widgets.iife.js?ver=6.4.2" defer></script>';
  {
    const { page, seen, close } = await hostPage(browser, base, { head: classic, lang: 'es', before: recordLocaleStatus });
    await localeSettled(page);
    await page.evaluate(() => Promise.all([...document.querySelectorAll('stretch-card, hold-timer, stretch-routine')].map((el) => el.updateComplete)));
    check(seen.requests.filter((u) => u.startsWith('/dist/locales/')).join() === '/dist/locales/es.js', `classic script in Spanish: loads dist/locales/es.js alone (${seen.requests.join(', ')})`);
    check(seen.requests.filter((u) => u.startsWith('/dist/stretch-widgets')).length === 1, 'classic script in Spanish: no second copy of the bundle');
    check(/Estiramiento de isquiotibiales/.test(await shadowText(page, 'stretch-card')), 'classic script in Spanish: the page is in Spanish');
    check(seen.warnings.length === 0 && seen.errors.length === 0, `classic script in Spanish: no warnings or errors ${[...seen.warnings, ...seen.errors].join(' | ')}`);
    await close();
  }
  {
    const { page, seen, close } = await hostPage(browser, base, { head: classic, lang: 'es', block: (u) => u.includes('/dist/locales/'), before: recordLocaleStatus });
    await localeSettled(page);
    await page.waitForTimeout(200);
    const card = await shadowText(page, 'stretch-card');
    check(/Hamstring stretch/.test(card) && /Start routine/.test(await shadowText(page, 'stretch-routine')), 'classic script, blocked translation: the widgets show English');
    const said = ours(seen.warnings);
    check(said.length === 1 && /"es"/.test(said[0]) && seen.warnings.length === 1, `classic script, blocked translation: one warning (${seen.warnings.join(' | ')})`);
    check(seen.errors.length === 0, `classic script, blocked translation: no errors ${seen.errors.join(' | ')}`);
    await close();
  }
  // An English classic-script page asks for no translation.
  {
    const { seen, close } = await hostPage(browser, base, { head: classic });
    check(!seen.requests.some((u) => u.startsWith('/dist/locales/')), `classic script in English: no translation requested (${seen.requests.join(', ')})`);
    check(seen.warnings.length === 0 && seen.errors.length === 0, `classic script in English: no warnings or errors ${[...seen.warnings, ...seen.errors].join(' | ')}`);
    await close();
  }
}

/**
 * custom-elements.json against the real elements: every part a widget renders
 * (in any state: idle, running, safety panel open, guided, finished), and
 * every part it re-exports from its children, is documented; nothing
 * documented is missing from the page.
 */
async function checkManifestParts(browser, base) {
  const manifest = JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  const documented = Object.fromEntries(
    manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, (d.cssParts ?? []).map((p) => p.name)])),
  );
  const { page, seen, close } = await hostPage(browser, base, { head: '<script type="module" src="/dist/stretch-widgets.js"></script>' });
  const rendered = await page.evaluate(async () => {
    const found = { 'hold-timer': new Set(), 'stretch-card': new Set(), 'stretch-routine': new Set() };
    const collect = (el) => {
      const into = found[el.localName];
      for (const n of el.shadowRoot.querySelectorAll('[part]')) n.part.forEach((p) => into.add(p));
      for (const n of el.shadowRoot.querySelectorAll('[exportparts]')) {
        for (const pair of n.getAttribute('exportparts').split(',')) into.add(pair.split(':').pop().trim());
      }
      el.shadowRoot.querySelectorAll('hold-timer, stretch-card, stretch-routine').forEach(collect);
    };
    const all = () => document.querySelectorAll('hold-timer, stretch-card, stretch-routine').forEach(collect);
    const settle = () => Promise.all([...document.querySelectorAll('hold-timer, stretch-card, stretch-routine')].map((el) => el.updateComplete));
    all();
    for (const t of document.querySelectorAll('hold-timer')) t.start();
    const card = document.querySelector('article > stretch-card');
    card.shadowRoot.querySelector('[part~="hurt-button"]').click();
    await settle();
    all();
    const routine = document.querySelector('stretch-routine');
    await routine.start();
    await settle();
    all();
    // Through every phase of every stretch with the routine's own Skip button, to the end screen.
    for (let i = 0; i < 100 && routine.state !== 'finished'; i++) {
      [...routine.shadowRoot.querySelectorAll('.guided-bar button')][1].click();
      await settle();
      await routine.updateComplete;
    }
    all();
    return { state: routine.state, parts: Object.fromEntries(Object.entries(found).map(([k, v]) => [k, [...v].sort()])) };
  });
  check(rendered.state === 'finished', `manifest parts: the routine was driven to its end screen (${rendered.state})`);
  for (const tag of Object.keys(rendered.parts)) {
    const undocumented = rendered.parts[tag].filter((p) => !documented[tag]?.includes(p));
    const phantom = (documented[tag] ?? []).filter((p) => !rendered.parts[tag].includes(p));
    check(
      undocumented.length === 0 && phantom.length === 0,
      `custom-elements.json lists exactly <${tag}>'s parts${undocumented.length ? `; rendered but not listed: ${undocumented.join(', ')}` : ''}${phantom.length ? `; listed but never rendered: ${phantom.join(', ')}` : ''}`,
    );
  }
  check(seen.errors.length === 0, `manifest parts: no errors ${seen.errors.join(' | ')}`);
  await close();
}

const { server, url } = await startServer(0, { quiet: true });
const browser = await chromium.launch(launchOptions);
try {
  await checkPage(browser, url, '/demo/', 'ES module', 'stretch-widgets.js');
  await checkPage(browser, url, '/demo/classic.html', 'classic script', 'stretch-widgets.iife.js');
  await checkLoading(browser, url);
  await checkManifestParts(browser, url);
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`e2e: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('e2e: all checks passed');
