// Where to find a Chromium or Chrome for the browser tests. Shared by scripts/engines.mjs (the tests) and
// the demo, pack and bench scripts, so all agree. No test tool can download its own browser on the CI machine,
// so we only ever use one that is already installed (Debian: `apt-get install chromium`).
import { accessSync, constants, statSync } from 'node:fs';

/** Paths tried in order after CHROME_PATH: Debian/Ubuntu Chromium, Google Chrome on Linux, macOS, Windows. */
const chromeCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ...(process.platform === 'win32'
    ? [process.env['PROGRAMFILES'], process.env['PROGRAMFILES(X86)'], process.env['LOCALAPPDATA']]
        .filter(Boolean)
        .map((dir) => `${dir}\\Google\\Chrome\\Application\\chrome.exe`)
    : []),
];

/**
 * Flags for every headless Chromium we start: --no-sandbox because CI runs as root, and the
 * background-networking flags because Chromium otherwise keeps calling home on a closed network.
 */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** True when `path` is an existing, executable file. */
export function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to use: CHROME_PATH when set (and then only it, so a typo is reported rather than silently
 * replaced by another browser), else the first candidate that exists. `path` is undefined when none is found.
 * @returns {{ path: string | undefined, source: 'CHROME_PATH' | 'candidates', tried: string[] }}
 */
export function findChrome(env = process.env) {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    return { path: isExecutable(fromEnv) ? fromEnv : undefined, source: 'CHROME_PATH', tried: [fromEnv] };
  }
  return { path: chromeCandidates.find(isExecutable), source: 'candidates', tried: chromeCandidates };
}

/** A message explaining how to get a browser, for when findChrome() found none. */
export function missingChromeMessage({ source, tried }) {
  const lines =
    source === 'CHROME_PATH'
      ? [`CHROME_PATH is set to "${tried[0]}", but no executable browser is there.`]
      : ['No Chromium or Google Chrome found. Looked at:', ...tried.map((p) => `  ${p}`)];
  return [
    ...lines,
    '',
    'The browser tests (web-test-runner) need an installed Chromium or Chrome; none is downloaded for you.',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  Elsewhere:      install Google Chrome, or point CHROME_PATH at any Chromium-based browser, e.g.',
    '                  CHROME_PATH="/path/to/chrome" npm run test:browser',
  ].join('\n');
}
