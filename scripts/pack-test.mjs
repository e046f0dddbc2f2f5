// `npm run test:pack` (CI runs it after `npm test`): the package as npm users
// get it. Packs the built package (`npm pack`), installs the tarball into a
// fresh folder with TypeScript and React from the registry (pinned), then:
// - checks the tarball: LICENSE, README, custom-elements.json whose every path
//   exists with its .d.ts, integrity.json that matches the files, exports that resolve;
// - type-checks a strict .ts consumer (typed events on document and window,
//   numeric properties, the tag name map) and a strict .tsx consumer (the React
//   wrappers, typed event props, JSX), for `bundler` and `nodenext` resolution;
// - bundles the .tsx with esbuild and renders it in Chromium: the elements
//   upgrade and render, and typed event props fire;
// - checks the release archive opens, with its versioned folder.
// Needs a build first (`npm run build`). Prints `pack-test: N passed, N failed`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync, crc32 } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { launchOptions } from './chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Pinned: what a React 19 + TypeScript 5.9 app has today (all work on Node 20). */
const CONSUMER_DEPS = ['typescript@5.9.3', 'react@19.3.1', 'react-dom@19.3.1', '@types/react@19.3.0', '@types/react-dom@19.3.0'];

const results = { passed: 0, failed: 0 };
const check = (ok, what) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}`);
  results[ok ? 'passed' : 'failed']++;
  return ok;
};
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** Runs a command that may fail; returns its output and whether it succeeded. */
function attempt(cmd, args, cwd) {
  try {
    return { ok: true, out: run(cmd, args, cwd) };
  } catch (e) {
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
const step = (what) => process.stderr.write(`pack-test: ${what}…\n`);

// ---------------------------------------------------------------- the consumers

const STRICT_TS = `
import 'stretch-widgets';
import { HoldTimer, StretchCard, StretchRoutine, type HoldEndDetail } from 'stretch-widgets';

// Events from anywhere on the page, typed through document and window.
document.addEventListener('hold-end', (e) => {
  const ms: number = e.detail.heldMs;
  const side: 'left' | 'right' | null = e.detail.side;
  return [ms, side];
});
document.addEventListener('hold-start', (e) => e.detail.rep.toFixed());
document.addEventListener('hold-target', (e) => e.detail.rep.toFixed());
document.addEventListener('timer-complete', (e) => e.detail.holds.toFixed());
window.addEventListener('routine-start', (e) => e.detail.exercises.join(' ') + e.detail.from.toFixed());
window.addEventListener('routine-progress', (e) => e.detail.exercise + e.detail.rep.toFixed());
window.addEventListener('routine-complete', (e) => e.detail.sessionsToday.toFixed());
// @ts-expect-error: the detail is typed, not any
document.addEventListener('hold-end', (e) => e.detail.notAField);

// The tag name map gives the classes; numeric properties are numbers.
const timer: HoldTimer = document.createElement('hold-timer');
timer.hold = 20;
timer.reps = 3;
const hold: number | null = timer.hold;
// @ts-expect-error: a number, not a string
timer.hold = '20';
const remaining: number = timer.remaining;
timer.addEventListener('hold-end', (e: CustomEvent<HoldEndDetail>) => e.detail.heldMs);
const card: StretchCard | null = document.querySelector('stretch-card');
const cardHold: number | undefined = card?.dosage.hold;
const timerHold: number = timer.dosage.hold;
const routine: StretchRoutine | null = document.querySelector('stretch-routine');
void routine?.start();
export { hold, remaining, cardHold, timerHold };
`;

const APP_TSX = `
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { HoldTimer, StretchCard, StretchRoutine } from 'stretch-widgets/react';

declare global {
  interface Window {
    seen: { heldMs?: number; holds?: number; routineFrom?: number; cardHoldStart?: number };
  }
}
window.seen = {};

