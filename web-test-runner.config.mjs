/* global document, scrollY, scrollTo, outerHeight, innerHeight -- used inside WebDriver execute callbacks */
// Browser tests: test/components/**/*.test.ts in ONE engine per run, chosen by SMP_ENGINE (set by
// scripts/test-browsers.mjs, which runs each installed engine in turn) or BROWSERS=<one engine>; default
// chromium. Chromium and Firefox go through puppeteer-core (CDP and WebDriver BiDi), WebKit through
// WebKitWebDriver (see scripts/engines.mjs): no tool can download a browser here, so only installed ones.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromeArgs } from './scripts/chrome-path.mjs';
import { findEngine, INSTALL_HINT, selectedEngines } from './scripts/engines.mjs';
import { miniBrowserOptions, startWebKitDriver } from './scripts/webkit-driver.mjs';
import { cdpCommandsPlugin } from './scripts/wtr-commands.mjs';
import { buildVendor, vendorPlugin } from './demo/server.mjs';
import { viewportPlugin } from './scripts/wtr-viewport.mjs';
import { recordRequests, requestLogPlugin } from './scripts/wtr-requests.mjs';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const screenshotDir = path.join(rootDir, '.screenshots');

// React's development build calls console.createTask as it loads, which the runner's console stand-in lacks:
// build the ES modules of React now, before the runner takes over the console.
await buildVendor();

/** The strict policy the widget promises to work under, word for word, served for any URL with `?csp=strict`. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html smp-assessment 'allow-duplicates'";

/** Patterns of URLs the tests made unreachable (see the blockFiles middleware). */
const blocked = [];

const engine = process.env.SMP_ENGINE || selectedEngines()[0];
if (!process.env.SMP_ENGINE && selectedEngines().length > 1 && process.env.BROWSERS) {
  console.warn(`web-test-runner runs one engine at a time: ${engine} (npm run test:browser runs each in turn)`);
}
// The plugins read it too (wtr-commands.mjs refuses CDP commands outside Chromium).
process.env.SMP_ENGINE = engine;
// web-test-runner stops the run (exit 1, no results) on SIGINT or an uncaught error, and what it logs then goes into
// its buffered console, which the exit cuts off: write both straight to stderr, so a stopped run says why.
// (A listener of its own does not change what happens: web-test-runner already handles both.)
process.on('SIGINT', () => process.stderr.write(`\nweb-test-runner (${engine}) received SIGINT: stopping\n`));
process.on('uncaughtException', (error) =>
  process.stderr.write(`\nweb-test-runner (${engine}): uncaught ${error?.stack ?? error}\n`),
);
const found = findEngine(engine);
if (!found.ok) throw new Error(`${engine} is not installed: ${found.reason}. Install: ${INSTALL_HINT[engine]}`);

/** The launcher for the chosen engine. */
async function launcher() {
  if (engine === 'chromium') {
    return chromeLauncher({ launchOptions: { executablePath: found.path, headless: true, args: chromeArgs } });
  }
  if (engine === 'firefox') {
    // puppeteer-core speaks WebDriver BiDi to stock Firefox: no geckodriver, nothing downloaded.
    return chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: found.path, headless: true },
    });
  }
  const driver = await startWebKitDriver(found);
  return webdriverLauncher(miniBrowserOptions(driver.port, found.path));
}

