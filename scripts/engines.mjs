// The three browser engines the tests run in, and where each is installed. Shared by
// web-test-runner.config.mjs, scripts/test-browsers.mjs and scripts/smoke-demo.mjs so all agree.
// No test tool can download a browser here (docs: Debian's packages only), so we use installed ones:
//   chromium  CHROME_PATH, else /usr/bin/chromium or Google Chrome (see chrome-path.mjs)
//   firefox   FIREFOX_PATH, else /usr/bin/firefox-esr or /usr/bin/firefox (driven over WebDriver BiDi by
//             puppeteer-core: no geckodriver needed)
//   webkit    WebKitGTK's WebKitWebDriver and MiniBrowser (Safari's engine), under xvfb-run because
//             MiniBrowser has no headless mode and a WebDriver session without a display hangs forever
// BROWSERS=firefox (or a comma-separated list) picks engines; the default is all three.
import { execFileSync } from 'node:child_process';
import { findChrome, isExecutable, missingChromeMessage } from './chrome-path.mjs';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** How to install each engine on Debian (what .ci/run does). */
export const INSTALL_HINT = {
  chromium: 'apt-get install -y chromium (or set CHROME_PATH)',
  firefox: 'apt-get install -y firefox-esr (or set FIREFOX_PATH)',
  webkit: 'apt-get install -y webkit2gtk-driver xvfb',
};

const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];

/** The first executable called `name` on PATH, else undefined. */
function onPath(name) {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    return found && isExecutable(found) ? found : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where `engine` is installed: `{ ok: true, ...paths }`, or `{ ok: false, reason }` saying what is missing.
 * @param {'chromium' | 'firefox' | 'webkit'} engine
 */
export function findEngine(engine, env = process.env) {
  if (engine === 'chromium') {
    const chrome = findChrome(env);
    return chrome.path
      ? { ok: true, path: chrome.path }
      : { ok: false, reason: missingChromeMessage(chrome).split('\n')[0] };
  }
  if (engine === 'firefox') {
    const fromEnv = env.FIREFOX_PATH?.trim();
    const tried = fromEnv ? [fromEnv] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
    const path = tried.find(isExecutable);
    return path ? { ok: true, path } : { ok: false, reason: `no Firefox at ${tried.join(', ')}` };
  }
  const driver = onPath('WebKitWebDriver');
  const miniBrowser = (env.MINIBROWSER_PATH ? [env.MINIBROWSER_PATH] : MINIBROWSER_CANDIDATES).find(isExecutable);
  const xvfbRun = onPath('xvfb-run');
  const missing = [!driver && 'WebKitWebDriver', !miniBrowser && 'MiniBrowser', !xvfbRun && 'xvfb-run'].filter(Boolean);
  return missing.length
    ? { ok: false, reason: `missing ${missing.join(', ')}` }
    : { ok: true, path: miniBrowser, driver, xvfbRun };
}

/**
 * The engines asked for by BROWSERS (comma- or space-separated; `all` or unset: all three).
 * Throws on an unknown name, so a typo never silently runs fewer engines.
 */
export function selectedEngines(env = process.env) {
  const wanted = (env.BROWSERS ?? '').split(/[\s,]+/).filter(Boolean);
  if (wanted.length === 0 || wanted.includes('all')) return [...ENGINES];
  const unknown = wanted.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`BROWSERS: unknown engine ${unknown.join(', ')} (use ${ENGINES.join(', ')})`);
  return ENGINES.filter((name) => wanted.includes(name));
}
