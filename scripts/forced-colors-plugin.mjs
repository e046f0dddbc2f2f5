// A test-runner command the stock emulateMedia lacks on Chrome: forced colours (Windows High
// Contrast), through the DevTools protocol. Tests call
//   executeServerCommand('emulate-forced-colors', { forced: 'active', colorScheme: 'dark' })
// and { forced: 'none' } to stop. One protocol session per page, kept open: the emulation
// lasts as long as the session that set it.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = [{ name: 'forced-colors', value: payload.forced }];
      if (payload.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
