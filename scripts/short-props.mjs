// Rollup plugin: gives the styles' private custom properties (`--_accent-text`, `--_surface` …)
// one- or two-letter names in the bundle. They are private by design (the `--_` tier of the
// tokens: never set by a page, never read by script), so only our own stylesheets see them,
// and each is used dozens of times: about 0.1 KB gzip off the page. Public `--stretch-*` and
// `--hold-timer-*` tokens are untouched. Names are given per chunk by frequency; all our
// styles are in the entry chunk.
const PRIVATE = /--_[A-Za-z0-9-]+/g;
const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) => `--_${i < letters.length ? letters[i] : letters[Math.floor(i / letters.length) - 1] + letters[i % letters.length]}`;

export function shortProps() {
  return {
    name: 'short-private-props',
    renderChunk(code) {
      const uses = code.match(PRIVATE);
      if (!uses) return null;
      const counts = new Map();
      for (const name of uses) counts.set(name, (counts.get(name) ?? 0) + 1);
      const names = new Map([...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1)).map((n, i) => [n, shortName(i)]));
      return { code: code.replace(PRIVATE, (n) => names.get(n)), map: null };
    },
  };
}
