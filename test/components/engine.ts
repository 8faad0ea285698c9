// Which engine runs the browser tests, and the ONE list of tests that run in Chromium only, with why.
// Everything else runs in Chromium, Firefox and WebKit (scripts/test-browsers.mjs).
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine of this page: Firefox says `Firefox/`, Chromium `Chrome/`; WebKit (MiniBrowser, Safari) neither. */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Tests that need Chromium's DevTools protocol (CDP). Firefox is driven over WebDriver BiDi and WebKit over
 * classic WebDriver; neither offers these commands, and no page-side way reaches the same thing.
 */
export const CHROMIUM_ONLY = {
  'forced-colors':
    'forced colours (Windows high contrast) can be turned on only by emulation (CDP Emulation.setEmulatedMedia); ' +
    'no WebDriver command emulates media features',
  'prefers-color-scheme':
    'following the system colour scheme (theme="auto") needs the scheme emulated (CDP); the light and dark ' +
    'looks themselves are tested in every engine through the theme attribute',
  'cpu-throttling': 'npm run bench throttles the CPU 4x (CDP Emulation.setCPUThrottlingRate): not a test, listed here',
} as const;

export type ChromiumOnly = keyof typeof CHROMIUM_ONLY;

/**
 * Skips the calling test outside Chromium, naming the reason from CHROMIUM_ONLY in the log.
 * Call first thing in a `function () {}` test or hook: `chromiumOnly(this, 'forced-colors')`.
 */
export function chromiumOnly(context: Mocha.Context, what: ChromiumOnly): void {
  if (engine === 'chromium') return;
  console.log(`skipped in ${engine} (Chromium only): ${CHROMIUM_ONLY[what]}`);
  context.skip();
}

/**
 * Skips the calling test in WebKit when it needs `:focus-visible` from a key sent through WebKitWebDriver: in this
 * setup (MiniBrowser under Xvfb) a Tab sent by the driver moves focus, but the focused element never matches
 * `:focus-visible`, so the keyboard focus ring cannot be observed there. The ring's colours are the same rule in
 * every engine; Chromium and Firefox measure them.
 */
export function skipWithoutDriverFocusVisible(context: Mocha.Context): void {
  if (engine !== 'webkit') return;
  console.log('skipped in webkit: a Tab sent through WebKitWebDriver never makes the element match :focus-visible');
  context.skip();
}

/**
 * Skips the calling test in WebKit when it blocks a form submit for real (interactive validation): WebKit then shows
 * its native validation bubble, and MiniBrowser under Xvfb intermittently loses its WebDriver session there ("invalid
 * session id"; seen here with the same code passing in one run and disconnecting in the next), which ends the whole
 * file. `checkValidity()` and `validity` are still tested in WebKit; the blocked submit and its focus move are
 * tested in Chromium and Firefox.
 */
export function skipWithoutValidationBubble(context: Mocha.Context): void {
  if (engine !== 'webkit') return;
  console.log(
    'skipped in webkit: a blocked submit shows the native validation bubble, where MiniBrowser loses its session',
  );
  context.skip();
}

/**
 * In Firefox and WebKit, catches the widget's file downloads inside the page `win` (an iframe's window) and
 * returns the list they go to, instead of letting the browser save a file: neither driver lets a test choose
 * the download folder (Chromium's DevTools protocol does, so Chromium still saves into a scratch folder,
 * frame.ts). The widget's own code runs unchanged up to the `click()` of its download link.
 */
export function catchDownloads(win: Window & typeof globalThis): { name: string; href: string }[] {
  const caught: { name: string; href: string }[] = [];
  const proto = win.HTMLAnchorElement.prototype;
  const click = proto.click;
  proto.click = function (this: HTMLAnchorElement) {
    if (this.hasAttribute('download')) caught.push({ name: this.download, href: this.href });
    else click.call(this);
  };
  return caught;
}

/**
 * Types `text` into the focused field one key press at a time, in every engine. WebKitWebDriver drops keys
 * when a whole string goes in one WebDriver actions sequence (sendKeys `type`): a key that repeats the one
 * before it and every space after the first ("Weekends only, shiny in daylight" arrives as "Wekends
 * only,shinyindaylight"; the missing keydown events never reach the page, so the driver is at fault, not
 * the widget). One press per character arrives whole everywhere.
 */
export async function typeKeys(text: string): Promise<void> {
  for (const key of text) await sendKeys({ press: key });
}

/**
 * Sizes the test page's viewport in every engine (scripts/wtr-viewport.mjs). At least 447 px wide, the
 * narrowest MiniBrowser window: test a narrower screen in an iframe of that width (frame.ts).
 */
export async function setViewport({ width, height }: { width: number; height: number }): Promise<void> {
  await executeServerCommand('smp-viewport', { width, height });
}

/** Puts the viewport back to the size each engine's test page starts with (for an `after` hook). */
export async function resetViewport(): Promise<void> {
  await setViewport(engine === 'webkit' ? { width: 1024, height: 730 } : { width: 800, height: 600 });
}