/** Counts the tests of this run and writes them to .wtr-results/<engine>.json for test-browsers.mjs. */
const countReporter = {
  async onTestRunFinished({ sessions }) {
    const counts = { engine, files: 0, passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
    const walk = (suite) => {
      for (const test of suite.tests) {
        if (test.skipped) counts.skipped++;
        else if (test.passed) counts.passed++;
        else counts.failed++;
      }
      suite.suites.forEach(walk);
    };
    for (const session of sessions) {
      counts.files++;
      if (session.testResults) walk(session.testResults);
      // A file that failed to load or threw outside a test has no test results to count.
      if (!session.passed && session.errors.length) counts.fileErrors++;
    }
    await mkdir(path.join(rootDir, '.wtr-results'), { recursive: true });
    await writeFile(path.join(rootDir, '.wtr-results', `${engine}.json`), JSON.stringify(counts));
  },
};

/**
 * `await executeServerCommand('screenshot', { path: 'review.png', fullPage?: boolean, selector?: string })`
 * writes a PNG of the test page (or of the element `selector` matches, whole, in every engine) to
 * `.screenshots/<path>` and resolves to the file's path relative to the project; `{ path, png }` writes
 * the base64 PNG `png` there instead;
 * `{ base64: true }` resolves to the viewport as a base64 PNG instead, writing nothing.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const screenshotPlugin = {
  name: 'smp-screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    if (payload?.base64 === true) {
      // The viewport as a base64 PNG, for a test that reads pixels the DOM cannot tell (a progress bar's fill).
      if (session.browser.type === 'webdriver') return session.browser.driver.takeScreenshot();
      return session.browser.getPage(session.id).screenshot({ encoding: 'base64' });
    }
    const name = typeof payload?.path === 'string' ? payload.path : `${path.basename(session.testFile)}.png`;
    const file = path.resolve(screenshotDir, name.endsWith('.png') ? name : `${name}.png`);
    if (!file.startsWith(screenshotDir + path.sep)) {
      throw new Error(`screenshot: path must stay inside .screenshots/, got "${name}".`);
    }
    await mkdir(path.dirname(file), { recursive: true });
    if (typeof payload?.png === 'string') {
      // A PNG the page made itself (a crop of a `base64` shot): written as given.
      await writeFile(file, Buffer.from(payload.png, 'base64'));
      return path.relative(rootDir, file);
    }
    const selector = typeof payload?.selector === 'string' ? payload.selector : undefined;
    if (session.browser.type === 'webdriver') {
      /** @type {WebdriverIO.Browser} */
      const driver = session.browser.driver;
      if (!selector) {
        await driver.saveScreenshot(file);
        return path.relative(rootDir, file);
      }
      // WebKitWebDriver crops an element's screenshot to the window: make the window tall enough for the
      // whole element (the virtual screen is 6000 px tall, webkit-driver.mjs), then put it back.
      const before = await driver.getWindowRect();
      const bottom = await driver.execute(
        (sel) => document.querySelector(sel).getBoundingClientRect().bottom + scrollY + outerHeight - innerHeight,
        selector,
      );
      await driver.setWindowRect(null, null, before.width, Math.max(before.height, Math.ceil(bottom) + 8));
      // Unscrolled, so the whole element is on screen: scrolled, WebKit paints the part above it black.
      await driver.execute(() => scrollTo(0, 0));
      try {
        await (await driver.$(selector)).saveScreenshot(file);
      } finally {
        await driver.setWindowRect(null, null, before.width, before.height);
      }
    } else {
      /** @type {import('puppeteer-core').Page} */
      const page = session.browser.getPage(session.id);
      if (selector) await (await page.$(selector)).screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: payload?.fullPage === true });
    }
    return path.relative(rootDir, file);
  },
};

/**
 * `await executeServerCommand('smp-ci')` is true when `CI` is set (and not `0` or `false`): tests of built files
 * then fail when dist/ is missing instead of skipping (test/components/frame.ts, requireBuilt), since CI builds first.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const ciPlugin = {
  name: 'smp-ci',
  executeCommand({ command }) {
    if (command !== 'smp-ci') return undefined;
    const ci = (process.env.CI ?? '').trim().toLowerCase();
    return ci !== '' && ci !== '0' && ci !== 'false';
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  // Set by test-browsers.mjs when engines run side by side (each on its own port); otherwise the runner picks one.
  ...(process.env.SMP_WTR_PORT ? { port: Number(process.env.SMP_WTR_PORT) } : {}),
  // The screenshots (62 shots, minutes in WebKit) are for a person to look at: `npm run screenshots:review`
  // names the file; every other run leaves it out (theme.test.ts checks each screen at 320 px meanwhile).
  files: ['test/components/**/*.test.ts', '!test/components/screenshots.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: tests check real focus, which only the frontmost page of a browser reliably gets.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // The screenshot file takes 62 shots; in WebKit that is minutes on a busy 2-core machine.
  // The review screenshots (scripts/review-screenshots.mjs) take longer than any test file and raise it.
  testsFinishTimeout: Number(process.env.SMP_TESTS_FINISH_TIMEOUT) || 400_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [await launcher()],
  reporters: [defaultReporter(), countReporter],
  // Lit's development build is kept on purpose (it turns class-field shadowing into errors); only its banner goes.
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  middleware: [
    recordRequests,
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
      // Blocks nothing, but every request to another origin shows as a violation in the page's probe.
      if (context.URL.searchParams.get('csp') === 'report-only') {
        context.set('Content-Security-Policy-Report-Only', "default-src 'self' blob: data:");
      }
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(rootDir, 'tsconfig.json') }),
    screenshotPlugin,
    ciPlugin,
    requestLogPlugin(),
    viewportPlugin(),
    cdpCommandsPlugin(),
    // React ships CommonJS only: `react` and `react-dom/client` are served as ES modules, as in the demo.
    vendorPlugin,
  ],
};
