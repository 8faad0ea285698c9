/* global outerWidth, innerWidth, outerHeight, innerHeight -- read inside driver.execute callbacks, in the page */
// `executeServerCommand('smp-viewport', { width, height })` sizes the test page's viewport in every engine:
// Chromium and Firefox through puppeteer (CDP, WebDriver BiDi); WebKit by resizing MiniBrowser's window over
// classic WebDriver, allowing for its toolbar, then checking the result (@web/test-runner-commands'
// setViewport refuses WebDriver browsers). MiniBrowser's window is at least 447 px wide: narrower viewports
// go through an iframe of that size (test/components/frame.ts openFrame({ width })) in every engine.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function viewportPlugin() {
  return {
    name: 'smp-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'smp-viewport') return undefined;
      const { width, height } = payload ?? {};
      if (!Number.isInteger(width) || !Number.isInteger(height)) throw new Error('smp-viewport: width and height');
      if (session.browser.type === 'puppeteer') {
        /** @type {import('puppeteer-core').Page} */
        const page = session.browser.getPage(session.id);
        await page.setViewport({ width, height });
        return true;
      }
      /** @type {WebdriverIO.Browser} */
      const driver = session.browser.driver;
      const [dw, dh] = await driver.execute(() => [outerWidth - innerWidth, outerHeight - innerHeight]);
      let [w, h] = [0, 0];
      // MiniBrowser (GTK) sometimes lets a resize pass unanswered: ask again, a few times.
      for (let attempt = 0; attempt < 5 && (w !== width || h !== height); attempt++) {
        if (attempt) await new Promise((resolve) => setTimeout(resolve, 200));
        await driver.setWindowRect(null, null, width + dw, height + dh);
        [w, h] = await driver.execute(() => [innerWidth, innerHeight]);
      }
      if (w !== width || h !== height) {
        throw new Error(`smp-viewport: asked for ${width}x${height}, the window gives ${w}x${h}; use an iframe`);
      }
      return true;
    },
  };
}
