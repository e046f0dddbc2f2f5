// The translator workflow's gate (run by .ci/run, before the build rewrites anything).
//
//   node scripts/check-xliff.mjs [--allow-missing]
//
// Runs `lit-localize extract` and `lit-localize build` on copies (nothing in the
// repo is touched) and fails when:
//   - a unit has no translation: no <target>, an empty one, or a source string
//     not yet in the XLIFF at all (run `npm run localize:extract`);
//   - a unit is stale: its English was removed or changed since it was translated;
//   - a target drops, repeats, adds or changes a placeholder (<x id=… equiv-text=…/>),
//     or holds a raw `${…}`;
//   - src/generated/ is not what `lit-localize build` makes from the XLIFF
//     (run `npm run localize:build` and commit it);
//   - the XLIFF files do not match lit-localize.json's targetLocales.
// --allow-missing (while translations are still being written): untranslated and
// stale units, and generated files not rebuilt yet, are listed as warnings;
// broken placeholders and mismatched files still fail.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const allowMissing = process.argv.includes('--allow-missing');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const xliffDir = resolve(root, config.interchange.xliffDir);
const outDir = resolve(root, config.output.outputDir);
const codesFile = resolve(root, config.output.localeCodesModule);
const cli = join(root, 'node_modules', '.bin', 'lit-localize');

const errors = [];
const warnings = [];
const pending = (message) => (allowMissing ? warnings : errors).push(message);
const list = (items, max = 8) => items.slice(0, max).join(', ') + (items.length > max ? `, … (${items.length} in all)` : '');

/** Every <trans-unit> of an XLIFF file: id → { source, target | null }. */
export function parseXliff(text) {
  const units = new Map();
  for (const m of text.matchAll(/<trans-unit\s[^>]*?id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(m[2])?.[1] ?? null;
    const target = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(m[2])?.[1] ?? null;
    units.set(m[1], { source, target });
  }
  return units;
}

/** The placeholders of a source or target, as a sorted list of `id|equiv-text`. */
const placeholders = (text) =>
  [...text.matchAll(/<x\s[^>]*?\/>/g)]
    .map((x) => `${/\bid="([^"]*)"/.exec(x[0])?.[1]}|${/\bequiv-text="([^"]*)"/.exec(x[0])?.[1]}`)
    .sort();

/** Runs lit-localize on copies; false (with the reason in `errors`) when it refuses. */
function runLitLocalize(command, dir, xliffCopy) {
  const cfg = {
    ...config,
    tsConfig: resolve(root, config.tsConfig),
    output: { ...config.output, outputDir: join(dir, 'locales'), localeCodesModule: join(dir, 'locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir: xliffCopy },
  };
  const file = join(dir, `${command}.json`);
  writeFileSync(file, JSON.stringify(cfg));
  try {
    execFileSync(cli, [command, '--config', file], { cwd: root, stdio: 'pipe' });
    return true;
  } catch (e) {
    // Its own message is the useful part (the config it echoes first is not).
    const said = `${e.stdout}${e.stderr}`.split(/\n\}\n/).pop().trim();
    errors.push(`lit-localize ${command} refuses: ${said}`);
    return false;
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'check-xliff-'));
try {
  // 1. The XLIFF files are exactly the configured target locales.
  const expected = config.targetLocales.map((l) => `${l}.xlf`);
  const present = existsSync(xliffDir) ? readdirSync(xliffDir).filter((f) => f.endsWith('.xlf')) : [];
  for (const f of expected.filter((f) => !present.includes(f))) pending(`xliff/${f} is missing: run npm run localize:extract`);
  for (const f of present.filter((f) => !expected.includes(f))) errors.push(`xliff/${f} is not a target locale in lit-localize.json`);

  // 2. What extract would write now, from the current source.
  const extracted = join(tmp, 'extracted');
  const pristine = join(tmp, 'xliff');
  if (existsSync(xliffDir)) {
    cpSync(xliffDir, extracted, { recursive: true });
    cpSync(xliffDir, pristine, { recursive: true });
  }
  if (!runLitLocalize('extract', tmp, extracted)) throw new Error('extract');

  for (const locale of config.targetLocales) {
    const name = `xliff/${locale}.xlf`;
    const committedText = present.includes(`${locale}.xlf`) ? readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8') : '';
    const freshText = readFileSync(join(extracted, `${locale}.xlf`), 'utf8');
    const committed = parseXliff(committedText);
    const fresh = parseXliff(freshText);

    const lang = /<file\s[^>]*target-language="([^"]*)"/.exec(committedText)?.[1];
    if (committedText && lang !== locale) errors.push(`${name}: target-language="${lang}", expected "${locale}"`);

    const untranslated = [...fresh].filter(([id]) => !committed.get(id)?.target?.trim()).map(([id]) => id);
    const removed = [...committed.keys()].filter((id) => !fresh.has(id));
    const changed = [...committed].filter(([id, u]) => fresh.has(id) && fresh.get(id).source !== u.source).map(([id]) => id);
    if (untranslated.length) pending(`${name}: ${untranslated.length} of ${fresh.size} units untranslated (${list(untranslated)})`);
    if (removed.length) pending(`${name}: ${removed.length} stale units, their English is gone from the source (${list(removed)})`);
    if (changed.length) pending(`${name}: ${changed.length} stale units, their English changed since they were translated (${list(changed)})`);
    if (!untranslated.length && !removed.length && !changed.length && freshText !== committedText) {
      pending(`${name} is not what lit-localize extract writes (notes or order changed): run npm run localize:extract`);
    }

    // 3. Placeholders survive translation.
    for (const [id, { source, target }] of committed) {
      if (!target?.trim() || source == null) continue;
      const want = placeholders(source);
      const got = placeholders(target);
      if (want.join() !== got.join()) {
        errors.push(`${name} unit ${id}: the target's placeholders [${got.join(', ')}] differ from the source's [${want.join(', ')}]`);
      } else if (/\$\{|<(?!\/?x\b)[a-z]/i.test(target.replace(/<x\s[^>]*?\/>/g, ''))) {
        errors.push(`${name} unit ${id}: the target holds raw markup or a raw \${…}; keep placeholders as <x …/> elements`);
      }
    }
  }

  // 4. src/generated/ is what build makes from the committed XLIFF.
  if (!runLitLocalize('build', tmp, pristine)) throw new Error('build');
  const built = join(tmp, 'locales');
  const builtFiles = readdirSync(built).sort();
  const ours = existsSync(outDir) ? readdirSync(outDir).sort() : [];
  const stale = [
    ...builtFiles.filter((f) => !ours.includes(f) || readFileSync(join(built, f), 'utf8') !== readFileSync(join(outDir, f), 'utf8')),
    ...ours.filter((f) => !builtFiles.includes(f)),
  ].map((f) => `locales/${f}`);
  if (!existsSync(codesFile) || readFileSync(join(tmp, 'locale-codes.ts'), 'utf8') !== readFileSync(codesFile, 'utf8')) stale.push('locale-codes.ts');
  if (stale.length) pending(`src/generated/ is not fresh (${list(stale)}): run npm run localize:build and commit it`);
} catch (e) {
  if (!errors.length) throw e;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

for (const w of warnings) console.warn(`  warn ${w}`);
for (const e of errors) console.error(`  FAIL ${e}`);
if (errors.length) {
  console.error(`check-xliff: ${errors.length} problem(s)${allowMissing ? ' (even with --allow-missing)' : ''}`);
  process.exit(1);
}
console.log(`check-xliff: ok${warnings.length ? ` with ${warnings.length} warning(s): translations still to do (--allow-missing)` : ''}`);
