// Strict CSP + Trusted Types: the widget works under exactly the policy STRICT_CSP (web-test-runner.config.mjs).
// WTR's own test page needs inline scripts, so the widget runs in a same-origin iframe whose document is
// served with the policy (the `?csp=strict` middleware in web-test-runner.config.mjs); ./pages/probe.ts
// records every violation, console error and warning inside that document.
import { expect } from '@open-wc/testing';
import { PAGES, closeFrames, fullJourney, openFrame, requireBuilt, until } from './frame.js';

/** The policy, spelled out here on purpose: the test fails if the server sends anything else. */
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html smp-assessment 'allow-duplicates'";

/** Lit's development build announces itself; that banner is the only warning allowed (source build only). */
const isLitDevBanner = (message: string) => message.includes('Lit is in dev mode');

describe('strict CSP and Trusted Types', () => {
  afterEach(closeFrames);

  it('the test pages are served with exactly the policy', async () => {
    for (const page of ['src.html', 'bundle.html', 'control.html']) {
      const response = await fetch(`${PAGES}${page}?csp=strict`, { cache: 'no-store' });
      expect(response.headers.get('content-security-policy'), page).to.equal(POLICY);
    }
    const plain = await fetch(`${PAGES}src.html`, { cache: 'no-store' });
    expect(plain.headers.get('content-security-policy')).to.equal(null);
  });

  it('the setup enforces it: an inline script and a style attribute are blocked and reported', async () => {
    const blocked = await openFrame(`${PAGES}control.html?csp=strict`, { widget: false });
    await until(() => blocked.probe.violations.length >= 2, 'two violations');
    const directives = blocked.probe.violations.map((v) => v.directive);
    expect(directives).to.include('script-src-elem');
    expect(directives).to.include('style-src-attr');
    expect((blocked.win as unknown as { inlineScriptRan?: boolean }).inlineScriptRan).to.equal(undefined);
    expect(getComputedStyle(blocked.doc.querySelector('p')!).color).not.to.equal('rgb(255, 0, 0)');

    // The same page without the header runs both: the header, not the page, is what blocks them.
    const open = await openFrame(`${PAGES}control.html`, { widget: false });
    expect((open.win as unknown as { inlineScriptRan?: boolean }).inlineScriptRan).to.equal(true);
    expect(open.probe.violations).to.deep.equal([]);
  });

  for (const variant of ['src', 'bundle'] as const) {
    it(`${variant}: a full journey (Spanish chunk, photo, Copy, Download, print sheet) has zero violations`, async function () {
      this.timeout(40_000);
      if (variant === 'bundle') await requireBuilt(this, '/dist/smp-assessment.bundle.js', 'bundle variant skipped');
      const frame = await openFrame(`${PAGES}${variant}.html?csp=strict`);
      const { probe, doc, el } = frame;
      expect(doc.documentElement.lang).to.equal('en');

      await fullJourney(frame, { spanishAfter: 'concerns', photo: true, share: true });

      expect(el.summary?.locale).to.equal('es');
      expect(el.summary?.photos).to.have.length(1);
      // The Spanish locale came from its lazy chunk, loaded under the policy.
      expect(
        probe.resources.map((r) => r.name).filter((name) => /\/(locales\/es\.ts|[^/]*bundle\.es-[^/]*\.js)/.test(name)),
      ).to.have.length(1);
      expect(probe.violations, JSON.stringify(probe.violations)).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
      expect(probe.warnings.filter((w) => !isLitDevBanner(w))).to.deep.equal([]);

      // The same document still enforces both halves of the policy after the journey.
      doc.body.setAttribute('style', 'color: red');
      // A TypeError, as Trusted Types specifies (by name: Chromium throws it from the caller's realm, the
      // others from the frame's); each engine words its message its own way (Chromium and WebKit name
      // TrustedHTML, Firefox says "Sink type mismatch violation blocked by CSP").
      expect(() => {
        doc.body.innerHTML = '<b>markup from a string</b>';
      })
        .to.throw()
        .with.property('name', 'TypeError');
      await until(() => probe.violations.length >= 2, 'the deliberate violations');
      const directives = probe.violations.map((v) => v.directive);
      expect(directives).to.include('style-src-attr');
      expect(directives).to.include('require-trusted-types-for');
    });
  }
});
