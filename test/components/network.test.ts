// Zero network (answers stay on the device, and partner sites get no third-party requests): during a full journey the
// page requests nothing beyond the page, the widget's scripts and its lazy chunks (the locale chunk among them); no
// image, font, stylesheet, fetch, XHR, beacon or socket, and no cookie. Independent witnesses, the same in every
// engine: the test server's own log of what reached it (scripts/wtr-requests.mjs, with each request's Sec-Fetch-Dest),
// a report-only CSP that reports any request to another origin without blocking it, and the page's Resource Timing plus
// its script-request hooks (probe.ts). Nothing is blocked that would otherwise have gone out.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { PAGES, closeFrames, fullJourney, openFrame, requireBuilt, until, type Frame } from './frame.js';

/** A request the test server received; `dest` is its Sec-Fetch-Dest header (what the browser fetched it as). */
interface LoggedRequest {
  url: string;
  dest: string;
  referrer: string;
}

const startRequests = () => executeServerCommand('smp-requests', { action: 'start' });
const takeRequests = () =>
  executeServerCommand<LoggedRequest[], { action: string }>('smp-requests', { action: 'take' });

/**
 * The dev server injects its own live-reload client (`/__web-dev-server__web-socket.js`, which opens a
 * WebSocket to the test server) into every HTML page it serves: test harness, not widget.
 */
const isHarness = (url: string) => new URL(url, location.href).pathname.startsWith('/__web-dev-server__');

/**
 * Requests of the embedding page (the iframe): while a test records, the test runner's own page waits and
 * requests nothing, so all but the dev server's harness is the page's.
 */
function ofPage(requests: LoggedRequest[]): LoggedRequest[] {
  return requests.filter((r) => !isHarness(r.url));
}

/** Waits until the page has loaded nothing new for 300 ms, and the browser's request events have arrived. */
async function quiet(frame: Frame): Promise<void> {
  let count = -1;
  while (count !== frame.probe.resources.length) {
    count = frame.probe.resources.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** The widget's own scripts: the module graph from source, or the bundle and its lazy chunks. */
const OWN_SCRIPTS = {
  src: /^\/(src|node_modules)\//,
  bundle: /^\/dist\/smp-assessment\.bundle(\.[\w-]+)?\.js$/,
};

const isLocaleChunk = (url: string) => /\/src\/locales\/es\.ts$|\/smp-assessment\.bundle\.es-[\w-]+\.js$/.test(url);

describe('zero network', () => {
  afterEach(closeFrames);

  for (const variant of ['src', 'bundle'] as const) {
    it(`${variant}: loading asks for the page and scripts only; the journey for the Spanish chunk only`, async function () {
      this.timeout(40_000);
      if (variant === 'bundle') await requireBuilt(this, '/dist/smp-assessment.bundle.js', 'bundle variant skipped');
      const pageUrl = new URL(`${PAGES}${variant}.html?csp=report-only`, location.href).href;

      await startRequests();
      const frame = await openFrame(pageUrl);
      await quiet(frame);
      const loading = ofPage(await takeRequests());
      const { probe, win, doc } = frame;
      const resources = () => probe.resources.filter((r) => !isHarness(r.name));
      const loadedResources = resources().length;

      // Loading: the document, then same-origin scripts only.
      expect(loading[0]?.url, 'the first request is the page').to.equal(pageUrl);
      expect(loading[0]?.dest).to.equal('iframe');
      for (const request of loading.slice(1)) {
        expect(request.dest, request.url).to.equal('script');
        expect(new URL(request.url).origin, request.url).to.equal(location.origin);
      }
      if (variant === 'bundle') {
        // An English page loads no file but the bundle (and the test's own probe). A script an earlier frame
        // loaded may come from the browser's memory cache and never reach the server: not network either.
        const allowed = [`${PAGES}bundle.html`, `${PAGES}probe.ts`, '/dist/smp-assessment.bundle.js'];
        for (const request of loading) expect(new URL(request.url).pathname).to.be.oneOf(allowed);
      }

      await startRequests();
      await fullJourney(frame, { spanishAfter: 'concerns', photo: true, share: true });
      await quiet(frame);
      const journey = ofPage(await takeRequests());

      // The journey: the widget's own lazy chunks (the Spanish one among them), nothing else.
      const isOwnChunk = (url: string) =>
        new URL(url).origin === location.origin && OWN_SCRIPTS[variant].test(new URL(url).pathname);
      expect(
        journey.filter((r) => r.dest !== 'script' || !isOwnChunk(r.url)).map((r) => `${r.dest} ${r.url}`),
      ).to.deep.equal([]);
      // The Spanish text showed (fullJourney waits for it), so the chunk was loaded: once at most over the
      // network (not at all when an earlier test file left it in the browser's memory cache).
      expect(journey.filter((r) => isLocaleChunk(r.url))).to.have.length.at.most(1);
      const added = resources().slice(loadedResources);
      expect(added.filter((r) => r.initiatorType !== 'script' || !isOwnChunk(r.name)).map((r) => r.name)).to.deep.equal(
        [],
      );
      expect(added.filter((r) => isLocaleChunk(r.name))).to.have.length.at.most(1);
      for (const entry of resources()) {
        expect(entry.initiatorType, entry.name).to.be.oneOf(['script', 'other']);
        expect(new URL(entry.name).origin, entry.name).to.equal(location.origin);
      }
      expect(win.performance.getEntriesByType('resource').length).to.equal(probe.resources.length);
      expect(
        probe.requests.filter((r) => !isHarness(r.replace(/^\w+ /, ''))),
        'fetch/XHR/beacon/socket started by script',
      ).to.deep.equal([]);
      expect(doc.cookie).to.equal('');
      expect(document.cookie).to.equal('');
      expect(probe.violations, 'requests to another origin (report-only CSP)').to.deep.equal([]);

      // The report-only witness is live: a request to another origin is reported (and not blocked).
      await win.fetch('http://127.0.0.1:9/witness').catch(() => undefined);
      await until(() => probe.violations.length, 'the report of a request to another origin');
      // (Chromium reports it twice over, with the same URL.)
      expect([...new Set(probe.violations.map((v) => v.blocked))]).to.deep.equal(['http://127.0.0.1:9/witness']);
    });
  }
});
