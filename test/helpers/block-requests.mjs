// Lets a test make the test server fail requests, as a CDN hiccup or a deleted
// file would: `await executeServerCommand('block-requests', ['/generated/locales/'])`
// answers 503 for every URL containing one of the strings; `[]` lifts it.
// Files run one at a time (concurrency 1), so a block never leaks into another file
// as long as the test lifts it when done. The test pages run without an HTTP cache
// (web-test-runner.config.mjs), so a blocked file is really requested, and fails.
let blocked = [];

export const blockRequestsMiddleware = async (ctx, next) => {
  if (blocked.some((part) => ctx.url.includes(part))) {
    ctx.status = 503;
    ctx.body = 'blocked by the test';
    return;
  }
  await next();
};

export const blockRequestsPlugin = () => ({
  name: 'block-requests',
  executeCommand({ command, payload }) {
    if (command !== 'block-requests') return undefined;
    blocked = Array.isArray(payload) ? payload.map(String) : [];
    return true;
  },
});