function App() {
  const [holds, setHolds] = useState(0);
  return (
    <main>
      <StretchRoutine exercises="hamstring glute" onRoutineStart={(e) => (window.seen.routineFrom = e.detail.from)} />
      <StretchCard exercise="hamstring" hold={20} onHoldStart={(e) => (window.seen.cardHoldStart = e.detail.rep)} />
      <HoldTimer
        id="react-timer"
        label="From React"
        hold={1}
        leadIn={0}
        reps={1}
        sides="none"
        onHoldEnd={(e) => (window.seen.heldMs = e.detail.heldMs)}
        onTimerComplete={(e) => {
          window.seen.holds = e.detail.holds;
          setHolds(e.detail.holds);
        }}
      />
      <p id="holds">{holds}</p>
      {/* @ts-expect-error: the event detail is typed */}
      <HoldTimer onHoldEnd={(e) => e.detail.notAField} />
      {/* @ts-expect-error: hold is a number */}
      <HoldTimer hold="20" />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`;

const tsconfig = (moduleResolution) =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      target: 'es2022',
      lib: ['es2022', 'dom', 'dom.iterable'],
      module: moduleResolution === 'nodenext' ? 'nodenext' : 'esnext',
      moduleResolution,
      jsx: 'react-jsx',
      noEmit: true,
      noUnusedLocals: true,
      skipLibCheck: false,
      types: [],
    },
    files: ['strict.ts', 'app.tsx'],
  });

// ---------------------------------------------------------------- checks

/** The tarball's own files: the ones a package promises. */
function checkTarball(dir) {
  const pkg = join(dir, 'node_modules/stretch-widgets');
  const has = (path) => existsSync(join(pkg, path));
  check(['LICENSE', 'README.md', 'custom-elements.json', 'dist/integrity.json', 'dist/stretch-widgets.css'].every(has), 'the package has LICENSE, README.md, custom-elements.json, dist/integrity.json, the stylesheet');
  check(/MIT License/.test(readFileSync(join(pkg, 'LICENSE'), 'utf8')), '… and the LICENSE is MIT');

  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  const paths = new Set(manifest.modules.map((m) => m.path));
  for (const m of manifest.modules) for (const e of m.exports ?? []) if (e.declaration?.module) paths.add(e.declaration.module);
  const missing = [...paths].filter((p) => !has(p) || !has(p.replace(/\.js$/, '.d.ts')));
  check(paths.size > 0 && missing.length === 0, `every path in custom-elements.json is in the package, with its .d.ts (${missing.join(', ') || `${paths.size} paths`})`);
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)).sort();
  check(tags.join() === 'hold-timer,stretch-card,stretch-routine', `custom-elements.json describes the three elements (${tags.join(', ')})`);
  const INTERNAL = ['setAnnouncement', 'refreshView', 'prefs', 'defaults', 'effectiveDosage', 'announcement'];
  const exposed = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.members ?? []).filter((x) => INTERNAL.includes(x.name) || x.name.startsWith('#') || (x.privacy ?? 'public') !== 'public').map((x) => `${d.tagName}.${x.name}`)));
  check(exposed.length === 0, `custom-elements.json lists public members only (${exposed.join(', ') || 'no internal hooks'})`);
  const untypedEvents = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.events ?? []).filter((e) => !/^CustomEvent<\w+>$/.test(e.type?.text ?? '')).map((e) => `${d.tagName} ${e.name}`)));
  check(untypedEvents.length === 0, `every event in custom-elements.json has its detail type (${untypedEvents.join(', ') || 'all typed'})`);

  const { version: v, files } = JSON.parse(readFileSync(join(pkg, 'dist/integrity.json'), 'utf8'));
  const wrong = Object.entries(files).filter(([f, sri]) => `sha384-${createHash('sha384').update(readFileSync(join(pkg, 'dist', f))).digest('base64')}` !== sri);
  check(v === version && Object.keys(files).length >= 3 && wrong.length === 0, `dist/integrity.json matches the packed files (${wrong.map(([f]) => f).join(', ') || Object.keys(files).join(', ')})`);

  const { exports } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const targets = Object.values(exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t))).filter((t) => !t.includes('*'));
  const broken = targets.filter((t) => !has(t));
  check(broken.length === 0, `every export of package.json resolves in the package (${broken.join(', ') || `${targets.length} targets`})`);
}

/** Reads a zip's central directory, inflates every entry and checks its CRC. */
function readZip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = {};
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const packedSize = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const packed = buffer.subarray(dataAt, dataAt + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : packed;
    entries[name] = { data, ok: data.length === size && crc32(data) === crc };
    at += 46 + nameLength + skip;
  }
  return entries;
}

function checkRelease(dir) {
  const out = join(dir, 'release');
  const r = attempt(process.execPath, [join(root, 'scripts/release.mjs'), '--out', out, '--keep-readme'], root);
  if (!check(r.ok, 'npm run release writes the archive')) return console.log(r.out);
  const zip = readZip(readFileSync(join(out, `stretch-widgets-${version}.zip`)));
  const folder = `stretch-widgets-${version}/`;
  const needed = ['stretch-widgets.js', 'stretch-widgets.css', 'stretch-widgets.iife.js', 'integrity.json', 'README.txt', 'LICENSE', 'locales/es.js'].map((f) => folder + f);
  check(needed.every((n) => zip[n]?.ok) && Object.keys(zip).every((n) => n.startsWith(folder)), `the release zip holds ${folder} with the built files, README.txt and LICENSE (CRCs ok)`);
  const same = zip[`${folder}stretch-widgets.js`]?.data.equals(readFileSync(join(root, 'dist/stretch-widgets.js')));
  const readme = zip[`${folder}README.txt`]?.data.toString() ?? '';
  check(same && readme.includes(`/stretch-widgets-${version}/stretch-widgets.js`) && /Access-Control-Allow-Origin/.test(readme) && !/\{\{/.test(readme), '… the entry as built, and a README.txt with this version filled in');
}

async function render(dir) {
  await build({
    entryPoints: [join(dir, 'app.tsx')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    outfile: join(dir, 'out/app.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    absWorkingDir: dir,
  });
  check(true, 'esbuild bundles the .tsx consumer from the installed package');
  writeFileSync(join(dir, 'out/index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="app.js"></script></head><body><div id="root"></div></body></html>');
  const server = createServer((req, res) => {
    const file = join(dir, 'out', req.url === '/' ? 'index.html' : req.url.slice(1));
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.querySelector('#react-timer')?.shadowRoot, null, { timeout: 15000 });
    const seen = await page.evaluate(async () => {
      const els = [...document.querySelectorAll('stretch-routine, stretch-card, hold-timer')];
      await Promise.all(els.map((el) => el.updateComplete));
      const upgraded = els.every((el) => el instanceof customElements.get(el.localName) && el.shadowRoot?.textContent.trim());
      const card = document.querySelector('main > stretch-card');
      const timer = document.querySelector('#react-timer');
      const routine = document.querySelector('stretch-routine');
      const cardHold = card.dosage.hold;
      card.timer.start();
      card.timer.skip(); // past the count-in: the card's timer fires hold-start, which bubbles to the card's onHoldStart
      await routine.start();
      timer.start();
      timer.skip();
      await new Promise((r) => setTimeout(r, 100));
      return {
        upgraded,
        count: els.length,
        cardText: card.shadowRoot.textContent,
        timerHold: timer.hold,
        cardHold,
        holdsShown: document.querySelector('#holds').textContent,
        ...window.seen,
      };
    });
    check(seen.upgraded && seen.count === 5, `React renders the three elements, upgraded and drawn (${seen.count} elements)`);
    check(/Hamstring stretch/.test(seen.cardText) && seen.cardHold === 20 && seen.timerHold === 1, `React props reach the elements as numbers (card hold ${seen.cardHold}, timer hold ${seen.timerHold})`);
    check(seen.routineFrom === 0, `onRoutineStart fired with detail.from ${seen.routineFrom}`);
    check(seen.cardHoldStart === 1, `a card's onHoldStart hears its timer (rep ${seen.cardHoldStart})`);
    check(typeof seen.heldMs === 'number' && seen.holds === 1 && seen.holdsShown === '1', `onHoldEnd (heldMs ${seen.heldMs}) and onTimerComplete (holds ${seen.holds}, shown by React: ${seen.holdsShown}) fired`);
    check(errors.length === 0, `no page errors ${errors.join(' | ')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------- main

const began = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'stretch-widgets-pack-'));
try {
  if (!existsSync(join(root, 'dist/stretch-widgets.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  step('npm pack');
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root))[0];
  const tarball = join(dir, packed.filename);
  check(packed.files.some((f) => f.path === 'LICENSE'), `npm pack: ${packed.filename}, ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB`);

  step(`npm install into ${dir}`);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error', tarball, ...CONSUMER_DEPS], dir);
  check(true, `installed the tarball with ${CONSUMER_DEPS.join(', ')}`);
  checkTarball(dir);

  step('tsc');
  writeFileSync(join(dir, 'strict.ts'), STRICT_TS);
  writeFileSync(join(dir, 'app.tsx'), APP_TSX);
  for (const resolution of ['bundler', 'nodenext']) {
    writeFileSync(join(dir, `tsconfig.${resolution}.json`), tsconfig(resolution));
    const tsc = attempt(process.execPath, [join(dir, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`], dir);
    if (!check(tsc.ok, `strict .ts and .tsx consumers type-check (moduleResolution ${resolution}, skipLibCheck off)`)) console.log(tsc.out);
  }

  step('bundle and render');
  mkdirSync(join(dir, 'out'), { recursive: true });
  await render(dir);

  step('release archive');
  checkRelease(dir);
} catch (e) {
  check(false, `pack-test stopped: ${e.stack ?? e}${e.stderr ? `\n${e.stderr}` : ''}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`pack-test: ${results.passed} passed, ${results.failed} failed (${((Date.now() - began) / 1000).toFixed(0)} s)`);
process.exitCode = results.failed ? 1 : 0;
