/* global document, window, addEventListener, scrollTo, location, indexedDB, requestAnimationFrame -- used inside page-side callbacks */
// One small driver for the demo smoke test (smoke-demo.mjs), the same in every engine, so each check is written
// once: Chromium and Firefox through puppeteer-core (DevTools protocol, WebDriver BiDi), WebKit through webdriverio
// and WebKitWebDriver (classic WebDriver; MiniBrowser under xvfb-run, see webkit-driver.mjs).
//
//   const driver = await launchDriver(engine, found, { origin, served });
//   const page = await driver.open(url, width);          // or driver.open(url, width, { dark: true })
//   await page.click('smp-assessment >>> [part~="start-button"]');
//   await page.type('#name', 'Jordan');  await page.evaluate(() => document.title);
//   await page.waitFor(() => ..., { timeout });  await page.screenshot(file, { widget: true });
//
// Elements are named by a CSS selector; ` >>> ` steps into the shadow root of the element before it. Functions
// given to evaluate and waitFor run in the page and see only their arguments (JSON values).
//
// What differs in WebKit, and why:
// - 320 px: a MiniBrowser window cannot be narrower than 447 px, so every page opens in a same-origin frame of
//   the width asked for (`/__smoke/frame.html`, served by smoke-demo.mjs), as the browser suite does; the
//   driver works inside that frame. Screenshots are taken of the frame (WebKitWebDriver cannot capture an
//   element inside a frame: "unable to capture screen"), sized to its page; a widget shot is cropped from it.
// - Problems: classic WebDriver has no console or network events, and MiniBrowser's
//   --enable-write-console-messages-to-stdout prints nothing under automation (both tried), so a probe installed
//   right after each load records console.error, uncaught errors and unhandled rejections, and the server's
//   statuses (`served`) give the failed responses. What happens before the load event ends cannot be recorded
//   there; a page that fails to start fails the checks that wait for the widget instead.
// - Typing: WebKitWebDriver drops a key that repeats the one before it and the spaces after the first when a
//   string goes in one actions sequence; one key press per request arrives whole (as test/components/engine.ts).
// - Dark mode: no WebDriver command emulates media; a second MiniBrowser starts with --dark-mode (one session per
//   WebKitWebDriver, so under a driver of its own).
import { writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import UPNG from 'upng-js';
import { remote } from 'webdriverio';
import { chromeArgs } from './chrome-path.mjs';
import { miniBrowserOptions, startWebKitDriver } from './webkit-driver.mjs';

/** Generous: the CI machine has 2 cores and may be running other suites at the same time. */
const TIMEOUT = 60_000;

/**
 * Page side: the element `selector` names (` >>> ` enters a shadow root), or its first label; null if absent.
 * With `steady`, null too while the element moves: its box must stay the same over two animation frames. A click
 * goes to a point of the window, and the React and Vue demos re-render a line above the widget after each
 * smp-step event (a task later): a click aimed before that lands where the button was, beside it.
 */
async function findElement(selector, label, visible, steady) {
  let node = document;
  for (const part of selector.split(' >>> ')) {
    node = (node.shadowRoot ?? node).querySelector(part);
    if (!node) return null;
  }
  if (label) node = node.labels?.[0] ?? null;
  if (node && visible && node.getClientRects().length === 0) return null;
  if (!node || !steady) return node;
  const box = () => JSON.stringify(node.getBoundingClientRect());
  const before = box();
  // Two frames; or 200 ms, should the page get no frames (the box is compared either way).
  await Promise.race([
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    new Promise((resolve) => setTimeout(resolve, 200)),
  ]);
  return node.isConnected && box() === before ? node : null;
}

/** Page side (WebKit): records console errors, uncaught errors and unhandled rejections from now on. */
function installProbe() {
  if (window.__smokeProblems) return;
  const problems = (window.__smokeProblems = []);
  const original = console.error;
  console.error = (...args) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
  addEventListener('error', (event) => problems.push(`page error: ${event.message}`));
  addEventListener('unhandledrejection', (event) =>
    problems.push(`page error: ${event.reason?.message ?? event.reason}`),
  );
}

/**
 * Starts `engine` and returns its driver.
 * @param {'chromium' | 'firefox' | 'webkit'} engine
 * @param {{ path: string, driver?: string, xvfbRun?: string }} found what findEngine(engine) found
 * @param {{ origin: string, served: { url: string, status: number }[] }} server the demo server and its log
 */
export async function launchDriver(engine, found, server) {
  return engine === 'webkit' ? launchWebKit(found, server) : launchPuppeteer(engine, found);
}

// ---------------------------------------------------------------------------------------------------------
// Chromium and Firefox

async function startPuppeteer(engine, path, { dark = false } = {}) {
  return puppeteer.launch(
    engine === 'firefox'
      ? {
          browser: 'firefox',
          executablePath: path,
          headless: true,
          // WebDriver BiDi cannot emulate the colour scheme: a dark Firefox is one started with this preference.
          ...(dark ? { extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': 0 } } : {}),
        }
      : { executablePath: path, headless: true, args: chromeArgs },
  );
}

async function launchPuppeteer(engine, found) {
  const browser = await startPuppeteer(engine, found.path);
  return {
    engine,
    async open(url, width, { dark = false, widget = true } = {}) {
      // Firefox's dark mode is a second browser, closed with the page.
      const own = dark && engine === 'firefox' ? await startPuppeteer(engine, found.path, { dark }) : undefined;
      // A fresh incognito-like context per page: no draft or clipboard state carries over between checks.
      const context = await (own ?? browser).createBrowserContext();
      // Firefox over WebDriver BiDi grants no permissions this way; Copy there takes the widget's fallback path.
      await context
        .overridePermissions(new URL(url).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write'])
        .catch(() => undefined);
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      if (dark && engine === 'chromium')
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) =>
        problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`),
      );
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.goto(url, { waitUntil: 'load' });
      const handle = async (selector, { label = false, visible = true, steady = false } = {}) => {
        const found = await page.waitForFunction(findElement, { timeout: TIMEOUT }, selector, label, visible, steady);
        const element = found.asElement();
        if (!element) throw new Error(`no element ${selector}${label ? ' (label)' : ''}`);
        return element;
      };
      const demoPage = {
        engine,
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        waitFor: (fn, { timeout = TIMEOUT } = {}, ...args) => page.waitForFunction(fn, { timeout }, ...args),
        click: async (selector, options) => (await handle(selector, { ...options, steady: true })).click(),
        type: async (selector, text) => (await handle(selector, { steady: true })).type(text),
        upload: async (selector, file) => (await handle(selector, { visible: false })).uploadFile(file),
        async screenshot(file, { widget = false } = {}) {
          if (widget) await (await page.$('smp-assessment')).screenshot({ path: file });
          else await page.screenshot({ path: file, fullPage: true });
        },
        url: async () => page.url(),
        async navigateBy(action) {
          await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
        },
        problems: async () => [...problems],
        async close() {
          await context.close();
          await own?.close();
        },
      };
      if (widget) await waitForWidget(demoPage);
      return demoPage;
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------------------------------------------------
// WebKit

async function startWebKit(found, { dark = false } = {}) {
  const driver = await startWebKitDriver(found);
  const options = miniBrowserOptions(driver.port, found.path);
  if (dark) options.capabilities['webkitgtk:browserOptions'].args.push('--dark-mode');
  try {
    const browser = await remote(options);
    return { browser, stop: () => browser.deleteSession().finally(driver.stop) };
  } catch (error) {
    driver.stop();
    throw error;
  }
}

async function launchWebKit(found, { origin, served }) {
  const main = await startWebKit(found);
  return {
    engine: 'webkit',
    async open(url, width, { dark = false, widget = true } = {}) {
      const session = dark ? await startWebKit(found, { dark }) : undefined;
      const browser = (session ?? main).browser;
      // A fresh start per page, as a new context is for puppeteer: no draft or photo carries over between checks.
      await browser.url(`${origin}/__smoke/blank.html`);
      await browser.execute(async () => {
        localStorage.clear();
        sessionStorage.clear();
        const databases = (await indexedDB.databases?.()) ?? [];
        await Promise.all(
          databases.map(
            ({ name }) =>
              new Promise((resolve, reject) => {
                const request = indexedDB.deleteDatabase(name);
                request.onsuccess = resolve;
                request.onerror = () => reject(request.error);
              }),
          ),
        );
      });
      const firstServed = served.length;
      await browser.url(`${origin}/__smoke/frame.html?width=${width}&src=${encodeURIComponent(url)}`);
      await browser.switchFrame(await browser.$('iframe'));
      const collected = [];
      /** Moves what the page's probe recorded into `collected` (before a navigation loses it). */
      const harvest = async () => {
        collected.push(...((await browser.execute(() => window.__smokeProblems ?? [])) ?? []));
      };
      const waitFor = async (fn, { timeout = TIMEOUT } = {}, ...args) => {
        let result;
        let lastError;
        await browser
          .waitUntil(
            async () => {
              try {
                result = await browser.execute(fn, ...args);
                return Boolean(result);
              } catch (error) {
                // The document can be between two pages (a navigation): ask again until the timeout.
                lastError = error;
                return false;
              }
            },
            { timeout, interval: 100 },
          )
          .catch((error) => {
            throw new Error(`waitFor timed out: ${fn.toString().slice(0, 200)}`, { cause: lastError ?? error });
          });
        return result;
      };
      const handle = async (selector, { label = false, visible = true, steady = false } = {}) => {
        const reference = await waitFor(findElement, {}, selector, label, visible, steady);
        return browser.$(reference);
      };
      await waitFor(() => document.readyState === 'complete');
      await browser.execute(installProbe);
      const demoPage = {
        engine: 'webkit',
        evaluate: (fn, ...args) => browser.execute(fn, ...args),
        waitFor,
        click: async (selector, options) => (await handle(selector, { ...options, steady: true })).click(),
        async type(selector, text) {
          await (await handle(selector, { steady: true })).click();
          for (const key of text) await browser.keys(key);
        },
        async upload(selector, file) {
          const input = await handle(selector, { visible: false });
          // A file input takes the path as typed keys (WebDriver's "Element Send Keys" for files).
          await browser.elementSendKeys(input.elementId, file);
        },
        async screenshot(file, { widget = false } = {}) {
          const { height, box } = await browser.execute((widgetOnly) => {
            const rect = document.querySelector('smp-assessment')?.getBoundingClientRect();
            return {
              height: document.documentElement.scrollHeight,
              box:
                widgetOnly && rect
                  ? { x: rect.left, y: rect.top + window.scrollY, w: rect.width, h: rect.height }
                  : null,
            };
          }, widget);
          await browser.switchFrame(null);
          const before = await browser.getWindowRect();
          try {
            // The frame as tall as its page, the window taller still (the virtual screen is 6000 px tall), unscrolled:
            // scrolled, WebKit paints what is above the view black.
            await browser.execute((h) => {
              document.querySelector('iframe').style.height = `${h}px`;
              scrollTo(0, 0);
            }, height);
            await browser.setWindowRect(null, null, before.width, Math.max(before.height, height + 200));
            const frame = await browser.$('iframe');
            const png = Buffer.from(await browser.takeElementScreenshot(frame.elementId), 'base64');
            await writeFile(file, box ? crop(png, box) : png);
          } finally {
            await browser.setWindowRect(null, null, before.width, before.height);
            await browser.execute(() => (document.querySelector('iframe').style.height = ''));
            await browser.switchFrame(await browser.$('iframe'));
          }
        },
        url: () => browser.execute(() => location.href),
        async navigateBy(action) {
          await harvest();
          await browser.execute(() => (window.__smokeOldDocument = true));
          await action();
          await waitFor(() => !window.__smokeOldDocument && document.readyState === 'complete');
          await browser.execute(installProbe);
        },
        async problems() {
          await harvest();
          await browser.execute(() => window.__smokeProblems?.splice(0));
          const failed = served.slice(firstServed).filter((r) => r.status >= 400);
          return [...collected.splice(0), ...failed.map((r) => `HTTP ${r.status}: ${r.url}`)];
        },
        async close() {
          if (session) await session.stop();
        },
      };
      if (widget) await waitForWidget(demoPage);
      return demoPage;
    },
    close: () => main.stop(),
  };
}

/** Waits until the element is defined and shows a step. */
async function waitForWidget(page) {
  await page.waitFor(() => window.customElements.get('smp-assessment') !== undefined);
  await page.waitFor(() => !!document.querySelector('smp-assessment')?.shadowRoot?.querySelector('[part~="step"]'));
}

/** The box `{ x, y, w, h }` (CSS pixels, device scale 1) of a PNG, as a PNG. */
function crop(png, { x, y, w, h }) {
  const image = UPNG.decode(png);
  const rgba = new Uint8Array(UPNG.toRGBA8(image)[0]);
  const left = Math.max(0, Math.floor(x));
  const top = Math.max(0, Math.floor(y));
  const width = Math.min(image.width - left, Math.ceil(w));
  const height = Math.min(image.height - top, Math.ceil(h));
  const out = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const from = ((top + row) * image.width + left) * 4;
    out.set(rgba.subarray(from, from + width * 4), row * width * 4);
  }
  return Buffer.from(UPNG.encode([out.buffer], width, height, 0));
}

/** The middleware smoke-demo.mjs gives the demo server: WebKit's frame page, and every response's status. */
export function smokeMiddleware(served) {
  return async function smoke(context, next) {
    if (context.path === '/__smoke/blank.html') {
      context.body = '<!doctype html><title>blank</title><link rel="icon" href="data:,">';
      context.type = 'html';
      return;
    }
    if (context.path === '/__smoke/frame.html') {
      // As tall as the window's view and no taller: WebDriver clicks a point of the window, so a frame reaching
      // below the window's bottom edge would take clicks that land nowhere.
      const width = Number(context.URL.searchParams.get('width')) || 320;
      const src = context.URL.searchParams.get('src') ?? '';
      context.type = 'html';
      context.body =
        `<!doctype html><title>frame</title><link rel="icon" href="data:,">` +
        `<style>body{margin:0}iframe{display:block;border:0;width:${width}px;height:100vh}</style>` +
        `<iframe src="${src.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}" title="page"></iframe>`;
      return;
    }
    await next();
    served.push({ url: context.URL.href, status: context.status });
  };
}
