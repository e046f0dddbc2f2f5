// Tests run in headless Debian Chromium (or CHROME_PATH), one file at a time:
// on 2 cores, parallel files that wait for frames or run axe time out.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';
import { executablePath, args } from './scripts/chrome.mjs';
import { blockRequestsMiddleware, blockRequestsPlugin } from './test/helpers/block-requests.mjs';

// Autoplay without a gesture: tests start timers from script, as a patient's tap would.
const browserArgs = [...args, '--autoplay-policy=no-user-gesture-required'];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: browserArgs },
      // No HTTP cache: every file loads what it imports afresh, so a test that blocks a request
      // (test/helpers/block-requests.mjs) really sees it fail, whatever ran before it.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        await page.setCacheEnabled(false);
        return page;
      },
    }),
  ],
  middleware: [blockRequestsMiddleware],
  plugins: [
    // What the bundles run: @lit/localize's runtime as src/localization/msg-runtime.ts (see rollup.config.mjs).
    { name: 'msg-runtime', resolveImport: ({ source }) => (source === '@lit/localize' ? '/src/localization/msg-runtime.ts' : undefined) },
    blockRequestsPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    forcedColorsPlugin(),
    // The browser's accessibility tree, for what a screen reader is given (a11ySnapshot()).
    a11ySnapshotPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
