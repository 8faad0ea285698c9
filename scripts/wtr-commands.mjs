// Server-side commands for the browser tests that need the DevTools protocol (Chromium through puppeteer-core):
//   executeServerCommand('smp-media', { features: [{ name: 'forced-colors', value: 'active' }] })
//     emulates CSS media features that @web/test-runner-commands' emulateMedia cannot (forced-colors);
//     an empty list clears them.
//   executeServerCommand('smp-requests', { action: 'start' | 'take' })
//     'start' records every request the page and its frames make (any origin, failed ones too);
//     'take' returns them ({ url, type, frame }[]) and stops recording.
//   executeServerCommand('smp-downloads')
//     sends the page's downloads to an emptied scratch folder (os.tmpdir(), not ~/Downloads); returns its path.
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** @type {Map<string, { requests: { url: string, type: string, frame: string }[], stop: () => void }>} */
const recorders = new Map();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function cdpCommandsPlugin() {
  return {
    name: 'smp-cdp-commands',
    async executeCommand({ command, payload, session }) {
      if (!['smp-media', 'smp-requests', 'smp-downloads'].includes(command)) return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${command}: only the chrome launcher is supported, not "${session.browser.type}".`);
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
      if (command === 'smp-downloads') {
        const dir = path.join(os.tmpdir(), 'smp-assessment-test-downloads');
        await rm(dir, { recursive: true, force: true });
        await mkdir(dir, { recursive: true });
        const client = await page.createCDPSession();
        await client.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
        return dir;
      }
      if (payload?.action === 'start') {
        recorders.get(session.id)?.stop();
        const requests = [];
        const onRequest = (request) => {
          requests.push({ url: request.url(), type: request.resourceType(), frame: request.frame()?.url() ?? '' });
        };
        page.on('request', onRequest);
        recorders.set(session.id, { requests, stop: () => page.off('request', onRequest) });
        return true;
      }
      const recorder = recorders.get(session.id);
      recorder?.stop();
      recorders.delete(session.id);
      return recorder?.requests ?? [];
    },
  };
}

/** @type {Map<string, import('puppeteer-core').CDPSession>} */
const mediaSessions = new Map();
