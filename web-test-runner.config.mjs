// Browser tests: test/components/**/*.test.ts in the Debian Chromium (or CHROME_PATH) through puppeteer-core.
// See docs/TOOLCHAIN.md for why: no tool can download a browser here, and the chrome launcher needs least.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, findChrome, missingChromeMessage } from './scripts/chrome-path.mjs';
import { cdpCommandsPlugin } from './scripts/wtr-commands.mjs';
import { buildVendor, vendorPlugin } from './demo/server.mjs';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const screenshotDir = path.join(rootDir, '.screenshots');

// React's development build calls console.createTask as it loads, which the runner's console stand-in lacks:
// build the ES modules of React now, before the runner takes over the console.
await buildVendor();

/** The strict policy the widget must work under (PRODUCT.md section 2), served for any URL with `?csp=strict`. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html smp-assessment 'allow-duplicates'";

/** Patterns of URLs the tests made unreachable (see the blockFiles middleware). */
const blocked = [];

const chrome = findChrome();
if (!chrome.path) throw new Error(missingChromeMessage(chrome));

/**
 * `await executeServerCommand('screenshot', { path: 'review.png', fullPage?: boolean })` writes a PNG of the
 * test page to `.screenshots/<path>` and resolves to the file's path relative to the project.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const screenshotPlugin = {
  name: 'smp-screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    if (session.browser.type !== 'puppeteer') {
      throw new Error(`screenshot: only the chrome launcher is supported, not "${session.browser.type}".`);
    }
    const name = typeof payload?.path === 'string' ? payload.path : `${path.basename(session.testFile)}.png`;
    const file = path.resolve(screenshotDir, name.endsWith('.png') ? name : `${name}.png`);
    if (!file.startsWith(screenshotDir + path.sep)) {
      throw new Error(`screenshot: path must stay inside .screenshots/, got "${name}".`);
    }
    await mkdir(path.dirname(file), { recursive: true });
    /** @type {import('puppeteer-core').Page} */
    const page = session.browser.getPage(session.id);
    await page.screenshot({ path: file, fullPage: payload?.fullPage === true });
    return path.relative(rootDir, file);
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  files: ['test/components/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: tests check real focus, which only the frontmost page of a browser reliably gets.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chrome.path,
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
  // Lit's development build is kept on purpose (it turns class-field shadowing into errors); only its banner goes.
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  middleware: [
    /**
     * `/fresh-<id>/<path>` serves `/<path>`. Chromium reuses a module script that another document of the same
     * renderer loaded, without asking the server, so a test about a file that cannot load opens its page under a
     * path of its own (test/components/pages/fresh-*.html), whose module URLs no other document has used.
     */
    async function freshPaths(context, next) {
      const fresh = /^\/fresh-[\w-]+(\/.*)$/.exec(context.path);
      if (fresh) context.url = fresh[1] + (context.querystring ? `?${context.querystring}` : '');
      await next();
    },
    /**
     * Files a test makes unreachable, as when a patient is offline for a moment or a partner copied only the bundle:
     * `fetch('/__smp-block?add=<regular expression>')` makes every matching request fail with 503 until
     * `fetch('/__smp-block?clear')`. Engine-neutral (no DevTools protocol).
     */
    async function blockFiles(context, next) {
      if (context.path === '/__smp-block') {
        const add = context.URL.searchParams.get('add');
        if (add) blocked.push(new RegExp(add));
        else blocked.length = 0;
        context.body = blocked.map(String).join('\n');
        return;
      }
      if (blocked.some((pattern) => pattern.test(context.url))) {
        context.status = 503;
        context.set('Cache-Control', 'no-store');
        context.body = 'blocked by the test';
        return;
      }
      await next();
    },
    async function strictCsp(context, next) {
      await next();
      if (context.URL.searchParams.get('csp') === 'strict') {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(rootDir, 'tsconfig.json') }),
    screenshotPlugin,
    cdpCommandsPlugin(),
    // React ships CommonJS only: `react` and `react-dom/client` are served as ES modules, as in the demo.
    vendorPlugin,
  ],
};
