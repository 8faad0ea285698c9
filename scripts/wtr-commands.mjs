// Server-side commands for the browser tests that need Chromium's DevTools protocol (CDP), so run in
// Chromium only; the tests that call them are listed, with the reason, in test/components/engine.ts:
//   executeServerCommand('smp-media', { features: [{ name: 'forced-colors', value: 'active' }] })
//     emulates CSS media features that @web/test-runner-commands' emulateMedia cannot (forced-colors);
//     an empty list clears them.
//   executeServerCommand('smp-downloads')
//     sends the page's downloads to an emptied scratch folder (os.tmpdir(), not ~/Downloads); returns its path.
// Request recording is engine-neutral: see wtr-requests.mjs.
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** @type {Map<string, import('puppeteer-core').CDPSession>} */
const mediaSessions = new Map();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function cdpCommandsPlugin() {
  return {
    name: 'smp-cdp-commands',
    async executeCommand({ command, payload, session }) {
      if (!['smp-media', 'smp-downloads'].includes(command)) return undefined;
      if (session.browser.type !== 'puppeteer' || process.env.SMP_ENGINE === 'firefox') {
        throw new Error(`${command}: needs Chromium's DevTools protocol, not ${session.browser.name}.`);
      }
      /** @type {import('puppeteer-core').Page} */
      const page = session.browser.getPage(session.id);
      if (command === 'smp-media') {
        const client = await page.createCDPSession();
        // A session's emulation lasts as long as the session: keep it, and detach the previous one.
        const previous = mediaSessions.get(session.id);
        await client.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
        mediaSessions.set(session.id, client);
        await previous?.detach();
        return true;
      }
      const dir = path.join(os.tmpdir(), 'smp-assessment-test-downloads');
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      const client = await page.createCDPSession();
      await client.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
      return dir;
    },
  };
}
