// The one place that says how this project starts Chrome/Chromium: tests,
// the e2e smoke test and the benchmark. CHROME_PATH wins; else Debian's
// /usr/bin/chromium (or a usual install path).
import { existsSync } from 'node:fs';

export const executablePath =
  process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

if (!executablePath) {
  console.error('Chrome or Chromium is needed: install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

// --no-sandbox: CI runs as root. The rest keep Chromium off a network it cannot reach here.
export const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const launchOptions = { executablePath, headless: true, args };
